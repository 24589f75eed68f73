// Pages for what has no page of its own: one event, and any other resource (role, statement, ...) as a table
// of its triples both ways.
import {h, card, route, names, empty, shortName} from '../dom.js';
import {api} from '../api.js';
import {eventItem} from '../events-view.js';
import {mergedSummary, reportsSideBySide} from '../reports-view.js';

export async function eventPage(params) {
  const iri = params.get('iri');
  const [event, resource] = await Promise.all([api('event', {iri}), api('resource', {iri})]);
  if (event.kind === 'merged') return mergedView(event, resource);
  return h('div', {class: 'page event-page'},
    h('header', {class: 'page-head'}, h('h1', {}, 'Event'), h('code', {class: 'iri'}, iri)),
    card('What happened', h('ol', {class: 'timeline'}, eventItem(event))),
    event.merged ? card('Reported by ' + event.merged.articles + ' articles', mergedSummary(event.merged),
      reportsSideBySide(event.merged, {focus: event.iri})) : null,
    triples(resource));
}

/** A merged event: what its reports agree on, then the reports in Arabic and in English side by side. */
export async function mergedPage(params) {
  const iri = params.get('iri');
  const [merged, resource] = await Promise.all([api('event', {iri}), api('resource', {iri})]);
  return mergedView(merged, resource);
}

function mergedView(merged, resource) {
  return h('div', {class: 'page merged-page'},
    h('header', {class: 'page-head'}, h('h1', {}, 'Merged event'),
      h('p', {class: 'muted'}, 'one event, reported by ' + merged.articles + ' articles'), h('code', {class: 'iri'}, merged.iri)),
    card('What the reports agree on', mergedSummary(merged)),
    card('Reports', reportsSideBySide(merged)),
    triples(resource));
}

export async function resourcePage(params) {
  const iri = params.get('iri');
  const r = await api('resource', {iri});
  if (r.kind !== 'resource') {
    location.replace(route(r.kind, {iri}));
  }
  return h('div', {class: 'page resource'},
    h('header', {class: 'page-head'},
      h('h1', {}, r.label && (r.label.en || r.label.ar) ? names(r.label) : (r.types[0] || 'Resource')),
      h('p', {class: 'muted'}, r.types.join(', ')), h('code', {class: 'iri'}, iri)),
    triples(r));
}

function term(t) {
  if (t.iri) {
    const inside = t.label && (t.label.en || t.label.ar) ? names(t.label) : t.iri;
    return t.iri.startsWith('https://w3id.org/newsgraph/id/')
      ? h('a', {href: route('resource', {iri: t.iri}), title: t.iri}, inside)
      : h('span', {title: t.iri}, inside);
  }
  if (t.blank) return h('span', {class: 'muted'}, '_:' + t.blank);
  return h('span', {dir: 'auto', lang: t.lang || null}, t.value);
}

function triples(r) {
  const out = r.out.map(t => h('tr', {}, h('th', {}, shortName(t.p)), h('td', {}, term(t.o))));
  const inbound = r.in.map(t => h('tr', {}, h('td', {}, term(t.s)), h('th', {}, shortName(t.p))));
  return h('div', {class: 'columns'},
    h('div', {class: 'main-col'}, card('Properties', out.length ? h('table', {class: 'triples'}, h('tbody', {}, out)) : empty('None.'))),
    h('aside', {class: 'side-col'}, card('Pointed at by', inbound.length ? h('table', {class: 'triples'}, h('tbody', {}, inbound)) : empty('Nothing.'))));
}
