import Sigma from 'sigma4';
import { run } from './bench.js';

run((graph, container, nodeReducer, edgeReducer) => new Sigma(graph, container, { nodeReducer, edgeReducer }));
