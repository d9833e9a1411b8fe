#!/usr/bin/env bash
# tests/bench/linearity.sh [SHAPE...]
#
# Time per MB at 1, 16 and 256 MB within 15% of each other (issue 8): the CPU time (user
# + kernel) of one `speechscan --format json FILE > /dev/null` process per document, less
# the CPU time of the same command on the shape's base document (62.5 KB of the same
# shape: the process start-up, ~1 ms, and the first use of the code and tables that the
# shape's path touches), divided by the input's size beyond the base document's. (Until
# 2026-11-30 every shape's start-up was a one-line document's: for the shapes that cost
# 1-2 ms per MB, the 1 MB figure then carried their path's first-use cost, ~0.5 ms, as if
# it grew with the size.)
#
# Why whole processes: a process run gets every page of its buffers fresh from the
# kernel, which faults it in and zeroes it (about a quarter of a 16 or 256 MB run's CPU
# time on the reference machine, ~6.5 bytes zeroed per input byte at both sizes). A loop
# over documents in one process (linearity_bench's benchmarks, the method here until
# 2026-11-30) hands the 1 and 16 MB documents the heap pages the previous one freed,
# while the 256 MB documents' blocks (above malloc's 64 MiB mmap threshold) are fresh
# mappings every time: it compared a warm heap with a cold one. Here every size is cold.
#
# linearity_bench --write_inputs builds the inputs (the in-tree corpus and the
# pathological shapes; see linearity_bench.cc) and checks that each takes the path its
# shape is for. Per shape, the runs of the three sizes and of its base document are
# interleaved at random, so that a slow minute on this shared machine falls on all alike.
# Per shape and size it prints the median ms/MB over the repetitions, the lowest and
# highest in brackets, the spread (max - min) / min of the three medians, and PASS or FAIL
# against the limit; then the same for user time alone, the kernel's ms/MB and the page
# faults per MB. The kernel splits a process's CPU time into user and kernel time by
# sampling at each timer tick (4 ms here), so the split of a 1 MB run (~25 ms) is coarse;
# the sum is exact.
#
# Shapes (default: all): ordinary one-line one-word dots spaced-dots char-lines capitals
# years invalid-utf8 utf16-no-bom nul-bytes nul-at-end.
# Environment: BUILD (default build/release), REPS (repetitions per size, default 5; the
# base and 1 MB runs, ~1-20 ms each, are repeated 5 * REPS times), LIMIT (spread limit
# in percent, default 15), INPUTS (directory for the inputs, ~2.6 GB; default
# $TMPDIR/speechscan-linearity; written once: delete it after changing the shapes).
# The whole run takes about seven minutes on a 2-core machine and up to ~3 GB of memory.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=$(cd "${BUILD:-$root/build/release}" && pwd)
bench=$build/tests/bench/linearity_bench
speechscan=$build/speechscan
for f in "$bench" "$speechscan"; do
  [ -x "$f" ] || { echo "missing $f (build the benchmarks)" >&2; exit 2; }
done
reps=${REPS:-5}
limit=${LIMIT:-15}
inputs=${INPUTS:-${TMPDIR:-/tmp}/speechscan-linearity}
mkdir -p "$inputs"
if [ ! -f "$inputs/ordinary-256.txt" ] || [ ! -f "$inputs/years-base.txt" ]; then
  echo "writing the inputs to $inputs" >&2
  "$bench" --write_inputs "$inputs"
fi
shapes=("$@")
[ ${#shapes[@]} -gt 0 ] ||
  shapes=(ordinary one-line one-word dots spaced-dots char-lines capitals years invalid-utf8 utf16-no-bom nul-bytes nul-at-end)

python3 - "$speechscan" "$inputs" "$reps" "$limit" "${shapes[@]}" <<'PY'
import os, random, statistics, subprocess, sys
speechscan, inputs, reps, limit = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
shapes = sys.argv[5:]
sizes = (1, 16, 256)

def run(path):
    """(user ms, kernel ms, minor faults) of one process; exit codes 0-2 are reports."""
    p = subprocess.Popen([speechscan, "--format", "json", path],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, ru = os.wait4(p.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1, 2):
        sys.exit(f"{path}: exit code {code}")
    return ru.ru_utime * 1e3, ru.ru_stime * 1e3, ru.ru_minflt

rng = random.Random(8)
results = {}
for shape in shapes:
    print(f"== {shape}", file=sys.stderr, flush=True)
    plan = [(256, shape)] * reps + [(16, shape)] * reps + [(1, shape)] * (5 * reps) + [("base", shape)] * (5 * reps)
    rng.shuffle(plan)
    for mb, s in plan:
        results.setdefault((s, mb), []).append(run(f"{inputs}/{s}-{mb}.txt"))

def size_mb(shape, mb):
    return os.path.getsize(f"{inputs}/{shape}-{mb}.txt") / 1e6

def base(shape, f):
    return statistics.median(f(r) for r in results[(shape, "base")])

def per_mb(shape, mb, f):
    """f of each run at mb, less the median of f over the shape's base runs, per MB of
    input beyond the base document's."""
    n = size_mb(shape, mb) - size_mb(shape, "base")
    b = base(shape, f)
    return [(f(r) - b) / n for r in results[(shape, mb)]]

def fmt(v):
    m = statistics.median(v)
    prec = 3 if abs(m) < 1 else 2
    return f"{m:.{prec}f} [{min(v):.{prec}f}-{max(v):.{prec}f}]"

def spread(medians):
    low = min(medians)
    return (max(medians) - low) / low * 100 if low > 0 else float("inf")

cpu_of = lambda r: r[0] + r[1]
print("Fixed cost per shape: CPU time of its base document (process start-up and first use of its path)")
print("  " + ", ".join(f"{shape} {base(shape, cpu_of):.2f} ms ({size_mb(shape, 'base') * 1e3:.1f} KB)" for shape in shapes))
print("CPU time (user + kernel) per MB of input beyond the base document's, less the base's, ms: median [lowest-highest]")
print(f"{'shape':<13} {'1 MB':>22} {'16 MB':>22} {'256 MB':>22} {'spread':>8}")
failed = 0
for shape in shapes:
    cpu = {mb: per_mb(shape, mb, cpu_of) for mb in sizes}
    s = spread([statistics.median(cpu[mb]) for mb in sizes])
    verdict = "PASS" if s <= limit else "FAIL"
    failed += verdict == "FAIL"
    print(f"{shape:<13} " + " ".join(f"{fmt(cpu[mb]):>22}" for mb in sizes) + f" {s:7.1f}% {verdict}")
print(f"limit {limit:g}%: {failed} shape(s) over")
print()
print("User time alone, the kernel's (page faults: fresh pages zeroed), and page faults, per MB")
print(f"{'shape':<13} {'user 1 MB':>10} {'16 MB':>8} {'256 MB':>8} {'spread':>8}   "
      f"{'kernel 1 MB':>11} {'16 MB':>8} {'256 MB':>8}   {'faults 1 MB':>11} {'16 MB':>8} {'256 MB':>8}")
for shape in shapes:
    um = [statistics.median(per_mb(shape, mb, lambda r: r[0])) for mb in sizes]
    km = [statistics.median(per_mb(shape, mb, lambda r: r[1])) for mb in sizes]
    fm = [statistics.median(per_mb(shape, mb, lambda r: r[2])) for mb in sizes]
    cell = lambda v, w: f"{v:>{w}.3f}" if abs(v) < 1 else f"{v:>{w}.2f}"
    print(f"{shape:<13} " + " ".join(cell(v, w) for v, w in zip(um, (10, 8, 8))) + f" {spread(um):7.1f}%   "
          + " ".join(cell(v, w) for v, w in zip(km, (11, 8, 8))) + "   "
          + " ".join(f"{v:>{w}.0f}" for v, w in zip(fm, (11, 8, 8))))
PY
