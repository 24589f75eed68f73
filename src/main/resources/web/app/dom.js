// Building DOM from data. Every piece of text from the store goes in through textContent (via h()),
// never through innerHTML: an article that contains markup shows it as text.

/** h('a', {href: '#/x', class: 'c'}, 'text', child) -> element. Attributes named on* are refused. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (/^on/i.test(name)) throw new Error('event handler attributes are not allowed: ' + name);
    if (name === 'dataset') Object.assign(el.dataset, value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/** A route to a workbench page: route('actor', {iri}) -> '#/actor?iri=...'. */
export function route(name, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') query.set(k, v);
  const qs = query.toString();
  return '#/' + name + (qs ? '?' + qs : '');
}

/** An actor's (or any term's) names: Arabic right-to-left and English left-to-right, side by side. */
export function names(label, {primary = 'both'} = {}) {
  const ar = label && label.ar;
  const en = label && label.en;
  const parts = [];
  if (ar && primary !== 'en') parts.push(h('bdi', {lang: 'ar', dir: 'rtl', class: 'name-ar'}, ar));
  if (en && primary !== 'ar') parts.push(h('bdi', {lang: 'en', dir: 'ltr', class: 'name-en'}, en));
  if (!parts.length && ar) parts.push(h('bdi', {lang: 'ar', dir: 'rtl', class: 'name-ar'}, ar));
  if (!parts.length && en) parts.push(h('bdi', {lang: 'en', dir: 'ltr', class: 'name-en'}, en));
  return h('span', {class: 'names'}, parts);
}

/** The one label to show where there is room for one: English if there is one, else Arabic, else the IRI's end. */
export function shortName(ref) {
  if (!ref) return '';
  const l = ref.label || {};
  return l.en || l.ar || (ref.iri || '').replace(/^.*[/#]/, '');
}

/** A link to an actor's page showing both names. */
export function actorLink(ref, extraClass = '') {
  return h('a', {href: route('actor', {iri: ref.iri}), class: ('actor-link ' + extraClass).trim(), title: ref.iri},
    names(ref.label && (ref.label.ar || ref.label.en) ? ref.label : {en: shortName(ref)}));
}

export function articleLink(ref) {
  if (!ref) return null;
  return h('a', {href: route('article', {iri: ref.iri}), dir: 'auto', class: 'article-link'},
    ref.headline || ref.iri.replace(/^.*\//, 'article '));
}

export function card(title, ...children) {
  return h('section', {class: 'card'}, h('h2', {}, title), ...children);
}

export function empty(text) {
  return h('p', {class: 'empty'}, text);
}

export function badge(text, cls = '') {
  return h('span', {class: ('badge ' + cls).trim()}, text);
}
