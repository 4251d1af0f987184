#!/usr/bin/env bash
# Load test of the API on the embedded graph: starts a Release build on a free port, runs wrk with 32 connections
# against a health probe and three graph endpoints, prints requests/s and p99 latency per endpoint, stops the API.
#   tools/bench-api.sh                 (10 s per endpoint)
#   DURATION=30s CONNECTIONS=64 tools/bench-api.sh
# Needs wrk (apt-get install wrk). Not a test: numbers depend on the machine; docs/benchmarks-api.md records a run.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
duration="${DURATION:-10s}"
connections="${CONNECTIONS:-32}"
threads="${THREADS:-2}"
port="${PORT:-5088}"
base="http://127.0.0.1:${port}"

command -v wrk >/dev/null || { echo "wrk is not installed (sudo apt-get install -y wrk)" >&2; exit 2; }

out="$(mktemp -d)"
dotnet publish "$root/src/Apatorsen.Api/Apatorsen.Api.csproj" -c Release -o "$out/app" --nologo -v quiet >/dev/null

# The embedded backend: no Neo4j:Uri. Logging at Warning so the console does not slow the server down.
Neo4j__Uri= Logging__LogLevel__Default=Warning ASPNETCORE_URLS="$base" \
  dotnet "$out/app/Apatorsen.Api.dll" >"$out/api.log" 2>&1 &
api_pid=$!
trap 'kill "$api_pid" 2>/dev/null || true; wait "$api_pid" 2>/dev/null || true; rm -rf "$out"' EXIT

for _ in $(seq 1 100); do
  curl -fsS "$base/health/ready" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -fsS "$base/health/ready" >/dev/null || { echo "the API did not become ready:" >&2; cat "$out/api.log" >&2; exit 1; }

endpoints=(
  "/health/live"
  "/api/search?q=hsp"
  "/api/drugs/apatorsen:apatorsen/mechanism"
  "/api/paths?from=apatorsen:apatorsen&to=GO:0006915"
)

echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(dotnet --version) SDK"
echo "wrk -t${threads} -c${connections} -d${duration} --latency"
printf '%-48s %12s %10s %10s\n' endpoint "requests/s" "p50" "p99"
for path in "${endpoints[@]}"; do
  # Warm up the JIT and caches for this route first.
  wrk -t"$threads" -c"$connections" -d2s "$base$path" >/dev/null
  report="$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$base$path")"
  rps="$(awk '/^Requests\/sec/ {print $2}' <<<"$report")"
  p50="$(awk '$1 == "50%" {print $2}' <<<"$report")"
  p99="$(awk '$1 == "99%" {print $2}' <<<"$report")"
  errors="$(awk '/Non-2xx|Socket errors/' <<<"$report")"
  printf '%-48s %12s %10s %10s\n' "$path" "$rps" "$p50" "$p99"
  [[ -z "$errors" ]] || echo "  $errors"
done
