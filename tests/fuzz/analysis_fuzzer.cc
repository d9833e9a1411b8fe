// libFuzzer target: the whole analysis and write_json(): every span inside its sentence, the JSON parses back.
// Build and run: tests/fuzz/run.sh (see docs/fuzzing.md).
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "invariants.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::string error = speechscan::fuzz::run_target("analysis", input);
  if (!error.empty()) {
    std::fprintf(stderr, "invariant broken: %s\n", error.c_str());
    std::abort();
  }
  return 0;
}
