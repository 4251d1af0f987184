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

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
duration="${DURATION:-10s}"
unique_duration="${UNIQUE_DURATION:-20s}"
connections="${CONNECTIONS:-32}"
threads="${THREADS:-2}"
port="${PORT:-5088}"
base="http://127.0.0.1:${port}"

command -v wrk >/dev/null || { echo "wrk is not installed (sudo apt-get install -y wrk)" >&2; exit 2; }

out="$(mktemp -d)"
dotnet publish "$root/src/Apatorsen.Api/Apatorsen.Api.csproj" -c Release -o "$out/app" --nologo -v quiet >/dev/null

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

# The embedded backend (no Neo4j:Uri), Production, with nothing overridden: what a deployment gets. Started from
# its own directory, the content root, where it finds appsettings.json (as in the Docker image).
(cd "$out/app" && Neo4j__Uri= ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$base" \
  exec dotnet Apatorsen.Api.dll >"$out/api.log" 2>&1) &
api_pid=$!
trap 'kill "$api_pid" 2>/dev/null || true; wait "$api_pid" 2>/dev/null || true; rm -rf "$out"' EXIT

for _ in $(seq 1 100); do
  curl -fsS "$base/health/ready" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -fsS "$base/health/ready" >/dev/null || { echo "the API did not become ready:" >&2; cat "$out/api.log" >&2; exit 1; }

rss() { awk '/^VmRSS/ { printf "%.0f MB", $2 / 1024 }' "/proc/$api_pid/status"; }

endpoints=(
  "/health/live"
  "/api/search?q=hsp"
  "/api/drugs/apatorsen:apatorsen/mechanism"
  "/api/paths?from=apatorsen:apatorsen&to=GO:0006915"
)

echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(dotnet --version) SDK, $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "wrk -t${threads} -c${connections} -d${duration} --latency"
printf '%-52s %12s %10s %10s\n' endpoint "requests/s" "p50" "p99"
for path in "${endpoints[@]}"; do
  # Warm up the JIT and caches for this route first.
  wrk -t"$threads" -c"$connections" -d2s "$base$path" >/dev/null
  report="$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$base$path")"
  rps="$(awk '/^Requests\/sec/ {print $2}' <<<"$report")"
  p50="$(awk '$1 == "50%" {print $2}' <<<"$report")"
  p99="$(awk '$1 == "99%" {print $2}' <<<"$report")"
  errors="$(awk '/Non-2xx|Socket errors/' <<<"$report")"
  printf '%-52s %12s %10s %10s\n' "$path" "$rps" "$p50" "$p99"
  [[ -z "$errors" ]] || echo "  $errors"
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
