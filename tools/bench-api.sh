#!/usr/bin/env bash
# Load test of the API on the embedded graph, with the shipped settings (appsettings.json's log levels, the response
# cache): starts a Release build on a free port, runs wrk with 32 connections against a health probe and three graph
# endpoints, prints requests/s and latency per endpoint, then sends unique queries for a while and prints the
# resident memory before and after (the response cache must stay within its limit), and stops the API.
#   tools/bench-api.sh                       (10 s per endpoint)
#   DURATION=30s CONNECTIONS=64 tools/bench-api.sh
#   MAX_LOAD=0.5 tools/bench-api.sh          (first wait, up to WAIT_SECONDS=1800, for a 1-minute load average below it)
# Needs wrk (apt-get install wrk). Not a test: numbers depend on the machine; docs/benchmarks-api.md records a run.
set -euo pipefail
# shellcheck source=tools/bench-lib.sh
source "$(dirname "$0")/bench-lib.sh"
duration="${DURATION:-10s}"
unique_duration="${UNIQUE_DURATION:-20s}"
connections="${CONNECTIONS:-32}"
threads="${THREADS:-2}"
port="${PORT:-5088}"
base="http://127.0.0.1:${port}"

bench_need_wrk
out="$(mktemp -d)"
bench_publish_api "$out"

load() { cut -d' ' -f1 /proc/loadavg; }
if [[ -n "${MAX_LOAD:-}" ]]; then
  waited=0
  until awk -v l="$(load)" -v m="$MAX_LOAD" 'BEGIN { exit !(l < m) }'; do
    if (( waited >= ${WAIT_SECONDS:-1800} )); then
      echo "the 1-minute load average stayed at or above $MAX_LOAD for ${waited} s (now $(load)); not measuring" >&2
      rm -rf "$out"
      exit 3
    fi
    sleep 15
    waited=$((waited + 15))
  done
fi

# The embedded backend, Production, with nothing overridden: what a deployment gets.
bench_start_api "$out" "$base" ASPNETCORE_ENVIRONMENT=Production

rss() { awk '/^VmRSS/ { printf "%.0f MB", $2 / 1024 }' "/proc/$api_pid/status"; }

endpoints=(
  "/health/live"
  "/api/search?q=hsp"
  "/api/drugs/DRUGBANK:DB06094/mechanism"
  "/api/paths?from=DRUGBANK:DB06094&to=GO:0006915"
)

bench_machine
echo "wrk -t${threads} -c${connections} -d${duration} --latency"
printf '%-52s %12s %10s %10s\n' endpoint "requests/s" "p50" "p99"
for path in "${endpoints[@]}"; do
  read -r rps p50 p99 _ <<<"$(bench_wrk "$connections" "" "$base$path")"
  printf '%-52s %12s %10s %10s\n' "$path" "$rps" "$p50" "$p99"
done

# Every request a new query string (and a made-up parameter): the response cache must not grow with them.
cat >"$out/unique.lua" <<'LUA'
local counter = 0
local threads = 0
function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end
function request()
  counter = counter + 1
  return wrk.format("GET", "/api/search?q=hsp" .. id .. "x" .. counter .. "&made-up=" .. counter)
end
LUA
before="$(rss)"
report="$(wrk -t"$threads" -c"$connections" -d"$unique_duration" -s "$out/unique.lua" "$base")"
printf '%-52s %12s   resident %s -> %s\n' "unique /api/search queries, ${unique_duration}" \
  "$(awk '/^Requests\/sec/ {print $2}' <<<"$report")" "$before" "$(rss)"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "log lines written: $(wc -l <"$out/api.log")"
