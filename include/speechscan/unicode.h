// The one adapter between speechscan and ICU. Only src/unicode.cc includes ICU headers.
//
// Everything takes UTF-8 and works in bytes; an ASCII fast path avoids ICU for the
// common case. Invalid UTF-8 decodes as U+FFFD, one byte at a time, so that offsets
// always advance and always point into the original bytes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace speechscan::unicode {

inline constexpr char32_t kReplacement = 0xFFFD;

struct Decoded {
  char32_t cp = kReplacement;
  uint8_t length = 1;  // bytes consumed, >= 1
  bool valid = false;
};

// Decodes the code point at text[pos]. REQUIRES: pos < text.size().
Decoded decode(std::string_view text, size_t pos);

// Code point classes (full Unicode through ICU, ASCII without it).
bool is_letter(char32_t c);
bool is_upper(char32_t c);
bool is_lower(char32_t c);
bool is_digit(char32_t c);
bool is_space(char32_t c);          // white space incl. U+00A0, U+2028
bool is_punctuation(char32_t c);    // general category P*
bool is_symbol(char32_t c);         // general category S*
bool is_control(char32_t c);        // Cc other than \t \n \r

// Lower-cases (Unicode simple case folding) UTF-8 text; ASCII is done without ICU.
std::string fold_case(std::string_view utf8);
// Appends the folded form of `utf8` to `out` (no allocation when `out` has capacity).
void fold_case_append(std::string_view utf8, std::string& out);

// Transcodes UTF-16 (with or without BOM, `big_endian` selects the byte order) into
// UTF-8 through ICU. Unpaired surrogates become U+FFFD. nullopt only on ICU failure.
std::optional<std::string> utf16_to_utf8(std::string_view bytes, bool big_endian);

// Number of code points in utf8 (each invalid byte counts as one).
uint32_t count_code_points(std::string_view utf8);

}  // namespace speechscan::unicode
