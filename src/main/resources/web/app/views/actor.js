import {h, card, route, names, badge, empty, actorLink, articleLink} from '../dom.js';
import {api} from '../api.js';
import {eventItem, quantities} from '../events-view.js';
import {evidenceSentence} from '../evidence.js';

const WIKIDATA = 'http://www.wikidata.org/entity/';

// The API lists at most a hundred events, roles, statements and articles of an actor and gives the totals: a busy
// actor of a large store has tens of thousands. This line says so when the list is cut.
function shownOf(shown, total, what, link) {
  return total > shown
    ? h('p', {class: 'muted more'}, `${shown} of ${total} ${what}`, link ? [' · ', link] : null)
    : null;
}

export async function actorPage(params) {
  const iri = params.get('iri');
  const a = await api('actor', {iri});
  const type = (a.types || []).find(t => ['Person', 'Organization', 'Country', 'Place', 'Group'].includes(t)) || (a.types || [])[0];
  const wikidata = (a.sameAs || []).filter(s => s.startsWith(WIKIDATA));

  const header = h('header', {class: 'actor-header'},
    h('div', {class: 'titles'},
      a.label.ar ? h('h1', {lang: 'ar', dir: 'rtl', class: 'title-ar'}, a.label.ar) : null,
      a.label.en ? h(a.label.ar ? 'p' : 'h1', {lang: 'en', dir: 'ltr', class: 'title-en'}, a.label.en) : null),
    h('div', {class: 'meta'},
      type ? badge(type, 'type type-' + type) : null,
      wikidata.map(w => h('a', {class: 'wikidata', href: w.replace('http://', 'https://'), rel: 'noopener noreferrer', target: '_blank'},
        'Wikidata ' + w.substring(WIKIDATA.length))),
      a.labelSource ? badge('English name by ' + a.labelSource, 'muted') : null,
      h('a', {href: route('network', {actor: iri})}, 'network around this actor'),
      h('a', {href: route('events', {actor: iri})}, 'events table'),
      h('code', {class: 'iri', title: 'linked data: ' + iri}, iri)));

  const labels = card('Names',
    h('ul', {class: 'labels'}, (a.labels || []).map(l =>
      h('li', {}, h('bdi', {lang: l.lang || null, dir: l.lang === 'ar' ? 'rtl' : 'auto'}, l.value), l.lang ? badge(l.lang) : null))));

  const roles = card('Roles',
    a.roles.length ? [shownOf(a.roles.length, a.roleCount, 'roles'), h('ul', {class: 'roles'}, a.roles.map(r => h('li', {class: 'role'},
      h('div', {class: 'role-head'},
        h('strong', {}, r.label || (r.office && (r.office.label.en || r.office.label.ar)) || 'role'),
        r.organization ? [' · ', actorLink(r.organization)] : null,
        r.former ? badge('former', 'muted') : null,
        r.since ? badge('since ' + r.since) : null,
        r.until ? badge('until ' + r.until) : null),
      r.evidence ? evidenceSentence(r.evidence, {focus: iri}) : null,
      r.article ? h('div', {class: 'source-line'}, 'from ', articleLink(r.article)) : null)))]
      : empty('No role recorded.'));

  const events = a.events;
  const asSource = a.eventsAsSource;
  const asTarget = a.eventsAsTarget;
  const timelineList = h('ol', {class: 'timeline'}, events.map(e => eventItem(e, {focus: iri})));
  const filterButtons = h('div', {class: 'filters', role: 'group', 'aria-label': 'show events'},
    ['all', 'source', 'target'].map(kind => {
      const b = h('button', {type: 'button', class: kind === 'all' ? 'on' : '', dataset: {kind}},
        kind === 'all' ? `all (${a.eventCount})` : kind === 'source' ? `as source (${asSource})` : `as target (${asTarget})`);
      b.addEventListener('click', () => {
        filterButtons.querySelectorAll('button').forEach(x => x.classList.toggle('on', x === b));
        timelineList.querySelectorAll('li.event').forEach(li => {
          const badgeText = li.querySelector('.dir-source') ? 'source' : li.querySelector('.dir-target') ? 'target' : 'other';
          li.hidden = kind !== 'all' && badgeText !== kind;
        });
      });
      return b;
    }));
  const timeline = card('Events', events.length
    ? [filterButtons, shownOf(events.length, a.eventCount, 'events, by date', h('a', {href: route('events', {actor: iri})}, 'all in the events table')), timelineList]
    : empty('No event involves this actor.'));

  const withQuantities = events.filter(e => e.quantities && e.quantities.length);
  const quantityCard = card('Quantities',
    withQuantities.length ? h('ul', {class: 'quantity-list'}, withQuantities.map(e =>
      h('li', {}, quantities(e), ' ', h('a', {href: route('event', {iri: e.iri})}, e.date || 'event'),
        ' (CAMEO ' + (e.code || '?') + ')')))
      : empty('No counted quantity in this actor\'s events.'));

  const cooccurring = card('Appears with',
    a.cooccurring.length ? h('ul', {class: 'chips'}, a.cooccurring.map(c =>
      h('li', {}, actorLink(c), h('span', {class: 'count', title: 'sentences in common'}, String(c.sentences)))))
      : empty('Never mentioned in a sentence with another actor.'));

  const statements = a.statements.length ? card('Statements', shownOf(a.statements.length, a.statementCount, 'statements'), h('ul', {class: 'statements'}, a.statements.map(s =>
    h('li', {},
      h('div', {}, s.speakers.map(x => actorLink(x)), s.date ? [' · ', h('time', {}, s.date)] : null,
        s.medium ? [' · via ', h('span', {}, (s.medium.label && (s.medium.label.en || s.medium.label.ar)) || '')] : null,
        s.about.length ? [' · about ', s.about.map(x => actorLink(x))] : null),
      s.quote ? h('q', {dir: 'auto'}, s.quote) : null,
      s.evidence ? evidenceSentence(s.evidence, {focus: iri}) : null)))) : null;

  const articles = card('Mentioned in',
    a.articles.length ? [shownOf(a.articles.length, a.articleCount, 'articles, latest first'), h('ul', {class: 'article-list'}, a.articles.map(x =>
      h('li', {}, h('time', {}, x.date || ''), articleLink(x), h('span', {class: 'count'}, x.mentions + ' mentions'))))]
      : empty('No mention recorded.'));

  return h('div', {class: 'page actor', dataset: {iri}},
    header,
    h('div', {class: 'columns'},
      h('div', {class: 'main-col'}, timeline, statements),
      h('aside', {class: 'side-col'}, labels, roles, cooccurring, quantityCard, articles)));
}
