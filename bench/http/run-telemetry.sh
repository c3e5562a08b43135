#!/usr/bin/env bash
# The cost of telemetry (issue 19): the real API (src/KnowledgeGraph.Api, Release) twice, side by side on copies of the
# same seed store: "off" as configured by default (nothing registered), "on" with traces, metrics and logs exported
# over OTLP/HTTP to a local sink (bench/http/otlp-sink.py) and the Prometheus endpoint on a management port, scraped
# every second during the runs. After a warm-up of each, the measurements alternate (off, on, off, on, ...) and the
# best round of each counts. The target: on >= 0.90 of off.
# Usage: bench/http/run-telemetry.sh
#   env: DURATION (10s) WARMUP (5s) ROUNDS (3) THREADS (1) CONNECTIONS (8) REQUESTS ("typical nested")
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
duration="${DURATION:-10s}"
warmup="${WARMUP:-5s}"
rounds="${ROUNDS:-3}"
threads="${THREADS:-1}"
connections="${CONNECTIONS:-8}"
requests="${REQUESTS:-typical nested}"
build="$root/.cache/telemetry-build"
work="$(mktemp -d)"
declare -A port=([off]=5181 [on]=5182)
management=5183
sink=5184

declare -A body
body[typical]='{"query":"query City($name: String!) { cityByName(name: $name) { id name countryCode events(first: 3) { totalCount nodes { name startDate } } } }","operationName":"City","variables":{"name":"Barcelona"}}'
body[nested]='{"query":"query Projects { projects(first: 20) { totalCount nodes { name partners(first: 5) { nodes { name } } } } countries(first: 5) { nodes { name } } }","operationName":"Projects"}'

if ! command -v wrk >/dev/null; then
  echo "== installing wrk" >&2
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi

echo "== building the API (Release)" >&2
dotnet build -c Release "$root/src/KnowledgeGraph.Api" --artifacts-path "$build" -v q -nologo >&2
api="$build/bin/KnowledgeGraph.Api/release/KnowledgeGraph.Api.dll"

declare -a pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

python3 "$here/otlp-sink.py" "$sink" &
pids+=($!)

# Both servers log their request line as in production, to /dev/null.
Store__Path="$work/off.db" Seed__Path="$root/graph-seed" DOTNET_gcServer=1 \
  dotnet "$api" --urls "http://127.0.0.1:${port[off]}" >/dev/null 2>&1 &
pids+=($!)
Store__Path="$work/on.db" Seed__Path="$root/graph-seed" DOTNET_gcServer=1 \
  OTEL_EXPORTER_OTLP_ENDPOINT="http://127.0.0.1:$sink" OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf \
  Api__ManagementPort="$management" Telemetry__Prometheus=true \
  dotnet "$api" --urls "http://127.0.0.1:${port[on]};http://127.0.0.1:$management" >/dev/null 2>&1 &
pids+=($!)
for mode in off on; do
  for _ in $(seq 1 300); do
    curl -sf -o /dev/null "http://127.0.0.1:${port[$mode]}/health/ready" && break
    sleep 0.2
  done
done
curl -sf "http://127.0.0.1:$management/metrics" | grep -q '^graphql_' || echo "note: no graphql_ metric scraped yet" >&2

# A Prometheus-like scraper: every second, for the whole run.
( while true; do curl -s -o /dev/null "http://127.0.0.1:$management/metrics"; sleep 1; done ) &
pids+=($!)

echo
echo "wrk -t$threads -c$connections -d$duration after a $warmup warm-up, best of $rounds rounds; $(nproc) cores; .NET $(dotnet --version)"
printf '%-9s %-4s %12s %10s %10s\n' request mode "requests/s" p50 p99
for name in $requests; do
  b="${body[$name]}"
  for mode in off on; do
    url="http://127.0.0.1:${port[$mode]}/graphql"
    response="$(curl -s "$url" -X POST -H 'Content-Type: application/json' -d "$b")"
    if [[ "$response" != '{"data":'* || "$response" == *'"errors"'* ]]; then
      echo "error: $name on $mode answered ${response:0:300}" >&2
      exit 1
    fi
    BODY="$b" wrk -t"$threads" -c"$connections" -d"$warmup" -s "$here/body.lua" "$url" >/dev/null
  done
  declare -A best=([off]=0 [on]=0) p50=() p99=()
  for round in $(seq 1 "$rounds"); do
    for mode in off on; do
      out="$(BODY="$b" wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$here/body.lua" "http://127.0.0.1:${port[$mode]}/graphql")"
      rps="$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")"
      echo "== $name round $round $mode: $rps requests/s (load $(cut -d' ' -f1 /proc/loadavg))" >&2
      if awk -v a="$rps" -v b="${best[$mode]}" 'BEGIN { exit !(a > b) }'; then
        best[$mode]="$rps"
        p50[$mode]="$(awk '$1 == "50%" {print $2}' <<<"$out")"
        p99[$mode]="$(awk '$1 == "99%" {print $2}' <<<"$out")"
      fi
    done
  done
  for mode in off on; do
    printf '%-9s %-4s %12s %10s %10s\n' "$name" "$mode" "${best[$mode]}" "${p50[$mode]}" "${p99[$mode]}"
  done
  echo "$name: on/off $(awk -v a="${best[on]}" -v b="${best[off]}" 'BEGIN { printf "%.3f", a / b }') (target >= 0.90)"
  unset best p50 p99
done
spans="$(curl -s "http://127.0.0.1:$management/metrics" | awk '/^graphql_server_request_duration_seconds_count/ {s += $NF} END {print s + 0}')"
echo "the 'on' server counted $spans GraphQL requests in its metrics; load average $(cut -d' ' -f1-3 /proc/loadavg)"
