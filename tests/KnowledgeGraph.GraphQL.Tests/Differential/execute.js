// Execution oracle for the differential execution tests: runs graphql-js (installed by the test fixture).
// Usage: node execute.js <folder holding node_modules/graphql>  < input.json  > output.json
// Input:  { "schema": "<SDL>", "data": <root JSON>, "cases": [{ "query", "variables", "operationName" }],
//           "introspectionQuery": "<document>", "ours": { "introspection": <our __schema result>, "printed": "<our SDL>" } }
// Output: { "version", "results": [<execution result per case>], "introspection": <reference result>,
//           "clientSchemaErrors": [...], "printedFromOurs": "<SDL>", "printedReference": "<SDL>" }
// Abstract types resolve through the "__typename" entry of the JSON objects (graphql-js's default type resolver).
'use strict';

const path = require('path');

const prefix = process.argv[2];
if (!prefix) {
  process.stderr.write('usage: node execute.js <install folder>\n');
  process.exit(2);
}
const graphql = require(path.resolve(prefix, 'node_modules', 'graphql'));

function readAll(stream) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    stream.on('error', reject);
  });
}

function plain(result) {
  // Drop graphql-js internals (error objects) by a JSON round trip of the spec shape.
  return JSON.parse(JSON.stringify(result));
}

async function main() {
  const input = JSON.parse(await readAll(process.stdin));
  const schema = graphql.buildSchema(input.schema);
  const results = [];
  for (const c of input.cases) {
    const result = await graphql.graphql({
      schema,
      source: c.query,
      rootValue: input.data,
      variableValues: c.variables || undefined,
      operationName: c.operationName || undefined,
    });
    results.push(plain(result));
  }

  const output = { version: graphql.version, results };
  if (input.introspectionQuery) {
    output.introspection = plain(await graphql.graphql({ schema, source: input.introspectionQuery }));
    output.printedReference = graphql.printSchema(schema);
  }

  if (input.ours) {
    try {
      const client = graphql.buildClientSchema(input.ours.introspection);
      output.clientSchemaErrors = graphql.validateSchema(client).map((e) => e.message);
      output.printedFromOurs = graphql.printSchema(client);
    } catch (e) {
      output.clientSchemaErrors = [String(e && e.message ? e.message : e)];
    }
  }

  process.stdout.write(JSON.stringify(output));
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + '\n');
  process.exit(1);
});
