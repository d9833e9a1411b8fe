// A word's bytes, compared with string literals without a call to memcmp.
//
// The stages test words against literals all the time (`w.key == "is"`, `aux() == "be"`).
// std::string_view's operator== compares a length and then calls memcmp with a length
// known only at run time: a library call per test, about 3 % of a whole run's
// instructions (callgrind, session 24). Compared with a literal, WordKey's length is
// known when the code is compiled, so the test is a length check and one or two loads.
// Everything else is std::string_view's.
#pragma once

#include <cstddef>
#include <cstring>
#include <string_view>

namespace speechscan {

struct WordKey : std::string_view {
  using std::string_view::string_view;
  constexpr WordKey() = default;
  constexpr WordKey(std::string_view s) : std::string_view(s) {}  // NOLINT: a view

  // Always inlined: out of line (GCC at -O2 keeps some instances as calls), the call
  // costs more than the comparison it makes.
  template <size_t N>
  [[gnu::always_inline]] friend inline bool operator==(WordKey a, const char (&literal)[N]) {
    return a.size() == N - 1 && std::memcmp(a.data(), literal, N - 1) == 0;
  }

  // A literal binds to these before it would decay to the base's `const char*`.
  template <size_t N>
  [[gnu::always_inline]] bool starts_with(const char (&literal)[N]) const {
    return size() >= N - 1 && std::memcmp(data(), literal, N - 1) == 0;
  }
  template <size_t N>
  [[gnu::always_inline]] bool ends_with(const char (&literal)[N]) const {
    return size() >= N - 1 && std::memcmp(data() + size() - (N - 1), literal, N - 1) == 0;
  }
  bool starts_with(std::string_view s) const { return std::string_view::starts_with(s); }
  bool starts_with(char c) const { return std::string_view::starts_with(c); }
  bool ends_with(std::string_view s) const { return std::string_view::ends_with(s); }
  bool ends_with(char c) const { return std::string_view::ends_with(c); }
};

}  // namespace speechscan
