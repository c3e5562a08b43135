// One measurement: a seeded random graph (5,000 nodes, 20,000 edges, clustered like the partnership graph) drawn by
// the given sigma, then 40 frames panning and 40 frames hovering (a neighbourhood lit through the reducers).
// The result goes to window.benchResult.
import Graph from 'graphology';

function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

export function makeGraph(nodes = 5000, edges = 20000) {
  const next = random(42);
  const graph = new Graph({ multi: false, type: 'undirected' });
  const colors = ['#1d4ed8', '#dc2626', '#7c3aed', '#b45309', '#15803d', '#be185d'];
  for (let i = 0; i < nodes; i += 1) {
    const cluster = i % 40;
    const cx = Math.cos(cluster) * 50;
    const cy = Math.sin(cluster * 1.7) * 50;
    graph.addNode(`n${i}`, { x: cx + (next() - 0.5) * 30, y: cy + (next() - 0.5) * 30, size: 2 + next() * 6, color: colors[i % colors.length], label: `Node ${i}` });
  }
  while (graph.size < edges) {
    const a = Math.floor(next() * nodes);
    const b = next() < 0.8 ? (a + 40 * Math.floor(next() * 20)) % nodes : Math.floor(next() * nodes);
    if (a !== b && !graph.hasEdge(`n${a}`, `n${b}`)) graph.addEdge(`n${a}`, `n${b}`, { size: 1, color: '#b6bcc6' });
  }
  return graph;
}

export async function run(create) {
  const graph = makeGraph();
  const container = document.getElementById('stage');
  const state = { focus: null, neighbours: null };
  const nodeReducer = (node, data) => (!state.focus || state.neighbours.has(node) ? data : { ...data, color: '#e5e7eb', label: '' });
  const edgeReducer = (edge, data) => {
    if (!state.focus) return data;
    const [s, t] = graph.extremities(edge);
    return s === state.focus || t === state.focus ? data : { ...data, hidden: true };
  };
  const started = performance.now();
  const renderer = create(graph, container, nodeReducer, edgeReducer);
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const firstFrame = performance.now() - started;
  const frames = async (count, step) => {
    const times = [];
    let last = performance.now();
    for (let i = 0; i < count; i += 1) {
      step(i);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const now = performance.now();
      times.push(now - last);
      last = now;
    }
    times.sort((a, b) => a - b);
    return { median: times[Math.floor(times.length / 2)], p95: times[Math.floor(times.length * 0.95)] };
  };
  const camera = renderer.getCamera();
  const start = camera.getState();
  const idle = await frames(30, () => {});
  const pan = await frames(40, (i) => camera.setState({ ...start, x: start.x + Math.sin(i / 10) * 0.2 }));
  const nodes = graph.nodes().slice(0, 40);
  const hover = await frames(nodes.length, (i) => {
    state.focus = nodes[i];
    state.neighbours = new Set([nodes[i], ...graph.neighbors(nodes[i])]);
    renderer.refresh({ skipIndexation: true });
  });
  window.benchResult = { nodes: graph.order, edges: graph.size, firstFrame, idle, pan, hover };
}
