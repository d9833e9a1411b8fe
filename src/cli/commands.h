// The three commands; each returns the process exit code.
#pragma once

#include <optional>
#include <string>

#include "cli/inputs.h"
#include "cli/output.h"
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

// The inputs to read (inputs.h), or nullopt after printing a usage error when the command
// line names none. `command` prefixes the message ("timeline: ").
std::optional<ExpandedInputs> gather_inputs(const CommonOptions& options, std::string_view command);

// Prints "PATH: message" for each input that could not be listed; true when there was one.
bool report_listing_errors(const ExpandedInputs& inputs);

// The exit code once the report is written: a closed pipe is a quiet success, a failed
// write (a full disk) an error, else kFindings when some input failed.
ExitCode finish(Output& out, bool some_input_failed);

}  // namespace speechscan::cli
