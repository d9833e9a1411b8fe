// Expanding the command line's inputs into a list of documents to read.
#pragma once

#include <string>
#include <vector>

namespace speechscan::cli {

struct ExpandedInputs {
  std::vector<std::string> paths;   // in a deterministic order
  std::vector<std::string> errors;  // "PATH: message" for inputs that could not be listed
};

// Files stay as given; directories are walked recursively and their files kept when the
// file name matches one of `globs` (default *.txt, *.md), sorted by path; "-" is stdin.
// `files_from` (a path or "-") adds one path per line.
ExpandedInputs expand_inputs(const std::vector<std::string>& inputs, std::vector<std::string> globs,
                             const std::string& files_from);

}  // namespace speechscan::cli
