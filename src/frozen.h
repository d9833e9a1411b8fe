// Frozen<T>: an array that starts as a view of constant data generated at build time
// (src/gen/tables_main.cc) and is copied to the heap the first time it changes.
//
// The built-in lexicon tables are compiled into the executable as constant arrays, so a
// run that adds no user lexicon builds nothing at start-up and touches only the pages
// of the tables it reads (file-backed, shared by every process). The same tables are
// built at run time by the same code when the generator runs, or when `--lexicon`
// adds to them: every change goes through a mutator below, which copies first.
#pragma once

#include <cstddef>
#include <span>
#include <utility>
#include <vector>

namespace speechscan {

template <typename T>
class Frozen {
 public:
  Frozen() = default;
  // A view of `data`, which must outlive this object (generated arrays are static).
  explicit Frozen(std::span<const T> data) : view_(data) {}
  Frozen(Frozen&& o) noexcept { *this = std::move(o); }
  Frozen& operator=(Frozen&& o) noexcept {
    own_ = std::move(o.own_);
    owned_ = o.owned_;
    view_ = owned_ ? std::span<const T>(own_) : o.view_;
    o.own_.clear();
    o.owned_ = false;
    o.view_ = {};
    return *this;
  }
  Frozen(const Frozen&) = delete;
  Frozen& operator=(const Frozen&) = delete;

  size_t size() const { return view_.size(); }
  bool empty() const { return view_.empty(); }
  const T* data() const { return view_.data(); }
  const T* begin() const { return view_.data(); }
  const T* end() const { return view_.data() + view_.size(); }
  const T& operator[](size_t i) const { return view_[i]; }
  const T& back() const { return view_.back(); }
  std::span<const T> span() const { return view_; }

  // Mutators. A reference returned is valid until the next mutator call.
  T& mut(size_t i) { return own()[i]; }
  template <typename... Args>
  T& emplace_back(Args&&... args) {
    T& r = own().emplace_back(std::forward<Args>(args)...);
    view_ = own_;
    return r;
  }
  void push_back(const T& x) { emplace_back(x); }
  template <typename It>
  void append(It b, It e) {
    own().insert(own_.end(), b, e);
    view_ = own_;
  }
  void reserve(size_t n) {
    own().reserve(n);
    view_ = own_;
  }
  void assign(size_t n, const T& x) {
    own_.assign(n, x);
    owned_ = true;
    view_ = own_;
  }

 private:
  std::vector<T>& own() {
    if (!owned_) {
      own_.assign(view_.begin(), view_.end());
      owned_ = true;
      view_ = own_;
    }
    return own_;
  }

  std::vector<T> own_;
  bool owned_ = false;
  std::span<const T> view_;  // own_ once owned_, else the frozen data
};

}  // namespace speechscan
