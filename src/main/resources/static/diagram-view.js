// govkg zoomable diagram view: the server-drawn SVG of /diagram/{kind}, panned and zoomed with
// d3-zoom; clicking a node adds its neighbours (expand=…) and redraws. Names from the data are
// written with textContent, never as HTML.
(function () {
  'use strict';
  var root = document.getElementById('viewer');
  var stage = document.getElementById('viewer-stage');
  var status = document.getElementById('viewer-status');
  var state = {
    kind: root.getAttribute('data-kind'),
    entity: root.getAttribute('data-entity'),
    depth: root.getAttribute('data-depth'),
    lang: root.getAttribute('data-lang'),
    expand: (root.getAttribute('data-expand') || '').split(' ').filter(Boolean),
    asOf: root.getAttribute('data-as-of') || '',
    changes: root.getAttribute('data-changes') === 'true'
  };
  var svg = null, zoom = d3.zoom().scaleExtent([0.05, 12]).on('zoom', function (ev) {
    if (svg) d3.select(svg).select('g.viewport').attr('transform', ev.transform);
  });

  function params(format) {
    var p = new URLSearchParams();
    p.set('entity', state.entity);
    if (state.kind === 'neighbourhood') p.set('depth', state.depth);
    p.set('lang', state.lang);
    if (state.expand.length) p.set('expand', state.expand.join(' '));
    if (state.kind === 'group' && state.asOf) p.set('asOf', state.asOf);
    if (state.kind === 'group' && state.changes) p.set('changes', 'true');
    if (format) p.set('format', format);
    return p;
  }

  function load() {
    status.textContent = root.getAttribute('data-loading-label');
    document.getElementById('viewer-png').href = '/diagram/' + state.kind + '?' + params('png');
    var page = new URLSearchParams();
    page.set('kind', state.kind); page.set('entity', state.entity); page.set('depth', state.depth);
    if (state.expand.length) page.set('expand', state.expand.join(' '));
    if (state.kind === 'group' && state.asOf) page.set('asOf', state.asOf);
    if (state.kind === 'group' && state.changes) page.set('changes', 'true');
    history.replaceState(null, '', '/diagram/view?' + page);
    fetch('/diagram/' + state.kind + '?' + params('svg')).then(function (r) {
      if (r.ok) return r.text();
      return r.json().then(function (e) { throw new Error(e.message || ('HTTP ' + r.status)); },
        function () { throw new Error('HTTP ' + r.status); });
    }).then(show).catch(function (e) { status.textContent = e.message; });
  }

  function show(text) {
    var parsed = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
    var next = document.importNode(parsed, true);
    // the picture fills the stage; its viewBox keeps the proportions, d3 moves the viewport group
    next.setAttribute('width', '100%');
    next.setAttribute('height', '100%');
    var viewport = document.createElementNS('http://www.w3.org/2000/svg', 'g');
    viewport.setAttribute('class', 'viewport');
    while (next.firstChild) viewport.appendChild(next.firstChild);
    next.appendChild(viewport);
    stage.replaceChildren(next);
    svg = next;
    d3.select(svg).call(zoom).on('dblclick.zoom', null);
    d3.select(svg).call(zoom.transform, d3.zoomIdentity);
    svg.querySelectorAll('a').forEach(function (a) { a.addEventListener('click', onNode); });
    var shown = svg.querySelectorAll('g.node').length;
    status.textContent = state.expand.length ? root.getAttribute('data-expanded-label') + ' ' + state.expand.length : '';
    root.setAttribute('data-nodes', String(shown));
  }

  function iriOf(a) {
    var href = a.getAttribute('href') || a.getAttributeNS('http://www.w3.org/1999/xlink', 'href');
    if (!href) return null;
    return new URL(href, location.href).searchParams.get('iri');
  }

  function onNode(ev) {
    var a = ev.currentTarget, iri = iriOf(a);
    if (!iri) return;
    ev.preventDefault();
    if (ev.ctrlKey || ev.metaKey) { location.href = '/entity?iri=' + encodeURIComponent(iri); return; }
    // a group chart or plan map opens out into the neighbourhood of its root
    if (state.kind !== 'neighbourhood') { state.kind = 'neighbourhood'; state.depth = '1'; }
    if (iri !== state.entity && state.expand.indexOf(iri) < 0) state.expand.push(iri);
    var open = document.getElementById('viewer-page');
    open.href = '/entity?iri=' + encodeURIComponent(iri);
    open.textContent = root.getAttribute('data-open-label') + ' ' + (a.getAttributeNS('http://www.w3.org/1999/xlink', 'title') || a.getAttribute('title') || iri);
    load();
  }

  document.getElementById('viewer-zoom-in').addEventListener('click', function () { d3.select(svg).transition().call(zoom.scaleBy, 1.5); });
  document.getElementById('viewer-zoom-out').addEventListener('click', function () { d3.select(svg).transition().call(zoom.scaleBy, 1 / 1.5); });
  document.getElementById('viewer-fit').addEventListener('click', function () { d3.select(svg).transition().call(zoom.transform, d3.zoomIdentity); });
  document.getElementById('viewer-reset').addEventListener('click', function () { state.expand = []; load(); });
  load();
})();
