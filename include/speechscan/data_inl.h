// Implementation detail of data.h.
#pragma once

#include <array>
#include <cstddef>
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

template <typename Fn>
void for_each_tsv_row(std::string_view bytes, Fn&& fn) {
  for_each_tsv_line(bytes, [&fn](std::string_view line, int line_no) {
    std::array<std::string_view, kMaxTsvFields> fields{};
    size_t n = 0;
    size_t f = 0;
    while (n + 1 < kMaxTsvFields) {
      size_t tab = line.find('\t', f);
      if (tab == std::string_view::npos) break;
      fields[n++] = line.substr(f, tab - f);
      f = tab + 1;
    }
    fields[n++] = line.substr(f);
    fn(std::span<const std::string_view>(fields.data(), n), line_no);
  });
}

}  // namespace speechscan::data
