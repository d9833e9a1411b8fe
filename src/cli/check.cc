#include "cli/commands.h"
#include "cli/output.h"

namespace speechscan::cli {

ExitCode run_check(const CommonOptions&, const CheckOptions&) {
  print_error("check: not yet available");
  return ExitCode::kUsage;
}

}  // namespace speechscan::cli
