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

def fmt(v):
    m = statistics.median(v)
    prec = 3 if m < 1 else 2
    return f"{m:.{prec}f} [{min(v):.{prec}f}-{max(v):.{prec}f}]"

def spread(medians):
    return (max(medians) - min(medians)) / min(medians) * 100

rows = []
for path in sys.argv[2:]:
    runs = [b for b in json.load(open(path))["benchmarks"] if b.get("run_type") == "iteration"]
    if not runs:
        continue
    shape = runs[0]["name"].split("/")[1]
    cpu, user, sys_ = {}, {}, {}
    for b in runs:
        if b.get("error_occurred"):
            sys.exit(f"{b['name']}: {b.get('error_message')}")
        mb = int(b["name"].split("/")[2])
        per_mb = b["input_bytes"] / 1e6
        # cpu_time is per iteration, in the benchmark's unit (ms); sys_ms the kernel's share.
        cpu.setdefault(mb, []).append(b["cpu_time"] / per_mb)
        user.setdefault(mb, []).append((b["cpu_time"] - b["sys_ms"]) / per_mb)
        sys_.setdefault(mb, []).append(b["sys_ms"] / per_mb)
    rows.append((shape, cpu, user, sys_))

failed = 0
print("CPU time (user + kernel) per MB of input, ms: median [lowest-highest] of the repetitions")
print(f"{'shape':<13} {'1 MB':>22} {'16 MB':>22} {'256 MB':>22} {'spread':>8}")
for shape, cpu, _, _ in rows:
    s = spread([statistics.median(cpu[mb]) for mb in sorted(cpu)])
    verdict = "PASS" if s <= limit else "FAIL"
    failed += verdict == "FAIL"
    print(f"{shape:<13} " + " ".join(f"{fmt(cpu[mb]):>22}" for mb in sorted(cpu)) + f" {s:7.1f}% {verdict}")
print(f"limit {limit:g}%: {failed} shape(s) over")
print()
print("The same without the kernel's share (page faults: fresh pages zeroed), and that share")
print(f"{'shape':<13} {'user 1 MB':>10} {'16 MB':>8} {'256 MB':>8} {'spread':>8}   {'kernel 1 MB':>11} {'16 MB':>8} {'256 MB':>8}")
for shape, _, user, sys_ in rows:
    mbs = sorted(user)
    um = [statistics.median(user[mb]) for mb in mbs]
    km = [statistics.median(sys_[mb]) for mb in mbs]
    cells = " ".join(f"{v:>{w}.3f}" if v < 1 else f"{v:>{w}.2f}" for v, w in zip(um, (10, 8, 8)))
    kcells = " ".join(f"{v:>{w}.3f}" for v, w in zip(km, (11, 8, 8)))
    print(f"{shape:<13} {cells} {spread(um):7.1f}%   {kcells}")
PY
