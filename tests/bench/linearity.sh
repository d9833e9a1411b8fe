#!/usr/bin/env bash
# tests/bench/linearity.sh [SHAPE...]
#
# Time per MB at 1, 16 and 256 MB within 15% of each other (issue 8), measured in
# process: runs tests/bench/linearity_bench (the per-document path of `speechscan --format
# json`: load, analyse, JSON; see that file) once per shape, with the three sizes'
# repetitions interleaved at random so that a slow minute on this shared machine falls on
# all sizes alike. Per shape and size it prints the median CPU ms per MB over the
# repetitions, then the spread (max - min) / min of those medians across sizes, and PASS
# or FAIL against 15%. The lowest and highest repetition at each size are in brackets.
#
# Shapes (default: all): ordinary one-line one-word dots spaced-dots char-lines
# invalid-utf8 utf16-no-bom nul-bytes nul-at-end.
# Environment: BUILD (default build/release), REPS (repetitions per size, default 5),
# LIMIT (spread limit in percent, default 15), OUT (directory for the JSON results).
# The whole run takes about five minutes on a 2-core machine and up to ~3 GB of memory.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=$(cd "${BUILD:-$root/build/release}" && pwd)
bench=$build/tests/bench/linearity_bench
[ -x "$bench" ] || { echo "missing $bench (build the benchmarks)" >&2; exit 2; }
reps=${REPS:-5}
limit=${LIMIT:-15}
out=${OUT:-${TMPDIR:-/tmp}/speechscan-linearity}
mkdir -p "$out"
shapes=("$@")
[ ${#shapes[@]} -gt 0 ] ||
  shapes=(ordinary one-line one-word dots spaced-dots char-lines invalid-utf8 utf16-no-bom nul-bytes nul-at-end)

results=()
for shape in "${shapes[@]}"; do
  echo "== $shape" >&2
  # One process per shape: only its three inputs are in memory, and no other shape's
  # heap is left behind for it.
  "$bench" --benchmark_filter="^linearity/$shape/" --benchmark_repetitions="$reps" \
    --benchmark_enable_random_interleaving=true --benchmark_report_aggregates_only=false \
    --benchmark_out="$out/$shape.json" --benchmark_out_format=json >&2
  results+=("$out/$shape.json")
done

python3 - "$limit" "${results[@]}" <<'PY'
import json, statistics, sys
limit = float(sys.argv[1])
print(f"{'shape':<13} {'1 MB ms/MB':>22} {'16 MB ms/MB':>22} {'256 MB ms/MB':>22} {'spread':>8}")
failed = 0
for path in sys.argv[2:]:
    runs = [b for b in json.load(open(path))["benchmarks"] if b.get("run_type") == "iteration"]
    if not runs:
        continue
    shape = runs[0]["name"].split("/")[1]
    per_size = {}
    for b in runs:
        if b.get("error_occurred"):
            sys.exit(f"{b['name']}: {b.get('error_message')}")
        mb = int(b["name"].split("/")[2])
        # cpu_time is per iteration, in the benchmark's unit (ms).
        per_size.setdefault(mb, []).append(b["cpu_time"] / (b["input_bytes"] / 1e6))
    cells, medians = [], []
    for mb in sorted(per_size):
        v = per_size[mb]
        m = statistics.median(v)
        medians.append(m)
        prec = 3 if m < 1 else 2
        cells.append(f"{m:.{prec}f} [{min(v):.{prec}f}-{max(v):.{prec}f}]")
    spread = (max(medians) - min(medians)) / min(medians) * 100
    verdict = "PASS" if spread <= limit else "FAIL"
    failed += verdict == "FAIL"
    print(f"{shape:<13} " + " ".join(f"{c:>22}" for c in cells) + f" {spread:7.1f}% {verdict}")
print(f"limit {limit:g}%: {failed} shape(s) over")
PY
