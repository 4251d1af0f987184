#!/usr/bin/env bash
# Measures `export --format kgx` on synthetic datasets of growing size: wall time, edges/s, peak resident memory of
# the whole process and the size of what it wrote, so that scaling is visible. Writes nothing outside /tmp.
# Usage: bash tools/bench-export.sh [relationships...]   (default: 250000 1000000 2000000)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-250000 1000000 2000000}")
# shellcheck disable=SC2206
sizes=(${sizes[*]})

dotnet build tools/Apatorsen.Benchmarks -c Release -v quiet -nologo >/dev/null
dotnet build src/Apatorsen.Importer -c Release -v quiet -nologo >/dev/null
bench=tools/Apatorsen.Benchmarks/bin/Release/net10.0/Apatorsen.Benchmarks.dll
importer=src/Apatorsen.Importer/bin/Release/net10.0/apatorsen-import.dll

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-14s %-10s %-12s %-16s %-12s %-12s %s\n' relationships seconds edges/s "peak RSS (MiB)" "nodes (MiB)" "edges (MiB)" "input (MiB)"
for n in "${sizes[@]}"; do
  dir="/tmp/apatorsen-bench-$n"
  out="/tmp/apatorsen-kgx-$n"
  [ -d "$dir" ] || dotnet "$bench" generate "$dir" "$n" >/dev/null
  rm -rf "$out"
  result=$( { /usr/bin/time -f '%e %M' dotnet "$importer" export --format kgx --data "$dir" --out "$out" >/dev/null; } 2>&1 | tail -n 1)
  read -r seconds kib <<<"$result"
  mib() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.1f", b / 1048576 }'; }
  input=$(du -sb "$dir" | awk '{ printf "%.1f", $1 / 1048576 }')
  printf '%-14s %-10s %-12s %-16s %-12s %-12s %s\n' "$n" "$seconds" "$(awk -v r="$n" -v s="$seconds" 'BEGIN { printf "%.0f", r / s }')" \
    "$(( kib / 1024 ))" "$(mib "$out/apatorsen_nodes.jsonl")" "$(mib "$out/apatorsen_edges.jsonl")" "$input"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
