#include "speechscan/tokenizer.h"

#include <algorithm>
#include <array>

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

// ASCII bytes after a run of letters and digits that always end the word: everything
// but the joiners the word loop looks at (' - . @ _ % +), non-ASCII bytes (’, letters)
// and letters and digits themselves.
constexpr std::array<bool, 256> make_word_stops() {
  std::array<bool, 256> t{};
  for (int c = 0; c < 128; ++c) {
    uint8_t cls = kClass[static_cast<size_t>(c)];
    bool joiner = c == '\'' || c == '-' || c == '.' || c == '@' || c == '_' || c == '%' || c == '+';
    t[static_cast<size_t>(c)] = cls != kUpper && cls != kLower && cls != kDigit && !joiner;
  }
  return t;
}
constexpr std::array<bool, 256> kWordStop = make_word_stops();

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

  std::vector<Token> run() {
    std::vector<Token> out;
    // Reserved pages that are never written cost no memory, while growing past the
    // reservation copies every token: reserve for two bytes a token.
    out.reserve(n_ / 2 + 16);
    size_t i = 0;
    int newlines = 2;  // the start of text counts as after a blank line
    bool space = false;
    while (i < n_) {
      uint8_t fast = kClass[static_cast<unsigned char>(t_[i])];
      if (fast == kSpace) {
        ++i;
        space = true;
        continue;
      }
      CharInfo c = fast == kHigh ? info(i) : CharInfo{fast, 1, static_cast<unsigned char>(t_[i]), true};
      if (c.cls == kNewline) {
        if (t_[i] == '\r' && i + 1 < n_ && t_[i + 1] == '\n') ++i;
        i += c.len;  // U+2028 and U+2029 are three bytes
        ++newlines;
        space = true;
        if (!out.empty() && newlines == 1) out.back().flags |= kLineEnd;
        continue;
      }
      if (c.cls == kSpace) {
        i += c.len;
        space = true;
        continue;
      }
      Token tok;
      tok.start = static_cast<uint32_t>(i);
      after_word_ = !out.empty() && out.back().end == i &&
                    (out.back().kind == TokenKind::kWord || out.back().kind == TokenKind::kNumber);
      size_t end = scan(i, c, tok);
      tok.end = static_cast<uint32_t>(end);
      if (newlines > 0) tok.flags |= kLineStart;
      if (newlines > 1) tok.flags |= kAfterBlankLine;
      if (space) tok.flags |= kSpaceBefore;
      if (newlines > 0 && !out.empty()) out.back().flags |= kLineEnd;
      newlines = 0;
      space = false;
      out.push_back(tok);
      i = end;
    }
    if (!out.empty()) out.back().flags |= kLineEnd;
    return out;
  }

 private:
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
      tok.kind = TokenKind::kSymbol;
      return i + c.len;
    }
    // control bytes, invalid UTF-8 and unclassified code points: merge a run of them
    tok.kind = TokenKind::kOther;
    tok.flags |= kNonAscii;
    size_t j = i + c.len;
    while (j < n_) {
      CharInfo d = info(j);
      if (d.cls != kControl) break;
      j += d.len;
    }
    return j;
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
          tok.flags |= (run & kRunLower) ? kLowerInitial : kUpperInitial;
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
          tok.flags &= static_cast<uint16_t>(~(kUpperInitial | kLowerInitial));
          return e;
        }
      }
      CharInfo d = cls == kHigh ? info(j) : CharInfo{cls, 1, static_cast<unsigned char>(t_[j]), true};
      if (alnum(d.cls)) {
        if (alpha(d.cls)) {
          any_letter = true;
          if (d.cls == kLower && !is_mark(d.cp)) all_upper = false;
          if (first) tok.flags |= d.cls == kUpper ? kUpperInitial : kLowerInitial;
          first = false;
        }
        tok.flags |= kNonAscii;
        ++group_letters;
        j += d.len;
        continue;
      }
      uint8_t alen = 0;
      if (is_apostrophe_at(j, &alen)) {
        // n't stays with the word: won’t, can’t, don't.
        if (j > i && (t_[j - 1] == 'n' || t_[j - 1] == 'N') && (j + alen < n_) &&
            (t_[j + alen] == 't' || t_[j + alen] == 'T') && !word_char_at(j + alen + 1)) {
          tok.flags |= kHasApostrophe;
          if (alen > 1) tok.flags |= kNonAscii;
          if (t_[j + alen] == 't') all_upper = false;  // DON't is not all upper case
          j += alen + 1;
          break;
        }
        if (clitic_length(j, alen)) break;  // the clitic is its own token
        if (word_char_at(j + alen) && alpha(info(j + alen).cls)) {
          tok.flags |= kHasApostrophe;
          if (alen > 1) tok.flags |= kNonAscii;
          j += alen;
          continue;
        }
        break;
      }
      if (d.cp == '-' || d.cp == 0x2011) {  // hyphen, non-breaking hyphen
        if (word_char_at(j + d.len)) {
          tok.flags |= kHasHyphen;
          if (d.len > 1) tok.flags |= kNonAscii;
          j += d.len;
          group_letters = 0;
          continue;
        }
        break;
      }
      if (d.cp == '.') {
        // Dotted abbreviation: U.S. e.g. a.m. Ph.D. -- letters, a period, a letter.
        if (j + 1 < n_ && alpha(info(j + 1).cls) && group_letters <= 3) {
          dotted = true;
          tok.flags |= kHasPeriod;
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
      tok.flags |= kAllUpper;
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
        tok.flags |= kHasHyphen;
        j += 1;
        continue;
      }
      CharInfo d = info(j);
      // 5th, 1990s, 20mm; and digits outside ASCII (١٢, １２), which the scan must consume
      // because a number token may start with one.
      if (alnum(d.cls)) {
        if (d.cp >= 0x80) tok.flags |= kNonAscii;
        j += d.len;
        continue;
      }
      break;
    }
    return j;
  }

  size_t scan_punct(size_t i, CharInfo c, Token& tok) {
    tok.kind = TokenKind::kPunct;
    if (c.cp >= 0x80) tok.flags |= kNonAscii;
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
        tok.flags |= kLowerInitial;
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

}  // namespace speechscan
