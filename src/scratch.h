// ScratchVector: a stage's large temporary arrays, in memory that goes back to the
// kernel when they are freed.
//
// A stage of a long document keeps working arrays of a fraction of a byte per input byte
// (the times' recipes, the mentions in text order, the commitment drafts). From malloc's
// heap they stayed resident after the stage had freed them, and later stages could reuse
// little of them: on a 64 MB corpus, some 40 MiB of freed arrays sat under the peak. (The
// executable keeps blocks below 64 MiB on the heap: see main.cc.) An array of 1 MiB or
// more is mapped here on its own and unmapped when it is freed; smaller ones, which a
// speech's run is made of, come from malloc as before.
#pragma once

#include <sys/mman.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <new>
#include <vector>

// Under a sanitizer every array comes from malloc, whose checks then cover it.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define SPEECHSCAN_SCRATCH_MAPPED 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define SPEECHSCAN_SCRATCH_MAPPED 0
#endif
#endif
#ifndef SPEECHSCAN_SCRATCH_MAPPED
#define SPEECHSCAN_SCRATCH_MAPPED 1
#endif

namespace speechscan {

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
#if SPEECHSCAN_SCRATCH_MAPPED
    if (bytes >= kMapFrom) {
      void* p = ::mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
      if (p == MAP_FAILED) throw std::bad_alloc();
      // Written from the start, as the other large arrays: 2 MiB pages fault in 512
      // times fewer (advice only; see cli/memory.cc).
      if (bytes >= 2 * kHugePage) (void)::madvise(p, bytes, MADV_HUGEPAGE);
      return static_cast<T*>(p);
    }
#endif
    void* p = std::malloc(bytes == 0 ? 1 : bytes);
    if (p == nullptr) throw std::bad_alloc();
    return static_cast<T*>(p);
  }

  void deallocate(T* p, std::size_t n) noexcept {
#if SPEECHSCAN_SCRATCH_MAPPED
    if (n * sizeof(T) >= kMapFrom) {
      ::munmap(p, n * sizeof(T));
      return;
    }
#endif
    std::free(p);
  }

  template <typename U>
  friend bool operator==(const ScratchAllocator&, const ScratchAllocator<U>&) {
    return true;
  }

 private:
  static constexpr std::size_t kHugePage = std::size_t{2} << 20;
};

template <typename T>
using ScratchVector = std::vector<T, ScratchAllocator<T>>;

}  // namespace speechscan
