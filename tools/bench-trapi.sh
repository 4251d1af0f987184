#!/usr/bin/env bash
# Load test of POST /trapi/query on the embedded graph: starts a Release build on a free port, runs wrk against
# /health/live and a one-hop TRAPI query (32 connections), then a three-hop query on one connection, and prints
# requests/s and latency percentiles; stops the API. With DATA=<dir> the API serves that dataset (for the
# synthetic one: dotnet run -c Release --project tools/Apatorsen.Benchmarks -- generate DIR 1000000).
#   tools/bench-trapi.sh
#   DATA=/tmp/syn1m tools/bench-trapi.sh
# Needs wrk (apt-get install wrk). Not a test: numbers depend on the machine; docs/benchmarks.md records a run.
set -euo pipefail
# shellcheck source=tools/bench-lib.sh
source "$(dirname "$0")/bench-lib.sh"
duration="${DURATION:-10s}"
connections="${CONNECTIONS:-32}"
threads="${THREADS:-2}"
port="${PORT:-5089}"
base="http://127.0.0.1:${port}"

bench_need_wrk
out="$(mktemp -d)"
bench_publish_api "$out"

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

# Logging at Warning so the console does not slow the server down.
bench_start_api "$out" "$base" Logging__LogLevel__Default=Warning "${settings[@]}"
for q in "$one" "$three"; do
  curl -fsS -X POST -H 'Content-Type: application/json' -d "$q" "$base/trapi/query" | python3 -c 'import json,sys; r=json.load(sys.stdin); print("check:", r["status"], "-", r["description"])'
done

bench_machine
printf '%-34s %6s %12s %10s %10s %10s\n' what conns "requests/s" "p50" "p99" "max"
run() {
  local name="$1" conns="$2" script="$3" path="$4"
  # shellcheck disable=SC2046 # the four figures are words
  printf '%-34s %6s %12s %10s %10s %10s\n' "$name" "$conns" $(bench_wrk "$conns" "$script" "$base$path")
}
run "/health/live" "$connections" "" "/health/live"
run "POST /trapi/query one hop" "$connections" "$out/one.lua" "/trapi/query"
run "POST /trapi/query three hops" 1 "$out/three.lua" "/trapi/query"
