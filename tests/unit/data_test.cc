#include "speechscan/data.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
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


// The rows as the splitter read them before it scanned eight bytes at a time: lines by
// find('\n'), fields by find('\t'), at most kMaxTsvFields of them.
std::string rows_by_find(std::string_view bytes) {
  std::string out;
  data::for_each_tsv_line(bytes, [&](std::string_view line, int line_no) {
    out += std::to_string(line_no) + ":";
    size_t n = 0, f = 0;
    while (n + 1 < data::kMaxTsvFields) {
      size_t tab = line.find('\t', f);
      if (tab == std::string_view::npos) break;
      out += std::string(line.substr(f, tab - f)) + "|";
      ++n;
      f = tab + 1;
    }
    out += std::string(line.substr(f)) + "|\n";
  });
  return out;
}

std::string rows(std::string_view bytes) {
  std::string out;
  data::for_each_tsv_row(bytes, [&](auto fields, int line) {
    out += std::to_string(line) + ":";
    for (auto f : fields) out += std::string(f) + "|";
    out += "\n";
  });
  return out;
}

TEST(Data, TsvRowsAsFindSplitsThem) {
  for (const auto& f : data::files()) EXPECT_EQ(rows(f.bytes), rows_by_find(f.bytes)) << f.name;
  const std::string many_tabs(20, '\t');
  for (std::string_view s :
       {"", "\n", "\r", "\r\n", "#", "\t", "a", "a\t", "a\t\r", "\ta\r\n\r\n", "#x\ty\n\tz",
        "abcdefgh\tijklmnop\nqrstuvwx", "abcdefg\n", "abcdefgh\n", "abcdefghi", "\xE2\x80\x99s\t\x89\x8A\n",
        "a\tb\tc\td\te\tf\tg\th\ti\tj\tk\tl\tm\tn\r\n", "x\r\ry\n\n\n#\n \n"}) {
    EXPECT_EQ(rows(s), rows_by_find(s)) << s;
  }
  EXPECT_EQ(rows(many_tabs), rows_by_find(many_tabs));
  // Every cut of a real file: the last bytes take the partial load.
  std::string_view f = data::get("lexicon/actors_titles.tsv");
  for (size_t n = 0; n < 200 && n <= f.size(); ++n) {
    EXPECT_EQ(rows(f.substr(0, n)), rows_by_find(f.substr(0, n))) << n;
    EXPECT_EQ(rows(f.substr(n)), rows_by_find(f.substr(n))) << n;
  }
}

TEST(Data, AlternativesSplitAtBarsSkippingEmptyOnes) {
  auto split = [](std::string_view field) {
    std::vector<std::string_view> out;
    data::for_each_alternative(field, [&](std::string_view alt) { out.push_back(alt); });
    return out;
  };
  using V = std::vector<std::string_view>;
  EXPECT_EQ(split("spoke|spake"), (V{"spoke", "spake"}));
  EXPECT_EQ(split("went"), (V{"went"}));
  EXPECT_EQ(split(""), V{});
  EXPECT_EQ(split("|a||b|"), (V{"a", "b"}));
  EXPECT_EQ(split(" the UK | Britain"), (V{" the UK ", " Britain"}));
}

}  // namespace
}  // namespace speechscan
