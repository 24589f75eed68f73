// How one event is shown: date, CAMEO code coloured by quad class, who did what to whom, quantities,
// and the sentence it was read from.
import {h, route, actorLink, articleLink, badge, names} from './dom.js';
import {evidenceSentence} from './evidence.js';

export const QUADS = {
  'verbal-cooperation': 'verbal cooperation',
  'material-cooperation': 'material cooperation',
  'verbal-conflict': 'verbal conflict',
  'material-conflict': 'material conflict',
  'unknown': 'unclassified',
};

export function codeBadge(event) {
  const title = event.quadLabel + (event.eventType && event.eventType.label && event.eventType.label.en
    ? ' — ' + event.eventType.label.en : '');
  return h('span', {class: 'code quad-' + event.quad, title}, event.code || '?');
}

export function eventTypeName(event) {
  const label = event.eventType && event.eventType.label;
  if (label && (label.en || label.ar)) return names(label);
  return h('span', {class: 'muted'}, event.code ? 'CAMEO ' + event.code : 'event');
}

export function quantities(event) {
  if (!event.quantities || !event.quantities.length) return null;
  return h('span', {class: 'quantities'}, event.quantities.map(q =>
    badge((q.approximate ? '≈ ' : '') + (q.value || '?') + (q.counts ? ' ' + q.counts : ''), 'quantity')));
}

function actors(list, focus) {
  if (!list || !list.length) return h('span', {class: 'muted'}, '—');
  return h('span', {class: 'actors'}, list.map((a, i) => [i ? ', ' : '', actorLink(a, a.iri === focus ? 'is-focus' : '')]));
}

/** A timeline entry for an event; `focus` is the actor whose page this is, if any. */
export function eventItem(event, {focus} = {}) {
  let direction = null;
  if (focus) {
    const asSource = (event.sources || []).some(a => a.iri === focus);
    const asTarget = (event.targets || []).some(a => a.iri === focus);
    direction = asSource ? badge('as source', 'dir-source') : asTarget ? badge('as target', 'dir-target') : badge('place', '');
  }
  return h('li', {class: 'event quad-border-' + event.quad, dataset: {event: event.iri}},
    h('div', {class: 'event-head'},
      h('time', {class: 'date'}, event.date || 'undated'),
      codeBadge(event),
      h('a', {href: route('event', {iri: event.iri}), class: 'event-type'}, eventTypeName(event)),
      direction,
      quantities(event),
      event.charge ? badge('charge: ' + event.charge, 'charge') : null),
    h('div', {class: 'event-who'},
      actors(event.sources, focus), h('span', {class: 'arrow', 'aria-hidden': 'true'}, ' → '), actors(event.targets, focus),
      event.places && event.places.length ? [' · in ', actors(event.places, focus)] : null),
    event.evidence ? evidenceSentence(event.evidence, {focus, trigger: event.trigger}) : null,
    event.article ? h('div', {class: 'source-line'}, 'from ', articleLink(event.article),
      event.mergedInto ? [' · ', mergedLink(event)] : null) : null);
}

/** A link from a report to its merged event: the same event as other articles tell it, side by side. */
export function mergedLink(event) {
  return h('a', {href: route('merged', {iri: event.mergedInto.iri}), class: 'merged-link'},
    'reported by ' + event.mergedInto.articles + ' articles');
}

export function quadLegend() {
  return h('ul', {class: 'legend'}, Object.entries(QUADS).filter(([k]) => k !== 'unknown').map(([key, label]) =>
    h('li', {}, h('span', {class: 'swatch quad-' + key}), label)));
}
