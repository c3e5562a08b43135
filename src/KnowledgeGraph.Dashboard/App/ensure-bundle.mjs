// Called by KnowledgeGraph.Dashboard.csproj when dist/ is missing or older than its inputs (the same steps as
// GraphiQL's bundle):
// `npm ci` (only when node_modules is missing or older than package-lock.json), then `npm run build`.
// Builds of several projects (or checkouts with different artifact paths) may reach this at the same time,
// so the work runs under a lock folder and is skipped when another build finished it meanwhile.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const at = (...parts) => path.join(here, ...parts);
const lock = at('.bundle.lock');
// Every file under src/ (modules, styles) is an input.
const sources = (dir) =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : [path.join(dir, e.name)]);
const inputs = [at('package.json'), at('package-lock.json'), at('build.mjs'), ...sources(at('src'))];
const outputs = [at('dist', 'dashboard.js'), at('dist', 'dashboard.css')];
const installed = at('node_modules', '.package-lock.json');

const mtime = (file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : -1);
const newestInput = () => Math.max(...inputs.map(mtime));
const upToDate = () => outputs.every((file) => mtime(file) >= newestInput());
const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function acquire() {
  const deadline = Date.now() + 10 * 60 * 1000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      return;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      // A lock older than 10 minutes was left by a build that was killed.
      if (Date.now() - mtime(lock) > 10 * 60 * 1000) {
        fs.rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lock}`);
      sleep(500);
    }
  }
}

function npm(...args) {
  console.log(`Dashboard: npm ${args.join(' ')}`);
  const result = spawnSync('npm', args, { cwd: here, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    throw new Error(`npm ${args.join(' ')} failed (${result.error?.message ?? `exit code ${result.status}`})`);
  }
}

acquire();
try {
  if (upToDate()) {
    console.log('Dashboard: bundle is up to date.');
  } else {
    if (mtime(installed) < mtime(at('package-lock.json'))) {
      npm('ci', '--no-audit', '--no-fund', '--loglevel=error');
    }
    npm('run', 'build', '--silent');
    // esbuild may leave an identical file untouched: the outputs must look newer than the inputs.
    const now = new Date();
    for (const file of outputs) fs.utimesSync(file, now, now);
  }
} catch (e) {
  console.error(`Dashboard: ${e.message}`);
  process.exitCode = 1;
} finally {
  fs.rmSync(lock, { recursive: true, force: true });
}
