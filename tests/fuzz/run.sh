#!/usr/bin/env bash
# tests/fuzz/run.sh [SECONDS] [TARGET...]
#
# Builds the libFuzzer targets (the `fuzz` preset, build/fuzz) and runs each target for
# SECONDS (default 60) on top of its corpus: build/fuzz/corpus/<target>, seeded from
# tests/fuzz/corpus/<target>, tests/data and data/samples. Crash, timeout, leak and OOM
# inputs are written to tests/fuzz/regressions/<target>/, where
# tests/unit/fuzz_regressions_test.cc replays them in every normal test run.
# Prints one line per target with its exec count; exits 1 when any target found a problem.
# Targets: load tokenize sentences analysis baseline (default: all, one after another).
set -euo pipefail
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(load tokenize sentences analysis baseline)
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
build=${SPEECHSCAN_FUZZ_BUILD:-$root/build/fuzz}

if [ -z "${SPEECHSCAN_FUZZ_NO_BUILD:-}" ]; then  # set it to run targets already built
  if [ ! -f "$build/build.ninja" ]; then
    cmake --preset fuzz -B "$build" >/dev/null
  fi
  cmake --build "$build" >/dev/null
fi

export UBSAN_OPTIONS="suppressions=$root/tests/fuzz/ubsan.supp:halt_on_error=1:print_stacktrace=1"
export ASAN_OPTIONS="detect_leaks=1"
status=0
for t in "${targets[@]}"; do
  corpus=$build/corpus/$t
  regress=$root/tests/fuzz/regressions/$t
  log=$build/logs/$t.log
  mkdir -p "$corpus" "$regress" "$(dirname "$log")"
  seeds=()
  [ -d "$root/tests/fuzz/corpus/$t" ] && seeds+=("$root/tests/fuzz/corpus/$t")
  if [ "$t" != baseline ]; then
    # Transcripts; the size cap (-max_len) keeps the fuzzer on 64 KiB prefixes.
    for d in "$root/tests/data" "$root/data/samples"; do [ -d "$d" ] && seeds+=("$d"); done
  fi
  # -timeout: any single input that takes 10 s is a hang; -rss_limit_mb: a blow-up.
  if "$build/tests/fuzz/${t}_fuzzer" "$corpus" "${seeds[@]}" \
      -max_len=65536 -timeout=10 -rss_limit_mb=2048 -max_total_time="$seconds" \
      -print_final_stats=1 -artifact_prefix="$regress/" >"$log" 2>&1; then
    result=ok
  else
    result="FAILED (see $log; input kept in tests/fuzz/regressions/$t/)"
    status=1
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 || true)
  echo "fuzz $t: ${seconds}s, $runs runs, $cov, corpus $(ls "$corpus" | wc -l) files: $result"
done
exit $status
