#!/usr/bin/env bash
# GraphQL engine benchmarks: ours (BenchmarkDotNet, Release) against graphql-js 16 (bench.js) on the same inputs
# (bench/inputs/): parse, parse + validate, execute (+ serialise); then a table of speed-ups. Needs dotnet and node/npm.
# Usage: bench/run-graphql.sh [--quick]    (--quick: 1 s per graphql-js measurement instead of 3)
# env: JOB=short|medium|default (BenchmarkDotNet job, default medium), FILTER (BenchmarkDotNet filter, default all three)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cache="$root/.cache"
out="$cache/bench-graphql"
seconds=3
[[ "${1:-}" == "--quick" ]] && seconds=1
mkdir -p "$out"

if [[ ! -f "$cache/npm-graphql/node_modules/graphql/package.json" ]]; then
  npm install --prefix "$cache/npm-graphql" --no-audit --no-fund graphql@16 >/dev/null
fi

echo "== graphql-js ($seconds s per measurement)" >&2
node "$root/bench/graphql-js/bench.js" "$cache/npm-graphql" "$seconds" > "$out/graphql-js.json"

job="${JOB:-medium}"
read -r -a filter <<< "${FILTER:-*ParseBenchmarks* *ValidateBenchmarks* *ExecuteBenchmarks*}"
echo "== ours (BenchmarkDotNet, $job job)" >&2
rm -rf "$out/bdn"
(cd "$root" && dotnet run -c Release --project bench/KnowledgeGraph.Bench --artifacts-path "$cache/bench-build" -- \
  --filter "${filter[@]}" --job "$job" --exporters json --artifacts "$out/bdn") >&2

node "$root/bench/graphql-js/compare.js" "$out/bdn/results" "$out/graphql-js.json"
