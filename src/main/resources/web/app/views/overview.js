import {h, card, route, empty} from '../dom.js';
import {api} from '../api.js';

export async function overviewPage() {
  const data = await api('overview');
  const stat = (n, label, href) => h('a', {class: 'stat', href}, h('strong', {}, String(n)), h('span', {}, label));
  return h('div', {class: 'page overview'},
    h('div', {class: 'stats'},
      stat(data.articles, 'articles', '#/'),
      stat(data.actors, 'actors', '#/network'),
      stat(data.events, 'events', '#/events')),
    card('Start here',
      h('p', {}, 'Type a name in the search box above — Arabic or English, with or without diacritics or hamza ' +
        '(press / to jump there) — or open the ', h('a', {href: '#/network'}, 'network of actors'), ', the ',
        h('a', {href: '#/events'}, 'events table'), ' or the ', h('a', {href: '#/sparql'}, 'SPARQL editor'), '.')),
    card('Articles',
      data.recentArticles.length ? h('ul', {class: 'article-list'}, data.recentArticles.map(a =>
        h('li', {},
          h('time', {}, a.date || ''),
          h('a', {href: route('article', {iri: a.iri}), dir: 'auto', lang: a.language || null}, a.headline || a.iri),
          a.language ? h('span', {class: 'badge'}, a.language) : null)))
        : empty('The store holds no article yet: ingest some with `newsgraph ingest`.')));
}
