#!/usr/bin/env bash
# Measures `export --format kgx` on synthetic datasets of growing size: wall time, edges/s, peak resident memory of
# the whole process and the size of what it wrote, so that scaling is visible. Writes nothing outside /tmp.
# Usage: bash tools/bench-export.sh [relationships...]   (default: 250000 1000000 2000000)
set -euo pipefail
# shellcheck source=tools/bench-lib.sh
source "$(dirname "$0")/bench-lib.sh"
read -r -a sizes <<<"$(bench_sizes "$@")"
bench_build_importer
mib() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.1f", b / 1048576 }'; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-14s %-10s %-12s %-16s %-12s %-12s %s\n' relationships seconds edges/s "peak RSS (MiB)" "nodes (MiB)" "edges (MiB)" "input (MiB)"
for n in "${sizes[@]}"; do
  dir="$(bench_dataset "$n")"
  out="/tmp/apatorsen-kgx-$n"
  rm -rf "$out"
  read -r seconds kib <<<"$(bench_time dotnet "$importer" export --format kgx --data "$dir" --out "$out")"
  input=$(du -sb "$dir" | awk '{ printf "%.1f", $1 / 1048576 }')
  printf '%-14s %-10s %-12s %-16s %-12s %-12s %s\n' "$n" "$seconds" "$(awk -v r="$n" -v s="$seconds" 'BEGIN { printf "%.0f", r / s }')" \
    "$(( kib / 1024 ))" "$(mib "$out/apatorsen_nodes.jsonl")" "$(mib "$out/apatorsen_edges.jsonl")" "$input"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
