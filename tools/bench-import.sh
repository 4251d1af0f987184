#!/usr/bin/env bash
# Measures the importer's --dry-run (parse, validate, build batches) on synthetic datasets of growing size:
# rows/s and peak resident memory per size, so that scaling is visible. Writes nothing outside /tmp.
# Usage: bash tools/bench-import.sh [relationships...]   (default: 250000 1000000 2000000)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-250000 1000000 2000000}")
# shellcheck disable=SC2206
sizes=(${sizes[*]})

dotnet build tools/Apatorsen.Benchmarks -c Release -v quiet -nologo >/dev/null
dotnet build src/Apatorsen.Importer -c Release -v quiet -nologo >/dev/null
bench=tools/Apatorsen.Benchmarks/bin/Release/net10.0/Apatorsen.Benchmarks.dll
importer=src/Apatorsen.Importer/bin/Release/net10.0/apatorsen-import.dll

printf '%-14s %-12s %-10s %-14s %s\n' relationships rows seconds rows/s "peak RSS (MiB)"
for n in "${sizes[@]}"; do
  dir="/tmp/apatorsen-bench-$n"
  [ -d "$dir" ] || dotnet "$bench" generate "$dir" "$n" >/dev/null
  rows=$(( n + 2100 ))
  out=$( { /usr/bin/time -f '%e %M' dotnet "$importer" --dry-run --data "$dir" >/dev/null; } 2>&1 | tail -n 1)
  read -r seconds kib <<<"$out"
  printf '%-14s %-12s %-10s %-14s %s\n' "$n" "$rows" "$seconds" "$(awk -v r="$rows" -v s="$seconds" 'BEGIN { printf "%.0f", r / s }')" "$(( kib / 1024 ))"
done
