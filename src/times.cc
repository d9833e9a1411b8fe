// Temporal expressions: recognition over tokens, normalisation to TIMEX3 values.
//
// Two passes. The scan walks the tokens once and looks each word up in one hash table
// built from data/lexicon/time_*.tsv; only a word found there (a month, a weekday, a
// unit, a number word, "today" ...) or a number starts a parse. The parse re-splits a
// short window of text into small pieces (letters, digits, single punctuation) so that
// "2026-01-08", "5 p.m.", "mid-2007" and "Today’s" read the same whatever the tokenizer
// made of them, and tries the grammar below from the leftmost word that may lead the
// expression ("the last few weeks", "early next year"). A parse yields a Recipe: a
// final value, or how to compute it from the document date, the narrative's last date
// or the clause's tense. The second pass resolves the recipes in text order.
#include "speechscan/times.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <memory>
#include <span>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "frozen.h"
#include "scratch.h"
#include "speechscan/data.h"
#include "table_writer.h"
#include "tables.h"
#include "times_tense.h"
#include "word_key.h"

namespace speechscan {

const char* time_type_name(TimeType t) {
  switch (t) {
    case TimeType::kDate: return "date";
    case TimeType::kTime: return "time";
    case TimeType::kDuration: return "duration";
    case TimeType::kSet: return "set";
  }
  return "date";
}

// ---------------------------------------------------------------------------------------
// Calendar arithmetic (H. Hinnant's days_from_civil / civil_from_days).

int64_t days_from_civil(const Date& d) {
  int y = d.year;
  const int m = d.month;
  y -= m <= 2 ? 1 : 0;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d.day - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<int64_t>(era) * 146097 + doe - 719468;
}

Date civil_from_days(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t y = yoe + era * 400;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const int64_t m = mp < 10 ? mp + 3 : mp - 9;
  return Date{static_cast<int>(y + (m <= 2 ? 1 : 0)), static_cast<int>(m), static_cast<int>(d)};
}

Date add_days(const Date& d, int64_t n) { return civil_from_days(days_from_civil(d) + n); }

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 31;
  if (month == 2) {
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return leap ? 29 : 28;
  }
  return kDays[static_cast<size_t>(month - 1)];
}

Date add_months(const Date& d, int n) {
  int total = d.year * 12 + (d.month - 1) + n;
  int y = total >= 0 ? total / 12 : -((-total + 11) / 12);
  int m = total - y * 12 + 1;
  return Date{y, m, std::min(d.day, days_in_month(y, m))};
}

int iso_weekday(const Date& d) {
  const int64_t days = days_from_civil(d);  // 1970-01-01 was a Thursday
  const int64_t wd = ((days % 7) + 7) % 7;   // 0 = Thursday
  return static_cast<int>((wd + 3) % 7 + 1);
}

IsoWeek iso_week(const Date& d) {
  const Date thursday = add_days(d, 4 - iso_weekday(d));
  const int64_t first = days_from_civil(Date{thursday.year, 1, 1});
  return IsoWeek{thursday.year, static_cast<int>((days_from_civil(thursday) - first) / 7 + 1)};
}

std::string format_iso_week(const IsoWeek& w) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", w.year, w.week);
  return buf;
}

Date iso_week_monday(const IsoWeek& w) {
  const Date jan4{w.year, 1, 4};
  return add_days(jan4, -(iso_weekday(jan4) - 1) + 7 * static_cast<int64_t>(w.week - 1));
}

bool is_calendar_value(std::string_view v) {
  size_t digits = 0;
  while (digits < v.size() && v[digits] >= '0' && v[digits] <= '9') ++digits;
  if (digits < 2) return false;
  if (digits == 4 || digits == v.size()) return true;
  return false;
}

namespace {

// The words of time_context.tsv and their kinds, read once: nouns next to a time that
// change what it is. Asked only on the rare paths that need them.
enum ContextKind : uint16_t {
  kHappened = 1,
  kGeneric = 2,
  kNamed = 4,
  kDeadline = 8,
  kMoved = 16,
  kLabel = 32,
  kFiscal = 64,
  kZone = 128,
  kTerm = 256,
  kOccasion = 512,
  kAugust = 1024,
  kInstrument = 2048,
  kNowadays = 4096
};

uint16_t context_kind(std::string_view word) {
  static const std::unordered_map<std::string_view, uint16_t> words = [] {
    std::unordered_map<std::string_view, uint16_t> m;
    data::for_each_tsv_row(data::get("lexicon/time_context.tsv"), [&](auto f, int) {
      if (f.size() < 2) return;
      const uint16_t kind = f[1] == "happened"     ? kHappened
                            : f[1] == "generic"    ? kGeneric
                            : f[1] == "named"      ? kNamed
                            : f[1] == "deadline"   ? kDeadline
                            : f[1] == "moved"      ? kMoved
                            : f[1] == "label"      ? kLabel
                            : f[1] == "fiscal"     ? kFiscal
                            : f[1] == "zone"       ? kZone
                            : f[1] == "term"       ? kTerm
                            : f[1] == "occasion"   ? kOccasion
                            : f[1] == "august"     ? kAugust
                            : f[1] == "instrument" ? kInstrument
                            : f[1] == "nowadays"   ? kNowadays
                                                   : 0;
      m[f[0]] |= kind;
    });
    return m;
  }();
  const auto it = words.find(word);
  return it == words.end() ? 0 : it->second;
}

// The day that a month and day written "M/D" names (time_context.tsv kind `date`, its
// value in the third column), or "": "9/11" is 2001-09-11.
std::string_view named_date(std::string_view md) {
  static const std::unordered_map<std::string_view, std::string_view> days = [] {
    std::unordered_map<std::string_view, std::string_view> m;
    data::for_each_tsv_row(data::get("lexicon/time_context.tsv"), [&](auto f, int) {
      if (f.size() >= 3 && f[1] == "date") m[f[0]] = f[2];
    });
    return m;
  }();
  const auto it = days.find(md);
  return it == days.end() ? std::string_view() : it->second;
}

// A verb that moves a date (time_context.tsv "moved") among the four words before token
// `to` ("to" or "until"), with no punctuation between: "was extended to", "extended the
// offer to", "pushed back to".
bool moved_before(std::string_view text, const std::vector<Token>& tokens, uint32_t first,
                  uint32_t to) {
  for (uint32_t k = to; k > first && to - k < 4;) {
    --k;
    if (tokens[k].kind != TokenKind::kWord) return false;
    if ((context_kind(text.substr(tokens[k].start, tokens[k].length)) & kMoved) != 0) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------
// Lexicon.

enum class Mod : uint8_t {
  kNone, kThis, kLast, kNext, kPast, kComing, kPrevious, kFollowing, kSame, kEarly, kMid,
  kLate, kEarlier, kLater, kRecent, kEvery, kPer, kAgo, kApprox
};

Mod parse_mod(std::string_view s) {
  static constexpr std::array<std::pair<std::string_view, Mod>, 18> kMods = {{
      {"this", Mod::kThis}, {"last", Mod::kLast}, {"next", Mod::kNext}, {"past", Mod::kPast},
      {"coming", Mod::kComing}, {"previous", Mod::kPrevious}, {"following", Mod::kFollowing},
      {"same", Mod::kSame}, {"early", Mod::kEarly}, {"mid", Mod::kMid}, {"late", Mod::kLate},
      {"earlier", Mod::kEarlier}, {"later", Mod::kLater}, {"recent", Mod::kRecent},
      {"every", Mod::kEvery}, {"per", Mod::kPer}, {"ago", Mod::kAgo}, {"approx", Mod::kApprox},
  }};
  for (const auto& [name, mod] : kMods)
    if (name == s) return mod;
  return Mod::kNone;
}

// Strings in Phrase and Lex are views into the embedded lexicon files (data::get), which
// live as long as the program: building the lexicon copies no text. Their lists are
// views into TimeLexicon's list storage (or into the generated arrays).
struct Phrase {
  std::span<const std::string_view> words;  // folded pieces: "long", "-", "term"
  TimeType type = TimeType::kDate;
  std::string_view value;
  // The value column read once at load time: "D-1T NI" forms and "H:12-25" forms.
  bool relative_day = false;
  int day_offset = 0;
  std::string_view day_suffix;  // "TNI"
  int month = 0;                // a fixed day of the year: "H:MM-DD"
  int day = 0;
  // The second word's head_key(), 0 for a phrase of one word: Grammar::phrase() skips a
  // phrase whose second word cannot be the next piece without reading its words ("the"
  // starts 34 phrases; "the end of" needs an "end" next).
  uint32_t second = 0;
};

// A word's length and first byte in one number, never 0 for a word: two words with
// different keys differ.
constexpr uint32_t head_key(std::string_view w) {
  return w.empty() ? 0 : static_cast<uint32_t>(w.size()) << 8 | static_cast<unsigned char>(w[0]);
}

// Rules of the grammar, as bits: Lex::rules says which of them may begin at a word, so
// that Grammar::parse() tries only those (each rule checks its own conditions again).
enum RuleBit : uint16_t {
  kRulePhrase = 1u << 0,
  kRuleMonth = 1u << 1,
  kRuleWeekday = 1u << 2,
  kRuleModified = 1u << 3,
  kRuleEdge = 1u << 4,
  kRuleQuantity = 1u << 5,
  kRuleEvery = 1u << 6,
  kRuleRecent = 1u << 7,
  kRuleSeason = 1u << 8,
  kRuleCentury = 1u << 9,
};

struct Lex {
  std::string_view word;  // folded, as in the lexicon file
  int month = 0;
  bool month_abbr = false;
  int weekday = 0;
  bool weekday_abbr = false;
  bool weekday_plural = false;
  std::string_view season;   // "SP"
  std::string_view daypart;  // "MO"
  char unit = 0;        // see time_units.tsv
  bool unit_plural = false;
  int cardinal = -1;    // -1: none
  bool vague = false;   // few, several: X in values
  int multiplier = 0;   // hundred
  int ordinal = 0;
  Mod mod = Mod::kNone;
  std::span<const uint32_t> phrases;  // phrases whose first piece this word is
  bool trigger = false;           // a scan may start a parse at this word
  uint16_t rules = 0;             // RuleBit: the rules that may begin here
  // The candidate filter (see TimeLexicon::build_follow). `as_next`: the NextBit classes
  // of this word when it follows another. `follow`: when `needs_next`, no expression can
  // end at this word, and one that goes on past it continues with a word of these classes
  // or with one of `phrase_next` (the next words of the phrases that hold it).
  uint16_t as_next = 0;
  uint16_t follow = 0;
  bool needs_next = false;
  bool starts_nothing = false;  // no rule begins at this word: "morning", "day", "time"
  // Only phrase() begins at this word, and for a singular unit quantity()'s "-long"
  // ("long", "day"): at the scan's start it needs a next word of `phrase_next` or a hyphen.
  bool phrase_start = false;
  std::span<const std::string_view> phrase_next;
};

// Classes of the piece after a candidate word, as bits (the candidate filter's alphabet).
enum NextBit : uint16_t {
  kNextDigit = 1u << 0,
  kNextUnit = 1u << 1,
  kNextCount = 1u << 2,  // digits are kNextDigit; this is a, an, few, one, twenty ...
  kNextMultiplier = 1u << 3,
  kNextMonth = 1u << 4,
  kNextWeekday = 1u << 5,
  kNextSeason = 1u << 6,
  kNextDaypart = 1u << 7,
  kNextHyphen = 1u << 8,
  kNextOf = 1u << 9,
  kNextFiller = 1u << 10,      // "six straight days": kQuantityFillers
  kNextNumberTail = 1u << 11,  // what may follow a short number: / : , am pm st bc ...
  kNextParen = 1u << 12,       // "(": a count word's number in brackets, "six (6) years"
};

// The lexicon: its entries in one vector, found through open addressing over FNV-1a
// hashes of the folded word. Sized once for the lexicon (under half full); a probe costs
// one hash over a few bytes and usually one comparison. Built once per process and
// read-only afterwards: the pointers find() returns stay valid as long as the table.
class FlatLexicon {
 public:
  struct Slot {
    const char* key = nullptr;
    uint32_t h32 = 0;
    uint16_t len = 0;  // 0: empty (no lexicon word is empty)
    uint16_t index = 0;
  };

  static uint64_t hash(std::string_view w) {
    uint64_t h = 1469598103934665603ull;
    for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h;
  }
  FlatLexicon() = default;  // REQUIRES: assigned one of the tables below before use
  explicit FlatLexicon(size_t slots) { rehash(slots); }
  // The table of generated arrays (see frozen.h).
  FlatLexicon(std::span<const Lex> entries, std::span<const Slot> slots)
      : entries_(entries), slots_(slots), mask_(slots.size() - 1) {}

  // The entry for `w`, added when new. REQUIRES: `w` outlives the table (a view into the
  // embedded lexicon or a constant). References are invalidated by the next add.
  Lex& entry(std::string_view w) {
    const uint64_t h = hash(w);
    size_t i = h & mask_;
    for (;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.len == 0) break;
      if (s.h32 == static_cast<uint32_t>(h) && s.len == w.size() &&
          std::memcmp(s.key, w.data(), w.size()) == 0)
        return entries_.mut(s.index);
    }
    entries_.emplace_back().word = w;
    slots_.mut(i) = Slot{w.data(), static_cast<uint32_t>(h), static_cast<uint16_t>(w.size()),
                         static_cast<uint16_t>(entries_.size() - 1)};
    if (entries_.size() * 2 > slots_.size()) rehash(slots_.size() * 2);
    return entries_.mut(entries_.size() - 1);
  }

  const Lex* find(std::string_view w, uint64_t h) const {
    if (w.empty()) return nullptr;
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.len == 0) return nullptr;
      if (s.h32 == static_cast<uint32_t>(h) && s.len == w.size() && same_bytes(s.key, w))
        return &entries_[s.index];
    }
  }
  const Lex* find(std::string_view w) const { return find(w, hash(w)); }
  // The index into entries() of `w`'s entry, or -1.
  ptrdiff_t index_of(std::string_view w) const {
    const Lex* l = find(w);
    return l ? l - entries_.data() : -1;
  }

  std::span<const Lex> entries() const { return entries_.span(); }
  Lex& entry_at(size_t i) { return entries_.mut(i); }
  void reserve(size_t n) { entries_.reserve(n); }
  std::span<const Slot> slots() const { return slots_.span(); }

 private:
  void rehash(size_t cap) {
    slots_.assign(cap, Slot{});
    mask_ = cap - 1;
    for (size_t e = 0; e < entries_.size(); ++e) {
      const std::string_view w = entries_[e].word;
      const uint64_t h = hash(w);
      size_t i = h & mask_;
      while (slots_[i].len != 0) i = (i + 1) & mask_;
      slots_.mut(i) = Slot{w.data(), static_cast<uint32_t>(h), static_cast<uint16_t>(w.size()),
                           static_cast<uint16_t>(e)};
    }
  }
  // A lexicon word is a few bytes: a loop beats a call to memcmp.
  static bool same_bytes(const char* key, std::string_view w) {
    for (size_t i = 0; i < w.size(); ++i)
      if (key[i] != w[i]) return false;
    return true;
  }
  Frozen<Lex> entries_;
  Frozen<Slot> slots_;
  size_t mask_ = 0;
};

// Words that may stand before a trigger inside an expression but never start a scan on
// their own: the scan walks back over them ("the last few weeks", "at present").
// "and": "three and a half years"; "fiscal", "financial", "fy": a financial year ("the
// current fiscal year", "FY 2020"; "budget": "this budget year"); "full", "whole",
// "entire": "a full month"; "from", "some", "very": "from now on", "some years ago", "very
// soon" (common words: the word after them triggers); "all": "all week", "all day long".
constexpr std::array<std::string_view, 36> kExtraLeads = {
    "the",  "at",    "to",    "in",        "right", "more", "less",      "than",   "least",
    "up",   "well",  "these", "that",      "of",    "end",  "beginning", "start",  "middle",
    "turn", "close", "rest",  "remainder", "final", "half", "and",       "fiscal", "financial",
    "fy",   "full",  "whole", "entire",    "from",  "some", "very",      "budget", "all"};

// Financial-year leads written glued to their year, as one word: "FY2024", "FY24". The
// scan's prefilter and find() let such a word through; fiscal_year() reads it.
constexpr std::array<std::string_view, 1> kGluedYearLeads = {"fy"};

// Whether word `w` (any case) is a lead of kGluedYearLeads followed by a year in two or
// four digits and nothing else: "FY2024", "fy24".
bool glued_year_word(std::string_view w) {
  for (std::string_view lead : kGluedYearLeads) {
    if (w.size() != lead.size() + 2 && w.size() != lead.size() + 4) continue;
    bool ok = true;
    for (size_t i = 0; i < w.size() && ok; ++i) {
      const unsigned char c = static_cast<unsigned char>(w[i]);
      ok = i < lead.size() ? (c | 0x20) == static_cast<unsigned char>(lead[i])
                           : c >= '0' && c <= '9';
    }
    if (ok) return true;
  }
  return false;
}

// Words between a count and its unit: "six straight days", "two more years".
constexpr std::array<std::string_view, 11> kQuantityFillers = {
    "consecutive", "straight", "successive", "full", "more", "additional", "long", "whole",
    "further", "extra", "short"};

// Pieces the grammar reads after a number of one to three digits inside an expression
// (besides units, months, fillers and "-" "of"): 8/1/2026, 10:30, 5 pm, 5 a.m., 8th, 1,500,
// 490 BC.
constexpr std::array<std::string_view, 14> kNumberTails = {
    "/", ":", ",", "am", "pm", "a", "p", "st", "nd", "rd", "th", "bc", "bce", "b"};

// ---------------------------------------------------------------------------------------
// Pieces: the fine-grained split of a window of text that the grammar reads.

enum class PieceKind : uint8_t { kAlpha, kDigit, kPunct };

// Trivially constructible on purpose: a window's array of pieces is not zeroed; more()
// sets every field of the pieces it makes.
struct Piece {
  uint32_t start;
  uint32_t end;
  PieceKind kind;
  bool space_before;
  bool upper;  // first letter upper case
  uint8_t len;  // folded length
  std::array<char, 23> fold;
  // The lexicon entry (null for digits, punctuation, other words), through Pieces::lex():
  // a word is looked up on first use (lex_ is valid once looked_up is set).
  mutable bool looked_up;
  mutable const Lex* lex_;
  int64_t num;  // kDigit: value (saturated)
  WordKey f() const { return std::string_view(fold.data(), len); }
};

constexpr bool is_ascii_alpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// Length of the white space at text[p], 0 when none (ASCII, NBSP, thin and line seps).
size_t space_len(std::string_view t, size_t p) {
  unsigned char c = static_cast<unsigned char>(t[p]);
  // ' ' and \t \n \v \f \r (9..13); two tests for any ASCII byte.
  if (c < 0x80) return c == ' ' || static_cast<unsigned char>(c - '\t') <= '\r' - '\t' ? 1 : 0;
  if (c == 0xC2 && p + 1 < t.size() && static_cast<unsigned char>(t[p + 1]) == 0xA0) return 2;
  if (c == 0xE2 && p + 2 < t.size()) {
    unsigned char c1 = static_cast<unsigned char>(t[p + 1]);
    unsigned char c2 = static_cast<unsigned char>(t[p + 2]);
    if (c1 == 0x80 && (c2 <= 0x8A || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF)) return 3;
  }
  return 0;
}

// Length of a punctuation character at text[p] that is not a letter, 0 for letters.
size_t punct_len(std::string_view t, size_t p) {
  unsigned char c = static_cast<unsigned char>(t[p]);
  if (c < 0x80) return is_ascii_alpha(c) || is_digit(c) ? 0 : 1;
  if (c == 0xE2) return p + 2 < t.size() ? 3 : 1;  // general punctuation, dashes, quotes
  if (c == 0xC2) return p + 1 < t.size() ? 2 : 1;  // « » § and friends
  return 0;                                         // other non-ASCII: treat as letters
}

// A word piece's bytes: 1 an ASCII letter, 2 a byte >= 0x80 (a letter unless it starts
// punctuation or a space, see more()), 0 anything else.
constexpr std::array<uint8_t, 256> kRunClass = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c)
    t[c] = c >= 0x80 ? 2 : is_ascii_alpha(static_cast<unsigned char>(c)) ? 1 : 0;
  return t;
}();

// The same run as folded bytes: an ASCII letter lower-cased, a byte >= 0x80 itself, 0
// for anything that ends the run. One load per byte both tests and folds.
constexpr std::array<uint8_t, 256> kRunFold = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c)
    t[c] = c >= 0x80                                       ? static_cast<uint8_t>(c)
           : c >= 'A' && c <= 'Z'                          ? static_cast<uint8_t>(c + 32)
           : is_ascii_alpha(static_cast<unsigned char>(c)) ? static_cast<uint8_t>(c)
                                                           : 0;
  return t;
}();

// What ends a run of spaces before a piece: 1 for ' ' and \t..\r, 2 for a byte that
// may start a non-ASCII space (space_len() decides), 0 for anything else.
constexpr std::array<uint8_t, 256> kSpaceClass = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c)
    t[c] = c == ' ' || (c >= '\t' && c <= '\r') ? 1 : (c == 0xC2 || c == 0xE2) ? 2 : 0;
  return t;
}();

class Pieces {
 public:
  static constexpr size_t kMax = 40;

  Pieces(std::string_view text, uint32_t begin, uint32_t limit, const FlatLexicon& words)
      : text_(text), pos_(begin), limit_(limit), words_(words) {}

  // The piece at index k, or nullptr past the window.
  // The grammar asks a few hundred thousand times a megabyte, mostly for a piece already
  // made: that path is inlined, making more is not.
  [[gnu::always_inline]] const Piece* at(size_t k) {
    if (k < n_) [[likely]]
      return &p_[k];
    return extend_to(k);
  }
  // The lexicon entry of piece `q`, one of this window's. A word is looked up when first
  // asked for: most pieces of a window's left context and look-ahead are only compared
  // by their spelling ("the", "of", ",").
  const Lex* lex(const Piece& q) const {
    if (!q.looked_up) {
      q.lex_ = words_.find(q.f());
      q.looked_up = true;
    }
    return q.lex_;
  }
  // Whether the line ends right after piece k (over spaces and tabs), or the text does.
  bool line_ends_after(size_t k) {
    const Piece* q = at(k);
    if (q == nullptr) return false;
    uint32_t b = q->end;
    while (b < text_.size() && (text_[b] == ' ' || text_[b] == '\t')) ++b;
    return b >= text_.size() || text_[b] == '\n' || text_[b] == '\r';
  }
  // Index of the first piece starting at or after byte `b`.
  size_t index_at(uint32_t b) {
    extend_past(b);
    size_t k = 0;
    while (k < n_ && p_[k].start < b) ++k;
    return k;
  }

 private:
  // Makes the pieces up to the first that starts at or after byte `b` (or all) in one
  // call: the window's left context is three words or more ("Year of Assessment 2020").
  [[gnu::noinline]] void extend_past(uint32_t b) {
    while ((n_ == 0 || p_[n_ - 1].start < b) && more()) {
    }
  }
  [[gnu::noinline]] const Piece* extend_to(size_t k) {
    while (k >= n_ && more()) {
    }
    return k < n_ ? &p_[k] : nullptr;
  }
  // Inlined into its two callers, which make most pieces one a call: a call of its own
  // saved and restored six registers a piece.
  [[gnu::always_inline]] bool more() {
    if (n_ >= kMax) return false;
    bool space = false;
    while (pos_ < limit_) {
      const uint8_t cls = kSpaceClass[static_cast<unsigned char>(text_[pos_])];
      if (cls == 0) break;
      const size_t s = cls == 1 ? 1 : space_len(text_, pos_);
      if (s == 0) break;
      pos_ += static_cast<uint32_t>(s);
      space = true;
    }
    if (pos_ >= limit_) return false;
    Piece& q = p_[n_];
    q.kind = PieceKind::kPunct;
    q.upper = false;
    q.len = 0;
    q.looked_up = true;
    q.lex_ = nullptr;
    q.num = 0;
    q.start = pos_;
    q.space_before = space || n_ == 0;
    unsigned char c = static_cast<unsigned char>(text_[pos_]);
    // 0 for ASCII punctuation and digits, which punct_len() need not be asked about.
    const uint8_t first = kRunFold[c];
    if (is_digit(c)) {
      q.kind = PieceKind::kDigit;
      int64_t v = 0;
      while (pos_ < limit_ && is_digit(static_cast<unsigned char>(text_[pos_]))) {
        if (v < 1000000000) v = v * 10 + (text_[pos_] - '0');
        if (q.len < q.fold.size()) q.fold[q.len++] = text_[pos_];
        ++pos_;
      }
      q.num = v;
    } else if (size_t pl = first == 0 ? 1 : first >= 0x80 ? punct_len(text_, pos_) : 0; pl > 0) {
      q.kind = PieceKind::kPunct;
      WordKey s = text_.substr(pos_, std::min<size_t>(pl, limit_ - pos_));
      if (s == "\xE2\x80\x99" || s == "\xE2\x80\x98") s = "'";
      for (char ch : s) q.fold[q.len++] = ch;
      pos_ += static_cast<uint32_t>(std::min<size_t>(pl, limit_ - pos_));
    } else {
      q.kind = PieceKind::kAlpha;
      q.upper = c >= 'A' && c <= 'Z';
      // The run: ASCII letters and any byte >= 0x80 that starts no punctuation or space.
      const char* const in = text_.data() + pos_;
      const size_t avail = limit_ - pos_;
      // Scanned and folded in one loop as far as the fold has room, one test of the byte's
      // fold passing most bytes (an ASCII letter folds to 1..0x7F); then, for a word too
      // long to fold, only its end is looked for. lex() looks the word up when asked.
      size_t n = 0;
      char* const out = q.fold.data();
      const size_t room = std::min(avail, q.fold.size());
      for (; n < room; ++n) {
        const uint8_t lower = kRunFold[static_cast<unsigned char>(in[n])];
        if (static_cast<uint8_t>(lower - 1) >= 0x7F && ends_run(lower, pos_ + n)) break;
        out[n] = static_cast<char>(lower);
      }
      if (n == room) {
        while (n < avail && !ends_run(kRunFold[static_cast<unsigned char>(in[n])], pos_ + n)) ++n;
      }
      if (n <= q.fold.size()) {
        q.len = static_cast<uint8_t>(n);
        q.looked_up = false;
      }  // else too long to be any temporal word: len stays 0, no entry
      pos_ += static_cast<uint32_t>(n);
    }
    q.end = pos_;
    ++n_;
    return true;
  }

  // Whether the byte at text_[p], whose kRunFold entry is `lower`, ends a word piece:
  // digits, ASCII punctuation and white space, and the non-ASCII punctuation and spaces.
  bool ends_run(uint8_t lower, size_t p) const {
    return lower == 0 || (lower >= 0x80 && (punct_len(text_, p) > 0 || space_len(text_, p) > 0));
  }

  std::string_view text_;
  uint32_t pos_;
  uint32_t limit_;
  const FlatLexicon& words_;
  std::array<Piece, kMax> p_;
  size_t n_ = 0;
};

// ---------------------------------------------------------------------------------------
// Recipes: what a parse found, before the document date and tense resolve it.

enum class RecipeKind : uint8_t {
  kFixed,      // `value` is final
  kDeictic,    // document date shifted by `offset` `unit`s, printed at `unit` granularity
  kAnaphoric,  // the same from the narrative's last date (falls back on the document date)
  kPartial,    // month/day, weekday, season, quarter without a year: the year by context
};

// Fields ordered by size, so that no padding sits between them: a long document holds
// one per time found until they are resolved.
// How to compute a time's value: all but the value's text, which TimeFinder::find keeps
// in the TimeExpr itself between its two passes.
struct RecipeCore {
  std::string_view season;  // points into the lexicon (lives as long as the finder)
  int offset = 0;
  int month = 0;       // kPartial
  int day = 0;
  int weekday = 0;
  int year_offset = 0;
  RecipeKind kind = RecipeKind::kFixed;
  char unit = 'D';     // kDeictic/kAnaphoric
  char part = 'Q';     // kPartial: `quarter` counts quarters (Q) or half-years (H)
  uint8_t quarter = 0;  // kPartial: 1-4, or 1-2 for half-years; 0 none
  bool clock = false;            // a clock time: anchored on the day just mentioned
  bool strong = false;           // kAnaphoric: "the same day", "two days later", a clock
                                 // time: the last date even outside a narrative
  bool future_only = false;      // "in three weeks": a date unless the clause is past
  bool has_year_offset = false;  // "1 July next year": year = document year + offset
  bool same_day = false;         // kDeictic: "three years ago today", a day N units back
  bool away = false;             // kAnaphoric: "that day", never the document's own date
  bool from_told = false;        // kAnaphoric "25 years later": from a date told that is not
                                 // the document's own day
  bool ahead = false;            // kPartial after "payable", "effective": leans forward
  bool keeps_part = false;       // "a year ago", "a year earlier": of the quarter just told
  bool part_told = false;        // kAnaphoric "the quarter": the one just told, else no time
  bool compared = false;         // with keeps_part: "the year-ago quarter", "year-earlier"
  bool year_back = false;        // kAnaphoric "the same month a year ago": a year before
  bool weekend_told = false;     // kDeictic "the weekend": a past clause's is the last one
  Mod mod = Mod::kNone;  // this / last / next on a partial
  Tense tense = Tense::kPresent;
};

struct Recipe : RecipeCore {
  std::string value;   // kFixed: the value; otherwise a suffix: "TNI", "T17:00", "-WE"
};

struct Match {
  size_t begin = 0;  // piece indices, end exclusive
  size_t end = 0;
  TimeType type = TimeType::kDate;
  Recipe r;
};

Recipe fixed(std::string v) {
  Recipe r;
  r.value = std::move(v);
  return r;
}
Recipe deictic(char unit, int offset, std::string suffix = {}) {
  Recipe r;
  r.kind = RecipeKind::kDeictic;
  r.unit = unit;
  r.offset = offset;
  r.value = std::move(suffix);
  return r;
}

// v in decimal, zero-padded to `width` digits (printf's "%0*lld" for v >= 0).
std::string pad(int64_t v, int width) {
  if (v < 0) return std::to_string(v);
  char buf[24];
  char* const end = buf + sizeof buf;
  char* p = end;
  do {
    *--p = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v > 0);
  while (end - p < width) *--p = '0';
  return std::string(p, end);
}

// `prefix` followed by `tail`.
std::string concat(std::string_view prefix, std::string_view tail) {
  std::string out;
  out.reserve(prefix.size() + tail.size());
  out.append(prefix).append(tail);
  return out;
}

// Writes v >= 0 as pad() does, ending before `end`; returns where it starts.
char* put_padded(char* end, int64_t v, int width) {
  char* p = end;
  do {
    *--p = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v > 0);
  while (end - p < width) *--p = '0';
  return p;
}

// "2026-01-08": written into one buffer, not joined from five strings (a negative part,
// which pad() writes unpadded, takes the long way).
std::string ymd(int y, int m, int d) {
  if (y < 0 || m < 0 || d < 0) return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2);
  char buf[48];
  char* const end = buf + sizeof buf;
  char* p = put_padded(end, d, 2);
  *--p = '-';
  p = put_padded(p, m, 2);
  *--p = '-';
  p = put_padded(p, y, 4);
  return std::string(p, end);
}
std::string ym(int y, int m) {
  if (y < 0 || m < 0) return pad(y, 4) + "-" + pad(m, 2);
  char buf[32];
  char* const end = buf + sizeof buf;
  char* p = put_padded(end, m, 2);
  *--p = '-';
  p = put_padded(p, y, 4);
  return std::string(p, end);
}

// Duration value for n units (n < 0: unspecified, X).
std::string duration_value(char unit, int64_t n) {
  auto num = [&](int64_t k) { return n < 0 ? std::string("X") : std::to_string(k); };
  switch (unit) {
    case 'H': return "PT" + num(n) + "H";
    case 'N': return "PT" + num(n) + "M";
    case 'S': return "PT" + num(n) + "S";
    case 'E': return n < 0 ? "PXDE" : "P" + std::to_string(10 * n) + "Y";
    case 'C': return n < 0 ? "PXCE" : "P" + std::to_string(100 * n) + "Y";
    case 'L': return n < 0 ? "PXML" : "P" + std::to_string(1000 * n) + "Y";
    case 'F': return "P" + (n < 0 ? std::string("X") : std::to_string(2 * n)) + "W";
    case 'K': return "P" + num(n) + "WE";
    default: return "P" + num(n) + std::string(1, unit);
  }
}

// Duration value for n and a half units: years as years and six months (TimeBank's
// "2 1/2 years" is P2Y6M), hours as hours and thirty minutes, days as days and twelve
// hours, anything else with a decimal half ("P2.5W").
Date holiday_date(int year, int month, int code);  // below, with the calendar of holidays

std::string half_duration_value(char unit, int64_t n) {
  const std::string whole = std::to_string(n);
  switch (unit) {
    case 'Y': return "P" + whole + "Y6M";
    case 'D': return "P" + whole + "DT12H";
    case 'H': return "PT" + whole + "H30M";
    case 'N': return "PT" + whole + "M30S";
    case 'S': return "PT" + whole + ".5S";
    case 'E': return "P" + std::to_string(10 * n + 5) + "Y";
    case 'C': return "P" + std::to_string(100 * n + 50) + "Y";
    case 'L': return "P" + std::to_string(1000 * n + 500) + "Y";
    default: return "P" + whole + ".5" + std::string(1, unit);
  }
}

// ---------------------------------------------------------------------------------------
// The grammar over pieces.

// What the whole document says about its times, asked by the grammar on rare paths and
// computed once on first asking. See financial_years().
class DocumentSense {
 public:
  DocumentSense(std::string_view text, const std::vector<Token>& tokens)
      : text_(text), tokens_(tokens) {}
  // Whether the document names a financial year as a straddling pair of years somewhere
  // ("the Budget for 2018-19", "the 2006-07 year", "2014/15"): then every such pair in it
  // is one ("Output grew 15% in 2017-18", "the end of 2004-05"), one sense per document.
  // A history's "(1915-16)" without such a word stays two years, as WikiWars tags them.
  bool financial_years();

 private:
  std::string_view text_;
  const std::vector<Token>& tokens_;
  int8_t financial_ = -1;  // not yet computed
};

class Grammar {
 public:
  Grammar(Pieces& p, std::span<const Phrase> phrases, DocumentSense* sense = nullptr)
      : p_(p), phrases_(phrases), sense_(sense) {}

  // The longest expression starting at piece k.
  std::optional<Match> parse(size_t k) {
    std::optional<Match> best;
    auto take = [&](std::optional<Match> m) {
      if (m && m->end > m->begin && (!best || m->end > best->end)) best = std::move(m);
    };
    const Piece* q = at(k);
    if (!q) return best;
    const Lex* const ql = p_.lex(*q);
    if (q->kind == PieceKind::kDigit) {
      take(numeric(k));
      take(quantity(k));
      take(year_part(k));  // "1988 second quarter"
    } else if (q->kind == PieceKind::kPunct) {
      take(apostrophe_year(k));
    } else if (ql == nullptr) {
      // Every rule but modified() needs a lexicon word here; "those" is none.
      if (q->f() == "those") take(modified(k));
    } else {
      // Only the rules that may begin at this word, in the same order as always (the
      // first of two equally long matches wins).
      const uint16_t rules = ql->rules;
      if (rules & kRulePhrase) take(phrase(k));
      if (rules & kRuleMonth) take(month(k));
      if (rules & kRuleWeekday) take(weekday(k));
      if (rules & kRuleModified) take(modified(k));
      if (rules & kRuleEdge) take(edge(k));
      if (rules & kRuleQuantity) take(quantity(k));
      if (rules & kRuleEvery) take(every(k));
      if (rules & kRuleRecent) take(recent(k));
      if (rules & kRuleSeason) take(season(k));
      if (rules & kRuleCentury) take(century(k));
      // "the 1988 second quarter", "this year's third quarter": a year's quarter or half
      // named before it.
      if (rules & (kRuleCentury | kRuleModified)) take(year_part(k));
      if (ql->ordinal) {
        take(part_adjective(k));
        take(ordinal_date(k));
      }
      if (ql->cardinal >= 15 && ql->cardinal <= 20) take(spoken_year(k));
      if (ql->cardinal == 20 || ql->cardinal == 30) take(ordinal_date(k));
      if (q->f() == "half") take(half_unit(k));
      if (!ql->daypart.empty()) take(clock_daypart(k));
      if (q->len >= 4 && (q->f() == "time" || q->f() == "moment")) take(present_occasion(k));
    }
    if (is(k, "the") || is(k, "year")) take(year_ago(k));
    // "the year 2030": one time, the year named.
    if (int y = 0; is(k, "the") && is(k + 1, "year") && year_at(k + 2, y)) {
      Match m;
      m.begin = k;
      m.end = k + 3;
      m.r = fixed(pad(y, 4));
      take(std::move(m));
    } else if (is(k, "the") && is(k + 1, "year") && year_digits_at(k + 2, y)) {
      // "the year 2018-19": one year that straddles two, a financial year (see numeric()).
      if (const size_t e = straddle_end(k + 3, y, true); e > k + 3) {
        Match m;
        m.begin = k;
        m.end = e;
        m.r = fixed(pad(y + 1, 4));
        take(std::move(m));
      }
    }
    // fiscal_year() begins at "the", "fy", "fiscal" or "financial", all lexicon words
    // (kExtraLeads): a piece without an entry begins none.
    if (ql != nullptr) take(fiscal_year(k));
    // "On this day, 31 years ago, we entered": one day, so many years (months, weeks)
    // before the speech's own, as "three years ago today" is.
    if (q->len == 4 && is(k, "this") && is(k + 1, "day")) {
      const size_t j = is(k + 2, ",") ? k + 3 : k + 2;
      if (digit(j) || (lx(j) && lx(j)->cardinal > 0)) {
        std::optional<Match> ago = quantity(j);
        if (ago && ago->r.kind == RecipeKind::kDeictic && ago->r.offset < 0 &&
            is(ago->end - 1, "ago") &&
            (ago->r.unit == 'Y' || ago->r.unit == 'M' || ago->r.unit == 'W')) {
          ago->begin = k;
          ago->r.same_day = true;
          ago->r.keeps_part = false;
          take(std::move(ago));
        }
      }
    }
    // "a brighter tomorrow", "our tomorrow": the future, not the next day.
    if (best && best->begin == k && best->end == k + 1 && is(k, "tomorrow")) {
      size_t d = k;
      if (const Piece* p = before(d);
          p && p->kind == PieceKind::kAlpha && p->len > 3 && p->f().ends_with("er"))
        --d;  // a comparative: "brighter", "better"
      if (before_is(d, {"a", "an", "the", "our", "their", "your", "my", "of"})) {
        best->r = fixed("FUTURE_REF");
        best->type = TimeType::kDate;
      }
    }
    // "five and a half years ago": the half's count is left alone (see quantity()), and
    // its "years ago" is no vague past.
    if (best && best->begin == k && ql && ql->unit_plural && k > 0 && is(k - 1, "half") &&
        best->r.kind == RecipeKind::kFixed && is(best->end - 1, "ago"))
      return std::nullopt;
    // "the months ahead of the vote", "the period ahead of the election": "ahead of" is a
    // preposition, the future is not named.
    if (best && best->end > k + 1 && at(best->end - 1)->len == 5 && is(best->end - 1, "ahead") &&
        is(best->end, "of"))
      return std::nullopt;
    // "the Good Friday Agreement", "the Super Tuesday Coalition": a day or month inside a
    // name of capitalised words.
    if (best && best->begin == k && best->end == k + 1 && at(k)->upper && alpha(k + 1) &&
        at(k + 1)->upper && k > 0 && alpha(k - 1) && at(k - 1)->upper &&
        !before_is(k, {"on",     "in",  "by",      "since", "until", "from",  "after", "before",
                       "during", "of",  "last",    "next",  "this",  "every", "each",  "early",
                       "late",   "mid", "through", "till",  "that",  "by",    "for"}) &&
        (lx(k)->weekday || lx(k)->month))
      return std::nullopt;
    // "this August body", "the August House": the adjective august (venerable) before a
    // noun of time_context.tsv kind `august`, no month ("the costly August battles" keeps
    // it).
    if (best && best->end >= 2 && is(best->end - 1, "august") && at(best->end - 1)->upper &&
        alpha(best->end) && (context_kind(at(best->end)->f()) & kAugust) != 0 &&
        before_is(best->end - 1, {"this", "the", "that", "an", "our", "your", "its", "their"}))
      return std::nullopt;
    // "At the end of the day, healthcare should not be partisan": an idiom (in the end),
    // no day.
    if (best && best->begin == k && (is(k, "the") || is(k, "end"))) {
      const size_t j = is(k, "the") ? k + 1 : k;  // "end"
      const bool at_the = j == k + 1 ? before_is(k, {"at"})
                                     : k >= 1 && before_is(k, {"the"}) && before_is(k - 1, {"at"});
      // Followed by a comma, or by the subject of the clause it opens: "At the end of the
      // day we are family".
      if (at_the && is(j, "end") && is(j + 1, "of") && is(j + 2, "the") && is(j + 3, "day") &&
          best->end == j + 4 &&
          (is(j + 4, ",") || is(j + 4, "we") || is(j + 4, "i") || is(j + 4, "you") ||
           is(j + 4, "they") || is(j + 4, "it") || is(j + 4, "this") || is(j + 4, "that") ||
           is(j + 4, "what") || is(j + 4, "there")))
        return std::nullopt;
    }
    // "not an overnight proposition", "this will not happen overnight": suddenness, no
    // night; so after such a verb and its object or particle ("becoming one overnight",
    // "we do not expect their production to cease overnight"; "shot overnight" is a night).
    const auto sudden = [&](size_t i) {
      return before_is(i, {"an",        "happen",    "happens", "happened",  "change",  "changes",
                           "changed",   "disappear", "vanish",  "transform", "succeed", "success",
                           "sensation", "not",       "done",    "fixed",     "solved",  "built",
                           "achieved",  "resolved",  "cured",   "overcome",  "become",  "becomes",
                           "became",    "becoming",  "cease",   "ceased",    "emerge",  "emerged"});
    };
    if (best && best->begin == k && best->end == k + 1 && is(k, "overnight") &&
        (sudden(k) || (k >= 2 && before_is(k, {"one", "out", "up", "it", "that", "this", "them"}) &&
                       sudden(k - 1))))
      return std::nullopt;
    // "the future generations", "a future armed force": "future" as an adjective before
    // a noun describes the noun; "the future of Europe", "the future we want", "in the
    // future, we" name the time.
    if (best && best->end == k + 2 && best->r.kind == RecipeKind::kFixed &&
        best->r.value == "FUTURE_REF" && (is(k, "the") || is(k, "a")) && is(k + 1, "future") &&
        alpha(k + 2)) {
      if (!names_time_before(k + 2)) return std::nullopt;
      // "as the future Minister of Finance", "the future King of England": an office
      // held later, no time ("in the future Europe will" keeps it).
      if (at(k + 2)->upper && is(k + 3, "of")) return std::nullopt;
    }
    // "in today's world", "today's youth": the present in general, not this day;
    // "tomorrow's world", "tomorrow's generation": the future.
    // "yesterday's economy", "yesterday's technology": the past in general.
    if (best && best->begin == k && best->end == k + 1 &&
        (is(k, "today") || is(k, "tomorrow") || is(k, "yesterday")) && is(k + 1, "'") &&
        glued(k + 1) && is(k + 2, "s") && glued(k + 2)) {
      const Piece* n = at(k + 3);
      // Also past one adjective: "today's uncertain times", "today's urgent climate agenda".
      const Piece* n2 = n && n->kind == PieceKind::kAlpha ? at(k + 4) : nullptr;
      if ((n && (context_kind(n->f()) & kGeneric) != 0) ||
          (n2 && n2->kind == PieceKind::kAlpha && (context_kind(n2->f()) & kGeneric) != 0)) {
        best->r = fixed(is(k, "today")      ? "PRESENT_REF"
                        : is(k, "tomorrow") ? "FUTURE_REF"
                                            : "PAST_REF");
        best->type = TimeType::kDate;
      }
    }
    // "the crises facing the world today", "our society today": the present in general
    // after such a noun (time_context.tsv kind `nowadays`).
    if (best && best->begin == k && best->end == k + 1 && k >= 1 && is(k, "today") &&
        at(k - 1)->kind == PieceKind::kAlpha && (context_kind(at(k - 1)->f()) & kNowadays) != 0) {
      best->r = fixed("PRESENT_REF");
      best->type = TimeType::kDate;
    }
    // "the challenges of today", "the world of yesterday": the same nouns before "of".
    if (best && best->begin == k && best->end == k + 1 && k >= 2 &&
        (is(k, "today") || is(k, "yesterday")) && is(k - 1, "of") &&
        at(k - 2)->kind == PieceKind::kAlpha && (context_kind(at(k - 2)->f()) & kGeneric) != 0 &&
        !(is(k + 1, "'") && glued(k + 1))) {
      best->r = fixed(is(k, "today") ? "PRESENT_REF" : "PAST_REF");
      best->type = TimeType::kDate;
    }
    // "Islam will one day be ...", "One day a stain appeared on the carpet", "One day, we
    // will ...": an indefinite day ahead or past, not a day's length (TimeBank writes "will
    // one day be" FUTURE_REF). A duration after a count's verb stays one: "had been in the
    // job one day", "For one day, the Ethiopians attacked".
    if (best && best->begin == k && best->end == k + 2 && q->len == 3 && is(k, "one") &&
        is(k + 1, "day")) {
      const bool modal =
          before_is(k, {"will", "would", "shall", "could", "might", "may", "can", "ll"});
      const Piece* p = before(k);
      const bool opens = at(k)->upper && (!p || p->kind == PieceKind::kPunct) &&
                         (is(k + 2, ",") || is(k + 2, "a") || is(k + 2, "an") ||
                          clause_starts(k + 2) || (alpha(k + 2) && at(k + 2)->upper));
      if (modal || opens) {
        bool ahead = modal;
        for (size_t j = k + 2; !ahead && j < k + 7 && at(j); ++j)
          ahead = is(j, "will") || is(j, "shall") || is(j, "ll") || is(j, "going");
        best->r = fixed(ahead ? "FUTURE_REF" : "PAST_REF");
        best->type = TimeType::kDate;
      } else if (p && before_is(k, {"that", "and", "but", "so", "until"}) &&
                 (is(k + 2, ",") || clause_starts(k + 2))) {
        // Mid-sentence, "one day" opening a clause after a conjunction: "we hope that one
        // day we can return", "and one day, our children will". Only with a modal or will
        // ahead in the clause (an indefinite day to come); otherwise it stays as it was.
        bool ahead = false;
        for (size_t j = k + 2; !ahead && j < k + 7 && at(j); ++j)
          ahead = is(j, "will") || is(j, "shall") || is(j, "ll") || is(j, "going") ||
                  is(j, "can") || is(j, "could") || is(j, "may") || is(j, "might");
        if (ahead) {
          best->r = fixed("FUTURE_REF");
          best->type = TimeType::kDate;
        }
      }
    }
    // "call it a day": an idiom (stop), no duration.
    if (best && best->begin == k && is(k, "a") && is(k + 1, "day") && best->end == k + 2 &&
        before_is(k, {"it"}) && k >= 2 && is(k - 2, "call"))
      return std::nullopt;
    // "the Pact for the Future": a capital inside a vague time is a name's.
    if (best && best->r.kind == RecipeKind::kFixed && best->r.value.ends_with("_REF")) {
      for (size_t j = best->begin + 1; j < best->end; ++j) {
        if (at(j)->kind == PieceKind::kAlpha && at(j)->upper) return std::nullopt;
      }
    }
    // "a year-on-year growth", "this year after year": the unit begins a set (phrase(),
    // "year after year" in time_phrases.tsv) that the scan finds from the unit itself.
    if (best && best->end > best->begin + 1) {
      const size_t e = best->end;
      const Lex* u = lx(e - 1);
      if (u && u->unit && !u->unit_plural &&
          (is(e, "-") || is(e, "after") || is(e, "by") || is(e, "on") || is(e, "over"))) {
        if (std::optional<Match> set = phrase(e - 1); set && set->type == TimeType::kSet)
          return std::nullopt;
      }
    }
    // "the year and a half that followed": a duration, not this year.
    if (best && best->end > best->begin) {
      const size_t e = best->end;
      const Lex* u = lx(e - 1);
      if (u && u->unit && !u->unit_plural && u->unit != 'K' && u->unit != 'F' && and_a_half(e) &&
          !is(e + 3, "ago") && !is(e + 3, "later") && !is(e + 3, "earlier")) {
        best->end = e + 3;
        best->type = TimeType::kDuration;
        best->r = fixed(half_duration_value(u->unit, 1));
      }
    }
    return best;
  }

 private:
  // Words before a number that make it a count or an amount, not a year.
  static constexpr std::array<std::string_view, 9> kNumberBefore = {
      "than", "about", "some", "over", "nearly", "almost", "approximately", "roughly", "only"};

  [[gnu::always_inline]] const Piece* at(size_t k) { return p_.at(k); }
  // Whether the word at k may follow a time noun ("the future of Europe", "the future we
  // want", "in the past it considered", "the past has"): a capital, a verb form or a
  // function word. Another lower-case word makes "future"/"past" an adjective before
  // it ("the future generations", "the past decade").
  bool names_time_before(size_t k) {
    static constexpr std::array<std::string_view, 46> kAfterTime = {
        "of",      "for",   "that",  "which", "we",      "i",      "you", "they",
        "and",     "or",    "but",   "in",    "on",      "at",     "to",  "with",
        "as",      "where", "when",  "our",   "is",      "will",   "if",  "unless",
        "because", "so",    "than",  "then",  "now",     "it",     "he",  "she",
        "there",   "this",  "these", "those", "by",      "from",   "not", "together",
        "hold",    "holds", "looks", "lies",  "belongs", "depends"};
    const Piece* n = at(k);
    return !n || n->upper || tense::classify(n->f()) != tense::VerbClass::kNone ||
           std::find(kAfterTime.begin(), kAfterTime.end(), n->f()) != kAfterTime.end();
  }
  // A phrase word is a few bytes: a loop beats a call to memcmp.
  static bool same_word(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
      if (a[i] != b[i]) return false;
    return true;
  }
  const Lex* lx(size_t k) {
    const Piece* q = at(k);
    return q ? p_.lex(*q) : nullptr;
  }
  // Whether the season word at k, with no determiner before it, modifies what follows
  // instead of naming a time: "summer holidays", "winter fuel". Not before and/or, a
  // verb or the start of a clause: "in winter and spring", "In winter we act". (With
  // "the", TimeML marks it either way: "the summer offensive" is a time.)
  bool season_modifies(size_t k) {
    if (!lower_word(k + 1) || is(k + 1, "and") || is(k + 1, "or") || clause_starts(k + 1))
      return false;
    return tense::classify(at(k + 1)->f()) == tense::VerbClass::kNone;
  }
  // Whether "and a half" (or "and an half") starts at piece k: three pieces.
  bool and_a_half(size_t k) {
    return is(k, "and") && (is(k + 1, "a") || is(k + 1, "an")) && is(k + 2, "half");
  }
  // Whether piece k goes on with the number before it: a glued "/", ".", digit or letter
  // ("9/11/2001", "1/2/3", "9/11th"), not a space or a comma.
  bool slash_or_digit(size_t k) {
    const Piece* q = at(k);
    if (!q || q->space_before) return false;
    if (q->kind != PieceKind::kPunct) return true;
    if (is(k, ".") || is(k, ",")) return digit(k + 1) && glued(k + 1);  // "9/11.5", "1/2,5"
    return is(k, "/") || is(k, "-") || is(k, ":");
  }
  // Whether pieces k.. are the fraction "1/2" ("5 1/2 hours"): three pieces.
  bool slash_half(size_t k) {
    return digit(k) && at(k)->num == 1 && is(k + 1, "/") && glued(k + 1) && digit(k + 2) &&
           glued(k + 2) && at(k + 2)->num == 2;
  }
  // Whether the piece at k starts a clause: a subject pronoun or a determiner.
  bool clause_starts(size_t k) {
    static constexpr std::array<std::string_view, 12> kStarts = {
        "we", "i", "they", "he", "she", "it", "you", "the", "our", "my", "their", "this"};
    const Piece* q = at(k);
    return q && std::find(kStarts.begin(), kStarts.end(), q->f()) != kStarts.end();
  }
  // A literal's length is known when this compiles: a length test and a byte or two.
  template <size_t N>
  [[gnu::always_inline]] bool is(size_t k, const char (&w)[N]) {
    const Piece* q = at(k);
    return q && q->f() == w;
  }
  bool alpha(size_t k) {
    const Piece* q = at(k);
    return q && q->kind == PieceKind::kAlpha;
  }
  bool digit(size_t k) {
    const Piece* q = at(k);
    return q && q->kind == PieceKind::kDigit;
  }
  bool glued(size_t k) {
    const Piece* q = at(k);
    return q && !q->space_before;
  }
  bool punct(size_t k) {
    const Piece* q = at(k);
    return q && q->kind == PieceKind::kPunct;
  }
  // The piece before k inside the window (the grammar's left context), or nullptr.
  const Piece* before(size_t k) { return k > 0 ? at(k - 1) : nullptr; }
  bool before_is(size_t k, std::initializer_list<std::string_view> ws) {
    const Piece* q = before(k);
    if (!q) return false;
    for (auto w : ws)
      if (q->f() == w) return true;
    return false;
  }
  bool is_filler(size_t k) {
    const Piece* q = at(k);
    if (!q) return false;
    for (auto w : kQuantityFillers)
      if (q->f() == w) return true;
    return false;
  }
  bool lower_word(size_t k) {
    const Piece* q = at(k);
    return q && q->kind == PieceKind::kAlpha && !q->upper;
  }

  // Ordinal suffix after a day number: 8th, 1st, 22nd, 3rd.
  size_t skip_ordinal_suffix(size_t k) {
    if (glued(k) && (is(k, "st") || is(k, "nd") || is(k, "rd") || is(k, "th"))) return k + 1;
    return k;
  }
  // A four-digit year 1000..2199 at k.
  bool year_at(size_t k, int& y) {
    if (!year_digits_at(k, y)) return false;
    // "2,000" or "2026.5" or "2026-27" continue the number: not a year.
    if (const Piece* n = at(k + 1); n && !n->space_before && n->kind == PieceKind::kPunct &&
                                    (n->f() == "," || n->f() == "." || n->f() == "-") &&
                                    digit(k + 2) && glued(k + 2))
      return false;
    return true;
  }
  // Four digits 1000..2199 at k, whatever follows ("2014-15").
  bool year_digits_at(size_t k, int& y) {
    const Piece* q = at(k);
    if (!q || q->kind != PieceKind::kDigit || q->len != 4) return false;
    if (q->num < 1000 || q->num > 2199) return false;
    y = static_cast<int>(q->num);
    return true;
  }
  // A month name at k (abbreviations need a capital and may take a period); returns the
  // index after it or k when there is none.
  size_t month_at(size_t k, int& m, bool allow_abbr) {
    const Lex* l = lx(k);
    const Piece* q = at(k);
    if (!l || l->month == 0 || !q->upper) return k;
    if (l->month_abbr && !allow_abbr) return k;
    m = l->month;
    size_t e = k + 1;
    if (l->month_abbr && is(e, ".") && glued(e)) ++e;
    return e;
  }
  // Day number 1..31 with an optional ordinal suffix.
  size_t day_at(size_t k, int& d) {
    const Piece* q = at(k);
    if (!q || q->kind != PieceKind::kDigit || q->len > 2 || q->num < 1 || q->num > 31) return k;
    d = static_cast<int>(q->num);
    return skip_ordinal_suffix(k + 1);
  }

  // A day of the month as an ordinal word ("the tenth of November", "November tenth"),
  // not the first part of a compound ("first-time"). Callers ask for "of" and a month
  // after it, or for a month before it and no word after.
  size_t ordinal_day_at(size_t k, int& d) {
    const Piece* q = at(k);
    const Lex* l = lx(k);
    if (!q || q->kind != PieceKind::kAlpha || !l) return k;
    // "twenty-first": a tens word, a hyphen and an ordinal below ten.
    if ((l->cardinal == 20 || l->cardinal == 30) && is(k + 1, "-") && glued(k + 1) &&
        glued(k + 2)) {
      const Lex* unit = lx(k + 2);
      if (!unit || unit->ordinal < 1 || unit->ordinal > 9 || (is(k + 3, "-") && glued(k + 3)))
        return k;
      d = l->cardinal + unit->ordinal;
      return d <= 31 ? k + 3 : k;
    }
    if (l->ordinal < 1 || l->ordinal > 31 || (is(k + 1, "-") && glued(k + 1))) return k;
    d = l->ordinal;
    return k + 1;
  }

  // "tenth of November", "the twenty-first of June 2019": a day as an ordinal word.
  std::optional<Match> ordinal_date(size_t k) {
    int d = 0, mo = 0;
    const size_t e = ordinal_day_at(k, d);
    if (e == k || !is(e, "of")) return std::nullopt;
    const size_t e2 = month_at(e + 1, mo, true);
    if (e2 == e + 1 || d > (mo == 2 ? 29 : days_in_month(2000, mo))) return std::nullopt;
    return date_with_year(k, e2, d, mo);
  }

  // A hyphen or en dash glued to the pieces on both sides: the dash of "1861-1863",
  // "22-25 April", "August-September".
  bool range_dash(size_t k) {
    return (is(k, "-") || is(k, "\xE2\x80\x93")) && glued(k) && glued(k + 1);
  }
  // The year that a number of two or four digits at k closes in a range opened by the
  // four-digit year `first` ("1861-1863", "1915-17", "2024-25"), or 0 when it closes
  // none. Two digits count only after the first year's last two ("2026-01" is no range).
  int range_end(int first, size_t k) {
    const Piece* q = at(k);
    if (!q || q->kind != PieceKind::kDigit) return 0;
    // "2026-27-28", "1990-2000.5": a longer number, not a range.
    if (const Piece* n = at(k + 1); n && !n->space_before && n->kind == PieceKind::kPunct &&
                                    digit(k + 2) && glued(k + 2))
      return 0;
    if (q->len == 2) {
      const int yy = static_cast<int>(q->num);
      return yy > first % 100 ? first - first % 100 + yy : 0;
    }
    if (q->len == 4 && q->num > first && q->num - first <= 100 && q->num <= 2199)
      return static_cast<int>(q->num);
    return 0;
  }
  // A range of years starting at k: "1861-1863", "(1915-16)", "the 2024-25 budget".
  // The range says they are years, so a name before it does not matter ("Eastern Theater
  // 1861-1863"); money, percentages and counts ("1500-2000 troops") are no years.
  bool year_range_at(size_t k, int& first) {
    const Piece* q = at(k);
    if (!q || q->kind != PieceKind::kDigit || q->len != 4 || q->num < 1000 || q->num > 2199)
      return false;
    if (!range_dash(k + 1) || range_end(static_cast<int>(q->num), k + 2) == 0) return false;
    // "1999-2005-17": the tail of a longer number.
    if (k >= 2 && !q->space_before && punct(k - 1) && digit(k - 2) && glued(k - 1)) return false;
    if (const Piece* prev = before(k)) {
      std::string_view f = prev->f();
      if (f == "$" || f == "\xC2\xA3" || f == "#" || f == "\xE2\x82\xAC") return false;
      if (prev->kind == PieceKind::kAlpha &&
          std::find(kNumberBefore.begin(), kNumberBefore.end(), f) != kNumberBefore.end())
        return false;
    }
    if (is(k + 3, "%") || plural_noun(k + 3)) return false;
    first = static_cast<int>(q->num);
    return true;
  }

  // Makes a date from day, month and an optional year after `e` ("8 January 2026").
  Match date_with_year(size_t begin, size_t e, int d, int m) {
    Match out;
    out.begin = begin;
    size_t k = e;
    if (is(k, ",") && digit(k + 1)) ++k;
    int y = 0;
    if (year_at(k, y) && d <= days_in_month(y, m)) {
      out.end = k + 1;
      out.r = fixed(ymd(y, m, d));
      return out;
    }
    out.end = e;
    // "1 July next year"
    if ((is(e, "next") || is(e, "last") || is(e, "this")) && is(e + 1, "year")) {
      out.end = e + 2;
      out.r.kind = RecipeKind::kPartial;
      out.r.has_year_offset = true;
      out.r.year_offset = is(e, "next") ? 1 : is(e, "last") ? -1 : 0;
    } else {
      out.r.kind = RecipeKind::kPartial;
    }
    out.r.month = m;
    out.r.day = d;
    return out;
  }

  std::optional<Match> phrase(size_t k) {
    const Lex* l = lx(k);
    if (!l || l->phrases.empty()) return std::nullopt;
    std::optional<Match> best;
    // Most phrases go on with a word that is not the next piece: one comparison of
    // head_key()s rejects them (a piece too long to fold has no key a word has).
    const Piece* next = at(k + 1);
    const uint32_t next_key = next && next->len > 0 ? head_key(next->f()) : 1;
    for (uint32_t pi : l->phrases) {
      const Phrase& ph = phrases_[pi];
      if (ph.second != 0 && ph.second != next_key) continue;
      // The first word is the piece at k: l->phrases holds the phrases that start with l's
      // word, and l was found by the piece's folded bytes.
      size_t j = 1;
      for (; j < ph.words.size(); ++j) {
        const Piece* q = at(k + j);
        if (!q || !same_word(q->f(), ph.words[j])) break;
        if (q->kind == PieceKind::kPunct && q->space_before) break;
        if (at(k + j - 1)->kind == PieceKind::kPunct && q->space_before) break;
      }
      if (j < ph.words.size()) continue;
      size_t end = k + j;
      if (best && best->end >= end) continue;
      // Adjectival "present"/"past" before a noun is no time: "the present government".
      std::string_view last = ph.words.back();
      if ((last == "present" || last == "past") && lower_word(end) && !names_time_before(end))
        continue;
      // "the present and future generations", "the past and present leaders": adjectives
      // joined before their noun.
      if ((last == "present" || last == "past") && (is(end, "and") || is(end, "or")) &&
          (is(end + 1, "future") || is(end + 1, "past") || is(end + 1, "present") ||
           is(end + 1, "former")) &&
          lower_word(end + 2) && !names_time_before(end + 2))
        continue;
      // "the present Government": a capitalised noun too.
      if (last == "present" && alpha(end) && at(end)->upper && !at(end - 1)->upper && !is(k, "at"))
        continue;
      // "to lighten the moment", "the moment was marked by": "the moment" alone is an
      // occasion, not now, but after "for" or "of" ("for the moment", "the mood of the
      // moment"; "at the moment" is a phrase of its own).
      if (last == "moment" && ph.words.size() == 2 && !before_is(k, {"for", "of"})) continue;
      // "at the moment when they knew": that moment, not now.
      if (last == "moment" && (is(end, "when") || is(end, "that"))) continue;
      // "from the moment we took office", "the moment the vote closes": a clause after
      // "the moment" says when, and it is not now (TimeBank and AQUAINT leave such a "the
      // moment" untagged); so does a past clause after "at the moment" ("at the moment
      // we took office"). "at the moment we are working" is now.
      if (last == "moment" && alpha(end)) {
        static constexpr std::array<std::string_view, 15> kClauseStart = {
            "i", "we", "you", "they",  "he",  "she", "it", "the",
            "a", "an", "our", "their", "his", "her", "my"};
        const bool clause =
            std::find(kClauseStart.begin(), kClauseStart.end(), at(end)->f()) != kClauseStart.end();
        if (clause && ph.words.size() == 2) continue;
        if (clause && alpha(end + 1)) {
          const tense::VerbClass vc = tense::classify(at(end + 1)->f());
          if (vc == tense::VerbClass::kPast || vc == tense::VerbClass::kPastAux) continue;
        }
      }
      // "Christmas Island", "the Easter Rising": a name that holds the phrase.
      if (at(k)->upper && alpha(end) && at(end)->upper && (context_kind(at(end)->f()) & kNamed))
        continue;
      // "the CEDA Annual Dinner", "the Daily Mail", "Annual General Meeting": a one-word
      // set with a capital inside a sentence names something.
      if (ph.words.size() == 1 && ph.type == TimeType::kSet && at(k)->upper && k > 0 &&
          ((alpha(end) && at(end)->upper) || (alpha(k - 1) && at(k - 1)->upper)))
        continue;
      // "We expect growth going forward": from now on; "we are going forward with the
      // plan", "keep going forward" is a movement.
      if (last == "forward" &&
          (is(end, "with") || before_is(k, {"is", "are", "am", "was", "were", "be", "been", "keep",
                                            "keeps", "kept", "not", "of"})))
        continue;
      // "up to date": current, no time.
      if (ph.words.size() == 2 && ph.words[0] == "to" && last == "date" && before_is(k, {"up"}))
        continue;
      // So is "the long-term provision", and "the long run average is" without its
      // hyphen: a noun between the phrase and the verb ("the near term appear good" is a
      // time before its verb).
      if ((last == "term" || last == "run") &&
          (ph.words.size() == 4 ||
           (ph.words.size() == 3 && ph.words[0] == "the" && ph.words[1] == "long" &&
            alpha(end + 1) && tense::classify(at(end + 1)->f()) != tense::VerbClass::kNone)) &&
          lower_word(end) && !names_time_before(end))
        continue;
      // "My now husband", "the now Prime Minister": "now" between a determiner and its
      // noun is what the noun has become, no time ("now-defunct" is left as it was).
      if (last == "now" && ph.words.size() == 1 && alpha(end) && !glued(end) &&
          before_is(k, {"my", "his", "her", "their", "our", "your", "the"}) &&
          tense::classify(at(end)->f()) == tense::VerbClass::kNone)
        continue;
      // "as soon as we can" is a conjunction ("as soon as possible" is a phrase of its
      // own); "shortly after the vote" is relative to the vote. (find() keeps "soon" and
      // "shortly" only in a will-clause.)
      if (last == "soon" && ph.words.size() == 1 && before_is(k, {"as", "how", "too"})) continue;
      if (last == "shortly" &&
          (is(end, "after") || is(end, "before") || is(end, "thereafter") || is(end, "afterwards")))
        continue;
      if (ph.words.size() == 2 && ph.words[0] == "a" && !lower_word(end)) continue;  // a future X
      Match m;
      m.begin = k;
      m.end = end;
      // "as soon as possible": the phrase starts at "soon" so that "as", among the commonest
      // words, starts no time of its own (every one would be parsed).
      if (ph.words.size() == 3 && ph.words[0] == "soon" && before_is(k, {"as"})) --m.begin;
      m.type = ph.type;
      if (ph.relative_day) {
        m.r = deictic('D', ph.day_offset, std::string(ph.day_suffix));
        // "yesterday morning", "tomorrow night"
        if (ph.day_suffix.empty() && lx(end) && !lx(end)->daypart.empty()) {
          m.r.value = concat("T", lx(end)->daypart);
          m.type = TimeType::kTime;
          ++m.end;
        }
      } else if (ph.month) {
        // "as Easter week began": the week around the feast, not its Sunday (TimeBank-style
        // sets give the ISO week); left untagged rather than given the wrong day.
        if (ph.day <= -1000 && lx(end) && (lx(end)->unit == 'W' || lx(end)->unit == 'K')) continue;
        m.r.kind = RecipeKind::kPartial;
        m.r.month = ph.month;
        m.r.day = ph.day;
        // "on ANZAC Day 2024", "Christmas 1914": the holiday of the year written after
        // it, one time (was the holiday of the clause's tense and a separate year).
        if (int y = 0; ph.day != 0 && year_at(end, y) && !plural_noun(end + 1)) {
          // (A holiday that moves, "Easter 2016", "Thanksgiving 2020", on its day that year.)
          const Date h = ph.day > 0
                             ? Date{y, ph.month, std::min(ph.day, days_in_month(y, ph.month))}
                             : holiday_date(y, ph.month, -ph.day);
          m.r = fixed(ymd(h.year, h.month, h.day));
          ++m.end;
        }
      } else {
        m.r = fixed(std::string(ph.value));
      }
      best = std::move(m);
    }
    return best;
  }

  // Expressions that start with digits.
  std::optional<Match> numeric(size_t k) {
    const Piece* q = at(k);
    // ISO 8601 date: 2026-01-08
    if (q->len == 4 && is(k + 1, "-") && glued(k + 1) && digit(k + 2) && glued(k + 2) &&
        is(k + 3, "-") && glued(k + 3) && digit(k + 4) && glued(k + 4)) {
      int y = static_cast<int>(q->num), mo = static_cast<int>(at(k + 2)->num),
          d = static_cast<int>(at(k + 4)->num);
      if (mo >= 1 && mo <= 12 && d >= 1 && d <= days_in_month(y, mo)) {
        Match m;
        m.begin = k;
        m.end = k + 5;
        m.r = fixed(ymd(y, mo, d));
        return m;
      }
      return std::nullopt;
    }
    // Slashed dates: only where day and month cannot be confused (8/1/2026 is not).
    // A year in two digits ("9/24/24", a US print header's date) is of the century that
    // puts it nearest 2000: 00-49 the 2000s, 50-99 the 1900s.
    if (q->len <= 2 && is(k + 1, "/") && glued(k + 1) && digit(k + 2) && glued(k + 2) &&
        at(k + 2)->len <= 2 && is(k + 3, "/") && glued(k + 3) && digit(k + 4) && glued(k + 4) &&
        (at(k + 4)->len == 4 || (at(k + 4)->len == 2 && !slash_or_digit(k + 5)))) {
      int a = static_cast<int>(q->num), b = static_cast<int>(at(k + 2)->num),
          y = static_cast<int>(at(k + 4)->num);
      if (at(k + 4)->len == 2) y += y < 50 ? 2000 : 1900;
      int d = 0, mo = 0;
      if (a > 12 && b >= 1 && b <= 12) {
        d = a;
        mo = b;
      } else if (b > 12 && a >= 1 && a <= 12) {
        d = b;
        mo = a;
      } else if (a == b && a >= 1 && a <= 12) {
        d = mo = a;
      } else {
        return std::nullopt;
      }
      if (d > days_in_month(y, mo)) return std::nullopt;
      Match m;
      m.begin = k;
      m.end = k + 5;
      m.r = fixed(ymd(y, mo, d));
      return m;
    }
    // A month and day written with a slash and no year is a date only when it names a
    // known day (time_context.tsv kind `date`): "9/11" is 11 September 2001.
    if (q->len <= 2 && is(k + 1, "/") && glued(k + 1) && digit(k + 2) && glued(k + 2) &&
        at(k + 2)->len <= 2 && !slash_or_digit(k + 3)) {
      std::array<char, 6> key{};
      const std::string_view b = at(k + 2)->f();
      size_t n = 0;
      for (char c : q->f()) key[n++] = c;
      key[n++] = '/';
      for (char c : b) key[n++] = c;
      if (std::string_view v = named_date(std::string_view(key.data(), n)); !v.empty()) {
        Match m;
        m.begin = k;
        m.end = k + 3;
        m.r = fixed(std::string(v));
        return m;
      }
    }
    // Clock times: 10:30, 5 p.m., 5pm, 16:08 UTC, 0800 GMT
    if (auto c = clock(k)) return c;
    // Day first: 8 January 2026, 8th of January, 1 July next year
    {
      int d = 0, mo = 0;
      size_t e = day_at(k, d);
      if (e > k) {
        // "22-25 April 1951": the first day takes the month and year after the second;
        // the scan comes back for "25 April 1951".
        int d2 = 0;
        const size_t second = range_dash(e) ? day_at(e + 1, d2) : e;
        bool range = second > e + 1 && d2 > d;
        size_t after = range ? second : e;
        // "the 1st and 3rd of July", "4, 5 and 6 June 2023": each day of a list takes the
        // month and year after the last; the scan comes back for each of the others.
        for (int hops = 0, last = d; !range && hops < 6; ++hops) {
          size_t j = after;
          if (!is(j, ",") && !is(j, "and") && !is(j, "or") && !is(j, "&")) break;
          size_t j2 = is(j, ",") && (is(j + 1, "and") || is(j + 1, "or")) ? j + 2 : j + 1;
          int dn = 0;
          const size_t en = day_at(j2, dn);
          if (en == j2 || dn <= last) break;
          last = dn;
          after = en;
          if (!is(after, ",") && !is(after, "and") && !is(after, "or") && !is(after, "&")) {
            range = true;  // the first day alone, as in a range
            break;
          }
        }
        if (!range) after = e;
        if (is(after, "day") && is(after + 1, "of")) {
          after += 2;  // "the 12th day of June"
        } else if (is(after, "of")) {
          ++after;
        }
        // "the 5th of this month", "the 12th of last month": that day of the month named.
        if (!range && after > e && is(after - 1, "of") && is(after + 1, "month") &&
            (is(after, "this") || is(after, "last") || is(after, "next"))) {
          Match m;
          m.begin = k;
          m.end = after + 2;
          m.r = deictic('M', is(after, "this") ? 0 : is(after, "last") ? -1 : 1, "-" + pad(d, 2));
          return m;
        }
        size_t e2 = month_at(after, mo, true);
        if (e2 > after && d <= (mo == 2 ? 29 : days_in_month(2000, mo))) {
          Match dm = date_with_year(k, e2, d, mo);
          if (range) dm.end = e;  // the first day alone
          return dm;
        }
      }
    }
    Match m;
    m.begin = k;
    // "2014/15", "the 2024-25 budget": one financial year (see fiscal_year()); a dash
    // makes one only beside a word of kind `fiscal`, else it joins two years (WikiWars
    // tags "1915-16" and "2007-08" as two). The word may stand before a preposition
    // ("the Budget for 2024-25"), and two such years side by side name each other
    // ("between 2015-16 and 2021-22": a range of ranges is of financial years).
    if (int y = 0; year_digits_at(k, y) && !before_is(k, {"fy"})) {
      auto fiscal_word = [](const Piece* w) { return w && (context_kind(w->f()) & kFiscal) != 0; };
      const Piece* prev = before(k);
      bool cue = fiscal_word(prev) || fiscal_word(at(k + 3)) ||
                 (k >= 2 && before_is(k, {"for", "of", "in"}) && fiscal_word(at(k - 2)));
      if (!cue && straddle_end(k + 1, y, true) == k + 3) {
        int y2 = 0;
        // The first of a pair: "2015-16 and 2021-22".
        cue = (is(k + 3, "and") || is(k + 3, "to")) && year_digits_at(k + 4, y2) &&
              straddle_end(k + 5, y2, true) == k + 7;
        // The second.
        int y0 = 0;
        cue = cue || (k >= 4 && before_is(k, {"and", "to"}) && year_digits_at(k - 4, y0) &&
                      straddle_end(k - 3, y0, true) == k - 1);
      }
      // The document's sense: a pair of consecutive years elsewhere named a financial year.
      if (!cue && sense_ && range_dash(k + 1) && straddle_end(k + 1, y, true) == k + 3)
        cue = sense_->financial_years();
      // A dash range says it is years whatever name stands before it (see year_range_at():
      // "RE 2017-18", the revised estimates).
      if (const size_t e = straddle_end(k + 1, y, cue);
          e > k + 1 && (range_dash(k + 1) || year_context(k))) {
        m.end = e;
        m.r = fixed(pad(y + 1, 4));
        return m;
      }
    }
    // Ranges of years: "1861-1863" is two times, 1861 and 1863 (the scan comes back for
    // the second); "1915-17" closes on 1917.
    {
      int first = 0;
      if (year_range_at(k, first)) {
        m.end = k + 1;
        m.r = fixed(pad(first, 4));
        return m;
      }
      if (q->len == 2 && k >= 2 && range_dash(k - 1) && year_range_at(k - 2, first)) {
        m.end = k + 1;
        m.r = fixed(pad(range_end(first, k), 4));
        return m;
      }
    }
    // Decades in two digits after "the": "the 70s" (a century is assumed only from the
    // thirties on; "the 20s" could be either).
    if (q->len == 2 && is(k + 1, "s") && glued(k + 1) && q->num % 10 == 0 && q->num >= 30 &&
        before_is(k, {"the", "early", "mid", "late"})) {
      m.end = k + 2;
      m.r = fixed(std::to_string(190 + q->num / 10));
      return m;
    }
    // Decades: 1990s. Not counts: "1000s of troops", "the 1000s" aside.
    const bool count_of =
        !before_is(k, {"the", "early", "mid", "late"}) && (q->num == 1000 || is(k + 2, "of"));
    if (q->len == 4 && is(k + 1, "s") && glued(k + 1) && q->num >= 1000 && q->num <= 2190 &&
        q->num % 10 == 0 && !count_of) {
      m.end = k + 2;
      m.r = fixed(std::to_string(q->num / 10));
      return m;
    }
    // "the 1930's": a decade written with an apostrophe, after a word that opens one.
    if (q->len == 4 && (is(k + 1, "'") || is(k + 1, "\xE2\x80\x99")) && glued(k + 1) &&
        is(k + 2, "s") && glued(k + 2) && q->num >= 1000 && q->num <= 2190 && q->num % 10 == 0 &&
        before_is(k, {"the", "early", "mid", "late"})) {
      m.end = k + 3;
      m.r = fixed(std::to_string(q->num / 10));
      return m;
    }
    // Years before Christ: 490 BC, 146 B.C.
    if (q->len <= 4 && (is(k + 1, "bc") || is(k + 1, "bce") ||
                        (is(k + 1, "b") && is(k + 2, ".") && is(k + 3, "c")))) {
      m.end = is(k + 1, "b") ? (is(k + 4, ".") ? k + 5 : k + 4) : k + 2;
      m.r = fixed("BC" + pad(q->num, 4));
      return m;
    }
    // The first year of a range before Christ: "499-493 BC", "from 264 to 241 BC". Its
    // number is the larger (years count down).
    if (q->len <= 4 && (is(k + 1, "-") || is(k + 1, "to")) && at(k + 2) &&
        at(k + 2)->kind == PieceKind::kDigit && at(k + 2)->len <= 4 && at(k + 2)->num < q->num &&
        (is(k + 3, "bc") || is(k + 3, "bce") ||
         (is(k + 3, "b") && is(k + 4, ".") && is(k + 5, "c")))) {
      m.end = k + 1;
      m.r = fixed("BC" + pad(q->num, 4));
      return m;
    }
    // A number in the plural is no year ("1000s of troops").
    if (is(k + 1, "s") && glued(k + 1)) return std::nullopt;
    int y = 0;
    if (year_at(k, y) && year_context(k)) {
      m.end = k + 1;
      m.r = fixed(pad(y, 4));
      return m;
    }
    return std::nullopt;
  }

  // The index after the second year of a financial year that straddles two calendar
  // years ("2014/15", "2019/2020"; "2014-15" only when `dash` allows it) whose first year
  // `first` ends at k, or k. The second year is the first's next.
  size_t straddle_end(size_t k, int first, bool dash) {
    if (!(is(k, "/") && glued(k) && glued(k + 1)) && !(dash && range_dash(k))) return k;
    const Piece* q = at(k + 1);
    if (!q || q->kind != PieceKind::kDigit) return k;
    if (!(q->len == 2 && static_cast<int>(q->num) == (first + 1) % 100) &&
        !(q->len == 4 && static_cast<int>(q->num) == first + 1))
      return k;
    // "2014/15/16", "2014-15-03": a longer number.
    if (const Piece* n = at(k + 2);
        n && !n->space_before && n->kind == PieceKind::kPunct && digit(k + 3) && glued(k + 3))
      return k;
    return k + 2;
  }
  // A financial year: "fiscal 1989", "FY2020", "FY 2020", "Financial Year 2020", "the fiscal
  // year 1990", "fiscal 2014-15", "FY2014/15". TIMEX3 has no financial year; TimeBank
  // gives "fiscal 1989" the year that names it, 1989. A year that straddles two calendar
  // years is named by the year it ends in ("FY15" for 2014-15), so its value is that one.
  std::optional<Match> fiscal_year(size_t k) {
    size_t j = k;
    if (is(j, "the")) ++j;
    const bool fy = is(j, "fy");
    if (!fy && !is(j, "fiscal") && !is(j, "financial")) return std::nullopt;
    ++j;
    if (is(j, "year")) {
      ++j;
    } else if (!fy && !is(j - 1, "fiscal")) {
      return std::nullopt;  // "financial 2020"
    }
    int y = 0;
    // "FY '11", "fiscal '12", "FY 15": a year in two digits after an apostrophe, or after
    // FY alone (spoken budgets write them so); read as '82 is.
    if ((is(j, "'") && digit(j + 1) && glued(j + 1) && at(j + 1)->len == 2 && !glued(j) &&
         !is(j + 2, "s")) ||
        (fy && j == k + 1 && digit(j) && !glued(j) && at(j)->len == 2 && !digit(j + 1) &&
         !is(j + 1, "%") && !is(j + 1, "-") && !is(j + 1, "/"))) {
      if (is(j, "'")) ++j;
      y = static_cast<int>(at(j)->num);
      y += y < 50 ? 2000 : 1900;
      Match m;
      m.begin = k;
      m.end = j + 1;
      m.r = fixed(pad(y, 4));
      return m;
    }
    if (!year_digits_at(j, y) || (!year_at(j, y) && straddle_end(j + 1, y, true) == j + 1)) {
      // "FY20": a year in two digits glued to FY.
      if (!fy || !digit(j) || !glued(j) || at(j)->len != 2 || j != k + 1) return std::nullopt;
      y = static_cast<int>(at(j)->num);
      y += y < 50 ? 2000 : 1900;
    }
    Match m;
    m.begin = k;
    m.end = straddle_end(j + 1, y, true);
    if (m.end > j + 1)
      ++y;
    else
      m.end = j + 1;
    m.r = fixed(pad(y, 4));
    return m;
  }

  // Is the four-digit number at k used as a year?
  bool year_context(size_t k) {
    const Piece* prev = before(k);
    // "Budget 2012 marks a step up", "in Budget 2010": a year after a word of a financial
    // year (time_context.tsv kind `fiscal`) is that year, in a name too.
    if (prev && prev->kind == PieceKind::kAlpha && (context_kind(prev->f()) & kFiscal) != 0)
      return true;
    // "Terrorism Act 2000", "Vision 2030", "the (High Risk Offenders) Bill 2016": a year
    // inside a name is no time.
    // A name that says it is a year is one: "Year of Assessment 2020".
    if (prev && prev->kind == PieceKind::kAlpha && prev->upper && !p_.lex(*prev) && k >= 2 &&
        (at(k - 2)->kind == PieceKind::kAlpha || at(k - 2)->f() == ")") &&
        !(k >= 3 && is(k - 2, "of") && is(k - 3, "year")))
      return false;
    if (prev && prev->kind == PieceKind::kPunct) {
      std::string_view f = prev->f();
      if ((f == "/" || f == ".") && !at(k)->space_before) return false;  // 8/1/2026
      // 8-1-2026; a telephone number, "(212) 764-1300".
      if (f == "-" && !at(k)->space_before && k >= 2 && at(k - 2)->kind == PieceKind::kDigit &&
          at(k - 2)->len <= 3)
        return false;
      if (f == "$" || f == "\xC2\xA3" || f == "#") return false;
      if (f == "\xE2\x82\xAC") return false;
    }
    // A group of digits after another, or before one: a telephone number or a code ("0412
    // 14 2128"), not a year.
    if (prev && prev->kind == PieceKind::kDigit) return false;
    const Piece* next = at(k + 1);
    // Not a number written with a decimal point or commas after it: "In 2022 1.5 million
    // Kiwis", "in 2022 150,000 people".
    if (next && next->kind == PieceKind::kDigit && next->space_before &&
        !((is(k + 2, ".") || is(k + 2, ",")) && glued(k + 2) && digit(k + 3) && glued(k + 3)))
      return false;
    if (next && next->kind == PieceKind::kPunct && next->f() == "%") return false;
    // A section of a code or an act: "50 U.S.C. 1622(d)", "section 1502(b)(2)".
    if (is(k + 1, "(") && glued(k + 1) && at(k + 2) && glued(k + 2) && at(k + 2)->len <= 3 &&
        is(k + 3, ")") && glued(k + 3))
      return false;
    // A number's scale: "1208 lakh tonnes", "and 2030 million litres".
    if (next && next->kind == PieceKind::kAlpha) {
      static constexpr std::array<std::string_view, 7> kScales = {
          "million", "billion", "trillion", "lakh", "lakhs", "crore", "crores"};
      if (std::find(kScales.begin(), kScales.end(), next->f()) != kScales.end()) return false;
    }
    static constexpr std::array<std::string_view, 33> kTemporalBefore = {
        "in", "since", "by", "until", "till", "from", "during", "before", "after", "of",
        "early", "late", "mid", "around", "circa", "between", "through", "throughout",
        "fiscal", "year", "spring", "summer", "autumn", "fall", "winter", "end", "beginning",
        "start", "for", "to", "and", "or", "on"};
    if (prev && prev->kind == PieceKind::kAlpha) {
      // "no later than 2050", "not earlier than 2027": a year; "more than 2000": no year.
      if (prev->f() == "than" && k >= 2 &&
          (is(k - 2, "later") || is(k - 2, "earlier") || is(k - 2, "sooner")))
        return true;
      for (auto w : kNumberBefore)
        if (prev->f() == w) return false;
      // "resolution 1325", "page 1242": a number that names a thing; so do the numbers
      // listed after it ("Resolutions 1082 and 1493", "paragraphs 12, 1340 and 1341").
      if ((context_kind(prev->f()) & kLabel) != 0) return false;
      if (prev->f() == "and" || prev->f() == "or") {
        size_t b = k - 1;
        for (int steps = 0; b > 0 && steps < 8; ++steps) {
          const Piece* x = at(b - 1);
          if (x->kind != PieceKind::kDigit && x->f() != "," && x->f() != "and" && x->f() != "or")
            break;
          --b;
        }
        if (b + 1 < k && b > 0 && digit(b) && at(b - 1)->kind == PieceKind::kAlpha &&
            (context_kind(at(b - 1)->f()) & kLabel) != 0)
          return false;
      }
      for (auto w : kTemporalBefore)
        if (prev->f() == w) return !plural_noun(k + 1) || prev->f() == "in" || prev->f() == "since";
    }
    if (!next || next->kind == PieceKind::kPunct) return true;
    // "the 2030 Agenda", "the 2050 Strategy": a year inside a name.
    if (next && next->kind == PieceKind::kAlpha && next->upper) {
      if ((context_kind(next->f()) & kNamed) != 0) return false;
    }
    // "the 2024 elections", "its 2023 accounts": a year after a determiner.
    if (prev && prev->kind == PieceKind::kAlpha &&
        (prev->f() == "the" || prev->f() == "upcoming" || prev->f() == "its" ||
         prev->f() == "their" || prev->f() == "our"))
      return true;
    if (plural_noun(k + 1)) return false;
    return true;
  }
  // A lower-case word ending in s that is not a verb form: "2026 troops".
  bool plural_noun(size_t k) {
    const Piece* q = at(k);
    if (!q || q->kind != PieceKind::kAlpha || q->upper || q->len < 3) return false;
    std::string_view f = q->f();
    // Plurals without an s: "1794 people are now in hospital".
    static constexpr std::array<std::string_view, 10> kIrregular = {
        "people", "children", "men",    "women", "personnel",
        "staff",  "police",   "cattle", "crore", "lakh"};
    for (auto w : kIrregular)
      if (f == w) return true;
    if (f.back() != 's') return false;
    // Nor "levels": "below 2005 levels" is the year a level was at.
    static constexpr std::array<std::string_view, 10> kNot = {
        "is", "was", "has", "as", "its", "this", "thus", "does", "plus", "levels"};
    for (auto w : kNot)
      if (f == w) return false;
    return true;
  }

  // A time zone written after a clock time: "EST", "PDT", "CET" (time_context.tsv "zone").
  bool is_zone(size_t k) { return (context_kind(at(k)->f()) & kZone) != 0; }

  std::optional<Match> clock(size_t k) {
    const Piece* q = at(k);
    int h = -1, mi = 0;
    bool zoned = false;
    bool dotted = false;  // "9.15am": British hours and minutes, only with am or pm
    size_t e = k;
    if (q->len <= 2 && (is(k + 1, ":") || is(k + 1, ".")) && glued(k + 1) && digit(k + 2) &&
        glued(k + 2) && at(k + 2)->len == 2) {
      dotted = is(k + 1, ".");
      h = static_cast<int>(q->num);
      mi = static_cast<int>(at(k + 2)->num);
      e = k + 3;
    } else if (q->len == 4 && (is(k + 1, "utc") || is(k + 1, "gmt"))) {
      h = static_cast<int>(q->num / 100);
      mi = static_cast<int>(q->num % 100);
      e = k + 1;
      zoned = true;
    } else if (q->len <= 2) {
      h = static_cast<int>(q->num);
      e = k + 1;
    } else if ((q->len == 3 || q->len == 4) && (is(k + 1, "am") || is(k + 1, "pm")) &&
               glued(k + 1) && q->num % 100 < 60 && q->num / 100 >= 1 && q->num / 100 <= 12) {
      // "1025am", "930pm": hours and minutes run together before am or pm.
      h = static_cast<int>(q->num / 100);
      mi = static_cast<int>(q->num % 100);
      e = k + 1;
    } else {
      return std::nullopt;
    }
    // a.m. / p.m. / am / pm
    bool meridian = false;
    if (is(e, "am") || is(e, "pm")) {
      if (is(e, "pm") && h < 12) h += 12;
      if (is(e, "am") && h == 12) h = 0;
      meridian = true;
      ++e;
      if (is(e, ".") && glued(e) && !alpha(e + 1)) {
        // "5 pm." ends a sentence; the period is not part of the time
      }
    } else if ((is(e, "a") || is(e, "p")) && is(e + 1, ".") && glued(e + 1) && is(e + 2, "m") &&
               glued(e + 2)) {
      if (is(e, "p") && h < 12) h += 12;
      if (is(e, "a") && h == 12) h = 0;
      meridian = true;
      e += 3;
      if (is(e, ".") && glued(e)) ++e;
    }
    if (e == k + 1 && !meridian && !zoned) return std::nullopt;  // a bare number is no time
    // "Kamala Harris (22:07):" on a line of its own, "Speaker 1 (1:02:33):": a
    // transcription's timestamp, the offset into a recording, no time of day (Hansard's
    // "Dr CHALMERS (Rankin) (12:26): Australians are ..." is the clock's).
    if (k >= 2 && is(k - 1, ":") && glued(k) && digit(k - 2)) return std::nullopt;  // "1:02:33"
    if (!meridian && k > 0 && is(k - 1, "(")) {
      size_t x = e;
      const bool seconds = is(x, ":") && glued(x) && digit(x + 1);
      if (seconds) x += 2;
      if (is(x, ")") && is(x + 1, ":") && (seconds || p_.line_ends_after(x + 1)))
        return std::nullopt;
    }
    if (dotted && (!meridian || h > 24)) return std::nullopt;    // "2.35 per cent", "3.15"
    if (h < 0 || h > 24 || mi > 59) return std::nullopt;
    // Seconds, and after them an offset from UTC, as a timestamp writes them:
    // "published_time: 2023-08-15 22:46:00-04:00" is one time, not 22:46 and a 04:00. The
    // offset stays out of the value, as a zone's name does.
    int sec = -1;
    if (!dotted && !meridian && e == k + 3 && is(e, ":") && glued(e) && digit(e + 1) &&
        glued(e + 1) && at(e + 1)->len == 2 && at(e + 1)->num <= 59) {
      sec = static_cast<int>(at(e + 1)->num);
      e += 2;
      if ((is(e, "-") || is(e, "+")) && glued(e) && digit(e + 1) && glued(e + 1) &&
          at(e + 1)->len == 2 && is(e + 2, ":") && glued(e + 2) && digit(e + 3) && glued(e + 3) &&
          at(e + 3)->len == 2)
        e += 4;
    }
    Match m;
    m.begin = k;
    m.type = TimeType::kTime;
    std::string suffix = "T" + pad(h, 2) + ":" + pad(mi, 2);
    if (sec >= 0) suffix += ":" + pad(sec, 2);
    if (is(e, "utc") || is(e, "gmt") || is(e, "z")) {
      suffix += "Z";
      ++e;
    } else if (alpha(e) && at(e)->upper && at(e)->len >= 3 && at(e)->len <= 4 && is_zone(e)) {
      ++e;  // "5 p.m. EST": a zone of its own clock, no offset from UTC in the value
    }
    m.end = e;
    m.r = deictic('D', 0, suffix);
    m.r.kind = RecipeKind::kAnaphoric;  // the day just mentioned, else the document's
    m.r.clock = true;
    m.r.strong = true;
    // "16:00 UTC today", "12:00 UTC Monday", "9.15am on Friday"
    const size_t day = is(e, "on") && at(e)->space_before ? e + 1 : e;
    const Lex* on_day = day != e ? lx(day) : nullptr;
    const size_t mb = is(e, ",") ? e + 1 : e;  // a month and day after it
    int mo = 0, d = 0;
    const size_t me = month_at(mb, mo, true);
    const size_t de = me > mb ? day_at(me, d) : me;
    if (on_day && on_day->weekday && at(day)->upper && !on_day->weekday_abbr) {
      m.r.kind = RecipeKind::kPartial;
      m.r.weekday = on_day->weekday;
      m.end = day + 1;
    } else if (de > me) {
      // "until 5 p.m. EST, Nov. 9": the clock time on that day.
      Match dm = date_with_year(mb, de, d, mo);
      if (dm.r.kind == RecipeKind::kFixed) {
        dm.r.value += suffix;
      } else {
        dm.r.value = suffix;
      }
      dm.r.clock = true;
      dm.r.strong = true;
      dm.begin = k;
      dm.type = TimeType::kTime;
      return dm;
    } else if (const Lex* l = lx(e)) {
      if (l->weekday && at(e)->upper && !l->weekday_abbr) {
        m.r.kind = RecipeKind::kPartial;
        m.r.weekday = l->weekday;
        m.end = e + 1;
      } else if (auto p = phrase(e); p && p->r.kind == RecipeKind::kDeictic && p->r.value.empty()) {
        m.r.offset = p->r.offset;
        m.r.kind = RecipeKind::kDeictic;
        m.end = p->end;
      }
    }
    return m;
  }

  // "this difficult time", "this crucial moment", "this time of escalated armed conflicts",
  // "the action that this moment demands": the present occasion, PRESENT_REF (TimeBank
  // writes "at this crucial moment" so). "this time" alone is an occasion among others
  // ("This time we will win"), "this time of year" a season's, "at this time" is left as
  // TimeBank and WikiWars leave it.
  std::optional<Match> present_occasion(size_t k) {
    if (at(k)->upper) return std::nullopt;
    size_t b = k;
    if (before_is(k, {"this"})) {
      // "of" and a word that is no time ("of crisis", not "of year", "of the year", "of
      // day"); a verb of time_context.tsv kind `occasion`; "in history".
      const bool of = is(k + 1, "of") && alpha(k + 2) && !at(k + 2)->upper && lx(k + 2) == nullptr;
      const bool verb =
          alpha(k + 1) && !at(k + 1)->upper && (context_kind(at(k + 1)->f()) & kOccasion) != 0;
      if (!of && !verb && !(is(k + 1, "in") && is(k + 2, "history"))) return std::nullopt;
      b = k - 1;
    } else if (k >= 2 && alpha(k - 1) && !at(k - 1)->upper && at(k - 1)->len >= 3 &&
               (lx(k - 1) == nullptr || is(k - 1, "very")) && before_is(k - 1, {"this"}) &&
               tense::classify(at(k - 1)->f()) == tense::VerbClass::kNone) {
      b = k - 2;  // an adjective between: "this difficult time", "this very moment"
    } else {
      return std::nullopt;
    }
    Match m;
    m.begin = b;
    m.end = k + 1;
    m.r = fixed("PRESENT_REF");
    return m;
  }

  // '82, ’90s
  std::optional<Match> apostrophe_year(size_t k) {
    if (!is(k, "'") || !digit(k + 1) || !glued(k + 1) || at(k + 1)->len != 2) return std::nullopt;
    // "for '16", "during '09"; a year before a financial-year word whatever precedes it:
    // "our '16 budget", "my F '16 budget".
    const Piece* n = at(k + 2);
    if (!before_is(k, {"in", "since", "of", "the", "until", "by", "from", "early", "late", "mid",
                       "and", "or", "to", "through", "for", "during", "after", "before"}) &&
        !(n && n->kind == PieceKind::kAlpha && n->space_before &&
          (context_kind(n->f()) & kFiscal) != 0))
      return std::nullopt;
    Match m;
    m.begin = k;
    int64_t yy = at(k + 1)->num;
    int64_t year = yy <= 30 ? 2000 + yy : 1900 + yy;
    if (is(k + 2, "s") && glued(k + 2) && yy % 10 == 0) {
      m.end = k + 3;
      m.r = fixed(std::to_string(year / 10));
    } else {
      m.end = k + 2;
      m.r = fixed(std::to_string(year));
    }
    return m;
  }

  std::optional<Match> month(size_t k) {
    int mo = 0;
    size_t e = month_at(k, mo, true);
    if (e == k) return std::nullopt;
    const Lex* l = lx(k);
    Match m;
    m.begin = k;
    // January 8, 2026 / January 1st / May 23
    int d = 0;
    size_t e2 = day_at(e, d);
    // "September the 23rd", spoken: "the" and an ordinal in figures (its suffix written).
    if (e2 == e && is(e, "the")) {
      int od = 0;
      if (const size_t o = day_at(e + 1, od); o > e + 2) {
        d = od;
        e2 = o;
      }
    }
    // "November tenth": an ordinal word with no word after it ("in May first we" is none).
    if (e2 == e && (e2 = ordinal_day_at(e, d)) > e) {
      const Piece* after = at(e2);
      if (after && after->kind == PieceKind::kAlpha) e2 = e;
    }
    if (e2 > e && d <= (mo == 2 ? 29 : days_in_month(2000, mo)) && !(is(e2, ":"))) {
      // "June 3" but not "June 30,000": day_at() refuses more than two digits.
      if (!(is(e2, ",") && digit(e2 + 1) && glued(e2 + 1) && at(e2 + 1)->len == 3))
        return date_with_year(k, e2, d, mo);
    }
    // "August-September 1950", "between March and April 1918", "from May to June 2009":
    // the first month takes the year written after the second (the scan comes back for
    // the second). Without a year ("a May-December romance") the rules below decide.
    const bool paired = (is(e, "and") && before_is(k, {"between"})) ||
                        (is(e, "to") && before_is(k, {"from"}));
    int mo2 = 0;
    if (size_t ey = range_dash(e) || paired ? month_at(e + 1, mo2, false) : e; ey > e + 1) {
      if (is(ey, ",")) ++ey;
      int y = 0;
      if (year_at(ey, y)) {
        m.end = e;
        m.r = fixed(ym(y, mo));
        return m;
      }
    }
    // February 2012 / February of 1940 / March, 2009
    size_t ey = e;
    if ((is(ey, "of") || is(ey, ",")) && digit(ey + 1)) ++ey;
    int y = 0;
    if (year_at(ey, y)) {
      m.end = ey + 1;
      m.r = fixed(ym(y, mo));
      return m;
    }
    // "March next year", "October of last year", "April this year": one expression.
    if (size_t j = is(e, "of") ? e + 1 : e;
        (is(j, "next") || is(j, "last") || is(j, "this")) && is(j + 1, "year")) {
      m.end = j + 2;
      m.r.kind = RecipeKind::kPartial;
      m.r.month = mo;
      m.r.has_year_offset = true;
      m.r.year_offset = is(j, "next") ? 1 : is(j, "last") ? -1 : 0;
      return m;
    }
    // "the March quarter", "the December quarter this year": the quarter that ends in
    // that month, as Australian and New Zealand statistics name them.
    if (mo % 3 == 0 && is(e, "quarter") && before_is(k, {"the", "this", "last", "next"})) {
      m.end = e + 1;
      m.r.kind = RecipeKind::kPartial;
      m.r.quarter = static_cast<uint8_t>(mo / 3);
      m.r.part = 'Q';
      if ((is(e + 1, "next") || is(e + 1, "last") || is(e + 1, "this")) && is(e + 2, "year")) {
        m.end = e + 3;
        m.r.has_year_offset = true;
        m.r.year_offset = is(e + 1, "next") ? 1 : is(e + 1, "last") ? -1 : 0;
      }
      // "the September quarter of 2023": that year's.
      if (int qy = 0; m.end == e + 1 && is(e + 1, "of") && year_at(e + 2, qy)) {
        m.end = e + 3;
        m.r = fixed(pad(qy, 4) + "-Q" + std::to_string(mo / 3));
      }
      return m;
    }
    if (l->month_abbr) return std::nullopt;
    // A month alone. Names that are also verbs or names need a temporal word before.
    if (mo == 3 || mo == 4 || mo == 5 || mo == 6 || mo == 7 || mo == 8) {
      // "mid-July", "early-March": the hyphen of an edge word.
      const bool edge_hyphen = k >= 2 && is(k - 1, "-") && glued(k - 1) && glued(k) &&
                               before_is(k - 1, {"early", "mid", "late"});
      if (!edge_hyphen &&
          !before_is(k, {"in",     "since", "by",      "until",      "till", "from", "during",
                         "early",  "late",  "mid",     "last",       "next", "this", "of",
                         "before", "after", "through", "throughout", "to",   "and",  "or",
                         "each",   "every", "that",    "between"}))
        return std::nullopt;
      // "the end of May": fine; "May I": modal. A pronoun or verb after May is no month.
      if (mo == 5 && !edge_hyphen && lower_word(e) && !is(e, "and") && !is(e, "or"))
        return std::nullopt;
    }
    m.end = e;
    m.r.kind = RecipeKind::kPartial;
    m.r.month = mo;
    return m;
  }

  std::optional<Match> weekday(size_t k) {
    const Lex* l = lx(k);
    const Piece* q = at(k);
    if (!l || l->weekday == 0 || !q->upper) return std::nullopt;
    Match m;
    m.begin = k;
    if (l->weekday_plural) {
      m.end = k + 1;
      m.type = TimeType::kSet;
      m.r = fixed("XXXX-WXX-" + std::to_string(l->weekday));
      return m;
    }
    size_t e = k + 1;
    if (l->weekday_abbr) {
      if (is(e, ".") && glued(e)) ++e;
    }
    size_t e1 = is(e, ",") ? e + 1 : e;
    // Thursday 8 January 2026 / Thursday, the 8th of January
    {
      size_t s = is(e1, "the") ? e1 + 1 : e1;
      int d = 0, mo = 0;
      size_t e2 = day_at(s, d);
      if (e2 == s && (e2 = ordinal_day_at(s, d)) > s && !is(e2, "of")) e2 = s;
      if (e2 > s) {
        if (is(e2, "of")) ++e2;
        size_t e3 = month_at(e2, mo, true);
        if (e3 > e2) return date_with_year(k, e3, d, mo);
      }
      // Thursday, January 8, 2026
      size_t e3 = month_at(e1, mo, true);
      if (e3 > e1) {
        size_t e4 = day_at(e3, d);
        if (e4 > e3) return date_with_year(k, e4, d, mo);
      }
    }
    if (l->weekday_abbr) return std::nullopt;
    m.end = e;
    m.r.kind = RecipeKind::kPartial;
    m.r.weekday = l->weekday;
    if (const Lex* n = lx(e); n && !n->daypart.empty()) {
      m.r.value = concat("T", n->daypart);
      m.type = TimeType::kTime;
      ++m.end;
    }
    return m;
  }

  // "noon Thursday", "midnight Friday": a daypart that is a clock time before a weekday
  // names that hour of the weekday's day (1998-02-12T12:00), as "Thursday noon" does.
  std::optional<Match> clock_daypart(size_t k) {
    const Lex* l = lx(k);
    if (!l || l->daypart.find(':') == std::string_view::npos) return std::nullopt;
    std::optional<Match> m = weekday(k + 1);
    if (!m || m->r.kind != RecipeKind::kPartial || !m->r.value.empty()) return std::nullopt;
    m->begin = k;
    m->r.value = concat("T", l->daypart);
    m->type = TimeType::kTime;
    return m;
  }

  // The end of the plural unit at i and of one joined to it: "weeks", "weeks and months".
  size_t plural_units_end(size_t i) {
    if ((is(i + 1, "and") || is(i + 1, "or")) && lx(i + 2) && lx(i + 2)->unit &&
        lx(i + 2)->unit_plural)
      return i + 3;
    return i + 1;
  }

  // this / last / next / past / coming / previous / following / same (+ "the", "that")
  std::optional<Match> modified(size_t k) {
    size_t i = k;
    bool the = false;
    if (is(i, "the")) {
      the = true;
      ++i;
    }
    Mod mod = Mod::kNone;
    bool that = false;
    if (is(i, "that") || is(i, "those")) {
      that = true;
      mod = Mod::kSame;
      ++i;
    } else if (const Lex* l = lx(i); l && l->mod != Mod::kNone) {
      mod = l->mod;
      // "same day registration": "same" with no determiner names no day.
      if (mod == Mod::kSame && !the && !before_is(i, {"that", "this", "the"})) return std::nullopt;
      switch (mod) {
        case Mod::kThis: case Mod::kLast: case Mod::kNext: case Mod::kPast: case Mod::kComing:
        case Mod::kPrevious: case Mod::kFollowing: case Mod::kSame:
          ++i;
          break;
        default:
          return std::nullopt;
      }
      // "this past weekend", "this past Monday": the last one, a date (not "the past
      // weekend" as a stretch of time); "this coming week": the next one; "this past
      // July". (Not a year: "this past year" said in December is the year now ending.)
      if (mod == Mod::kThis && !the && (is(i, "past") || is(i, "coming"))) {
        const Lex* u = lx(i + 1);
        if (u && (u->weekday || u->unit == 'W' || u->unit == 'K' ||
                  (u->month && !u->month_abbr && at(i + 1)->upper))) {
          mod = is(i, "past") ? Mod::kLast : Mod::kNext;
          ++i;
        }
      }
    } else if (the) {
      // "the year", "the weekend", "the 1990s", "the dead of winter": below.
    } else {
      return std::nullopt;
    }
    // "the current fiscal year", "last financial year", "the fiscal first quarter": a
    // financial year or quarter is named as the calendar's.
    // So is "this budget year", "next budget year" (not "the budget year", which may be
    // any).
    if (((the || mod != Mod::kNone) && (is(i, "fiscal") || is(i, "financial")) &&
         (is(i + 1, "year") || is(i + 1, "quarter"))) ||
        (mod != Mod::kNone && mod != Mod::kSame && is(i, "budget") && is(i + 1, "year"))) {
      // "the Financial Year 1 April 2020 to 31 March 2021": the dates say which.
      if (digit(i + 2)) return std::nullopt;
      ++i;
    }
    Match m;
    m.begin = k;
    // Counted units: the last few weeks, the next forty years, the past two decades
    {
      size_t j = i;
      int64_t n = -2;
      size_t after = count(j, n);
      if (after > j && mod != Mod::kNone && mod != Mod::kThis && mod != Mod::kSame) {
        // "the last three and a half years": the half joins the count.
        if (n >= 1 && and_a_half(after)) {
          const Lex* u = lx(after + 3);
          if (u && u->unit && u->unit_plural && u->unit != 'K' && u->unit != 'F') {
            m.end = after + 4;
            m.type = TimeType::kDuration;
            m.r = fixed(half_duration_value(u->unit, n));
            return m;
          }
        }
        const Lex* u = lx(after);
        if (u && u->unit && (u->unit_plural || n == 1)) {
          m.end = after + 1;
          m.type = TimeType::kDuration;
          m.r = fixed(duration_value(u->unit, n));
          return m;
        }
      }
    }
    // "the critical weeks ahead", "the difficult months and years to come": an adjective
    // before the units changes nothing.
    if (the && mod == Mod::kNone && alpha(i) && !at(i)->upper && !lx(i)) {
      const Lex* u = lx(i + 1);
      if (u && u->unit && u->unit_plural && u->unit != 'K') {
        const size_t e = plural_units_end(i + 1);
        if (is(e, "ahead") || (is(e, "to") && is(e + 1, "come"))) {
          m.end = is(e, "ahead") ? e + 1 : e + 2;
          m.r = fixed("FUTURE_REF");
          return m;
        }
      }
    }
    const Lex* l = lx(i);
    if (!l) {
      // "the 1990s"
      if (the && mod == Mod::kNone && digit(i)) {
        if (auto n = numeric(i); n && n->r.kind == RecipeKind::kFixed && n->r.value.size() == 3) {
          n->begin = k;
          return n;
        }
      }
      return std::nullopt;
    }
    // "the months ahead", "the weeks and months ahead", "the years to come": the future,
    // as "the coming months" is; so is "the year ahead", the stretch from now on (whose
    // year a speech in January and one in December would name differently).
    if (the && mod == Mod::kNone && l->unit && l->unit != 'K') {
      size_t e = l->unit_plural ? plural_units_end(i) : i + 1;
      if (is(e, "ahead") || (is(e, "to") && is(e + 1, "come"))) {
        m.end = is(e, "ahead") ? e + 1 : e + 2;
        m.r = fixed("FUTURE_REF");
        return m;
      }
    }
    // "the next morning", "the following evening": that part of the day after the one
    // just told.
    if (the && (mod == Mod::kNext || mod == Mod::kFollowing) && !l->daypart.empty()) {
      m.end = i + 1;
      m.type = TimeType::kTime;
      m.r = deictic('D', 1, concat("T", l->daypart));
      m.r.kind = RecipeKind::kAnaphoric;
      m.r.strong = true;
      return m;
    }
    if (l->unit && !l->unit_plural) {
      // "the next quarter-century": the phrase's, not a quarter.
      if (l->unit == 'Q' && is(i + 1, "-") && is(i + 2, "century")) return std::nullopt;
      m.end = i + 1;
      char u = l->unit;
      if (u == 'H' || u == 'N' || u == 'S' || u == 'L') return std::nullopt;
      if (u == 'F') return std::nullopt;
      switch (mod) {
        case Mod::kThis:
          // "the current year" ("current" is "this"; "the this year" is no English)
          m.r = deictic(u, 0);
          // "this day" in a history is the day just told; in a speech, today (the last
          // date counts only in a narrative, or when the document has no date).
          if (u == 'D') m.r.kind = RecipeKind::kAnaphoric;
          break;
        case Mod::kLast: case Mod::kNext: case Mod::kComing:
          if (the && mod == Mod::kLast && u == 'K' && !is(i + 1, "of")) {
            m.r = deictic(u, -1);  // "the last weekend": the one just gone
            break;
          }
          if (the && mod != Mod::kComing) {
            // "the next day" in a narrative; "the last week" is a duration
            if (mod == Mod::kNext && u == 'D') {
              m.r = deictic(u, 1);
              m.r.kind = RecipeKind::kAnaphoric;
              m.r.strong = true;
              break;
            }
            // "The next year he returned": the year after the one just told (in a speech,
            // next year); "over the next year" stays a duration.
            if (mod == Mod::kNext && (u == 'Y' || u == 'M' || u == 'W') &&
                !before_is(k, {"over", "for", "during", "within", "throughout", "in"})) {
              m.r = deictic(u, 1);
              m.r.kind = RecipeKind::kAnaphoric;
              break;
            }
            // "the last decade of the twentieth century": that century's tenth decade
            // (199), one time; not the decade before this one.
            if (mod == Mod::kLast && u == 'E' && is(i + 1, "of")) {
              if (std::optional<Match> c = century(i + 2);
                  c && c->r.kind == RecipeKind::kFixed && c->r.value.size() == 2 &&
                  is_digit(static_cast<unsigned char>(c->r.value[0])) &&
                  is_digit(static_cast<unsigned char>(c->r.value[1]))) {
                m.end = c->end;
                m.r = fixed(c->r.value + "9");
                break;
              }
            }
            // "by the middle of the next decade", "the last century": a calendar decade or
            // century; "over the next decade" stays a duration.
            if ((u == 'E' || u == 'C') &&
                !before_is(k, {"over", "for", "during", "within", "in"})) {
              m.r = deictic(u, mod == Mod::kLast ? -1 : 1);
              break;
            }
            // "the last quarter", "the last year": the one before this one; "over the
            // last year", "throughout the last year" the stretch up to now.
            if (mod == Mod::kLast && !is(i + 1, "of") && (u == 'Q' || u == 'Y' || u == 'M') &&
                !before_is(k, {"over", "throughout"})) {
              m.r = deictic(u, -1);
              break;
            }
            // "in the last year of the last mandate": one year of a stretch the text names,
            // a date whose year it does not say (WikiWars' "during the first year of the
            // war" is a duration, P1Y, and stays one).
            if (mod == Mod::kLast && u == 'Y' && is(i + 1, "of") && !is(i + 2, "$") &&
                !digit(i + 2) && !before_is(k, {"over", "throughout", "for", "during"})) {
              m.r = fixed("XXXX");
              break;
            }
            m.type = TimeType::kDuration;
            m.r = fixed(duration_value(u, 1));
            break;
          }
          m.r = deictic(u, mod == Mod::kLast ? -1 : 1);
          break;
        case Mod::kPast:
          // "over the past weekend": the weekend just gone, as "last weekend" is (a
          // weekend is no stretch one measures back from today).
          if (u == 'K' && !is(i + 1, "of")) {
            m.r = deictic(u, -1);
            break;
          }
          m.type = TimeType::kDuration;
          m.r = fixed(duration_value(u, 1));
          break;
        case Mod::kPrevious: case Mod::kFollowing: case Mod::kSame:
          m.r = deictic(u, mod == Mod::kPrevious ? -1 : mod == Mod::kFollowing ? 1 : 0);
          m.r.kind = RecipeKind::kAnaphoric;
          m.r.strong = true;
          m.r.away = that;
          // "the same month a year ago", "the same quarter last year": the period told, a
          // year back.
          if (mod == Mod::kSame && u != 'Y') {
            const size_t a = i + 1;
            size_t back = 0;
            if ((is(a, "a") || is(a, "one")) && is(a + 1, "year") &&
                (is(a + 2, "ago") || is(a + 2, "earlier") || is(a + 2, "before")))
              back = 3;
            else if (is(a, "last") && is(a + 1, "year"))
              back = 2;
            else if (is(a, "the") && (is(a + 1, "previous") || is(a + 1, "prior")) &&
                     is(a + 2, "year"))
              back = 3;
            if (back != 0) {
              m.end = a + back;
              m.r.year_back = true;
            }
          }
          if (that && !(u == 'Y' || u == 'D' || u == 'M' || u == 'W')) return std::nullopt;
          break;
        default:
          // "ended the day at 8,017", "later in the day": a trading or working day told.
          if (u == 'D' && !is(i + 1, "of") && !is(i + 1, "when") && !is(i + 1, "that") &&
              (before_is(k, {"end", "ends", "ended", "ending", "finish", "finished", "finishes",
                             "finishing", "close", "closed", "closes", "closing"}) ||
               (k >= 2 && before_is(k, {"in"}) &&
                before_is(k - 1, {"later", "late", "earlier", "early"})))) {
            m.r = deictic(u, 0);
            m.r.kind = RecipeKind::kAnaphoric;
            m.r.strong = true;
            break;
          }
          // "the year ended March 31", "the year ending June 30": a year's length told by
          // its end (a fiscal year), not the calendar year.
          // So is "the year to March", "the year up to this March", "the year to December
          // 2024" (statistics' twelve months to a month's end).
          const size_t to = is(i + 1, "up") && is(i + 2, "to") ? i + 3 : i + 2;
          const size_t mo = is(to, "this") || is(to, "last") ? to + 1 : to;
          if (u == 'Y' && (is(i + 1, "ended") || is(i + 1, "ending") ||
                           (is(to - 1, "to") && lx(mo) && lx(mo)->month && at(mo)->upper &&
                            !lx(mo)->month_abbr))) {
            m.type = TimeType::kDuration;
            m.r = fixed(duration_value(u, 1));
            break;
          }
          // the year / the weekend
          if ((u == 'Y' || u == 'D') && before_is(k, {"in", "during", "throughout", "for", "on"}) &&
              !is(i + 1, "of") && !is(i + 1, "before") && !is(i + 1, "after") &&
              !is(i + 1, "when") && !is(i + 1, "that") && !is(i + 1, "-") &&
              !(u == 'Y' && before_is(k, {"on"})) && !(u == 'D' && before_is(k, {"in"})) &&
              !(u == 'D' && clause_starts(i + 1))) {
            // "rose 2% on the day", "for the year": the document's (or narrative's) day;
            // not before a clause that says which day ("on the day I was appointed").
            m.r = deictic(u, 0);
            m.r.kind = RecipeKind::kAnaphoric;
          } else if (u == 'K') {
            m.r = deictic('K', 0);
            m.r.weekend_told = true;  // "over the weekend": by the clause's tense
          } else if (u == 'Q' && !is(i + 1, "of") && !is(i + 1, "-") && !is(i + 1, "that") &&
                     !is(i + 1, "when")) {
            // "losses for the quarter": the quarter just told, or no time at all.
            m.r = deictic('Q', 0);
            m.r.kind = RecipeKind::kAnaphoric;
            m.r.part_told = true;
          } else {
            return std::nullopt;
          }
      }
      if (u == 'K' && m.r.kind != RecipeKind::kFixed) {
        m.r.unit = 'K';
      }
      return m;
    }
    if (l->unit && l->unit_plural) {
      // the coming weeks, the next months -> FUTURE_REF; the past weeks -> PXW
      if (mod == Mod::kComing || mod == Mod::kNext || mod == Mod::kFollowing) {
        if (mod == Mod::kComing || the) {
          m.end = plural_units_end(i);  // "the coming weeks and months"
          m.r = fixed("FUTURE_REF");
          return m;
        }
      } else if (mod == Mod::kPast || (mod == Mod::kLast && the)) {
        m.end = i + 1;
        m.type = TimeType::kDuration;
        m.r = fixed(duration_value(l->unit, -1));
        return m;
      }
      return std::nullopt;
    }
    if (l->month && at(i)->upper && !l->month_abbr &&
        (mod == Mod::kThis || mod == Mod::kLast || mod == Mod::kNext)) {
      m.end = i + 1;
      m.r.kind = RecipeKind::kPartial;
      m.r.month = l->month;
      m.r.mod = mod;
      return m;
    }
    if (l->weekday && !l->weekday_abbr && !l->weekday_plural && at(i)->upper &&
        (mod == Mod::kThis || mod == Mod::kLast || mod == Mod::kNext)) {
      m.end = i + 1;
      m.r.kind = RecipeKind::kPartial;
      m.r.weekday = l->weekday;
      m.r.mod = mod;
      return m;
    }
    if (!l->season.empty()) {
      if (mod == Mod::kPast) return std::nullopt;
      m.end = i + 1;
      if (is(i + 1, "of")) return std::nullopt;  // "the fall of France", "the spring of 1794"
      if (l->season == "FA" && mod == Mod::kNone) return std::nullopt;
      // "the Winter Energy Payment": a capitalised season inside a name of two more
      // capitalised words, or before a noun of kind `named` ("the Spring Plan"), names a
      // thing. "the Spring Offensive" is a spring's offensive (WikiWars tags it 1918-SP).
      if (mod == Mod::kNone && at(i)->upper && alpha(i + 1) && at(i + 1)->upper &&
          ((alpha(i + 2) && at(i + 2)->upper) || (context_kind(at(i + 1)->f()) & kNamed)))
        return std::nullopt;
      m.r.kind = RecipeKind::kPartial;
      m.r.season = l->season;
      m.r.mod = (mod == Mod::kThis || mod == Mod::kLast || mod == Mod::kNext) ? mod : Mod::kNone;
      if (the && mod == Mod::kNone) m.begin = i;  // "the winter": the value is the season
      return m;
    }
    if (!l->daypart.empty() && (mod == Mod::kThis || mod == Mod::kLast) && !the) {
      m.end = i + 1;
      m.type = TimeType::kTime;
      m.r = deictic('D', mod == Mod::kLast ? -1 : 0, concat("T", l->daypart));
      return m;
    }
    // "later that evening", "That night, we met": that part of the day just told, as "that
    // day" is (never the document's own day); not before a noun it qualifies ("that
    // evening class").
    if (!l->daypart.empty() && that && !the && is(k, "that") &&
        !(lower_word(i + 1) && !names_time_before(i + 1))) {
      m.end = i + 1;
      m.type = TimeType::kTime;
      m.r = deictic('D', 0, concat("T", l->daypart));
      m.r.kind = RecipeKind::kAnaphoric;
      m.r.strong = true;
      m.r.away = true;
      return m;
    }
    return std::nullopt;
  }

  // A count before a unit: digits, number words (twenty-five, one hundred), a, a few,
  // a couple of, several. n = -1 for an unspecified count. Returns the index after it.
  size_t count(size_t k, int64_t& n) {
    const Piece* q = at(k);
    if (!q) return k;
    if (q->kind == PieceKind::kDigit) {
      if (q->len > 6) return k;
      int64_t v = q->num;
      size_t e = k + 1;
      // 1,500
      while (is(e, ",") && glued(e) && digit(e + 1) && glued(e + 1) && at(e + 1)->len == 3) {
        v = v * 1000 + at(e + 1)->num;
        e += 2;
      }
      if (is(e, ".") && glued(e) && digit(e + 1) && glued(e + 1)) return k;  // 2.5 years
      n = v;
      return e;
    }
    const Lex* l = p_.lex(*q);
    if (!l) return k;
    if (is(k, "a") || is(k, "an")) {
      if (is(k + 1, "few")) {
        n = -1;
        return k + 2;
      }
      if (is(k + 1, "couple") && is(k + 2, "of")) {
        n = 2;
        return k + 3;
      }
      if (is(k + 1, "dozen")) {
        n = 12;
        return k + 2;
      }
      // "a hundred years", "a thousand years".
      if (const Lex* m = lx(k + 1); m && m->multiplier) {
        n = m->multiplier;
        return k + 2;
      }
      n = 1;
      return k + 1;
    }
    if (l->vague) {
      if (is(k, "some") || is(k, "many")) {
        n = -1;
        return k + 1;
      }
      n = -1;
      return k + 1;
    }
    if (l->cardinal > 0) {
      int64_t v = l->cardinal;
      size_t e = k + 1;
      e = tens_and_units(e, v);
      if (lx(e) && lx(e)->multiplier) {
        v *= lx(e)->multiplier;
        ++e;
      }
      if (is(k, "couple") && is(e, "of")) ++e;
      // "six (6) years", "ninety (90) days": the number repeated in brackets, as legal
      // and official texts write counts.
      if (is(e, "(") && digit(e + 1) && glued(e + 1) && static_cast<int64_t>(at(e + 1)->num) == v &&
          is(e + 2, ")") && glued(e + 2))
        e += 3;
      n = v;
      return e;
    }
    return k;
  }

  // A number word one to nine ("one", not "a" or "an") at k.
  bool unit_digit_word(size_t k) {
    const Lex* l = lx(k);
    return l && l->cardinal > 0 && l->cardinal < 10 && !is(k, "a") && !is(k, "an");
  }

  // The units word after a tens word v (20, 30 ... 90), joined by a hyphen or, as
  // transcripts often write it, by a space: "twenty-five", "twenty four". Adds it to v
  // and returns the index after it, or e when there is none.
  size_t tens_and_units(size_t e, int64_t& v) {
    if (v < 20 || v > 90 || v % 10 != 0) return e;
    if (is(e, "-") && glued(e) && glued(e + 1) && unit_digit_word(e + 1)) {
      v += lx(e + 1)->cardinal;
      return e + 2;
    }
    if (unit_digit_word(e)) {
      v += lx(e)->cardinal;
      return e + 1;
    }
    return e;
  }

  // A year said as two numbers: "nineteen ninety-six", "nineteen eighty", "twenty
  // twenty-six", "nineteen ninety six". Only 1500-2099, and not before a unit or a
  // plural noun ("nineteen twenty years", "nineteen twenty times" are counts).
  std::optional<Match> spoken_year(size_t k) {
    const int century = lx(k)->cardinal;
    if (century < 15 || century > 20) return std::nullopt;
    const Lex* l = lx(k + 1);
    if (!l || l->cardinal < 10 || l->cardinal > 90 || l->multiplier) return std::nullopt;
    int64_t rest = l->cardinal;
    const size_t e = tens_and_units(k + 2, rest);
    // ... nor before a glued hyphen ("sixteen eighteen-year-olds").
    if (const Lex* after = lx(e);
        (after && (after->unit || after->multiplier)) || plural_noun(e) || (is(e, "-") && glued(e)))
      return std::nullopt;
    Match m;
    m.begin = k;
    m.end = e;
    m.r = fixed(pad(century * 100 + rest, 4));
    return m;
  }

  // Whether piece k says that a count and its unit before it are an age: "old", "olds"
  // ("18 years old", "six-year-olds"), or a glued hyphen and one of them ("6-year-old").
  bool age_after(size_t k) {
    if (is(k, "-") && glued(k) && glued(k + 1)) ++k;
    return is(k, "old") || is(k, "olds");
  }
  // "aged 60 years": an age told before the count that starts at k (see also
  // age_of_clause()).
  bool age_before(size_t k) { return before_is(k, {"aged"}); }

  // Counted units: three years, 33 years, a decade, twelve-year, two days ago,
  // a few hours ago, two days later, in three weeks, 160 million tonnes a year.
  std::optional<Match> quantity(size_t k) {
    size_t i = k;
    // Approximators stay in the extent: "nearly nine years", "more than two decades".
    if (const Lex* l = lx(i); l && l->mod == Mod::kApprox) {
      ++i;
      if (is(i, "over") || is(i, "under")) ++i;  // "just over"
    } else if ((is(i, "more") || is(i, "less")) && is(i + 1, "than")) {
      i += 2;
    } else if (is(i, "at") && (is(i + 1, "least") || is(i + 1, "most"))) {
      i += 2;
    } else if (is(i, "up") && is(i + 1, "to")) {
      i += 2;
    }
    const bool approx = i > k;
    int64_t n = -2;
    size_t e = count(i, n);
    // "three and a half years": the half joins the count.
    bool half = false;
    if (e > i && n >= 1 && (and_a_half(e) || (digit(i) && slash_half(e))) && lx(e + 3) &&
        lx(e + 3)->unit && lx(e + 3)->unit_plural) {
      half = true;
      e += 3;
    }
    // The denominator of a fraction counts nothing: "2 hours" in "5 1/2 hours".
    if (e > i && digit(i) && i >= 2 && is(i - 1, "/") && glued(i - 1) && glued(i) && digit(i - 2))
      return std::nullopt;
    if (e == i) {
      // A bare plural after a preposition: "for years", "in minutes", "over decades";
      // "over the years" (the extent starts at "the").
      // "in the decades since", "the years since the war": the stretch from a time told
      // to now (WikiWars: "the fifty years since the Second War" is P50Y, "the fifty years").
      const bool the = i >= 2 && before_is(i, {"the"}) &&
                       (before_is(i - 1, {"over", "through", "throughout"}) || is(i + 1, "since"));
      const Lex* u = lx(i);
      // "a months-long siege", "a year-long inquiry": a stretch of that unit; "decades-long"
      // is years of no count, as the TimeML sets write it (MEANTIME and AQUAINT: PXY).
      if (!approx && u && u->unit && u->unit != 'K' && u->unit != 'F' && is(i + 1, "-") &&
          glued(i + 1) && is(i + 2, "long") && glued(i + 2)) {
        Match m;
        m.begin = i;
        m.end = i + 3;
        m.type = TimeType::kDuration;
        m.r = fixed(u->unit_plural && u->unit == 'E'
                        ? std::string("PXY")
                        : duration_value(u->unit, u->unit_plural ? -1 : 1));
        return m;
      }
      if (approx || !u || !u->unit || !u->unit_plural || u->unit == 'K') return std::nullopt;
      // "Decades have passed", "Months went by": a plural that opens a clause before a verb.
      const Piece* prev = before(i);
      const bool opens = (!prev || prev->kind == PieceKind::kPunct) && at(i)->upper && !approx &&
                         alpha(i + 1) && tense::classify(at(i + 1)->f()) != tense::VerbClass::kNone;
      // "piled on by decades of political accommodation", "centuries of neglect": a long
      // stretch before "of" after any word. Not "years of", "months of": WikiWars leaves
      // "damaged by years of conflict" untagged.
      const bool long_of = (u && (u->unit == 'E' || u->unit == 'C')) && is(i + 1, "of");
      // "for years of assessment": a tax term (time_context.tsv kind `term`), no span.
      if (is(i + 1, "of") && alpha(i + 2) && (context_kind(at(i + 2)->f()) & kTerm) != 0)
        return std::nullopt;
      if (!the && !opens && !long_of &&
          !before_is(i, {"for", "over", "within", "in", "after", "took", "take", "takes"}))
        return std::nullopt;
      if (is(i + 1, "ago") || is(i + 1, "later") || is(i + 1, "earlier") || is(i + 1, "-") ||
          is(i + 1, "'"))
        return std::nullopt;
      Match m;
      m.begin = the ? i - 1 : i;
      m.end = i + 1;
      m.type = TimeType::kDuration;
      m.r = fixed(duration_value(u->unit, -1));
      return m;
    }
    bool hyphen = false;
    if (is(e, "-") && glued(e) && glued(e + 1)) {
      ++e;
      hyphen = true;
    } else if (n != 1 && is_filler(e) && lx(e + 1) && lx(e + 1)->unit &&
               lx(e + 1)->unit_plural) {
      ++e;  // "six straight days", "two more years"
    } else if (n == 1 && (is(e, "full") || is(e, "whole") || is(e, "entire")) && lx(e + 1) &&
               lx(e + 1)->unit && !lx(e + 1)->unit_plural) {
      ++e;  // "a full month", "a whole year": all of one
    }
    const Lex* u = lx(e);
    if (!u || !u->unit) return std::nullopt;
    // "the 60-years-long embargo", "a 60-year-long war": the count's stretch and its
    // "-long" (not "years-long" alone, P60Y).
    const bool long_after =
        hyphen && is(e + 1, "-") && glued(e + 1) && is(e + 2, "long") && glued(e + 2);
    if (long_after && u->unit != 'K' && u->unit != 'F' && n > 0) {
      Match m;
      m.begin = approx ? k : i;
      m.end = e + 3;
      m.type = TimeType::kDuration;
      m.r = fixed(duration_value(u->unit, n));
      return m;
    }
    if (hyphen && u->unit_plural) return std::nullopt;
    // An age is no time: "a 6-year-old boy", "six-year-olds", "18 years old", "aged 60
    // years". ("18 years of age" stays a duration, as the TimeML sets that hold it tag it:
    // WikiWars 2 of 2; a commitment never takes it as its time.)
    if (age_after(e + 1) || age_before(k)) return std::nullopt;
    // "a year-earlier profit": year_ago()'s.
    if (is(e + 1, "-") && glued(e + 1) && (is(e + 2, "earlier") || is(e + 2, "ago")))
      return std::nullopt;
    // "the 1988 second quarter", "its 2024 second round": an ordinal, not seconds.
    if (u->unit == 'S' && !u->unit_plural &&
        (is(e + 1, "quarter") || is(e + 1, "half") || is(e + 1, "round") || is(e + 1, "term")))
      return std::nullopt;
    // "the 1988 quarter", "its 2024 year": a year before a singular unit, no count.
    if (!hyphen && digit(i) && at(i)->len == 4 && n >= 1000 && n <= 2199 && !u->unit_plural)
      return std::nullopt;
    // "the seventy-second session", "its twenty-second meeting": an ordinal after a
    // determiner ("a thirty-second delay" is a duration).
    if (u->unit == 'S' && !u->unit_plural && hyphen && !digit(i) &&
        before_is(i, {"the", "its", "their", "our", "this", "his", "her"}))
      return std::nullopt;
    if (!hyphen && n != 1 && !u->unit_plural && !is(i, "a") && !is(i, "an")) {
      // "12 year" is rare but a count; "a five year low", "a three hour meeting": a count
      // and its unit read as one adjective before a noun ("twenty second" is an ordinal).
      const bool adjective = n > 1 && u->unit != 'S' && lower_word(e + 1);
      if (!(n > 1 && (digit(i) || adjective))) return std::nullopt;
    }
    if (n == 1 && u->unit_plural && !half) return std::nullopt;
    const bool article = is(i, "a") || is(i, "an");
    // "a year and a half": the half after the unit.
    size_t half_end = e + 1;
    if (!half && n == 1 && !u->unit_plural && and_a_half(e + 1)) {
      half = true;
      half_end = e + 4;
    }
    if (half) {
      // A duration only: "two and a half years ago" is left to the words alone.
      if (hyphen || age_after(half_end) || age_before(k) || is(half_end, "ago") ||
          is(half_end, "later") || is(half_end, "earlier") || u->unit == 'K' || u->unit == 'F')
        return std::nullopt;
      Match m;
      m.begin = approx ? k : i;
      m.end = half_end;
      m.type = TimeType::kDuration;
      m.r = fixed(half_duration_value(u->unit, n));
      return m;
    }
    // "a second round", "a quarter of the vote", "one minute silence", "a second Trump
    // term": not times.
    if (article && !approx && (u->unit == 'S' || u->unit == 'N') &&
        (lower_word(e + 1) || (alpha(e + 1) && at(e + 1)->upper)))
      return std::nullopt;
    // "This year shall be a year of action": what the year is like, no stretch of time
    // ("after a year of talks", "it has been a decade of success" are one).
    if (article && !approx && n == 1 && !u->unit_plural && is(e + 1, "of") &&
        before_is(i, {"be", "is", "was", "are", "were"}))
      return std::nullopt;
    if (u->unit == 'Q' && (is(e + 1, "of") || article)) return std::nullopt;
    if (u->unit == 'S' && !u->unit_plural && !article && n == 1 && !digit(i)) return std::nullopt;
    Match m;
    m.begin = approx ? k : i;
    m.end = e + 1;
    const char unit = u->unit;
    const bool fine = unit == 'H' || unit == 'N' || unit == 'S';
    // "two months back", "some days back" (Indian and other Englishes): ago. "a week or so
    // ago": about that long ago.
    const bool or_so = is(e + 1, "or") && is(e + 2, "so") && is(e + 3, "ago") && !hyphen;
    if (or_so || ((is(e + 1, "ago") || (is(e + 1, "back") && !fine)) && !hyphen)) {
      if (or_so) e += 2;
      m.end = e + 2;
      if (n < 0 && !fine) {
        m.r = fixed("PAST_REF");
      } else if (fine) {
        m.r = deictic('D', 0);
        m.type = TimeType::kTime;
      } else {
        m.r = deictic(unit == 'F' ? 'W' : unit, unit == 'F' ? static_cast<int>(-2 * n)
                                                            : static_cast<int>(-n));
        m.r.keeps_part = unit == 'Y';
        // "Three years ago today": that day, so many years (months, weeks) back.
        if (is(e + 2, "today") && (unit == 'Y' || unit == 'M' || unit == 'W')) {
          m.end = e + 3;
          m.r.same_day = true;
        }
      }
      return m;
    }
    // "ten years from now", "a hundred years hence": that many units after today.
    if (!hyphen && n > 0 && !fine && unit != 'K' && unit != 'F' &&
        ((is(e + 1, "from") && is(e + 2, "now")) || is(e + 1, "hence"))) {
      m.end = is(e + 1, "hence") ? e + 2 : e + 3;
      m.r = deictic(unit, static_cast<int>(n));
      return m;
    }
    if ((is(e + 1, "later") || is(e + 1, "earlier")) && !hyphen && n < 0 && !is(e + 2, "than")) {
      m.end = e + 2;
      m.r = fixed(is(e + 1, "later") ? "FUTURE_REF" : "PAST_REF");
      return m;
    }
    if ((is(e + 1, "later") || is(e + 1, "earlier")) && !hyphen && n >= 0 && !fine &&
        !is(e + 2, "than")) {
      m.end = e + 2;
      m.r = deictic(unit, static_cast<int>(is(e + 1, "later") ? n : -n));
      m.r.kind = RecipeKind::kAnaphoric;
      m.r.strong = true;
      // So many years after a time told: with none told, not after the speech's date ("a
      // year earlier" in a report is a year before it, as financial news writes).
      m.r.away = is(e + 1, "later");
      m.r.from_told = m.r.away;
      m.r.keeps_part = unit == 'Y';
      return m;
    }
    // Sets: "160 million tonnes a year", "twice a week", "per year"
    if (article && !approx && n == 1) {
      const Piece* p = before(i);
      bool set = false;
      if (p) {
        std::string_view f = p->f();
        if (p->kind == PieceKind::kDigit || f == "times" || f == "twice" || f == "once" ||
            f == "thrice" || f == "million" || f == "billion" || f == "thousand" ||
            f == "hundred" || f == "%" || f == "percent" || f == "cent")
          set = true;
        else if (p->kind == PieceKind::kAlpha && !p->upper && p->len > 3 && f.back() == 's' &&
                 !lx(i - 1))
          set = true;
        else if (lx(i - 1) && lx(i - 1)->unit && lx(i - 1)->unit_plural && lx(i - 1)->unit != 'K')
          set = true;  // "seven hours a day": a rate, as "160 million tonnes a year"
      }
      if (set && !is(e + 1, "ago") && !is(e + 1, "later") && !is(e + 1, "old")) {
        m.type = TimeType::kSet;
        m.r = fixed(duration_value(unit, 1));
        return m;
      }
    }
    // "in three weeks": a date in the future; not "the second time in 20 years", "the
    // highest level in 40 years" (the stretch a comparison looks back over).
    const auto looks_back = [&] {
      const Piece* p = i >= 2 ? at(i - 2) : nullptr;
      if (!p || p->kind != PieceKind::kAlpha) return false;
      const std::string_view w = p->f();
      return w == "time" || w == "times" || w == "level" || w == "levels" ||
             (w.size() >= 5 && w.ends_with("est"));
    };
    if (!approx && n > 0 && !hyphen && before_is(i, {"in"}) &&
        (unit == 'D' || unit == 'W' || unit == 'M' || unit == 'Y') && !is(e + 1, "of") &&
        !is(e + 1, "time") && !looks_back()) {
      m.r = deictic(unit, static_cast<int>(n));
      m.r.future_only = true;
      // "in eight months' time", "in a year's time": the possessive says a point ahead in
      // any clause but a past one ("could be examined in eight months' time").
      size_t t = e + 1;
      if (is(t, "'") || is(t, "\xE2\x80\x99")) {
        ++t;
        if (is(t, "s")) ++t;
        m.r.ahead = is(t, "time");
      }
      return m;
    }
    if (u->unit == 'K') return std::nullopt;
    m.type = TimeType::kDuration;
    m.r = fixed(duration_value(unit, n));
    return m;
  }

  // every year, each week, every two years, every Monday, per year
  std::optional<Match> every(size_t k) {
    const Lex* l = lx(k);
    if (!l || (l->mod != Mod::kEvery && l->mod != Mod::kPer)) return std::nullopt;
    Match m;
    m.begin = k;
    m.type = TimeType::kSet;
    int64_t n = 1;
    size_t e = k + 1;
    if (l->mod == Mod::kEvery) {
      size_t c = count(e, n);
      if (c > e && (is(e, "a") || is(e, "an"))) c = e, n = 1;
      e = c;
    }
    const Lex* u = lx(e);
    if (!u) return std::nullopt;
    // "every few years" (n = -1: a vague count) is PXY, as "a few years" is.
    if (u->unit && (n == 1) == !u->unit_plural && (n > 0 || (n == -1 && e > k + 1))) {
      m.end = e + 1;
      m.r = fixed(duration_value(u->unit, n));
      return m;
    }
    if (l->mod == Mod::kEvery && u->weekday && !u->weekday_abbr && at(e)->upper) {
      m.end = e + 1;
      m.r = fixed("XXXX-WXX-" + std::to_string(u->weekday));
      return m;
    }
    if (l->mod == Mod::kEvery && u->month && !u->month_abbr && at(e)->upper) {
      m.end = e + 1;
      m.r = fixed("XXXX-" + pad(u->month, 2));
      return m;
    }
    if (l->mod == Mod::kEvery && !u->daypart.empty()) {
      m.end = e + 1;
      m.r = fixed(concat("XXXX-XX-XXT", u->daypart));
      return m;
    }
    // "every summer", "each winter" ("fall" is left out: "each fall" is rarely a season).
    if (l->mod == Mod::kEvery && !u->season.empty() && !is(e, "fall") && n == 1) {
      m.end = e + 1;
      m.r = fixed(concat("XXXX-", u->season));
      return m;
    }
    return std::nullopt;
  }

  // recent days and weeks, recent years -> PAST_REF
  std::optional<Match> recent(size_t k) {
    const Lex* l = lx(k);
    if (!l || l->mod != Mod::kRecent) return std::nullopt;
    const Lex* u = lx(k + 1);
    if (!u || !u->unit || !u->unit_plural) return std::nullopt;
    Match m;
    m.begin = k;
    m.end = k + 2;
    if ((is(k + 2, "and") || is(k + 2, "or")) && lx(k + 3) && lx(k + 3)->unit &&
        lx(k + 3)->unit_plural)
      m.end = k + 4;
    m.r = fixed("PAST_REF");
    return m;
  }

  // early/mid/late + period; earlier/later + this/today; the end/beginning of + period
  std::optional<Match> edge(size_t k) {
    const Lex* l = lx(k);
    size_t i = k;
    bool the = false;
    if (is(i, "the")) {
      the = true;
      ++i;
      l = lx(i);
    }
    if (l && (l->mod == Mod::kEarly || l->mod == Mod::kMid || l->mod == Mod::kLate ||
              l->mod == Mod::kEarlier || l->mod == Mod::kLater) && !the) {
      size_t j = i + 1;
      if (is(j, "-") && glued(j)) ++j;
      if (is(j, "in") && (l->mod == Mod::kEarly || l->mod == Mod::kLate ||
                          l->mod == Mod::kEarlier || l->mod == Mod::kLater))
        ++j;  // "early in 1914", "later in the year"
      if (is(j, "the") && is(j + 1, "year")) {
        Match m;
        m.begin = k;
        m.end = j + 2;
        m.r = deictic('Y', 0);
        m.r.kind = RecipeKind::kAnaphoric;
        return m;
      }
      // "later in the next year": a part of the next year, a date; "in" alone would make
      // "the next year" a stretch from now ("in the next year we will" is P1Y).
      if (j > i + 1 && is(j - 1, "in") && is(j, "the") && is(j + 1, "next") && lx(j + 2) &&
          !lx(j + 2)->unit_plural &&
          (lx(j + 2)->unit == 'Y' || lx(j + 2)->unit == 'M' || lx(j + 2)->unit == 'W')) {
        Match m;
        m.begin = k;
        m.end = j + 3;
        m.r = deictic(lx(j + 2)->unit, 1);
        m.r.kind = RecipeKind::kAnaphoric;
        return m;
      }
      std::optional<Match> inner = parse(j);
      if (!inner) return std::nullopt;
      if (inner->type == TimeType::kDuration || inner->type == TimeType::kSet) return std::nullopt;
      if (inner->r.kind == RecipeKind::kFixed && !is_calendar_value(inner->r.value))
        return std::nullopt;
      // "later today" is fine; "earlier" with a weekday or month alone is not an edge
      inner->begin = k;
      return inner;
    }
    // "the night of 14 April 1912", "the morning of 7 October": a part of a given day.
    if (the && l && !l->daypart.empty() && is(i + 1, "of")) {
      std::optional<Match> inner = parse(i + 2);
      if (!inner || inner->type != TimeType::kDate) return std::nullopt;
      Recipe& r = inner->r;
      const bool day = r.kind == RecipeKind::kFixed
                           ? r.value.size() == 10 && is_calendar_value(r.value)
                           : r.value.empty() &&
                                 (r.kind == RecipeKind::kPartial ? r.day != 0 || r.weekday != 0
                                                                 : r.unit == 'D');
      if (!day) return std::nullopt;
      r.value += concat("T", l->daypart);
      inner->begin = k;
      inner->type = TimeType::kTime;
      return inner;
    }
    // the end / beginning / start / middle / turn of X
    static constexpr std::array<std::string_view, 8> kEdges = {
        "end", "beginning", "start", "middle", "turn", "close", "rest", "remainder"};
    const Piece* q = at(i);
    const bool edge = q && std::find(kEdges.begin(), kEdges.end(), q->f()) != kEdges.end();
    if (!edge || !is(i + 1, "of")) return std::nullopt;
    size_t j = i + 2;
    Match m;
    m.begin = the ? k : i;
    if (is(j, "the") && lx(j + 1) && lx(j + 1)->unit && !lx(j + 1)->unit_plural) {
      char u = lx(j + 1)->unit;
      if (u != 'Y' && u != 'M' && u != 'W' && u != 'E' && u != 'C' && u != 'D') return std::nullopt;
      m.end = j + 2;
      m.r = deictic(u, 0);
      m.r.kind = RecipeKind::kAnaphoric;  // "the end of the month": the narrative's month
      return m;
    }
    std::optional<Match> inner = parse(j);
    if (!inner || inner->type == TimeType::kDuration || inner->type == TimeType::kSet)
      return std::nullopt;
    if (inner->r.kind == RecipeKind::kFixed && !is_calendar_value(inner->r.value))
      return std::nullopt;
    inner->begin = m.begin;
    return inner;
  }

  std::optional<Match> season(size_t k) {
    const Lex* l = lx(k);
    if (!l || l->season.empty()) return std::nullopt;
    Match m;
    m.begin = k;
    // summer 2007, the spring of 1794
    size_t e = k + 1;
    if (is(e, "of")) ++e;
    int y = 0;
    if (year_at(e, y)) {
      m.end = e + 1;
      m.r = fixed(pad(y, 4) + "-" + std::string(l->season));
      return m;
    }
    // A season alone needs a temporal word before it: "in winter", "the dead of winter".
    // "fall" is a verb too often, and "the fall of the Wall" a collapse: it is a season
    // only after this/last/next/early/late/mid, or as "in the fall" with no "of" after.
    if (is(k, "fall")) {
      const bool modified = before_is(k, {"this", "last", "next", "early", "late", "mid"});
      size_t d = k;
      const bool the_fall = before_is(k, {"the"}) && d-- > 0 &&
                            before_is(d, {"in", "during", "by", "until", "since", "through"});
      if (!(modified || the_fall) || is(k + 1, "of")) return std::nullopt;
    }
    if (!before_is(k, {"in", "of", "during", "this", "last", "next", "the", "early", "late",
                       "mid", "until", "by", "since", "through", "throughout"}))
      return std::nullopt;
    if (season_modifies(k)) return std::nullopt;
    // A capitalised season inside a name: "the Autumn Statement", "the Arab Spring".
    if (at(k)->upper && ((alpha(k + 1) && at(k + 1)->upper) ||
                         (k > 0 && alpha(k - 1) && at(k - 1)->upper && !p_.lex(*at(k - 1)))))
      return std::nullopt;
    m.end = k + 1;
    m.r.kind = RecipeKind::kPartial;
    m.r.season = l->season;
    return m;
  }

  // Half of one unit: "half an hour" is PT30M, "half-a-day" PT12H, "half a century" P50Y.
  // A quarter, a weekend or a fortnight is left alone.
  std::optional<Match> half_unit(size_t k) {
    size_t e = k + 1;
    if (is(e, "-") && glued(e)) ++e;
    if (!is(e, "a") && !is(e, "an")) return std::nullopt;
    ++e;
    if (is(e, "-") && glued(e)) ++e;
    const Lex* u = lx(e);
    if (!u || !u->unit || u->unit_plural) return std::nullopt;
    std::string value;
    switch (u->unit) {
      case 'Y': value = "P6M"; break;
      case 'M': value = "P15D"; break;
      case 'W': value = "P0.5W"; break;
      case 'D': value = "PT12H"; break;
      case 'H': value = "PT30M"; break;
      case 'N': value = "PT30S"; break;
      case 'E': value = "P5Y"; break;
      case 'C': value = "P50Y"; break;
      case 'L': value = "P500Y"; break;
      default: return std::nullopt;
    }
    Match m;
    m.begin = k;
    m.end = e + 1;
    m.type = TimeType::kDuration;
    m.r = fixed(std::move(value));
    return m;
  }

  // "the 1988 second quarter" (a fixed value), "this year's third quarter", "next year's
  // first half" (the document's year and an offset).
  std::optional<Match> year_part(size_t k) {
    // The tests first, on pieces only: this runs at every number and every "the".
    size_t e = k;
    int y = 0;
    int offset = 0;
    bool deictic = false;
    if (is(e, "the")) ++e;
    if (digit(e) && at(e)->len == 4 && year_at(e, y)) {
      ++e;
    } else if (e == k && (is(e, "this") || is(e, "last") || is(e, "next")) && is(e + 1, "year") &&
               is(e + 2, "'") && is(e + 3, "s")) {
      deictic = true;
      offset = is(e, "next") ? 1 : is(e, "last") ? -1 : 0;
      e += 4;
    } else {
      return std::nullopt;
    }
    const int n = lx(e) ? lx(e)->ordinal : 0;
    const bool quarter = is(e + 1, "quarter") && n >= 1 && n <= 4;
    const bool half = is(e + 1, "half") && n >= 1 && n <= 2;
    if (!quarter && !half) return std::nullopt;
    const char part = quarter ? 'Q' : 'H';
    Match m;
    m.begin = k;
    m.end = e + 2;
    if (!deictic) {
      m.r = fixed(pad(y, 4) + "-" + part + std::to_string(n));
    } else {
      m.r.kind = RecipeKind::kPartial;
      m.r.has_year_offset = true;
      m.r.year_offset = offset;
      m.r.quarter = static_cast<uint8_t>(n);
      m.r.part = part;
    }
    return m;
  }

  // A quarter or half as an adjective: "third-quarter profits", "first-half sales"; or
  // after a possessive.
  std::optional<Match> part_adjective(size_t k) {
    const int n = lx(k)->ordinal;
    // "its fourth quarter", "their first half": the part after a possessive.
    if (before_is(k, {"its", "their", "our", "his", "her"}) &&
        ((is(k + 1, "quarter") && n >= 1 && n <= 4) || (is(k + 1, "half") && n >= 1 && n <= 2))) {
      Match m;
      m.begin = k;
      m.end = k + 2;
      m.r.kind = RecipeKind::kPartial;
      m.r.quarter = static_cast<uint8_t>(n);
      m.r.part = is(k + 1, "quarter") ? 'Q' : 'H';
      return m;
    }
    const bool quarter = is(k + 2, "quarter") && n >= 1 && n <= 4;
    const bool half = is(k + 2, "half") && n >= 1 && n <= 2;
    if (!is(k + 1, "-") || !glued(k + 1) || !glued(k + 2) || !(quarter || half))
      return std::nullopt;
    Match m;
    m.begin = k;
    m.end = k + 3;
    m.r.kind = RecipeKind::kPartial;
    m.r.quarter = static_cast<uint8_t>(n);
    m.r.part = quarter ? 'Q' : 'H';
    return m;
  }

  // "year-earlier profit", "the year-ago quarter", "the year-earlier third quarter": the
  // period a year before the one told (with a quarter told, that quarter a year before).
  std::optional<Match> year_ago(size_t k) {
    size_t j = is(k, "the") ? k + 1 : k;
    if (!is(j, "year") || !is(j + 1, "-") || !glued(j + 1) || !glued(j + 2) ||
        !(is(j + 2, "earlier") || is(j + 2, "ago")))
      return std::nullopt;
    Match m;
    m.end = j + 3;
    if (is(m.end, "quarter") || is(m.end, "period")) {
      m.end += 1;
    } else if (const Lex* l = lx(m.end);
               l && l->ordinal >= 1 && l->ordinal <= 4 && is(m.end + 1, "quarter")) {
      m.end += 2;
    }
    // "the" belongs to the time only with its noun: "the year-earlier profit".
    m.begin = m.end > j + 3 ? k : j;
    m.r = deictic('Y', -1);
    m.r.keeps_part = true;
    m.r.compared = true;
    return m;
  }

  // the 20th century, the nineteenth century
  std::optional<Match> century(size_t k) {
    if (!is(k, "the")) return std::nullopt;
    int n = 0;
    size_t e = k + 1;
    if (is(e, "fiscal")) {  // "the fiscal first quarter", "the fiscal-first quarter"
      ++e;
      if (is(e, "-") && glued(e)) ++e;
    }
    if (digit(e) && at(e)->len <= 2) {
      n = static_cast<int>(at(e)->num);
      e = skip_ordinal_suffix(e + 1);
      if (e == k + 2) return std::nullopt;
    } else if (lx(e) && lx(e)->ordinal) {
      n = lx(e)->ordinal;
      ++e;
    } else if (const Lex* tens = lx(e);
               tens && tens->cardinal >= 20 && tens->cardinal <= 90 && tens->cardinal % 10 == 0 &&
               is(e + 1, "-") && glued(e + 1) && glued(e + 2) && lx(e + 2) &&
               lx(e + 2)->ordinal >= 1 && lx(e + 2)->ordinal <= 9 && is(e + 3, "century")) {
      // "the twenty-first century"
      n = tens->cardinal + lx(e + 2)->ordinal;
      e += 3;
    } else if (const Lex* tens2 = lx(e); tens2 && tens2->cardinal >= 20 && tens2->cardinal <= 90 &&
                                         tens2->cardinal % 10 == 0 && lx(e + 1) &&
                                         lx(e + 1)->ordinal >= 1 && lx(e + 1)->ordinal <= 9 &&
                                         is(e + 2, "century")) {
      // "the twenty first century", without its hyphen
      n = tens2->cardinal + lx(e + 1)->ordinal;
      e += 2;
    } else if ((is(e, "final") || (is(e, "last") && is(e + 2, "of"))) &&
               (is(e + 1, "quarter") || is(e + 1, "half"))) {
      // "the final quarter", "the last half of 2009": the year's last part. ("The last
      // quarter" alone is the one before this one: modified().)
      n = is(e + 1, "quarter") ? 4 : 2;
      ++e;
    } else {
      return std::nullopt;
    }
    // "the first decade of the twenty-first century": the century's n-th decade (200).
    if (is(e, "decade") && n >= 1 && n <= 10 && is(e + 1, "of")) {
      std::optional<Match> c = century(e + 2);
      if (!c || c->r.kind != RecipeKind::kFixed || c->r.value.size() != 2 ||
          !is_digit(static_cast<unsigned char>(c->r.value[0])) ||
          !is_digit(static_cast<unsigned char>(c->r.value[1])))
        return std::nullopt;
      c->begin = k;
      c->r.value += static_cast<char>('0' + n - 1);
      return c;
    }
    if (!is(e, "century")) {
      // the first quarter of 2009, the second half of the year
      const bool half = is(e, "half") && n >= 1 && n <= 2 && is(e + 1, "of");
      if ((is(e, "quarter") && n >= 1 && n <= 4) || half) {
        const char part = half ? 'H' : 'Q';
        Match m;
        m.begin = k;
        m.end = e + 1;
        m.r.kind = RecipeKind::kPartial;
        m.r.quarter = static_cast<uint8_t>(n);
        m.r.part = part;
        if (is(e + 1, "of")) {
          int y = 0;
          if (year_at(e + 2, y)) {
            m.end = e + 3;
            m.r = fixed(pad(y, 4) + "-" + part + std::to_string(n));
          } else if ((is(e + 2, "this") || is(e + 2, "last") || is(e + 2, "next")) &&
                     is(e + 3, "year")) {
            m.end = e + 4;
            m.r.has_year_offset = true;
            m.r.year_offset = is(e + 2, "next") ? 1 : is(e + 2, "last") ? -1 : 0;
          } else if (is(e + 2, "the") && is(e + 3, "year")) {
            m.end = e + 4;
            m.r.has_year_offset = true;
          }
        }
        if (half && m.end == e + 1) return std::nullopt;  // "the second half of the match"
        return m;
      }
      return std::nullopt;
    }
    if (n < 1 || n > 22) return std::nullopt;
    Match m;
    m.begin = k;
    m.end = e + 1;
    m.r = fixed(pad(n - 1, 2));
    return m;
  }

  Pieces& p_;
  std::span<const Phrase> phrases_;
  DocumentSense* sense_;
};

// The narrative's last date: the most recent calendar value, at its granularity.
struct Reference {
  bool has = false;
  int year = 0;
  int month = 0;  // 0: year only
  int day = 0;    // 0: month only
  char part = 0;  // 'Q' or 'H': a quarter or half of `year` ("1989-Q3"), numbered `quarter`
  int quarter = 0;
  bool week = false;  // a week: month and day are its Thursday's, a base for weeks only
};

// How many sentences after a quarter is told "the quarter" still means it.
constexpr uint32_t kPartToldSentences = 16;

// "1988-Q3", "1990-H1".
std::string quarter_value(int year, char part, int quarter) {
  std::string v = pad(year, 4);
  v += '-';
  v += part;
  v += static_cast<char>('0' + quarter);
  return v;
}

// The leading digits of v[at, at + n) as a number (atoi of that substring).
int leading_number(std::string_view v, size_t at, size_t n) {
  int x = 0;
  for (size_t i = at; i < at + n && i < v.size() && v[i] >= '0' && v[i] <= '9'; ++i)
    x = x * 10 + (v[i] - '0');
  return x;
}

bool parse_value_date(std::string_view v, Reference& ref) {
  if (v.size() < 4) return false;
  for (size_t i = 0; i < 4; ++i)
    if (v[i] < '0' || v[i] > '9') return false;
  ref.has = true;
  ref.year = leading_number(v, 0, 4);
  ref.month = 0;
  ref.day = 0;
  ref.part = 0;
  ref.quarter = 0;
  ref.week = false;
  if (v.size() == 7 && v[4] == '-' && (v[5] == 'Q' || v[5] == 'H') && v[6] >= '1' && v[6] <= '4') {
    ref.part = v[5];
    ref.quarter = v[6] - '0';
  } else if (v.size() >= 7 && v[4] == '-' && v[5] >= '0' && v[5] <= '9') {
    ref.month = leading_number(v, 5, 2);
    if (v.size() >= 10 && v[7] == '-' && v[8] >= '0' && v[8] <= '9')
      ref.day = leading_number(v, 8, 2);
  } else if (v.size() >= 8 && v[4] == '-' && v[5] == 'W' && v[6] >= '0' && v[6] <= '9' &&
             v[7] >= '0' && v[7] <= '9') {
    // A week ("2021-W01"): its Thursday, which lies in the week's ISO year, so that "the
    // previous week" counts back from the week told (2020-W53), not from 1 January.
    const int week = leading_number(v, 6, 2);
    if (week >= 1 && week <= 53) {
      const Date thursday = add_days(iso_week_monday(IsoWeek{ref.year, week}), 3);
      ref.year = thursday.year;
      ref.month = thursday.month;
      ref.day = thursday.day;
      ref.week = true;
    }
  }
  return true;
}

int season_index(std::string_view s) {
  if (s == "SP") return 0;
  if (s == "SU") return 1;
  if (s == "FA") return 2;
  return 3;  // WI
}

// Occurrence number of the season holding date d: year * 4 + index; January and
// February belong to the winter that began the December before.
int season_occurrence(const Date& d) {
  int y = d.year;
  int idx = 0;
  if (d.month <= 2) {
    y -= 1;
    idx = 3;
  } else if (d.month <= 5) {
    idx = 0;
  } else if (d.month <= 8) {
    idx = 1;
  } else if (d.month <= 11) {
    idx = 2;
  } else {
    idx = 3;
  }
  return y * 4 + idx;
}

std::string format_unit(const Date& d, char unit, std::string_view suffix) {
  std::string v;
  switch (unit) {
    case 'D': case 'H': case 'N': case 'S': v = ymd(d.year, d.month, d.day); break;
    case 'W': case 'F': v = format_iso_week(iso_week(d)); break;
    case 'K': v = format_iso_week(iso_week(d)) + "-WE"; break;
    case 'M': v = ym(d.year, d.month); break;
    case 'Q': v = pad(d.year, 4) + "-Q" + std::to_string((d.month - 1) / 3 + 1); break;
    case 'E': v = std::to_string(d.year / 10); break;
    case 'C': v = pad(d.year / 100, 2); break;
    default: v = pad(d.year, 4); break;
  }
  v += suffix;
  return v;
}

Date shift(const Date& d, char unit, int n) {
  switch (unit) {
    case 'D': return add_days(d, n);
    case 'W': case 'K': return add_days(d, 7 * static_cast<int64_t>(n));
    case 'F': return add_days(d, 14 * static_cast<int64_t>(n));
    case 'M': return add_months(d, n);
    case 'Q': return add_months(d, 3 * n);
    case 'E': return add_months(d, 120 * n);
    case 'C': return add_months(d, 1200 * n);
    case 'H': case 'N': case 'S': return d;
    default: return add_months(d, 12 * n);
  }
}

std::string unresolved(char unit, std::string_view suffix) {
  std::string v;
  switch (unit) {
    case 'D': case 'H': case 'N': case 'S': v = "XXXX-XX-XX"; break;
    case 'W': case 'F': v = "XXXX-WXX"; break;
    case 'K': v = "XXXX-WXX-WE"; break;
    case 'M': v = "XXXX-XX"; break;
    case 'Q': v = "XXXX-QX"; break;
    case 'E': v = "XXX"; break;
    case 'C': v = "XX"; break;
    default: v = "XXXX"; break;
  }
  v += suffix;
  return v;
}

// The day of a holiday that falls on the n-th weekday w of a month (code n * 10 + w, w
// 1 = Monday ... 7 = Sunday, n 5 = the last): Thanksgiving is code 44 of November.
int floating_day(int year, int month, int code) {
  const int n = code / 10, w = code % 10;
  const int first = iso_weekday(Date{year, month, 1});
  int day = 1 + (w - first + 7) % 7;  // the first such weekday
  if (n >= 5) {
    while (day + 7 <= days_in_month(year, month)) day += 7;
    return day;
  }
  return day + 7 * (n - 1);
}

// Easter Sunday of a Gregorian year (the anonymous Gregorian computus).
Date easter_sunday(int y) {
  const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
  const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return Date{y, month, day};
}

// The day of a holiday that moves (Recipe::day < 0, `code` = -day): an n-th weekday of
// `month`, or (code 1000 and up) a day Easter Sunday + (code - 1100) days ("H:E-2" in
// time_phrases.tsv: Good Friday).
Date holiday_date(int year, int month, int code) {
  if (code >= 1000) return add_days(easter_sunday(year), code - 1100);
  return Date{year, month, floating_day(year, month, code)};
}

// Resolves a partial date (no year) against anchor date `a`.
std::string resolve_partial(const Recipe& r, const Date& a) {
  if (r.weekday) {
    const int wd = iso_weekday(a);
    int back = (wd - r.weekday + 7) % 7;     // days back to the previous such weekday
    int fwd = (r.weekday - wd + 7) % 7;      // days forward to the next
    int delta = 0;
    switch (r.mod) {
      case Mod::kLast: delta = -(back == 0 ? 7 : back); break;
      case Mod::kNext: delta = fwd == 0 ? 7 : fwd; break;
      case Mod::kThis: delta = r.weekday - wd; break;
      default:
        if (r.tense == Tense::kPast && !r.ahead)
          delta = -back;
        else if (r.tense == Tense::kFuture || r.ahead)
          delta = fwd;
        else delta = back <= fwd ? -back : fwd;
    }
    Date d = add_days(a, delta);
    return ymd(d.year, d.month, d.day) + r.value;
  }
  if (!r.season.empty()) {
    const int idx = season_index(r.season);
    const int cur = season_occurrence(a);
    int occ = (cur / 4) * 4 + idx;  // same season year as the anchor
    if (r.mod == Mod::kLast) {
      if (occ >= cur) occ -= 4;
    } else if (r.mod == Mod::kNext) {
      if (occ <= cur) occ += 4;
    } else if (r.mod == Mod::kNone) {
      if (r.tense == Tense::kPast && occ > cur) occ -= 4;
      if (r.tense == Tense::kFuture && occ < cur) occ += 4;
    } else if (r.mod == Mod::kThis) {
      // "This autumn we will legislate" said in January: the autumn to come. A past verb
      // does not move it back ("announced it would open this summer").
      if (r.tense == Tense::kFuture && occ < cur) occ += 4;
    }
    return pad(occ / 4, 4) + "-" + std::string(r.season);
  }
  if (r.quarter) {
    int y = a.year;
    if (r.has_year_offset) {
      y += r.year_offset;
    } else if (r.mod == Mod::kNone) {
      // "In the fourth quarter, sales grew" written in January: last year's.
      const int now = r.part == 'H' ? (a.month - 1) / 6 + 1 : (a.month - 1) / 3 + 1;
      if (r.tense == Tense::kPast && r.quarter > now) y -= 1;
      // "expects to report third-quarter results" written in the fourth: the quarter just
      // ended is still this year's.
      const int just_ended = r.part == 'Q' ? now - 1 : now;
      if (r.tense == Tense::kFuture && r.quarter < just_ended) y += 1;
    }
    return pad(y, 4) + "-" + r.part + std::to_string(r.quarter);
  }
  // month, optionally day
  int y = a.year;
  if (r.has_year_offset) {
    y += r.year_offset;
  } else {
    const int64_t here = days_from_civil(a);
    auto dist = [&](int year) {
      if (r.day < 0) return days_from_civil(holiday_date(year, r.month, -r.day)) - here;
      const int day = r.day > 0 ? r.day : 15;
      return days_from_civil(Date{year, r.month, std::min(day, days_in_month(year, r.month))}) -
             here;
    };
    const bool same_month = r.month == a.month && r.day == 0;
    switch (r.mod) {
      case Mod::kThis:
        // "voted for a change this November", said in January: a past clause cannot
        // mean a month still to come.
        if (r.tense == Tense::kPast && r.month > a.month) y -= 1;
        break;
      case Mod::kLast:
        if (r.month >= a.month) y -= 1;
        break;
      case Mod::kNext:
        if (r.month <= a.month) y += 1;
        break;
      default:
        if (same_month) break;
        // A will-clause looks only ahead ("By Christmas, there will be a plan", said in
        // January): below.
        if (r.ahead && r.tense != Tense::kFuture) {
          // The nearer of the next such date and the last one, the last at double its
          // distance: "effective June 1" written in October is next June's, "effective
          // Oct. 1" written on the 26th the one just past.
          const int64_t d = dist(y);
          const int next_year = d >= 0 ? y : y + 1;
          const int64_t next = dist(next_year), last = -dist(next_year - 1);
          y = 2 * last < next ? next_year - 1 : next_year;
          break;
        }
        // A past verb moves a date to last year only when its month lies after the
        // anchor's: a report in the past often governs a date to come ("extended the
        // offer to Nov. 20", "set Nov. 10 as the deadline", written early in November).
        // A future verb does not look back: "will meet on 1 January" written on the
        // 8th is next year's.
        if (r.tense == Tense::kPast) {
          // (A holiday that moves is compared by its day: "We met at Easter", said on
          // 5 March of a year whose Easter is on 31 March, is last year's.)
          if (r.day < 0 ? dist(y) > 0 : r.month > a.month) y -= 1;
        } else if (r.tense == Tense::kFuture) {
          if (dist(y) < 0) y += 1;
        } else {
          int64_t best = std::llabs(dist(y));
          if (std::llabs(dist(y - 1)) < best) {
            best = std::llabs(dist(y - 1));
            y = a.year - 1;
          }
          if (std::llabs(dist(a.year + 1)) < best) y = a.year + 1;
        }
    }
  }
  if (r.day < 0) {
    const Date h = holiday_date(y, r.month, -r.day);
    return ymd(h.year, h.month, h.day) + r.value;
  }
  if (r.day) {
    if (r.day > days_in_month(y, r.month)) return "XXXX-" + pad(r.month, 2) + "-" + pad(r.day, 2);
    return ymd(y, r.month, r.day) + r.value;
  }
  return ym(y, r.month) + r.value;
}

std::string partial_unresolved(const Recipe& r) {
  if (r.weekday) return "XXXX-WXX-" + std::to_string(r.weekday) + r.value;
  if (!r.season.empty()) return "XXXX-" + std::string(r.season);
  if (r.quarter) return std::string("XXXX-") + r.part + std::to_string(r.quarter);
  if (r.day <= -1000) return "XXXX-XX-XX" + r.value;  // Easter's month moves too
  if (r.day < 0) return "XXXX-" + pad(r.month, 2) + "-XX" + r.value;
  if (r.day) return "XXXX-" + pad(r.month, 2) + "-" + pad(r.day, 2) + r.value;
  return "XXXX-" + pad(r.month, 2) + r.value;
}

}  // namespace

// ---------------------------------------------------------------------------------------

// Letter index for the prefilter: 0..25 for a..z in either case, 26 for anything else.
constexpr std::array<uint8_t, 256> kLetterIndex = [] {
  std::array<uint8_t, 256> t{};
  for (size_t c = 0; c < 256; ++c) {
    const size_t l = c | 0x20;
    t[c] = static_cast<uint8_t>(l >= 'a' && l <= 'z' ? l - 'a' : 26);
  }
  return t;
}();

// The scan's prefilter tables (see TimeLexicon::build_prefilter()).
struct TimePrefilter {
  // For each pair of leading letters, a bit per word length (1..31) for which a trigger
  // word exists. Most tokens are rejected here with one table look-up and no hashing:
  // "the" and "that" share no (letters, length) with any trigger. Months and weekdays
  // need a capital, so they go only into upper.
  std::array<uint32_t, 27 * 27> any{};
  std::array<uint32_t, 27 * 27> upper{};
  std::array<uint32_t, 27 * 27> word{};  // every lexicon word: the walk back's filter
  // The first, coarser stage: indexed by the low five bits of the first two bytes (read
  // as one 16-bit word, masked), with no case or letter test, a bit per length modulo 32.
  // A superset of upper (so of any): a trigger whose first two bytes are not both
  // letters sets its bit in every bucket.
  std::array<uint32_t, 0x1F1F + 1> fast{};
  // The second stage's further tests, over all triggers: a bit per length for the last
  // letter and for the third ("there" and "three" share the first two and the length).
  std::array<uint32_t, 27> last{};
  std::array<uint32_t, 27> third{};
  // The scan's second stage, for words that pass fast: a bit per trigger word at
  // word_key() of its bytes (2,048 bytes; about one word in fifty that is no trigger
  // passes). Exact up to hash collisions, where fast lets a third of all words through.
  static constexpr unsigned kKeyBits = 14;
  std::array<uint64_t, (size_t{1} << kKeyBits) / 64> trigger_keys{};
};

namespace {

// The time lexicon, its candidate filter and the scan's prefilter; TimeFinder::Impl.
struct TimeLexicon {
  FlatLexicon flat;
  Frozen<Phrase> phrases;
  // Storage of the built lists (Phrase::words, Lex::phrases, Lex::phrase_next).
  std::deque<std::vector<std::string_view>> word_lists;
  std::deque<std::vector<uint32_t>> id_lists;
  std::unique_ptr<TimePrefilter> own_prefilter;  // null when the tables are generated
  const TimePrefilter* pf_ = nullptr;

  // Points the tables at the generated arrays (not in the generator's own build).
  void load_generated();
  // The tables load_builtin() builds, as C++ source of constant arrays (the contents of
  // the generated time_tables.inc; see tables.h).
  std::string source() const;

  Lex& entry(std::string_view w) { return flat.entry(w); }

  static int to_int(std::string_view s) {
    // atoi: optional sign, then leading digits
    size_t i = 0;
    bool neg = false;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) neg = s[i++] == '-';
    int x = 0;
    for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) x = x * 10 + (s[i] - '0');
    return neg ? -x : x;
  }

  // Splits a phrase the way Pieces splits text.
  static std::vector<std::string_view> split_phrase(std::string_view s) {
    std::vector<std::string_view> out;
    size_t i = 0;
    while (i < s.size()) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      if (c == ' ') {
        ++i;
        continue;
      }
      size_t j = i;
      if (is_digit(c)) {
        while (j < s.size() && is_digit(static_cast<unsigned char>(s[j]))) ++j;
      } else if (is_ascii_alpha(c) || c >= 0x80) {
        while (j < s.size() && s[j] != ' ' && s[j] != '-' && s[j] != '\'' &&
               !is_digit(static_cast<unsigned char>(s[j])))
          ++j;
      } else {
        j = i + 1;
      }
      out.push_back(s.substr(i, j - i));
      i = j;
    }
    return out;
  }

  // Builds the tables from the embedded data files.
  void load_builtin() {
    flat = FlatLexicon(1024);
    flat.reserve(512);
    phrases.reserve(96);
    std::vector<std::vector<uint32_t>> phrases_of;  // by entry index: Lex::phrases
    data::for_each_tsv_row(data::get("lexicon/time_calendar.tsv"),
                           [&](std::span<const std::string_view> f, int) {
                             if (f.size() < 3) return;
                             Lex& l = entry(f[0]);
                             l.trigger = true;
                             if (f[1] == "month") l.month = to_int(f[2]);
                             if (f[1] == "month_abbr") l.month = to_int(f[2]), l.month_abbr = true;
                             if (f[1] == "weekday") l.weekday = to_int(f[2]);
                             if (f[1] == "weekday_abbr")
                               l.weekday = to_int(f[2]), l.weekday_abbr = true;
                             if (f[1] == "weekday_plural")
                               l.weekday = to_int(f[2]), l.weekday_plural = true;
                             if (f[1] == "season") l.season = f[2];
                             if (f[1] == "daypart") l.daypart = f[2];
                           });
    data::for_each_tsv_row(data::get("lexicon/time_units.tsv"),
                           [&](std::span<const std::string_view> f, int) {
                             if (f.size() < 3 || f[1].empty()) return;
                             Lex& l = entry(f[0]);
                             l.trigger = true;
                             l.unit = f[1][0];
                             l.unit_plural = f[2] == "pl";
                           });
    data::for_each_tsv_row(data::get("lexicon/time_numbers.tsv"),
                           [&](std::span<const std::string_view> f, int) {
                             if (f.size() < 3) return;
                             Lex& l = entry(f[0]);
                             if (f[1] == "cardinal") {
                               l.cardinal = to_int(f[2]);
                               // "a", "couple", "dozen" only lead: the unit word triggers
                               if (f[0].size() > 2 && f[0] != "couple" && f[0] != "dozen")
                                 l.trigger = true;
                             }
                             if (f[1] == "vague") l.vague = true;
                             if (f[1] == "multiplier") l.multiplier = to_int(f[2]);
                             if (f[1] == "ordinal") l.ordinal = to_int(f[2]);
                           });
    data::for_each_tsv_row(data::get("lexicon/time_modifiers.tsv"),
                           [&](std::span<const std::string_view> f, int) {
                             if (f.size() < 2) return;
                             Lex& l = entry(f[0]);
                             l.mod = parse_mod(f[1]);
                             // Sets and edges start with these: "every year", "early 2026"
                             if (l.mod == Mod::kEvery || l.mod == Mod::kPer) l.trigger = true;
                           });
    data::for_each_tsv_row(data::get("lexicon/time_phrases.tsv"),
                           [&](std::span<const std::string_view> f, int) {
                             if (f.size() < 3) return;
                             Phrase p;
                             std::vector<std::string_view> words = split_phrase(f[0]);
                             if (words.empty()) return;
                             p.words = word_lists.emplace_back(std::move(words));
                             if (p.words.size() > 1) p.second = head_key(p.words[1]);
                             p.type = f[1] == "time" ? TimeType::kTime
                                      : f[1] == "set" ? TimeType::kSet
                                      : f[1] == "duration" ? TimeType::kDuration
                                                           : TimeType::kDate;
                             p.value = f[2];
                             std::string_view v = f[2];
                             if (v.size() >= 3 && v[0] == 'D' && (v[1] == '+' || v[1] == '-')) {
                               size_t t = v.find('T');
                               int off = to_int(v.substr(2, t == v.npos ? v.npos : t - 2));
                               p.relative_day = true;
                               p.day_offset = v[1] == '-' ? -off : off;
                               if (t != v.npos) p.day_suffix = v.substr(t);
                             } else if (v.size() == 7 && v.substr(0, 2) == "H:") {
                               p.month = to_int(v.substr(2, 2));
                               p.day = to_int(v.substr(5, 2));
                             } else if (v.size() >= 5 && v.substr(0, 3) == "H:E" &&
                                        (v[3] == '+' || v[3] == '-')) {
                               // "H:E-2": two days before Easter Sunday (Good Friday).
                               const int off = to_int(v.substr(4));
                               p.month = 3;  // nominal: holiday_date() gives the month
                               p.day = -(1100 + (v[3] == '-' ? -off : off));
                             } else if (v.size() == 8 && v.substr(0, 2) == "H:" && v[5] == 'W') {
                               // "H:11-W44": the 4th Thursday of November (5: the last).
                               p.month = to_int(v.substr(2, 2));
                               p.day = -to_int(v.substr(6, 2));
                             }
                             const uint32_t index = static_cast<uint32_t>(phrases.size());
                             phrases.push_back(p);
                             const auto ws = p.words;
                             const Lex& first = entry(ws[0]);
                             const size_t e = static_cast<size_t>(&first - flat.entries().data());
                             if (phrases_of.size() <= e) phrases_of.resize(e + 1);
                             phrases_of[e].push_back(index);
                             // The first word that is not a lead word triggers the scan.
                             for (const auto& w : ws) {
                               if (w == "'" || w == "-") continue;
                               bool lead = false;
                               for (auto x : kExtraLeads)
                                 if (x == w) lead = true;
                               if (w == "a" || w == "an") lead = true;
                               if (!lead) {
                                 entry(w).trigger = true;
                                 break;
                               }
                             }
                           });
    for (size_t e = 0; e < phrases_of.size(); ++e) {
      if (!phrases_of[e].empty()) flat.entry_at(e).phrases = id_lists.emplace_back(std::move(phrases_of[e]));
    }
    for (auto w : kExtraLeads) entry(w);
    for (size_t e = 0; e < flat.entries().size(); ++e) {
      Lex& l = flat.entry_at(e);
      l.rules = rules_of(l);
    }
    build_prefilter();
    build_follow();
  }

  // The candidate filter. Most candidates match nothing ("one of", "time to", "New York"):
  // for a word that no expression can end at, every expression that holds it goes on with
  // the next piece, and the grammar allows only a few kinds of piece there. The classes
  // below are a superset of what the rules accept (each rule reads the lexicon fields
  // named here and the literals listed), so a rejected candidate is one the grammar would
  // have rejected too; a word with any other role is never rejected.
  void build_follow() {
    std::vector<uint8_t> ends_phrase(flat.entries().size(), 0);
    std::vector<uint8_t> one_word(flat.entries().size(), 0);  // a phrase of this word alone
    std::vector<std::vector<std::string_view>> next_of(flat.entries().size());  // phrase_next
    for (const Phrase& p : phrases) {
      for (size_t j = 0; j < p.words.size(); ++j) {
        const ptrdiff_t e = flat.index_of(p.words[j]);
        if (e < 0) continue;
        std::vector<std::string_view>& next = next_of[static_cast<size_t>(e)];
        if (j + 1 == p.words.size()) {
          ends_phrase[static_cast<size_t>(e)] = 1;
          if (j == 0) one_word[static_cast<size_t>(e)] = 1;
        } else if (std::find(next.begin(), next.end(), p.words[j + 1]) == next.end()) {
          next.push_back(p.words[j + 1]);
        }
      }
    }
    // Words the grammar matches by spelling inside an expression (not only as left or
    // right context). Fillers and this/last/next ("last year") are modelled below.
    static constexpr std::array<std::string_view, 44> kInner = {
        "year", "century", "quarter", "am", "pm", "m", "utc", "gmt", "z", "s", "bc", "bce",
        "b", "c", "st", "nd", "rd", "th", "ago", "later", "earlier", "the", "that", "those",
        "of", "a", "an", "few", "couple", "dozen", "some", "many", "over", "under", "less",
        "than", "at", "least", "most", "up", "to", "in", "and", "or"};
    static constexpr std::array<std::string_view, 8> kEdgeWords = {
        "end", "beginning", "start", "middle", "turn", "close", "rest", "remainder"};
    auto listed = [](const auto& list, std::string_view w) {
      return std::find(list.begin(), list.end(), w) != list.end();
    };
    for (size_t e = 0; e < flat.entries().size(); ++e) {
      Lex& l = flat.entry_at(e);
      if (!next_of[e].empty()) l.phrase_next = word_lists.emplace_back(std::move(next_of[e]));
      const std::string_view w = l.word;
      if (l.unit) l.as_next |= kNextUnit;
      if (l.cardinal > 0 || l.vague) l.as_next |= kNextCount;
      if (l.multiplier) l.as_next |= kNextMultiplier;
      if (l.month) l.as_next |= kNextMonth;
      if (l.weekday) l.as_next |= kNextWeekday;
      if (!l.season.empty()) l.as_next |= kNextSeason;
      if (!l.daypart.empty()) l.as_next |= kNextDaypart;
      l.as_next |= literal_next_bits(w);
      if (!l.trigger) continue;  // never a candidate: needs_next and starts_nothing unused

      const bool ends = l.unit || l.month || l.weekday || !l.season.empty() ||
                        !l.daypart.empty() || ends_phrase[e] != 0;
      bool known = l.multiplier == 0 && l.ordinal == 0 && !listed(kInner, w) &&
                   !listed(kEdgeWords, w);
      uint16_t f = 0;
      switch (l.mod) {
        case Mod::kNone: break;
        case Mod::kEvery: case Mod::kPer:  // every(): a count, a unit, a weekday ...
          f |= kNextDigit | kNextCount | kNextUnit | kNextWeekday | kNextMonth | kNextDaypart;
          break;
        case Mod::kThis: case Mod::kLast: case Mod::kNext: case Mod::kPast: case Mod::kComing:
        case Mod::kPrevious: case Mod::kFollowing: case Mod::kSame:
          // modified(): a count or a unit, month, weekday, season, daypart; "last year"
          f |= kNextDigit | kNextCount | kNextUnit | kNextMonth | kNextWeekday | kNextSeason |
               kNextDaypart;
          break;
        default:
          known = false;
      }
      // count(): twenty-five, twenty five, two hundred, a couple of; quantity(): "two
      // straight years"; spoken_year(): "nineteen eighty"
      if (l.cardinal > 0 || l.vague)
        f |= kNextUnit | kNextMultiplier | kNextHyphen | kNextFiller | kNextCount | kNextParen;
      if (w == "couple") f |= kNextOf;
      if (listed(kQuantityFillers, w)) f |= kNextUnit;
      l.follow = f;
      l.needs_next = known && !ends;
      // Grammar::parse() tries no rule here, or only quantity(), which needs a count, a
      // count word or an approximator here, or a plural unit ("for years").
      // "this difficult time": present_occasion() begins at "time" or "moment" and reads
      // the words before it.
      l.starts_nothing =
          (l.rules == 0 && !(l.ordinal >= 1 && l.ordinal <= 31) && w != "time" && w != "moment") ||
          (l.rules == kRuleQuantity && l.unit && !l.unit_plural && l.cardinal <= 0 && !l.vague &&
           l.mod == Mod::kNone && w != "more" && w != "less" && w != "at" && w != "up" &&
           w != "a" && w != "an");
      // Grammar::parse() at this word: phrase(), which needs the phrase's second word next
      // unless a phrase is this word alone; quantity() for a singular unit that no count
      // begins ("day"), whose only match here is "day-long"; and the rules parse() tries
      // whatever the word's rules: year_ago() ("the", "year"), fiscal_year() ("the", "fy",
      // "fiscal", "financial"), "this day", present_occasion() ("time", "moment"),
      // half_unit(), clock_daypart(), part_adjective(), ordinal_date(), spoken_year().
      const bool singular_unit = l.unit && !l.unit_plural && l.cardinal <= 0 && !l.vague &&
                                 l.mod == Mod::kNone && w != "more" && w != "less" && w != "at" &&
                                 w != "up" && w != "a" && w != "an";
      l.phrase_start =
          (l.rules == kRulePhrase || (l.rules == (kRulePhrase | kRuleQuantity) && singular_unit)) &&
          !one_word[e] && l.ordinal == 0 && l.cardinal <= 0 && l.daypart.empty() && w != "the" &&
          w != "year" && w != "fy" && w != "fiscal" && w != "financial" && w != "this" &&
          w != "time" && w != "moment" && w != "half";
    }
  }

  // NextBit classes of a piece by its spelling alone.
  static uint16_t literal_next_bits(std::string_view f) {
    uint16_t b = 0;
    if (f.size() > 11) return b;  // longer than any word below
    if (f == "-") b |= kNextHyphen;
    if (f == "of") b |= kNextOf;
    if (f == "(") b |= kNextParen;
    for (auto w : kQuantityFillers)
      if (f == w) b |= kNextFiller;
    for (auto w : kNumberTails)
      if (f == w) b |= kNextNumberTail;
    return b;
  }
  static uint16_t next_bits(const Pieces& p, const Piece& q) {
    if (q.kind == PieceKind::kDigit) return kNextDigit;
    if (const Lex* l = p.lex(q)) return l->as_next;
    return literal_next_bits(q.f());
  }

  // True when no expression can hold token i, a candidate whose lexicon entry is `l`
  // (nullptr for a number), given that the scan starts at token s: the token is one piece
  // and either the scan starts with it and no rule begins at it, or no expression can
  // end at it and the piece after it continues none. False whenever unsure.
  bool surely_nothing(std::string_view text, const std::vector<Token>& tokens, uint32_t i,
                      uint32_t s, uint32_t limit, const Lex* l) const {
    const Token& tok = tokens[i];
    uint16_t allowed = 0;
    bool starts_nothing = false;
    if (l) {
      starts_nothing = s == i && l->starts_nothing;
      const bool phrase_start = s == i && l->phrase_start;
      if (!starts_nothing && !phrase_start && !l->needs_next) return false;
      allowed = phrase_start ? uint16_t{kNextHyphen} : l->follow;
    } else {
      // A number of one to three digits that starts the scan: no rule ends there (years
      // have four digits, "May 23" starts before it).
      if (tok.kind != TokenKind::kNumber || i != s) return false;
      // "2024–25": the end of a range of years, after a dash token (see year_range_at()).
      if (i > 0 && tokens[i - 1].end() == tok.start && tokens[i - 1].kind == TokenKind::kPunct &&
          i > 1 && tokens[i - 2].end() == tokens[i - 1].start &&
          tokens[i - 2].kind == TokenKind::kNumber)
        return false;
      if (tok.length > 3 ||
          (tok.length == 3 && !is_digit(static_cast<unsigned char>(text[tok.start + 1]))))
        return decimal_surely_nothing(text, tokens, i, limit);
      allowed = kNextUnit | kNextMonth | kNextFiller | kNextHyphen | kNextOf | kNextNumberTail;
    }
    if (!piece_starts_at(text, tokens, i)) return false;
    // The token as one piece whose entry is `l`: known from its bytes for most candidates,
    // so that only the pieces after it are built.
    const bool one_piece = is_one_piece(text, tok, limit, l == nullptr);
    if (one_piece && starts_nothing) return true;
    Pieces p(text, one_piece ? tok.end() : tok.start, limit, flat);
    size_t k = 0;  // the piece after the token
    if (!one_piece) {
      const Piece* q = p.at(0);
      if (!q || q->end != tok.end() || p.lex(*q) != l) return false;  // not one piece
      if (starts_nothing) return true;
      k = 1;
    }
    const Piece* n = p.at(k);
    if (!n) return true;
    const uint16_t bits = next_bits(p, *n) & allowed;
    if (bits == kNextOf && !l) {
      // "8 of January": a month must follow.
      const Piece* m = p.at(k + 1);
      return !(m && p.lex(*m) && p.lex(*m)->month);
    }
    if (bits != 0) return false;
    // A count with a half: "3 and a half years", "5 1/2 hours"; a range of years before
    // Christ: "from 264 to 241 BC".
    if (!l && (n->f() == "and" || n->f() == "to" || (n->kind == PieceKind::kDigit && n->num == 1)))
      return false;
    if (l) {
      for (std::string_view w : l->phrase_next)
        if (n->f() == w) return false;
    }
    return true;
  }

  // surely_nothing() for a number token that starts the scan and is a decimal or has a
  // thousands separator, each part of one to three digits: "1.5 billion", "3,412 homes".
  // Its pieces are digits, "." or ",", digits (d1 p d2); the window parses each. At d1:
  // numeric() finds no ISO or slashed date (no four digits, no "/"), no clock ("1.50"
  // needs am or pm after d2, "1.5" after d1), no day (a month or "of" must follow d1, or a
  // list's next day after a comma: d2 has three digits), no year, decade or BC year (four
  // digits, or an "s", "bc" or "-" after d1); quantity() counts "1.5" as nothing and
  // "3,412" up to d2, so it needs what quantity() at d2 needs. At p: apostrophe_year()
  // needs an apostrophe. At d2 (no "the" or dash before it): a day, clock, BC year or
  // count that needs the piece after the token (next) to be of a class that surely_nothing()
  // allows a number, or one of "and", "to", "or", "&" (lists and ranges of days), "entire"
  // ("1.1 entire year"), digits ("5 1/2") or a mark glued to digits. So the window finds nothing
  // whenever `next` is none of these. False when the token is not so or unsure.
  bool decimal_surely_nothing(std::string_view text, const std::vector<Token>& tokens, uint32_t i,
                              uint32_t limit) const {
    const Token& tok = tokens[i];
    const uint32_t end = tok.end();
    if (end > limit || !piece_starts_at(text, tokens, i)) return false;
    const unsigned char* const b = reinterpret_cast<const unsigned char*>(text.data());
    uint32_t j = tok.start;
    while (j < end && is_digit(b[j])) ++j;
    const uint32_t d1 = j - tok.start;
    if (d1 == 0 || d1 > 3 || j == end || (b[j] != '.' && b[j] != ',')) return false;
    const bool comma = b[j] == ',';
    const uint32_t sep = j++;
    while (j < end && is_digit(b[j])) ++j;
    const uint32_t d2 = j - sep - 1;
    if (j != end || d2 == 0 || d2 > 3 || (comma && d2 != 3)) return false;
    if (!comma && d1 <= 2 && d2 == 2) return false;  // "3.41 pm": mostly a clock; not worth it
    Pieces p(text, tok.start, limit, flat);
    const Piece* q0 = p.at(0);
    const Piece* q1 = p.at(1);
    const Piece* q2 = p.at(2);
    if (!q0 || !q1 || !q2 || q0->kind != PieceKind::kDigit || q0->end != sep ||
        q1->kind != PieceKind::kPunct || q1->start != sep || q1->end != sep + 1 ||
        q2->kind != PieceKind::kDigit || q2->start != sep + 1 || q2->end != end)
      return false;
    const Piece* n = p.at(3);
    if (!n) return true;
    constexpr uint16_t kAllowed =
        kNextUnit | kNextMonth | kNextFiller | kNextHyphen | kNextOf | kNextNumberTail;
    if ((next_bits(p, *n) & kAllowed) != 0 || n->kind == PieceKind::kDigit) return false;
    // "1.5.30pm": a glued mark and digits go on with the number.
    if (const Piece* m = p.at(4); n->kind == PieceKind::kPunct && !n->space_before && m &&
                                  m->kind == PieceKind::kDigit && !m->space_before)
      return false;
    const std::string_view f = n->f();
    return f != "and" && f != "to" && f != "or" && f != "&" && f != "entire";
  }

  // True when a window that starts at `tok` makes it exactly its first piece, with the
  // entry fold_token() found for it: a word of ASCII letters (Pieces folds and looks it up
  // as fold_token() does; no possessive to strip) or a number of digits, whose run
  // (Pieces::more()) does not go on past the token. False when unsure.
  static bool is_one_piece(std::string_view text, const Token& tok, uint32_t limit, bool number) {
    const uint32_t end = tok.end();
    constexpr size_t kFoldBytes = std::tuple_size_v<decltype(Piece::fold)>;
    if (end > limit || tok.length == 0 || tok.length > kFoldBytes) return false;
    const unsigned char* const b = reinterpret_cast<const unsigned char*>(text.data());
    if (number) {
      if (tok.kind != TokenKind::kNumber) return false;
      for (uint32_t j = tok.start; j < end; ++j)
        if (!is_digit(b[j])) return false;
      return end == limit || !is_digit(b[end]);
    }
    if (tok.kind != TokenKind::kWord) return false;
    for (uint32_t j = tok.start; j < end; ++j)
      if (kRunClass[b[j]] != 1) return false;
    if (end == limit) return true;
    const uint8_t next = kRunClass[b[end]];
    return next == 0 || (next == 2 && (punct_len(text, end) > 0 || space_len(text, end) > 0));
  }

  // True when every window of pieces that holds the first byte of token i has a piece
  // that starts there (tokens and pieces split text differently; see Pieces::more()).
  static bool piece_starts_at(std::string_view text, const std::vector<Token>& tokens,
                              uint32_t i) {
    const uint32_t b = tokens[i].start;
    if (b == 0) return true;
    auto byte = [&](uint32_t p) { return static_cast<unsigned char>(text[p]); };
    const unsigned char c = byte(b - 1);
    if (c < 0x80) {
      // Letters continue a word piece, digits a number piece; a punctuation character
      // that starts two bytes back takes three.
      if (is_ascii_alpha(c) && is_ascii_alpha(byte(b))) return false;
      if (is_digit(c) && is_digit(byte(b))) return false;
      return b < 2 || byte(b - 2) != 0xE2;
    }
    // After a three-byte character E2 xx xx (dashes, quotes, spaces) that starts a piece
    // or a space: no piece or space may cover its first byte from further back.
    if (b < 3 || i == 0 || tokens[i - 1].start > b - 3) return false;
    if (byte(b - 3) != 0xE2 || byte(b - 2) < 0x80) return false;
    if (b >= 4 && (byte(b - 4) == 0xC2 || byte(b - 4) == 0xE2)) return false;
    if (b >= 5 && byte(b - 5) == 0xE2) return false;
    return true;
  }

  const Lex* find(std::string_view folded) const { return flat.find(folded); }

  // The rules that may begin at word `l` (a superset: each rule checks again). A rule not
  // listed here returns nothing at this word whatever follows; see Grammar::parse().
  static uint16_t rules_of(const Lex& l) {
    const std::string_view w = l.word;
    uint16_t r = 0;
    const bool the = w == "the";
    if (!l.phrases.empty()) r |= kRulePhrase;
    if (l.month) r |= kRuleMonth;
    if (l.weekday) r |= kRuleWeekday;
    if (the || w == "that" || w == "those" || l.mod != Mod::kNone) r |= kRuleModified;
    bool edge_word = false;
    for (auto x : {"end", "beginning", "start", "middle", "turn", "close", "rest", "remainder"})
      if (w == x) edge_word = true;
    if (the || edge_word || l.mod != Mod::kNone) r |= kRuleEdge;
    if (l.mod != Mod::kNone || w == "more" || w == "less" || w == "at" || w == "up" ||
        w == "a" || w == "an" || l.vague || l.cardinal > 0 || l.unit)
      r |= kRuleQuantity;
    if (l.mod == Mod::kEvery || l.mod == Mod::kPer) r |= kRuleEvery;
    if (l.mod == Mod::kRecent) r |= kRuleRecent;
    if (!l.season.empty()) r |= kRuleSeason;
    if (the) r |= kRuleCentury;
    return r;
  }

  static constexpr unsigned kKeyBits = TimePrefilter::kKeyBits;

  // A hash of a word's bytes with A-Z folded to a-z. Every byte is ORed with 0x20: that
  // is the fold for letters and leaves the bytes of a lower-case lexicon word as they are
  // (letters, digits, ' - . and anything >= 0xA0 that has the bit), so a token that folds
  // to a word gets the word's key. REQUIRES: 8 bytes readable at w (n < 8) or n >= 8.
  static uint32_t word_key(const char* w, size_t n) {
    constexpr uint64_t kFold = 0x2020202020202020ull;
    uint64_t v;
    std::memcpy(&v, w, sizeof v);
    v |= kFold;
    if (n < 8) {
      v &= (uint64_t{1} << (8 * n)) - 1;
    } else {
      uint64_t tail;
      std::memcpy(&tail, w + n - 8, sizeof tail);
      v ^= ((tail | kFold) << 29 | (tail | kFold) >> 35) * 0xC2B2AE3D27D4EB4Full;
    }
    return static_cast<uint32_t>(((v + n) * 0x9E3779B97F4A7C15ull) >> (64 - kKeyBits));
  }

  static size_t fast_index(const char* w) {
    uint16_t two;
    std::memcpy(&two, w, sizeof two);
    return two & 0x1F1Fu;
  }

  static size_t pair_index(const char* w, size_t n) {
    return kLetterIndex[static_cast<unsigned char>(w[0])] * size_t{27} +
           (n > 1 ? kLetterIndex[static_cast<unsigned char>(w[1])] : size_t{26});
  }
  void build_prefilter() {
    own_prefilter = std::make_unique<TimePrefilter>();
    TimePrefilter& f = *own_prefilter;
    pf_ = &f;
    for (const Lex& l : flat.entries()) {
      const std::string_view w = l.word;
      if (!w.empty() && w.size() <= 31) f.word[pair_index(w.data(), w.size())] |= 1u << w.size();
      if (!l.trigger || w.empty() || w.size() > 31) continue;
      const uint32_t bit = 1u << w.size();
      const size_t i = pair_index(w.data(), w.size());
      f.upper[i] |= bit;
      if (l.month == 0 && l.weekday == 0) f.any[i] |= bit;
      f.last[kLetterIndex[static_cast<unsigned char>(w.back())]] |= bit;
      if (w.size() >= 3) f.third[kLetterIndex[static_cast<unsigned char>(w[2])]] |= bit;
      if (w.size() >= 2 && is_ascii_alpha(static_cast<unsigned char>(w[0])) &&
          is_ascii_alpha(static_cast<unsigned char>(w[1]))) {
        f.fast[fast_index(w.data())] |= bit;
      } else {
        for (uint32_t& b : f.fast) b |= bit;
      }
      std::array<char, 40> padded{};
      std::memcpy(padded.data(), w.data(), w.size());
      const uint32_t key = word_key(padded.data(), w.size());
      f.trigger_keys[key >> 6] |= uint64_t{1} << (key & 63);
    }
    // "FY2024", "FY24": no lexicon word, so only the first stage lets them through;
    // next_candidate() checks the rest.
    for (std::string_view lead : kGluedYearLeads) {
      for (size_t digits : {2u, 4u})
        f.fast[fast_index(lead.data())] |= 1u << (lead.size() + digits);
    }
  }
  // False for most words that are no trigger; true for every word maybe_trigger() accepts.
  // REQUIRES: w[1] is readable (a token of a Document: its text ends with a NUL).
  // Words of 32 bytes or more may pass (they share a bit with n - 32).
  bool maybe_trigger_fast(const char* w, size_t n) const {
    return (pf_->fast[fast_index(w)] >> (n & 31u) & 1u) != 0;
  }
  bool maybe_word(const char* w, size_t n) const {
    if (n == 0 || n > 31) return false;
    return (pf_->word[pair_index(w, n)] & (1u << n)) != 0;
  }
  // False when the token cannot be a trigger word (it may still be one when true).
  bool maybe_trigger(const char* w, size_t n, bool upper) const {
    if (n == 0 || n > 31) return false;
    const uint32_t bit = 1u << n;
    if (((upper ? pf_->upper : pf_->any)[pair_index(w, n)] & bit) == 0) return false;
    if ((pf_->last[kLetterIndex[static_cast<unsigned char>(w[n - 1])]] & bit) == 0) return false;
    return n < 3 || (pf_->third[kLetterIndex[static_cast<unsigned char>(w[2])]] & bit) != 0;
  }
  // The scan reads a token's flags, kind and length as one word (Token::packed(); its
  // layout is tested in tokenizer_test.cc): a plain word is a kWord with neither
  // kHasHyphen nor kHasApostrophe.
  static constexpr uint32_t kPackedLengthShift = Token::kLengthShift;
  static constexpr uint32_t kPackedPlainWordMask = (7u << Token::kKindShift) | kHasHyphen | kHasApostrophe;
  static_assert(static_cast<uint32_t>(TokenKind::kWord) == 0);

  // The first token in [i, end) that may start a time, or end. Kept out of find() so
  // that the loop over most tokens stays a few instructions in registers.
  // Skips only tokens that find() would reject: symbols, URLs and other non-words;
  // punctuation but an apostrophe (’82 needs the number after it, which find() checks);
  // plain words whose bytes are no trigger word's. A word that starts with an apostrophe
  // or a non-ASCII byte (the clitic ’s) goes to find(), which strips a possessive before
  // its look-up; a plain word that starts with an ASCII letter holds no apostrophe (the
  // tokenizer flags inner ones and splits clitics off), so its bytes are the look-up's.
  [[gnu::noinline]] uint32_t next_candidate(std::string_view text, const Token* tokens, uint32_t i,
                                            uint32_t end) const {
    const char* const base = text.data();
    const size_t size = text.size();
    for (; i < end; ++i) {
      const Token& t = tokens[i];
      const char* const w = base + t.start;
      // A plain word in one test of the token's second word (see kPackedPlainWordMask).
      const uint32_t packed = t.packed();
      if ((packed & kPackedPlainWordMask) == 0) [[likely]] {
        const size_t n = packed >> kPackedLengthShift;
        if (!maybe_trigger_fast(w, n)) [[likely]]
          continue;
        const unsigned char c = static_cast<unsigned char>(w[0]);
        if (c == '\'' || c >= 0x80 || t.start + 8 > size) return i;
        const uint32_t key = word_key(w, n);
        if ((pf_->trigger_keys[key >> 6] >> (key & 63) & 1u) != 0) return i;
        if (is_digit(static_cast<unsigned char>(w[n - 1])) && glued_year_word({w, n})) return i;
        continue;
      }
      if (t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber) return i;
      if (t.kind == TokenKind::kPunct) {
        const unsigned char c = static_cast<unsigned char>(w[0]);
        if (c == '\'' || (c == 0xE2 && t.length == 3 &&
                          static_cast<unsigned char>(w[2]) == 0x99))
          return i;
      }
    }
    return end;
  }
};

}  // namespace

std::string TimeLexicon::source() const {
  using tables::flag;
  using tables::num;
  tables::TableWriter w("kTmBytes");
  std::vector<std::string_view> words;  // Phrase::words and Lex::phrase_next, in order
  std::vector<uint32_t> ids;            // Lex::phrases
  std::vector<size_t> word_offsets, id_offsets;
  for (const Phrase& p : phrases) {
    word_offsets.push_back(words.size());
    words.insert(words.end(), p.words.begin(), p.words.end());
  }
  for (const Lex& l : flat.entries()) {
    word_offsets.push_back(words.size());
    words.insert(words.end(), l.phrase_next.begin(), l.phrase_next.end());
    id_offsets.push_back(ids.size());
    ids.insert(ids.end(), l.phrases.begin(), l.phrases.end());
  }
  w.array("std::string_view", "kTmWords", std::span<const std::string_view>(words),
          [&](std::string_view x) { return w.view(x); });
  w.array("uint32_t", "kTmIds", std::span<const uint32_t>(ids), [](uint32_t x) { return num(x); });
  size_t next_word = 0, next_id = 0;
  auto word_list = [&](std::span<const std::string_view> l) {
    const size_t off = word_offsets[next_word++];
    if (l.empty()) return std::string("{}");
    return "{kTmWords.data() + " + std::to_string(off) + ", " + std::to_string(l.size()) + "}";
  };
  auto id_list = [&](std::span<const uint32_t> l) {
    const size_t off = id_offsets[next_id++];
    if (l.empty()) return std::string("{}");
    return "{kTmIds.data() + " + std::to_string(off) + ", " + std::to_string(l.size()) + "}";
  };
  auto i = [](int x) { return std::to_string(x); };
  w.array("Phrase", "kTmPhrases", phrases.span(), [&](const Phrase& p) {
    return tables::fields({word_list(p.words), tables::enum_value("TimeType", p.type),
                           w.view(p.value), flag(p.relative_day), i(p.day_offset),
                           w.view(p.day_suffix), i(p.month), i(p.day), num(p.second)});
  });
  w.array("Lex", "kTmEntries", flat.entries(), [&](const Lex& l) {
    // word_list() takes the offsets in the order source() collected them: phrase_next
    // (collected with the entry's) before the entries' phrases in id_list().
    std::string next = word_list(l.phrase_next);
    return tables::fields(
        {w.view(l.word),         i(l.month),           flag(l.month_abbr),
         i(l.weekday),           flag(l.weekday_abbr), flag(l.weekday_plural),
         w.view(l.season),       w.view(l.daypart),    "static_cast<char>(" + i(l.unit) + ")",
         flag(l.unit_plural),    i(l.cardinal),        flag(l.vague),
         i(l.multiplier),        i(l.ordinal),         tables::enum_value("Mod", l.mod),
         id_list(l.phrases),     flag(l.trigger),      num(l.rules),
         num(l.as_next),         num(l.follow),        flag(l.needs_next),
         flag(l.starts_nothing), flag(l.phrase_start), std::move(next)});
  });
  w.array("FlatLexicon::Slot", "kTmSlots", flat.slots(), [&](const FlatLexicon::Slot& x) {
    if (x.len == 0) return std::string("{}");
    return tables::fields({w.pointer({x.key, x.len}), num(x.h32), num(x.len), num(x.index)});
  });
  auto u32 = [](uint32_t x) { return num(x); };
  const TimePrefilter& f = *pf_;
  w.array("uint32_t", "kTmAny", std::span<const uint32_t>(f.any), u32);
  w.array("uint32_t", "kTmUpper", std::span<const uint32_t>(f.upper), u32);
  w.array("uint32_t", "kTmWord", std::span<const uint32_t>(f.word), u32);
  w.array("uint32_t", "kTmFast", std::span<const uint32_t>(f.fast), u32);
  w.array("uint32_t", "kTmLast", std::span<const uint32_t>(f.last), u32);
  w.array("uint32_t", "kTmThird", std::span<const uint32_t>(f.third), u32);
  w.array("uint64_t", "kTmTriggerKeys", std::span<const uint64_t>(f.trigger_keys),
          [](uint64_t x) { return tables::num64(x); });
  w.constant("TimePrefilter", "kTmPrefilter",
             "{kTmAny, kTmUpper, kTmWord, kTmFast, kTmLast, kTmThird, kTmTriggerKeys}");
  return w.source(
      "// Generated by speechscan_gen_tables (src/gen/tables_main.cc) from data/lexicon/time_*.tsv,\n"
      "// through the run-time loader TimeLexicon::load_builtin() in src/times.cc; do not edit.\n");
}

#if !SPEECHSCAN_BOOTSTRAP_TABLES
namespace {
#include "time_tables.inc"
}  // namespace

void TimeLexicon::load_generated() {
  flat = FlatLexicon(kTmEntries, kTmSlots);
  phrases = Frozen<Phrase>(kTmPhrases);
  pf_ = &kTmPrefilter;
}
#endif

struct TimeFinder::Impl : TimeLexicon {
  Impl() { tables::load_in_use(*this); }
};

namespace tables {

std::string time_source_built() { return source_built<TimeLexicon>(); }

std::string time_source_in_use() { return source_in_use<TimeLexicon>(); }

}  // namespace tables

TimeFinder::TimeFinder() : impl_(std::make_unique<Impl>()) {}
TimeFinder::~TimeFinder() = default;
TimeFinder::TimeFinder(TimeFinder&&) noexcept = default;
TimeFinder& TimeFinder::operator=(TimeFinder&&) noexcept = default;

namespace {

WordKey word_at(std::string_view text, const Token& t) { return text.substr(t.start, t.length); }

bool is_will(std::string_view w) {
  return w == "will" || w == "shall" || w == "'ll" ||
         w == "\xE2\x80\x99"
              "ll";
}

// Whether "will", "shall" or a clitic "’ll" is among the `back` tokens before token i
// (not before `first`) or the `ahead` tokens after it (not from `end` on): "we will soon
// publish", "Soon we will start".
bool will_within(std::string_view text, const std::vector<Token>& tokens, uint32_t first,
                 uint32_t end, uint32_t i, uint32_t back, uint32_t ahead) {
  for (uint32_t k = i; k > first && i - k < back; --k) {
    if (is_will(word_at(text, tokens[k - 1]))) return true;
    // "It is going to happen soon."
    if (k >= first + 2 && word_at(text, tokens[k - 1]) == "to" &&
        word_at(text, tokens[k - 2]) == "going")
      return true;
  }
  for (uint32_t k = i + 1; k < end && k - i <= ahead; ++k) {
    if (is_will(word_at(text, tokens[k]))) return true;
  }
  return false;
}

// A byte with A-Z lower-cased: one load folds it.
constexpr std::array<uint8_t, 256> kAsciiLower = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = static_cast<uint8_t>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return t;
}();

// Folds a token to lower-case ASCII into buf; strips a possessive 's / ’s. Returns the
// length, or 0 when the token is too long to be a temporal word; `h` gets the folded
// word's FlatLexicon::hash.
size_t fold_token(std::string_view w, std::array<char, 24>& buf, uint64_t& h) {
  // Both possessives end in s or S: most words are rejected by their last byte.
  if (w.size() >= 3 && (w.back() | 0x20) == 's') {
    if (w.ends_with("'s") || w.ends_with("'S"))
      w.remove_suffix(2);
    else if (w.size() >= 5 && (w.ends_with("\xE2\x80\x99s") || w.ends_with("\xE2\x80\x99S")))
      w.remove_suffix(4);
  }
  if (w.size() > buf.size()) return 0;
  uint64_t hh = 1469598103934665603ull;
  for (size_t i = 0; i < w.size(); ++i) {
    const uint8_t c = kAsciiLower[static_cast<unsigned char>(w[i])];
    buf[i] = static_cast<char>(c);
    hh = (hh ^ c) * 1099511628211ull;
  }
  h = hh;
  return w.size();
}

}  // namespace

bool DocumentSense::financial_years() {
  if (financial_ >= 0) return financial_ != 0;
  financial_ = 0;
  const size_t size = text_.size();
  auto digit_at = [&](size_t b) { return b < size && text_[b] >= '0' && text_[b] <= '9'; };
  auto number = [&](size_t b, size_t n) {
    int v = 0;
    for (size_t j = b; j < b + n; ++j) v = v * 10 + (text_[j] - '0');
    return v;
  };
  // The kinds (time_context.tsv) of the word token t, 0 for none.
  auto kind = [&](size_t t) -> uint16_t {
    if (t >= tokens_.size() || tokens_[t].kind != TokenKind::kWord) return 0;
    std::array<char, 24> buf;
    uint64_t h = 0;
    const size_t n = fold_token(text_.substr(tokens_[t].start, tokens_[t].length), buf, h);
    return n ? context_kind(std::string_view(buf.data(), n)) : 0;
  };
  auto word_is = [&](size_t t, std::string_view w) {
    return t < tokens_.size() && text_.substr(tokens_[t].start, tokens_[t].length) == w;
  };
  for (size_t t = 0; t < tokens_.size(); ++t) {
    const Token& tok = tokens_[t];
    if (tok.kind != TokenKind::kNumber || tok.start + 7 > size) continue;
    const size_t b = tok.start;
    if (!digit_at(b) || !digit_at(b + 3) || !digit_at(b + 1) || !digit_at(b + 2) || digit_at(b + 4))
      continue;
    const int y = number(b, 4);
    if (y < 1000 || y > 2199) continue;
    size_t p = b + 4;
    const bool slash = text_[p] == '/';
    if (text_[p] == '-' || slash) {
      ++p;
    } else if (text_.substr(p, 3) == "\xE2\x80\x93") {
      p += 3;
    } else {
      continue;
    }
    size_t n = 0;
    while (digit_at(p + n)) ++n;
    if (!((n == 2 && number(p, 2) == (y + 1) % 100) || (n == 4 && number(p, 4) == y + 1))) continue;
    const size_t e = p + n;
    // "2014-15-03": a longer number.
    if (e + 1 < size && (text_[e] == '-' || text_[e] == '/' || text_[e] == '.') && digit_at(e + 1))
      continue;
    size_t after = t + 1;
    while (after < tokens_.size() && tokens_[after].start < e) ++after;
    const bool cue =
        slash || (kind(t - 1) & kFiscal) != 0 || (kind(after) & kFiscal) != 0 ||
        (t >= 2 && (word_is(t - 1, "for") || word_is(t - 1, "of") || word_is(t - 1, "in")) &&
         (kind(t - 2) & kFiscal) != 0);
    if (cue) {
      financial_ = 1;
      break;
    }
  }
  return financial_ != 0;
}

namespace {

// Whether the duration that starts at token `first` gives an age its value: "the age of
// eligibility for the pension to 60 years", "at the age of 60 years", "ages from 5
// years": one of the prepositions that do, after "age" or "ages" among the eight words
// before it (no punctuation between). Read on the tokens, because the grammar's window
// reaches only three words back. "for 60 years" and "over 10 years" stay durations ("we
// will raise the pension age over 10 years").
bool age_of_clause(std::string_view text, const std::vector<Token>& tokens, uint32_t begin,
                   uint32_t first) {
  constexpr uint32_t kReach = 8;
  if (first < begin + 2) return false;
  const std::string_view prep = text.substr(tokens[first - 1].start, tokens[first - 1].length);
  if (prep != "to" && prep != "at" && prep != "from" && prep != "of") return false;
  for (uint32_t k = first - 1; k > begin && first - k <= kReach; --k) {
    const Token& t = tokens[k - 1];
    if (t.kind != TokenKind::kWord) return false;
    const std::string_view w = text.substr(t.start, t.length);
    if (w == "age" || w == "ages") return true;
  }
  return false;
}

// Whether the duration that ends before token `j` is an age's bound: "Taxpayers 65 years
// and older", "persons 60 years or over are exempt". "over", "above" and "under" only
// where no noun phrase follows ("for 10 years and over the next decade").
bool age_bound_after(std::string_view text, const std::vector<Token>& tokens, uint32_t j,
                     uint32_t end) {
  if (j + 1 >= end) return false;
  const std::string_view conj = word_at(text, tokens[j]);
  if (conj != "and" && conj != "or") return false;
  const std::string_view w = word_at(text, tokens[j + 1]);
  if (w == "older" || w == "younger" || w == "upwards") return true;
  if (w != "over" && w != "above" && w != "under") return false;
  if (j + 2 >= end || tokens[j + 2].kind != TokenKind::kWord) return true;
  const std::string_view n = word_at(text, tokens[j + 2]);
  return n != "the" && n != "a" && n != "an" && n != "this" && n != "that" && n != "these" &&
         n != "those" && n != "its" && n != "their" && n != "our" && n != "my" && n != "his" &&
         n != "her" && n != "your" && n != "next" && n != "last";
}

// A time found by the first pass: where it is, and how to compute its value.
struct Found {
  Recipe r;
  Span span;
  uint32_t sentence = 0;
  TimeType type = TimeType::kDate;
};

}  // namespace

TimeResult TimeFinder::find(const Document& doc, const std::vector<Token>& tokens,
                            const std::vector<Sentence>& sentences) const {
  TimeResult result;
  const std::string_view text = doc.text;
  const Impl& lex = *impl_;
  // The first pass finds the times and writes each one's span, sentence, type and value
  // text (a fixed value or a suffix) into result.times, the rest of its recipe into
  // `recipes`; the second resolves the values. A Found record per time, recipe and all,
  // was 104 bytes beside the 48 of its TimeExpr: the stage's peak, 0.65 bytes per input
  // byte on a 64 MB corpus, where these two arrays take 0.3.
  // Room for a time per sixteen tokens (speeches have about one per hundred) in one
  // block each: reserved pages that are never written cost no memory. Growing by doubling
  // left the abandoned buffers resident, and so did many small blocks that later stages
  // could not reuse: 0.48 and 0.18 bytes per input byte of peak memory on a 64 MB corpus.
  std::vector<TimeExpr>& found = result.times;
  ScratchVector<RecipeCore> recipes;
  DocumentSense sense(text, tokens);
  found.reserve(std::max<size_t>(64, tokens.size() / 16));
  recipes.reserve(found.capacity());

  for (uint32_t si = 0; si < sentences.size(); ++si) {
    const Sentence& sent = sentences[si];
    uint32_t i = sent.first_token;
    uint32_t free_from = sent.first_token;  // tokens before this belong to a found time
    uint32_t min_byte = 0;                  // the last found time ends here
    while (true) {
      // Most tokens are plain words that cannot start a time: one look-up rejects them.
      i = lex.next_candidate(text, tokens.data(), i, sent.end_token);
      if (i >= sent.end_token) break;
      const Token& tok = tokens[i];
      bool candidate = false;
      const Lex* cand_lex = nullptr;  // the candidate's entry when it is a trigger word
      if (tok.kind == TokenKind::kNumber) {
        // Money and percentages are no times: "$23", "20%", "£5" (0xA3 ends the pound sign).
        const unsigned char before =
            tok.start > 0 ? static_cast<unsigned char>(text[tok.start - 1]) : ' ';
        const unsigned char after =
            tok.end() < text.size() ? static_cast<unsigned char>(text[tok.end()]) : ' ';
        candidate = before != '$' && after != '%' && before != 0xA3;
      } else if (tok.kind == TokenKind::kWord &&
                 ((tok.flags & (kHasHyphen | kHasApostrophe)) != 0 ||
                  lex.maybe_trigger(text.data() + tok.start, tok.end() - tok.start,
                                    tok.has(kUpperInitial)))) {
        std::array<char, 24> buf;
        std::string_view w = text.substr(tok.start, tok.end() - tok.start);
        uint64_t h = 0;
        size_t n = fold_token(w, buf, h);
        if (n > 0) {
          std::string_view f(buf.data(), n);
          const Lex* l = lex.flat.find(f, h);
          if (l && l->trigger) {
            candidate = true;
            cand_lex = l;
          } else if (tok.has(kHasHyphen) || f.find('-') != std::string_view::npos) {
            // "mid-2007", "five-year", "long-term", "mid-September"
            size_t dash = f.find('-');
            if (dash != std::string_view::npos) {
              const Lex* a = lex.find(f.substr(0, dash));
              const Lex* b = lex.find(f.substr(dash + 1));
              unsigned char c1 = dash + 1 < f.size() ? static_cast<unsigned char>(f[dash + 1]) : 0;
              candidate = (a != nullptr) || (b && b->trigger) || is_digit(c1);
            }
          }
        }
      } else if (tok.kind == TokenKind::kPunct && i + 1 < sent.end_token &&
                 tokens[i + 1].kind == TokenKind::kNumber && tokens[i + 1].start == tok.end()) {
        std::string_view w = text.substr(tok.start, tok.end() - tok.start);
        candidate = w == "'" || w == "\xE2\x80\x99";  // '82
      }
      if (!candidate && tok.kind == TokenKind::kWord)
        candidate = glued_year_word(text.substr(tok.start, tok.length));  // "FY2024"
      if (!candidate) {
        ++i;
        continue;
      }
      // Walk back over words that may lead the expression, at most five: "the first half
      // of next year" from "year" ("first" and "next" start no scan).
      uint32_t s = i;
      while (s > free_from && i - s < 5) {
        const Token& p = tokens[s - 1];
        if (p.kind != TokenKind::kWord) break;
        if (!p.has(kHasApostrophe) && !lex.maybe_word(text.data() + p.start, p.end() - p.start))
          break;
        std::array<char, 24> buf;
        uint64_t h = 0;
        size_t n = fold_token(text.substr(p.start, p.end() - p.start), buf, h);
        const Lex* l = n ? lex.flat.find(std::string_view(buf.data(), n), h) : nullptr;
        if (!l) break;
        --s;
      }
      // "the critical weeks ahead": "the" and an adjective before plural units lead them
      // too (see modified()).
      if (s == i && cand_lex && cand_lex->unit_plural && s >= free_from + 2 &&
          tokens[s - 1].kind == TokenKind::kWord && !tokens[s - 1].has(kUpperInitial) &&
          (text.substr(tokens[s - 2].start, tokens[s - 2].length) == "the" ||
           text.substr(tokens[s - 2].start, tokens[s - 2].length) == "The"))
        s -= 2;
      const uint32_t limit = sent.span.end;
      if ((cand_lex || tok.kind == TokenKind::kNumber) &&
          lex.surely_nothing(text, tokens, i, s, limit, cand_lex)) {
        ++i;
        continue;
      }
      // Window: from three tokens before s (left context: "Year of Assessment 2020") to
      // the sentence end, capped.
      const uint32_t ctx = s >= sent.first_token + 3 ? s - 3 : sent.first_token;
      Pieces pieces(text, tokens[ctx].start, limit, lex.flat);
      Grammar g(pieces, lex.phrases.span(), &sense);
      std::optional<Match> best;
      for (size_t k = pieces.index_at(std::max(tokens[s].start, min_byte));; ++k) {
        const Piece* q = pieces.at(k);
        if (!q || q->start >= tokens[i].end()) break;
        std::optional<Match> m = g.parse(k);
        if (m && pieces.at(m->end - 1)->end > tokens[i].start) {
          best = std::move(m);
          break;
        }
      }
      if (!best) {
        ++i;
        continue;
      }
      Found f;
      f.span = Span{pieces.at(best->begin)->start, pieces.at(best->end - 1)->end};
      f.sentence = si;
      f.type = best->type;
      f.r = std::move(best->r);
      // Skip past the expression; a token it ends inside ("31 May-1 June") is scanned again
      // from where the expression ends.
      uint32_t j = i;
      while (j < sent.end_token && tokens[j].start < f.span.end) ++j;
      uint32_t next = j;
      if (j > i && tokens[j - 1].end() > f.span.end) next = j - 1;
      min_byte = f.span.end;
      // The first token of the expression, for the tense.
      uint32_t ft = s;
      while (ft < j && tokens[ft].end() <= f.span.start) ++ft;
      // "soon" and "shortly" only in a will-clause: "we will soon publish", "details will
      // be provided shortly" (a history's "soon became", "would shortly become" is left
      // alone, as the TimeML sets do).
      // Nor inside a word: "the soon-to-open terminal".
      if (const WordKey st = text.substr(f.span.start, f.span.end - f.span.start);
          (st == "soon" || st == "shortly" || st == "Soon" || st == "Shortly") && ft < j &&
          (tokens[ft].length != st.size() ||
           !will_within(text, tokens, sent.first_token, sent.end_token, ft, 6, 3))) {
        i = j;
        continue;
      }
      // "hereafter" and "henceforth" after "will" only ("the rate will hereafter be
      // reduced"): "would henceforth act as an advisor" is a history's, "Hereafter, they
      // will be referred to as" a text's own reference.
      if (const std::string_view st = text.substr(f.span.start, f.span.end - f.span.start);
          st.size() == 9 || st.size() == 10) {
        std::array<char, 24> buf;
        uint64_t h = 0;
        const std::string_view w(buf.data(), fold_token(st, buf, h));
        if ((w == "hereafter" || w == "henceforth") &&
            !will_within(text, tokens, sent.first_token, sent.end_token, ft, 6, 0)) {
          i = j;
          continue;
        }
      }
      // "as I mentioned just now": a moment ago, after a past verb ("I am busy just now" is
      // the present). Only the words before it are read: "As I said just now, we will act".
      if (ft > sent.first_token && ft < j && f.r.kind == RecipeKind::kFixed &&
          f.r.value == "PRESENT_REF" && word_at(text, tokens[ft]).size() == 3 &&
          (word_at(text, tokens[ft]) == "now" || word_at(text, tokens[ft]) == "Now") &&
          f.span.start == tokens[ft].start) {
        const std::string_view just = word_at(text, tokens[ft - 1]);
        if ((just == "just" || just == "Just") &&
            tense::nearest_tense(text, tokens, sent.first_token, ft - 1, f.span.start,
                                 Tense::kPresent) == Tense::kPast) {
          f.span.start = tokens[ft - 1].start;
          f.r.value = "PAST_REF";
        }
      }
      // "this past year", "these last three months", "those past two weeks": the
      // demonstrative belongs to the stretch of time (its value stays the duration's).
      if (f.type == TimeType::kDuration && ft > sent.first_token && ft < j &&
          f.span.start == tokens[ft].start && tokens[ft - 1].kind == TokenKind::kWord) {
        const std::string_view w = word_at(text, tokens[ft]);
        if (w == "past" || w == "last") {
          const std::string_view d = word_at(text, tokens[ft - 1]);
          if (d == "this" || d == "these" || d == "those" || d == "This" || d == "These" ||
              d == "Those")
            f.span.start = tokens[ft - 1].start;
        }
      }
      if (f.type == TimeType::kDuration && ft < j &&
          (age_of_clause(text, tokens, sent.first_token, ft) ||
           age_bound_after(text, tokens, j, sent.end_token))) {
        i = j;
        continue;
      }
      // A time that ends inside a token (the "Today" of "Today’s") is fine; one that
      // starts inside a word is not.
      if (!found.empty() && found.back().span.end > f.span.start) {
        i = j > i ? j : i + 1;
        continue;
      }
      // "the next day" (the next week) in a past clause: see find()'s resolution.
      if (f.r.weekend_told || (f.r.kind == RecipeKind::kAnaphoric && f.r.offset > 0 &&
                               (f.r.unit == 'D' || f.r.unit == 'W'))) {
        f.r.tense = tense::nearest_tense(text, tokens, sent.first_token, sent.end_token,
                                         f.span.start, Tense::kPresent);
      }
      if (f.r.kind == RecipeKind::kPartial ||
          (f.r.kind == RecipeKind::kDeictic && f.r.future_only)) {
        f.r.tense = tense::nearest_tense(text, tokens, sent.first_token, sent.end_token,
                                         f.span.start, Tense::kPresent);
        // "closed until Friday": "closed" says nothing about which Friday; take the nearest.
        if (ft > sent.first_token) {
          std::string_view p = text.substr(tokens[ft - 1].start, tokens[ft - 1].end() - tokens[ft - 1].start);
          // A month or date after "until" lies ahead unless the clause is past: "the plan
          // runs until the end of March", said in September, means next March.
          if (tense::is_endpoint(p)) {
            if (f.r.weekday == 0 && f.r.tense != Tense::kPast)
              f.r.ahead = true;
            else
              f.r.tense = Tense::kPresent;
          } else if (tense::is_ahead(p)) {
            // "declared a dividend payable Dec. 7": the clause's past is the declaring.
            f.r.ahead = true;
          } else if (p == "as" && ft >= sent.first_token + 2 &&
                     word_at(text, tokens[ft - 2]) == "soon") {
            // "might come as soon as Tuesday": the earliest such day ahead.
            f.r.ahead = true;
          }
          // "the bid was extended to Nov. 16", "extended the offer until Friday", "pushed
          // back to May": the new date lies ahead of the moving.
          if ((p == "to" || tense::is_endpoint(p)) &&
              moved_before(text, tokens, sent.first_token, ft - 1))
            f.r.ahead = true;
        }
        // "the October 7 attacks", "the March 3 bombing": a date that names a violent event
        // or disaster names one that has happened.
        if (f.r.kind == RecipeKind::kPartial && j < sent.end_token &&
            tokens[j].kind == TokenKind::kWord && tokens[j].start >= f.span.end) {
          const std::string_view noun = text.substr(tokens[j].start, tokens[j].length);
          const uint16_t kind = context_kind(noun);
          if ((kind & kHappened) != 0) f.r.tense = Tense::kPast;
          // "past the Nov. 1 deadline": a date set ahead (a weekday only outside a past
          // clause: "tendered by the Tuesday deadline").
          if ((kind & kDeadline) != 0 && (f.r.weekday == 0 || f.r.tense != Tense::kPast))
            f.r.ahead = true;
        }
        // "the horrors of October 7th", "the attacks of September 11": the same noun before
        // "of" and the date.
        if (f.r.kind == RecipeKind::kPartial && ft < j && ft >= sent.first_token + 2 &&
            tokens[ft].start == f.span.start && tokens[ft - 2].kind == TokenKind::kWord &&
            word_at(text, tokens[ft - 1]) == "of" &&
            (context_kind(word_at(text, tokens[ft - 2])) & kHappened) != 0)
          f.r.tense = Tense::kPast;
      }
      TimeExpr& t = found.emplace_back();
      t.span = f.span;
      t.sentence = f.sentence;
      t.type = f.type;
      t.value = std::move(f.r.value);
      recipes.push_back(f.r);
      i = next > i ? next : (next == i && j > i ? i : i + 1);
      free_from = i;
    }
  }

  // Second pass: resolve in text order.
  const std::optional<Date>& dct = doc.date;
  bool narrative = false;
  if (dct) {
    int far = 0, near = 0;
    for (size_t k = 0; k < found.size(); ++k) {
      if (recipes[k].kind != RecipeKind::kFixed || found[k].value.size() < 4) continue;
      Reference r;
      if (!parse_value_date(found[k].value, r)) continue;
      // A history is told of the past: years ahead of the document (targets such as
      // "by 2030", maturities) make no narrative, and neither does a speech that names a
      // few of them beside one old year.
      if (r.year < dct->year - 2)
        ++far;
      else if (r.year <= dct->year + 2)
        ++near;
    }
    narrative = far >= 3 && far > 2 * near;
  }
  Reference ref;
  uint32_t ref_sentence = 0;
  // The last date told that is not the speech's own day: "N years later" counts from it,
  // never from the present ("in 1999 ... Today, 25 years later" is 2024, not today + 25).
  Reference told;
  uint32_t told_sentence = 0;
  Reference day_told;  // the last date told that names a day
  uint32_t day_told_sentence = 0;
  bool ref_year = false;  // `ref` is a year alone ("2011"; not a season, "2011-SU")
  size_t dropped = 0;
  std::optional<Date> last_day;  // the day the time before named, if a weekday's
  Reference quarter;  // the last quarter or half told ("the third quarter")
  uint32_t quarter_sentence = 0;
  std::optional<Span> first_unanchored;
  for (size_t k = 0; k < found.size(); ++k) {
    TimeExpr& f = found[k];
    Recipe r;
    static_cast<RecipeCore&>(r) = recipes[k];
    r.value = std::move(f.value);
    std::string value;
    bool drop = false;
    // The quarter or half-year told at most `within` sentences before this time: the one
    // just told, else the last one.
    auto part_told = [&](uint32_t within) -> const Reference* {
      if (ref.part != 0 && f.sentence <= ref_sentence + within) return &ref;
      if (quarter.has && f.sentence <= quarter_sentence + within) return &quarter;
      return nullptr;
    };
    switch (r.kind) {
      case RecipeKind::kFixed:
        value = std::move(r.value);  // the recipe is not read for it again
        break;
      case RecipeKind::kDeictic:
        if (r.future_only) {
          // "in three weeks": a future date only in a clause about the future
          if (r.tense != Tense::kFuture && !(r.ahead && r.tense != Tense::kPast)) {
            f.type = TimeType::kDuration;
            value = duration_value(r.unit, r.offset);
            break;
          }
        }
        // "third-quarter net rose from $5 million a year ago": the quarter (half-year)
        // told, a year before; "the year-ago quarter" further from it.
        if (const Reference* q =
                r.keeps_part ? part_told(r.compared ? kPartToldSentences : 3) : nullptr;
            dct && q && q->year == dct->year) {
          value = quarter_value(q->year + r.offset, q->part, q->quarter);
          break;
        }
        // "said over the weekend" on a weekday: the weekend before it; so is "the images
        // from the weekend are being manipulated" on a Monday or Tuesday (the next one is
        // days away and the clause does not look ahead).
        if (dct && r.weekend_told &&
            ((r.tense == Tense::kPast && iso_weekday(*dct) <= 5) ||
             (r.tense == Tense::kPresent && iso_weekday(*dct) <= 2))) {
          value = format_unit(shift(*dct, 'K', -1), 'K', r.value);
          break;
        }
        if (dct) value = format_unit(shift(*dct, r.unit, r.offset), r.same_day ? 'D' : r.unit, r.value);
        else value = unresolved(r.same_day ? 'D' : r.unit, r.value);
        break;
      case RecipeKind::kAnaphoric: {
        if (r.part_told) {
          // "the quarter" is the last quarter told, other times told since or not ("a
          // third-quarter loss ... next year ... losses for the quarter"), if it was told
          // a few sentences before; with none, the word is no time.
          if (const Reference* q = part_told(kPartToldSentences); q && q->part == 'Q')
            value = quarter_value(q->year, 'Q', q->quarter);
          else
            drop = true;
          break;
        }
        std::optional<Date> base;
        // "the same quarter": the quarter told (its year moved back for "last year").
        if (r.unit == 'Q' && r.offset == 0 && ref.part == 'Q' &&
            (narrative || !dct || (r.strong && f.sentence <= ref_sentence + 3))) {
          value = quarter_value(ref.year - (r.year_back ? 1 : 0), 'Q', ref.quarter);
          break;
        }
        const Reference& from = r.from_told ? told : ref;
        const uint32_t from_sentence = r.from_told ? told_sentence : ref_sentence;
        // "grew by 4.9% in 2011, within the range we had expected at the start of the
        // year": the year just named in the same sentence, not the speech's.
        const bool year_named =
            r.unit == 'Y' && r.offset == 0 && !r.away && ref_year && f.sentence == ref_sentence;
        if (from.has &&
            (narrative || !dct || year_named || (r.strong && f.sentence <= from_sentence + 3))) {
          // "profit rose in the third quarter from $5 million a year earlier": a year
          // before the quarter (half-year) just told is that quarter of the year before.
          if (const Reference* q = r.keeps_part ? part_told(3) : nullptr) {
            value = quarter_value(q->year + r.offset, q->part, q->quarter);
            break;
          }
          base = Date{from.year, from.month ? from.month : 1, from.day ? from.day : 1};
          if ((r.unit == 'D' && !from.day) || (r.unit == 'M' && !from.month)) base.reset();
          if (from.week && r.unit != 'W') base.reset();  // a week told dates no day nor month
        }
        // "The attacks of October 7 on civilians last year were condemned, but the terror
        // unleashed since that day ...": "that day" is the last day told, in its sentence or
        // the one before, past a year or month told after it.
        if (!base && r.away && r.unit == 'D' && r.offset == 0 && day_told.has &&
            f.sentence <= day_told_sentence + 1)
          base = Date{day_told.year, day_told.month, day_told.day};
        // "the money was in their account the next day": in a past clause the day after
        // the speech's is no date; with no day told it stays unresolved.
        if (!base && dct && !r.away &&
            !(r.tense == Tense::kPast && r.offset > 0 && (r.unit == 'D' || r.unit == 'W')))
          base = *dct;
        if (base && r.year_back) base = shift(*base, 'Y', -1);
        if (base) value = format_unit(shift(*base, r.unit, r.offset), r.unit, r.value);
        else value = unresolved(r.unit, r.value);
        break;
      }
      case RecipeKind::kPartial: {
        std::optional<Date> base;
        // "next Friday and Saturday": a bare weekday joined to the day just told is the
        // first such weekday after it.
        if (r.weekday && r.mod == Mod::kNone && k > 0 && last_day &&
            found[k - 1].span.end <= f.span.start) {
          const std::string_view between =
              doc.text.substr(found[k - 1].span.end, f.span.start - found[k - 1].span.end);
          // Later in the same week only: "Friday, Thursday" is no pair.
          const int ahead = r.weekday - iso_weekday(*last_day);
          if ((between == " and " || between == " or ") && ahead > 0) {
            value = format_iso_date(add_days(*last_day, ahead)) + r.value;
            break;
          }
        }
        // "on March 15, five years ago": the month and day of the year the count of years
        // back names (was the March before the speech).
        if (dct && r.month && r.day > 0 && !r.weekday && r.mod == Mod::kNone &&
            k + 1 < found.size() && recipes[k + 1].kind == RecipeKind::kDeictic &&
            recipes[k + 1].unit == 'Y' && recipes[k + 1].offset < 0 &&
            found[k].span.end + 2 == found[k + 1].span.start &&
            doc.text.substr(found[k].span.end, 2) == ", ") {
          Recipe same = r;
          same.mod = Mod::kThis;
          same.tense = Tense::kPresent;
          value = resolve_partial(same, Date{dct->year + recipes[k + 1].offset, r.month, 1});
          break;
        }
        // "this May", "last May": the speech's own, also in a narrative.
        // ("the next spring" in a history is the spring after the one just told.)
        // A history is told of the past: a date after the speech's (a bond's maturity)
        // is no narrative's time.
        if (narrative && ref.has && !r.has_year_offset && r.mod != Mod::kThis &&
            r.mod != Mod::kLast && !(dct && ref.year > dct->year)) {
          // A week told gives its year only.
          const int month = ref.week ? 0 : ref.month, day = ref.week ? 0 : ref.day;
          base = Date{ref.year, month ? month : 6, day ? day : 15};
          if (r.weekday && !day) base.reset();
          if (base && !r.weekday && r.season.empty()) {
            // A month or quarter in a narrative belongs to the narrative's year.
            Recipe same = r;
            same.mod = Mod::kThis;
            same.tense = Tense::kPresent;  // the narrative's year, whatever the verb
            value = resolve_partial(same, *base);
            break;
          }
        }
        if (!base && dct) base = *dct;
        if (base) value = resolve_partial(r, *base);
        else value = partial_unresolved(r);
        break;
      }
    }
    if (value.find('X') != std::string::npos && r.kind != RecipeKind::kFixed &&
        !first_unanchored && !dct)
      first_unanchored = f.span;
    // The narrative's last date: any calendar value but a duration's or a set's ("the
    // night of 30 January 1965" is a time on a given day).
    if (r.kind != RecipeKind::kFixed || f.type == TimeType::kDate || f.type == TimeType::kTime) {
      if (is_calendar_value(value) && f.type != TimeType::kDuration) {
        Reference nr;
        // A year-ago value compared with the period told does not replace it.
        if (!r.keeps_part && parse_value_date(value, nr)) {
          ref = nr;
          ref_sentence = f.sentence;
          ref_year = value.size() == 4;
          if (!dct || nr.year != dct->year || nr.month != dct->month || nr.day != dct->day) {
            told = nr;
            told_sentence = f.sentence;
          }
          if (nr.part != 0) {
            quarter = nr;
            quarter_sentence = f.sentence;
          }
          if (nr.day != 0 && !nr.week) {
            day_told = nr;
            day_told_sentence = f.sentence;
          }
        }
      }
    }
    // The day this time names, for a weekday joined to it ("next Friday and Saturday").
    last_day.reset();
    if (r.weekday && value.size() >= 10) {
      Reference day;
      if (parse_value_date(value, day) && day.day != 0 && !day.week)
        last_day = Date{day.year, day.month, day.day};
    }
    f.value = std::move(value);
    if (drop) {
      f.span = Span{};  // removed below
      ++dropped;
    }
  }
  if (dropped != 0) {
    std::erase_if(found, [](const TimeExpr& t) { return t.span.end == 0; });
  }
  if (first_unanchored) {
    Diagnostic d;
    d.severity = Severity::kWarning;
    d.code = "unanchored-time";
    d.message = "relative time expressions cannot be resolved: no document date (use --date)";
    d.span = first_unanchored;
    result.diagnostics.push_back(std::move(d));
  }
  return result;
}

bool names_instrument(std::string_view word) { return (context_kind(word) & kInstrument) != 0; }

}  // namespace speechscan
