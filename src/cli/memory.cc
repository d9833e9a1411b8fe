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
// Short runs: the lexicon tables and one speech's analysis live in about a megabyte of
// small blocks, faulted in 4 KiB at a time (~270 faults, ~3.5 ms of a 3 KB speech's
// run), and a 1 MB speech's blocks below 4 MiB took ~2,000 faults (half its run).
// heap_in_huge_pages() puts the first 32 MiB of malloc's heap in 2 MiB pages instead;
// only the pages a run touches are ever allocated.
//
// The replaceable global operator new of the executable does it, so that std::vector and
// std::string buffers anywhere in the pipeline get it without a custom allocator type.
// Memory still comes from malloc and goes back through free (the default operator
// delete), so nothing else changes.
#include "cli/memory.h"

#include <sys/mman.h>

#include <cstdint>
#include <cstdlib>
#include <new>

#include "sanitizer.h"

// The executable's pages: a one-speech run touches some 40 pages' windows of the static
// executable's code and built-in tables (the lexicons generated at build time), each a
// page fault that costs ~13 µs on the reference VM, against ~0.1 µs a page for mapping
// them all at once with MADV_POPULATE_READ (Linux 5.14; older kernels refuse the advice
// and the pages fault in as before). On the 3 KB sample: 91 -> 54 faults, -0.25 ms of
// a ~5 ms run (tests/bench/compare.sh, docs/performance.md).
extern "C" char __executable_start[];  // the linker's: first byte of the image
extern "C" char edata[];               // the linker's: end of initialised data

namespace speechscan::cli {

void map_executable() {
#if defined(__linux__)
  constexpr int kPopulateRead = 22;  // MADV_POPULATE_READ, absent from older headers
  constexpr std::uintptr_t kPage = 4096;
  const auto first = reinterpret_cast<std::uintptr_t>(__executable_start) & ~(kPage - 1);
  const auto last = reinterpret_cast<std::uintptr_t>(edata);
  if (last > first) (void)::madvise(reinterpret_cast<void*>(first), last - first, kPopulateRead);
#endif
}

}  // namespace speechscan::cli

// Built only with SPEECHSCAN_HUGE_PAGES (the CMake option of that name, off in the
// sanitizer and fuzz presets: a sanitizer's own operator new must stay in place, and the
// fuzz preset instruments the library but not this file, so its checks cannot be
// detected here).
#if !defined(SPEECHSCAN_HUGE_PAGES)
#define SPEECHSCAN_PLAIN_ALLOCATION 1
#elif SPEECHSCAN_SANITIZED
#define SPEECHSCAN_PLAIN_ALLOCATION 1
#endif

#ifdef SPEECHSCAN_PLAIN_ALLOCATION

namespace speechscan::cli {
void heap_in_huge_pages() {}
}  // namespace speechscan::cli

#else

namespace {

constexpr std::size_t kHugePage = std::size_t{2} << 20;
// Below this a block spans at most one whole huge page; not worth a system call.
constexpr std::size_t kAdviseFrom = std::size_t{4} << 20;

void* volatile heap_filler = nullptr;

std::uintptr_t huge_page_up(std::uintptr_t a) { return (a + kHugePage - 1) & ~(kHugePage - 1); }

// Advice only: on failure (THP off, an old kernel) the pages stay ordinary ones.
void advise_huge(void* p, std::size_t n) {
  std::uintptr_t first = huge_page_up(reinterpret_cast<std::uintptr_t>(p));
  std::uintptr_t last = (reinterpret_cast<std::uintptr_t>(p) + n) & ~(kHugePage - 1);
  if (last > first) (void)::madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
}

void* allocate(std::size_t n) noexcept {
  void* p = std::malloc(n == 0 ? 1 : n);
  if (p != nullptr && n >= kAdviseFrom) advise_huge(p, n);
  return p;
}

}  // namespace

namespace speechscan::cli {

void heap_in_huge_pages() {
  // malloc carves small blocks from the top of its heap in address order. Grow the heap
  // by a block that spans whole 2 MiB pages, advise those pages, give the block back,
  // and keep a never-touched filler up to the page's start: the blocks that follow (the
  // lexicon tables first) are then carved inside the huge page. If malloc places blocks
  // differently, nothing is lost but the speed-up.
  constexpr std::size_t kGrow = 17 * kHugePage;  // 16 whole pages, whatever the alignment
  void* block = std::malloc(kGrow);
  if (block == nullptr) return;
  advise_huge(block, kGrow);
  auto start = reinterpret_cast<std::uintptr_t>(block);
  std::size_t gap = huge_page_up(start) - start;
  std::free(block);
  constexpr std::size_t kChunkHeader = 2 * sizeof(std::size_t);  // glibc's per-block overhead
  if (gap > 4 * kChunkHeader) {
    // Deliberately never freed: address space only, its pages are never written. (Kept
    // in a volatile so that the compiler cannot drop an allocation nobody reads.)
    heap_filler = std::malloc(gap - kChunkHeader);
  }
}

}  // namespace speechscan::cli

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

#endif  // SPEECHSCAN_PLAIN_ALLOCATION
