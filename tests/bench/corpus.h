// The in-tree benchmark corpus, built in memory: shared by speechscan_bench and
// linearity_bench so that both measure the same bytes as tests/bench/make_corpus.py.
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace speechscan::bench {

inline std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The same bytes as tests/bench/make_corpus.py SIZE_MB: every data/samples/*.txt, then
// every tests/data/bench/*.txt (each sorted by name, each ending with a newline), one
// blank line between documents, repeated up to SIZE_MB * 1e6 bytes and cut back to the
// last newline. `root` is the source tree.
inline std::string make_corpus(const std::filesystem::path& root, double size_mb) {
  std::string cycle;
  for (const char* folder : {"data/samples", "tests/data/bench"}) {
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(root / folder)) {
      if (e.path().extension() == ".txt") files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      std::string text = read_file(f);
      if (text.empty() || text.back() != '\n') text += '\n';
      cycle += text + "\n";
    }
  }
  const size_t want = static_cast<size_t>(size_mb * 1e6 + 0.5);
  std::string out;
  if (cycle.empty()) return out;
  out.reserve(want + cycle.size());
  while (out.size() < want) out += cycle;
  out.resize(want);
  out.resize(out.rfind('\n') + 1);
  return out;
}

}  // namespace speechscan::bench
