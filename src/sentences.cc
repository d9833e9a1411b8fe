#include "speechscan/sentences.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <cstring>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "speechscan/data.h"

namespace speechscan {
namespace {

// A sentence never grows past this many tokens: text without any boundary (a 1 GB line,
// a file of one repeated word) is cut so that later, per-sentence stages stay linear.
constexpr uint32_t kMaxSentenceTokens = 2000;

enum class AbbrevKind : uint8_t { kTitle, kPrenum, kCommon };

// The row and bit of SplitterTables::abbrev_first for a word. REQUIRES: !w.empty().
inline size_t may_be_key(std::string_view w) { return w.size() < 31 ? w.size() : 31; }
inline size_t first_key(std::string_view w) { return static_cast<unsigned char>(w[0]) | 0x20u; }

struct SplitterTables {
  std::unordered_map<std::string_view, AbbrevKind> abbreviations;  // case-sensitive
  // The abbreviations' lengths and first letters in any case, bit (b0 | 0x20) of
  // abbrev_first[min(length, 31)]: the word before most full stops is none, and is
  // rejected without hashing it (a third of the look-ups' time went to the hash).
  std::array<std::bitset<256>, 32> abbrev_first{};
  std::unordered_set<std::string_view> starters;                   // lower case
  std::unordered_set<std::string_view> continuations;              // lower case

  SplitterTables() {
    data::for_each_tsv_row(data::get("lexicon/abbreviations.tsv"), [&](auto f, int) {
      if (f.size() < 2) return;
      AbbrevKind k = f[1] == "title" ? AbbrevKind::kTitle
                     : f[1] == "prenum" ? AbbrevKind::kPrenum
                                        : AbbrevKind::kCommon;
      abbreviations.emplace(f[0], k);
      if (!f[0].empty()) abbrev_first[may_be_key(f[0])].set(first_key(f[0]));
    });
    data::for_each_tsv_row(data::get("lexicon/sentence_starters.tsv"),
                           [&](auto f, int) { starters.insert(f[0]); });
    data::for_each_tsv_row(data::get("lexicon/continuations.tsv"),
                           [&](auto f, int) { continuations.insert(f[0]); });
  }
};

const SplitterTables& tables() {
  static const SplitterTables t;
  return t;
}

// Lower-cases an ASCII word into a fixed buffer; words that do not fit (or are not
// ASCII) are never in the lists above, and come back empty.
struct LowerKey {
  std::array<char, 24> buf{};
  size_t len = 0;
  explicit LowerKey(std::string_view w) {
    if (w.size() > buf.size()) return;
    for (char c : w) {
      auto u = static_cast<unsigned char>(c);
      if (u >= 0x80) {
        len = 0;
        return;
      }
      buf[len++] = static_cast<char>(u >= 'A' && u <= 'Z' ? u + 32 : u);
    }
  }
  std::string_view view() const { return {buf.data(), len}; }
};


class Splitter {
 public:
  Splitter(std::string_view text, const std::vector<Token>& tokens, std::optional<Span> header)
      : t_(text), tok_(tokens), n_(static_cast<uint32_t>(tokens.size())), tab_(tables()), header_(header) {}

  std::vector<Sentence> run() {
    std::vector<Sentence> out;
    out.reserve(n_ / 12 + 1);
    uint32_t start = 0;
    uint32_t k = 0;
    while (k < n_) {
      // Most tokens are words of two or more characters inside a line: none of them can
      // open a list item, end a sentence or touch the header line (see starts_list_item
      // and boundary_after), so they are passed over without the checks below.
      // (Tokens end in order: past the header's end once, past it for good; so one test of
      // the token before the run, and a run stops at the sentence's token limit.)
      if (k > start && tok_[k - 1].end() > header_end_) {
        const uint32_t limit = std::min(n_, start + kMaxSentenceTokens);
        while (k < limit && is_plain_word(tok_[k])) ++k;
        if (k >= n_) break;
      }
      if (k == start) note_list_marker(k);
      if (k > start && (starts_list_item(k) || k - start >= kMaxSentenceTokens || header_edge_before(k))) {
        close(out, start, k);
        start = k;
        continue;
      }
      resume_ = 0;
      uint32_t end = boundary_after(k, start);
      if (end) {
        close(out, start, end);
        start = end;
        k = end;
        continue;
      }
      k = resume_ > k ? resume_ : k + 1;
    }
    if (start < n_) close(out, start, n_);
    return out;
  }

 private:
  void close(std::vector<Sentence>& out, uint32_t a, uint32_t b) {
    out.push_back({Span{tok_[a].start, tok_[b - 1].end()}, a, b});
  }

  // A word of two or more bytes that neither ends its line nor holds a period: its kind,
  // flags and length tested as one word ("Minister", not "Mr." nor "a").
  static bool is_plain_word(const Token& t) {
    constexpr uint32_t kKindBits = 7u << Token::kKindShift;
    static_assert(static_cast<uint32_t>(TokenKind::kWord) == 0, "a word's kind bits are zero");
    const uint32_t p = t.packed();
    return (p & (kKindBits | kLineEnd | kHasPeriod)) == 0 && p >= (2u << Token::kLengthShift);
  }
  std::string_view text(uint32_t k) const { return {t_.data() + tok_[k].start, tok_[k].end() - tok_[k].start}; }
  bool is_word(uint32_t k) const { return k < n_ && tok_[k].kind == TokenKind::kWord; }
  bool is_punct(uint32_t k, const char* lit) const {
    return k < n_ && tok_[k].kind == TokenKind::kPunct && text(k) == lit;
  }
  bool attached(uint32_t k) const { return k < n_ && !tok_[k].has(kSpaceBefore); }
  bool lower_word(uint32_t k) const { return is_word(k) && tok_[k].has(kLowerInitial); }
  bool upper_word(uint32_t k) const { return is_word(k) && tok_[k].has(kUpperInitial); }
  bool blank_before(uint32_t k) const { return k < n_ && tok_[k].has(kAfterBlankLine); }

  bool is_ellipsis(uint32_t k) const {
    if (k >= n_ || tok_[k].kind != TokenKind::kPunct) return false;
    std::string_view s = text(k);
    return s == "\xE2\x80\xA6" || s == "..." || s == "..";
  }
  bool is_long_dots(uint32_t k) const {  // "....": a period and an ellipsis
    if (k >= n_ || tok_[k].kind != TokenKind::kPunct) return false;
    std::string_view s = text(k);
    return s.size() >= 4 && s.find_first_not_of('.') == std::string_view::npos;
  }
  bool is_bang(uint32_t k) const { return is_punct(k, "!") || is_punct(k, "?") || is_punct(k, "\xE2\x80\xBD"); }

  bool is_closer(uint32_t k) const {
    if (k >= n_ || tok_[k].kind != TokenKind::kPunct) return false;
    std::string_view s = text(k);
    return s == "\"" || s == "'" || s == ")" || s == "]" || s == "\xE2\x80\x9D" /* ” */ ||
           s == "\xE2\x80\x99" /* ’ */ || s == "\xC2\xBB" /* » */ || s == "}";
  }
  bool is_continuation_mark(uint32_t k) const {
    if (k >= n_ || tok_[k].kind != TokenKind::kPunct) return false;
    std::string_view s = text(k);
    return s == "," || s == ":" || s == ";" || s == "-" || s == "--" ||
           s == "\xE2\x80\x93" /* – */ || s == "\xE2\x80\x94" /* — */;
  }
  bool is_bullet(uint32_t k) const { return k < n_ && is_bullet_sign(text(k)); }
  bool is_line_bullet(uint32_t k) const {  // "*" or "-" opening a line, then a space
    if (k + 1 >= n_ || !tok_[k].has(kLineStart)) return false;
    return is_line_bullet_sign(text(k)) && tok_[k + 1].has(kSpaceBefore);
  }

  bool starter(uint32_t k) const {
    if (!is_word(k)) return false;
    return tab_.starters.count(LowerKey(text(k)).view()) > 0;
  }
  bool title_abbrev(uint32_t k) const {
    if (!is_word(k)) return false;
    const AbbrevKind* kind = abbrev(text(k));
    return kind != nullptr && *kind == AbbrevKind::kTitle;
  }
  // The abbreviation `w` is, as listed or, in a heading in capitals, title-cased ("THE
  // HON. TONY ABBOTT" has "Hon."); nullptr when none.
  const AbbrevKind* abbrev(std::string_view w) const {
    // Both forms below share the length and the first letter in any case.
    if (w.empty() || !tab_.abbrev_first[may_be_key(w)].test(first_key(w))) return nullptr;
    if (auto it = tab_.abbreviations.find(w); it != tab_.abbreviations.end()) return &it->second;
    std::array<char, 8> buf;
    if (w.size() < 2 || w.size() > buf.size()) return nullptr;
    for (size_t n = 0; n < w.size(); ++n) {
      const char c = w[n];
      if (c < 'A' || c > 'Z') return nullptr;
      buf[n] = n == 0 ? c : static_cast<char>(c + 32);
    }
    auto it = tab_.abbreviations.find(std::string_view(buf.data(), w.size()));
    return it == tab_.abbreviations.end() ? nullptr : &it->second;
  }

  // A word that continues a sentence after an ellipsis or a dash at a line end.
  bool continues(uint32_t k) const {
    if (k >= n_) return false;
    if (tok_[k].kind != TokenKind::kWord) return false;
    if (tok_[k].has(kLowerInitial)) return true;
    LowerKey key(text(k));
    std::string_view w = key.view();
    if (tab_.continuations.count(w)) return true;
    if (w.size() >= 5 && w.substr(w.size() - 3) == "ing") return true;  // Killing, Including
    // "And build ...", "And until ...": And + a word that cannot open a clause.
    if ((w == "and" || w == "or") && k + 1 < n_ && lower_word(k + 1) && !starter(k + 1)) return true;
    return false;
  }

  // Number or single letter followed by "." or ")" (a list marker), with its value.
  std::optional<int> list_marker_value(uint32_t k) const {
    // A number of one or two bytes or a lone letter, or no marker: "12", "b" (one test of
    // the kind and the length before the next token's text is compared).
    const Token& t = tok_[k];
    if (!(t.kind == TokenKind::kNumber ? t.length <= 2
                                       : t.kind == TokenKind::kWord && t.length == 1))
      return std::nullopt;
    if (k + 1 >= n_) return std::nullopt;
    if (!(is_punct(k + 1, ".") || is_punct(k + 1, ")")) || !attached(k + 1)) return std::nullopt;
    std::string_view s = text(k);
    if (tok_[k].kind == TokenKind::kNumber && s.size() <= 2 &&
        s.find_first_not_of("0123456789") == std::string_view::npos) {
      return std::atoi(std::string(s).c_str());
    }
    if (tok_[k].kind == TokenKind::kWord && s.size() == 1 && s[0] >= 'a' && s[0] <= 'z') {
      return 1000 + (s[0] - 'a');
    }
    return std::nullopt;
  }

  // A lower-case item marker opening a line: a letter or a roman numeral up to "viii",
  // then ")" or "." and a space ("b) another one", "ii) Hello world", "iv. Review").
  bool line_letter_marker(uint32_t k) const {
    if (!tok_[k].has(kLineStart) || k + 2 >= n_ || attached(k + 2)) return false;
    if (!(is_punct(k + 1, ")") || is_punct(k + 1, ".")) || !attached(k + 1)) return false;
    std::string_view s = text(k);
    if (s.size() == 1) return true;
    return s.size() <= 4 && s.find_first_not_of("ivx") == std::string_view::npos;
  }

  // Records a list marker that opens the sentence starting at k (after a bullet).
  void note_list_marker(uint32_t k) {
    list_start_marker_ = n_;
    if (is_bullet(k) || is_line_bullet(k)) ++k;
    if (auto v = list_marker_value(k)) {
      // A lone letter opens a list only as "a."; later letters must follow in order.
      if (*v >= 1000 && *v != 1000 && *v != last_list_value_ + 1) return;
      last_list_value_ = *v;
      list_start_marker_ = k;
    }
  }

  // True when token k (inside a sentence) starts a new list item.
  // Only a bullet sign (three bytes from 0xE2, or "*" or "-" opening a line), a number of
  // one or two digits or a lone letter opens an item: most tokens that come here (",",
  // ".", a word ending its line) are none of them, and leave after one byte's test.
  bool starts_list_item(uint32_t k) const {
    const Token& t = tok_[k];
    const auto c = static_cast<unsigned char>(t_[t.start]);
    if (t.length == 3 ? c != 0xE2
                      : t.length > 3 || !(c == '*' || c == '-' || (c >= '0' && c <= '9') ||
                                          (c >= 'a' && c <= 'z')))
      return false;
    return may_start_list_item(k);
  }
  // starts_list_item() for a token that passed its filter: kept out of line so that the
  // filter inlines.
  [[gnu::noinline]] bool may_start_list_item(uint32_t k) const {
    // "the following actions:" + a bulleted item is one sentence (the guide's continuation).
    // So is an item after one that ends in "and" or "or": "..., and\n* Medication".
    if ((is_bullet(k) && k + 1 < n_) || is_line_bullet(k)) {
      const bool joined = k > 0 && tok_[k - 1].kind == TokenKind::kWord &&
                          (text(k - 1) == "and" || text(k - 1) == "or");
      return !is_continuation_mark(k - 1) && !joined;
    }
    if (last_list_value_ < 0) return false;
    auto v = list_marker_value(k);
    if (!v || *v != last_list_value_ + 1) return false;
    uint32_t after = k + 2;
    if (is_punct(after, ")")) ++after;
    return upper_word(after);
  }

  // Word count of the sentence from `start` up to (not including) k.
  uint32_t words_between(uint32_t start, uint32_t k) const {
    uint32_t w = 0;
    for (uint32_t i = start; i < k; ++i) w += tok_[i].kind == TokenKind::kWord || tok_[i].kind == TokenKind::kNumber;
    return w;
  }

  // Spaced dots ". . ." starting at k: the number of "." tokens each one space apart.
  uint32_t spaced_dots(uint32_t k) const {
    uint32_t c = 0;
    uint32_t i = k;
    while (i < n_ && is_punct(i, ".")) {
      if (i > k) {
        if (tok_[i].start != tok_[i - 1].end() + 1 || t_[tok_[i - 1].end()] != ' ') break;
      }
      ++c;
      ++i;
    }
    return c;
  }

  // Returns one past the last token of a sentence that ends at token k (closers
  // included), or 0 when no sentence ends there.
  uint32_t boundary_after(uint32_t k, uint32_t start) {
    const Token& tk = tok_[k];
    // Line structure: a blank line after a line with no mark ends the sentence; after a
    // continuation mark it does not.
    bool line_break_blank = tk.has(kLineEnd) && blank_before(k + 1);
    // A speaker's label in capitals opens a new turn, whatever ends the line before it:
    // "... agenda —" / "AUDIENCE: Booo —" / "THE VICE PRESIDENT: — will weaken ...".
    if (tk.has(kLineEnd) && k + 1 < n_ && speaker_label_at(k + 1)) return k + 1;

    if (tk.kind == TokenKind::kPunct) {
      // A comma, the commonest mark, is a continuation mark (is_continuation_mark): one
      // byte's test instead of every comparison below.
      if (tk.length == 1 && t_[tk.start] == ',') return 0;
      std::string_view s = text(k);
      if (s == ".") return after_period(k, start, line_break_blank);
      if (is_bang(k)) {
        uint32_t e = k + 1;
        while (e < n_ && attached(e) && (is_bang(e) || is_punct(e, "."))) ++e;
        return after_terminal(e, /*strong=*/true);
      }
      if (is_long_dots(k)) return after_terminal(k + 1, /*strong=*/true);
      if (is_ellipsis(k)) return after_ellipsis(k);
      if (is_continuation_mark(k)) return 0;
    }
    if (tk.kind == TokenKind::kWord && tk.has(kHasPeriod) && t_[tk.end() - 1] == '.') {
      return after_dotted(k, start);
    }
    // A line that ends in a lower-case article, preposition or conjunction ends no
    // sentence, blank line or not ("... the votes in the" / "Security Council ..."): a
    // page break of a converted document, never a heading.
    if (line_break_blank) return ends_mid_phrase(k) ? 0 : k + 1;
    if (tk.has(kLineEnd) && k + 1 < n_ && heading_line_ends_at(k)) return k + 1;
    return 0;
  }

  bool ends_mid_phrase(uint32_t k) const {
    const Token& t = tok_[k];
    if (t.kind != TokenKind::kWord || !t.has(kLowerInitial) || t.length > 5) return false;
    static constexpr std::string_view kWords[] = {
        "the",  "a",   "an", "of",  "to",  "in",    "into", "on",  "at",  "by", "for",  "from",
        "with", "and", "or", "but", "our", "their", "its",  "his", "her", "my", "your", "than"};
    const std::string_view w = text(k);
    return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
  }

  // Whether a speaker's label starts at token k, at a line's start: one to four words in
  // capitals, each perhaps with its full stop, and a colon right after the last
  // ("AUDIENCE:", "THE VICE PRESIDENT:", "MS. JEAN-PIERRE:"); or a journalist's "Q"
  // before a capitalised word, as White House transcripts write questions.
  bool speaker_label_at(uint32_t k) const {
    if (!tok_[k].has(kLineStart)) return false;
    constexpr uint32_t kMaxWords = 4;
    uint32_t i = k, words = 0;
    while (i < n_ && words < kMaxWords && tok_[i].kind == TokenKind::kWord &&
           tok_[i].has(kAllUpper)) {
      ++i;
      ++words;
      if (i < n_ && is_punct(i, ".") && attached(i)) ++i;
    }
    if (i > k && i < n_ && is_punct(i, ":") && attached(i)) return true;
    if (timestamp_label_at(k)) return true;
    return words == 1 && i == k + 1 && text(k) == "Q" && k + 1 < n_ &&
           !tok_[k + 1].has(kLineStart) && tok_[k + 1].kind == TokenKind::kWord &&
           tok_[k + 1].has(kUpperInitial);
  }

  // A transcription service's label at a line's start: a name of one to four capitalised
  // words (a number may follow the first) and the offset into the recording, then a colon:
  // "Kamala Harris (22:07):", "Speaker 1 (1:02:33):", "Audience (00:00):".
  bool timestamp_label_at(uint32_t k) const {
    constexpr uint32_t kMaxWords = 4;
    uint32_t i = k;
    while (i < n_ && i - k < kMaxWords &&
           ((tok_[i].kind == TokenKind::kWord && tok_[i].has(kUpperInitial)) ||
            (i > k && tok_[i].kind == TokenKind::kNumber)))
      ++i;
    if (i == k || i + 3 >= n_ || !is_punct(i, "(")) return false;
    ++i;
    const uint32_t stamp = i;
    while (i < n_ && i - stamp < 5 && (tok_[i].kind == TokenKind::kNumber || is_punct(i, ":"))) ++i;
    return i > stamp && text(stamp).find(':') != std::string_view::npos && i + 1 < n_ &&
           is_punct(i, ")") && is_punct(i + 1, ":") && attached(i + 1);
  }

  // True when token k starts or directly follows the header line.
  bool header_edge_before(uint32_t k) const {
    if (!header_) return false;
    const Token& t = tok_[k];
    if (t.start == header_->start) return true;
    return t.start >= header_->end && tok_[k - 1].end() <= header_->end;
  }

  // A line of capitals ("PRESS CONFERENCE BY THE MINISTER") is a heading: it ends its
  // sentence at its line break. Needs two words of two or more capitals and no lower case.
  bool heading_line_ends_at(uint32_t k) const {
    uint32_t caps = 0;
    for (uint32_t i = k + 1; i-- > 0;) {
      const Token& t = tok_[i];
      if (t.kind == TokenKind::kWord) {
        if (!t.has(kAllUpper)) return false;
        caps += t.end() - t.start >= 2;
      }
      if (t.has(kLineStart)) break;
    }
    return caps >= 2;
  }

  // Closers (quotes, brackets) directly after the terminal mark belong to the sentence.
  uint32_t skip_closers(uint32_t e) const {
    const uint32_t first = e;
    while (e < n_ && is_closer(e) && attached(e)) ++e;
    // A period or mark after the closing quote belongs to the same end: “go home.”.
    if (e > first && e < n_ && attached(e) && (is_punct(e, ".") || is_bang(e))) {
      ++e;
      while (e < n_ && is_closer(e) && attached(e)) ++e;
    }
    // Reference marks right after the end belong to it: "a Christian saint.[1] The",
    // "in the country at large.[7][8] This".
    while (e + 2 < n_ && is_punct(e, "[") && attached(e) && attached(e + 1) &&
           tok_[e + 1].kind == TokenKind::kNumber && is_punct(e + 2, "]") && attached(e + 2))
      e += 3;
    return e;
  }
  bool is_dash(uint32_t k) const {
    if (k >= n_ || tok_[k].kind != TokenKind::kPunct) return false;
    std::string_view s = text(k);
    return s == "-" || s == "--" || s == "\xE2\x80\x93" /* – */ || s == "\xE2\x80\x94" /* — */;
  }

  // Whether token e, right after a terminal mark and its closers, carries the sentence
  // on: no sentence starts with a comma or a semicolon ("Hon. Allan Rock (Minister of
  // Health, Lib.), House of Commons", "“Go!”, he said").
  bool continues_after_mark(uint32_t e) const { return is_punct(e, ",") || is_punct(e, ";"); }

  // After a strong terminal (! ? ....) ending before token e.
  uint32_t after_terminal(uint32_t e, bool strong) const {
    e = skip_closers(e);
    if (e >= n_) return 0;
    if (continues_after_mark(e)) return 0;
    if (blank_before(e)) return e;
    if (lower_word(e)) return 0;  // "Yahoo! in the", "'Great!' she said"
    // An exclamation or question set off by dashes inside a sentence: "and -- voila! --
    // you have cake", "Some can be — if I may say so? — a bit questionable".
    if (is_dash(e) && !tok_[e].has(kLineStart) &&
        (lower_word(e + 1) || (is_dash(e + 1) && lower_word(e + 2))))
      return 0;
    if (strong) return e;
    return 0;
  }

  uint32_t after_ellipsis(uint32_t k) const {
    if (k > 0 && is_punct(k - 1, "[")) return 0;  // "[...]" marks an omission
    uint32_t e = skip_closers(k + 1);
    if (e >= n_) return 0;
    if (is_punct(e, ".") && attached(e)) return after_terminal(e + 1, true);  // "…."
    if (continues(e)) return 0;
    // "We will confront this challenge…" / "…but in strengthening our economy": the next
    // paragraph picks the sentence up with an ellipsis of its own.
    if (is_ellipsis(e) && continues(e + 1)) return 0;
    if (tok_[e].kind == TokenKind::kWord && tok_[e].has(kUpperInitial)) return e;
    if (blank_before(e) && !continues(e)) return e;
    return 0;
  }

  uint32_t after_dotted(uint32_t k, uint32_t start) const {
    uint32_t e = skip_closers(k + 1);
    if (e >= n_) return 0;
    if (continues_after_mark(e)) return 0;
    if (blank_before(e)) return e;
    if (lower_word(e) && line_letter_marker(e)) return e;
    if (!upper_word(e)) return 0;
    // "e.g." and "i.e." introduce what follows, whatever its case: "This is e.g. Mr. Smith".
    std::string_view bare = text(k).substr(0, text(k).size() - 1);
    if (const AbbrevKind* kind = abbrev(bare); kind != nullptr && *kind == AbbrevKind::kTitle)
      return 0;
    LowerKey key(text(k));
    bool clock = key.view() == "a.m." || key.view() == "p.m.";
    bool opens = starter(e) || title_abbrev(e);
    if (!opens) return 0;  // "U.S. Government"
    if (clock && words_between(start, k) < 4) return 0;  // "At 5 a.m. Mr. Smith went"
    return e;
  }

  uint32_t after_period(uint32_t k, uint32_t start, bool line_break_blank) {
    // Spaced ellipsis ". . ." and its four-dot forms.
    uint32_t dots = spaced_dots(k);
    bool attached_first = attached(k) && k > 0 && tok_[k - 1].kind != TokenKind::kPunct;
    if (dots >= 3) {
      resume_ = k + dots;  // the group is decided here; the loop goes on after it
      if (attached_first && dots >= 4) {
        // "compounds. . . . The": the period ends the sentence, the ellipsis opens the next.
        uint32_t after = skip_closers(k + dots);
        if (after < n_ && upper_word(after)) return k + 1;
        return 0;
      }
      uint32_t end = k + dots;
      if (dots >= 4) {
        uint32_t after = skip_closers(end);
        if (after < n_ && !lower_word(after)) return after;
      }
      return 0;  // a spaced three-dot ellipsis never ends a sentence by itself
    }
    // A decimal point opening a number after a space: "and .50", "a rise of .5 per cent".
    if (k > start && !attached(k) && k + 1 < n_ && attached(k + 1) &&
        tok_[k + 1].kind == TokenKind::kNumber)
      return 0;
    uint32_t e = skip_closers(k + 1);
    if (e >= n_) return 0;
    if (continues_after_mark(e)) return 0;
    uint32_t w = k;  // the word before the period, if attached
    bool has_word = k > start && attached(k);
    if (has_word) w = k - 1;
    if (has_word && w == list_start_marker_) return 0;  // "1. The first item"
    // A list number at a line's start inside a sentence, after a continuation mark
    // ("many issues:" / "1. We forced ..."): list numbers do not end sentences.
    if (has_word && w > start && tok_[w].has(kLineStart) && tok_[w].kind == TokenKind::kNumber &&
        list_marker_value(w))
      return 0;
    // An inline list number or letter after a colon or semicolon: "we will: a. Increase
    // ...; b. Use ...", "three steps: 1. Cut ...; 2. Build ...".
    if (has_word && w > start && !tok_[w].has(kLineStart) &&
        (is_punct(w - 1, ":") || is_punct(w - 1, ";")) && list_marker_value(w))
      return 0;
    if (blank_before(e) || line_break_blank) {
      if (has_word && title_abbrev(w)) return 0;
      return e;
    }
    if (lower_word(e)) return line_letter_marker(e) ? e : 0;
    if (e < n_ && tok_[e].kind == TokenKind::kNumber) {
      if (list_marker_value(e) && last_list_value_ >= 0 &&
          *list_marker_value(e) == last_list_value_ + 1)
        return e;
      if (has_word && tok_[w].kind == TokenKind::kWord && abbrev(text(w)) != nullptr)
        return 0;                                                    // "p. 55", "No. 10"
      if (has_word && tok_[w].kind == TokenKind::kSymbol) return 0;  // "N°. 1026"
      return e;
    }
    if (!has_word) return e;
    const Token& tw = tok_[w];
    if (tw.kind == TokenKind::kWord) {
      std::string_view ws = text(w);
      if (const AbbrevKind* kind = abbrev(ws)) {
        if (*kind == AbbrevKind::kTitle) return 0;       // "Mr. Smith"
        return (starter(e) || title_abbrev(e)) ? e : 0;  // "Co. It closed" vs "Co. Ltd"
      }
      // An initial: one capital letter after a name or another initial ("Jonas E. Smith").
      if (ws.size() == 1 && ws[0] >= 'A' && ws[0] <= 'Z' && upper_word(e)) {
        bool after_name = w > start && (upper_word(w - 1) || is_punct(w - 1, "."));
        std::string_view next = text(e);
        bool before_initial = next.size() == 1 && is_punct(e + 1, ".");  // "J. R. Tolkien"
        if (after_name || before_initial || w == start) return 0;
      }
    }
    if (tw.kind == TokenKind::kSymbol) {
      // "N°." before a word behaves like an abbreviation
    }
    return e;
  }

  std::string_view t_;
  const std::vector<Token>& tok_;
  uint32_t n_;
  const SplitterTables& tab_;
  int last_list_value_ = -1;
  uint32_t resume_ = 0;  // set by after_period when it decided a whole group of tokens
  std::optional<Span> header_;  // the dateline: a sentence of its own
  uint32_t header_end_ = header_ ? header_->end : 0;  // no header edge after a token ending past it
  uint32_t list_start_marker_ = 0xFFFFFFFFu;
};

}  // namespace

bool is_bullet_sign(std::string_view s) {
  return s == "\xE2\x80\xA2" /* • */ || s == "\xE2\x81\x83" /* ⁃ */ ||
         s == "\xE2\x96\xAA" /* ▪ */ || s == "\xE2\x97\xA6" /* ◦ */ ||
         s == "\xE2\x80\xA3" /* ‣ */ || s == "\xE2\x97\x8F" /* ● */;
}

std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens) {
  return Splitter(text, tokens, std::nullopt).run();
}

std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens,
                                      std::optional<Span> header_line) {
  return Splitter(text, tokens, header_line).run();
}

}  // namespace speechscan
