#!/usr/bin/env bash
# GraphQL over HTTP throughput: our endpoint (MapGraphQL, small query schema) against a bare ASP.NET Core
# endpoint returning the same JSON bytes, both Release on 127.0.0.1, measured with wrk (POST body in post.lua).
# Both servers run side by side; after a warm-up of each, measurements alternate (graphql, bare, graphql, ...)
# and the best round of each counts, which evens out noise from other work on the machine.
# Usage: bench/http/run-http.sh     env: DURATION (10s) WARMUP (10s) ROUNDS (2) THREADS (1) CONNECTIONS (32)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="$root/.cache/bench-http-build"
duration="${DURATION:-10s}"
warmup="${WARMUP:-10s}"
rounds="${ROUNDS:-2}"
threads="${THREADS:-1}"
connections="${CONNECTIONS:-32}"

if ! command -v wrk >/dev/null; then
  echo "== installing wrk" >&2
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi

echo "== building bench/KnowledgeGraph.Bench.Http (Release)" >&2
dotnet build -c Release "$root/bench/KnowledgeGraph.Bench.Http" --artifacts-path "$build" -v q -nologo >&2
dll="$build/bin/KnowledgeGraph.Bench.Http/release/KnowledgeGraph.Bench.Http.dll"

body='{"query":"query Person($id: Int!) { person(id: $id) { id name email friends { id name } } }","operationName":"Person","variables":{"id":7}}'
declare -A port=([graphql]=5088 [bare]=5089)
declare -A pid
cleanup() { for p in "${pid[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

expected="$(dotnet "$dll" print)"
for mode in graphql bare; do
  DOTNET_gcServer=1 dotnet "$dll" "$mode" "${port[$mode]}" >/dev/null &
  pid[$mode]=$!
done
for mode in graphql bare; do
  url="http://127.0.0.1:${port[$mode]}/graphql"
  for _ in $(seq 1 100); do
    curl -s -o /dev/null "$url" -X POST -H 'Content-Type: application/json' -d "$body" && break
    sleep 0.1
  done
  response="$(curl -s "$url" -X POST -H 'Content-Type: application/json' -H 'Accept: application/json' -d "$body")"
  if [[ "$response" != "$expected" ]]; then
    echo "error: $mode answered $response, expected $expected" >&2
    exit 1
  fi
  echo "== warming up $mode ($warmup)" >&2
  wrk -t"$threads" -c"$connections" -d"$warmup" -s "$here/post.lua" "$url" >/dev/null
done

declare -A best=([graphql]=0 [bare]=0)
declare -A p50 p99
for round in $(seq 1 "$rounds"); do
  for mode in graphql bare; do
    out="$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$here/post.lua" "http://127.0.0.1:${port[$mode]}/graphql")"
    rps="$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")"
    echo "== round $round $mode: $rps requests/s" >&2
    if awk -v a="$rps" -v b="${best[$mode]}" 'BEGIN { exit !(a > b) }'; then
      best[$mode]="$rps"
      p50[$mode]="$(awk '$1 == "50%" {print $2}' <<<"$out")"
      p99[$mode]="$(awk '$1 == "99%" {print $2}' <<<"$out")"
    fi
  done
done

ratio="$(awk -v a="${best[graphql]}" -v b="${best[bare]}" 'BEGIN { printf "%.2f", a / b }')"
echo
echo "wrk -t$threads -c$connections -d$duration, best of $rounds rounds; $(nproc) cores; .NET $(dotnet --version); load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-8s %12s %10s %10s\n' mode "requests/s" "p50" "p99"
for mode in graphql bare; do
  printf '%-8s %12s %10s %10s\n' "$mode" "${best[$mode]}" "${p50[$mode]}" "${p99[$mode]}"
done
echo "ratio graphql/bare: $ratio (target >= 0.70)"
