#!/usr/bin/env bash
# The dashboard bench: imports ../shared/data into a temp store (unless STORE is given), starts the API on it at
# 127.0.0.1, runs bench/KnowledgeGraph.Bench.Dashboard in headless chromium, and stops the API.
# Usage: bench/dashboard/run-dashboard.sh [rounds]     (STORE=path.db to reuse a store; PORT=5190 by default)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
port=${PORT:-5190}
rounds=${1:-3}
work=$(mktemp -d)
trap 'kill "$api" 2>/dev/null || true; rm -rf "$work"' EXIT
store=${STORE:-$work/imported.db}
if [ ! -f "$store" ]; then
  dotnet run --project "$root/src/KnowledgeGraph.Seed" -c Release -- import all "$root/../shared/data" --store "$store"
fi
dotnet build "$root/src/KnowledgeGraph.Api" -c Release -v q -nologo
dotnet build "$root/bench/KnowledgeGraph.Bench.Dashboard" -c Release -v q -nologo
Store__Path="$store" dotnet run --no-build -c Release --project "$root/src/KnowledgeGraph.Api" -- --urls "http://127.0.0.1:$port" > "$work/api.log" 2>&1 &
api=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/health" > /dev/null && break
  sleep 0.5
done
dotnet run --no-build -c Release --project "$root/bench/KnowledgeGraph.Bench.Dashboard" -- "http://127.0.0.1:$port/" "$rounds"
