// govkg SPARQL workbench: CodeMirror editor, runs queries against /sparql, shows results as a
// table, a diagram (/diagram/query) or a timeline. Everything from the data is written with
// textContent, never as HTML.
(function () {
  'use strict';
  var root = document.getElementById('workbench');
  var PREFIXES = JSON.parse(root.getAttribute('data-prefixes'));
  var TERMS = JSON.parse(root.getAttribute('data-terms'));
  var LANG = root.getAttribute('data-lang') === 'en' ? 'en' : 'zh';
  var ENTITY = root.getAttribute('data-entity-base'), DOC = root.getAttribute('data-document-base');
  var textarea = document.getElementById('wb-query');
  var status = document.getElementById('wb-status');
  var result = document.getElementById('wb-result');
  var last = null; // {kind, vars, rows, query}
  var view = null;

  var editor = window.CodeMirror ? CodeMirror.fromTextArea(textarea, {
    mode: 'application/sparql-query', lineNumbers: true, matchBrackets: true, indentUnit: 2,
    extraKeys: {
      'Ctrl-Enter': function () { run(); }, 'Cmd-Enter': function () { run(); },
      'Ctrl-Space': 'autocomplete'
    },
    hintOptions: { hint: hint, completeSingle: false }
  }) : null;
  if (editor) {
    editor.on('inputRead', function (cm, change) {
      if (/[:\w]/.test(change.text.join('')) && /[\w]+:[\w]*$/.test(wordBefore(cm))) cm.showHint();
    });
  } else {
    textarea.addEventListener('keydown', function (e) { if (e.ctrlKey && e.key === 'Enter') run(); });
  }
  function getQuery() { return editor ? editor.getValue() : textarea.value; }
  function setQuery(q) { if (editor) editor.setValue(q); else textarea.value = q; }

  function wordBefore(cm) {
    var cur = cm.getCursor(), line = cm.getLine(cur.line).slice(0, cur.ch);
    var m = /[\w:-]+$/.exec(line);
    return m ? m[0] : '';
  }
  function hint(cm) {
    var cur = cm.getCursor(), word = wordBefore(cm);
    var words = Object.keys(PREFIXES).map(function (p) { return p + ':'; }).concat(TERMS)
      .concat(['SELECT', 'CONSTRUCT', 'WHERE', 'OPTIONAL', 'FILTER', 'GROUP BY', 'ORDER BY', 'LIMIT', 'PREFIX']);
    var list = words.filter(function (w) { return word && w.toLowerCase().indexOf(word.toLowerCase()) === 0 && w !== word; });
    return { list: list, from: CodeMirror.Pos(cur.line, cur.ch - word.length), to: cur };
  }

  // The project's prefixes are predefined: declare the ones a query uses and does not declare.
  function withPrefixes(q) {
    var head = '';
    Object.keys(PREFIXES).forEach(function (p) {
      var uses = new RegExp('(^|[\\s(/^|,;])' + p + ':').test(q.replace(/#.*$/gm, ''));
      var declared = new RegExp('PREFIX\\s+' + p + ':', 'i').test(q);
      if (uses && !declared) head += 'PREFIX ' + p + ': <' + PREFIXES[p] + '>\n';
    });
    return head + q;
  }
  function queryKind(q) {
    var body = q.replace(/#.*$/gm, '').replace(/(PREFIX|BASE)\s+[^\n]*\n/gi, '');
    var m = /\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b/i.exec(body);
    return m ? m[1].toUpperCase() : 'SELECT';
  }
  function post(q, accept) {
    return fetch('/sparql', {
      method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': accept },
      body: 'query=' + encodeURIComponent(q)
    });
  }
  function setStatus(text, error) { status.textContent = text; status.className = error ? 'error' : ''; }

  function run() {
    var original = getQuery(), q = withPrefixes(original), kind = queryKind(original);
    history.replaceState(null, '', '/workbench?query=' + encodeURIComponent(original));
    setStatus('…');
    var t0 = performance.now();
    var graph = kind === 'CONSTRUCT' || kind === 'DESCRIBE';
    post(q, graph ? 'application/n-triples' : 'application/sparql-results+json').then(function (r) {
      return r.text().then(function (body) {
        if (!r.ok) throw new Error(r.status + ' ' + body);
        return body;
      });
    }).then(function (body) {
      var ms = Math.round(performance.now() - t0);
      if (graph) last = { kind: kind, vars: ['subject', 'predicate', 'object'], rows: parseNTriples(body), query: q };
      else {
        var json = JSON.parse(body);
        if (json.boolean !== undefined) last = { kind: kind, vars: ['ASK'], rows: [{ ASK: { type: 'literal', value: String(json.boolean) } }], query: q };
        else last = { kind: kind, vars: json.head.vars, rows: json.results.bindings, query: q };
      }
      setStatus(rowsText(last.rows.length, ms));
      show(autoView(last));
    }).catch(function (e) { last = null; result.textContent = ''; setStatus(e.message, true); });
  }
  function rowsText(n, ms) { return LANG === 'en' ? n + ' rows in ' + ms + ' ms' : n + ' 行，用时 ' + ms + ' 毫秒'; }

  function parseNTriples(text) {
    var rows = [], re = /^(<[^>]*>|_:\S+)\s+<([^>]*)>\s+(.*)\s*\.\s*$/;
    text.split('\n').forEach(function (line) {
      var m = re.exec(line.trim());
      if (!m) return;
      rows.push({ subject: term(m[1]), predicate: { type: 'uri', value: m[2] }, object: term(m[3]) });
    });
    return rows;
  }
  function term(t) {
    if (t.charAt(0) === '<') return { type: 'uri', value: t.slice(1, -1) };
    if (t.indexOf('_:') === 0) return { type: 'bnode', value: t };
    var m = /^"((?:[^"\\]|\\.)*)"(?:@([\w-]+)|\^\^<([^>]*)>)?$/.exec(t);
    if (!m) return { type: 'literal', value: t };
    var v = m[1].replace(/\\u([0-9a-fA-F]{4})/g, function (_, h) { return String.fromCharCode(parseInt(h, 16)); })
      .replace(/\\U([0-9a-fA-F]{8})/g, function (_, h) { return String.fromCodePoint(parseInt(h, 16)); })
      .replace(/\\n/g, '\n').replace(/\\r/g, '\r').replace(/\\t/g, '\t').replace(/\\"/g, '"').replace(/\\\\/g, '\\');
    return { type: 'literal', value: v, 'xml:lang': m[2], datatype: m[3] };
  }

  function dateColumn(res) {
    if (!res || res.kind !== 'SELECT' || res.rows.length === 0) return null;
    for (var i = 0; i < res.vars.length; i++) {
      var v = res.vars[i];
      var all = res.rows.every(function (r) {
        var b = r[v];
        return b && b.type !== 'uri' && (/#date(Time)?$/.test(b.datatype || '') || /^\d{4}-\d{2}-\d{2}/.test(b.value));
      });
      if (all) return v;
    }
    return null;
  }
  function autoView(res) {
    if (res.kind === 'CONSTRUCT' || res.kind === 'DESCRIBE') return 'diagram';
    if (dateColumn(res)) return 'timeline';
    return 'table';
  }
  function show(v) {
    view = v;
    Array.prototype.forEach.call(document.querySelectorAll('#wb-views button'), function (b) {
      b.classList.toggle('active', b.getAttribute('data-view') === v);
    });
    result.textContent = '';
    if (!last) return;
    if (v === 'table') result.appendChild(table(last));
    else if (v === 'timeline') result.appendChild(timeline(last));
    else diagram(last);
  }

  function shortName(iri) {
    var best = null;
    Object.keys(PREFIXES).forEach(function (p) {
      var ns = PREFIXES[p];
      if (iri.indexOf(ns) === 0 && (!best || ns.length > PREFIXES[best].length)) best = p;
    });
    return best ? best + ':' + iri.slice(PREFIXES[best].length) : iri;
  }
  function cell(b) {
    var td = document.createElement('td');
    if (!b) return td;
    if (b.type === 'uri') {
      var a = document.createElement('a');
      a.textContent = shortName(b.value);
      if (b.value.indexOf(ENTITY) === 0) a.href = '/entity?iri=' + encodeURIComponent(b.value);
      else if (b.value.indexOf(DOC) === 0 && b.value.indexOf('#') < 0) a.href = '/document?iri=' + encodeURIComponent(b.value);
      else { td.textContent = shortName(b.value); return td; }
      td.appendChild(a);
    } else td.textContent = b.value;
    return td;
  }
  function table(res) {
    var t = document.createElement('table');
    t.id = 'wb-table';
    t.className = 'wide';
    var tr = document.createElement('tr');
    res.vars.forEach(function (v) { var th = document.createElement('th'); th.textContent = v; tr.appendChild(th); });
    t.appendChild(tr);
    res.rows.forEach(function (r) {
      var row = document.createElement('tr');
      res.vars.forEach(function (v) { row.appendChild(cell(r[v])); });
      t.appendChild(row);
    });
    return t;
  }
  function timeline(res) {
    var col = dateColumn(res), ul = document.createElement('ul');
    ul.className = 'timeline';
    if (!col) { ul.textContent = LANG === 'en' ? 'No date column.' : '结果中没有日期列。'; return ul; }
    res.rows.slice().sort(function (a, b) { return a[col].value < b[col].value ? -1 : 1; }).forEach(function (r) {
      var li = document.createElement('li'), d = document.createElement('span');
      d.className = 'date';
      d.textContent = r[col].value;
      li.appendChild(d);
      res.vars.forEach(function (v) {
        if (v === col || !r[v]) return;
        var s = document.createElement('span');
        s.textContent = ' ';
        li.appendChild(s);
        var c = cell(r[v]);
        while (c.firstChild) li.appendChild(c.firstChild);
      });
      ul.appendChild(li);
    });
    return ul;
  }
  function diagram(res) {
    var box = document.createElement('div');
    box.className = 'diagram';
    box.id = 'wb-diagram';
    result.appendChild(box);
    fetch('/diagram/query?lang=' + LANG + '&query=' + encodeURIComponent(res.query)).then(function (r) {
      return r.text().then(function (body) { if (!r.ok) throw new Error(body); return body; });
    }).then(function (svg) {
      var doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      box.appendChild(document.importNode(doc.documentElement, true));
    }).catch(function (e) { box.textContent = e.message; });
  }

  function download(accept, ext) {
    var q = withPrefixes(getQuery());
    post(q, accept).then(function (r) {
      if (!r.ok) return r.text().then(function (t) { throw new Error(t); });
      return r.blob();
    }).then(function (blob) {
      var a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = 'govkg-result.' + ext;
      document.body.appendChild(a);
      a.click();
      a.remove();
    }).catch(function (e) { setStatus(e.message, true); });
  }

  document.getElementById('wb-run').addEventListener('click', run);
  document.getElementById('wb-share').addEventListener('click', function () {
    var url = location.origin + '/workbench?query=' + encodeURIComponent(getQuery());
    history.replaceState(null, '', url);
    if (navigator.clipboard) navigator.clipboard.writeText(url).catch(function () {});
    setStatus(url);
  });
  Array.prototype.forEach.call(document.querySelectorAll('.wb-download'), function (b) {
    b.addEventListener('click', function () { download(b.getAttribute('data-accept'), b.getAttribute('data-ext')); });
  });
  Array.prototype.forEach.call(document.querySelectorAll('#wb-views button'), function (b) {
    b.addEventListener('click', function () { show(b.getAttribute('data-view')); });
  });
  Array.prototype.forEach.call(document.querySelectorAll('.wb-example'), function (b) {
    b.addEventListener('click', function () { setQuery(b.getAttribute('data-query')); run(); window.scrollTo(0, 0); });
  });
  if (/[?&]query=/.test(location.search)) run();
})();
