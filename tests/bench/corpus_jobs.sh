#!/usr/bin/env bash
# tests/bench/corpus_jobs.sh [FILES] [KB_SMALL] [KB_LARGE]
#
# A corpus folder (issue 6): FILES transcripts (default 1,000) cut from the in-tree corpus,
# at two sizes each (default 3 KB and 30 KB per transcript). For each size, times
# `speechscan --format ndjson --jobs 1 DIR > /dev/null` against `--jobs 2` (median of 3,
# alternating, after a warm-up), prints the speed-up (target >= 1.7 on 2 cores) and the
# peak RSS of each. Binaries from $BUILD (default build/release).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${BUILD:-$root/build/release}
speechscan=$build/speechscan
files=${1:-1000}
tmp=${TMPDIR:-/tmp}/speechscan-jobs
[ -x "$speechscan" ] || { echo "missing $speechscan (set BUILD)" >&2; exit 2; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
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
  run() {  # run JOBS: prints "microseconds rss_kib"
    local t0 t1
    t0=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$tmp/rss" "$speechscan" --format ndjson --jobs "$1" "$dir" >/dev/null
    t1=$(date +%s%N)
    echo "$(( (t1 - t0) / 1000 )) $(tail -1 "$tmp/rss")"
  }
  run 1 >/dev/null; run 2 >/dev/null
  : >"$tmp/j1"; : >"$tmp/j2"
  for _ in 1 2 3; do run 1 >>"$tmp/j1"; run 2 >>"$tmp/j2"; done
  j1=$(cut -d' ' -f1 "$tmp/j1" | median); j2=$(cut -d' ' -f1 "$tmp/j2" | median)
  r1=$(cut -d' ' -f2 "$tmp/j1" | sort -n | tail -1); r2=$(cut -d' ' -f2 "$tmp/j2" | sort -n | tail -1)
  awk -v f="$files" -v kb="$kb" -v t="$total" -v a="$j1" -v b="$j2" -v r1="$r1" -v r2="$r2" 'BEGIN {
    printf "%d transcripts of ~%d KB (%.1f MB): --jobs 1 %.3f s (%.1f MB/s, RSS %.1f MiB); --jobs 2 %.3f s (%.1f MB/s, RSS %.1f MiB); speed-up %.2fx (target >= 1.7)\n",
      f, kb, t/1e6, a/1e6, t/a, r1/1024, b/1e6, t/b, r2/1024, a/b }'
  rm -rf "$dir"
done
