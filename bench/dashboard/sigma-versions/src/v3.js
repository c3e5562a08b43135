import Sigma from 'sigma3';
import { run } from './bench.js';

run((graph, container, nodeReducer, edgeReducer) => new Sigma(graph, container, { nodeReducer, edgeReducer, labelRenderedSizeThreshold: 7 }));
