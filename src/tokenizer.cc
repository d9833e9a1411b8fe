#include "speechscan/tokenizer.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "scratch.h"
#include "side_by_side.h"
#include "speechscan/unicode.h"

namespace speechscan {

const char* token_kind_name(TokenKind k) {
  switch (k) {
    case TokenKind::kWord: return "word";
    case TokenKind::kNumber: return "number";
    case TokenKind::kPunct: return "punct";
    case TokenKind::kSymbol: return "symbol";
    case TokenKind::kUrl: return "url";
    case TokenKind::kEmail: return "email";
    case TokenKind::kOther: return "other";
  }
  return "other";
}

namespace {

// How far ocr_pronoun() looks for another '|' on the line: bounded, so that a line of
// bars costs the same per byte as any other.
constexpr size_t kOcrPronounWindow = 200;

// Byte classes for the ASCII fast path; bytes >= 0x80 are kHigh and go through ICU.
enum Cls : uint8_t { kSpace, kNewline, kUpper, kLower, kDigit, kPunctC, kSymbolC, kControl, kHigh };

constexpr std::array<uint8_t, 256> make_classes() {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    uint8_t v = kHigh;
    if (c < 0x80) {
      if (c == ' ' || c == '\t' || c == '\f' || c == '\v') v = kSpace;
      else if (c == '\n' || c == '\r') v = kNewline;
      else if (c >= 'A' && c <= 'Z') v = kUpper;
      else if (c >= 'a' && c <= 'z') v = kLower;
      else if (c >= '0' && c <= '9') v = kDigit;
      else if (c < 0x20 || c == 0x7F) v = kControl;
      else if (c == '$' || c == '%' || c == '&' || c == '+' || c == '<' || c == '=' || c == '>' ||
               c == '^' || c == '`' || c == '|' || c == '~' || c == '#' || c == '@' || c == '*' ||
               c == '/' || c == '\\')
        v = kSymbolC;
      else v = kPunctC;
    }
    t[static_cast<size_t>(c)] = v;
  }
  return t;
}
constexpr std::array<uint8_t, 256> kClass = make_classes();

// Bits for the word loop's inner run: one table load and one test per ASCII byte.
enum RunBits : uint8_t { kRunAlnum = 1, kRunLetter = 2, kRunLower = 4 };

constexpr std::array<uint8_t, 256> make_run_bits() {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 128; ++c) {
    uint8_t cls = kClass[static_cast<size_t>(c)];
    uint8_t v = 0;
    if (cls == kUpper) v = kRunAlnum | kRunLetter;
    if (cls == kLower) v = kRunAlnum | kRunLetter | kRunLower;
    if (cls == kDigit) v = kRunAlnum;
    t[static_cast<size_t>(c)] = v;
  }
  return t;
}
constexpr std::array<uint8_t, 256> kRun = make_run_bits();

// ASCII bytes after a run of letters and digits that always end the token: everything
// but the joiners the scan looks at, non-ASCII bytes (’, letters) and letters and digits
// themselves. Words join across ' - . @ _ % + (scan_word); numbers across , . : - and go
// on over letters and digits, ASCII or not (scan_number).
constexpr std::array<bool, 256> make_stops(std::string_view joiners) {
  std::array<bool, 256> t{};
  for (int c = 0; c < 128; ++c) {
    uint8_t cls = kClass[static_cast<size_t>(c)];
    bool joiner = joiners.find(static_cast<char>(c)) != std::string_view::npos;
    t[static_cast<size_t>(c)] = cls != kUpper && cls != kLower && cls != kDigit && !joiner;
  }
  return t;
}
constexpr std::array<bool, 256> kWordStop = make_stops("'-.@_%+");
constexpr std::array<bool, 256> kNumberStop = make_stops(",.:-");

// ASCII punctuation that scan_punct always returns as a one-byte kPunct token: all but
// the period (runs of dots), the hyphen (runs of dashes) and the apostrophe (clitics).
constexpr std::array<bool, 256> make_single_puncts() {
  std::array<bool, 256> t{};
  for (int c = 0; c < 128; ++c) {
    t[static_cast<size_t>(c)] = kClass[static_cast<size_t>(c)] == kPunctC && c != '.' && c != '-' && c != '\'';
  }
  return t;
}
constexpr std::array<bool, 256> kSinglePunct = make_single_puncts();

// What the tokenizer's fast loop does with an ASCII byte (see Tokenizer::fast_run).
enum Action : uint8_t {
  kActUpper, kActLower, kActDigit,  // a word or number starts: in this order, <= kActDigit
  kActSpace, kActLineFeed,
  kActPunct,   // one-byte kPunct token
  kActSymbol,  // one-byte kSymbol token
  kActRepeat,  // . or -: a one-byte kPunct token unless the same byte follows (... --)
  kActGeneral, // the general scan decides
};

constexpr std::array<uint8_t, 256> make_actions() {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    uint8_t cls = kClass[static_cast<size_t>(c)];
    uint8_t a = kActGeneral;
    if (cls == kUpper) a = kActUpper;
    else if (cls == kLower) a = kActLower;
    else if (cls == kDigit) a = kActDigit;
    else if (cls == kSpace) a = kActSpace;
    else if (c == '\n') a = kActLineFeed;
    else if (kSinglePunct[static_cast<size_t>(c)]) a = kActPunct;
    else if (c == '.' || c == '-') a = kActRepeat;
    else if (c == '\\' || c == '|')
      a = kActGeneral;  // maybe an escaped space (see Tokenizer::run), an OCR'd "I"
    else if (cls == kSymbolC) a = kActSymbol;
    t[static_cast<size_t>(c)] = a;
  }
  return t;
}
constexpr std::array<uint8_t, 256> kAction = make_actions();

// First letters of http:// https:// ftp:// www.
constexpr std::array<bool, 256> make_url_heads() {
  std::array<bool, 256> t{};
  for (char c : {'h', 'w', 'f', 'H', 'W', 'F'}) t[static_cast<unsigned char>(c)] = true;
  return t;
}
constexpr std::array<bool, 256> kUrlHead = make_url_heads();

// The run of ASCII letters and digits at p, for the tokenizer's fast path: `len` bytes,
// with bit i of `letters` / `lower` set when byte i is a letter / a lower-case letter.
// len == 16 means the run goes on past the 16 bytes looked at. REQUIRES: 16 readable bytes.
struct AsciiRun {
  uint32_t len;
  uint32_t letters;
  uint32_t lower;
};

inline AsciiRun ascii_run16(const char* p) {
#if defined(__SSE2__)
  // Signed byte compares: bytes >= 0x80 are negative and fall outside every range.
  __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  auto in_range = [](__m128i x, char lo, char hi) {
    return _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8(static_cast<char>(lo - 1))),
                         _mm_cmplt_epi8(x, _mm_set1_epi8(static_cast<char>(hi + 1))));
  };
  __m128i lower = in_range(v, 'a', 'z');
  __m128i letter = in_range(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 'z');
  __m128i digit = in_range(v, '0', '9');
  auto letters = static_cast<uint32_t>(_mm_movemask_epi8(letter));
  auto alnum = letters | static_cast<uint32_t>(_mm_movemask_epi8(digit));
  auto len = static_cast<uint32_t>(__builtin_ctz(~alnum));  // ~alnum has bit 16 set
  return {len, letters, static_cast<uint32_t>(_mm_movemask_epi8(lower))};
#else
  AsciiRun r{16, 0, 0};
  for (uint32_t k = 0; k < 16; ++k) {
    uint8_t bits = kRun[static_cast<unsigned char>(p[k])];
    if (!(bits & kRunAlnum)) {
      r.len = k;
      break;
    }
    if (bits & kRunLetter) r.letters |= 1u << k;
    if (bits & kRunLower) r.lower |= 1u << k;
  }
  return r;
#endif
}

// A code point's class for tokenizing, with its length in bytes.
struct CharInfo {
  uint8_t cls;
  uint8_t len;
  char32_t cp;
  bool valid;
};

class Tokenizer {
 public:
  explicit Tokenizer(std::string_view text) : t_(text), n_(text.size()) {}

  // The tokens from `from` on. `from` is 0 or a cut (see is_tokenize_cut()): just after a line
  // feed that directly follows a token, where the scan of the whole text stands in the
  // state given here.
  // `bytes_ahead`: the bytes whose tokens `out` will hold (more than n_ - from when a
  // later piece's tokens are appended).
  template <typename Tokens = std::vector<Token>>
  Tokens run(size_t from = 0, size_t bytes_ahead = 0) {
    Tokens out;
    // Reserved pages that are never written cost no memory, while growing past the
    // reservation copies every token: reserve for two bytes a token.
    out.reserve(std::max(bytes_ahead, n_ - from) / 2 + 16);
    size_t i = from;
    int newlines = from == 0 ? 2 : 1;  // the start of text counts as after a blank line
    // Flags for the next token's position.
    uint16_t place = from == 0 ? kLineStart | kAfterBlankLine : kLineStart | kSpaceBefore;
    while (i < n_) {
      i = fast_run(i, newlines, place, out);
      if (i >= n_) break;
      // One step of the general scan: white space, a line break or a token.
      CharInfo c = info(i);
      if (c.cls == kNewline) {
        if (t_[i] == '\r' && i + 1 < n_ && t_[i + 1] == '\n') ++i;
        i += c.len;  // U+2028 and U+2029 are three bytes
        end_line(newlines, place, out);
        continue;
      }
      // A YAML string in double quotes, as front matter writes a title, escapes a no-break
      // space ("Remarks by President\_Biden"), a space and a line break ("... John\" /
      // "\ Kirby"): white space.
      const bool escaped_space =
          t_[i] == '\\' && i + 1 < n_ &&
          (t_[i + 1] == '_' || t_[i + 1] == ' ' || t_[i + 1] == '\n' || t_[i + 1] == '\r');
      if (c.cls == kSpace || escaped_space) {
        i += c.cls == kSpace ? c.len : (t_[i + 1] == '_' ? 2 : 1);
        place |= kSpaceBefore;
        continue;
      }
      Token tok;
      tok.start = static_cast<uint32_t>(i);
      after_word_ = !out.empty() && out.back().end() == i &&
                    (out.back().kind == TokenKind::kWord || out.back().kind == TokenKind::kNumber);
      size_t end = scan(i, c, tok);
      tok.set(place);
      newlines = 0;
      place = 0;
      push_cut(tok, end, out);
      i = end;
    }
    if (!out.empty()) out.back().set(kLineEnd);
    return out;
  }

 private:
  // Appends `tok`, which ends at `end`. A token longer than Token::kMaxLength goes in as
  // pieces cut before a character's first byte; only the first keeps the flags that say
  // where it starts (line start, space before, initial case).
  template <typename Tokens>
  void push_cut(Token tok, size_t end, Tokens& out) const {
    constexpr uint32_t kPlace = kLineStart | kAfterBlankLine | kSpaceBefore | kUpperInitial | kLowerInitial;
    size_t start = tok.start;
    while (end - start > Token::kMaxLength) {
      size_t cut = start + Token::kMaxLength;
      while (cut > start + 1 && (static_cast<unsigned char>(t_[cut]) & 0xC0) == 0x80) --cut;
      out.push_back(Token(static_cast<uint32_t>(start), static_cast<uint32_t>(cut), tok.kind, tok.flags));
      tok.clear(kPlace);
      start = cut;
    }
    out.push_back(Token(static_cast<uint32_t>(start), static_cast<uint32_t>(end), tok.kind, tok.flags));
  }

  // A line break: the token before it ends its line; the next one starts a line.
  template <typename Tokens>
  static void end_line(int& newlines, uint16_t& place, Tokens& out) {
    ++newlines;
    if (newlines == 1 && !out.empty()) out.back().set(kLineEnd);
    place = static_cast<uint16_t>(kLineStart | kSpaceBefore | (newlines > 1 ? kAfterBlankLine : 0));
  }

  // The common case in a tight loop: ASCII white space and line feeds, ASCII words and
  // numbers that a plain stop byte ends, one-byte ASCII punctuation and symbols. Returns
  // where the general scan must take over (a byte it must decide, or the last 16 bytes).
  // Gives exactly the tokens the general scan would.
  template <typename Tokens>
  size_t fast_run(size_t i, int& newlines, uint16_t& place, Tokens& out) const {
    const char* p = t_.data();
    if (n_ < 17) return i;
    const size_t last = n_ - 17;  // a 16-byte load at i and the byte after the run's stop stay inside
    while (i <= last) {
      auto b = static_cast<unsigned char>(p[i]);
      uint8_t act = kAction[b];
      if (act == kActSpace) {
        ++i;
        place |= kSpaceBefore;
        continue;
      }
      const auto start = static_cast<uint32_t>(i);
      if (act <= kActDigit) {  // kActUpper, kActLower, kActDigit
        AsciiRun r = ascii_run16(p + i);
        if (r.len == 16) return i;  // a long run
        size_t end = i + r.len;
        auto stop = static_cast<unsigned char>(p[end]);
        // Every joiner (' - . , : @ _ % +) joins only before a letter, digit or '@', so an
        // ASCII byte followed by white space ends the token whatever it is ("now. The").
        bool ends = stop < 0x80 && kClass[static_cast<unsigned char>(p[end + 1])] <= kNewline;
        if (act == kActDigit) {
          if (!kNumberStop[stop] && !ends) return i;
          out.push_back(Token{start, static_cast<uint32_t>(end), TokenKind::kNumber, place});
        } else {
          if (!kWordStop[stop] && !ends) return i;
          // http:// https:// ftp:// www.: the second letter is t or w.
          if (kUrlHead[b] && ((p[i + 1] | 0x20) == 't' || (p[i + 1] | 0x20) == 'w') && url_start(i)) return i;
          uint32_t in_run = (1u << r.len) - 1;
          auto flags = static_cast<uint16_t>(place | (act == kActLower ? kLowerInitial : kUpperInitial) |
                                             ((r.lower & in_run) == 0 ? kAllUpper : 0));
          out.push_back(Token{start, static_cast<uint32_t>(end), TokenKind::kWord, flags});
        }
        i = end;
      } else if (act == kActPunct || act == kActSymbol ||
                 (act == kActRepeat && static_cast<unsigned char>(p[i + 1]) != b)) {
        out.push_back(Token{start, start + 1, act == kActSymbol ? TokenKind::kSymbol : TokenKind::kPunct, place});
        ++i;
      } else if (act == kActLineFeed) {
        ++i;
        end_line(newlines, place, out);
        continue;
      } else {
        return i;
      }
      newlines = 0;
      place = 0;
    }
    return i;
  }

  CharInfo info(size_t i) const {
    auto b = static_cast<unsigned char>(t_[i]);
    uint8_t cls = kClass[b];
    if (cls != kHigh) return {cls, 1, b, true};
    auto d = unicode::decode(t_, i);
    if (!d.valid) return {kControl, 1, unicode::kReplacement, false};
    char32_t cp = d.cp;
    uint8_t k;
    if (cp == 0x2028 || cp == 0x2029 || cp == 0x85) k = kNewline;
    else if (unicode::is_space(cp)) k = kSpace;
    else if (unicode::is_letter(cp) || is_mark(cp)) k = unicode::is_upper(cp) ? kUpper : kLower;
    else if (unicode::is_digit(cp)) k = kDigit;
    else if (unicode::is_punctuation(cp)) k = kPunctC;
    else if (unicode::is_symbol(cp)) k = kSymbolC;
    else k = kControl;
    return {k, d.length, cp, true};
  }

  static bool is_mark(char32_t cp) {
    return (cp >= 0x300 && cp <= 0x36F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
           (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
           (cp >= 0xFE20 && cp <= 0xFE2F) || cp == 0x200D;
  }
  static bool alpha(uint8_t cls) { return cls == kUpper || cls == kLower; }
  static bool alnum(uint8_t cls) { return cls == kUpper || cls == kLower || cls == kDigit; }

  bool is_apostrophe_at(size_t i, uint8_t* len) const {
    if (i >= n_) return false;
    if (t_[i] == '\'') {
      *len = 1;
      return true;
    }
    // ’ U+2019 = E2 80 99
    if (i + 2 < n_ && static_cast<unsigned char>(t_[i]) == 0xE2 &&
        static_cast<unsigned char>(t_[i + 1]) == 0x80 && static_cast<unsigned char>(t_[i + 2]) == 0x99) {
      *len = 3;
      return true;
    }
    return false;
  }

  bool starts_with_ci(size_t i, std::string_view lower) const {
    if (i + lower.size() > n_) return false;
    for (size_t k = 0; k < lower.size(); ++k) {
      char c = t_[i + k];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      if (c != lower[k]) return false;
    }
    return true;
  }

  bool word_char_at(size_t i) const { return i < n_ && alnum(info(i).cls); }

  // Length of a clitic ("s", "re", "ve", "ll", "d", "m") after an apostrophe at `i`
  // (apostrophe length `alen`) ending at a word boundary, or 0.
  size_t clitic_length(size_t i, uint8_t alen) const {
    static constexpr std::string_view kClitics[] = {"ll", "re", "ve", "s", "d", "m"};
    for (auto c : kClitics) {
      if (starts_with_ci(i + alen, c) && !word_char_at(i + alen + c.size())) return alen + c.size();
    }
    return 0;
  }

  size_t scan(size_t i, CharInfo c, Token& tok) {
    if (c.cls == kUpper || c.cls == kLower) return scan_word(i, tok);
    if (c.cls == kDigit) return scan_number(i, tok);
    if (c.cls == kPunctC) return scan_punct(i, c, tok);
    if (c.cls == kSymbolC) {
      if (c.cp == '|' && ocr_pronoun(i)) {
        tok.kind = TokenKind::kWord;
        tok.set(kUpperInitial | kAllUpper);
        return i + 1;
      }
      tok.kind = TokenKind::kSymbol;
      return i + c.len;
    }
    // control bytes, invalid UTF-8 and unclassified code points: merge a run of them
    tok.kind = TokenKind::kOther;
    tok.set(kNonAscii);
    size_t j = i + c.len;
    while (j < n_) {
      CharInfo d = info(j);
      if (d.cls != kControl) break;
      j += d.len;
    }
    return j;
  }

  // Whether the '|' at i is the pronoun "I" as a PDF's text layer often reads it: after
  // white space (or at the start), before a space and a lower-case letter, with no other
  // '|' on its line within kOcrPronounWindow bytes either side (a table's or a header's
  // separators: "| a | b |", "Remarks | 8 January"). "| will never forget", "and | am".
  bool ocr_pronoun(size_t i) const {
    if (i > 0 && t_[i - 1] != ' ' && t_[i - 1] != '\t' && t_[i - 1] != '\n' && t_[i - 1] != '\r')
      return false;
    if (i + 2 >= n_ || t_[i + 1] != ' ' || t_[i + 2] < 'a' || t_[i + 2] > 'z') return false;
    for (size_t k = i; k > 0 && i - k < kOcrPronounWindow;) {
      const char b = t_[--k];
      if (b == '\n' || b == '\r') break;
      if (b == '|') return false;
    }
    for (size_t k = i + 1; k < n_ && k - i <= kOcrPronounWindow; ++k) {
      const char b = t_[k];
      if (b == '\n' || b == '\r') break;
      if (b == '|') return false;
    }
    return true;
  }

  bool url_start(size_t i) const {
    return starts_with_ci(i, "https://") || starts_with_ci(i, "http://") ||
           starts_with_ci(i, "www.") || starts_with_ci(i, "ftp://");
  }

  size_t scan_url(size_t i) const {
    size_t j = i;
    while (j < n_) {
      CharInfo d = info(j);
      if (d.cls == kSpace || d.cls == kNewline || d.cls == kControl) break;
      if (d.cp == '"' || d.cp == '<' || d.cp == '>' || d.cp == 0x201C || d.cp == 0x201D) break;
      j += d.len;
    }
    // Trailing sentence punctuation and unbalanced closers are not part of a URL.
    while (j > i) {
      char last = t_[j - 1];
      if (last == '.' || last == ',' || last == ';' || last == ':' || last == '!' || last == '?' ||
          last == ')' || last == ']' || last == '\'') {
        --j;
      } else {
        break;
      }
    }
    return j;
  }

  // name@domain.tld starting at i, or 0.
  size_t scan_email(size_t i) const {
    size_t j = i;
    auto local = [&](char ch) {
      return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
             ch == '.' || ch == '_' || ch == '%' || ch == '+' || ch == '-';
    };
    while (j < n_ && local(t_[j])) ++j;
    if (j == i || j >= n_ || t_[j] != '@') return 0;
    size_t k = j + 1;
    size_t dots = 0;
    while (k < n_ && (local(t_[k]) && t_[k] != '_' && t_[k] != '%' && t_[k] != '+')) {
      if (t_[k] == '.') ++dots;
      ++k;
    }
    while (k > j + 1 && (t_[k - 1] == '.' || t_[k - 1] == '-')) {
      if (t_[k - 1] == '.') --dots;
      --k;
    }
    if (k == j + 1 || dots == 0) return 0;
    return k;
  }

  // Whether the bytes at i could start an e-mail address's domain part or its local part
  // continues: only then is scan_email worth trying.
  bool email_possible(size_t j) const {
    if (j >= n_) return false;
    char c = t_[j];
    if (c != '@' && c != '.' && c != '_' && c != '%' && c != '+' && c != '-') return false;
    size_t limit = std::min(n_, j + 64);
    for (size_t k = j; k < limit; ++k) {
      char d = t_[k];
      if (d == '@') return true;
      if (d == ' ' || d == '\n' || d == '\r' || d == '\t') return false;
    }
    return false;
  }

  size_t scan_word(size_t i, Token& tok) {
    tok.kind = TokenKind::kWord;
    char c0 = t_[i];
    // http:// https:// ftp:// www.: the second letter is t or w.
    if (((c0 | 0x20) == 'h' || (c0 | 0x20) == 'w' || (c0 | 0x20) == 'f') && i + 1 < n_ &&
        ((t_[i + 1] | 0x20) == 't' || (t_[i + 1] | 0x20) == 'w')) {
      if (url_start(i)) {
        tok.kind = TokenKind::kUrl;
        return scan_url(i);
      }
    }
    size_t j = i;
    bool first = true, all_upper = true, any_letter = false;
    size_t group_letters = 0;  // letters since the last inner period
    bool dotted = false;
    bool checked_email = false;
    while (j < n_) {
      // ASCII fast path: a run of letters and digits straight from the run table.
      uint8_t run = kRun[static_cast<unsigned char>(t_[j])];
      if (run & kRunAlnum) {
        if (first && (run & kRunLetter)) {
          tok.set((run & kRunLower) ? kLowerInitial : kUpperInitial);
          first = false;
        }
        size_t k = j;
        uint8_t seen = 0;
        do {
          seen |= run;
          ++k;
        } while (k < n_ && ((run = kRun[static_cast<unsigned char>(t_[k])]) & kRunAlnum));
        any_letter = any_letter || (seen & kRunLetter);
        if (seen & kRunLower) all_upper = false;
        group_letters += k - j;
        j = k;
        if (j < n_ && kWordStop[static_cast<unsigned char>(t_[j])]) break;
        continue;
      }
      uint8_t cls = kClass[static_cast<unsigned char>(t_[j])];
      if (!checked_email && email_possible(j)) {
        checked_email = true;
        if (size_t e = scan_email(i)) {
          tok.kind = TokenKind::kEmail;
          tok.clear(kUpperInitial | kLowerInitial);
          return e;
        }
      }
      CharInfo d = cls == kHigh ? info(j) : CharInfo{cls, 1, static_cast<unsigned char>(t_[j]), true};
      if (alnum(d.cls)) {
        if (alpha(d.cls)) {
          any_letter = true;
          if (d.cls == kLower && !is_mark(d.cp)) all_upper = false;
          if (first) tok.set(d.cls == kUpper ? kUpperInitial : kLowerInitial);
          first = false;
        }
        tok.set(kNonAscii);
        ++group_letters;
        j += d.len;
        continue;
      }
      uint8_t alen = 0;
      if (is_apostrophe_at(j, &alen)) {
        // n't stays with the word: won’t, can’t, don't.
        if (j > i && (t_[j - 1] == 'n' || t_[j - 1] == 'N') && (j + alen < n_) &&
            (t_[j + alen] == 't' || t_[j + alen] == 'T') && !word_char_at(j + alen + 1)) {
          tok.set(kHasApostrophe);
          if (alen > 1) tok.set(kNonAscii);
          if (t_[j + alen] == 't') all_upper = false;  // DON't is not all upper case
          j += alen + 1;
          break;
        }
        if (clitic_length(j, alen)) break;  // the clitic is its own token
        if (word_char_at(j + alen) && alpha(info(j + alen).cls)) {
          tok.set(kHasApostrophe);
          if (alen > 1) tok.set(kNonAscii);
          j += alen;
          continue;
        }
        break;
      }
      if (d.cp == '-' || d.cp == 0x2011) {  // hyphen, non-breaking hyphen
        if (word_char_at(j + d.len)) {
          tok.set(kHasHyphen);
          if (d.len > 1) tok.set(kNonAscii);
          j += d.len;
          group_letters = 0;
          continue;
        }
        break;
      }
      if (d.cp == '.') {
        // Dotted abbreviation: U.S. e.g. a.m. Ph.D. -- letters, a period, a letter. Not
        // into a word written on without a space, a capital and two lower-case letters:
        // "H.E.Mohan Pieris" is "H.E." and "Mohan".
        const bool word_follows = dotted && j + 3 < n_ && t_[j + 1] >= 'A' && t_[j + 1] <= 'Z' &&
                                  t_[j + 2] >= 'a' && t_[j + 2] <= 'z' && t_[j + 3] >= 'a' &&
                                  t_[j + 3] <= 'z';
        if (j + 1 < n_ && alpha(info(j + 1).cls) && group_letters <= 3 && !word_follows) {
          dotted = true;
          tok.set(kHasPeriod);
          j += 1;
          group_letters = 0;
          continue;
        }
        if (dotted && group_letters <= 2) {
          j += 1;  // the final period of U.S.
          break;
        }
        break;
      }
      break;
    }
    if (any_letter && all_upper) {
      // "I" and single capitals count as all-upper too; callers look at length.
      tok.set(kAllUpper);
    }
    return j;
  }

  size_t scan_number(size_t i, Token& tok) {
    tok.kind = TokenKind::kNumber;
    size_t j = i;
    auto digit = [&](size_t k) { return k < n_ && t_[k] >= '0' && t_[k] <= '9'; };
    while (j < n_) {
      if (digit(j)) {
        ++j;
        continue;
      }
      char c = t_[j];
      // 1,500: a comma followed by exactly three digits
      if (c == ',' && digit(j + 1) && digit(j + 2) && digit(j + 3) && !digit(j + 4)) {
        j += 4;
        continue;
      }
      if ((c == '.' || c == ':') && digit(j + 1)) {
        j += 1;
        continue;
      }
      if (c == '-' && j + 1 < n_ && word_char_at(j + 1)) {
        tok.set(kHasHyphen);
        j += 1;
        continue;
      }
      CharInfo d = info(j);
      // 5th, 1990s, 20mm; and digits outside ASCII (١٢, １２), which the scan must consume
      // because a number token may start with one.
      if (alnum(d.cls)) {
        if (d.cp >= 0x80) tok.set(kNonAscii);
        j += d.len;
        continue;
      }
      break;
    }
    return j;
  }

  size_t scan_punct(size_t i, CharInfo c, Token& tok) {
    tok.kind = TokenKind::kPunct;
    if (c.cp >= 0x80) tok.set(kNonAscii);
    if (c.cp == '.') {
      size_t j = i + 1;
      while (j < n_ && t_[j] == '.') ++j;
      return j;
    }
    if (c.cp == '-' && i + 1 < n_ && t_[i + 1] == '-') {
      size_t j = i + 2;
      while (j < n_ && t_[j] == '-') ++j;
      return j;
    }
    // An apostrophe that starts a clitic after a word: "’s", "’ll".
    uint8_t alen = 0;
    if (after_word_ && is_apostrophe_at(i, &alen)) {
      if (size_t len = clitic_length(i, alen)) {
        tok.kind = TokenKind::kWord;
        tok.set(kLowerInitial);
        return i + len;
      }
    }
    return i + c.len;
  }

  std::string_view t_;
  size_t n_;
  bool after_word_ = false;  // the token being scanned directly follows a word or number
};

}  // namespace

std::vector<Token> tokenize(std::string_view text) { return Tokenizer(text).run(); }

bool is_tokenize_cut(std::string_view text, size_t at) {
  if (at < 2 || at >= text.size() || text[at - 1] != '\n') return false;
  const auto before = static_cast<unsigned char>(text[at - 2]);
  return before > 0x20 && before < 0x7F;  // printable ASCII: the end of a token
}

std::vector<Token> tokenize_from(std::string_view text, size_t at) {
  return Tokenizer(text).run(at);
}

std::vector<Token> tokenize(std::string_view text, unsigned threads) {
  if (threads < 2 || text.size() < kSideBySideFromBytes) return tokenize(text);
  // The second half starts at the first cut after the middle, found within 64 KiB (any
  // text has line breaks; one that has none is tokenized in one piece).
  size_t cut = text.size() / 2;
  const size_t limit = std::min(text.size(), cut + (size_t{64} << 10));
  while (cut < limit && !is_tokenize_cut(text, cut)) ++cut;
  if (cut >= limit) return tokenize(text);
  // The second piece lives only until it is appended: in memory of its own that goes
  // back to the kernel then (from the helper thread's malloc arena it stayed resident,
  // +9 MiB at the peak of a 16 MB document).
  std::vector<Token> out;
  ScratchVector<Token> second;
  side_by_side([&] { out = Tokenizer(text.substr(0, cut)).run(0, text.size()); },
               [&] { second = Tokenizer(text).run<ScratchVector<Token>>(cut); });
  out.insert(out.end(), second.begin(), second.end());
  return out;
}

}  // namespace speechscan
