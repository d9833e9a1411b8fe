// WordKey: the literal comparisons the stages use in place of std::string_view's must
// give the same answers for every length relation (shorter, equal, longer, a prefix).
#include "../../src/word_key.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace speechscan {
namespace {

TEST(WordKey, ComparesWithLiteralsLikeAStringView) {
  const std::vector<std::string> words = {"",     "i",    "is",   "isn", "it",        "we",
                                          "with", "will", "wil",  "willing", "IS", "n't",
                                          "\xE2\x80\x99", "alongside"};
  for (const std::string& s : words) {
    const WordKey k = std::string_view(s);
    const std::string_view v = s;
    EXPECT_EQ(k == "is", v == "is") << s;
    EXPECT_EQ(k != "is", v != "is") << s;
    EXPECT_EQ(k == "will", v == "will") << s;
    EXPECT_EQ(k == "", v.empty()) << s;
    EXPECT_EQ("with" == k, "with" == v) << s;
    EXPECT_EQ(k == "\xE2\x80\x99", v == "\xE2\x80\x99") << s;
    EXPECT_EQ(k.starts_with("wi"), v.starts_with("wi")) << s;
    EXPECT_EQ(k.ends_with("ll"), v.ends_with("ll")) << s;
    EXPECT_EQ(k.ends_with("n't"), v.ends_with("n't")) << s;
    EXPECT_EQ(k.starts_with(""), true) << s;
    // Views and characters still go to std::string_view's own.
    EXPECT_EQ(k == std::string_view("will"), v == "will") << s;
    EXPECT_EQ(k.starts_with(std::string_view("al")), v.starts_with("al")) << s;
    EXPECT_EQ(k.ends_with('s'), v.ends_with('s')) << s;
    EXPECT_EQ(k.starts_with('i'), v.starts_with('i')) << s;
  }
}

TEST(WordKey, ComparesOnlyItsOwnBytes) {
  // A view into a longer text: the bytes after it are not part of the word.
  const std::string text = "willing";
  const WordKey will(std::string_view(text).substr(0, 4));
  EXPECT_TRUE(will == "will");
  EXPECT_FALSE(will == "willing");
  EXPECT_FALSE(will.ends_with("ing"));
  EXPECT_TRUE(will.ends_with("ill"));
  const WordKey ing(std::string_view(text).substr(4));
  EXPECT_TRUE(ing == "ing");
  EXPECT_FALSE(ing.starts_with("will"));
}

}  // namespace
}  // namespace speechscan
