// Command-line options, bound to CLI11 in one place (cli.cc).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "speechscan/report.h"

namespace speechscan::cli {

// Exit codes scripts can rely on (the README repeats this table).
enum class ExitCode : int {
  kOk = 0,        // every input analysed (check: no finding at error level)
  kFindings = 1,  // some input could not be analysed (check: findings at error level)
  kUsage = 2,     // bad command line (check: also I/O errors)
};

struct CommonOptions {
  std::vector<std::string> inputs;          // files, directories, "-" for stdin
  std::string format = "text";              // text | json | ndjson | tsv | markdown
  std::string only;                         // commitments | actors | events | times | sentences
  std::string date;                         // --date YYYY-MM-DD, overrides the dateline
  std::vector<std::string> lexicons;        // --lexicon FILE, repeatable
  std::vector<std::string> globs;           // --glob PATTERN for directories
  std::string files_from;                   // --files-from FILE ("-" for stdin)
  unsigned jobs = 0;                        // --jobs N; 0 = the number of cores
  std::string color = "auto";               // auto | always | never
  bool quiet = false;                       // no progress, no per-input errors on stderr
};

struct CheckOptions {
  std::vector<std::string> error_on;  // rules raised to error level
  std::vector<std::string> ignore;    // rules not reported
  int max_warnings = -1;              // fail when more warnings than this; -1 = no limit
  std::string baseline;               // saved JSON report to compare against
};

}  // namespace speechscan::cli
