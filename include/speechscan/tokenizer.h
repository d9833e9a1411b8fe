// Tokenizer: splits a Document's text into tokens, each a byte span with a kind.
//
// White space is not a token; line structure is kept in token flags. The tokens and
// the gaps between them give back the input exactly (tests check this).
//
// Shapes, so that later stages can rely on them:
// - Clitics after an apostrophe (' or ’) are separate kWord tokens that start with the
//   apostrophe: It’s -> "It" "’s"; Ukraine’s -> "Ukraine" "’s"; we’ll -> "we" "’ll";
//   ’re ’ve ’d ’m likewise. Negated auxiliaries stay whole: won’t, can’t, don't (one kWord
//   with kHasApostrophe). Other inner apostrophes stay inside the word (O’Brien).
// - Inner hyphens join: side-by-side, US-led, long-term, 2026-01-08 are one token with
//   kHasHyphen (a later stage that needs "US" in "US-led" splits at the hyphen itself).
// - Dotted abbreviations are one kWord including the final period: U.S. e.g. a.m. p.m.
//   Ph.D. (kHasPeriod). A single word before a period ("Mr." "Dr.") is a word then a
//   kPunct ".": the sentence splitter looks it up in data/lexicon/abbreviations.tsv.
// - Numbers: 2026, 1,500, 2.5, 10:30, 5th, 1990s, 2026-01-08 (kNumber); 8/1/2026 is
//   number "/" number "/" number. A word that starts with a letter may contain digits (G7).
// - Punctuation: "..." (any run of 2+ periods) and "…" are one kPunct each; "--", "–",
//   "—" one kPunct each; every other punctuation character is its own token.
// - White space also: YAML's escapes in a double-quoted value, as a front matter's title
//   writes them: "\_" (a no-break space), "\ " and a backslash before a line break
//   ("President\_Biden" is two words). They belong to no token.
#pragma once

#include <bit>
#include <cstdint>
#include <string_view>
#include <vector>

#include "speechscan/span.h"

namespace speechscan {

enum class TokenKind : uint8_t {
  kWord,         // letters, with inner apostrophes/hyphens/periods: It’s, side-by-side, U.S.
  kNumber,       // 2026, 1,500, 2.5, 5th, 10:30
  kPunct,        // . , ; : ! ? … ... – — - ( ) [ ] " ' “ ” ‘ ’
  kSymbol,       // % $ € £ & / + = # @ and other symbols
  kUrl,          // https://..., www.example.org
  kEmail,        // name@example.org
  kOther,        // anything else (emoji, control characters, U+FFFD)
};

const char* token_kind_name(TokenKind k);

// Flags describing a token's shape and position. Bit values are stable within a build.
enum TokenFlag : uint16_t {
  kUpperInitial = 1u << 0,   // first letter is upper case (Ukraine, US, McDonald)
  kAllUpper = 1u << 1,       // every letter upper case, at least one letter (UK, NATO)
  kLineStart = 1u << 2,      // first token on its line
  kAfterBlankLine = 1u << 3, // a blank line (or the start of text) comes before its line
  kSpaceBefore = 1u << 4,    // white space directly before the token
  kNonAscii = 1u << 5,       // contains bytes >= 0x80
  kHasHyphen = 1u << 6,      // word with an inner hyphen (US-led)
  kHasPeriod = 1u << 7,      // word with an inner or final period (U.S., e.g.)
  kHasApostrophe = 1u << 8,  // word with an inner apostrophe (It’s, Ukraine’s)
  kLowerInitial = 1u << 9,   // first letter is lower case
  kLineEnd = 1u << 10,       // last token on its line
};

// One token: eight bytes, so that a document's tokens take at most 8 bytes per input
// byte and usually under 2 (every stage reads them all). The length has 18 bits: the
// tokenizer cuts a longer run (256 KiB without a break: no word of any language, only
// a hostile file) into pieces at character boundaries, the first carrying the position
// flags.
struct Token {
  static constexpr uint32_t kMaxLength = (1u << 18) - 1;
  static constexpr uint32_t kFlagMask = (1u << 11) - 1;
  // Where the fields sit in packed(), the 32-bit word after `start`.
  static constexpr uint32_t kKindShift = 11;
  static constexpr uint32_t kLengthShift = 14;

  uint32_t start = 0;
  uint32_t flags : 11 = 0;  // TokenFlag bits
  TokenKind kind : 3 = TokenKind::kOther;
  uint32_t length : 18 = 0;  // bytes

  Token() = default;
  // REQUIRES: start <= end, end - start <= kMaxLength.
  // Built as one 64-bit word: member by member, a token constructed in a vector's memory
  // was three read-modify-writes of its bit-fields (14 instructions a token). The layout
  // (bit-fields from the low bit, little-endian) is the x86-64 and AArch64 ABIs'; a unit
  // test reads every field back.
  Token(uint32_t s, uint32_t e, TokenKind k, uint32_t f) {
    static_assert(std::endian::native == std::endian::little);
    const uint32_t word = (f & kFlagMask) | (static_cast<uint32_t>(k) << kKindShift) |
                          (((e - s) & kMaxLength) << kLengthShift);
    *this = std::bit_cast<Token>(uint64_t{s} | (uint64_t{word} << 32));
  }

  // Flags, kind and length as one word, for a scan that tests several at once.
  uint32_t packed() const { return static_cast<uint32_t>(std::bit_cast<uint64_t>(*this) >> 32); }

  constexpr uint32_t end() const { return start + length; }
  Span span() const { return {start, end()}; }
  bool has(TokenFlag f) const { return (flags & f) != 0; }
  void set(uint32_t f) { flags = (flags | f) & kFlagMask; }
  void clear(uint32_t f) { flags = flags & ~f & kFlagMask; }
};
static_assert(sizeof(Token) == 8, "tokens stay compact");
static_assert(kLineEnd <= Token::kFlagMask, "every flag fits the flags field");

// Tokenizes all of `text`. Never fails; invalid UTF-8 bytes become kOther tokens or parts
// of words as the surrounding text dictates.
std::vector<Token> tokenize(std::string_view text);

// The same tokens, with `threads` >= 2 for a text of 256 KiB or more found in two halves
// side by side: the second starts at a cut after the middle.
std::vector<Token> tokenize(std::string_view text, unsigned threads);

// A cut: a place where tokenizing may start afresh and give the tokens the whole text's
// scan gives from there. Just after a line feed that follows a printable ASCII byte
// (which ends a token, so the scan's state there is known).
bool is_tokenize_cut(std::string_view text, size_t at);
// The tokens of `text` from `at`, 0 or a cut (offsets are into the whole text).
std::vector<Token> tokenize_from(std::string_view text, size_t at);

}  // namespace speechscan
