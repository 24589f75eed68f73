// The workbench: a hash router over the pages, and the search-as-you-type box in the top bar.
import {h, clear, route, names, badge} from './dom.js';
import {api} from './api.js';
import {overviewPage} from './views/overview.js';
import {actorPage} from './views/actor.js';
import {networkPage} from './views/network.js';
import {eventsPage} from './views/events.js';
import {articlePage} from './views/article.js';
import {sparqlPage} from './views/sparql.js';
import {eventPage, mergedPage, resourcePage} from './views/resource.js';

const pages = {
  '': overviewPage,
  actor: actorPage,
  network: networkPage,
  events: eventsPage,
  article: articlePage,
  sparql: sparqlPage,
  event: eventPage,
  merged: mergedPage,
  resource: resourcePage,
};

let generation = 0;

async function render() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [name, query] = hash.split('?');
  const params = new URLSearchParams(query || '');
  const page = pages[name] || null;
  const view = document.getElementById('view');
  const mine = ++generation;
  document.getElementById('suggestions').hidden = true;
  document.querySelectorAll('.tabs a').forEach(a => a.classList.toggle('active', a.dataset.route === name));
  clear(view);
  view.dataset.page = name || 'overview';
  view.dataset.state = 'loading';
  if (!page) {
    view.append(h('section', {class: 'card error'}, h('h2', {}, 'No such page'), h('p', {}, 'Nothing lives at #/' + hash)));
    view.dataset.state = 'error';
    return;
  }
  view.append(h('p', {class: 'loading'}, 'Loading…'));
  try {
    const content = await page(params);
    if (mine !== generation) return;
    clear(view).append(content);
    view.dataset.state = 'ready';
  } catch (e) {
    if (mine !== generation) return;
    clear(view).append(h('section', {class: 'card error'}, h('h2', {}, 'Could not load this page'), h('p', {}, e.message)));
    view.dataset.state = 'error';
  }
  window.scrollTo(0, 0);
}

// ---------------------------------------------------------------- search as you type

function setupSearch() {
  const input = document.getElementById('search');
  const list = document.getElementById('suggestions');
  let timer = null;
  let latest = 0;
  let active = -1;

  const items = () => Array.from(list.querySelectorAll('li[role="option"]'));
  const close = () => { list.hidden = true; active = -1; input.setAttribute('aria-expanded', 'false'); };
  const highlight = i => {
    const all = items();
    active = Math.max(-1, Math.min(all.length - 1, i));
    all.forEach((li, n) => li.setAttribute('aria-selected', String(n === active)));
  };
  const go = iri => { close(); input.value = ''; location.hash = route('actor', {iri}); };

  async function lookup() {
    const q = input.value.trim();
    const ticket = ++latest;
    if (!q) { close(); return; }
    let found;
    try {
      found = await api('search', {q, limit: 12});
    } catch (e) {
      found = {results: [], error: e.message};
    }
    if (ticket !== latest) return;
    clear(list);
    if (!found.results.length) {
      list.append(h('li', {class: 'none'}, found.error || 'No actor matches “' + q + '”'));
    }
    for (const r of found.results) {
      const li = h('li', {role: 'option', 'aria-selected': 'false', dataset: {iri: r.iri}},
        names(r.label), badge(r.type, 'type type-' + r.type),
        h('span', {class: 'count'}, r.mentions + (r.mentions === 1 ? ' mention' : ' mentions')));
      li.addEventListener('mousedown', e => { e.preventDefault(); go(r.iri); });
      list.append(li);
    }
    list.dataset.query = q;
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(found.results.length ? 0 : -1);
  }

  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(lookup, 120); });
  input.addEventListener('focus', () => { if (input.value.trim()) lookup(); });
  input.addEventListener('blur', () => setTimeout(close, 150));
  input.addEventListener('keydown', e => {
    if (e.key === 'ArrowDown') { highlight(active + 1); e.preventDefault(); }
    else if (e.key === 'ArrowUp') { highlight(active - 1); e.preventDefault(); }
    else if (e.key === 'Escape') close();
    else if (e.key === 'Enter') {
      const li = items()[Math.max(0, active)];
      if (li) go(li.dataset.iri);
      e.preventDefault();
    }
  });
  document.addEventListener('keydown', e => {
    if (e.key === '/' && document.activeElement !== input && !/input|textarea|select/i.test(document.activeElement.tagName)) {
      input.focus();
      e.preventDefault();
    }
  });
}

window.addEventListener('hashchange', render);
setupSearch();
render();
