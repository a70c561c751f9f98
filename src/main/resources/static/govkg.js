// The home page: counts per class and a plain SPARQL form, both over the server's own /sparql.
const COUNTS = `PREFIX gkg: <https://govkg.org/ontology#>
SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE {
  VALUES ?type { gkg:Organization gkg:LeadershipGroup gkg:Plan gkg:Project gkg:Person gkg:Region gkg:Document }
  ?e a ?type
} GROUP BY ?type ORDER BY DESC(?n)`;

async function sparql(query) {
  const resp = await fetch('sparql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/sparql-query', 'Accept': 'application/sparql-results+json' },
    body: query
  });
  if (!resp.ok) throw new Error(resp.status + ' ' + await resp.text());
  return resp.json();
}

function cell(binding) {
  const td = document.createElement('td');
  if (binding) td.textContent = binding.value;  // textContent: document strings are never parsed as HTML
  return td;
}

function render(table, json) {
  table.replaceChildren();
  const head = table.createTHead().insertRow();
  for (const v of json.head.vars) {
    const th = document.createElement('th');
    th.textContent = v;
    head.appendChild(th);
  }
  const body = table.createTBody();
  for (const b of json.results.bindings) {
    const row = body.insertRow();
    for (const v of json.head.vars) row.appendChild(cell(b[v]));
  }
}

async function loadCounts() {
  const json = await sparql(COUNTS);
  const tbody = document.querySelector('#counts tbody');
  for (const b of json.results.bindings) {
    const row = tbody.insertRow();
    row.appendChild(cell({ value: b.type.value.replace(/^.*#/, '') }));
    row.appendChild(cell(b.n));
  }
}

document.getElementById('query-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const status = document.getElementById('status');
  status.textContent = '';
  try {
    render(document.getElementById('results'), await sparql(document.getElementById('query').value));
  } catch (err) {
    status.textContent = err.message;
  }
});

loadCounts().catch(err => { document.getElementById('status').textContent = err.message; });
