// The generated built-in tables (src/tables.h) against the run-time loaders.
#include "tables.h"

#include <gtest/gtest.h>

#include <string>

namespace speechscan {
namespace {

// The arrays compiled into the library are what the run-time loader builds from the
// embedded data files: the generated file is current and the generator wrote every
// field. Compared as the generator's own source text, so that a difference shows where.
TEST(Tables, GeneratedActorTablesEqualTheRunTimeBuild) {
  const std::string built = tables::actor_source_built();
  const std::string in_use = tables::actor_source_in_use();
  EXPECT_GT(built.size(), 10000u);
  if (built != in_use) {
    size_t i = 0;
    while (i < built.size() && i < in_use.size() && built[i] == in_use[i]) ++i;
    FAIL() << "first difference at byte " << i << ":\n  built:  " << built.substr(i, 200)
           << "\n  in use: " << in_use.substr(i, 200);
  }
}

}  // namespace
}  // namespace speechscan
