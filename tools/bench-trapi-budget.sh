#!/usr/bin/env bash
# The query budget on the embedded graph (docs/benchmarks.md): publishes a Release build, starts it on a free loopback
# port with the shipped settings, and sends the star of four unconstrained edges around a biolink:NamedThing node
# (limit 1) once, then four at once on a fresh start (each start warmed up by a one-hop query); prints each request's time and status, and the API's resident
# memory before (VmRSS) and at its peak (VmHWM), from /proc. Then the same for /api/paths at 4 hops.
#   tools/bench-trapi-budget.sh
# Not a test: times depend on the machine and its load, printed with the figures.
set -euo pipefail
# shellcheck source=tools/bench-lib.sh
source "$(dirname "$0")/bench-lib.sh"
out="$(mktemp -d)"
bench_publish_api "$out"
star='{"message":{"query_graph":{"nodes":{"hub":{"categories":["biolink:NamedThing"]},"a":{},"b":{},"c":{},"d":{}},"edges":{"e1":{"subject":"hub","object":"a"},"e2":{"subject":"hub","object":"b"},"e3":{"subject":"hub","object":"c"},"e4":{"subject":"hub","object":"d"}}}},"limit":1}'

one='{"message":{"query_graph":{"nodes":{"d":{"ids":["DRUGBANK:DB06094"]},"p":{"categories":["biolink:Protein"]}},"edges":{"e":{"subject":"d","object":"p","predicates":["biolink:affects"]}}}}}'

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
kib() { awk -v k="$1" '$1 == k":" {print $2}' "/proc/$api_pid/status"; }
ask() {
  curl -sS -o "$out/answer.$1.json" -w "%{http_code} %{time_total}s" -X POST -H 'Content-Type: application/json' -d "$star" "$base/trapi/query"
  echo " status: $(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("status"))' "$out/answer.$1.json")"
}

run() {
  local n="$1"
  base="http://127.0.0.1:$(free_port)"
  bench_start_api "$out" "$base" Logging__LogLevel__Default=Warning
  # Warm up the TRAPI path (JIT, the Biolink terms) with a one-hop query, so the figures are the star's own.
  curl -fsS -o /dev/null -X POST -H 'Content-Type: application/json' -d "$one" "$base/trapi/query"
  local before
  before="$(kib VmRSS)"
  local started=$SECONDS
  local asks=()
  for i in $(seq 1 "$n"); do ask "$i" & asks+=($!); done
  wait "${asks[@]}"
  sleep 0.5
  echo "$n at once: RSS before $((before / 1024)) MiB, peak $(( $(kib VmHWM) / 1024 )) MiB, growth $(( ($(kib VmHWM) - before) / 1024 )) MiB; load $(cut -d' ' -f1-3 /proc/loadavg); $((SECONDS - started)) s wall"
  kill "$api_pid"; wait "$api_pid" 2>/dev/null || true
}

bench_machine
run 1
run 4
base="http://127.0.0.1:$(free_port)"
bench_start_api "$out" "$base" Logging__LogLevel__Default=Warning
echo "paths, 4 hops: $(curl -sS -o /dev/null -w '%{http_code} %{time_total}s' "$base/api/paths?from=DRUGBANK:DB06094&to=GO:0006915&maxHops=4")"
