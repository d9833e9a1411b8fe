#include "speechscan/document.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unordered_map>

#include "speechscan/data.h"
#include "speechscan/unicode.h"

namespace speechscan {

const char* severity_name(Severity s) {
  switch (s) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kNote: return "note";
  }
  return "note";
}

const char* date_source_name(DateSource s) {
  switch (s) {
    case DateSource::kNone: return "none";
    case DateSource::kDateline: return "dateline";
    case DateSource::kOption: return "option";
  }
  return "none";
}

namespace {

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : kDays[static_cast<size_t>(m - 1)];
}

bool valid_date(int y, int m, int d) {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

}  // namespace

std::optional<Date> parse_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int v[3] = {0, 0, 0};
  const size_t starts[3] = {0, 5, 8};
  const size_t lens[3] = {4, 2, 2};
  for (int k = 0; k < 3; ++k) {
    for (size_t i = 0; i < lens[k]; ++i) {
      char c = s[starts[k] + i];
      if (c < '0' || c > '9') return std::nullopt;
      v[k] = v[k] * 10 + (c - '0');
    }
  }
  if (!valid_date(v[0], v[1], v[2])) return std::nullopt;
  return Date{v[0], v[1], v[2]};
}

std::string format_iso_date(const Date& d) {
  return fmt::format("{:04d}-{:02d}-{:02d}", d.year, d.month, d.day);
}

// ---------------------------------------------------------------------------------------
// LineIndex

namespace {

// Code points in bytes [from, to) of p: bytes that are not UTF-8 continuation bytes,
// counted eight at a time.
uint32_t count_code_points(const char* p, size_t from, size_t to) {
  uint32_t cps = 0;
  size_t i = from;
  for (; i + 8 <= to; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    // A continuation byte is 10xxxxxx: bit 7 set and bit 6 clear.
    uint64_t cont = w & ~(w << 1) & 0x8080808080808080ull;
    // Sum the eight 0/1 flags with one multiply (no popcount instruction needed).
    cps += 8 - static_cast<uint32_t>(((cont >> 7) * 0x0101010101010101ull) >> 56);
  }
  for (; i < to; ++i) cps += (static_cast<unsigned char>(p[i]) & 0xC0) != 0x80;
  return cps;
}

// Code points in bytes [from, to) of text, where wide[b] has bit k set when the 8-byte
// word k of 256-byte block b holds a byte >= 0x80 (LineIndex::wide_words_): the bytes
// less the continuation bytes, which only the flagged words that overlap the range can
// hold. For a short range: a loop over its blocks and flagged words.
uint32_t code_points_between(std::string_view text, const uint32_t* wide, uint32_t from,
                             uint32_t to) {
  uint32_t cps = to - from;
  if (from >= to) return 0;
  const uint32_t first_word = from / 8, last_word = (to - 1) / 8;  // words overlapping
  const uint32_t first_block = first_word / 32, last_block = last_word / 32;
  for (uint32_t b = first_block; b <= last_block; ++b) {
    uint32_t m = wide[b];
    if (m == 0) continue;  // an ASCII block
    if (b == first_block) m &= ~0u << (first_word % 32);
    if (b == last_block) m &= ~0u >> (31 - last_word % 32);
    while (m != 0) {
      const uint32_t at = b * 256 + 8 * static_cast<uint32_t>(std::countr_zero(m));
      m &= m - 1;
      const uint32_t lo = std::max(at, from), hi = std::min(at + 8, to);
      if (at + 8 <= text.size()) {
        uint64_t w;
        std::memcpy(&w, text.data() + at, 8);
        // Only the word's bytes in [lo, hi), then its continuation bytes (10xxxxxx)
        // summed with one multiply.
        const uint64_t keep =
            (~0ull << (8 * (lo - at))) & (hi - at == 8 ? ~0ull : (1ull << (8 * (hi - at))) - 1);
        const uint64_t cont = w & ~(w << 1) & 0x8080808080808080ull & keep;
        cps -= static_cast<uint32_t>(((cont >> 7) * 0x0101010101010101ull) >> 56);
      } else {
        for (uint32_t i = lo; i < hi; ++i)
          cps -= (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80;
      }
    }
  }
  return cps;
}

}  // namespace

LineIndex::LineIndex(std::string_view text) {
  starts_.reserve(text.size() / 40 + 1);
  starts_.push_back(0);
  const char* p = text.data();
  const size_t n = text.size();
  if (std::memchr(p, '\r', n) == nullptr) {
    // The common case, \n only: memchr finds each line end.
    const char* q = p;
    const char* const e = p + n;
    while ((q = static_cast<const char*>(std::memchr(q, '\n', static_cast<size_t>(e - q)))) != nullptr) {
      ++q;
      starts_.push_back(static_cast<uint32_t>(q - p));
    }
  } else {
    bool saw_lf = false, saw_crlf = false, saw_cr = false;
    for (size_t i = 0; i < n; ++i) {
      char c = p[i];
      if (c == '\n') {
        saw_lf = true;
        starts_.push_back(static_cast<uint32_t>(i + 1));
      } else if (c == '\r') {
        if (i + 1 < n && p[i + 1] == '\n') {
          saw_crlf = true;
          ++i;
        } else {
          saw_cr = true;
        }
        starts_.push_back(static_cast<uint32_t>(i + 1));
      }
    }
    mixed_ = (saw_lf + saw_crlf + saw_cr) > 1;
  }
  // Code points before each 256-byte block, then the total; and which of a block's 8-byte
  // words hold a byte that is not ASCII.
  blocks_.reserve(n / 256 + 2);
  wide_words_.reserve(n / 256 + 1);
  uint32_t cps = 0;
  for (size_t b = 0; b < n; b += 256) {
    blocks_.push_back(cps);
    const size_t e = std::min(n, b + 256);
    uint32_t wide = 0;
    auto block_cps = static_cast<uint32_t>(e - b);  // less the continuation bytes
    size_t i = b;
    for (; i + 8 <= e; i += 8) {
      uint64_t w;
      std::memcpy(&w, p + i, 8);
      if (!(w & 0x8080808080808080ull)) continue;
      wide |= 1u << ((i - b) / 8);
      const uint64_t cont = w & ~(w << 1) & 0x8080808080808080ull;
      block_cps -= static_cast<uint32_t>(((cont >> 7) * 0x0101010101010101ull) >> 56);
    }
    for (size_t k = i; k < e; ++k) {
      const auto c = static_cast<unsigned char>(p[k]);
      if (c >= 0x80) wide |= 1u << ((i - b) / 8);
      block_cps -= (c & 0xC0) == 0x80;
    }
    wide_words_.push_back(wide);
    cps += block_cps;
  }
  blocks_.push_back(cps);
}

uint32_t LineIndex::code_points_before(std::string_view text, uint32_t offset) const {
  size_t end = std::min<size_t>(offset, text.size());
  if (blocks_.size() < 2) return count_code_points(text.data(), 0, end);
  // The offset's distance from its block's start, less the continuation bytes of the
  // block's words before it that are not all ASCII (most words of most transcripts are).
  size_t block = std::min(end / 256, blocks_.size() - 2);
  size_t block_start = block * 256;
  const auto rel = static_cast<uint32_t>(end - block_start);  // <= 256
  uint32_t cps = blocks_[block] + rel;
  const uint32_t whole = rel / 8;
  uint64_t wide = wide_words_[block] & ((uint64_t{1} << whole) - 1);
  while (wide != 0) {
    const size_t at = block_start + 8 * static_cast<size_t>(std::countr_zero(wide));
    wide &= wide - 1;
    uint64_t w;
    std::memcpy(&w, text.data() + at, 8);
    // Continuation bytes (10xxxxxx) of the word, summed with one multiply.
    const uint64_t cont = w & ~(w << 1) & 0x8080808080808080ull;
    cps -= static_cast<uint32_t>(((cont >> 7) * 0x0101010101010101ull) >> 56);
  }
  if (whole < 32 && (wide_words_[block] >> whole & 1u)) {
    for (size_t i = block_start + 8 * whole; i < end; ++i) {
      cps -= (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80;
    }
  }
  return cps;
}

LineIndex::Position LineIndex::locate(std::string_view text, uint32_t offset) const {
  if (starts_.empty()) return {1, offset + 1};
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  return column_in(text, static_cast<uint32_t>(it - starts_.begin()), offset);  // line >= 1
}

LineIndex::Position LineIndex::locate(std::string_view text, uint32_t offset, uint32_t& hint) const {
  const auto lines = static_cast<uint32_t>(starts_.size());
  if (lines == 0) return {1, offset + 1};
  uint32_t line = hint;
  if (line >= 1 && line <= lines && starts_[line - 1] <= offset) {
    // At most four lines forward; farther, or backward, the binary search.
    for (int step = 0; step < 4 && line < lines && starts_[line] <= offset; ++step) ++line;
    if (line < lines && starts_[line] <= offset) line = 0;
  } else {
    line = 0;
  }
  if (line == 0) {
    auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
    line = static_cast<uint32_t>(it - starts_.begin());
  }
  hint = line;
  return column_in(text, line, offset);
}

// REQUIRES: 1 <= line <= line_count(), offset inside that line (or past the text's end).
LineIndex::Position LineIndex::column_in(std::string_view text, uint32_t line, uint32_t offset) const {
  uint32_t start = starts_[line - 1];
  if (offset > text.size()) offset = static_cast<uint32_t>(text.size());
  // Most offsets are within a few blocks of their line's start: the column counts the
  // code points between, reading only the 8-byte words there that hold a byte >= 0x80
  // (none on most lines). Testing whole blocks sent a third of a report's offsets, on
  // ASCII lines near a curly quote, to two code_points_before() calls.
  if (!wide_words_.empty() && offset >= start && offset - start <= 1024) {
    return {line, 1 + code_points_between(text, wide_words_.data(), start, offset)};
  }
  return {line, 1 + code_points_before(text, offset) - code_points_before(text, start)};
}

// ---------------------------------------------------------------------------------------
// Dateline

namespace {

struct DatelineTables {
  std::unordered_map<std::string_view, int> months;
  std::vector<std::string_view> markers;  // lower case, may hold spaces
  std::vector<std::string_view> weekdays;
  std::vector<std::string_view> notes;  // stage notes after the date, lower case

  DatelineTables() {
    data::for_each_tsv_row(data::get("lexicon/dateline.tsv"), [&](auto f, int) {
      if (f.size() >= 3 && f[0] == "month") {
        months.emplace(f[1], std::atoi(std::string(f[2]).c_str()));
      } else if (f.size() >= 2 && f[0] == "marker") {
        markers.push_back(f[1]);
      } else if (f.size() >= 2 && f[0] == "weekday") {
        weekdays.push_back(f[1]);
      } else if (f.size() >= 2 && f[0] == "note") {
        notes.push_back(f[1]);
      }
    });
    // Longest markers first so that "delivered on" wins over "delivered".
    std::sort(markers.begin(), markers.end(),
              [](std::string_view a, std::string_view b) { return a.size() > b.size(); });
  }
};

const DatelineTables& dateline_tables() {
  static const DatelineTables tables;
  return tables;
}

// A piece of a line for date matching.
struct Piece {
  enum Kind : uint8_t { kWord, kNumber, kOther } kind;
  uint32_t start, end;  // offsets within the line
};

std::vector<Piece> pieces_of(std::string_view line) {
  std::vector<Piece> out;
  size_t i = 0;
  while (i < line.size()) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    if (c == ' ' || c == '\t' || c == ',' ) {
      ++i;
      continue;
    }
    size_t j = i;
    Piece::Kind kind;
    if (c >= '0' && c <= '9') {
      while (j < line.size() && line[j] >= '0' && line[j] <= '9') ++j;
      // ordinal suffix: 8th, 1st
      size_t k = j;
      while (k < line.size() && std::isalpha(static_cast<unsigned char>(line[k]))) ++k;
      // Either case: headings in capitals write "26TH SEPTEMBER 2024".
      if (k - j == 2) {
        const char suf[2] = {static_cast<char>(line[j] | 0x20),
                             static_cast<char>(line[j + 1] | 0x20)};
        const std::string_view s(suf, 2);
        if (s == "st" || s == "nd" || s == "rd" || s == "th") j = k;
      } else if (j - i <= 3 && k == j) {
        // A superscript ordinal that a PDF's text layer turned into a mark: 25" September,
        // 30° September, 16™, 27'" September, 30” September, September 27%, 2024.
        static constexpr std::string_view kMarks[] = {
            "'\"", "\"", "'", "\xE2\x80\x9D", "\xE2\x80\x99", "\xC2\xB0", "\xE2\x84\xA2", "%"};
        for (std::string_view m : kMarks) {
          if (line.substr(j, m.size()) == m && j + m.size() < line.size() &&
              (line[j + m.size()] == ' ' || line[j + m.size()] == ',')) {
            j += m.size();
            break;
          }
        }
      } else if (j - i <= 2 && k == j + 1 && (line[j] | 0x20) == 'h' && k < line.size() &&
                 line[k] == ' ') {
        j = k;  // "28h September" (the 't' of "28th" lost)
      }
      kind = Piece::kNumber;
    } else if (std::isalpha(c)) {
      while (j < line.size() && std::isalpha(static_cast<unsigned char>(line[j]))) ++j;
      if (j < line.size() && line[j] == '.') ++j;  // "Jan."
      kind = Piece::kWord;
    } else {
      ++j;
      while (j < line.size() && (static_cast<unsigned char>(line[j]) & 0xC0) == 0x80) ++j;
      kind = Piece::kOther;
    }
    out.push_back({kind, static_cast<uint32_t>(i), static_cast<uint32_t>(j)});
    i = j;
  }
  return out;
}

int number_value(std::string_view s) {
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') break;
    v = v * 10 + (c - '0');
    if (v > 100000) break;
  }
  return v;
}

size_t digit_count(std::string_view s) {
  size_t n = 0;
  while (n < s.size() && s[n] >= '0' && s[n] <= '9') ++n;
  return n;
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (!out.empty() && out.back() == '.') out.pop_back();
  return out;
}

struct FoundDate {
  Date date;
  uint32_t start = 0, end = 0;  // within the line
};

constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A date in figures at line[i]: two numbers of one or two digits and a year of four,
// joined by one '/' or '.' ("28/06/2014", "8.1.2026"), in [start, end) of the line.
struct FiguresDate {
  int first = 0, second = 0, year = 0;
  uint32_t start = 0, end = 0;
  bool dotted = false;  // "12.03.2019": periods, as day-first writing puts them
};

std::optional<FiguresDate> figures_date_at(std::string_view line, size_t i) {
  if (!is_digit(line[i]) ||
      (i > 0 && (is_digit(line[i - 1]) || line[i - 1] == '/' || line[i - 1] == '.')))
    return std::nullopt;
  size_t k = i;
  auto number = [&](size_t max_digits) {
    int v = 0;
    const size_t from = k;
    while (k < line.size() && is_digit(line[k]) && k - from < max_digits)
      v = v * 10 + (line[k++] - '0');
    return k > from ? v : -1;
  };
  // Central European writing puts a space after each period: "24. 9. 2024", "24. 9.2024".
  auto space_after = [&](char sep) {
    if (sep == '.' && k < line.size() && line[k] == ' ') ++k;
  };
  FiguresDate f;
  f.first = number(2);
  if (f.first < 0 || k >= line.size() || (line[k] != '/' && line[k] != '.')) return std::nullopt;
  const char sep = line[k++];
  space_after(sep);
  f.second = number(2);
  if (f.second < 0 || k >= line.size() || line[k] != sep) return std::nullopt;
  ++k;
  space_after(sep);
  const size_t year_at = k;
  f.year = number(4);
  // A sentence's full stop may follow the year: "Published: 24.09.2024." Not a fourth
  // number: "24.09.2024.1".
  if (k - year_at != 4 || (k < line.size() && is_digit(line[k])) ||
      (k < line.size() && line[k] == sep && k + 1 < line.size() && line[k + 1] != ' '))
    return std::nullopt;
  f.start = static_cast<uint32_t>(i);
  f.end = static_cast<uint32_t>(k);
  f.dotted = sep == '.';
  return f;
}

// Where a date in figures whose day and month could be either way stands in `line`
// ("08/02/2009": 8 February or August 2), as [start, end) of the line; nullopt if none.
std::optional<std::pair<uint32_t, uint32_t>> ambiguous_date_in_line(std::string_view line) {
  for (size_t i = 0; i < line.size(); ++i) {
    const auto f = figures_date_at(line, i);
    if (f && !f->dotted && f->first >= 1 && f->first <= 12 && f->second >= 1 && f->second <= 12 &&
        f->first != f->second)
      return std::make_pair(f->start, f->end);
  }
  return std::nullopt;
}

// Finds the first full date (day, month and year) in a line.
std::optional<FoundDate> find_date_in_line(std::string_view line) {
  const auto& t = dateline_tables();
  // ISO first: YYYY-MM-DD anywhere in the line.
  for (size_t i = 0; i + 10 <= line.size(); ++i) {
    if (line[i] >= '0' && line[i] <= '9' && (i == 0 || !std::isdigit(static_cast<unsigned char>(line[i - 1])))) {
      if (auto d = parse_iso_date(line.substr(i, 10))) {
        if (i + 10 == line.size() || !std::isdigit(static_cast<unsigned char>(line[i + 10]))) {
          return FoundDate{*d, static_cast<uint32_t>(i), static_cast<uint32_t>(i + 10)};
        }
      }
    }
  }
  // Day, month and year in figures, "28/06/2014" or "28.06.2014", only where the order is
  // plain: one of the first two numbers is above 12 (or both are the same), or periods
  // separate them ("12.03.2019": the day first, as the countries that write periods
  // write it). "08/01/2026" could be either; it dates nothing.
  for (size_t i = 0; i < line.size(); ++i) {
    const auto f = figures_date_at(line, i);
    if (!f) continue;
    int d = 0, m = 0;
    if (f->first > 12 || f->first == f->second || (f->dotted && f->second <= 12)) {
      d = f->first;
      m = f->second;
    } else if (f->second > 12) {
      d = f->second;
      m = f->first;
    }
    if (d && valid_date(f->year, m, d)) return FoundDate{{f->year, m, d}, f->start, f->end};
  }
  auto ps = pieces_of(line);
  auto text = [&](size_t k) { return line.substr(ps[k].start, ps[k].end - ps[k].start); };
  auto month_of = [&](size_t k) -> int {
    if (ps[k].kind != Piece::kWord) return 0;
    auto it = t.months.find(lower_ascii(text(k)));
    return it == t.months.end() ? 0 : it->second;
  };
  auto year_of = [&](size_t k) -> int {
    if (ps[k].kind != Piece::kNumber || digit_count(text(k)) != 4 || text(k).size() != 4) return 0;
    return number_value(text(k));
  };
  auto day_of = [&](size_t k) -> int {
    if (ps[k].kind != Piece::kNumber) return 0;
    const std::string_view n = text(k);
    size_t nd = digit_count(n);
    // A superscript "th" that a PDF's text layer read as digits after a day of two:
    // "2614 SEPTEMBER, 2024", "2474 SEPTEMBER", "267™ SEPTEMBER" (a year must follow).
    if (nd >= 3 && nd <= 4 && n[0] >= '1' && n[0] <= '3') {
      const std::string_view th = n.substr(2, nd - 2);
      if (th == "14" || th == "74" || th == "7" || th == "1") nd = 2;
    }
    if (nd < 1 || nd > 2) return 0;
    return number_value(n.substr(0, nd));
  };
  // "30 DE SEPTEMBER 2024": a Romance "de" between the day and the month.
  auto is_de = [&](size_t k) {
    return ps[k].kind == Piece::kWord && (text(k) == "de" || text(k) == "DE");
  };
  for (size_t k = 0; k + 2 < ps.size(); ++k) {
    // D Month YYYY
    if (int d = day_of(k); d && month_of(k + 1)) {
      int m = month_of(k + 1), y = year_of(k + 2);
      if (y && valid_date(y, m, d)) return FoundDate{{y, m, d}, ps[k].start, ps[k + 2].end};
    }
    if (int d = day_of(k); d && k + 3 < ps.size() && is_de(k + 1) && month_of(k + 2)) {
      int m = month_of(k + 2), y = year_of(k + 3);
      if (y && valid_date(y, m, d)) return FoundDate{{y, m, d}, ps[k].start, ps[k + 3].end};
    }
    // Month D, YYYY
    if (int m = month_of(k); m && day_of(k + 1)) {
      int d = day_of(k + 1), y = year_of(k + 2);
      if (y && valid_date(y, m, d)) return FoundDate{{y, m, d}, ps[k].start, ps[k + 2].end};
    }
  }
  return std::nullopt;
}

bool is_blank(std::string_view line) {
  for (char c : line) {
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\f') return false;
  }
  return true;
}

// Trims white space and separators (| - – — : ,) from both ends of [start, end).
Span trim_separators(std::string_view text, Span s) {
  auto is_sep = [&](uint32_t i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    return c == ' ' || c == '\t' || c == '|' || c == ':' || c == ',' || c == '-' || c == '\r' ||
           c == '\n';
  };
  // No-break space, C2 A0, as a whole: trimming its second byte alone left a lone lead
  // byte, invalid UTF-8, at the end of a title.
  auto is_nbsp_at = [&](uint32_t i) {
    return i + 2 <= s.end && static_cast<unsigned char>(text[i]) == 0xC2 &&
           static_cast<unsigned char>(text[i + 1]) == 0xA0;
  };
  auto is_dash_at = [&](uint32_t i) {  // – or — (E2 80 93/94)
    return i + 3 <= s.end && static_cast<unsigned char>(text[i]) == 0xE2 &&
           static_cast<unsigned char>(text[i + 1]) == 0x80 &&
           (static_cast<unsigned char>(text[i + 2]) == 0x93 ||
            static_cast<unsigned char>(text[i + 2]) == 0x94);
  };
  while (s.start < s.end) {
    if (is_sep(s.start)) {
      ++s.start;
    } else if (is_nbsp_at(s.start)) {
      s.start += 2;
    } else if (is_dash_at(s.start)) {
      s.start += 3;
    } else if (static_cast<unsigned char>(text[s.start]) == 0xEF && s.start + 3 <= s.end &&
               static_cast<unsigned char>(text[s.start + 1]) == 0xBB) {
      s.start += 3;  // BOM
    } else {
      break;
    }
  }
  while (s.end > s.start) {
    if (is_sep(s.end - 1)) {
      --s.end;
    } else if (s.end >= s.start + 2 && is_nbsp_at(s.end - 2)) {
      s.end -= 2;
    } else if (s.end >= s.start + 3 && is_dash_at(s.end - 3)) {
      s.end -= 3;
    } else {
      break;
    }
  }
  return s;
}

// The words before a date, lower case, without the spaces, colons and commas that end them.
std::string lower_before(std::string_view before) {
  std::string low = lower_ascii(before);
  while (!low.empty() && (low.back() == ' ' || low.back() == ':' || low.back() == '\t' ||
                          low.back() == ',' || low.back() == '='))
    low.pop_back();
  return low;
}

// Whether the words before the date on its line (lower-cased) end with a dateline marker.
bool has_marker_before(std::string_view before) {
  const std::string low = lower_before(before);
  for (auto m : dateline_tables().markers) {
    if (low.size() >= m.size() && low.compare(low.size() - m.size(), m.size(), m) == 0) {
      size_t at = low.size() - m.size();
      if (at == 0 || !std::isalpha(static_cast<unsigned char>(low[at - 1]))) return true;
    }
  }
  for (auto w : dateline_tables().weekdays) {
    if (low.size() >= w.size() && low.compare(low.size() - w.size(), w.size(), w) == 0) {
      size_t at = low.size() - w.size();
      if (at == 0) return true;
    }
  }
  return false;
}

// Whether the words before a date are a dateline marker and nothing else.
bool is_marker(std::string_view before) {
  const std::string low = lower_before(before);
  for (auto m : dateline_tables().markers) {
    if (low == m) return true;
  }
  return false;
}

// Whether `s` ends with the word `w` (lower case) after a space.
bool ends_with_word(std::string_view s, std::string_view w) {
  return s.size() > w.size() && s.ends_with(w) && s[s.size() - w.size() - 1] == ' ';
}

// Whether `s` is a clock time, as a dateline gives it after the date: "5:58 am", "11:07",
// "10.30 p.m.", "14:00 GMT" (hours, a colon or period, minutes, then an optional am/pm
// and an optional zone of capitals).
bool is_clock_time(std::string_view s) {
  size_t i = 0;
  auto digits = [&] {
    size_t from = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    return i - from;
  };
  auto spaces = [&] {
    while (i < s.size() && s[i] == ' ') ++i;
  };
  const size_t h = digits();
  if (h < 1 || h > 2 || i >= s.size() || (s[i] != ':' && s[i] != '.')) return false;
  ++i;
  if (digits() != 2) return false;
  spaces();
  std::string low = lower_ascii(s.substr(i, 4));
  if (low.starts_with("a.m.") || low.starts_with("p.m.")) {
    i += 4;
  } else if (low.starts_with("am") || low.starts_with("pm")) {
    i += 2;
  }
  spaces();
  size_t zone = 0;
  while (i < s.size() && s[i] >= 'A' && s[i] <= 'Z') ++i, ++zone;
  return i == s.size() && zone <= 5;
}

// Whether `s` is a place as a dateline names it beside the date: one to six capitalised
// words, commas between them ("New York", "New York, USA", "Washington, D.C."); empty
// is none.
bool is_place_list(std::string_view s) {
  size_t words = 0;
  size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (c == ' ' || c == ',' || c == '\t') {
      ++i;
      continue;
    }
    if (!(c >= 'A' && c <= 'Z')) return false;
    while (i < s.size() && s[i] != ' ' && s[i] != ',' && s[i] != '\t') {
      const char w = s[i];
      const bool ok = (w >= 'A' && w <= 'Z') || (w >= 'a' && w <= 'z') || w == '.' || w == '-' ||
                      w == '\'' || static_cast<unsigned char>(w) >= 0x80;
      if (!ok) return false;
      ++i;
    }
    if (++words > 6) return false;
  }
  return words > 0;
}

// Whether `s` (lower-cased, trimmed) is a stage note that may follow a dateline's date:
// "Check against delivery", "As delivered" (data/lexicon/dateline.tsv, kind note).
bool is_stage_note(std::string_view s) {
  std::string low = lower_ascii(s);
  for (auto n : dateline_tables().notes) {
    if (low == n) return true;
  }
  return false;
}

// Whether a line ends a sentence: its last mark is . ! or ?, and a full stop is not an
// abbreviation's in capitals ("The Hon. Mia Mottley, S.C. M.P.", "G.C.S.K.,").
bool ends_sentence(std::string_view line) {
  size_t e = line.find_last_not_of(" \t\r\n");
  if (e == std::string_view::npos) return false;
  const char c = line[e];
  if (c == '!' || c == '?') return true;
  if (c != '.') return false;
  size_t b = line.find_last_of(" \t", e);
  b = b == std::string_view::npos ? 0 : b + 1;
  const std::string_view word = line.substr(b, e - b);  // without the final stop
  if (word.empty()) return true;
  const bool dotted = word.find('.') != std::string_view::npos;
  const bool initial = word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z';
  return !(dotted || initial);
}

// The quoted value of a line that is one markup tag, else the line: a speech collection
// heads each text with <title="Eisenhower Doctrine">.
Span tag_value(std::string_view text, Span ls) {
  std::string_view l = slice(text, ls);
  if (l.size() < 6 || l.front() != '<' || !l.ends_with("\">")) return ls;
  size_t open = l.find("=\"");
  if (open == std::string_view::npos || open + 2 >= l.size() - 2) return ls;
  return Span{ls.start + static_cast<uint32_t>(open) + 2, ls.end - 2};
}

}  // namespace

// A letter's or a statement's closing place and date, with nothing after them: "Managua,
// September 30th 2024" or the date alone on the last non-blank line, below the header's
// lines (which end at `header_end`). It dates the document whose header gave
// no date; it is no dateline span (which the extractors read as the header's).
void read_closing_date(Document& doc, uint32_t header_end) {
  std::string_view text = doc.text;
  constexpr uint32_t kMaxClosingLines = 1;
  constexpr size_t kMaxClosingBytes = 48;
  uint32_t nonblank = 0;
  for (uint32_t line = doc.lines.line_count(); line >= 1 && nonblank < kMaxClosingLines; --line) {
    const uint32_t start = doc.lines.line_start(line);
    const uint32_t end = line < doc.lines.line_count() ? doc.lines.line_start(line + 1)
                                                       : static_cast<uint32_t>(text.size());
    if (end <= header_end) return;
    const Span ls = trim_separators(text, {start, end});
    const std::string_view l = slice(text, ls);
    if (ls.empty() || is_blank(l)) continue;
    ++nonblank;
    if (l.size() > kMaxClosingBytes) continue;
    const auto found = find_date_in_line(l);
    if (!found || !trim_separators(text, {ls.start + found->end, ls.end}).empty()) continue;
    const Span head = trim_separators(text, {ls.start, ls.start + found->start});
    const std::string_view gap = text.substr(head.end, ls.start + found->start - head.end);
    if (!head.empty() &&
        (gap.find(',') == std::string_view::npos || !is_place_list(slice(text, head))))
      continue;
    doc.date = found->date;
    doc.date_source = DateSource::kDateline;
    return;
  }
}

void read_dateline(Document& doc, const std::optional<Date>& option_date) {
  std::string_view text = doc.text;
  // Look at the first lines only: a dateline is part of the header.
  constexpr uint32_t kMaxHeaderLines = 8;
  // A stage note in brackets ("[Delivered at the Palace | 2 September 2018]") may sit
  // below a title block of many short lines.
  constexpr uint32_t kMaxBracketedLines = 12;
  constexpr size_t kMaxDatelineBytes = 240;
  // A heading block of short lines with no sentence in them (a UN statement's "REPUBLIC
  // OF ... / NATIONAL STATEMENT / BY / HIS EXCELLENCY / ... / NEW YORK, USA") may put its
  // date, alone on its line, below the eighth line.
  constexpr size_t kMaxHeadingLineBytes = 80;
  bool heading_block = true;
  std::optional<Span> first_line;
  std::optional<Span> ambiguous;  // a header date in figures that reads either way
  // A PDF's cover block (mission, address, "STATEMENT BY", the speaker's titles over many
  // lines, the occasion, the theme) may put the date and place below the twelfth line;
  // until a line ends a sentence, a short line with only the date (and a place or weekday)
  // is still the dateline.
  constexpr uint32_t kMaxCoverLines = 24;
  constexpr size_t kMaxCoverDateBytes = 48;
  bool cover = true;  // no line so far ended with . ! ?
  uint32_t nonblank = 0;
  uint32_t header_end = 0;  // the end of the last line read
  for (uint32_t line = 1; line <= doc.lines.line_count() &&
                          (nonblank < kMaxBracketedLines || (cover && nonblank < kMaxCoverLines));
       ++line) {
    uint32_t start = doc.lines.line_start(line);
    uint32_t end = line < doc.lines.line_count() ? doc.lines.line_start(line + 1)
                                                  : static_cast<uint32_t>(text.size());
    header_end = end;
    Span ls = trim_separators(text, {start, end});
    std::string_view l = slice(text, ls);
    if (ls.empty() || is_blank(l)) continue;
    ++nonblank;
    if (!first_line) first_line = ls;
    const bool was_heading = heading_block;
    const bool was_cover = cover;
    heading_block = heading_block && l.size() <= kMaxHeadingLineBytes && l.back() != '.' &&
                    l.back() != '!' && l.back() != '?' && l.back() != ';';
    cover = cover && !ends_sentence(slice(text, {start, end}));
    if (l.size() > kMaxDatelineBytes) continue;
    const bool bracketed = l.size() > 2 && l.front() == '[' && l.back() == ']';
    const bool late = nonblank > kMaxHeaderLines;
    if (late && !bracketed && !was_heading && !was_cover && l.size() > 48)
      continue;  // see marker_line
    if (nonblank > kMaxBracketedLines && l.size() > kMaxCoverDateBytes) continue;
    // A header line in parentheses: "(Text of address to the Nation by President X on 30
    // November 2025)", as papers reprint a speech. Only the first two lines: lower, a line
    // in parentheses is the body's ("(We left on 30 November, as planned.)").
    const bool parenthesized = nonblank <= 2 && l.size() > 2 && l.front() == '(' && l.back() == ')';
    auto found = find_date_in_line(l);
    if (!found) {
      if (!ambiguous) {
        if (auto amb = ambiguous_date_in_line(l))
          ambiguous = Span{ls.start + amb->first, ls.start + amb->second};
      }
      continue;
    }
    // A key-value header quotes its value, as YAML front matter does: date: '2021-01-20'.
    const char open = found->start > 0 ? l[found->start - 1] : '\0';
    const bool quoted =
        (open == '\'' || open == '"') && found->end < l.size() && l[found->end] == open;
    std::string_view before = l.substr(0, found->start - (quoted ? 1 : 0));
    std::string_view after = l.substr(found->end);
    // A date counts as a dateline when it stands alone on its line, follows a marker
    // ("Delivered on:", "Published"), or is set off by separators ("... | 8 January 2026").
    bool alone = trim_separators(text, {ls.start, ls.start + found->start}).empty();
    // A cover block's "ON 27TH SEPTEMBER 2024" on a line of its own.
    if (!alone && was_cover) {
      const std::string_view on =
          slice(text, trim_separators(text, {ls.start, ls.start + found->start}));
      alone = on == "on" || on == "On" || on == "ON";
    }
    bool marked = has_marker_before(before);
    bool separated = l.find('|') != std::string_view::npos;
    Span tail = trim_separators(text, {ls.start + found->end + (quoted ? 1u : 0u), ls.end});
    // A markup tag's attribute closes the line: <date="January 5, 1957">, as speech
    // collections head each text.
    const bool closes_tag =
        quoted && (slice(text, tail) == ">" || slice(text, tail) == "/>") && l.front() == '<';
    // "Monday, 12 October 2020, 5:58 am": a clock time after the date ends the line too.
    bool ends_line = tail.empty() || closes_tag || is_clock_time(slice(text, tail)) ||
                     is_stage_note(slice(text, tail));
    // A title's last line may end with the date and the place: "Speech by Prime Minister
    // ... at the United Nations" / "General Assembly, 26 September 2024, New York".
    // So may a cover block's line, with a full stop: "16th Plenary Meeting, 28 September 2024."
    if (!ends_line && was_cover && l.size() <= kMaxHeadingLineBytes && slice(text, tail) == "." &&
        found->start > 0 &&
        l.substr(0, found->start).find_last_not_of(' ') == l.substr(0, found->start).rfind(','))
      ends_line = true;
    if (!ends_line && heading_block && nonblank <= kMaxHeaderLines && found->start > 0 &&
        l.substr(0, found->start).find_last_not_of(' ') == l.substr(0, found->start).rfind(',') &&
        is_place_list(slice(text, tail)))
      ends_line = true;
    // A place beside the date, as agencies and missions write a dateline: "New York, 26
    // September 2024" (then maybe a stage note), "(24 September, 2024, New York, USA)".
    // In parentheses, the line is the header's only within its first lines.
    bool placed = false;
    bool name_before = false;  // capitalised words right before the date, no comma between
    {
      const bool in_parens = l.size() > 2 && l.front() == '(' && l.back() == ')';
      Span head =
          trim_separators(text, {ls.start + (in_parens ? 1u : 0u), ls.start + found->start});
      Span rest = trim_separators(text, {ls.start + found->end, in_parens ? ls.end - 1 : ls.end});
      // After the date, a place only in parentheses or with nothing before the date: "30
      // September 2024, New York".
      const bool rest_ok = rest.empty() || is_stage_note(slice(text, rest)) ||
                           ((in_parens || head.empty()) && is_place_list(slice(text, rest)));
      // The place is set off from the date ("New York, 26 September"): a name right before
      // it is a signature line's ("Prime Minister / Hamza Abdi Barre 27 September 2024").
      const std::string_view gap = head.empty()
                                       ? std::string_view{}
                                       : text.substr(head.end, ls.start + found->start - head.end);
      const bool set_off = in_parens || gap.find_first_of(",|-:") != std::string_view::npos ||
                           gap.find("\xE2\x80") != std::string_view::npos;
      name_before = !set_off && slice(text, head).find(' ') != std::string_view::npos;
      const bool head_ok =
          head.empty() ? in_parens || !rest.empty() : is_place_list(slice(text, head));
      // "(25 September 2024)" alone in parentheses too.
      placed = head_ok && rest_ok && (!head.empty() || !rest.empty() || in_parens) &&
               (!in_parens || nonblank <= kMaxHeaderLines);
    }
    // The first line may be a sentence that ends with the date: "The statement made by
    // Keir Starmer, the Prime Minister, on 19 January 2025."
    // So may a summary line after the title: "Below is the text of the statement made
    // by Emmanuel Macron, the French President, on 13 April 2020."
    const bool sentence_ends = tail.size() == 1 && text[tail.start] == '.';
    // (A line of the body that ends in a date is none: "We will leave on 31 October
    // 2019." The summary names who made the text: " by ".)
    bool ends_first =
        sentence_ends &&
        (nonblank == 1 ||
         (nonblank <= 3 && before.find(" by ") != std::string_view::npos &&
          ends_with_word(slice(text, trim_separators(text, {ls.start, ls.start + found->start})),
                         "on")));
    if (!(alone || marked || separated || ends_line || ends_first || bracketed || parenthesized ||
          placed))
      continue;
    // A short line that is only a marker and its date ("Published on 30 September 2024")
    // is a dateline also below a long header (a web page printed with its navigation).
    const bool marker_line = marked && ends_line && l.size() <= 48 && is_marker(before);
    const bool short_date_line = ((alone && ends_line) || placed) && l.size() <= kMaxCoverDateBytes;
    if (late && !bracketed && !marker_line && !(was_heading && ((alone && ends_line) || placed)) &&
        !(was_cover && short_date_line))
      continue;
    if (nonblank > kMaxBracketedLines && !(was_cover && short_date_line)) continue;
    doc.dateline = ls;
    // "Prime Minister / Hamza Abdi Barre 27 September 2024": the words before the date are
    // a signature's name, which the dateline must not hide from the actors.
    if (placed && name_before && !alone && !marked)
      doc.dateline = Span{ls.start + found->start, ls.start + found->end};
    if (!doc.date) {
      doc.date = found->date;
      doc.date_source = DateSource::kDateline;
    }
    // The title: the first line when the dateline is not the first line; otherwise what
    // remains of the dateline around the date and its marker.
    if (first_line && first_line->start != ls.start) {
      doc.title = tag_value(text, *first_line);
    } else if (ends_first && !ends_line) {
      doc.title = Span{ls.start, tail.start};  // the sentence names the occasion
    } else {
      Span rest = trim_separators(text, {ls.start + found->end + (quoted ? 1u : 0u), ls.end});
      // "(Text of address ... on 30 November 2025)": the words inside the parentheses.
      if (parenthesized && found->start > 1) {
        rest = trim_separators(text, {ls.start + 1, ls.start + found->start});
        if (ends_with_word(slice(text, rest), "on"))
          rest = trim_separators(text, {rest.start, rest.end - 2});
      }
      if (rest.empty() || !marked) {
        Span head = trim_separators(text, {ls.start, ls.start + found->start});
        if (!head.empty() && !marked) rest = rest.empty() ? head : rest;
        // "... broadcast on 25th anniversary of democracy on 12th June, 2024": a title that
        // ends in its date keeps it; cut there, it would end in "on".
        if (!head.empty() && rest.start == head.start && ends_with_word(slice(text, head), "on"))
          rest = ls;
      }
      if (!rest.empty()) doc.title = rest;
    }
    (void)after;
    break;
  }
  if (!doc.date) read_closing_date(doc, header_end);
  bool first_is_dateline = doc.dateline && first_line && doc.dateline->start == first_line->start;
  // A title line of up to 300 bytes ("Statement by H.E. the Prime Minister of ..., at the
  // General Debate of the 77th Session of the United Nations General Assembly").
  if (!doc.title && first_line && !first_is_dateline && first_line->size() <= 300) {
    std::string_view l = slice(text, *first_line);
    char last = l.back();
    if (last != '.' && last != ',' && last != '!' && last != '?' && last != ';') doc.title = first_line;
  }
  if (option_date) {
    doc.date = option_date;
    doc.date_source = DateSource::kOption;
  }
  // "Release date: 08/02/2009": day and month could be either; say so rather than guess.
  if (!doc.date && ambiguous) {
    doc.diagnostics.push_back({Severity::kWarning, "ambiguous-date",
                               "the header's date " + std::string(slice(text, *ambiguous)) +
                                   " reads as day/month or month/day: pass --date YYYY-MM-DD",
                               *ambiguous});
  }
}

// ---------------------------------------------------------------------------------------
// Loading

namespace {

constexpr size_t kMaxInvalidUtf8Reports = 20;

// Validates UTF-8 and reports invalid sequences (one diagnostic per maximal run of
// invalid bytes, at most kMaxInvalidUtf8Reports, then one summary).
void validate_utf8(Document& doc) {
  std::string_view t = doc.text;
  const size_t n = t.size();
  size_t runs = 0;
  size_t i = 0;
  size_t control_count = 0;
  std::optional<uint32_t> first_control;
  while (i < n) {
    // ASCII fast path: skip to the next byte that is not printable ASCII (a line break,
    // a control character, DEL, or a non-ASCII byte), 16 bytes at a time.
#if defined(__SSE2__)
    while (i + 16 <= n) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t.data() + i));
      // Signed: bytes 0x80-0xFF are negative, so "< 0x20" takes them too.
      const __m128i odd = _mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)),
                                       _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F)));
      const auto mask = static_cast<uint32_t>(_mm_movemask_epi8(odd));
      if (mask != 0) {
        i += static_cast<size_t>(__builtin_ctz(mask));
        break;
      }
      i += 16;
    }
#else
    while (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, t.data() + i, 8);
      if (w & 0x8080808080808080ull) break;
      // some byte < 0x20 (a line break, a control character), or DEL
      uint64_t low = (w - 0x2020202020202020ull) & ~w & 0x8080808080808080ull;
      uint64_t del = ((w ^ 0x7F7F7F7F7F7F7F7Full) - 0x0101010101010101ull) &
                     ~(w ^ 0x7F7F7F7F7F7F7F7Full) & 0x8080808080808080ull;
      if (low | del) break;
      i += 8;
    }
#endif
    if (i >= n) break;
    unsigned char c = static_cast<unsigned char>(t[i]);
    if (c < 0x80) {
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        ++control_count;
        if (!first_control) first_control = static_cast<uint32_t>(i);
      } else if (c == 0x7F) {
        ++control_count;
        if (!first_control) first_control = static_cast<uint32_t>(i);
      }
      ++i;
      continue;
    }
    auto d = unicode::decode(t, i);
    if (d.valid) {
      i += d.length;
      continue;
    }
    size_t j = i + 1;
    while (j < n && static_cast<unsigned char>(t[j]) >= 0x80 && !unicode::decode(t, j).valid) ++j;
    doc.has_invalid_utf8 = true;
    ++runs;
    if (runs <= kMaxInvalidUtf8Reports) {
      doc.diagnostics.push_back(
          {Severity::kWarning, "invalid-utf8",
           fmt::format("invalid UTF-8 ({} byte{}), read as U+FFFD", j - i, j - i == 1 ? "" : "s"),
           Span{static_cast<uint32_t>(i), static_cast<uint32_t>(j)}});
    }
    i = j;
  }
  if (runs > kMaxInvalidUtf8Reports) {
    doc.diagnostics.push_back({Severity::kWarning, "invalid-utf8",
                               fmt::format("{} more invalid UTF-8 sequences not listed",
                                           runs - kMaxInvalidUtf8Reports),
                               std::nullopt});
  }
  if (control_count) {
    doc.diagnostics.push_back(
        {Severity::kWarning, "control-characters",
         fmt::format("{} control character{} in the text", control_count, control_count == 1 ? "" : "s"),
         Span{*first_control, *first_control + 1}});
  }
}

// Guesses UTF-16 without a BOM: text in the Latin range has a zero in every other byte.
std::optional<bool> sniff_utf16(std::string_view b) {
  size_t n = std::min<size_t>(b.size(), 4096) & ~size_t{1};
  if (n < 4) return std::nullopt;
  size_t zero_even = 0, zero_odd = 0;
  for (size_t i = 0; i < n; i += 2) {
    zero_even += b[i] == 0;
    zero_odd += b[i + 1] == 0;
  }
  size_t pairs = n / 2;
  if (zero_odd * 10 >= pairs * 7 && zero_even * 10 <= pairs) return false;  // little endian
  if (zero_even * 10 >= pairs * 7 && zero_odd * 10 <= pairs) return true;   // big endian
  return std::nullopt;
}

// True when the bytes do not look like text: NUL bytes, or mostly control bytes.
// `nul`: whether b holds a NUL byte.
bool looks_binary(std::string_view b, bool nul) {
  if (nul) return true;
  size_t n = std::min<size_t>(b.size(), 65536);
  size_t bad = 0;
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(b[i]);
    if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F) ++bad;
  }
  return n > 0 && bad * 10 > n * 3;
}

}  // namespace

namespace {

// load_from_bytes() over `bytes`, which `owner` keeps alive and which a NUL byte follows.
LoadResult load_owned(std::string path, std::string_view bytes, std::shared_ptr<const void> owner,
                      const LoadOptions& options) {
  LoadResult result;
  if (bytes.size() > options.max_bytes) {
    result.error = LoadError{"too-large", fmt::format("input is {} bytes; the limit is {} bytes",
                                                      bytes.size(), options.max_bytes)};
    return result;
  }
  Document doc;
  doc.path = std::move(path);
  doc.source_bytes = bytes.size();
  auto u8 = [](char c) { return static_cast<unsigned char>(c); };
  std::optional<bool> utf16_big_endian;
  bool bom = false;
  if (bytes.size() >= 2 && u8(bytes[0]) == 0xFF && u8(bytes[1]) == 0xFE) {
    utf16_big_endian = false;
    bom = true;
  } else if (bytes.size() >= 2 && u8(bytes[0]) == 0xFE && u8(bytes[1]) == 0xFF) {
    utf16_big_endian = true;
    bom = true;
  }
  // Text has no NUL byte; UTF-16 of Latin text has one in every other byte.
  bool has_nul = !bom && !bytes.empty() && std::memchr(bytes.data(), 0, bytes.size()) != nullptr;
  if (has_nul) utf16_big_endian = sniff_utf16(bytes);
  if (utf16_big_endian) {
    auto converted = unicode::utf16_to_utf8(bytes.substr(bom ? 2 : 0), *utf16_big_endian);
    if (!converted) {
      result.error = LoadError{"decode-error", "cannot transcode UTF-16 input"};
      return result;
    }
    if (!bom) {
      doc.diagnostics.push_back({Severity::kWarning, "utf16-without-bom",
                                 fmt::format("input read as UTF-16{} without a byte order mark",
                                             *utf16_big_endian ? "BE" : "LE"),
                                 std::nullopt});
    }
    auto utf8 = std::make_shared<const std::string>(std::move(*converted));
    bytes = *utf8;
    owner = std::move(utf8);
    if (bytes.size() > options.max_bytes) {
      result.error = LoadError{"too-large", "input is too large after transcoding"};
      return result;
    }
  }
  // A transcoded text is checked again: a NUL in the UTF-16 is one here.
  if (utf16_big_endian) has_nul = std::memchr(bytes.data(), 0, bytes.size()) != nullptr;
  if (looks_binary(bytes, has_nul)) {
    result.error = LoadError{"binary-input",
                             has_nul ? "binary input (NUL bytes): not a transcript"
                                     : "binary input (mostly control bytes): not a transcript"};
    return result;
  }
  doc.text = bytes;
  doc.storage = std::move(owner);
  validate_utf8(doc);
  doc.lines = LineIndex(doc.text);
  if (doc.lines.mixed_line_endings()) {
    doc.diagnostics.push_back({Severity::kNote, "mixed-line-endings",
                               "the text mixes line endings (\\n, \\r\\n, \\r)", std::nullopt});
  }
  bool any_text = false;
  for (char c : doc.text) {
    if (c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
      any_text = true;
      break;
    }
  }
  if (!any_text) {
    doc.diagnostics.push_back({Severity::kWarning, "empty-document", "the document has no text",
                               std::nullopt});
  }
  read_dateline(doc, options.date);
  read_front_matter(doc);
  result.document = std::move(doc);
  return result;
}

}  // namespace

LoadResult load_from_bytes(std::string path, std::string bytes, const LoadOptions& options) {
  auto owner = std::make_shared<const std::string>(std::move(bytes));
  std::string_view view = *owner;
  return load_owned(std::move(path), view, std::move(owner), options);
}

namespace {

// Bytes read from a file, not yet initialised beyond `size`: a std::string's resize()
// would zero-fill the room before read(2) overwrites it (a 256 MB input's text written
// twice). Growing copies, as a std::string would; a regular file's size is known.
struct ReadBuffer {
  std::unique_ptr<char[]> bytes;
  size_t size = 0;
  size_t capacity = 0;

  void reserve(size_t n) {
    if (n <= capacity) return;
    std::unique_ptr<char[]> grown(new char[n]);  // NOLINT: uninitialised on purpose
    if (size > 0) std::memcpy(grown.get(), bytes.get(), size);
    bytes = std::move(grown);
    capacity = n;
  }
  // The owner of the bytes read, with a NUL byte after them. REQUIRES: size < capacity.
  std::shared_ptr<const void> finish() {
    bytes[size] = '\0';
    return std::shared_ptr<const void>(bytes.release(),
                                       [](const void* p) { delete[] static_cast<const char*>(p); });
  }
};

}  // namespace

LoadResult load_file(const std::string& path, const LoadOptions& options) {
  LoadResult result;
  ReadBuffer buffer;
  int fd = path == "-" ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    result.error = LoadError{"io-error", std::strerror(errno)};
    return result;
  }
  struct stat st {};
  std::optional<size_t> regular_size;
  if (::fstat(fd, &st) == 0) {
    if (S_ISDIR(st.st_mode)) {
      if (fd != STDIN_FILENO) ::close(fd);
      result.error = LoadError{"io-error", "is a directory"};
      return result;
    }
    if (S_ISREG(st.st_mode)) {
      if (static_cast<uint64_t>(st.st_size) > options.max_bytes) {
        if (fd != STDIN_FILENO) ::close(fd);
        result.error = LoadError{"too-large", fmt::format("input is {} bytes; the limit is {} bytes",
                                                          st.st_size, options.max_bytes)};
        return result;
      }
      const auto size = static_cast<size_t>(st.st_size);
      buffer.reserve(size + 1);
      if (size > 0) regular_size = size;
    }
  }
  // One read loop: regular files, pipes, FIFOs and stdin alike.
  constexpr size_t kChunk = 1 << 16;
  for (;;) {
    // Room for at least one byte more than read so far: the NUL after the text.
    if (buffer.capacity - buffer.size < 2) {
      buffer.reserve(std::max(buffer.capacity * 2, buffer.size + kChunk));
    }
    ssize_t got = ::read(fd, buffer.bytes.get() + buffer.size, buffer.capacity - buffer.size - 1);
    if (got < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      if (fd != STDIN_FILENO) ::close(fd);
      result.error = LoadError{"io-error", std::strerror(err)};
      return result;
    }
    buffer.size += static_cast<size_t>(got);
    if (got == 0) break;
    // A regular file is read up to the size it had when opened: no second read(2) just
    // to see end of file (a thousand short transcripts are a thousand fewer calls).
    if (regular_size && buffer.size == *regular_size) break;
    if (buffer.size > options.max_bytes) {
      if (fd != STDIN_FILENO) ::close(fd);
      result.error = LoadError{"too-large", fmt::format("input exceeds {} bytes", options.max_bytes)};
      return result;
    }
  }
  if (fd != STDIN_FILENO) ::close(fd);
  const size_t size = buffer.size;
  std::shared_ptr<const void> owner = buffer.finish();
  std::string_view view(static_cast<const char*>(owner.get()), size);
  return load_owned(path, view, std::move(owner), options);
}

}  // namespace speechscan
