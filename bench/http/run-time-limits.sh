#!/usr/bin/env bash
# Time limits under load (issue 20): the real API (Release) over a store, with wrk. ORDINARY connections send an
# ordinary request; in the loaded run SLOW more connections send a request whose statement runs far past the limit
# (the cooperatesWithCount sort on the imported store). Prints, for the ordinary request unloaded and loaded,
# requests/s, p50, p99 and max, and for the slow request how many completed, how many were 503 (the timeout error with
# application/graphql-response+json), and its p50, p99 and max: no request should run much past LIMIT.
# Usage: bench/http/run-time-limits.sh STORE
#   STORE: a store file, e.g. the imported open data:
#     dotnet run --project src/KnowledgeGraph.Seed -- import all ../shared/data --store .cache/imported.db
#   env: API_DLL (default: build src/KnowledgeGraph.Api in Release; set it to measure another build)
#        LIMIT (10s: GraphQL__Timeout) DURATION (30s) WARMUP (5s) ORDINARY (24) SLOW (8) PORT (5098)
#        ORDINARY_QUERY, SLOW_QUERY (GraphQL documents, quotes escaped for JSON)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
store="${1:?usage: $0 STORE}"
limit="${LIMIT:-10}"
duration="${DURATION:-30s}"
warmup="${WARMUP:-5s}"
ordinary="${ORDINARY:-24}"
slow="${SLOW:-8}"
port="${PORT:-5098}"
# The documents go into a JSON string as they are: quotes inside them escaped as \".
ordinary_query='{ cityByName(name: \"Barcelona\") { id name countryCode memberOf(first: 5) { totalCount nodes { name } } } }'
slow_query='{ cities(orderBy: [{cooperatesWithCount: DESC}], first: 5) { nodes { name cooperatesWith { totalCount } } } }'
ordinary_query="${ORDINARY_QUERY:-$ordinary_query}"
slow_query="${SLOW_QUERY:-$slow_query}"
build="$root/.cache/time-limits-build"
url="http://127.0.0.1:$port/graphql"

if ! command -v wrk >/dev/null; then
  echo "== installing wrk" >&2
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi

api="${API_DLL:-}"
if [[ -z "$api" ]]; then
  echo "== building the API (Release)" >&2
  dotnet build -c Release "$root/src/KnowledgeGraph.Api" --artifacts-path "$build" -v q -nologo >&2
  api="$build/bin/KnowledgeGraph.Api/release/KnowledgeGraph.Api.dll"
fi

Store__Path="$store" GraphQL__Timeout="00:00:$(printf '%02d' "$limit")" DOTNET_gcServer=1 dotnet "$api" --urls "http://127.0.0.1:$port" >/dev/null &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/health" && break
  sleep 0.2
done

ordinary_body="{\"query\":\"$ordinary_query\"}"
slow_body="{\"query\":\"$slow_query\"}"
response="$(curl -s "$url" -X POST -H 'Content-Type: application/json' -d "$ordinary_body")"
if [[ "$response" != '{"data":'* ]]; then
  echo "error: the ordinary request answered ${response:0:300}" >&2
  exit 1
fi

# wrk's own timeout is far above the limit, so a request that outlives the limit shows in the latencies.
run() { # connections body accept duration
  BODY="$2" ACCEPT="$3" wrk -t1 -c"$1" -d"$4" --timeout 300s --latency -s "$here/body.lua" "$url"
}
row() { # name wrk-output
  printf '%-16s %9s %9s %9s %9s %9s %9s\n' "$1" "$(awk '/^Requests\/sec:/ {print $2}' <<<"$2")" \
    "$(awk '/requests in/ {print $1}' <<<"$2")" "$(awk '/Non-2xx/ {print $5}' <<<"$2")" \
    "$(awk '$1 == "50%" {print $2}' <<<"$2")" "$(awk '$1 == "99%" {print $2}' <<<"$2")" "$(awk '$1 == "Latency" {print $4}' <<<"$2")"
}

echo "== warming up ($warmup)" >&2
run "$ordinary" "$ordinary_body" application/json "$warmup" >/dev/null
unloaded="$(run "$ordinary" "$ordinary_body" application/json "$duration")"
echo "== unloaded run done; loaded run" >&2
slow_out="$(mktemp)"
# The slow connections start first and run a little longer, so they load the whole ordinary run.
run "$slow" "$slow_body" application/graphql-response+json "$(( ${duration%s} + 2 * limit ))s" >"$slow_out" &
slow_pid=$!
sleep "$limit"
loaded="$(run "$ordinary" "$ordinary_body" application/json "$duration")"
wait "$slow_pid"

echo
echo "store $store; GraphQL:Timeout ${limit}s; wrk -t1 --timeout 300s, $ordinary ordinary connections for $duration" \
  "(loaded: while $slow slow connections run); $(nproc) cores; .NET $(dotnet --version); load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-16s %9s %9s %9s %9s %9s %9s\n' run "req/s" requests non-2xx p50 p99 max
row "ordinary alone" "$unloaded"
row "ordinary loaded" "$loaded"
row "slow" "$(cat "$slow_out")"
rm -f "$slow_out"
