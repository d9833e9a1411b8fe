// main() of the Google Benchmark programs: malloc tuned and the heap's start in huge
// pages as src/main.cc does for `speechscan` (with src/cli/memory.cc's operator new,
// linked into each benchmark), so that the stages allocate here as they do there.
#pragma once

#include <benchmark/benchmark.h>
#include <malloc.h>

#include "cli/memory.h"

namespace speechscan::bench {

// Runs the benchmarks that are registered (after `register_more`, when given).
inline int run_benchmarks(int argc, char** argv, void (*register_more)() = nullptr) {
  // Large per-document buffers stay on malloc's heap and are reused, instead of being
  // unmapped and faulted in again for every document (here: every iteration).
  ::mallopt(M_MMAP_THRESHOLD, 64 << 20);
  ::mallopt(M_TRIM_THRESHOLD, 128 << 20);
  speechscan::cli::heap_in_huge_pages();
  if (register_more != nullptr) register_more();
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}

}  // namespace speechscan::bench
