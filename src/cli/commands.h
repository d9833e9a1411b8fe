// The three commands; each returns the process exit code.
#pragma once

#include <optional>
#include <string>

#include "cli/options.h"
#include "speechscan/analysis.h"

namespace speechscan::cli {

ExitCode run_analyze(const CommonOptions& options);
ExitCode run_timeline(const CommonOptions& options);
ExitCode run_check(const CommonOptions& options, const CheckOptions& check);

// Shared set-up: the analyzer with user lexicons, the --date value. Returns nullopt after
// printing a usage error.
struct Setup {
  Analyzer analyzer;
  std::optional<Date> date;
};
std::optional<Setup> make_setup(const CommonOptions& options);

}  // namespace speechscan::cli
