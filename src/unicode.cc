// The ICU adapter: the only file that includes ICU headers.
#include "speechscan/unicode.h"

#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include <vector>

namespace speechscan::unicode {

Decoded decode(std::string_view text, size_t pos) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const size_t n = text.size();
  uint8_t b0 = s[pos];
  if (b0 < 0x80) return {b0, 1, true};
  // Strict UTF-8 (RFC 3629): no overlongs, no surrogates, nothing above U+10FFFF.
  auto cont = [&](size_t i) { return pos + i < n && (s[pos + i] & 0xC0) == 0x80; };
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    if (cont(1)) return {static_cast<char32_t>(((b0 & 0x1F) << 6) | (s[pos + 1] & 0x3F)), 2, true};
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    if (cont(1) && cont(2)) {
      uint8_t b1 = s[pos + 1];
      bool ok = !(b0 == 0xE0 && b1 < 0xA0) && !(b0 == 0xED && b1 >= 0xA0);
      if (ok) {
        return {static_cast<char32_t>(((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (s[pos + 2] & 0x3F)),
                3, true};
      }
    }
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    if (cont(1) && cont(2) && cont(3)) {
      uint8_t b1 = s[pos + 1];
      bool ok = !(b0 == 0xF0 && b1 < 0x90) && !(b0 == 0xF4 && b1 >= 0x90);
      if (ok) {
        return {static_cast<char32_t>(((b0 & 0x07) << 18) | ((b1 & 0x3F) << 12) |
                                      ((s[pos + 2] & 0x3F) << 6) | (s[pos + 3] & 0x3F)),
                4, true};
      }
    }
  }
  return {kReplacement, 1, false};
}

bool is_letter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return u_isalpha(static_cast<UChar32>(c)) != 0;
}
bool is_upper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(static_cast<UChar32>(c)) != 0 || u_istitle(static_cast<UChar32>(c)) != 0;
}
bool is_lower(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return u_islower(static_cast<UChar32>(c)) != 0;
}
bool is_digit(char32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9';
  return u_isdigit(static_cast<UChar32>(c)) != 0;
}
bool is_space(char32_t c) {
  if (c < 0x80) return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  return u_isUWhiteSpace(static_cast<UChar32>(c)) != 0 || c == 0xFEFF;
}
bool is_punctuation(char32_t c) {
  if (c < 0x80) return u_ispunct(static_cast<UChar32>(c)) != 0;
  return u_ispunct(static_cast<UChar32>(c)) != 0;
}
bool is_symbol(char32_t c) {
  int8_t t = u_charType(static_cast<UChar32>(c));
  return t == U_MATH_SYMBOL || t == U_CURRENCY_SYMBOL || t == U_MODIFIER_SYMBOL ||
         t == U_OTHER_SYMBOL;
}
bool is_control(char32_t c) {
  if (c == '\t' || c == '\n' || c == '\r') return false;
  return c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0);
}

void fold_case_append(std::string_view utf8, std::string& out) {
  size_t i = 0;
  while (i < utf8.size()) {
    auto b = static_cast<unsigned char>(utf8[i]);
    if (b < 0x80) {
      out.push_back(static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b));
      ++i;
      continue;
    }
    Decoded d = decode(utf8, i);
    if (!d.valid) {
      out.push_back(utf8[i]);  // keep invalid bytes as they are
      ++i;
      continue;
    }
    auto folded = static_cast<UChar32>(u_foldCase(static_cast<UChar32>(d.cp), U_FOLD_CASE_DEFAULT));
    char buf[4];
    int32_t len = 0;
    U8_APPEND_UNSAFE(buf, len, folded);
    out.append(buf, static_cast<size_t>(len));
    i += d.length;
  }
}

std::string fold_case(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  fold_case_append(utf8, out);
  return out;
}

std::optional<std::string> utf16_to_utf8(std::string_view bytes, bool big_endian) {
  std::vector<UChar> units(bytes.size() / 2);
  for (size_t i = 0; i < units.size(); ++i) {
    auto a = static_cast<uint8_t>(bytes[2 * i]);
    auto b = static_cast<uint8_t>(bytes[2 * i + 1]);
    units[i] = static_cast<UChar>(big_endian ? (a << 8) | b : (b << 8) | a);
  }
  if (bytes.size() % 2 == 1) units.push_back(0xFFFD);  // a dangling byte
  UErrorCode status = U_ZERO_ERROR;
  int32_t needed = 0;
  int32_t subs = 0;
  u_strToUTF8WithSub(nullptr, 0, &needed, units.data(), static_cast<int32_t>(units.size()), 0xFFFD,
                     &subs, &status);
  if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return std::nullopt;
  std::string out(static_cast<size_t>(needed), '\0');
  status = U_ZERO_ERROR;
  u_strToUTF8WithSub(out.data(), needed, &needed, units.data(), static_cast<int32_t>(units.size()),
                     0xFFFD, &subs, &status);
  if (U_FAILURE(status) && status != U_STRING_NOT_TERMINATED_WARNING) return std::nullopt;
  return out;
}

uint32_t count_code_points(std::string_view utf8) {
  uint32_t n = 0;
  size_t i = 0;
  while (i < utf8.size()) {
    auto b = static_cast<unsigned char>(utf8[i]);
    if (b < 0x80) {
      ++i;
    } else {
      i += decode(utf8, i).length;
    }
    ++n;
  }
  return n;
}

}  // namespace speechscan::unicode
