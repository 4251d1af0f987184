#!/usr/bin/env bash
# Measures the importer's --dry-run (parse, validate, build batches) on synthetic datasets of growing size:
# rows/s and peak resident memory per size, so that scaling is visible. Writes nothing outside /tmp.
# Usage: bash tools/bench-import.sh [relationships...]   (default: 250000 1000000 2000000)
set -euo pipefail
# shellcheck source=tools/bench-lib.sh
source "$(dirname "$0")/bench-lib.sh"
read -r -a sizes <<<"$(bench_sizes "$@")"
bench_build_importer

printf '%-14s %-12s %-10s %-14s %s\n' relationships rows seconds rows/s "peak RSS (MiB)"
for n in "${sizes[@]}"; do
  dir="$(bench_dataset "$n")"
  # 1,410 nodes besides the drugs (1,000, or one per 2,000 relationships beyond 2M) and 3,100 relationships beyond them.
  drugs=$(( n > 2000000 ? (n + 1999) / 2000 : 1000 ))
  rows=$(( n + 3100 + 1410 + drugs ))
  read -r seconds kib <<<"$(bench_time dotnet "$importer" --dry-run --data "$dir")"
  printf '%-14s %-12s %-10s %-14s %s\n' "$n" "$rows" "$seconds" "$(awk -v r="$rows" -v s="$seconds" 'BEGIN { printf "%.0f", r / s }')" "$(( kib / 1024 ))"
done
