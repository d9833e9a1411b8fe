#include "speechscan/tokenizer.h"

#include <gtest/gtest.h>

#include <string>

namespace speechscan {
namespace {

// Compact dump: tokens joined by '|', kinds other than word marked with a suffix
// (#number, !punct, $symbol, @url, @email, ?other).
std::string dump(std::string_view text) {
  std::string out;
  for (const Token& t : tokenize(text)) {
    if (!out.empty()) out += '|';
    out += text.substr(t.start, t.end - t.start);
    switch (t.kind) {
      case TokenKind::kWord: break;
      case TokenKind::kNumber: out += "#"; break;
      case TokenKind::kPunct: out += "!"; break;
      case TokenKind::kSymbol: out += "$"; break;
      case TokenKind::kUrl: out += "@url"; break;
      case TokenKind::kEmail: out += "@email"; break;
      case TokenKind::kOther: out += "?"; break;
    }
  }
  return out;
}

struct Row {
  const char* text;
  const char* tokens;
};

TEST(Tokenizer, TrickyStrings) {
  const Row rows[] = {
      {"It’s important", "It|’s|important"},
      {"Ukraine’s skies", "Ukraine|’s|skies"},
      {"Putin's war", "Putin|'s|war"},
      {"we’ll see, we've won", "we|’ll|see|,!|we|'ve|won"},
      {"we won’t, don't", "we|won’t|,!|don't"},
      {"side-by-side with US-led forces", "side-by-side|with|US-led|forces"},
      {"the long-term plan", "the|long-term|plan"},
      {"peace – now — later", "peace|–!|now|—!|later"},
      {"ahead… and ... more", "ahead|…!|and|...!|more"},
      {"“military hubs”", "“!|military|hubs|”!"},
      {"1,500 troops and 2.5 million", "1,500#|troops|and|2.5#|million"},
      {"at 10:30 on 2026-01-08", "at|10:30#|on|2026-01-08#"},
      {"the 5th of May, the 1990s", "the|5th#|of|May|,!|the|1990s#"},
      {"8/1/2026", "8#|/$|1#|/$|2026#"},
      {"see https://www.gov.uk/news. Then", "see|https://www.gov.uk/news@url|.!|Then"},
      {"mail jane.doe@example.com.", "mail|jane.doe@example.com@email|.!"},
      {"the U.S. and e.g. a.m.", "the|U.S.|and|e.g.|a.m."},
      {"Mr. Smith", "Mr|.!|Smith"},
      {"G7 and G20", "G7|and|G20"},
      {"50% of $100", "50#|%$|of|$$|100#"},
      {"O’Brien said", "O’Brien|said"},
      {"Zürich and Kyiv", "Zürich|and|Kyiv"},
      {"a\xFF" "b", "a|\xFF?|b"},
      {"(yes) [no]", "(!|yes|)!|[!|no|]!"},
      {"Hello!!", "Hello|!!|!!"},
      {"1.) first", "1#|.!|)!|first"},
  };
  for (const Row& r : rows) EXPECT_EQ(dump(r.text), r.tokens) << r.text;
}

TEST(Tokenizer, FlagsDescribeShapeAndLines) {
  std::string text = "UK and Britain\n\nnext line\nthird";
  auto toks = tokenize(text);
  ASSERT_EQ(toks.size(), 6u);
  EXPECT_TRUE(toks[0].has(kAllUpper));
  EXPECT_TRUE(toks[0].has(kUpperInitial));
  EXPECT_TRUE(toks[0].has(kLineStart));
  EXPECT_TRUE(toks[0].has(kAfterBlankLine));
  EXPECT_TRUE(toks[1].has(kLowerInitial));
  EXPECT_FALSE(toks[2].has(kAllUpper));
  EXPECT_TRUE(toks[2].has(kLineEnd));
  EXPECT_TRUE(toks[3].has(kLineStart));
  EXPECT_TRUE(toks[3].has(kAfterBlankLine));
  EXPECT_TRUE(toks[5].has(kLineStart));
  EXPECT_FALSE(toks[5].has(kAfterBlankLine));
  EXPECT_TRUE(toks[5].has(kLineEnd));
}

TEST(Tokenizer, CrlfAndCrCountAsLineBreaks) {
  auto crlf = tokenize("a\r\n\r\nb");
  ASSERT_EQ(crlf.size(), 2u);
  EXPECT_TRUE(crlf[1].has(kAfterBlankLine));
  auto cr = tokenize("a\rb");
  ASSERT_EQ(cr.size(), 2u);
  EXPECT_TRUE(cr[1].has(kLineStart));
  EXPECT_FALSE(cr[1].has(kAfterBlankLine));
}

TEST(Tokenizer, TokensAndGapsGiveBackTheInput) {
  const std::string text =
      "It’s important – European and American allies, side-by-side…\n\n"
      "  Over 1,500 troops; the U.S. said “no”.\r\nDone \xC3\x28 bad byte.";
  auto toks = tokenize(text);
  std::string rebuilt;
  uint32_t pos = 0;
  for (const Token& t : toks) {
    ASSERT_LE(pos, t.start);
    ASSERT_LT(t.start, t.end);
    for (uint32_t i = pos; i < t.start; ++i) {
      char c = text[i];
      EXPECT_TRUE(c == ' ' || c == '\n' || c == '\r' || c == '\t') << "gap byte " << int(c);
    }
    rebuilt += text.substr(pos, t.end - pos);
    pos = t.end;
  }
  rebuilt += text.substr(pos);
  EXPECT_EQ(rebuilt, text);
}

TEST(Tokenizer, EmptyAndSpaceOnlyInput) {
  EXPECT_TRUE(tokenize("").empty());
  EXPECT_TRUE(tokenize(" \n\t\r\n ").empty());
}

}  // namespace
}  // namespace speechscan
