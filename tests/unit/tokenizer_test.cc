#include "speechscan/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace speechscan {
namespace {

// Compact dump: tokens joined by '|', kinds other than word marked with a suffix
// (#number, !punct, $symbol, @url, @email, ?other).
std::string dump(std::string_view text) {
  std::string out;
  for (const Token& t : tokenize(text)) {
    if (!out.empty()) out += '|';
    out += text.substr(t.start, t.end() - t.start);
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
      // A word written on after a dotted abbreviation without a space is a word of its own.
      {"by H.E.Mohan Pieris and the U.S.Army", "by|H.E.|Mohan|Pieris|and|the|U.S.|Army"},
      {"a Ph.D. and U.S.A. or N.Zeal", "a|Ph.D.|and|U.S.A.|or|N.Zeal"},
      {"Mr. Smith", "Mr|.!|Smith"},
      {"G7 and G20", "G7|and|G20"},
      {"50% of $100", "50#|%$|of|$$|100#"},
      {"O’Brien said", "O’Brien|said"},
      // A YAML string's escaped no-break space, space and line break are white space;
      // another backslash is a symbol.
      {"President\\_Biden at the\\\n  \\ Summit", "President|Biden|at|the|Summit"},
      {"a\\b \\n", "a|\\$|b|\\$|n"},
      {"Zürich and Kyiv", "Zürich|and|Kyiv"},
      {"a\xFF"
       "b",
       "a|\xFF?|b"},
      {"(yes) [no]", "(!|yes|)!|[!|no|]!"},
      {"Hello!!", "Hello|!!|!!"},
      {"1.) first", "1#|.!|)!|first"},
      // '|' for "I", as a PDF's text layer reads it: a word before a space and a lower-case
      // letter, after white space; a symbol in a table, as a separator, or written on.
      {"and | am here", "and|||am|here"},
      {"| will act", "||will|act"},
      {"and | Am", "and||$|Am"},
      {"x|y and |a", "x||$|y|and||$|a"},
      {"a | b | c", "a||$|b||$|c"},
      {"Remarks | 8 January", "Remarks||$|8#|January"},
      {"a |\n| am", "a||$|||am"},
  };
  for (const Row& r : rows) EXPECT_EQ(dump(r.text), r.tokens) << r.text;
}

// Another '|' on the line turns a '|' into a symbol only within 200 bytes, so that a line
// of bars costs no more per byte than other text.
TEST(Tokenizer, OcrPronounLooksAtMostTwoHundredBytesAway) {
  for (size_t gap : {198u, 199u, 200u, 201u}) {
    // '|' at 0, then " am", spaces, and another '|' at byte `gap` after the first.
    std::string after = "| am" + std::string(gap - 4, ' ') + "|";
    std::vector<Token> t = tokenize(after);
    ASSERT_FALSE(t.empty());
    EXPECT_EQ(t[0].kind, gap <= 200 ? TokenKind::kSymbol : TokenKind::kWord) << gap;
    std::string before = "|" + std::string(gap - 1, ' ') + "| am";
    t = tokenize(before);
    ASSERT_EQ(t.size(), 3u);
    EXPECT_EQ(t[1].kind, gap <= 200 ? TokenKind::kSymbol : TokenKind::kWord) << gap;
  }
}

// The same strings well inside a longer text, where the tokenizer's fast loop (16 bytes
// looked at a time) reaches them, and not only its general scan near the end of a text;
// plus the shapes the fast loop decides itself.
TEST(Tokenizer, FastLoopGivesTheSameTokens) {
  const Row rows[] = {
      {"It’s important", "It|’s|important"},
      {"we won’t, don't", "we|won’t|,!|don't"},
      {"side-by-side with US-led forces", "side-by-side|with|US-led|forces"},
      {"1,500 troops and 2.5 million", "1,500#|troops|and|2.5#|million"},
      {"at 10:30 on 2026-01-08", "at|10:30#|on|2026-01-08#"},
      {"the 5th of May, the 1990s", "the|5th#|of|May|,!|the|1990s#"},
      {"see https://www.gov.uk/news. Then", "see|https://www.gov.uk/news@url|.!|Then"},
      {"mail jane.doe@example.com.", "mail|jane.doe@example.com@email|.!"},
      {"the U.S. and e.g. a.m.", "the|U.S.|and|e.g.|a.m."},
      {"by H.E.Mohan Pieris and the U.S.Army", "by|H.E.|Mohan|Pieris|and|the|U.S.|Army"},
      {"50% of $100", "50#|%$|of|$$|100#"},
      {"Zürich and Kyiv", "Zürich|and|Kyiv"},
      {"ahead... and -- more", "ahead|...!|and|--!|more"},
      // An ASCII byte after a word or number, then white space: the token ends before it.
      {"now. The end- next it' s", "now|.!|The|end|-!|next|it|'!|s"},
      {"in 2026. In 1, 500 and 5. 5", "in|2026#|.!|In|1#|,!|500#|and|5#|.!|5#"},
      {"what with the www where", "what|with|the|www|where"},
      {"HTTP and WWW and http", "HTTP|and|WWW|and|http"},
      {"a verylongwordoftwentyletters here", "a|verylongwordoftwentyletters|here"},
      {"NATO, UN and I", "NATO|,!|UN|and|I"},
  };
  const std::string lead = "Padding words come first ";  // 25 bytes
  const std::string tail(24, ' ');
  for (const Row& r : rows) {
    std::string text = lead + r.text + tail;
    EXPECT_EQ(dump(text), std::string("Padding|words|come|first|") + r.tokens) << r.text;
    // Flags too: the same tokens as the general scan gives the text on its own.
    std::vector<Token> alone = tokenize(r.text);
    std::vector<Token> inside = tokenize(text);
    ASSERT_EQ(inside.size(), alone.size() + 4) << r.text;
    for (size_t k = 0; k < alone.size(); ++k) {
      const Token& a = alone[k];
      const Token& b = inside[k + 4];
      EXPECT_EQ(b.start - lead.size(), a.start) << r.text << " token " << k;
      EXPECT_EQ(b.kind, a.kind) << r.text << " token " << k;
      // The first token's line-start flags differ (it follows "first " inside the text).
      uint16_t mask = k == 0 ? static_cast<uint16_t>(~(kLineStart | kAfterBlankLine | kSpaceBefore)) : 0xFFFF;
      EXPECT_EQ(b.flags & mask, a.flags & mask) << r.text << " token " << k;
    }
  }
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
    ASSERT_LT(t.start, t.end());
    for (uint32_t i = pos; i < t.start; ++i) {
      char c = text[i];
      EXPECT_TRUE(c == ' ' || c == '\n' || c == '\r' || c == '\t') << "gap byte " << int(c);
    }
    rebuilt += text.substr(pos, t.end() - pos);
    pos = t.end();
  }
  rebuilt += text.substr(pos);
  EXPECT_EQ(rebuilt, text);
}

TEST(Tokenizer, EmptyAndSpaceOnlyInput) {
  EXPECT_TRUE(tokenize("").empty());
  EXPECT_TRUE(tokenize(" \n\t\r\n ").empty());
}

TEST(Tokenizer, TokenFieldsReadBackFromThePackedWord) {
  Token t(7, 7 + Token::kMaxLength, TokenKind::kEmail, kUpperInitial | kLineEnd | kHasApostrophe);
  EXPECT_EQ(t.start, 7u);
  EXPECT_EQ(t.length, Token::kMaxLength);
  EXPECT_EQ(t.end(), 7u + Token::kMaxLength);
  EXPECT_EQ(t.kind, TokenKind::kEmail);
  EXPECT_EQ(t.flags, static_cast<uint32_t>(kUpperInitial | kLineEnd | kHasApostrophe));
  t.set(kNonAscii);
  t.clear(kUpperInitial);
  EXPECT_EQ(t.flags, static_cast<uint32_t>(kLineEnd | kHasApostrophe | kNonAscii));
  EXPECT_EQ(t.kind, TokenKind::kEmail);
  EXPECT_EQ(t.length, Token::kMaxLength);
  // packed(), which scans test in one go: flags from bit 0, kind, then length.
  EXPECT_EQ(t.packed(), (kLineEnd | kHasApostrophe | kNonAscii) |
                            (static_cast<uint32_t>(TokenKind::kEmail) << Token::kKindShift) |
                            (Token::kMaxLength << Token::kLengthShift));
  Token p;
  p.start = 3;
  p.flags = kHasHyphen;
  p.kind = TokenKind::kPunct;
  p.length = 5;
  EXPECT_EQ(p.packed(), kHasHyphen | (static_cast<uint32_t>(TokenKind::kPunct) << Token::kKindShift) |
                            (5u << Token::kLengthShift));
  Token u(0xFFFFFFF0u, 0xFFFFFFFFu, TokenKind::kOther, 0);
  EXPECT_EQ(u.start, 0xFFFFFFF0u);
  EXPECT_EQ(u.end(), 0xFFFFFFFFu);
  EXPECT_EQ(u.kind, TokenKind::kOther);
  EXPECT_EQ(u.flags, 0u);
}

// Tokens are eight bytes with an 18-bit length: a run longer than that is cut into
// pieces at character boundaries; only the first piece says where it starts.
TEST(Tokenizer, OverlongRunIsCutAtCharacterBoundaries) {
  std::string ascii = "Word " + std::string(300000, 'a') + " end";
  std::vector<Token> t = tokenize(ascii);
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t[1].start, 5u);
  EXPECT_EQ(t[1].end(), 5u + Token::kMaxLength);
  EXPECT_EQ(t[2].start, t[1].end());
  EXPECT_EQ(t[2].end(), 300005u);
  EXPECT_EQ(t[1].kind, TokenKind::kWord);
  EXPECT_EQ(t[2].kind, TokenKind::kWord);
  EXPECT_TRUE(t[1].has(kSpaceBefore));
  EXPECT_TRUE(t[1].has(kLowerInitial));
  EXPECT_FALSE(t[2].has(kSpaceBefore));
  EXPECT_FALSE(t[2].has(kLowerInitial));
  EXPECT_EQ(t[3].start, 300006u);

  // Two-byte letters: the cut (an odd offset from the start) backs off to a boundary.
  std::string wide;
  for (int k = 0; k < 150000; ++k) wide += "\u00e9";
  t = tokenize(wide);
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].start, 0u);
  EXPECT_EQ(t[0].end(), Token::kMaxLength - 1);
  EXPECT_EQ(t[1].start, Token::kMaxLength - 1);
  EXPECT_EQ(t[1].end(), 300000u);
  EXPECT_TRUE(t[0].has(kLineStart));
  EXPECT_FALSE(t[1].has(kLineStart));
  EXPECT_TRUE(t[1].has(kLineEnd));
  EXPECT_TRUE(t[1].has(kNonAscii));
}

}  // namespace
}  // namespace speechscan
