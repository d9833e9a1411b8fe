// Byte spans into a Document's text.
//
// Every position in speechscan is a byte offset into Document::text(), the UTF-8 text
// of one input (a UTF-8 BOM counts as input bytes; UTF-16 input is described by offsets
// into its UTF-8 transcoding). Offsets are uint32: one document is at most 4 GiB - 1.
#pragma once

#include <cstdint>
#include <string_view>

namespace speechscan {

struct Span {
  uint32_t start = 0;  // first byte
  uint32_t end = 0;    // one past the last byte

  constexpr uint32_t size() const { return end - start; }
  constexpr bool empty() const { return end <= start; }
  constexpr bool contains(Span o) const { return start <= o.start && o.end <= end; }
  constexpr bool overlaps(Span o) const { return start < o.end && o.start < end; }
  friend constexpr bool operator==(Span, Span) = default;
};

// REQUIRES: span lies inside text.
inline std::string_view slice(std::string_view text, Span s) {
  return text.substr(s.start, s.end - s.start);
}

}  // namespace speechscan
