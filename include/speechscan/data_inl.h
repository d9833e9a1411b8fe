// Implementation detail of data.h.
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <string_view>

namespace speechscan::data {

// At most this many fields per row are split out; the rest stay in the last field.
inline constexpr size_t kMaxTsvFields = 12;

// fn(line, line_no) for every line that is neither blank nor a '#' comment, without
// its line end (\n or \r\n).
template <typename Fn>
void for_each_tsv_line(std::string_view bytes, Fn&& fn) {
  size_t pos = 0;
  int line_no = 0;
  while (pos < bytes.size()) {
    size_t eol = bytes.find('\n', pos);
    if (eol == std::string_view::npos) eol = bytes.size();
    std::string_view line = bytes.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    fn(line, line_no);
  }
}

// Bit 8k+7 is set for each byte k of x (little-endian order) that is '\t' or '\n'; exact
// for every byte (no borrow between bytes), so that all of them can be visited.
inline uint64_t tsv_breaks(uint64_t x) {
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  constexpr uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Full;
  auto zero_bytes = [](uint64_t v) { return ~(((v & kLow7) + kLow7) | v) & ~kLow7; };
  return zero_bytes(x ^ (kOnes * '\t')) | zero_bytes(x ^ (kOnes * '\n'));
}

// Rows as for_each_tsv_line() delimits them, split at tabs. The bytes are scanned eight
// at a time for tabs and line ends together: loading every lexicon at start-up went
// through a memchr call per field and per line before.
template <typename Fn>
void for_each_tsv_row(std::string_view bytes, Fn&& fn) {
  std::array<std::string_view, kMaxTsvFields> fields;
  const char* const p = bytes.data();
  const size_t size = bytes.size();
  size_t line = 0;   // where the current line starts
  size_t field = 0;  // where its current field starts
  size_t n = 0;      // fields of the current line before `field`
  int line_no = 0;
  auto end_line = [&](size_t eol) {
    ++line_no;
    if (eol > line && p[eol - 1] == '\r') --eol;
    if (eol > line && p[line] != '#') {
      fields[n] = std::string_view(p + field, eol - field);
      fn(std::span<const std::string_view>(fields.data(), n + 1), line_no);
    }
  };
  for (size_t i = 0; i < size; i += 8) {
    uint64_t x = 0;
    const size_t avail = size - i < 8 ? size - i : 8;
    if (avail == 8 && std::endian::native == std::endian::little) {
      std::memcpy(&x, p + i, 8);
    } else {  // zero bytes past the end are neither tab nor newline
      for (size_t k = 0; k < avail; ++k) x |= uint64_t{static_cast<unsigned char>(p[i + k])} << (8 * k);
    }
    for (uint64_t m = tsv_breaks(x); m != 0; m &= m - 1) {
      const size_t at = i + static_cast<size_t>(std::countr_zero(m)) / 8;
      if (p[at] == '\t') {
        // At most kMaxTsvFields fields: later tabs stay in the last one.
        if (n + 1 < kMaxTsvFields) {
          fields[n++] = std::string_view(p + field, at - field);
          field = at + 1;
        }
      } else {
        end_line(at);
        line = field = at + 1;
        n = 0;
      }
    }
  }
  if (line < size) end_line(size);
}

template <typename Fn>
void for_each_alternative(std::string_view field, Fn&& fn) {
  size_t pos = 0;
  while (pos <= field.size()) {
    size_t bar = field.find('|', pos);
    if (bar == std::string_view::npos) bar = field.size();
    if (bar > pos) fn(field.substr(pos, bar - pos));
    pos = bar + 1;
  }
}

}  // namespace speechscan::data
