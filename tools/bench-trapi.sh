#!/usr/bin/env bash
# Load test of POST /trapi/query on the embedded graph: starts a Release build on a free port, runs wrk against
# /health/live and a one-hop TRAPI query (32 connections), then a three-hop query on one connection, and prints
# requests/s and latency percentiles; stops the API. With DATA=<dir> the API serves that dataset (for the
# synthetic one: dotnet run -c Release --project tools/Apatorsen.Benchmarks -- generate DIR 1000000).
#   tools/bench-trapi.sh
#   DATA=/tmp/syn1m tools/bench-trapi.sh
# Needs wrk (apt-get install wrk). Not a test: numbers depend on the machine; docs/benchmarks.md records a run.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
duration="${DURATION:-10s}"
connections="${CONNECTIONS:-32}"
threads="${THREADS:-2}"
port="${PORT:-5089}"
base="http://127.0.0.1:${port}"

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 2; }

out="$(mktemp -d)"
dotnet publish "$root/src/Apatorsen.Api/Apatorsen.Api.csproj" -c Release -o "$out/app" --nologo -v quiet >/dev/null

if [[ -n "${DATA:-}" ]]; then
  # drug-1 → its proteins → their diseases → the broader diseases (tools/Apatorsen.Benchmarks/SyntheticDataset.cs).
  one='{"message":{"query_graph":{"nodes":{"d":{"ids":["apatorsen:drug-1"]},"p":{"categories":["biolink:Protein"]}},"edges":{"e":{"subject":"d","object":"p","predicates":["biolink:affects"]}}}},"limit":10}'
  three='{"message":{"query_graph":{"nodes":{"d":{"ids":["apatorsen:drug-1"]},"p":{"categories":["biolink:Protein"]},"x":{"categories":["biolink:Disease"]},"y":{"categories":["biolink:Disease"]}},"edges":{"e1":{"subject":"d","object":"p","predicates":["biolink:affects"]},"e2":{"subject":"p","object":"x","predicates":["biolink:associated_with"]},"e3":{"subject":"x","object":"y","predicates":["biolink:subclass_of"]}}}}}'
  settings=(Graph__DataDirectory="$DATA")
else
  # apatorsen → the proteins it affects; apatorsen → its RNA → the protein → apoptosis.
  one='{"message":{"query_graph":{"nodes":{"d":{"ids":["DRUGBANK:DB06094"]},"p":{"categories":["biolink:Protein"]}},"edges":{"e":{"subject":"d","object":"p","predicates":["biolink:affects"]}}}}}'
  three='{"message":{"query_graph":{"nodes":{"d":{"ids":["DRUGBANK:DB06094"]},"r":{"categories":["biolink:RNAProduct"]},"p":{"categories":["biolink:Protein"]},"x":{"ids":["GO:0006915"]}},"edges":{"e1":{"subject":"d","object":"r","predicates":["biolink:physically_interacts_with"]},"e2":{"subject":"r","object":"p","predicates":["biolink:translates_to"]},"e3":{"subject":"p","object":"x"}}}}}'
  settings=()
fi

post_script() {
  local body="${1//\\/\\\\}"
  printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = [[%s]]\n' "$body"
}
post_script "$one" >"$out/one.lua"
post_script "$three" >"$out/three.lua"

# The embedded backend: no Neo4j:Uri. Logging at Warning so the console does not slow the server down.
env Neo4j__Uri= Logging__LogLevel__Default=Warning ASPNETCORE_URLS="$base" "${settings[@]}" \
  dotnet "$out/app/Apatorsen.Api.dll" >"$out/api.log" 2>&1 &
api_pid=$!
trap 'kill "$api_pid" 2>/dev/null || true; wait "$api_pid" 2>/dev/null || true; rm -rf "$out"' EXIT

for _ in $(seq 1 600); do
  curl -fsS "$base/health/ready" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fsS "$base/health/ready" >/dev/null || { echo "the API did not become ready:" >&2; cat "$out/api.log" >&2; exit 1; }
for q in "$one" "$three"; do
  curl -fsS -X POST -H 'Content-Type: application/json' -d "$q" "$base/trapi/query" | python3 -c 'import json,sys; r=json.load(sys.stdin); print("check:", r["status"], "-", r["description"])'
done

echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(dotnet --version) SDK; load: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-34s %6s %12s %10s %10s %10s\n' what conns "requests/s" "p50" "p99" "max"
run() {
  local name="$1" conns="$2" script="$3" path="$4"
  local args=(-t"$threads" -c"$conns")
  [[ "$conns" -ge "$threads" ]] || args=(-t1 -c"$conns")
  wrk "${args[@]}" -d2s ${script:+-s "$script"} "$base$path" >/dev/null
  local report
  report="$(wrk "${args[@]}" -d"$duration" --latency ${script:+-s "$script"} "$base$path")"
  printf '%-34s %6s %12s %10s %10s %10s\n' "$name" "$conns" \
    "$(awk '/^Requests\/sec/ {print $2}' <<<"$report")" \
    "$(awk '$1 == "50%" {print $2}' <<<"$report")" \
    "$(awk '$1 == "99%" {print $2}' <<<"$report")" \
    "$(awk '$1 == "Latency" {print $4}' <<<"$report")"
  local errors
  errors="$(awk '/Non-2xx|Socket errors/' <<<"$report")"
  [[ -z "$errors" ]] || echo "  $errors"
}
run "/health/live" "$connections" "" "/health/live"
run "POST /trapi/query one hop" "$connections" "$out/one.lua" "/trapi/query"
run "POST /trapi/query three hops" 1 "$out/three.lua" "/trapi/query"
