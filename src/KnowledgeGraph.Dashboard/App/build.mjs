// Bundles src/main.js (the dashboard, sigma, graphology, d3-geo and the world atlas) into dist/dashboard.js and
// src/styles/dashboard.css into dist/dashboard.css: one pair of minified files, no chunks, no source maps, nothing
// loaded from elsewhere at run time. Run by `npm run build`, which the .csproj calls through ensure-bundle.mjs.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));

await build({
  absWorkingDir: here,
  entryPoints: { dashboard: 'src/main.js' },
  outdir: 'dist',
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2020'],
  // The world atlas (TopoJSON) is bundled as data.
  loader: { '.json': 'json' },
  legalComments: 'eof',
  sourcemap: false,
  logLevel: 'warning',
});
