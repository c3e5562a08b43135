// Checks Cypher statements with Neo4j's own Cypher 5 parser and semantic analyser (@neo4j-cypher/language-support),
// given the package's registry of built-in functions and procedures (without it any function name passes).
// Usage: node lint.mjs <install folder>  < [{"query": "...", "parameters": ["rows", ...]}, ...]
// Prints [{"query": ..., "errors": [...], "warnings": [...]}] in input order.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const folder = process.argv[2];
const entry = join(folder, 'node_modules', '@neo4j-cypher', 'language-support', 'dist', 'esm', 'project', 'language-support', 'src', 'index.js');
const { lintCypherQuery, testData } = await import(pathToFileURL(entry).href);
const registry = testData.mockSchema;
if (!registry?.functions?.['CYPHER 5']?.['toLower']) {
  console.error('the package has no registry of built-in functions');
  process.exit(2);
}
const items = JSON.parse(readFileSync(0, 'utf8'));
const results = items.map(({ query, parameters }) => {
  const schema = {
    functions: registry.functions,
    procedures: registry.procedures,
    parameters: Object.fromEntries((parameters ?? []).map((p) => [p, null])),
    defaultLanguage: 'CYPHER 5',
  };
  const { diagnostics } = lintCypherQuery(query, schema);
  return {
    query,
    errors: diagnostics.filter((d) => d.severity === 1).map((d) => d.message),
    warnings: diagnostics.filter((d) => d.severity !== 1).map((d) => d.message),
  };
});
process.stdout.write(JSON.stringify(results));
