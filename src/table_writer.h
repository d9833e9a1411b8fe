// TableWriter: constant arrays written as C++ source, for the generated lexicon tables
// (src/tables.h).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace speechscan::tables {

// Writes constant arrays as C++ source. Every string view becomes a view into one byte
// array (equal strings share their bytes), so the tables need no other data.
class TableWriter {
 public:
  explicit TableWriter(std::string bytes_name) : bytes_name_(std::move(bytes_name)) {}

  // `s` as an initializer of a std::string_view, and its first byte's address.
  std::string view(std::string_view s) {
    return s.empty() ? "{}" : "{" + pointer(s) + ", " + std::to_string(s.size()) + "}";
  }
  std::string pointer(std::string_view s) {
    if (s.empty()) return "nullptr";
    auto [it, fresh] = offsets_.try_emplace(std::string(s), bytes_.size());
    if (fresh) bytes_ += s;
    return bytes_name_ + " + " + std::to_string(it->second);
  }
  // `std::array<type, n> name = {{ row(x)... }};`, one element a line.
  template <typename T, typename Row>
  void array(std::string_view type, std::string_view name, std::span<const T> xs, Row&& row) {
    body_ += "constexpr std::array<" + std::string(type) + ", " + std::to_string(xs.size()) +
             "> " + std::string(name) + " = {{\n";
    for (const T& x : xs) body_ += "    " + row(x) + ",\n";
    body_ += "}};\n";
  }
  // A constant made by `expr` (which may use the arrays written before it).
  void constant(std::string_view type, std::string_view name, std::string_view expr) {
    body_ += "constexpr " + std::string(type) + " " + std::string(name) + " = " +
             std::string(expr) + ";\n";
  }
  // The byte array first, then the arrays in the order written.
  std::string source(std::string_view header) const {
    std::string out(header);
    out += "constexpr char " + bytes_name_ + "[] =";
    size_t col = 80;
    for (unsigned char c : bytes_) {
      if (col >= 80) {
        out += "\n    \"";
        col = 0;
      }
      if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
        out += static_cast<char>(c);
        ++col;
      } else {  // three octal digits: an escape that the next character cannot extend
        const char oct[] = {'\\', static_cast<char>('0' + (c >> 6)),
                            static_cast<char>('0' + ((c >> 3) & 7)), static_cast<char>('0' + (c & 7))};
        out.append(oct, 4);
        col += 4;
      }
      if (col >= 80) out += '"';
    }
    if (bytes_.empty() || col < 80) out += bytes_.empty() ? " \"\"" : "\"";
    out += ";\n" + body_;
    return out;
  }

 private:
  std::string bytes_name_;
  std::string bytes_;
  std::unordered_map<std::string, size_t> offsets_;
  std::string body_;
};

// `{x, y, ...}`. Row writers pass their fields through this (a braced list is evaluated
// in order) so that the byte array's order, set by the first view() of each string, is
// the same whatever the compiler: `"{" + view(a) + view(b)` may call either view first.
inline std::string fields(std::initializer_list<std::string> xs) {
  std::string out = "{";
  for (const std::string& x : xs) {
    if (out.size() > 1) out += ", ";
    out += x;
  }
  return out + "}";
}

inline std::string num(uint64_t x) { return std::to_string(x) + "u"; }
inline std::string num64(uint64_t x) { return std::to_string(x) + "ull"; }
inline std::string flag(bool b) { return b ? "true" : "false"; }
// An enumerator by its number: static_cast<type>(value).
template <typename E>
std::string enum_value(std::string_view type, E e) {
  return "static_cast<" + std::string(type) + ">(" + std::to_string(static_cast<int>(e)) + ")";
}

}  // namespace speechscan::tables
