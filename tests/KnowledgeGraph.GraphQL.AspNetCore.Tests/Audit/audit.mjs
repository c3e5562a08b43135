// Runs the server audits of the npm package graphql-http against a GraphQL-over-HTTP endpoint and prints
// one JSON array: [{ id, name, status: "ok" | "warn" | "notice" | "error", reason }].
// Usage: node audit.mjs <install prefix holding node_modules/graphql-http> <endpoint url>
import { createRequire } from 'node:module';
import { join } from 'node:path';

const [prefix, url] = process.argv.slice(2);
if (!prefix || !url) {
  console.error('usage: node audit.mjs <prefix> <url>');
  process.exit(2);
}

const require = createRequire(join(prefix, 'package.json'));
const { auditServer } = require('graphql-http');

const results = await auditServer({ url });
const report = results.map((r) => ({
  id: r.id,
  name: r.name,
  status: r.status,
  reason: r.status === 'ok' ? null : String(r.reason ?? ''),
  responseStatus: r.status === 'ok' ? null : r.response?.status ?? null,
}));
process.stdout.write(JSON.stringify(report));
