// Byte-level pieces of the JSON report writer (src/report.cc): decimal numbers and the
// check-and-copy of strings that need no escaping. Internal to the report; the unit
// tests check them against std::to_chars and a byte loop.
//
// Both write through raw pointers into a buffer the caller has reserved, because the
// report writes about three bytes of JSON per byte of text and these run for every
// number and string in it (161 K numbers on a 2 MB text).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace speechscan::json_chars {

// The most put_uint() writes (ten digits), and the room it needs after `o`: it stores
// eight bytes at a time, so a short number still needs eight.
inline constexpr size_t kUintRoom = 10;

// The decimal digits of v, leading zeros included, as the bytes of a little-endian word,
// the first digit in the low byte, each digit as 0-9 (not ASCII). Divide-and-split in
// parallel lanes (by 10^4, then 10^2, then 10); each division is a multiply and a shift
// that is exact in its lane's range (the unit test checks every v < 200,000 and the
// edges). REQUIRES: v < 10^8.
inline uint64_t eight_digits(uint32_t v) {
  const uint64_t high4 = v / 10000;
  const uint64_t x = high4 | (static_cast<uint64_t>(v - high4 * 10000) << 32);  // lanes < 10^4
  const uint64_t h = ((x * 5243) >> 19) & 0x0000007F0000007FULL;               // lane / 100
  const uint64_t y = h | ((x - h * 100) << 16);                                  // lanes < 100
  const uint64_t t = ((y * 103) >> 10) & 0x000F000F000F000FULL;                  // lane / 10
  return t | ((y - t * 10) << 8);
}

// "00" "01" ... "99": the two ASCII digits of every number below 100.
struct DigitPairs {
  char c[200];
  constexpr DigitPairs() : c() {
    for (int i = 0; i < 100; ++i) {
      c[2 * i] = static_cast<char>('0' + i / 10);
      c[2 * i + 1] = static_cast<char>('0' + i % 10);
    }
  }
};
inline constexpr DigitPairs kDigitPairs;

// Writes v < 100 without leading zero and returns the end ("7", "42").
inline char* put_below_100(uint32_t v, char* o) {
  if (v < 10) {
    *o = static_cast<char>('0' + v);
    return o + 1;
  }
  std::memcpy(o, kDigitPairs.c + 2 * v, 2);
  return o + 2;
}
inline char* put_pair(uint32_t v, char* o) {  // v < 100, two digits ("07")
  std::memcpy(o, kDigitPairs.c + 2 * v, 2);
  return o + 2;
}

// Writes v in decimal (as RapidJSON's Uint() does) and returns the end. Below 10^6 (the
// report's line and column numbers, indices and the offsets of texts up to 1 MB) the
// digits are pairs from a table, the number of digits found by comparison: fewer
// instructions than splitting all eight lanes for a six-digit offset. Longer numbers
// take the lane split below.
// REQUIRES: kUintRoom bytes of room at o (bytes past the end may be overwritten).
[[gnu::always_inline]] inline char* put_uint_inlined(uint32_t v, char* o) {
  if (v < 100) return put_below_100(v, o);
  if (v < 10000) {
    const uint32_t high = (v * 5243) >> 19;  // v / 100, exact for v < 43,699
    return put_pair(v - high * 100, put_below_100(high, o));
  }
  if (v < 1000000) {
    const uint32_t high = v / 10000;  // < 100
    const uint32_t low = v - high * 10000;
    const uint32_t mid = (low * 5243) >> 19;  // low / 100
    return put_pair(low - mid * 100, put_pair(mid, put_below_100(high, o)));
  }
  constexpr uint64_t kZeros = 0x3030303030303030ULL;
  if (v < 100000000) {
    const uint64_t d = eight_digits(v);
    const unsigned zeros = static_cast<unsigned>(__builtin_ctzll(d)) & 56U;  // d != 0
    const uint64_t w = (d >> zeros) + kZeros;
    std::memcpy(o, &w, 8);
    return o + 8 - zeros / 8;
  }
  const uint32_t top = v / 100000000;  // 1..42
  if (top >= 10) {
    *o++ = static_cast<char>('0' + top / 10);
  }
  *o++ = static_cast<char>('0' + top % 10);
  const uint64_t w = eight_digits(v - top * 100000000) + kZeros;
  std::memcpy(o, &w, 8);
  return o + 8;
}
// The same, for callers that are not hot enough to take the inlined copy (put_span is).
inline char* put_uint(uint32_t v, char* o) { return put_uint_inlined(v, o); }

// Whether any of the eight bytes of w is one JSON escapes: below 0x20, '"' or '\\'.
inline bool escape_in_word(uint64_t w) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  auto has_zero = [](uint64_t x) { return ((x - kOnes) & ~x & kHigh) != 0; };
  return (((w - kOnes * 0x20) & ~w & kHigh) != 0) || has_zero(w ^ (kOnes * '"')) ||
         has_zero(w ^ (kOnes * '\\'));
}
inline bool escape_byte(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }

#if defined(__SSE2__)
// Whether any of the sixteen bytes at p is one JSON escapes.
inline bool escape_in_16(__m128i v) {
  const __m128i control = _mm_cmpeq_epi8(_mm_max_epu8(v, _mm_set1_epi8(0x1F)), _mm_set1_epi8(0x1F));
  const __m128i quote = _mm_cmpeq_epi8(v, _mm_set1_epi8('"'));
  const __m128i backslash = _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'));
  return _mm_movemask_epi8(_mm_or_si128(control, _mm_or_si128(quote, backslash))) != 0;
}
#endif

// Copies the n bytes at s to o and returns whether none of them is one JSON escapes
// (then the copy is the string's JSON form, quotes aside). Loads and stores cover the
// n bytes exactly, in overlapping blocks: no byte outside [s, s + n) is read and none
// outside [o, o + n) is written. On false, what [o, o + n) holds is unspecified.
inline bool copy_plain(const char* s, size_t n, char* o) {
  if (n >= 16) {
#if defined(__SSE2__)
    for (size_t i = 0;; i += 16) {
      if (i + 16 > n) i = n - 16;  // the last block overlaps the one before it
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
      if (escape_in_16(v)) return false;
      _mm_storeu_si128(reinterpret_cast<__m128i*>(o + i), v);
      if (i + 16 == n) return true;
    }
#else
    for (size_t i = 0;; i += 8) {
      if (i + 8 > n) i = n - 8;
      uint64_t w;
      std::memcpy(&w, s + i, 8);
      if (escape_in_word(w)) return false;
      std::memcpy(o + i, &w, 8);
      if (i + 8 == n) return true;
    }
#endif
  }
  if (n >= 8) {
    uint64_t a;
    uint64_t b;
    std::memcpy(&a, s, 8);
    std::memcpy(&b, s + n - 8, 8);
    if (escape_in_word(a) || escape_in_word(b)) return false;
    std::memcpy(o, &a, 8);
    std::memcpy(o + n - 8, &b, 8);
    return true;
  }
  if (n >= 4) {
    uint32_t a;
    uint32_t b;
    std::memcpy(&a, s, 4);
    std::memcpy(&b, s + n - 4, 4);
    if (escape_in_word(a | (static_cast<uint64_t>(b) << 32))) return false;
    std::memcpy(o, &a, 4);
    std::memcpy(o + n - 4, &b, 4);
    return true;
  }
  for (size_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (escape_byte(c)) return false;
    o[i] = static_cast<char>(c);
  }
  return true;
}

}  // namespace speechscan::json_chars
