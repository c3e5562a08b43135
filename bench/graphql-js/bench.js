// graphql-js 16 side of the GraphQL engine benchmarks: the same work as
// bench/KnowledgeGraph.Bench/GraphQL/{Parse,Validate,Execute}Benchmarks.cs over the same files in bench/inputs/.
// Usage: node bench.js <folder holding node_modules/graphql> [seconds per measurement, default 3]
// Prints JSON: { version, results: [{ benchmark, input, nsPerOp, opsPerSec, samples }] }.
'use strict';

const fs = require('fs');
const path = require('path');

const prefix = process.argv[2];
if (!prefix) {
  process.stderr.write('usage: node bench.js <graphql-js install folder> [seconds]\n');
  process.exit(2);
}
const seconds = Number(process.argv[3] || 3);
const graphql = require(path.resolve(prefix, 'node_modules', 'graphql'));
const inputs = path.join(__dirname, '..', 'inputs');
// The schema and the introspection query are the test suite's fixtures, read where they live.
const repo = path.join(__dirname, '..', '..');
const fromTests = {
  schema: path.join(repo, 'tests', 'KnowledgeGraph.GraphQL.Tests', 'Differential', 'corpus', 'schema.graphql'),
  introspection: path.join(repo, 'tests', 'KnowledgeGraph.GraphQL.Tests', 'Fixtures', 'introspection-query.graphql'),
};
const read = (name) => fs.readFileSync(fromTests[name] || path.join(inputs, name + '.graphql'), 'utf8');

const schema = graphql.buildSchema(read('schema'));
graphql.assertValidSchema(schema);

// Runs fn in batches until `budgetMs` elapsed; returns per-batch ns/op samples.
function sample(fn, budgetMs) {
  // Size a batch to take roughly 50 ms so that timer resolution does not matter.
  let batch = 1;
  for (;;) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) fn();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (ms >= 50 || batch >= 1 << 24) break;
    batch *= 2;
  }
  const samples = [];
  const end = Date.now() + budgetMs;
  while (Date.now() < end || samples.length < 5) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) fn();
    samples.push(Number(process.hrtime.bigint() - t0) / batch);
  }
  return samples;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const results = [];
for (const input of ['introspection', 'typical', 'large']) {
  const text = read(input);
  const errors = graphql.validate(schema, graphql.parse(text));
  if (errors.length > 0) throw new Error(`${input} is not valid: ${errors[0].message}`);

  const work = {
    Parse: () => graphql.parse(text),
    ParseAndValidate: () => graphql.validate(schema, graphql.parse(text)),
  };
  for (const [benchmark, fn] of Object.entries(work)) {
    sample(fn, seconds * 1000 / 3); // warm-up: let the JIT settle
    const samples = sample(fn, seconds * 1000);
    const ns = median(samples);
    results.push({ benchmark, input, nsPerOp: ns, opsPerSec: 1e9 / ns, samples: samples.length });
    process.stderr.write(`${benchmark} ${input}: ${(ns / 1000).toFixed(1)} us/op\n`);
  }
}
// Execution of an already parsed (and validated) document with the default field resolvers and a type resolver
// reading __typename: the introspection query (no root value) and nested.graphql over data.json.
const data = JSON.parse(fs.readFileSync(path.join(inputs, 'data.json'), 'utf8'));
const typeResolver = (value) => value.__typename;
for (const input of ['introspection', 'nested']) {
  const document = graphql.parse(read(input));
  const errors = graphql.validate(schema, document);
  if (errors.length > 0) throw new Error(`${input} is not valid: ${errors[0].message}`);
  const args = { schema, document, rootValue: input === 'nested' ? data : undefined, typeResolver };
  const once = graphql.execute(args);
  if (once.errors || !once.data) throw new Error(`${input} failed: ${JSON.stringify(once.errors)}`);

  const work = {
    Execute: () => graphql.execute(args),
    ExecuteAndSerialize: () => JSON.stringify(graphql.execute(args)).length,
  };
  for (const [benchmark, fn] of Object.entries(work)) {
    sample(fn, seconds * 1000 / 3);
    const samples = sample(fn, seconds * 1000);
    const ns = median(samples);
    results.push({ benchmark, input, nsPerOp: ns, opsPerSec: 1e9 / ns, samples: samples.length });
    process.stderr.write(`${benchmark} ${input}: ${(ns / 1000).toFixed(1)} us/op\n`);
  }
}

process.stdout.write(JSON.stringify({ version: graphql.version, node: process.version, results }, null, 2) + '\n');
