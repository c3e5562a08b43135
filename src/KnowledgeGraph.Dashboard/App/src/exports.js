// Exports of the current view: PNG and SVG of the picture, GEXF and CSV of the visible graph, and a JSON bundle
// with the view state (and its URL), the GraphQL requests that produced it and the sources behind it.
import { download } from './dom.js';
import { TableView } from './views/table.js';

const GEXF_NS = 'http://gexf.net/1.3';
const VIZ_NS = 'http://gexf.net/1.3/viz';

const xml = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]);

/** The visible graph as GEXF 1.3 (kinds, countries, relationship types and weights as attributes; positions, colours, sizes as viz). */
export function toGexf(graph, title) {
  const hex = (c) => /^#[0-9a-f]{6}$/i.test(c) ? [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) : [100, 100, 100];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf xmlns="${GEXF_NS}" xmlns:viz="${VIZ_NS}" version="1.3">`,
    `  <meta lastmodifieddate="${new Date().toISOString().slice(0, 10)}"><creator>City-networks knowledge graph dashboard</creator><description>${xml(title)}</description></meta>`,
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node"><attribute id="kind" title="kind" type="string"/><attribute id="country" title="country" type="string"/><attribute id="latitude" title="latitude" type="double"/><attribute id="longitude" title="longitude" type="double"/></attributes>',
    '    <attributes class="edge"><attribute id="relationship" title="relationship" type="string"/></attributes>',
    '    <nodes>',
  ];
  graph.forEachNode((id, a) => {
    const [r, g, b] = hex(a.color);
    const values = [['kind', a.kind], ['country', a.countryCode], ['latitude', a.lat], ['longitude', a.lon]]
      .filter(([, v]) => v !== undefined && v !== null && v !== '')
      .map(([k, v]) => `<attvalue for="${k}" value="${xml(v)}"/>`).join('');
    lines.push(`      <node id="${xml(id)}" label="${xml(a.label)}"><attvalues>${values}</attvalues><viz:color r="${r}" g="${g}" b="${b}"/><viz:position x="${(a.x ?? 0).toFixed(3)}" y="${(a.y ?? 0).toFixed(3)}" z="0"/><viz:size value="${(a.size ?? 1).toFixed(2)}"/></node>`);
  });
  lines.push('    </nodes>', '    <edges>');
  graph.forEachEdge((id, a, source, target) => {
    lines.push(`      <edge id="${xml(id)}" source="${xml(source)}" target="${xml(target)}" weight="${a.weight}" label="${xml(a.relationship)}"><attvalues><attvalue for="relationship" value="${xml(a.relationship)}"/></attvalues></edge>`);
  });
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}

export { TableView };

/** Runs an export by name: png, svg, gexf, csv or json. */
export async function exportView(app, format) {
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
  const base = `city-networks-${app.state.get().view}-${stamp}`;
  const graph = app.graph;
  switch (format) {
    case 'png':
      download(await app.currentPng(), `${base}.png`);
      break;
    case 'svg':
      download(new Blob([app.currentSvg()], { type: 'image/svg+xml' }), `${base}.svg`);
      break;
    case 'gexf':
      download(new Blob([toGexf(graph, app.describe())], { type: 'application/gexf+xml' }), `${base}.gexf`);
      break;
    case 'csv':
      download(new Blob([TableView.csv(graph)], { type: 'text/csv' }), `${base}.csv`);
      break;
    case 'json':
      download(new Blob([JSON.stringify(await app.bundle(), null, 2)], { type: 'application/json' }), `${base}.json`);
      break;
    default:
      throw new Error(`unknown export ${format}`);
  }
}

/** A PNG Blob of an SVG element's text (the map), drawn on a canvas through a blob: image. */
export function svgToPng(text, width, height) {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const context = canvas.getContext('2d');
      context.fillStyle = '#fff';
      context.fillRect(0, 0, width, height);
      context.drawImage(image, 0, 0, width, height);
      URL.revokeObjectURL(url);
      canvas.toBlob(resolve, 'image/png');
    };
    image.onerror = () => reject(new Error('the map could not be drawn'));
    image.src = url;
  });
}
