// The generated built-in tables (src/tables.h) against the run-time loaders.
#include "tables.h"

#include <gtest/gtest.h>

#include <string>

namespace speechscan {
namespace {

// The arrays compiled into the library are what the run-time loader builds from the
// embedded data files: the generated file is current and the generator wrote every
// field. Compared as the generator's own source text, so that a difference shows where.
void expect_same_source(const std::string& built, const std::string& in_use) {
  EXPECT_GT(built.size(), 10000u);
  if (built != in_use) {
    size_t i = 0;
    while (i < built.size() && i < in_use.size() && built[i] == in_use[i]) ++i;
    ADD_FAILURE() << "first difference at byte " << i << ":\n  built:  " << built.substr(i, 200)
                  << "\n  in use: " << in_use.substr(i, 200);
  }
}

TEST(Tables, GeneratedActorTablesEqualTheRunTimeBuild) {
  expect_same_source(tables::actor_source_built(), tables::actor_source_in_use());
}

TEST(Tables, GeneratedCommitmentTablesEqualTheRunTimeBuild) {
  expect_same_source(tables::commitment_source_built(), tables::commitment_source_in_use());
}

TEST(Tables, GeneratedTimeTablesEqualTheRunTimeBuild) {
  expect_same_source(tables::time_source_built(), tables::time_source_in_use());
}

}  // namespace
}  // namespace speechscan
