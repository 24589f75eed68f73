// An evidence sentence with its mentions highlighted. Offsets are Unicode code points into the sentence,
// so the text is split into code points (Array.from), not UTF-16 units.
import {h, route, shortName} from './dom.js';

/**
 * @param evidence {text, mentions: [{iri, begin, end, actor?}]}
 * @param focus    IRI of the actor whose mentions are the point (highlighted strongest)
 * @param trigger  IRI of the mention that is the event's trigger word
 */
export function evidenceSentence(evidence, {focus, trigger} = {}) {
  const block = h('blockquote', {class: 'evidence', dir: 'auto'});
  if (!evidence) return block;
  const chars = Array.from(evidence.text);
  let at = 0;
  const mentions = [...(evidence.mentions || [])].sort((a, b) => a.begin - b.begin);
  for (const m of mentions) {
    if (m.begin < at || m.end > chars.length || m.begin >= m.end) continue;
    const isTrigger = trigger && m.iri === trigger;
    if (!m.actor && !isTrigger) continue;
    block.append(chars.slice(at, m.begin).join(''));
    const text = chars.slice(m.begin, m.end).join('');
    if (m.actor) {
      const cls = 'mention' + (focus && m.actor.iri === focus ? ' focus' : '');
      block.append(h('a', {class: cls, href: route('actor', {iri: m.actor.iri}), title: shortName(m.actor)}, h('mark', {}, text)));
    } else {
      block.append(h('mark', {class: 'trigger', title: 'trigger word'}, text));
    }
    at = m.end;
  }
  block.append(chars.slice(at).join(''));
  return block;
}
