#include "cli/commands.h"
#include "cli/output.h"

namespace speechscan::cli {

ExitCode run_timeline(const CommonOptions&) {
  print_error("timeline: not yet available");
  return ExitCode::kUsage;
}

}  // namespace speechscan::cli
