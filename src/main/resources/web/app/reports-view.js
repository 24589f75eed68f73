// A merged event's reports side by side: the Arabic press in a right-to-left column, the English wires in a
// left-to-right one, each report with its outlet and article, date, quantities and evidence sentence, so an
// analyst sees at a glance whether both tell the same arrest with the same numbers on the same day.
import {h, route, articleLink, names} from './dom.js';
import {codeBadge, eventTypeName, quantities} from './events-view.js';
import {evidenceSentence} from './evidence.js';

const COLUMNS = [
  {key: 'ar', title: 'بالعربية · Arabic', dir: 'rtl', lang: 'ar'},
  {key: 'en', title: 'English', dir: 'ltr', lang: 'en'},
  {key: 'other', title: 'Other languages', dir: 'auto', lang: null},
];

/** Where a report comes from: the site of its URL, else the file it was read from. */
function outlet(article) {
  if (article.url) {
    try { return new URL(article.url).hostname.replace(/^www\./, ''); } catch (e) { /* not a URL: fall through */ }
  }
  return article.readFrom ? article.readFrom.replace(/^.*[\\/]/, '') : null;
}

function report(ev, {focus} = {}) {
  const article = ev.article || {};
  const date = ev.date ? h('time', {class: 'date'}, ev.date)
    : article.published ? h('span', {class: 'muted'}, 'published ', h('time', {}, article.published)) : h('span', {class: 'muted'}, 'undated');
  return h('li', {class: 'report' + (ev.iri === focus ? ' is-focus' : ''), dataset: {event: ev.iri}},
    h('div', {class: 'report-source'},
      outlet(article) ? h('span', {class: 'outlet'}, outlet(article)) : null,
      ev.article ? articleLink(ev.article) : null),
    h('div', {class: 'report-facts'}, date, ' ',
      h('a', {href: route('event', {iri: ev.iri}), class: 'report-link'}, 'report'), ' ', quantities(ev)),
    ev.evidence ? evidenceSentence(ev.evidence, {trigger: ev.trigger}) : null);
}

/**
 * The columns of a merged event's reports, one per language that has reports (Arabic and English always).
 * `focus` is the report whose page this is, if any: it is marked in its column.
 */
export function reportsSideBySide(merged, {focus} = {}) {
  const columns = COLUMNS.filter(c => c.key !== 'other' || (merged.reports.other || []).length).map(c => {
    const list = merged.reports[c.key] || [];
    return h('section', {class: 'report-column reports-' + c.key, dir: c.dir, lang: c.lang},
      h('h3', {}, c.title, ' ', h('span', {class: 'muted'}, '(' + list.length + ')')),
      list.length ? h('ol', {class: 'reports'}, list.map(ev => report(ev, {focus})))
        : h('p', {class: 'empty'}, c.key === 'ar' ? 'لا تقرير بالعربية' : 'No report in this language.'));
  });
  return h('div', {class: 'side-by-side', dataset: {merged: merged.iri}}, columns);
}

/** What every report of a merged event agrees on: code, who did it to whom, first and last day. */
export function mergedSummary(merged) {
  const who = list => list.length ? list.map((a, i) => [i ? ', ' : '', h('a', {href: route('actor', {iri: a.iri})}, names(a.label))]) : '—';
  const days = merged.first === merged.last ? merged.first : merged.first + ' – ' + merged.last;
  return h('div', {class: 'event merged-summary quad-border-' + merged.quad},
    h('div', {class: 'event-head'}, h('time', {class: 'date'}, days || 'undated'), codeBadge(merged),
      h('a', {href: route('merged', {iri: merged.iri}), class: 'event-type'}, eventTypeName(merged)),
      h('span', {class: 'badge'}, merged.articles + ' articles')),
    h('div', {class: 'event-who'}, who(merged.sources), h('span', {class: 'arrow', 'aria-hidden': 'true'}, ' → '), who(merged.targets)));
}
