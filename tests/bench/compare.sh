#!/usr/bin/env bash
# tests/bench/compare.sh [CORPUS] [RUNS]
#
# Whole-process comparison (issue 7): `speechscan --format json CORPUS > /dev/null` against
# the ICU sentence + word segmentation baseline (icu_baseline, built beside the benchmarks),
# run alternately, RUNS times each (default 5) after one warm-up of each; prints the median
# wall times, MB/s, the ratio, and peak RSS (each run timed by spawn_time). Then the 3 KB sample end
# to end (median of 21 runs), linearity (cost per MB at 1, 16 and 64 MB) and peak RSS per
# input byte at 64 MB.
#
# CORPUS defaults to a 16 MB in-tree corpus (tests/bench/make_corpus.py). Binaries come from
# $BUILD (default build/release): $BUILD/speechscan and $BUILD/tests/bench/icu_baseline.
# For the yardstick corpus pass its path (see docs/performance.md); for the linearity part
# set CORPUS_<MB> (CORPUS_1, CORPUS_16, CORPUS_64) to yardstick files, else in-tree ones are
# generated; LINEAR_MB and LINEAR_RUNS change its sizes and repeat count.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=$(cd "${BUILD:-$root/build/release}" && pwd)
speechscan=$build/speechscan
icu=$build/tests/bench/icu_baseline
runs=${2:-5}
tmp=${TMPDIR:-/tmp}/speechscan-compare
mkdir -p "$tmp"
for b in "$speechscan" "$icu"; do
  [ -x "$b" ] || { echo "missing $b (build with SPEECHSCAN_BUILD_BENCH=ON, or set BUILD)" >&2; exit 2; }
done

corpus_of_size() {  # corpus_of_size MB: path of an in-tree corpus of MB megabytes
  local f=$tmp/corpus-$1.txt
  [ -s "$f" ] || python3 "$root/tests/bench/make_corpus.py" "$1" "$f" >/dev/null
  echo "$f"
}
corpus=${1:-$(corpus_of_size 16)}

spawn_time=$build/tests/bench/spawn_time
[ -x "$spawn_time" ] || { echo "missing $spawn_time (build the benchmarks)" >&2; exit 2; }
precise() {  # precise CMD...: "wall_us rss_kib cpu_us" of CMD alone (see spawn_time.cc)
  (cd "$tmp" && "$spawn_time" "$@") || {
    echo "failed: $* ($(head -c 300 "$tmp/spawn_time.stderr"))" >&2; exit 1; }
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

bytes=$(stat -c %s "$corpus")
echo "corpus: $corpus ($bytes bytes)"
precise "$speechscan" --format json "$corpus" >/dev/null   # warm-up
precise "$icu" "$corpus" >/dev/null
: >"$tmp/s.txt"; : >"$tmp/i.txt"
for _ in $(seq "$runs"); do
  precise "$speechscan" --format json "$corpus" >>"$tmp/s.txt"
  precise "$icu" "$corpus" >>"$tmp/i.txt"
done
s_us=$(cut -d' ' -f1 "$tmp/s.txt" | median); i_us=$(cut -d' ' -f1 "$tmp/i.txt" | median)
s_rss=$(cut -d' ' -f2 "$tmp/s.txt" | sort -n | tail -1); i_rss=$(cut -d' ' -f2 "$tmp/i.txt" | sort -n | tail -1)
s_cpu=$(cut -d' ' -f3 "$tmp/s.txt" | median); i_cpu=$(cut -d' ' -f3 "$tmp/i.txt" | median)
awk -v b="$bytes" -v s="$s_us" -v i="$i_us" -v sr="$s_rss" -v ir="$i_rss" -v n="$runs" -v sc="$s_cpu" -v ic="$i_cpu" 'BEGIN {
  printf "speechscan --format json: median %.3f s, %.1f MB/s, peak RSS %.1f MiB (%.2f bytes/input byte)\n", s/1e6, b/s, sr/1024, sr*1024/b
  printf "icu_baseline (sentence+word): median %.3f s, %.1f MB/s, peak RSS %.1f MiB\n", i/1e6, b/i, ir/1024
  printf "ratio (speechscan throughput / ICU throughput): %.3fx wall, %.3fx CPU (user+sys: %.2f s vs %.2f s)   [%d runs each, alternating]\n", i/s, ic/sc, sc/1e6, ic/1e6, n }'

# The 3 KB sample, whole process.
sample=$root/data/samples/starmer-paris-2026-01-08.txt
precise "$speechscan" --format json "$sample" >/dev/null
: >"$tmp/sample.txt"
for _ in $(seq 21); do precise "$speechscan" --format json "$sample" >>"$tmp/sample.txt"; done
awk -v m="$(cut -d' ' -f1 "$tmp/sample.txt" | median)" 'BEGIN {
  printf "3 KB sample end to end: median %.2f ms (target <= 5 ms)\n", m/1000 }'

# Linearity: cost per MB at 1, 16 and 64 MB (or $LINEAR_MB; median of $LINEAR_RUNS, default
# 3, each) and peak RSS at each size.
declare -A per_mb
read -r -a linear_sizes <<<"${LINEAR_MB:-1 16 64}"
for mb in "${linear_sizes[@]}"; do
  var=CORPUS_$mb
  f=${!var:-$(corpus_of_size $mb)}
  b=$(stat -c %s "$f")
  : >"$tmp/lin.txt"
  for _ in $(seq "${LINEAR_RUNS:-3}"); do precise "$speechscan" --format json "$f" >>"$tmp/lin.txt"; done
  us=$(cut -d' ' -f1 "$tmp/lin.txt" | median)
  rss=$(cut -d' ' -f2 "$tmp/lin.txt" | sort -n | tail -1)
  per_mb[$mb]=$(awk -v u="$us" -v b="$b" 'BEGIN { printf "%.2f", u/1000/(b/1e6) }')
  awk -v u="$us" -v b="$b" -v r="$rss" -v mb="$mb" 'BEGIN {
    limit = (4*b + 16*1048576) / 1048576
    printf "%3d MB: %.3f s, %.2f ms/MB, peak RSS %.1f MiB = %.2f bytes/input byte (limit 4 B/B + 16 MiB = %.1f MiB: %s)\n",
      mb, u/1e6, u/1000/(b/1e6), r/1024, r*1024/b, limit, (r/1024 <= limit) ? "ok" : "over" }'
done
for mb in "${linear_sizes[@]}"; do echo "${per_mb[$mb]}"; done | awk '
  NR == 1 { lo = $1; hi = $1 } { if ($1 < lo) lo = $1; if ($1 > hi) hi = $1; s = s (NR > 1 ? " / " : "") $1 }
  END { printf "linearity: ms/MB %s, spread %.1f%% (target <= 15%%)\n", s, (hi - lo) / lo * 100 }'
