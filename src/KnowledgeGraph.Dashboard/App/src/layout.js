// Positions: cities start at their coordinates (longitude, latitude stretched like a map), every other node at the
// mean of its placed neighbours; ForceAtlas2 then runs for a moment in a web worker. The result is cached per
// filter so that going back to a view shows the same picture at once.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';

const cache = new Map();

/** Seeded pseudo-random numbers: the same graph starts from the same positions. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** Places every node; returns true when the positions came from the cache. */
export function placeNodes(graph, cacheKey) {
  const cached = cache.get(cacheKey);
  if (cached && graph.everyNode((node) => cached.has(node))) {
    graph.forEachNode((node) => graph.mergeNodeAttributes(node, cached.get(node)));
    return true;
  }
  const next = random(graph.order * 7919 + graph.size);
  const placed = new Set();
  graph.forEachNode((node, a) => {
    if (typeof a.lat === 'number') {
      graph.mergeNodeAttributes(node, { x: a.lon, y: a.lat * 1.4 });
      placed.add(node);
    }
  });
  for (let round = 0; round < 3; round += 1) {
    graph.forEachNode((node) => {
      if (placed.has(node)) return;
      let x = 0;
      let y = 0;
      let n = 0;
      graph.forEachNeighbor(node, (neighbor) => {
        if (!placed.has(neighbor)) return;
        const a = graph.getNodeAttributes(neighbor);
        x += a.x;
        y += a.y;
        n += 1;
      });
      if (n > 0) {
        graph.mergeNodeAttributes(node, { x: x / n + (next() - 0.5) * 2, y: y / n + (next() - 0.5) * 2 });
        placed.add(node);
      }
    });
  }
  graph.forEachNode((node) => {
    if (!placed.has(node)) graph.mergeNodeAttributes(node, { x: (next() - 0.5) * 60, y: 60 + (next() - 0.5) * 40 });
  });
  clampOutliers(graph);
  return false;
}

/**
 * Pulls the few far-away nodes (a partner in Nuuk or Sydney) to the edge of the bulk, so that the camera's frame
 * (fitted to every node) shows the bulk large: positions beyond the 2nd-98th percentile range, widened by a
 * quarter, are clamped to it.
 */
function clampOutliers(graph) {
  if (graph.order < 50) return;
  const xs = [];
  const ys = [];
  graph.forEachNode((node, a) => {
    xs.push(a.x);
    ys.push(a.y);
  });
  const bounds = (values) => {
    values.sort((p, q) => p - q);
    const lo = values[Math.floor(values.length * 0.02)];
    const hi = values[Math.floor(values.length * 0.98)];
    const pad = (hi - lo) * 0.25;
    return [lo - pad, hi + pad];
  };
  const [x0, x1] = bounds(xs);
  const [y0, y1] = bounds(ys);
  graph.forEachNode((node, a) => {
    const x = Math.min(x1, Math.max(x0, a.x));
    const y = Math.min(y1, Math.max(y0, a.y));
    if (x !== a.x || y !== a.y) graph.mergeNodeAttributes(node, { x, y });
  });
}

/** Runs ForceAtlas2 in a worker for at most `ms` milliseconds, then caches the positions. Returns a stop function. */
export function runLayout(graph, cacheKey, ms, onDone) {
  if (graph.order < 2) {
    onDone?.();
    return () => {};
  }
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 800, adjustSizes: false, slowDown: 4 };
  const layout = new FA2Layout(graph, { settings });
  layout.start();
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    layout.stop();
    layout.kill();
    clampOutliers(graph);
    const positions = new Map();
    graph.forEachNode((node, a) => positions.set(node, { x: a.x, y: a.y }));
    cache.set(cacheKey, positions);
    onDone?.();
  };
  setTimeout(stop, ms);
  return stop;
}
