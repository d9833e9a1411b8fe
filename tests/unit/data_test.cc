#include "speechscan/data.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace speechscan {
namespace {

TEST(Data, EmbeddedFilesAreSortedAndFindable) {
  auto all = data::files();
  ASSERT_FALSE(all.empty());
  for (size_t i = 1; i < all.size(); ++i) EXPECT_LT(all[i - 1].name, all[i].name);
  for (const auto& f : all) EXPECT_EQ(data::get(f.name).data(), f.bytes.data());
  EXPECT_TRUE(data::get("lexicon/no-such-file.tsv").empty());
}

TEST(Data, TsvRowsSkipCommentsAndBlankLines) {
  std::vector<std::string> seen;
  data::for_each_tsv_row("# comment\n\na\tb\r\nc\n", [&](auto fields, int line) {
    std::string row = std::to_string(line) + ":";
    for (auto f : fields) row += std::string(f) + "|";
    seen.push_back(row);
  });
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(seen[0], "3:a|b|");
  EXPECT_EQ(seen[1], "4:c|");
}

}  // namespace
}  // namespace speechscan
