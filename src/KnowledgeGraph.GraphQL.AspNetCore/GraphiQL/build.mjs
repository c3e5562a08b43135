// Bundles index.jsx with GraphiQL, React and GraphiQL's stylesheet into dist/graphiql.js + dist/graphiql.css
// (minified, one pair of files, no chunks, no source maps). Run by `npm run build`, which the .csproj calls.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));

await build({
  absWorkingDir: here,
  entryPoints: { graphiql: 'index.jsx' },
  outdir: 'dist',
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2020'],
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  // Fonts and images referenced by the CSS stay inside it as data: URLs.
  loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.png': 'dataurl', '.svg': 'dataurl' },
  legalComments: 'eof',
  sourcemap: false,
  logLevel: 'warning',
});
