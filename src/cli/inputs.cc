#include "cli/inputs.h"

#include <fnmatch.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <system_error>

namespace speechscan::cli {
namespace fs = std::filesystem;

namespace {

bool matches(const std::string& name, const std::vector<std::string>& globs) {
  return std::any_of(globs.begin(), globs.end(),
                     [&](const std::string& g) { return fnmatch(g.c_str(), name.c_str(), 0) == 0; });
}

void walk(const std::string& dir, const std::vector<std::string>& globs, ExpandedInputs& out) {
  std::vector<std::string> found;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    out.errors.push_back(dir + ": " + ec.message());
    return;
  }
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) {
      out.errors.push_back(dir + ": " + ec.message());
      break;
    }
    std::error_code sec;
    if (!it->is_regular_file(sec)) continue;
    std::string name = it->path().filename().string();
    if (matches(name, globs)) found.push_back(it->path().string());
  }
  std::sort(found.begin(), found.end());
  if (found.empty()) {
    out.errors.push_back(dir + ": no transcripts here (no file matches " +
                         [&] {
                           std::string g;
                           for (const auto& s : globs) g += (g.empty() ? "" : ", ") + s;
                           return g;
                         }() +
                         ")");
  }
  out.paths.insert(out.paths.end(), found.begin(), found.end());
}

void add(const std::string& p, const std::vector<std::string>& globs, ExpandedInputs& out) {
  if (p == "-") {
    out.paths.push_back(p);
    return;
  }
  std::error_code ec;
  if (fs::is_directory(p, ec)) {
    walk(p, globs, out);
  } else {
    out.paths.push_back(p);  // missing or unreadable files are reported when read
  }
}

}  // namespace

ExpandedInputs expand_inputs(const std::vector<std::string>& inputs, std::vector<std::string> globs,
                             const std::string& files_from) {
  if (globs.empty()) globs = {"*.txt", "*.md"};
  ExpandedInputs out;
  for (const auto& p : inputs) add(p, globs, out);
  if (!files_from.empty()) {
    std::ifstream file;
    std::istream* in = &std::cin;
    if (files_from != "-") {
      file.open(files_from);
      if (!file) {
        out.errors.push_back(files_from + ": cannot open the list of files");
        return out;
      }
      in = &file;
    }
    std::string line;
    while (std::getline(*in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.empty()) continue;
      add(line, globs, out);
    }
  }
  return out;
}

}  // namespace speechscan::cli
