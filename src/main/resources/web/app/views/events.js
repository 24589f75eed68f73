// All events in a table, filtered by actor, CAMEO code and date range, with a CSV download of the same rows.
import {h, card, route, names, empty, actorLink, articleLink, shortName} from '../dom.js';
import {api, apiUrl} from '../api.js';
import {codeBadge, eventTypeName, mergedLink, quantities, quadLegend} from '../events-view.js';
import {evidenceSentence} from '../evidence.js';

export async function eventsPage(params) {
  const filter = {
    actor: params.get('actor') || '',
    code: params.get('code') || '',
    from: params.get('from') || '',
    to: params.get('to') || '',
  };
  const [data, actor] = await Promise.all([
    api('events', filter),
    filter.actor ? api('resource', {iri: filter.actor}).catch(() => null) : null,
  ]);

  const actorInput = h('input', {type: 'hidden', name: 'actor', value: filter.actor});
  const actorName = h('span', {class: 'chosen-actor'}, filter.actor
    ? actorChip(filter.actor, actor) : h('span', {class: 'muted'}, 'any actor'));
  const actorSearch = h('input', {type: 'search', id: 'actor-filter', dir: 'auto', placeholder: 'actor name…', autocomplete: 'off'});
  const actorChoices = h('ul', {class: 'choices', hidden: true});
  actorSearch.addEventListener('input', async () => {
    const q = actorSearch.value.trim();
    actorChoices.replaceChildren();
    if (!q) { actorChoices.hidden = true; return; }
    const found = await api('search', {q, limit: 8});
    actorChoices.replaceChildren(...found.results.map(r => {
      const li = h('li', {dataset: {iri: r.iri}}, names(r.label));
      li.addEventListener('mousedown', e => {
        e.preventDefault();
        actorInput.value = r.iri;
        actorName.replaceChildren(actorChip(r.iri, {label: r.label}));
        actorSearch.value = '';
        actorChoices.hidden = true;
      });
      return li;
    }));
    actorChoices.hidden = !found.results.length;
  });
  const clearActor = h('button', {type: 'button', class: 'link', title: 'any actor', 'aria-label': 'clear the actor filter'}, '×');
  clearActor.addEventListener('click', () => { actorInput.value = ''; actorName.replaceChildren(h('span', {class: 'muted'}, 'any actor')); });

  const form = h('form', {class: 'filter-form', id: 'event-filters'},
    h('label', {}, 'Actor ', actorName, ' ', clearActor, h('span', {class: 'picker'}, actorSearch, actorChoices), actorInput),
    h('label', {}, 'CAMEO code ', h('input', {name: 'code', id: 'code-filter', value: filter.code, size: 5, inputmode: 'numeric',
      pattern: '\\d{1,4}', placeholder: 'e.g. 17', title: 'a code or its first digits: 17 = coerce, 173 = arrest'})),
    h('label', {}, 'From ', h('input', {type: 'date', name: 'from', value: filter.from})),
    h('label', {}, 'To ', h('input', {type: 'date', name: 'to', value: filter.to})),
    h('button', {type: 'submit', class: 'primary'}, 'Apply'),
    h('a', {class: 'button', id: 'csv-download', href: apiUrl('events', {...filter, format: 'csv'}), download: 'newsgraph-events.csv'},
      'Download CSV'));
  form.addEventListener('submit', e => {
    e.preventDefault();
    const values = Object.fromEntries(new FormData(form).entries());
    location.hash = route('events', values);
  });

  const rows = data.events.map(ev => h('tr', {dataset: {event: ev.iri}},
    h('td', {class: 'nowrap'}, h('time', {}, ev.date || '')),
    h('td', {}, codeBadge(ev)),
    h('td', {}, h('a', {href: route('event', {iri: ev.iri})}, eventTypeName(ev))),
    h('td', {}, ev.sources.map(a => actorLink(a))),
    h('td', {}, ev.targets.map(a => actorLink(a))),
    h('td', {}, quantities(ev)),
    h('td', {class: 'evidence-cell'}, ev.evidence ? evidenceSentence(ev.evidence, {trigger: ev.trigger}) : ''),
    h('td', {}, articleLink(ev.article), ev.mergedInto ? [h('br'), mergedLink(ev)] : null)));

  return h('div', {class: 'page events'},
    h('header', {class: 'page-head'}, h('h1', {}, 'Events'),
      h('p', {class: 'muted'}, `${data.events.length} event${data.events.length === 1 ? '' : 's'}`), quadLegend()),
    card('Filter', form),
    data.events.length ? h('div', {class: 'table-wrap'}, h('table', {class: 'events-table'},
      h('thead', {}, h('tr', {}, ['Date', 'Code', 'Event', 'Source', 'Target', 'Quantities', 'Evidence', 'Article'].map(t => h('th', {}, t)))),
      h('tbody', {}, rows)))
      : empty('No event matches these filters.'));
}

function actorChip(iri, resource) {
  const label = resource && resource.label ? resource.label : null;
  return h('a', {href: route('actor', {iri}), class: 'chip'}, label ? names(label) : shortName({iri}));
}
