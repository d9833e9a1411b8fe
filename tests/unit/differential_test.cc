// The fast tokenizer (src/tokenizer.cc) against a slow reference written from the shape
// rules in include/speechscan/tokenizer.h, and the sentence splitter against the
// invariants every split must keep, over random strings (fixed seeds) and real text.
//
// The reference decodes the text into code points first and then reads each token with
// one small function per shape, so that it shares no code and little structure with the
// byte-level scanner it checks. It uses the library's character classes (the ICU
// adapter, unicode.h): those are the data, the tokenizer is the logic under test.
//
// Out of the reference's scope: URLs and e-mail addresses (random strings never form
// one: their alphabet has no 'w', 'h', 'f', 'p' or '@'; real text is compared only when
// it has none).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "../fuzz/invariants.h"
#include "speechscan/sentences.h"
#include "speechscan/tokenizer.h"
#include "speechscan/unicode.h"

namespace speechscan {
namespace {

// --- The reference tokenizer ------------------------------------------------------------

enum class Cls { kSpace, kBreak, kLetter, kDigit, kPunct, kSymbol, kOther };

struct Cp {
  char32_t cp;
  uint32_t start, end;  // bytes
  Cls cls;
  bool upper, lower;
};

// Combining marks (and the zero-width joiner) continue a word like letters do.
bool combining_mark(char32_t c) {
  return (c >= 0x300 && c <= 0x36F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) ||
         (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE20 && c <= 0xFE2F) || c == 0x200D;
}

Cls classify(char32_t c, bool valid) {
  if (!valid) return Cls::kOther;
  if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x85) return Cls::kBreak;
  if (unicode::is_space(c)) return Cls::kSpace;
  if (unicode::is_letter(c) || combining_mark(c)) return Cls::kLetter;
  if (unicode::is_digit(c)) return Cls::kDigit;
  if (c < 0x80) {
    // ASCII: the header's symbol list, the rest of the printable non-alphanumerics is
    // punctuation, and control characters are "other".
    if (c < 0x20 || c == 0x7F) return Cls::kOther;
    if (std::u32string_view(U"$%&+<=>^`|~#@*/\\").find(c) != std::u32string_view::npos) return Cls::kSymbol;
    return Cls::kPunct;
  }
  if (unicode::is_punctuation(c)) return Cls::kPunct;
  if (unicode::is_symbol(c)) return Cls::kSymbol;
  return Cls::kOther;
}

std::vector<Cp> decode_all(std::string_view text) {
  std::vector<Cp> out;
  size_t i = 0;
  while (i < text.size()) {
    unicode::Decoded d = unicode::decode(text, i);
    Cp c{d.valid ? d.cp : unicode::kReplacement, static_cast<uint32_t>(i),
         static_cast<uint32_t>(i + (d.valid ? d.length : 1)), classify(d.cp, d.valid), false, false};
    if (c.cls == Cls::kLetter) {
      c.upper = unicode::is_upper(c.cp);
      c.lower = !c.upper;
    }
    out.push_back(c);
    i = c.end;
  }
  return out;
}

struct RefToken {
  uint32_t start, end;
  TokenKind kind;
  bool line_start, line_end, after_blank, space_before, upper_initial, all_upper;
  bool operator==(const RefToken&) const = default;
};

std::ostream& operator<<(std::ostream& os, const RefToken& t) {
  return os << "[" << t.start << "," << t.end << ") " << token_kind_name(t.kind) << " ls" << t.line_start
            << " le" << t.line_end << " ab" << t.after_blank << " sb" << t.space_before << " ui"
            << t.upper_initial << " au" << t.all_upper;
}

class Reference {
 public:
  explicit Reference(std::string_view text) : cps_(decode_all(text)) {}

  std::vector<RefToken> run() {
    std::vector<RefToken> out;
    size_t breaks = 2;  // the start of text counts as after a blank line
    bool space = false;
    size_t k = 0;
    while (k < cps_.size()) {
      const Cp& c = cps_[k];
      if (c.cls == Cls::kBreak || c.cls == Cls::kSpace) {
        // \r\n is one line break
        if (c.cls == Cls::kBreak && !(c.cp == '\r' && k + 1 < cps_.size() && cps_[k + 1].cp == '\n')) ++breaks;
        space = true;
        ++k;
        continue;
      }
      bool adjacent_word = !out.empty() && out.back().end == c.start &&
                           (out.back().kind == TokenKind::kWord || out.back().kind == TokenKind::kNumber);
      TokenKind kind;
      size_t e = read_token(k, adjacent_word, &kind);
      RefToken t{c.start, cps_[e - 1].end, kind, breaks > 0, false, breaks > 1, space, false, false};
      if (kind == TokenKind::kWord && c.cp == '|') {
        t.upper_initial = true;
        t.all_upper = true;
      } else if (kind == TokenKind::kWord && c.cls == Cls::kLetter) {
        t.upper_initial = c.upper;
        t.all_upper = true;
        for (size_t j = k; j < e; ++j) {
          if (cps_[j].cls == Cls::kLetter && cps_[j].lower && !combining_mark(cps_[j].cp)) t.all_upper = false;
        }
      }
      if (!out.empty()) out.back().line_end = breaks > 0;
      out.push_back(t);
      breaks = 0;
      space = false;
      k = e;
    }
    if (!out.empty()) out.back().line_end = true;
    return out;
  }

 private:
  Cls cls(size_t k) const { return k < cps_.size() ? cps_[k].cls : Cls::kSpace; }
  char32_t cp(size_t k) const { return k < cps_.size() ? cps_[k].cp : 0; }
  bool alnum(size_t k) const { return cls(k) == Cls::kLetter || cls(k) == Cls::kDigit; }
  bool apostrophe(size_t k) const { return cp(k) == '\'' || cp(k) == 0x2019; }
  char32_t lower(size_t k) const {
    char32_t c = cp(k);
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
  }

  // A '|' read as the pronoun "I": at the start or after white space, before a space and
  // a lower-case ASCII letter, with no other '|' on its line within 200 bytes either way.
  bool ocr_pronoun(size_t k) const {
    if (cp(k) != '|') return false;
    if (k > 0 && cp(k - 1) != ' ' && cp(k - 1) != '\t' && cp(k - 1) != '\n' && cp(k - 1) != '\r')
      return false;
    if (k + 2 >= cps_.size() || cp(k + 1) != ' ' || cp(k + 2) < 'a' || cp(k + 2) > 'z')
      return false;
    const size_t at = cps_[k].start;
    for (size_t j = k; j > 0 && cps_[j - 1].start + 200 >= at;) {
      --j;
      if (cp(j) == '\n' || cp(j) == '\r') break;
      if (cp(j) == '|') return false;
    }
    for (size_t j = k + 1; j < cps_.size() && cps_[j].start <= at + 200; ++j) {
      if (cp(j) == '\n' || cp(j) == '\r') break;
      if (cp(j) == '|') return false;
    }
    return true;
  }

  // Code points of the clitic ('s 're 've 'll 'd 'm) after the apostrophe at k, or 0.
  size_t clitic(size_t k) const {
    for (std::u32string_view c : {U"ll", U"re", U"ve", U"s", U"d", U"m"}) {
      bool match = true;
      for (size_t j = 0; j < c.size(); ++j) match = match && lower(k + 1 + j) == c[j];
      if (match && !alnum(k + 1 + c.size())) return c.size();
    }
    return 0;
  }

  size_t read_token(size_t k, bool adjacent_word, TokenKind* kind) {
    switch (cls(k)) {
      case Cls::kLetter: *kind = TokenKind::kWord; return read_word(k);
      case Cls::kDigit: *kind = TokenKind::kNumber; return read_number(k);
      case Cls::kPunct: *kind = TokenKind::kPunct; return read_punct(k, adjacent_word, kind);
      case Cls::kSymbol:
        *kind = ocr_pronoun(k) ? TokenKind::kWord : TokenKind::kSymbol;
        return k + 1;
      default: {
        *kind = TokenKind::kOther;  // a run of control bytes, invalid bytes, unassigned
        size_t e = k + 1;
        while (cls(e) == Cls::kOther && e < cps_.size()) ++e;
        return e;
      }
    }
  }

  // A word: groups of letters and digits joined by inner apostrophes (before a letter),
  // hyphens (before a letter or digit) and the periods of an abbreviation (a group of at
  // most 3 before a letter); "n't" stays in; a clitic ends the word; an abbreviation keeps
  // its final period when its last group has at most 2 characters (U.S., e.g.).
  size_t read_word(size_t k) {
    size_t e = k;
    size_t group = 0;  // letters and digits since the last hyphen or inner period
    bool dotted = false;
    while (e < cps_.size()) {
      if (alnum(e)) {
        ++group;
        ++e;
      } else if (apostrophe(e)) {
        if (e > k && lower(e - 1) == 'n' && lower(e + 1) == 't' && !alnum(e + 2)) return e + 2;
        if (clitic(e) != 0 || cls(e + 1) != Cls::kLetter) return e;
        ++e;
      } else if ((cp(e) == '-' || cp(e) == 0x2011) && alnum(e + 1)) {
        group = 0;
        ++e;
      } else if (cp(e) == '.' && cls(e + 1) == Cls::kLetter && group <= 3) {
        dotted = true;
        group = 0;
        ++e;
      } else if (cp(e) == '.' && dotted && group <= 2) {
        return e + 1;
      } else {
        return e;
      }
    }
    return e;
  }

  // A number: digits, a thousands comma before exactly three digits, '.' or ':' before a
  // digit, '-' before a letter or digit, and letters (5th, 1990s).
  size_t read_number(size_t k) {
    size_t e = k;
    auto ascii_digit = [&](size_t j) { return cp(j) >= '0' && cp(j) <= '9'; };
    while (e < cps_.size()) {
      if (alnum(e)) {
        ++e;
      } else if (cp(e) == ',' && ascii_digit(e + 1) && ascii_digit(e + 2) && ascii_digit(e + 3) &&
                 !ascii_digit(e + 4)) {
        e += 4;
      } else if ((cp(e) == '.' || cp(e) == ':') && ascii_digit(e + 1)) {
        ++e;
      } else if (cp(e) == '-' && alnum(e + 1)) {
        ++e;
      } else {
        return e;
      }
    }
    return e;
  }

  // Punctuation: a run of periods, a run of 2+ hyphens, a clitic straight after a word
  // (a kWord: ’s), or one character.
  size_t read_punct(size_t k, bool adjacent_word, TokenKind* kind) {
    if (cp(k) == '.' || (cp(k) == '-' && cp(k + 1) == '-')) {
      size_t e = k + 1;
      while (cp(e) == cp(k)) ++e;
      return e;
    }
    if (adjacent_word && apostrophe(k)) {
      if (size_t n = clitic(k)) {
        *kind = TokenKind::kWord;
        return k + 1 + n;
      }
    }
    return k + 1;
  }

  std::vector<Cp> cps_;
};

std::vector<RefToken> fast(std::string_view text) {
  std::vector<RefToken> out;
  for (const Token& t : tokenize(text)) {
    bool word = t.kind == TokenKind::kWord && !(text[t.start] == '\'' || text.substr(t.start, 3) == "\u2019");
    out.push_back({t.start, t.end(), t.kind, t.has(kLineStart), t.has(kLineEnd), t.has(kAfterBlankLine),
                   t.has(kSpaceBefore), word && t.has(kUpperInitial), word && t.has(kAllUpper)});
  }
  return out;
}

// Compares the two tokenizations; on the first difference says where, with context.
void expect_same_tokens(std::string_view text, const std::string& label) {
  std::vector<RefToken> want = Reference(text).run();
  std::vector<RefToken> got = fast(text);
  size_t n = std::min(want.size(), got.size());
  for (size_t i = 0; i < n; ++i) {
    if (!(want[i] == got[i])) {
      size_t from = want[i].start > 20 ? want[i].start - 20 : 0;
      ADD_FAILURE() << label << ": token " << i << "\n  reference: " << want[i] << "\n  tokenizer: " << got[i]
                    << "\n  text near: \"" << text.substr(from, 50) << "\"";
      return;
    }
  }
  EXPECT_EQ(want.size(), got.size()) << label << ": token counts differ";
}

// --- Random text ------------------------------------------------------------------------

// Pieces random strings are made of: letters that form clitics and n't, digits (one outside
// ASCII), every joiner and separator the rules mention, white space of each kind, a few
// non-ASCII letters and marks, control and invalid bytes.
constexpr std::string_view kPieces[] = {
    "a",          "b",      "e",      "s",      "t",       "n",      "l",    "d",    "m",
    "r",          "v",      "o",      "A",      "U",       "S",      "N",    "T",    "D",
    "I",          "\u00e9", "\u00c9", "\u00df", "e\u0301", "1",      "2",    "0",    "9",
    "\u0661",     " ",      " ",      " ",      "  ",      "\t",     "\n",   "\n",   "\r\n",
    "\r",         "\n\n",   "\u00a0", "\u2028", ".",       ".",      ",",    "-",    "--",
    "'",          "\u2019", ":",      "!",      "?",       "\"",     "(",    ")",    "$",
    "%",          "/",      "\u2014", "\u2013", "\u2026",  "\u2011", "\x01", "\xff", "\xe2\x80",
    "\U0001F600", "\u201c", "\u201d", ";",      "&",       "|",      " | a", "| w"};

std::string random_text(std::mt19937& rng, size_t pieces) {
  std::uniform_int_distribution<size_t> pick(0, std::size(kPieces) - 1);
  std::string s;
  for (size_t i = 0; i < pieces; ++i) s += kPieces[pick(rng)];
  return s;
}

TEST(Differential, TokenizerMatchesReferenceOnRandomText) {
  for (uint32_t seed = 1; seed <= 2000; ++seed) {
    std::mt19937 rng(seed);
    std::string text = random_text(rng, 1 + seed % 60);
    expect_same_tokens(text, "seed " + std::to_string(seed));
    if (HasFailure()) return;  // one clear report beats two thousand
  }
}

// Words built from the shapes the header names, so that each rule is hit often.
TEST(Differential, TokenizerMatchesReferenceOnWordShapes) {
  constexpr std::string_view kShapes[] = {
      "It\u2019s", "won\u2019t", "can't", "don't", "O\u2019Brien", "we\u2019ll", "they're", "I'd",
      "side-by-side", "US-led", "U.S.", "e.g.", "a.m.", "Ph.D.", "Mr.", "Dr", "2026-01-08",
      "1,500", "1,5000", "2.5", "10:30", "5th", "1990s", "8/1/2026", "G7", "...", "\u2026", "--",
      "\u2014", "ab.cd.ef", "abcd.e", "a.b", "x-", "-x", "'s", "dogs'", "n't", "\u00c9lys\u00e9e",
      "NATO's", "rock'n'roll", "9-11", "3-D", "a.b.c.", "U.S.A.", "ab.c.", "DON't"};
  constexpr std::string_view kGlue[] = {" ", "\n", ", ", ". ", " (", ") ", "", "\n\n", "-", "'"};
  for (uint32_t seed = 1; seed <= 1000; ++seed) {
    std::mt19937 rng(seed);
    std::uniform_int_distribution<size_t> shape(0, std::size(kShapes) - 1), glue(0, std::size(kGlue) - 1);
    std::string text;
    for (int i = 0; i < 8; ++i) text += std::string(kShapes[shape(rng)]) + std::string(kGlue[glue(rng)]);
    expect_same_tokens(text, "shape seed " + std::to_string(seed));
    if (HasFailure()) return;
  }
}

// --- Real text --------------------------------------------------------------------------

std::vector<std::pair<std::string, std::string>> real_texts() {
  namespace fs = std::filesystem;
  std::vector<std::pair<std::string, std::string>> out;
  const fs::path root = SPEECHSCAN_SOURCE_DIR;
  for (const char* dir : {"data/samples", "tests/data/bench"}) {
    if (!fs::is_directory(root / dir)) continue;
    for (const auto& e : fs::directory_iterator(root / dir)) {
      if (e.path().extension() != ".txt") continue;
      std::ifstream in(e.path(), std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      out.emplace_back(e.path().filename().string(), ss.str());
    }
  }
  return out;
}

bool has_url_or_email(std::string_view text) {
  for (std::string_view marker : {"@", "://", "www.", "WWW."}) {
    if (text.find(marker) != std::string_view::npos) return true;
  }
  return false;
}

TEST(Differential, TokenizerMatchesReferenceOnRealText) {
  auto texts = real_texts();
  ASSERT_FALSE(texts.empty());
  for (const auto& [name, text] : texts) {
    if (has_url_or_email(text)) continue;
    expect_same_tokens(text, name);
  }
}

// --- Tokenizing in two pieces (tokenize(text, 2)) -----------------------------------------

// The tokens of text[0, cut) then tokenize_from(text, cut) are the whole text's, at every
// cut of the text.
void expect_same_at_every_cut(std::string_view text, const std::string& label) {
  const std::vector<Token> whole = tokenize(text);
  auto same = [](const Token& a, const Token& b) { return a.packed() == b.packed() && a.start == b.start; };
  for (size_t at = 0; at < text.size(); ++at) {
    if (!is_tokenize_cut(text, at)) continue;
    std::vector<Token> pieces = tokenize(text.substr(0, at));
    std::vector<Token> rest = tokenize_from(text, at);
    pieces.insert(pieces.end(), rest.begin(), rest.end());
    bool equal = pieces.size() == whole.size() && std::equal(pieces.begin(), pieces.end(), whole.begin(), same);
    if (!equal) {
      ADD_FAILURE() << label << ": cut at " << at << " gives other tokens (near \""
                    << text.substr(at > 20 ? at - 20 : 0, 40) << "\")";
      return;
    }
  }
}

TEST(Differential, TokenizingFromACutMatchesTheWholeOnRandomText) {
  for (uint32_t seed = 1; seed <= 1500; ++seed) {
    std::mt19937 rng(seed);
    std::string text = random_text(rng, 10 + seed % 80);
    expect_same_at_every_cut(text, "seed " + std::to_string(seed));
    if (HasFailure()) return;
  }
}

TEST(Differential, TokenizingFromACutMatchesTheWholeOnRealText) {
  auto texts = real_texts();
  ASSERT_FALSE(texts.empty());
  size_t cut_texts = 0;
  for (const auto& [name, text] : texts) {
    // Every cut of the short texts; the long ones at cuts spread through them.
    if (text.size() < 40'000) {
      expect_same_at_every_cut(text, name);
      ++cut_texts;
      continue;
    }
    const std::vector<Token> whole = tokenize(text);
    for (size_t at = 1; at < text.size(); at += text.size() / 97) {
      while (at < text.size() && !is_tokenize_cut(text, at)) ++at;
      if (at >= text.size()) break;
      std::vector<Token> pieces = tokenize(std::string_view(text).substr(0, at));
      std::vector<Token> rest = tokenize_from(text, at);
      pieces.insert(pieces.end(), rest.begin(), rest.end());
      ASSERT_EQ(pieces.size(), whole.size()) << name << " cut at " << at;
      for (size_t i = 0; i < whole.size(); ++i) {
        ASSERT_EQ(pieces[i].start, whole[i].start) << name << " cut at " << at << " token " << i;
        ASSERT_EQ(pieces[i].packed(), whole[i].packed()) << name << " cut at " << at << " token " << i;
      }
    }
  }
  EXPECT_GT(cut_texts, 0u);
}

// A text over 256 KiB is found in two pieces on two threads: the same tokens.
TEST(Differential, TwoThreadTokenizingMatchesOneOnALargeText) {
  std::string text;
  for (const auto& [name, t] : real_texts()) text += t + "\n";
  ASSERT_FALSE(text.empty());
  while (text.size() < 700'000) text += text;
  const std::vector<Token> one = tokenize(text);
  const std::vector<Token> two = tokenize(text, 2);
  ASSERT_EQ(one.size(), two.size());
  for (size_t i = 0; i < one.size(); ++i) {
    ASSERT_EQ(one[i].start, two[i].start) << i;
    ASSERT_EQ(one[i].packed(), two[i].packed()) << i;
  }
  // One without a line break is found in one piece.
  std::string line(300'000, 'a');
  for (size_t i = 7; i < line.size(); i += 8) line[i] = ' ';
  EXPECT_EQ(tokenize(line, 2).size(), tokenize(line).size());
}

// --- Invariants: lossless tokens, sentences partition them ------------------------------

TEST(Differential, TokensAndGapsGiveBackTheInput) {
  auto texts = real_texts();
  for (uint32_t seed = 1; seed <= 500; ++seed) {
    std::mt19937 rng(seed);
    texts.emplace_back("seed " + std::to_string(seed), random_text(rng, 200));
  }
  for (const auto& [name, text] : texts) {
    std::vector<Token> tokens = tokenize(text);
    // Rebuild the input from the token bytes and the gap bytes, and check every gap is
    // white space (fuzz::check_tokens decodes each gap).
    std::string rebuilt;
    uint32_t prev = 0;
    for (const Token& t : tokens) {
      rebuilt += text.substr(prev, t.start - prev);
      rebuilt += slice(text, t.span());
      prev = t.end();
    }
    rebuilt += text.substr(prev);
    EXPECT_EQ(rebuilt, text) << name;
    EXPECT_EQ(fuzz::check_tokens(text, tokens), "") << name;
  }
}

TEST(Differential, SentencesCoverEveryTokenOnceInOrder) {
  auto texts = real_texts();
  for (uint32_t seed = 1; seed <= 500; ++seed) {
    std::mt19937 rng(seed);
    texts.emplace_back("seed " + std::to_string(seed), random_text(rng, 300));
  }
  for (const auto& [name, text] : texts) {
    std::vector<Token> tokens = tokenize(text);
    std::vector<Sentence> sentences = split_sentences(text, tokens);
    EXPECT_EQ(fuzz::check_sentences(text, tokens, sentences), "") << name;
    // Slow restatement: mark each token with the sentence that holds it.
    std::vector<int> owner(tokens.size(), -1);
    for (size_t s = 0; s < sentences.size(); ++s) {
      for (uint32_t t = sentences[s].first_token; t < sentences[s].end_token && t < tokens.size(); ++t) {
        EXPECT_EQ(owner[t], -1) << name << ": token " << t << " in two sentences";
        owner[t] = static_cast<int>(s);
      }
    }
    for (size_t t = 0; t < tokens.size(); ++t) {
      EXPECT_GE(owner[t], 0) << name << ": token " << t << " in no sentence";
      if (t > 0) {
        EXPECT_LE(owner[t - 1], owner[t]) << name << ": sentences out of order";
      }
    }
    if (!tokens.empty()) {
      EXPECT_FALSE(sentences.empty()) << name;
    }
    if (HasFailure()) return;
  }
}

}  // namespace
}  // namespace speechscan
