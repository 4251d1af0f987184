# Shared by the tools/bench-*.sh scripts (sourced, not run). Not a test: numbers depend on the machine.
# shellcheck shell=bash

bench_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

bench_machine() {
  echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(dotnet --version) SDK; load: $(cut -d' ' -f1-3 /proc/loadavg)"
}

# --- the importer on synthetic datasets (bench-import.sh, bench-export.sh)

# Release builds of the data generator and the importer; sets $bench and $importer to their dlls.
bench_build_importer() {
  dotnet build "$bench_root/tools/Apatorsen.Benchmarks" -c Release -v quiet -nologo >/dev/null
  dotnet build "$bench_root/src/Apatorsen.Importer" -c Release -v quiet -nologo >/dev/null
  bench="$bench_root/tools/Apatorsen.Benchmarks/bin/Release/net10.0/Apatorsen.Benchmarks.dll"
  importer="$bench_root/src/Apatorsen.Importer/bin/Release/net10.0/apatorsen-import.dll"
}

# The sizes to measure (relationships): the arguments, or 250k, 1M and 2M.
bench_sizes() {
  if (( $# )); then echo "$@"; else echo 250000 1000000 2000000; fi
}

# The synthetic dataset of N relationships, generated into /tmp once; prints its directory.
bench_dataset() {
  local dir="/tmp/apatorsen-bench-$1"
  [ -d "$dir" ] || dotnet "$bench" generate "$dir" "$1" >/dev/null
  echo "$dir"
}

# Runs a command and prints "seconds peak-RSS-KiB" of it (its own output is discarded).
bench_time() {
  { /usr/bin/time -f '%e %M' "$@" >/dev/null; } 2>&1 | tail -n 1
}

# --- the API under wrk (bench-api.sh, bench-trapi.sh)

bench_need_wrk() {
  command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 2; }
}

# Publishes a Release build of the API into $1/app.
bench_publish_api() {
  dotnet publish "$bench_root/src/Apatorsen.Api/Apatorsen.Api.csproj" -c Release -o "$1/app" --nologo -v quiet >/dev/null
}

# Starts the published API of $1/app from that directory (its content root, where appsettings.json is) at $2,
# on the embedded backend, with any further NAME=value settings; logs to $1/api.log; waits until it is ready.
# Sets $api_pid; on exit the API is stopped and $1 removed.
bench_start_api() {
  local out="$1" base="$2"
  shift 2
  (cd "$out/app" && exec env Neo4j__Uri= ASPNETCORE_URLS="$base" "$@" dotnet Apatorsen.Api.dll >"$out/api.log" 2>&1) &
  api_pid=$!
  # shellcheck disable=SC2064 # expand now: the trap must name this API and this directory
  trap "kill $api_pid 2>/dev/null || true; wait $api_pid 2>/dev/null || true; rm -rf '$out'" EXIT
  for _ in $(seq 1 600); do
    curl -fsS "$base/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  echo "the API did not become ready:" >&2
  cat "$out/api.log" >&2
  exit 1
}

# Warms up, then measures $base$path with wrk; prints "requests/s p50 p99 max" and any error line on stderr.
# Usage: bench_wrk CONNECTIONS SCRIPT|"" URL
bench_wrk() {
  local conns="$1" script="$2" url="$3"
  local args=(-t"$threads" -c"$conns")
  [[ "$conns" -ge "$threads" ]] || args=(-t1 -c"$conns")
  wrk "${args[@]}" -d2s ${script:+-s "$script"} "$url" >/dev/null
  local report
  report="$(wrk "${args[@]}" -d"$duration" --latency ${script:+-s "$script"} "$url")"
  echo "$(awk '/^Requests\/sec/ {print $2}' <<<"$report") $(awk '$1 == "50%" {print $2}' <<<"$report") $(awk '$1 == "99%" {print $2}' <<<"$report") $(awk '$1 == "Latency" {print $4}' <<<"$report")"
  awk '/Non-2xx|Socket errors/ { print "  " $0 > "/dev/stderr" }' <<<"$report"
}
