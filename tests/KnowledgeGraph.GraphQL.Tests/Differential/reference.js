// Reference oracle for the differential tests: runs graphql-js (installed by the test fixture) over a batch.
// Usage: node reference.js <folder holding node_modules/graphql>  < batch.json  > results.json
// Input:  [{ "schema": "<SDL>", "query": "<document>" }, ...]
// Output: one entry per input, in order:
//   { "kind": "syntax", "errors": [{ message, locations }] }   when parse() throws
//   { "kind": "validation", "errors": [...] }                   otherwise (empty array when valid)
//   { "kind": "schema", "errors": [...] }                       when the schema cannot be built
'use strict';

const path = require('path');

const prefix = process.argv[2];
if (!prefix) {
  process.stderr.write('usage: node reference.js <install folder>\n');
  process.exit(2);
}
const graphql = require(path.resolve(prefix, 'node_modules', 'graphql'));

function describe(error) {
  return {
    message: error.message,
    locations: (error.locations || []).map((l) => ({ line: l.line, column: l.column })),
  };
}

function readAll(stream) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    stream.on('error', reject);
  });
}

async function main() {
  const batch = JSON.parse(await readAll(process.stdin));
  const schemas = new Map(); // schemas are usually shared by many cases: build each once
  const results = batch.map((item) => {
    let schema = schemas.get(item.schema);
    if (schema === undefined) {
      try {
        schema = graphql.buildSchema(item.schema);
        const problems = graphql.validateSchema(schema);
        if (problems.length > 0) {
          schema = { problems };
        }
      } catch (e) {
        schema = { problems: [e] };
      }
      schemas.set(item.schema, schema);
    }
    if (schema.problems) {
      return { kind: 'schema', errors: schema.problems.map(describe) };
    }

    let document;
    try {
      document = graphql.parse(item.query);
    } catch (e) {
      return { kind: 'syntax', errors: [describe(e)] };
    }
    return { kind: 'validation', errors: graphql.validate(schema, document).map(describe) };
  });
  process.stdout.write(JSON.stringify({ version: graphql.version, results }));
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + '\n');
  process.exit(1);
});
