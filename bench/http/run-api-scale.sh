#!/usr/bin/env bash
# HTTP throughput of the real API (src/KnowledgeGraph.Api, Release) over a generated store (bench/KnowledgeGraph.Bench
# ApiScale: generated and cached on first use), measured with wrk for a few requests of the API-at-scale benchmark.
# Usage: bench/http/run-api-scale.sh
#   env: SCALE (small) REQUESTS ("q6-search nested-3-levels q5-programme") DURATION (10s) WARMUP (5s)
#        THREADS (1) CONNECTIONS (8) PORT (5097)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
scale="${SCALE:-small}"
requests="${REQUESTS:-q6-search nested-3-levels q5-programme}"
duration="${DURATION:-10s}"
warmup="${WARMUP:-5s}"
threads="${THREADS:-1}"
connections="${CONNECTIONS:-8}"
port="${PORT:-5097}"
build="$root/.cache/api-scale-build"

if ! command -v wrk >/dev/null; then
  echo "== installing wrk" >&2
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi

echo "== building the API and kg-bench (Release)" >&2
dotnet build -c Release "$root/src/KnowledgeGraph.Api" --artifacts-path "$build" -v q -nologo >&2
dotnet build -c Release "$root/bench/KnowledgeGraph.Bench" --artifacts-path "$build" -v q -nologo >&2
bench="$build/bin/KnowledgeGraph.Bench/release/KnowledgeGraph.Bench.dll"
api="$build/bin/KnowledgeGraph.Api/release/KnowledgeGraph.Api.dll"

bodies="$(dotnet "$bench" api-requests --scale "$scale")"
store="$(dotnet "$bench" generate --scale "$scale" | tail -n 1)"

Store__Path="$store" DOTNET_gcServer=1 dotnet "$api" --urls "http://127.0.0.1:$port" >/dev/null &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/health" && break
  sleep 0.2
done

echo
echo "scale $scale, store $store"
echo "wrk -t$threads -c$connections -d$duration (after a $warmup warm-up); $(nproc) cores; .NET $(dotnet --version)"
printf '%-18s %12s %10s %10s %s\n' request "requests/s" "p50" "p99" "load average"
for name in $requests; do
  body="$(awk -F'\t' -v n="$name" '$1 == n {print $2}' <<<"$bodies")"
  if [[ -z "$body" ]]; then
    echo "error: no request named $name" >&2
    exit 1
  fi
  response="$(curl -s "http://127.0.0.1:$port/graphql" -X POST -H 'Content-Type: application/json' -H 'Accept: application/json' -d "$body")"
  if [[ "$response" != '{"data":'* ]]; then
    echo "error: $name answered ${response:0:300}" >&2
    exit 1
  fi
  BODY="$body" wrk -t"$threads" -c"$connections" -d"$warmup" -s "$here/body.lua" "http://127.0.0.1:$port/graphql" >/dev/null
  out="$(BODY="$body" wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$here/body.lua" "http://127.0.0.1:$port/graphql")"
  printf '%-18s %12s %10s %10s %s\n' "$name" "$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")" \
    "$(awk '$1 == "50%" {print $2}' <<<"$out")" "$(awk '$1 == "99%" {print $2}' <<<"$out")" "$(cut -d' ' -f1-3 /proc/loadavg)"
done
