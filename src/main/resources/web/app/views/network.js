// Actors linked by events, drawn with Cytoscape.js (bundled, loaded only on this page). Edge colour: CAMEO quad
// class; node colour: actor type; node size: number of events. Click an actor to open its page.
import {h, card, route, names, shortName, empty, actorLink} from '../dom.js';
import {api} from '../api.js';
import {quadLegend} from '../events-view.js';

const QUAD_COLOURS = {
  'verbal-cooperation': '#43a047',
  'material-cooperation': '#1e88e5',
  'verbal-conflict': '#f9a825',
  'material-conflict': '#d32f2f',
  'unknown': '#9e9e9e',
};
const TYPE_COLOURS = {
  Person: '#7b1fa2', Organization: '#00838f', Country: '#6d4c41', Place: '#8d6e63', Group: '#ef6c00', '': '#546e7a',
};

export async function networkPage(params) {
  const focus = params.get('actor');
  const data = await api('network', {actor: focus, limit: params.get('limit') || 150});
  const {default: cytoscape} = await import('/vendor/cytoscape.mjs');

  const container = h('div', {id: 'cy', class: 'network-canvas', role: 'img',
    'aria-label': `network of ${data.nodes.length} actors and ${data.edges.length} links`});
  const focusNode = focus ? data.nodes.find(n => n.iri === focus) : null;
  const page = h('div', {class: 'page network'},
    h('header', {class: 'page-head'},
      h('h1', {}, focusNode ? ['Network around ', names(focusNode.label)] : 'Network of actors'),
      h('p', {class: 'muted'}, `${data.nodes.length} actors, ${data.edges.length} links` +
        (data.truncated ? ' (the most active actors only)' : '') + '. Click an actor to open its page; drag to rearrange.'),
      focus ? h('a', {href: '#/network'}, 'show the whole network') : null),
    h('div', {class: 'network-layout'},
      data.nodes.length ? container : empty('No event links two actors yet.'),
      h('aside', {class: 'side-col'},
        card('Edge colour: CAMEO quad class', quadLegend()),
        card('Actors', h('ol', {class: 'node-list'}, data.nodes.map(n =>
          h('li', {}, actorLink(n), h('span', {class: 'count'}, n.events + (n.events === 1 ? ' event' : ' events')))))))));

  if (!data.nodes.length) return page;
  const elements = [
    ...data.nodes.map(n => ({data: {id: n.iri, label: shortName(n), ar: (n.label && n.label.ar) || '', type: n.type || '', weight: n.events}})),
    ...data.edges.map((e, i) => ({data: {id: 'e' + i, source: e.source, target: e.target, quad: e.quad,
      weight: e.events, codes: e.codes.join(', ')}})),
  ];
  // Cytoscape needs the container in the document to measure it: start once the page is attached.
  const layout = {name: 'cose', animate: false, padding: 40, nodeDimensionsIncludeLabels: true,
    nodeRepulsion: () => 60000, idealEdgeLength: () => 80, nodeOverlap: 20, componentSpacing: 60, gravity: 1.2,
    randomize: false};
  requestAnimationFrame(() => {
    const cy = cytoscape({
      container,
      elements,
      wheelSensitivity: 0.3,
      style: [
        {selector: 'node', style: {
          'background-color': n => TYPE_COLOURS[n.data('type')] || TYPE_COLOURS[''],
          'label': n => n.data('ar') ? n.data('label') + '\n' + n.data('ar') : n.data('label'),
          'text-wrap': 'wrap', 'font-size': 16, 'min-zoomed-font-size': 7, 'color': '#263238', 'text-valign': 'bottom', 'text-margin-y': 4,
          'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'text-background-padding': 2,
          'width': n => 22 + 8 * Math.sqrt(n.data('weight')), 'height': n => 22 + 8 * Math.sqrt(n.data('weight')),
          'border-width': n => n.id() === focus ? 4 : 1, 'border-color': '#263238'}},
        {selector: 'edge', style: {
          'line-color': e => QUAD_COLOURS[e.data('quad')] || QUAD_COLOURS.unknown,
          'target-arrow-color': e => QUAD_COLOURS[e.data('quad')] || QUAD_COLOURS.unknown,
          'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'arrow-scale': 1.1,
          'width': e => 1.5 + 1.5 * Math.sqrt(e.data('weight')), 'opacity': 0.85,
          'label': 'data(codes)', 'font-size': 11, 'color': '#546e7a', 'text-rotation': 'autorotate'}},
        {selector: 'node:selected', style: {'border-width': 4, 'border-color': '#ff6f00'}},
      ],
      layout,
      minZoom: 0.2,
    });
    // Fitting the network to the canvas changes the zoom: a small network would be drawn huge, a large one with
    // unreadable labels. Keep labels and nodes at reading size on screen either way.
    if (cy.zoom() > 1.2) {
      cy.zoom(1.2);
      cy.center();
    } else if (cy.zoom() < 1) {
      const m = Math.min(2.2, 1 / cy.zoom());
      cy.style()
        .selector('node').style({'font-size': 13 * m, 'width': n => m * (16 + 6 * Math.sqrt(n.data('weight'))),
          'height': n => m * (16 + 6 * Math.sqrt(n.data('weight')))})
        .selector('edge').style({'font-size': 10 * m, 'width': e => m * (1 + Math.sqrt(e.data('weight')))})
        .update();
    }
    cy.on('tap', 'node', evt => { location.hash = route('actor', {iri: evt.target.id()}); });
    cy.on('tap', 'edge', evt => {
      const e = evt.target;
      location.hash = route('events', {actor: e.data('source')});
    });
    const drawn = () => cy.nodes().filter(n => { const b = n.renderedBoundingBox(); return b.w > 0 && b.h > 0; }).length;
    container.dataset.nodes = String(cy.nodes().length);
    container.dataset.edges = String(cy.edges().length);
    container.dataset.drawn = String(drawn());
    container.dataset.ready = 'true';
  });
  return page;
}
