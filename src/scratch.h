// ScratchVector: a stage's large temporary arrays, in memory that goes back to the
// kernel when they are freed.
//
// A stage of a long document keeps working arrays of a fraction of a byte per input byte
// (the times' recipes, the mentions in text order, the commitment drafts). From malloc's
// heap they stayed resident after the stage had freed them, and later stages could reuse
// little of them: on a 64 MB corpus, some 40 MiB of freed arrays sat under the peak. (The
// executable keeps blocks below 64 MiB on the heap: see main.cc.) An array of 1 MiB or
// more is mapped here on its own and unmapped when it is freed; smaller ones come from
// malloc as before. The mapping is whole 2 MiB pages, aligned, with the advice to back
// it by transparent huge pages: in 4 KiB pages, a 16 MB document's arrays of 1-4 MiB
// took 1.7 times the page faults of the heap, which had reused its own pages.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <new>
#include <vector>

#include "sanitizer.h"  // under a sanitizer every array comes from malloc, checked

namespace speechscan {

// Whole 2 MiB pages of their own for `bytes` (rounded up), or nullptr; unmap_scratch()
// gives them back. (scratch.cc)
void* map_scratch(std::size_t bytes) noexcept;
void unmap_scratch(void* p, std::size_t bytes) noexcept;

template <typename T>
struct ScratchAllocator {
  using value_type = T;
  static constexpr std::size_t kMapFrom = std::size_t{1} << 20;

  ScratchAllocator() = default;
  template <typename U>
  ScratchAllocator(const ScratchAllocator<U>&) {}  // NOLINT: rebinding is implicit

  T* allocate(std::size_t n) {
    if (n > SIZE_MAX / sizeof(T)) throw std::bad_array_new_length();
    const std::size_t bytes = n * sizeof(T);
    void* p = nullptr;
    if (!SPEECHSCAN_SANITIZED && bytes >= kMapFrom) {
      p = map_scratch(bytes);
    } else {
      p = std::malloc(bytes == 0 ? 1 : bytes);
    }
    if (p == nullptr) throw std::bad_alloc();
    return static_cast<T*>(p);
  }

  void deallocate(T* p, std::size_t n) noexcept {
    if (!SPEECHSCAN_SANITIZED && n * sizeof(T) >= kMapFrom) {
      unmap_scratch(p, n * sizeof(T));
    } else {
      std::free(p);
    }
  }

  template <typename U>
  friend bool operator==(const ScratchAllocator&, const ScratchAllocator<U>&) {
    return true;
  }
};

template <typename T>
using ScratchVector = std::vector<T, ScratchAllocator<T>>;

}  // namespace speechscan
