#include "speechscan/report.h"

#include <fmt/format.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <span>
#include <type_traits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "json_chars.h"
#include "speechscan/unicode.h"

namespace speechscan {

namespace {

// 1 for ASCII white space, 2 for 0xC2 (the first byte of U+00A0, which counts as white
// space too), 0 for everything else.
constexpr std::array<uint8_t, 256> make_space_table() {
  std::array<uint8_t, 256> t{};
  for (unsigned char c : {' ', '\n', '\r', '\t', '\f', '\v'}) t[c] = 1;
  t[0xC2] = 2;
  return t;
}
constexpr std::array<uint8_t, 256> kSpaceTable = make_space_table();

// 0x80 in each byte of x that is zero, 0 elsewhere (exact, unlike the usual has-zero test).
constexpr uint64_t zero_bytes(uint64_t x) {
  constexpr uint64_t kLow7 = 0x7F7F7F7F7F7F7F7FULL;
  return ~(((x & kLow7) + kLow7) | x | kLow7);
}

// The end of the white-space run (ASCII white space and U+00A0) that starts at p.
inline const unsigned char* space_run_end(const unsigned char* p, const unsigned char* e) {
  while (p < e) {
    uint8_t k = kSpaceTable[*p];
    if (k == 1) {
      ++p;
    } else if (k == 2 && p + 1 < e && p[1] == 0xA0) {
      p += 2;
    } else {
      break;
    }
  }
  return p;
}

// How many of the eight bytes at p a collapse copies unchanged as a block: 8 when none
// is white space other than single spaces between other bytes, 7 when only the last is
// a space (which may start a run), else 0 (the byte loop decides).
inline size_t plain_block(const unsigned char* p) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  uint64_t w;
  std::memcpy(&w, p, 8);
  uint64_t spaces = zero_bytes(w ^ (kOnes * 0x20));
  if (((w - kOnes * 0x20) & ~w & kHigh) != 0 || zero_bytes(w ^ (kOnes * 0xC2)) != 0 ||
      (spaces & ((spaces << 8) | 0x80)) != 0) {
    return 0;
  }
  return (spaces >> 63) != 0 ? 7 : 8;
}

// plain_block, and no '"' or '\\' either: the bytes go into a JSON string unchanged.
inline size_t plain_json_block(const unsigned char* p) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  uint64_t w;
  std::memcpy(&w, p, 8);
  if ((zero_bytes(w ^ (kOnes * '"')) | zero_bytes(w ^ (kOnes * '\\'))) != 0) return 0;
  return plain_block(p);
}

#if defined(__SSE2__)
// A mask of the bytes among the sixteen at p that a collapse into a JSON string does not
// copy unchanged: bytes below 0x20, '"', '\\', 0xC2, a space followed by white space or
// last of the sixteen (what follows it is not known), and a first-byte space when nothing
// has been written yet (leading white space is dropped).
inline uint32_t plain_json_stops16(const unsigned char* p, bool at_start) {
  __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  __m128i control = _mm_cmpeq_epi8(_mm_max_epu8(v, _mm_set1_epi8(0x1F)), _mm_set1_epi8(0x1F));
  __m128i quoted = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
  // Where a white-space run may start: controls (\n \t ...) and 0xC2 (NBSP).
  __m128i run = _mm_or_si128(control, _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xC2))));
  auto spaces = static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' '))));
  auto runs = static_cast<uint32_t>(_mm_movemask_epi8(run));
  uint32_t stops = runs | static_cast<uint32_t>(_mm_movemask_epi8(quoted));
  // A space is copied only between two bytes that start no white-space run.
  stops |= spaces & (((spaces | runs) >> 1) | 0x8000u | (at_start ? 1u : 0u));
  return stops;
}
#endif

// Copies k < 16 bytes from p to o in two overlapping loads and stores (no byte loop,
// no call).
inline void copy_short(char* o, const unsigned char* p, size_t k) {
  if (k >= 8) {
    std::memcpy(o, p, 8);
    std::memcpy(o + k - 8, p + k - 8, 8);
  } else if (k >= 4) {
    std::memcpy(o, p, 4);
    std::memcpy(o + k - 4, p + k - 4, 4);
  } else {
    for (size_t i = 0; i < k; ++i) o[i] = static_cast<char>(p[i]);
  }
}

}  // namespace

void collapse_space_into(std::string_view text, std::string& out) {
  // One pass into a buffer sized for the worst case; a white-space run becomes one ' '
  // between non-space bytes, and none at either end.
  const size_t base = out.size();
  out.resize(base + text.size());
  char* const first = out.data() + base;
  char* o = first;
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* const e = p + text.size();
  while (p < e) {
    if (e - p >= 8) {
      if (size_t run = plain_block(p)) {
        std::memcpy(o, p, 8);  // the buffer has room: o never passes p's offset
        o += run;
        p += run;
        continue;
      }
    }
    unsigned char c = *p;
    uint8_t k = kSpaceTable[c];
    if (k == 0 || (k == 2 && !(p + 1 < e && p[1] == 0xA0))) {
      *o++ = static_cast<char>(c);
      ++p;
      continue;
    }
    // A white-space run: skip it, then write one space if text follows.
    p = space_run_end(p, e);
    if (o != first && p < e) *o++ = ' ';
  }
  out.resize(base + static_cast<size_t>(o - first));
}

namespace {

bool needs_space_collapse(std::string_view text) {
  // A collapse changes the text exactly where a white-space byte other than a single
  // ' ' between two other bytes appears, or a ' ' is at either end or next to another.
  // Eight bytes at a time: any byte below 0x20 or 0xC2 (NBSP's lead byte), or two
  // spaces side by side, sends the block to the exact byte loop.
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  if (n == 0) return false;
  if (kSpaceTable[p[0]] == 1 || kSpaceTable[p[n - 1]] == 1) return true;
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  size_t i = 0;
  uint64_t carry = 0;  // bit 7: the byte before the block is a space
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    uint64_t spaces = zero_bytes(w ^ (kOnes * 0x20));
    if (((w - kOnes * 0x20) & ~w & kHigh) != 0 || zero_bytes(w ^ (kOnes * 0xC2)) != 0 ||
        (spaces & ((spaces << 8) | carry)) != 0) {
      break;
    }
    carry = spaces >> 56;
  }
  for (i = i > 0 ? i - 1 : 0; i < n; ++i) {
    uint8_t k = kSpaceTable[p[i]];
    if (k == 0) continue;
    if (k == 2) {
      if (i + 1 < n && p[i + 1] == 0xA0) return true;
      continue;
    }
    if (p[i] != ' ' || kSpaceTable[p[i + 1]] != 0) return true;  // p[n - 1] is not a space
  }
  return false;
}

}  // namespace

std::string collapse_space(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  collapse_space_into(text, out);
  return out;
}

namespace {

bool utf8_clean(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    auto d = unicode::decode(s, i);
    if (!d.valid) return false;
    i += d.length;
  }
  return true;
}

std::string replace_invalid_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  for (size_t i = 0; i < s.size();) {
    auto d = unicode::decode(s, i);
    if (d.valid) {
      out.append(s.substr(i, d.length));
    } else {
      out.append("\xEF\xBF\xBD");
    }
    i += d.length;
  }
  return out;
}

bool shows(const ReportOptions& o, Section s) { return o.only == Section::kAll || o.only == s; }

std::string_view span_text(const Analysis& a, Span s) { return slice(a.doc.text, s); }

using json_chars::escape_byte;
using json_chars::escape_in_word;

// Whether any byte of `s` is one that JSON strings escape: a control character, '"' or
// '\\'. Eight bytes at a time.
bool needs_json_escape(std::string_view s) {
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    if (escape_in_word(w)) return true;
  }
  for (; i < s.size(); ++i) {
    if (escape_byte(static_cast<unsigned char>(s[i]))) return true;
  }
  return false;
}

// The tokens that are words or numbers, the kinds 0 and 1: those whose packed word
// (Token::packed(), the kind at bits 11-13) has the kind's two high bits clear. Four
// tokens at a time where SSE2 is there (a byte-field test per token cost 1.5 M
// instructions of a 1 MB report).
uint32_t count_words(std::span<const Token> tokens) {
  static_assert(static_cast<uint32_t>(TokenKind::kWord) == 0 &&
                static_cast<uint32_t>(TokenKind::kNumber) == 1 && sizeof(Token) == 8);
  constexpr uint32_t kHighKindBits = 6u << Token::kKindShift;
  uint32_t n = 0;
  size_t i = 0;
#if defined(__SSE2__)
  const __m128i high = _mm_set1_epi32(static_cast<int>(kHighKindBits));
  __m128i counts = _mm_setzero_si128();  // per lane; a match is -1, subtracted
  for (; i + 4 <= tokens.size(); i += 4) {
    // Tokens i and i + 1, then i + 2 and i + 3: the packed words are the odd 32-bit lanes.
    const __m128 lo = _mm_loadu_ps(reinterpret_cast<const float*>(tokens.data() + i));
    const __m128 hi = _mm_loadu_ps(reinterpret_cast<const float*>(tokens.data() + i + 2));
    const __m128i packed = _mm_castps_si128(_mm_shuffle_ps(lo, hi, _MM_SHUFFLE(3, 1, 3, 1)));
    counts =
        _mm_sub_epi32(counts, _mm_cmpeq_epi32(_mm_and_si128(packed, high), _mm_setzero_si128()));
  }
  alignas(16) uint32_t lanes[4];
  _mm_store_si128(reinterpret_cast<__m128i*>(lanes), counts);
  n = lanes[0] + lanes[1] + lanes[2] + lanes[3];
#endif
  for (; i < tokens.size(); ++i) n += (tokens[i].packed() & kHighKindBits) == 0;
  return n;
}

// Raw JSON pieces written into a reserved buffer; each returns the end of what it wrote.

// A constant piece: its length is known at compile time, so the copy is a few moves.
template <size_t N>
char* put_literal(char* o, const char (&text)[N]) {
  std::memcpy(o, text, N - 1);
  return o + (N - 1);
}

// The most a span object takes: four 10-digit numbers and 38 bytes of keys and marks.
constexpr size_t kSpanRoom = 80;
char* put_span(char* o, uint32_t start, uint32_t end, uint32_t line, uint32_t column) {
  o = put_literal(o, "{\"start\":");
  o = json_chars::put_uint_inlined(start, o);
  o = put_literal(o, ",\"end\":");
  o = json_chars::put_uint_inlined(end, o);
  o = put_literal(o, ",\"line\":");
  o = json_chars::put_uint_inlined(line, o);
  o = put_literal(o, ",\"column\":");
  o = json_chars::put_uint_inlined(column, o);
  *o++ = '}';
  return o;
}

// RapidJSON's compact writer with two shortcuts whose output is byte for byte what
// RapidJSON itself writes: a string with nothing to escape is copied in one piece, and a
// span object is written as one raw value. Strings that need escaping still go through
// RapidJSON's escaping.
class CompactWriter : public rapidjson::Writer<rapidjson::StringBuffer> {
 public:
  using rapidjson::Writer<rapidjson::StringBuffer>::Writer;

  // REQUIRES: !needs_json_escape(s).
  void plain_string(std::string_view s) {
    Prefix(rapidjson::kStringType);
    char* p = os_->Push(s.size() + 2);
    p[0] = '"';
    if (!s.empty()) std::memcpy(p + 1, s.data(), s.size());
    p[s.size() + 1] = '"';
    EndValue(true);
  }
  // Writes `s` as plain_string() does when nothing in it needs escaping, checked as it is
  // copied (one pass instead of a check, then a copy). Otherwise writes nothing, leaves
  // the writer as it was and returns false: the caller writes it through RapidJSON's
  // escaping. REQUIRES: inside an array or object (not the root value).
  bool plain_string_if_clean(std::string_view s) {
    auto* level = level_stack_.template Top<Level>();
    const size_t count = level->valueCount;
    Prefix(rapidjson::kStringType);  // ',' or ':' after an earlier value
    const size_t n = s.size();
    char* p = os_->Push(n + 2);
    if (!json_chars::copy_plain(s.data(), n, p + 1)) {
      os_->Pop(n + 2 + (count > 0 ? 1 : 0));
      level->valueCount = count;
      return false;
    }
    p[0] = '"';
    p[n + 1] = '"';
    EndValue(true);
    return true;
  }

  // Writes `text` with its white-space runs collapsed (as collapse_space_into does) as a
  // JSON string, byte for byte what RapidJSON writes for the collapsed text: in one pass
  // straight into the output, escaping '"' and '\\' on the way, or through `scratch`
  // and RapidJSON's escaping when a control character is left. REQUIRES: valid UTF-8.
  void collapsed_string(std::string_view text, std::string& scratch) {
    Prefix(rapidjson::kStringType);
    collapsed_value(text, scratch);
    EndValue(true);
  }
  // collapsed_string as a member of the innermost object (see begin_member).
  void collapsed_member(std::string_view key, std::string_view text, std::string& scratch) {
    end_member(begin_member(key, 0));
    collapsed_value(text, scratch);
  }

  // The string collapsed_string writes, quotes included, without the writer's bookkeeping.
  void collapsed_value(std::string_view text, std::string& scratch) {
    const size_t n = text.size();
    const size_t room = 2 * n + 2;  // the most it can write: every byte a '"' or '\\'
    char* const quote = os_->Push(room);
    char* const first = quote + 1;
    char* o = first;
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* const e = p + n;
    bool plain = true;
    while (p < e) {
#if defined(__SSE2__)
      const auto left = static_cast<size_t>(e - p);
      if (left >= 16) {
        // Bytes the loop below must see: controls and white space other than a single
        // space between two other bytes, '"', '\\', 0xC2 (NBSP's lead byte). The rest are
        // copied as they are, sixteen at a time.
        uint32_t stops = plain_json_stops16(p, o == first);
        size_t run = stops == 0 ? 16 : static_cast<size_t>(__builtin_ctz(stops));
        std::memcpy(o, p, 16);  // room enough: o never passes p's offset
        o += run;
        p += run;
        // A space last of the sixteen stops only because the byte after it is not known
        // yet: the next block starts with it and decides.
        if (run == 16 || (run == 15 && *p == ' ')) continue;
      } else if (n >= 16) {
        // The tail: the text's last sixteen bytes, of which the first 16 - left are
        // done (nothing past the text's end is read). A last ' ' stops: it is trailing.
        // Something is written already (the first block went through the path above),
        // so no byte here is leading white space.
        uint32_t stops = plain_json_stops16(e - 16, false) >> (16 - left);
        size_t run = stops == 0 ? left : static_cast<size_t>(__builtin_ctz(stops));
        copy_short(o, p, run);
        o += run;
        p += run;
        if (p == e) break;
      }
#else
      if (e - p >= 8) {
        if (size_t run = plain_json_block(p)) {
          std::memcpy(o, p, 8);  // room enough: o never passes p's offset
          o += run;
          p += run;
          continue;
        }
      }
#endif
      unsigned char c = *p;
      uint8_t k = kSpaceTable[c];
      if (k == 0 || (k == 2 && !(p + 1 < e && p[1] == 0xA0))) {
        if (c < 0x20) {  // a control character that is not white space: rare
          plain = false;
          break;
        }
        if (c == '"' || c == '\\') *o++ = '\\';  // as RapidJSON escapes them
        *o++ = static_cast<char>(c);
        ++p;
        continue;
      }
      p = space_run_end(p, e);
      if (o != first && p < e) *o++ = ' ';
    }
    if (plain) {
      *quote = '"';
      *o++ = '"';
      os_->Pop(static_cast<size_t>(quote + room - o));
    } else {
      os_->Pop(room);
      scratch.clear();
      collapse_space_into(text, scratch);
      WriteString(scratch.data(), static_cast<rapidjson::SizeType>(scratch.size()));
    }
  }

  void span_object(uint32_t start, uint32_t end, uint32_t line, uint32_t column) {
    Prefix(rapidjson::kObjectType);
    char* o = os_->Push(kSpanRoom);
    char* const stop = o + kSpanRoom;
    o = put_span(o, start, end, line, column);
    os_->Pop(static_cast<size_t>(stop - o));
    EndValue(true);
  }

  // Members of the innermost object written as raw bytes, key and value in one buffer
  // reservation instead of one writer call each. The writer's state stays what Key()
  // and a value call would leave: the member's key and value are both counted, so the
  // next member (or EndObject) finds it as RapidJSON would.
  // REQUIRES: the innermost open value is an object; `key` is ASCII with nothing to
  // escape; the value written is complete JSON.

  // Writes the comma (after an earlier member) and `"key":`, with `room` bytes reserved
  // after it for the value; end_member() gives back what the value did not use.
  char* begin_member(std::string_view key, size_t room) {
    auto* level = level_stack_.template Top<Level>();
    const size_t reserve = key.size() + 4 + room;
    char* o = os_->Push(reserve);
    member_stop_ = o + reserve;
    if (level->valueCount > 0) *o++ = ',';
    *o++ = '"';
    std::memcpy(o, key.data(), key.size());
    o += key.size();
    *o++ = '"';
    *o++ = ':';
    level->valueCount += 2;
    return o;
  }
  void end_member(char* o) { os_->Pop(static_cast<size_t>(member_stop_ - o)); }

  void uint_member(std::string_view key, uint32_t value) {
    end_member(json_chars::put_uint(value, begin_member(key, json_chars::kUintRoom)));
  }
  void null_member(std::string_view key) {
    char* o = begin_member(key, 4);
    std::memcpy(o, "null", 4);
    end_member(o + 4);
  }
  // Writes `s` as the member's string when nothing in it needs escaping, checked as it
  // is copied (one pass). Otherwise writes nothing, leaves the writer as it was and
  // returns false: the caller writes the member through RapidJSON's escaping.
  bool plain_string_member(std::string_view key, std::string_view s) {
    auto* level = level_stack_.template Top<Level>();
    const size_t count = level->valueCount;
    const size_t n = s.size();
    char* o = begin_member(key, n + 2);
    *o++ = '"';
    if (!json_chars::copy_plain(s.data(), n, o)) {
      os_->Pop(key.size() + 4 + n + 2);  // all of begin_member's reservation
      level->valueCount = count;
      return false;
    }
    o += n;
    *o++ = '"';
    end_member(o);
    return true;
  }
  void span_member(std::string_view key, uint32_t start, uint32_t end, uint32_t line,
                   uint32_t column) {
    end_member(put_span(begin_member(key, kSpanRoom), start, end, line, column));
  }

  // Objects of the innermost array written as raw bytes, without RapidJSON's level
  // stack: begin_item() writes the comma after an earlier item and '{', and counts the
  // item in the array's level as StartObject() ... EndObject() would; the caller writes
  // the members (raw bytes between begin_raw() and end_raw(), or the *_value() calls)
  // and the closing '}'. REQUIRES: the innermost open value is an array; what is
  // written between is complete members.

  // Reserves `room` bytes and returns where to write; end_raw() gives back what was not
  // used. Nothing else may write in between.
  char* begin_raw(size_t room) {
    char* o = os_->Push(room);
    member_stop_ = o + room;
    return o;
  }
  void end_raw(char* o) { os_->Pop(static_cast<size_t>(member_stop_ - o)); }
  // begin_raw() with the item's comma and '{' written.
  char* begin_item(size_t room) {
    auto* level = level_stack_.template Top<Level>();
    char* o = begin_raw(room + 2);
    if (level->valueCount++ > 0) *o++ = ',';
    *o++ = '{';
    return o;
  }
  // Constant raw bytes.
  template <size_t N>
  void raw_literal(const char (&text)[N]) {
    end_raw(put_literal(begin_raw(N - 1), text));
  }
  // The JSON string of `s`, quotes included, as RapidJSON escapes it.
  void string_value(std::string_view s) {
    const size_t n = s.size();
    char* o = begin_raw(n + 2);
    if (json_chars::copy_plain(s.data(), n, o + 1)) {
      o[0] = '"';
      o[n + 1] = '"';
      end_raw(o + n + 2);
      return;
    }
    end_raw(o);
    WriteString(s.data(), static_cast<rapidjson::SizeType>(n));
  }

  // A string written in pieces: open_string() writes what goes before it and the opening
  // quote, close_string() the closing quote; in between, the caller hands the string's
  // JSON form to the output itself.
  void open_string() {
    Prefix(rapidjson::kStringType);
    os_->Put('"');
  }
  void close_string() {
    os_->Put('"');
    EndValue(true);
  }

 private:
  char* member_stop_ = nullptr;  // the end of begin_member's or begin_raw's reservation
};

template <typename W>
constexpr bool kHasShortcuts = std::is_same_v<W, CompactWriter>;

// Writes the report through any RapidJSON writer (compact or pretty).
template <typename Writer>
class JsonReport {
 public:
  // Every few array items `flush` hands what the writer produced to the sink, so that
  // the writer's buffer stays small whatever the document's size.
  JsonReport(const Analysis& a, const ReportOptions& o, Writer& w, rapidjson::StringBuffer& buffer,
             const ChunkSink& sink)
      : a_(a), o_(o), w_(w), buffer_(buffer), sink_(sink) {}

  void write() {
    w_.StartObject();
    key("schema");
    str("speechscan.report/1");
    key("source");
    w_.StartObject();
    key("path");
    str(a_.doc.path);
    key("bytes");
    w_.Uint64(a_.doc.source_bytes);
    w_.EndObject();
    write_document();
    write_stats();
    key("sentences");
    w_.StartArray();
    if (shows(o_, Section::kSentences)) {
      sentence_starts_.reserve(a_.sentences.size());
      for (uint32_t i = 0; i < a_.sentences.size(); ++i) {
        const Sentence& s = a_.sentences[i];
        auto from = a_.doc.lines.locate(a_.doc.text, s.span.start, line_hint_);
        sentence_starts_.push_back(from);
        if constexpr (kHasShortcuts<Writer>) {
          if (raw_strings(s.span)) {
            char* o = w_.begin_item(16 + json_chars::kUintRoom);
            o = put_literal(o, "\"index\":");
            o = json_chars::put_uint(i, o);
            o = put_literal(o, ",\"text\":");
            w_.end_raw(o);
            w_.collapsed_value(span_text(a_, s.span), scratch_);
            o = w_.begin_raw(8 + kSpanRoom + 1);
            o = put_literal(o, ",\"span\":");
            o = put_span(o, s.span.start, s.span.end, from.line, from.column);
            *o++ = '}';
            w_.end_raw(o);
            flush_if_large();
            continue;
          }
        }
        w_.StartObject();
        uint_member("index", i);
        collapsed_member("text", s.span);
        span_member("span", s.span, i);
        w_.EndObject();
        flush_if_large();
      }
    }
    w_.EndArray();
    write_actors();
    write_times();
    write_events();
    write_commitments();
    key("diagnostics");
    w_.StartArray();
    for (const Diagnostic& d : a_.diagnostics) {
      w_.StartObject();
      key("severity");
      str(severity_name(d.severity));
      key("code");
      str(d.code);
      key("message");
      str(d.message);
      if (d.span) {
        key("span");
        span(*d.span);
      }
      w_.EndObject();
      flush_if_large();
    }
    w_.EndArray();
    w_.EndObject();
  }

 private:
  // Keys are the report's own ASCII names: nothing in them is escaped.
  void key(std::string_view k) {
    if constexpr (kHasShortcuts<Writer>) {
      w_.plain_string(k);
    } else {
      w_.Key(k.data(), static_cast<rapidjson::SizeType>(k.size()));
    }
  }
  // Strings from a document with invalid UTF-8 get U+FFFD for each invalid byte, so
  // that the JSON is always valid UTF-8; offsets still point into the original bytes.
  void str(std::string_view s) {
    if constexpr (kHasShortcuts<Writer>) {
      if (s.size() > kFlushBytes) {
        long_str(s);
        return;
      }
      if (!(a_.doc.has_invalid_utf8 && !utf8_clean(s)) && w_.plain_string_if_clean(s)) return;
    }
    if (a_.doc.has_invalid_utf8 && !utf8_clean(s)) {
      std::string fixed = replace_invalid_utf8(s);
      w_.String(fixed.data(), static_cast<rapidjson::SizeType>(fixed.size()));
      return;
    }
    w_.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
  }
  // A string longer than a flush (the one sentence of a text with no sentence ends, say)
  // goes to the sink a piece at a time, straight from the text where nothing in the piece
  // needs escaping: the writer's buffer is never grown to hold it. (That buffer is
  // malloc's, faulted in 4 KiB at a time: a 256 MB sentence cost 63,000 page faults, 0.8 s,
  // and 256 MB of memory.) The JSON is byte for byte the same.
  void long_str(std::string_view s) {
    w_.open_string();
    for (size_t i = 0; i < s.size();) {
      size_t end = piece_end(s, i);
      std::string_view piece = s.substr(i, end - i);
      flush();
      if (a_.doc.has_invalid_utf8 && !utf8_clean(piece)) {
        escaped(replace_invalid_utf8(piece));
      } else if (needs_json_escape(piece)) {
        escaped(piece);
      } else {
        sink_(piece);
      }
      i = end;
    }
    w_.close_string();
  }
  // The end of the piece of `s` that starts at `from`: about kFlushBytes on, moved back to
  // the start of a UTF-8 sequence, so that no valid sequence is cut in two. (A byte that
  // is not a continuation byte always starts a sequence; a continuation byte with three
  // continuation bytes before it is a stray, decoded alone.)
  static size_t piece_end(std::string_view s, size_t from) {
    size_t end = std::min(s.size(), from + kFlushBytes);
    if (end == s.size()) return end;
    auto continuation = [&s](size_t i) { return (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80; };
    size_t cut = end;
    for (int k = 0; k < 3 && cut > from && continuation(cut); ++k) --cut;
    return continuation(cut) ? end : cut;
  }
  // Hands the JSON escape of `s` (without quotes) to the sink, as RapidJSON escapes it.
  // REQUIRES: the buffer has just been flushed.
  void escaped(std::string_view s) {
    rapidjson::Writer<rapidjson::StringBuffer> escaper(buffer_);
    escaper.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
    sink_(std::string_view(buffer_.GetString() + 1, buffer_.GetSize() - 2));
    buffer_.Clear();
  }
  // Writes the white-space-collapsed text of a span through a reused buffer.
  void collapsed(Span s) {
    std::string_view text = span_text(a_, s);
    if constexpr (kHasShortcuts<Writer>) {
      // Longer than a flush: str() hands it to the sink in pieces (long_str).
      if (!a_.doc.has_invalid_utf8 && text.size() <= kFlushBytes) {
        w_.collapsed_string(text, scratch_);
        return;
      }
    }
    if (!needs_space_collapse(text)) {
      str(text);
      return;
    }
    scratch_.clear();
    collapse_space_into(span_text(a_, s), scratch_);
    str(scratch_);
  }

  void span(Span s) {
    auto from = a_.doc.lines.locate(a_.doc.text, s.start, line_hint_);
    if constexpr (kHasShortcuts<Writer>) {
      w_.span_object(s.start, s.end, from.line, from.column);
      return;
    }
    w_.StartObject();
    key("start");
    w_.Uint(s.start);
    key("end");
    w_.Uint(s.end);
    key("line");
    w_.Uint(from.line);
    key("column");
    w_.Uint(from.column);
    w_.EndObject();
  }

  // One member of the innermost object; through CompactWriter's members (key and value
  // in one reservation) where the value is plain, else as key() and the value call.
  void uint_member(std::string_view k, uint32_t v) {
    if constexpr (kHasShortcuts<Writer>) {
      w_.uint_member(k, v);
    } else {
      key(k);
      w_.Uint(v);
    }
  }
  void null_member(std::string_view k) {
    if constexpr (kHasShortcuts<Writer>) {
      w_.null_member(k);
    } else {
      key(k);
      w_.Null();
    }
  }
  void str_member(std::string_view k, std::string_view s) {
    if constexpr (kHasShortcuts<Writer>) {
      // A document with invalid UTF-8 takes str()'s path, which replaces it.
      if (!a_.doc.has_invalid_utf8 && s.size() <= kFlushBytes && w_.plain_string_member(k, s)) {
        return;
      }
    }
    key(k);
    str(s);
  }
  // A span within sentence `sentence`, located from that sentence's line when the
  // sentences were written (other spans are not in text order: an actor's mentions
  // follow one another through the whole text, then the next actor's start over).
  // Returns the span's line, for a member that repeats it.
  uint32_t span_member(std::string_view k, Span s, uint32_t sentence) {
    if constexpr (kHasShortcuts<Writer>) {
      auto from = locate_in(s, sentence);
      w_.span_member(k, s.start, s.end, from.line, from.column);
      return from.line;
    } else {
      hint_sentence(sentence);
      key(k);
      span(s);
      return a_.doc.lines.locate(a_.doc.text, s.start, line_hint_).line;
    }
  }
  // Starts the next locate() from the line of sentence `sentence`, when it is known.
  // Any hint gives the same position; a good one saves the binary search.
  void hint_sentence(uint32_t sentence) {
    if (sentence < sentence_starts_.size()) line_hint_ = sentence_starts_[sentence].line;
  }
  // The position of span `s` within sentence `sentence`. A span that starts where its
  // sentence does (most events' clauses, half the commitments) has the position found
  // when the sentences were written; others are located from the sentence's line.
  LineIndex::Position locate_in(Span s, uint32_t sentence) {
    if (sentence < sentence_starts_.size() && a_.sentences[sentence].span.start == s.start) {
      line_hint_ = sentence_starts_[sentence].line;
      return sentence_starts_[sentence];
    }
    hint_sentence(sentence);
    return a_.doc.lines.locate(a_.doc.text, s.start, line_hint_);
  }
  // Starts an item of the innermost array with the members a mention and a time share:
  // `{"text":...,"span":{...},"sentence":N` (the caller closes it). REQUIRES:
  // raw_strings(span); a CompactWriter.
  void raw_text_span_sentence(Span span, uint32_t sentence) {
    char* o = w_.begin_item(8);
    o = put_literal(o, "\"text\":");
    w_.end_raw(o);
    w_.string_value(span_text(a_, span));
    auto from = locate_in(span, sentence);
    o = w_.begin_raw(8 + kSpanRoom + 12 + json_chars::kUintRoom);
    o = put_literal(o, ",\"span\":");
    o = put_span(o, span.start, span.end, from.line, from.column);
    o = put_literal(o, ",\"sentence\":");
    o = json_chars::put_uint(sentence, o);
    w_.end_raw(o);
  }
  // Whether the strings of a span's item can be written by CompactWriter's raw values:
  // no invalid UTF-8 to replace and not so long that it goes out in pieces.
  bool raw_strings(Span s) const {
    return !a_.doc.has_invalid_utf8 && s.end - s.start <= kFlushBytes;
  }
  // The white-space-collapsed text of a span (see collapsed()).
  void collapsed_member(std::string_view k, Span s) {
    if constexpr (kHasShortcuts<Writer>) {
      std::string_view text = span_text(a_, s);
      if (!a_.doc.has_invalid_utf8 && text.size() <= kFlushBytes) {
        w_.collapsed_member(k, text, scratch_);
        return;
      }
    }
    key(k);
    collapsed(s);
  }

  void write_document() {
    const Document& d = a_.doc;
    key("document");
    w_.StartObject();
    key("date");
    if (d.date) {
      str(format_iso_date(*d.date));
    } else {
      w_.Null();
    }
    key("date_source");
    str(date_source_name(d.date_source));
    key("title");
    if (d.title) {
      str(collapse_space(title_text(d)));
    } else {
      w_.Null();
    }
    key("speaker");
    if (a_.speaker && *a_.speaker < a_.actors.size()) {
      str(a_.actors[*a_.speaker].id);
    } else {
      w_.Null();
    }
    key("language");
    str("en");
    w_.EndObject();
  }

  void write_stats() {
    const uint32_t words = count_words(a_.tokens);
    key("stats");
    w_.StartObject();
    key("sentences");
    w_.Uint(static_cast<unsigned>(a_.sentences.size()));
    key("tokens");
    w_.Uint(static_cast<unsigned>(a_.tokens.size()));
    key("words");
    w_.Uint(words);
    key("actors");
    w_.Uint(static_cast<unsigned>(a_.actors.size()));
    key("times");
    w_.Uint(static_cast<unsigned>(a_.times.size()));
    key("events");
    w_.Uint(static_cast<unsigned>(a_.events.size()));
    key("commitments");
    w_.Uint(static_cast<unsigned>(a_.commitments.size()));
    w_.EndObject();
  }

  void actor_ids(std::span<const uint32_t> ids) {
    w_.StartArray();
    for (uint32_t i : ids) {
      if (i < a_.actors.size()) str(a_.actors[i].id);
    }
    w_.EndArray();
  }

  void write_actors() {
    key("actors");
    w_.StartArray();
    if (shows(o_, Section::kActors)) {
      for (const Actor& actor : a_.actors) {
        w_.StartObject();
        str_member("id", actor.id);
        str_member("name", actor.name);
        str_member("type", actor_type_name(actor.type));
        if (actor.role.empty()) {
          null_member("role");
        } else {
          str_member("role", actor.role);
        }
        key("mentions");
        w_.StartArray();
        for (const Mention& m : actor.mentions) {
          if constexpr (kHasShortcuts<Writer>) {
            if (raw_strings(m.span)) {
              raw_text_span_sentence(m.span, m.sentence);
              w_.raw_literal("}");
              flush_if_large();  // one actor may have a mention in every sentence
              continue;
            }
          }
          w_.StartObject();
          str_member("text", span_text(a_, m.span));
          span_member("span", m.span, m.sentence);
          uint_member("sentence", m.sentence);
          w_.EndObject();
          flush_if_large();  // one actor may have a mention in every sentence
        }
        w_.EndArray();
        w_.EndObject();
        flush_if_large();
      }
    }
    w_.EndArray();
  }

  void write_times() {
    key("times");
    w_.StartArray();
    if (shows(o_, Section::kTimes)) {
      for (const TimeExpr& t : a_.times) {
        if constexpr (kHasShortcuts<Writer>) {
          if (raw_strings(t.span)) {
            raw_text_span_sentence(t.span, t.sentence);
            w_.raw_literal(",\"type\":");
            w_.string_value(time_type_name(t.type));
            w_.raw_literal(",\"value\":");
            w_.string_value(t.value);
            w_.raw_literal("}");
            flush_if_large();
            continue;
          }
        }
        w_.StartObject();
        str_member("text", span_text(a_, t.span));
        span_member("span", t.span, t.sentence);
        uint_member("sentence", t.sentence);
        str_member("type", time_type_name(t.type));
        str_member("value", t.value);
        w_.EndObject();
        flush_if_large();
      }
    }
    w_.EndArray();
  }

  void write_events() {
    key("events");
    w_.StartArray();
    if (shows(o_, Section::kEvents)) {
      for (uint32_t i = 0; i < a_.events.size(); ++i) {
        const Event& e = a_.events[i];
        w_.StartObject();
        uint_member("index", i);
        uint_member("sentence", e.sentence);
        span_member("span", e.span, e.sentence);
        collapsed_member("text", e.span);
        str_member("trigger", slice(a_.doc.text, e.trigger));
        uint_member("time", e.time);
        str_member("date", e.time < a_.times.size() ? std::string_view(a_.times[e.time].value)
                                                    : std::string_view());
        key("actors");
        actor_ids(e.actors);
        str_member("tense", tense_name(e.tense));
        w_.EndObject();
        flush_if_large();
      }
    }
    w_.EndArray();
  }

  void write_commitments() {
    key("commitments");
    w_.StartArray();
    if (shows(o_, Section::kCommitments)) {
      for (uint32_t i = 0; i < a_.commitments.size(); ++i) {
        const Commitment& c = a_.commitments[i];
        w_.StartObject();
        uint_member("index", i);
        uint_member("sentence", c.sentence);
        const uint32_t line = span_member("span", c.span, c.sentence);
        collapsed_member("text", c.span);
        key("actors");
        actor_ids(c.actors);
        if (c.actor_text) {
          str_member("actor_text", span_text(a_, *c.actor_text));
        } else {
          null_member("actor_text");
        }
        str_member("modality", c.modality);
        str_member("action", c.action);
        // Collapsed on the way into the output, as "text" is (collapse_space() into a
        // string of its own and then a copy of it cost twice the pass and an allocation).
        if (c.object) {
          collapsed_member("object", *c.object);
        } else {
          null_member("object");
        }
        if (c.condition) {
          collapsed_member("condition", *c.condition);
        } else {
          null_member("condition");
        }
        if (c.time && *c.time < a_.times.size()) {
          uint_member("time", *c.time);
        } else {
          null_member("time");
        }
        str_member("strength", strength_name(c.strength));
        str_member("polarity", polarity_name(c.polarity));
        str_member("rule", c.rule);
        uint_member("line", line);  // the span's, located above
        w_.EndObject();
        flush_if_large();
      }
    }
    w_.EndArray();
  }

  void flush_if_large() {
    if (buffer_.GetSize() >= kFlushBytes) flush();
  }
  void flush() {
    if (buffer_.GetSize() > 0) sink_(std::string_view(buffer_.GetString(), buffer_.GetSize()));
    buffer_.Clear();
  }
  static constexpr size_t kFlushBytes = 1 << 20;

  const Analysis& a_;
  const ReportOptions& o_;
  Writer& w_;
  rapidjson::StringBuffer& buffer_;
  const ChunkSink& sink_;
  uint32_t line_hint_ = 0;  // the line of the last span written: spans come mostly in order
  // Where each sentence starts, once the sentences are written.
  std::vector<LineIndex::Position> sentence_starts_;
  std::string scratch_;

 public:
  ~JsonReport() { flush(); }
};

}  // namespace

void write_json(const Analysis& a, const ReportOptions& options, const ChunkSink& sink) {
  // RapidJSON writes fastest into its own StringBuffer (raw pointer writes); the sink
  // takes its contents every megabyte.
  rapidjson::StringBuffer buffer;
  if (options.pretty) {
    rapidjson::PrettyWriter<rapidjson::StringBuffer> writer(buffer);
    writer.SetIndent(' ', 2);
    JsonReport<decltype(writer)>(a, options, writer, buffer, sink).write();
  } else {
    CompactWriter writer(buffer);
    JsonReport<decltype(writer)>(a, options, writer, buffer, sink).write();
  }
}

void write_json(const Analysis& a, const ReportOptions& options, std::string& out) {
  // Reserved for the usual size (about three bytes of JSON per byte of text) so that a
  // large report is not copied as it grows; pages never written cost no memory.
  out.reserve(out.size() + a.doc.text.size() * 4 + 4096);
  write_json(a, options, ChunkSink([&out](std::string_view piece) { out.append(piece); }));
}

}  // namespace speechscan
