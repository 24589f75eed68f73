// The SPARQL editor, preloaded with the project's query library (queries/*.rq); runs against /newsgraph/sparql
// and shows SELECT/ASK results as a table, CONSTRUCT/DESCRIBE results as Turtle.
import {h, card, route, empty} from '../dom.js';
import {api} from '../api.js';

const ENDPOINT = '/newsgraph/sparql';
const ID = 'https://w3id.org/newsgraph/id/';
const DEFAULT_QUERY = `PREFIX ng: <https://w3id.org/newsgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

# Who did what to whom: every event with its source, target and CAMEO code
SELECT ?date ?code ?sourceName ?targetName ?event WHERE {
  ?event a ng:Event ; ng:cameoCode ?code .
  OPTIONAL { ?event ng:date ?date }
  OPTIONAL { ?event ng:source/rdfs:label ?sourceName FILTER(LANG(?sourceName) = "en") }
  OPTIONAL { ?event ng:target/rdfs:label ?targetName FILTER(LANG(?targetName) = "en") }
}
ORDER BY ?date
LIMIT 100`;

export async function sparqlPage(params) {
  const library = await api('queries').catch(() => []);
  const editor = h('textarea', {id: 'sparql-editor', class: 'editor', dir: 'ltr', spellcheck: 'false', rows: 16,
    'aria-label': 'SPARQL query'});
  editor.value = params.get('query') || DEFAULT_QUERY;
  const picker = h('select', {id: 'query-library', 'aria-label': 'query library'},
    h('option', {value: ''}, library.length ? `Query library (${library.length})…` : 'Query library: empty'),
    library.map((q, i) => h('option', {value: String(i), title: q.name}, q.title)));
  picker.addEventListener('change', () => {
    if (picker.value !== '') editor.value = library[Number(picker.value)].text;
  });
  const run = h('button', {type: 'button', class: 'primary', id: 'run-query'}, 'Run ▸');
  const status = h('span', {class: 'muted', id: 'query-status'}, 'Ctrl+Enter runs the query');
  const results = h('div', {id: 'query-results', class: 'results'});

  async function execute() {
    run.disabled = true;
    status.textContent = 'Running…';
    results.replaceChildren();
    const started = performance.now();
    try {
      const response = await fetch(ENDPOINT, {
        method: 'POST',
        headers: {'Content-Type': 'application/x-www-form-urlencoded',
          Accept: 'application/sparql-results+json, text/turtle;q=0.9'},
        body: new URLSearchParams({query: editor.value}),
      });
      const type = response.headers.get('Content-Type') || '';
      if (!response.ok) throw new Error(`${response.status}: ${(await response.text()).trim()}`);
      const ms = Math.round(performance.now() - started);
      if (type.startsWith('application/sparql-results+json')) {
        const json = await response.json();
        if ('boolean' in json) {
          results.append(h('p', {class: 'ask'}, 'ASK → ', h('strong', {}, String(json.boolean))));
          status.textContent = `${ms} ms`;
        } else {
          results.append(table(json));
          status.textContent = `${json.results.bindings.length} rows · ${ms} ms`;
        }
      } else {
        results.append(h('pre', {class: 'turtle', dir: 'ltr'}, await response.text()));
        status.textContent = `${ms} ms`;
      }
    } catch (e) {
      results.append(h('pre', {class: 'error'}, e.message));
      status.textContent = 'failed';
    } finally {
      run.disabled = false;
    }
  }
  run.addEventListener('click', execute);
  editor.addEventListener('keydown', e => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); execute(); }
  });

  return h('div', {class: 'page sparql'},
    h('header', {class: 'page-head'}, h('h1', {}, 'SPARQL'),
      h('p', {class: 'muted'}, 'Endpoint ', h('code', {}, location.origin + ENDPOINT),
        ' — the default graph is the union of all articles; each article is also its own named graph.')),
    card('Query', h('div', {class: 'toolbar'}, picker, run, status), editor),
    card('Results', results));
}

function table(json) {
  const vars = json.head.vars;
  if (!json.results.bindings.length) return empty('No result.');
  return h('div', {class: 'table-wrap'}, h('table', {class: 'results-table'},
    h('thead', {}, h('tr', {}, vars.map(v => h('th', {}, '?' + v)))),
    h('tbody', {}, json.results.bindings.map(row => h('tr', {}, vars.map(v => h('td', {}, cell(row[v]))))))));
}

function cell(value) {
  if (!value) return '';
  if (value.type === 'uri') {
    if (value.value.startsWith(ID)) {
      return h('a', {href: route('resource', {iri: value.value}), title: value.value}, 'ngid:' + value.value.substring(ID.length));
    }
    return h('span', {class: 'iri', title: value.value}, value.value);
  }
  if (value.type === 'bnode') return h('span', {class: 'muted'}, '_:' + value.value);
  return h('span', {dir: 'auto', lang: value['xml:lang'] || null}, value.value);
}
