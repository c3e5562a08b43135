// The map view: cities at their coordinates over the bundled world atlas (d3-geo, SVG, no tile server); arcs join
// cities that share projects (directly or through their organisations), thicker for more shared projects. It shares
// the selection with the network view: a click here selects there, a selection there lights up here.
import { geoAzimuthalEqualArea, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import atlas from 'world-atlas/countries-50m.json';
import { h, svg, formatCount } from '../dom.js';

const MAX_ARCS = 4000;
const WIDTH = 1000;
const HEIGHT = 700;

let countries = null;
const countryShapes = () => (countries ??= feature(atlas, atlas.objects.countries));

export class MapView {
  constructor(root, app) {
    this.app = app;
    this.svg = svg('svg', { class: 'map', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': 'Map of the cities in the view and their collaborations' });
    this.note = h('p', { class: 'map-note' });
    this.element = h('section', { class: 'view map-view', 'aria-label': 'Map view' }, this.svg, this.note);
    root.append(this.element);
    this.view = { x: 0, y: 0, k: 1 };
    this.svg.addEventListener('wheel', (e) => this.onWheel(e), { passive: false });
    this.svg.addEventListener('pointerdown', (e) => this.onDrag(e));
  }

  /** Draws the cities and the pairs of the view: { cities: [{ id, label, lat, lon, weight }], pairs: [{ key, a, b, weight }] }. */
  show(data) {
    this.data = data;
    const cities = data.cities.filter((c) => typeof c.lat === 'number');
    const projection = geoAzimuthalEqualArea().rotate([-10, -52]);
    const extent = extentOf(cities);
    projection.fitExtent([[20, 20], [WIDTH - 20, HEIGHT - 20]], { type: 'MultiPoint', coordinates: extent });
    const path = geoPath(projection);
    this.projection = projection;
    const byId = new Map(cities.map((c) => [c.id, c]));
    const pairs = data.pairs.filter((p) => byId.has(p.a) && byId.has(p.b)).sort((p, q) => q.weight - p.weight);
    const drawn = pairs.slice(0, MAX_ARCS);
    this.layer = svg('g', { class: 'map-layer' });
    this.layer.append(svg('path', { class: 'sphere', d: path({ type: 'Sphere' }) }));
    this.layer.append(svg('path', { class: 'countries', d: path(countryShapes()) }));
    const arcs = svg('g', { class: 'arcs' });
    for (const pair of drawn.slice().reverse()) {
      const a = byId.get(pair.a);
      const b = byId.get(pair.b);
      const arc = svg('path', {
        class: 'arc',
        d: path({ type: 'LineString', coordinates: [[a.lon, a.lat], [b.lon, b.lat]] }),
        'stroke-width': (0.6 + Math.log2(pair.weight)).toFixed(2),
        'data-key': pair.key,
        'data-a': pair.a,
        'data-b': pair.b,
      }, svg('title', {}, `${a.label} – ${b.label}: ${pair.weight} shared project${pair.weight === 1 ? '' : 's'}`));
      arc.addEventListener('click', () => this.app.select(pair.key));
      arcs.append(arc);
    }
    const dots = svg('g', { class: 'cities' });
    for (const city of cities.slice().sort((p, q) => p.weight - q.weight)) {
      const [x, y] = projection([city.lon, city.lat]) ?? [NaN, NaN];
      if (!Number.isFinite(x)) continue;
      const dot = svg('circle', { class: 'city', cx: x.toFixed(1), cy: y.toFixed(1), r: (2 + Math.sqrt(city.weight)).toFixed(1), 'data-id': city.id, tabindex: '-1' },
        svg('title', {}, `${city.label}: ${city.weight} project${city.weight === 1 ? "" : "s"}`));
      dot.addEventListener('click', () => this.app.select(city.id));
      dots.append(dot);
    }
    const labels = svg('g', { class: 'city-labels' });
    for (const city of cities.slice().sort((p, q) => q.weight - p.weight).slice(0, 20)) {
      const [x, y] = projection([city.lon, city.lat]) ?? [NaN, NaN];
      if (Number.isFinite(x)) labels.append(svg('text', { x: (x + 5).toFixed(1), y: (y - 4).toFixed(1) }, city.label));
    }
    this.layer.append(arcs, dots, labels);
    this.svg.replaceChildren(this.layer);
    this.applyTransform();
    this.svg.dataset.cities = String(cities.length);
    this.svg.dataset.arcs = String(drawn.length);
    this.note.textContent = `${formatCount(cities.length)} of the view's ${formatCount(data.cities.length)} cities have coordinates; ${formatCount(drawn.length)} of ${formatCount(pairs.length)} collaborating pairs drawn (the strongest first). Scroll to zoom, drag to pan.`;
    this.highlight(this.focusCities ?? null, this.focusArcs ?? null);
  }

  /** Lights up cities and arcs (Sets of city ids and pair keys). */
  highlight(cityIds, arcKeys) {
    this.focusCities = cityIds;
    this.focusArcs = arcKeys;
    if (!this.layer) return;
    const active = (cityIds?.size ?? 0) + (arcKeys?.size ?? 0) > 0;
    this.svg.classList.toggle('has-focus', active);
    for (const dot of this.layer.querySelectorAll('circle.city')) dot.classList.toggle('focus', Boolean(cityIds?.has(dot.dataset.id)));
    for (const arc of this.layer.querySelectorAll('path.arc')) arc.classList.toggle('focus', Boolean(arcKeys?.has(arc.dataset.key)));
    this.svg.dataset.focusCities = String(cityIds?.size ?? 0);
  }

  onWheel(event) {
    event.preventDefault();
    const point = this.toViewBox(event);
    const factor = event.deltaY < 0 ? 1.25 : 0.8;
    const k = Math.min(40, Math.max(1, this.view.k * factor));
    const scale = k / this.view.k;
    this.view = { k, x: point.x - (point.x - this.view.x) * scale, y: point.y - (point.y - this.view.y) * scale };
    this.applyTransform();
  }

  onDrag(event) {
    if (event.button !== 0) return;
    const start = this.toViewBox(event);
    const origin = { ...this.view };
    let moved = false;
    const move = (e) => {
      const p = this.toViewBox(e);
      if (Math.abs(p.x - start.x) + Math.abs(p.y - start.y) > 2) moved = true;
      this.view = { ...origin, x: origin.x + p.x - start.x, y: origin.y + p.y - start.y };
      this.applyTransform();
    };
    const up = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      if (moved) this.svg.addEventListener('click', (e) => e.stopPropagation(), { capture: true, once: true });
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  }

  toViewBox(event) {
    const box = this.svg.getBoundingClientRect();
    const scale = Math.max(WIDTH / box.width, HEIGHT / box.height);
    const offsetX = (box.width * scale - WIDTH) / 2;
    const offsetY = (box.height * scale - HEIGHT) / 2;
    return { x: (event.clientX - box.left) * scale - offsetX, y: (event.clientY - box.top) * scale - offsetY };
  }

  applyTransform() {
    this.layer?.setAttribute('transform', `translate(${this.view.x.toFixed(1)},${this.view.y.toFixed(1)}) scale(${this.view.k.toFixed(3)})`);
    this.svg.style.setProperty('--zoom', String(this.view.k));
  }

  /** The map as SVG text (styles inlined as attributes the stylesheet would give). */
  toSvg() {
    const copy = this.svg.cloneNode(true);
    copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    copy.setAttribute('width', String(WIDTH));
    copy.setAttribute('height', String(HEIGHT));
    const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
    style.textContent = '.sphere{fill:#eef4fa}.countries{fill:#f3f4f6;stroke:#9ca3af;stroke-width:.4}.arc{fill:none;stroke:#c2410c;stroke-opacity:.22}.city{fill:#1d4ed8;stroke:#fff;stroke-width:.6}text{font:11px sans-serif;fill:#111827}';
    copy.prepend(style);
    return new XMLSerializer().serializeToString(copy);
  }
}

/** The corners of the cities' extent (5th to 95th percentile, so a far-away partner does not shrink Europe). */
function extentOf(cities) {
  if (cities.length === 0) return [[-10, 35], [30, 60]];
  const lons = cities.map((c) => c.lon).sort((a, b) => a - b);
  const lats = cities.map((c) => c.lat).sort((a, b) => a - b);
  const at = (list, q) => list[Math.min(list.length - 1, Math.max(0, Math.round(q * (list.length - 1))))];
  const lo = cities.length > 20 ? 0.03 : 0;
  const hi = cities.length > 20 ? 0.97 : 1;
  const west = at(lons, lo) - 1;
  const east = at(lons, hi) + 1;
  const south = at(lats, lo) - 1;
  const north = at(lats, hi) + 1;
  return [[west, south], [east, north], [west, north], [east, south]];
}
