#!/usr/bin/env bash
# The embedded graph at scale, on synthetic datasets (tools/Apatorsen.Benchmarks generate): for each size, in one run,
#  - Python's csv.reader only parsing the files, and the importer's --dry-run (parse, validate, count the batches):
#    wall and CPU seconds of each, so the two compare under the same load;
#  - the load into the embedded graph in process (`Apatorsen.Benchmarks load`): CPU, managed heap and resident
#    memory per relationship;
#  - the published API (Release, embedded backend): wall and CPU seconds from start to /health/ready, resident memory
#    once ready, and the first and a later /api/paths of three hops (drug-1 to a broader disease).
# Every line carries the load average. Needs ~300 B per relationship of free memory for the API (checked first).
# Usage: bash tools/bench-embedded.sh [relationships...]   (default: 1000000; e.g. 1000000 10000000)
set -euo pipefail
# shellcheck source=tools/bench-lib.sh
source "$(dirname "$0")/bench-lib.sh"
sizes=("$@")
(( ${#sizes[@]} )) || sizes=(1000000)
port="${PORT:-5391}"
base="http://127.0.0.1:${port}"
bench_build_importer
out="$(mktemp -d)"
# shellcheck disable=SC2064 # expand now
trap "rm -rf '$out'" EXIT
bench_publish_api "$out"
load() { cut -d' ' -f1-3 /proc/loadavg; }
cpu_of() { awk -v t="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / t }' "/proc/$1/stat"; }

cat >"$out/parse.py" <<'PY'
import csv, glob, os, sys
rows = 0
for path in sorted(glob.glob(os.path.join(sys.argv[1], "**", "*.csv"), recursive=True)):
    with open(path, newline="", encoding="utf-8") as f:
        for _ in csv.reader(f):
            rows += 1
print(rows)
PY

bench_machine
for n in "${sizes[@]}"; do
  dir="$(bench_dataset "$n")"
  free_mb=$(awk '/MemAvailable/ { print int($2 / 1024) }' /proc/meminfo)
  if (( free_mb < n * 400 / 1048576 + 1024 )); then
    echo "$n: skipped, only $free_mb MB available" >&2
    continue
  fi

  echo "== $n relationships ($dir)"
  read -r s u k _ <<<"$( { /usr/bin/time -f '%e %U %S' python3 "$out/parse.py" "$dir" >/dev/null; } 2>&1 | tail -n 1)"
  echo "python csv.reader:  ${s} s wall, $(awk -v u="$u" -v k="$k" 'BEGIN { print u + k }') s CPU; load $(load)"
  read -r s u k m <<<"$( { /usr/bin/time -f '%e %U %S %M' dotnet "$importer" --dry-run --data "$dir" >/dev/null; } 2>&1 | tail -n 1)"
  echo "importer --dry-run: ${s} s wall, $(awk -v u="$u" -v k="$k" 'BEGIN { print u + k }') s CPU, peak $(( m / 1024 )) MiB; load $(load)"
  echo "in process: $(dotnet "$bench" load "$dir")"

  started=$(date +%s.%N)
  (cd "$out/app" && exec env Neo4j__Uri= ASPNETCORE_URLS="$base" Logging__LogLevel__Default=Warning Graph__DataDirectory="$dir" dotnet Apatorsen.Api.dll >"$out/api.log" 2>&1) &
  api_pid=$!
  # shellcheck disable=SC2064 # expand now: the trap must name this API and this directory
  trap "kill $api_pid 2>/dev/null || true; wait $api_pid 2>/dev/null || true; rm -rf '$out'" EXIT
  until curl -fsS "$base/health/ready" >/dev/null 2>&1; do
    kill -0 "$api_pid" 2>/dev/null || { cat "$out/api.log" >&2; exit 1; }
    sleep 0.05
  done
  ready=$(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
  rss=$(awk '/^VmRSS/ { print int($2 / 1024) }' "/proc/$api_pid/status")
  echo "API ready: ${ready} s wall, $(cpu_of "$api_pid") s CPU; resident ${rss} MB ($(( rss * 1048576 / (n + 3100) )) B/relationship); load $(load)"
  paths="$base/api/paths?from=apatorsen:drug-1&to=MONDO:0000102&maxHops=3"
  echo "first /api/paths, 3 hops: $(curl -fsS -o /dev/null -w '%{time_total}' "$paths") s; then $(curl -fsS -o /dev/null -w '%{time_total}' "$paths") s, $(curl -fsS -o /dev/null -w '%{time_total}' "$paths") s; load $(load)"
  kill "$api_pid"
  wait "$api_pid" 2>/dev/null || true
done
