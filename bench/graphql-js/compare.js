// Prints the GraphQL benchmark table: BenchmarkDotNet JSON reports (ours) against bench.js output (graphql-js).
// Usage: node compare.js <BenchmarkDotNet results folder> <graphql-js.json>
'use strict';

const fs = require('fs');
const path = require('path');

const [bdnFolder, jsFile] = process.argv.slice(2);
const ours = new Map();
for (const file of fs.readdirSync(bdnFolder).filter((f) => f.endsWith('.json'))) {
  const report = JSON.parse(fs.readFileSync(path.join(bdnFolder, file), 'utf8'));
  for (const b of report.Benchmarks || []) {
    const input = /Input=([^,&]+)/.exec(b.Parameters || '')?.[1];
    if (!input || !b.Statistics) continue;
    ours.set(`${b.Method}/${input}`, {
      ns: b.Statistics.Median,
      bytes: b.Memory ? b.Memory.BytesAllocatedPerOperation : undefined,
    });
  }
}
const js = JSON.parse(fs.readFileSync(jsFile, 'utf8'));

const us = (ns) => (ns / 1000).toFixed(ns < 10000 ? 2 : 1);
const kb = (bytes) => (bytes === undefined ? 'n/a' : (bytes / 1024).toFixed(1) + ' KB');
const rows = [['Benchmark', 'Input', 'ours (us/op)', `graphql-js ${js.version} (us/op)`, 'speed-up', 'ours alloc/op']];
for (const r of js.results) {
  const o = ours.get(`${r.benchmark}/${r.input}`);
  rows.push([
    r.benchmark,
    r.input,
    o ? us(o.ns) : 'missing',
    us(r.nsPerOp),
    o ? (r.nsPerOp / o.ns).toFixed(1) + 'x' : 'n/a',
    o ? kb(o.bytes) : 'n/a',
  ]);
}
const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
const line = (row) => '| ' + row.map((cell, c) => cell.padEnd(widths[c])).join(' | ') + ' |';
console.log(line(rows[0]));
console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
for (const row of rows.slice(1)) console.log(line(row));
