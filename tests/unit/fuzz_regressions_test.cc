// Replays every input the fuzzers kept (tests/fuzz/regressions/<target>/) through the same
// checks the fuzz targets make (tests/fuzz/invariants.h), so that a crash or hang found
// once stays fixed in every normal test run, with or without clang. Also holds the named
// regression tests for what the fuzzers found.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "../fuzz/invariants.h"

namespace speechscan {
namespace {

namespace fs = std::filesystem;

const fs::path kRegressions = fs::path(SPEECHSCAN_SOURCE_DIR) / "tests/fuzz/regressions";

std::string read_bytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(FuzzRegressions, EveryFolderNamesATarget) {
  ASSERT_TRUE(fs::is_directory(kRegressions)) << kRegressions;
  for (const auto& entry : fs::directory_iterator(kRegressions)) {
    if (!entry.is_directory()) continue;
    std::string name = entry.path().filename().string();
    EXPECT_TRUE(std::find(std::begin(fuzz::kTargets), std::end(fuzz::kTargets), name) !=
                std::end(fuzz::kTargets))
        << "tests/fuzz/regressions/" << name << " is not a fuzz target";
  }
}

TEST(FuzzRegressions, KeptInputsKeepTheInvariants) {
  size_t replayed = 0;
  for (std::string_view target : fuzz::kTargets) {
    fs::path dir = kRegressions / std::string(target);
    if (!fs::is_directory(dir)) continue;
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (entry.is_regular_file() && entry.path().filename().string()[0] != '.') files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
      std::string input = read_bytes(f);
      auto start = std::chrono::steady_clock::now();
      EXPECT_EQ(fuzz::run_target(target, input), "") << f;
      // A kept "timeout-" input once hung: it must now finish quickly (generous for
      // sanitizer builds on a loaded machine).
      auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      EXPECT_LT(seconds, 5.0) << f;
      ++replayed;
    }
  }
  EXPECT_GT(replayed, 0u) << "no kept inputs under " << kRegressions;
}

// A number token that starts with a digit outside ASCII once stopped before its first
// character: the tokenizer then emitted empty tokens forever and ran out of memory
// (tests/fuzz/regressions/tokenize/timeout-96e419ed...).
TEST(FuzzRegressions, NonAsciiDigitsEndTheirNumberToken) {
  struct Row {
    std::string_view text;
    std::vector<Span> spans;
  };
  const Row rows[] = {
      {"abc \u0661\u0662 x", {{0, 3}, {4, 8}, {9, 10}}},     // Arabic-Indic ١٢
      {"\uFF11\uFF12", {{0, 6}}},                             // fullwidth １２
      {"5\u0663rd", {{0, 5}}},                                // 5٣rd
      {"\u0967\u0968\u0969.", {{0, 9}, {9, 10}}},             // Devanagari १२३ then a period
  };
  for (const Row& row : rows) {
    std::vector<Token> tokens = tokenize(row.text);
    std::vector<Span> spans;
    for (const Token& t : tokens) spans.push_back(t.span());
    EXPECT_EQ(spans, row.spans) << row.text;
    EXPECT_EQ(fuzz::check_tokens(row.text, tokens), "") << row.text;
    for (const Token& t : tokens) {
      if (unicode::is_digit(unicode::decode(row.text, t.start).cp)) {
        EXPECT_EQ(t.kind, TokenKind::kNumber) << row.text;
      }
    }
  }
}

}  // namespace
}  // namespace speechscan
