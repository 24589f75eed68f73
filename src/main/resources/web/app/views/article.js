// An article: its text with every mention highlighted (linking to the actor), and the facts drawn from it.
import {h, card, route, names, empty, actorLink, badge} from '../dom.js';
import {api} from '../api.js';
import {eventItem} from '../events-view.js';

export async function articlePage(params) {
  const iri = params.get('iri');
  const a = await api('article', {iri});
  const lang = a.language || null;
  const rtl = lang === 'ar' || lang === 'fa' || lang === 'ur' || lang === 'he';

  // Offsets are code points into the text: split it into code points, not UTF-16 units.
  const chars = Array.from(a.text || '');
  const body = h('div', {class: 'article-text', lang, dir: rtl ? 'rtl' : 'auto'});
  let at = 0;
  for (const m of a.mentions) {
    if (!m.actor || m.begin < at || m.end > chars.length) continue;
    body.append(chars.slice(at, m.begin).join(''));
    body.append(h('a', {class: 'mention', href: route('actor', {iri: m.actor.iri}),
      title: (m.actor.label.en || '') + (m.actor.label.ar ? ' · ' + m.actor.label.ar : '')},
      h('mark', {}, chars.slice(m.begin, m.end).join(''))));
    at = m.end;
  }
  body.append(chars.slice(at).join(''));

  const actors = new Map();
  for (const m of a.mentions) if (m.actor) actors.set(m.actor.iri, {ref: m.actor, n: (actors.get(m.actor.iri)?.n || 0) + 1});

  return h('div', {class: 'page article', dataset: {iri}},
    h('header', {class: 'page-head'},
      h('h1', {dir: 'auto', lang, class: 'headline'}, a.headline || ('Untitled article' + (a.date ? ' of ' + a.date : ''))),
      h('p', {class: 'meta'},
        a.date ? h('time', {}, a.date) : null,
        lang ? badge(lang) : null,
        a.url ? h('a', {href: a.url, rel: 'noopener noreferrer', target: '_blank', class: 'source-url'}, a.url) : null,
        h('code', {class: 'iri'}, iri))),
    h('div', {class: 'columns'},
      h('div', {class: 'main-col'},
        card('Text', body),
        card('Events read from this article', a.events.length
          ? h('ol', {class: 'timeline'}, a.events.map(e => eventItem(e))) : empty('No event was found in this article.'))),
      h('aside', {class: 'side-col'},
        card('Actors mentioned', actors.size ? h('ul', {class: 'chips'}, [...actors.values()].map(x =>
          h('li', {}, actorLink(x.ref), h('span', {class: 'count'}, String(x.n))))) : empty('No actor mentioned.')),
        card('Roles', a.roles.length ? h('ul', {class: 'roles'}, a.roles.map(r =>
          h('li', {}, actorLink(r.holder), ' — ', names(r.label)))) : empty('No role stated.')))));
}
