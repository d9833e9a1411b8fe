// Large buffers in transparent huge pages.
//
// A document's text, its tokens and the analysis arrays are each several bytes per input
// byte, written once from start to end. Faulting them in 4 KiB at a time dominated large
// runs on the reference machine: 36,000 page faults and ~0.4 s of a 16 MB run's 1.0 s of
// CPU. Asking the kernel for 2 MiB pages for every large allocation (madvise
// MADV_HUGEPAGE, honoured when /sys/kernel/mm/transparent_hugepage/enabled is "always" or
// "madvise") cut that run to ~1,000 faults and ~0.6 s of CPU. Small allocations, and so
// short runs, are untouched.
//
// The replaceable global operator new of the executable does it, so that std::vector and
// std::string buffers anywhere in the pipeline get it without a custom allocator type.
// Memory still comes from malloc and goes back through free (the default operator
// delete), so nothing else changes. Sanitizer builds keep their own operator new.
#include <sys/mman.h>

#include <cstdint>
#include <cstdlib>
#include <new>

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define SPEECHSCAN_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define SPEECHSCAN_SANITIZED 1
#endif
#endif

#ifndef SPEECHSCAN_SANITIZED

namespace {

constexpr std::size_t kHugePage = std::size_t{2} << 20;
// Below this a block spans at most one whole huge page; not worth a system call.
constexpr std::size_t kAdviseFrom = std::size_t{4} << 20;

void* allocate(std::size_t n) noexcept {
  void* p = std::malloc(n == 0 ? 1 : n);
  if (p != nullptr && n >= kAdviseFrom) {
    auto first = (reinterpret_cast<std::uintptr_t>(p) + kHugePage - 1) & ~(kHugePage - 1);
    auto last = (reinterpret_cast<std::uintptr_t>(p) + n) & ~(kHugePage - 1);
    if (last > first) {
      // Advice only: on failure (THP off, an old kernel) the pages are ordinary ones.
      (void)::madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
    }
  }
  return p;
}

}  // namespace

void* operator new(std::size_t n) {
  if (void* p = allocate(n)) return p;
  throw std::bad_alloc();
}

void* operator new[](std::size_t n) {
  if (void* p = allocate(n)) return p;
  throw std::bad_alloc();
}

void* operator new(std::size_t n, const std::nothrow_t&) noexcept { return allocate(n); }
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept { return allocate(n); }

#endif  // SPEECHSCAN_SANITIZED
