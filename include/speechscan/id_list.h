// IdList: the short list of actor indices that an event or a commitment carries.
//
// A long document has one event or commitment per few hundred bytes, and most name one
// or two actors. As a std::vector each list was 24 bytes plus a 32-byte heap block for
// its first id: 0.2 bytes per input byte of peak memory on a 64 MB corpus. An IdList is
// 16 bytes and keeps up to two ids inside itself; a third moves them to the heap.
#pragma once

#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <span>

namespace speechscan {

class IdList {
 public:
  IdList() : local_{0, 0} {}
  IdList(std::initializer_list<uint32_t> ids) : IdList() {
    for (uint32_t id : ids) push_back(id);
  }
  IdList(const IdList& o) : IdList() { assign(o); }
  IdList(IdList&& o) noexcept : size_(o.size_), capacity_(o.capacity_) {
    std::memcpy(&local_, &o.local_, sizeof local_);  // the inline ids or the heap pointer
    o.size_ = 0;
    o.capacity_ = kInline;
  }
  IdList& operator=(const IdList& o) {
    if (this != &o) {
      size_ = 0;
      assign(o);
    }
    return *this;
  }
  IdList& operator=(IdList&& o) noexcept {
    if (this != &o) {
      release();
      size_ = o.size_;
      capacity_ = o.capacity_;
      std::memcpy(&local_, &o.local_, sizeof local_);
      o.size_ = 0;
      o.capacity_ = kInline;
    }
    return *this;
  }
  ~IdList() { release(); }

  uint32_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const uint32_t* begin() const { return data(); }
  const uint32_t* end() const { return data() + size_; }
  // REQUIRES: i < size().
  uint32_t operator[](uint32_t i) const { return data()[i]; }
  operator std::span<const uint32_t>() const { return {data(), size_}; }

  void push_back(uint32_t id) {
    if (size_ == capacity_) grow();
    mutable_data()[size_++] = id;
  }
  // Appends `id` unless the list holds it already (lists are short: a scan).
  void add_unique(uint32_t id) {
    for (uint32_t x : *this) {
      if (x == id) return;
    }
    push_back(id);
  }

  friend bool operator==(const IdList& a, const IdList& b) {
    return a.size_ == b.size_ && std::memcmp(a.data(), b.data(), a.size_ * sizeof(uint32_t)) == 0;
  }

 private:
  static constexpr uint32_t kInline = 2;

  bool on_heap() const { return capacity_ > kInline; }
  const uint32_t* data() const { return on_heap() ? heap_ : local_; }
  uint32_t* mutable_data() { return on_heap() ? heap_ : local_; }

  void grow() {
    const uint32_t capacity = capacity_ * 2;
    auto* fresh = new uint32_t[capacity];
    std::memcpy(fresh, data(), size_ * sizeof(uint32_t));
    release();
    heap_ = fresh;
    capacity_ = capacity;
  }
  void release() {
    if (on_heap()) delete[] heap_;
    capacity_ = kInline;
  }
  // REQUIRES: size_ == 0.
  void assign(const IdList& o) {
    for (uint32_t id : o) push_back(id);
  }

  uint32_t size_ = 0;
  uint32_t capacity_ = kInline;
  union {
    uint32_t local_[kInline];
    uint32_t* heap_;
  };
};
static_assert(sizeof(IdList) == 16);

}  // namespace speechscan
