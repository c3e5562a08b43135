// Bundles the two pages' scripts (sigma v3 and v4 over the same bench.js) into dist/.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
await build({
  absWorkingDir: here,
  entryPoints: { v3: 'src/v3.js', v4: 'src/v4.js' },
  outdir: 'dist',
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2020'],
  logLevel: 'warning',
});
