#!/usr/bin/env bash
# tests/bench/corpus_jobs.sh [FILES] [KB_SMALL] [KB_LARGE]
#
# A corpus folder (issue 6): FILES transcripts (default 1,000) cut from the in-tree corpus,
# at two sizes each (default 3 KB and 30 KB per transcript). For each size, times
# `speechscan --format ndjson --jobs 1 DIR > /dev/null` against `--jobs 2` (median of 9,
# alternating, after a warm-up), prints the speed-up (target >= 1.7 on 2 cores) and the
# peak RSS of each. Binaries from $BUILD (default build/release).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${BUILD:-$root/build/release}
speechscan=$build/speechscan
files=${1:-1000}
tmp=${TMPDIR:-/tmp}/speechscan-jobs
[ -x "$speechscan" ] || { echo "missing $speechscan (set BUILD)" >&2; exit 2; }
echo "cores: $(nproc)"

for kb in "${2:-3}" "${3:-30}"; do
  dir=$tmp/corpus-$kb
  rm -rf "$dir"
  mkdir -p "$dir"
  # Cut FILES transcripts of about KB kilobytes each at line ends, from one corpus.
  python3 - "$root" "$dir" "$files" "$kb" <<'PY'
import subprocess, sys, pathlib
root, out, files, kb = sys.argv[1], pathlib.Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
size = files * kb * 1000
subprocess.run([sys.executable, root + "/tests/bench/make_corpus.py", str(size / 1e6 + 0.1), str(out / "all")],
               check=True, stdout=subprocess.DEVNULL)
data = (out / "all").read_bytes()
(out / "all").unlink()
pos = 0
for i in range(files):
    end = data.find(b"\n", pos + kb * 1000)
    end = len(data) if end < 0 else end + 1
    (out / f"speech-{i:04d}.txt").write_bytes(data[pos:end])
    pos = end
PY
  total=$(du -sb "$dir" | cut -f1)
  # Wall time and peak RSS of each run straight from the kernel (posix_spawn + wait4):
  # no timing process in between, whose own start-up would blur a 0.1 s run.
  python3 - "$speechscan" "$dir" "$files" "$kb" "$total" <<'PY'
import os, statistics, sys, time
exe, folder, files, kb, total = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
devnull = os.open(os.devnull, os.O_WRONLY)
def run(jobs):
    argv = [exe, "--format", "ndjson", "--jobs", str(jobs), folder]
    t0 = time.perf_counter()
    pid = os.posix_spawn(exe, argv, os.environ, file_actions=[(os.POSIX_SPAWN_DUP2, devnull, 1)])
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - t0
    if status != 0:
        sys.exit(f"{' '.join(argv)} failed ({status})")
    return wall
def peak_rss_kib(jobs, inputs=None):  # from /usr/bin/time: a spawned child's ru_maxrss counts its parent's pages
    import subprocess
    args = ["--files-from", "-"] if inputs else [folder]
    out = subprocess.run(["/usr/bin/time", "-f", "%M", exe, "--format", "ndjson", "--jobs", str(jobs), *args],
                         input="".join(p + "\n" for p in inputs) if inputs else None,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True).stderr
    return int(out.strip().splitlines()[-1])
run(1); run(2)  # warm-up
t1, t2 = [], []
for _ in range(9):
    t1.append(run(1))
    t2.append(run(2))
a, b = statistics.median(t1), statistics.median(t2)
# The machine's speed drifts over seconds: the ratio within each back-to-back pair is
# steadier than the ratio of the medians, so both are printed.
pairs = sorted(x / y for x, y in zip(t1, t2))
print(f"{files} transcripts of ~{kb} KB ({total / 1e6:.1f} MB): --jobs 1 {a:.3f} s ({total / a / 1e6:.1f} MB/s); "
      f"--jobs 2 {b:.3f} s ({total / b / 1e6:.1f} MB/s); speed-up {a / b:.2f}x; per pair: median "
      f"{statistics.median(pairs):.2f}x, range {pairs[0]:.2f}-{pairs[-1]:.2f}x (target >= 1.7)")
# Peak memory does not grow with the number of transcripts: the whole folder against a
# tenth of it, five runs of each (median and range).
tenth = sorted(os.path.join(folder, f) for f in os.listdir(folder))[: max(1, files // 10)]
def rss_line(inputs):
    r = sorted(peak_rss_kib(2, inputs) / 1024 for _ in range(5))
    return f"{statistics.median(r):.1f} MiB ({r[0]:.1f}-{r[-1]:.1f})"
print(f"  peak RSS, --jobs 2: {len(tenth)} transcripts {rss_line(tenth)}, {files} transcripts {rss_line(None)}")
PY
  rm -rf "$dir"
done
