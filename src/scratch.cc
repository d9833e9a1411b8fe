#include "scratch.h"

#include <sys/mman.h>

#include <cstdint>

namespace speechscan {

namespace {

constexpr std::size_t kHugePage = std::size_t{2} << 20;

std::size_t whole_pages(std::size_t bytes) { return (bytes + kHugePage - 1) & ~(kHugePage - 1); }

}  // namespace

void* map_scratch(std::size_t bytes) noexcept {
  if (bytes > SIZE_MAX - 2 * kHugePage) return nullptr;
  const std::size_t length = whole_pages(bytes);
  // A page more than needed, so that an aligned run of `length` bytes lies inside; the
  // ends around it go back at once. (The kernel places anonymous mappings at 4 KiB
  // boundaries; only aligned 2 MiB runs can be huge pages.)
  void* raw = ::mmap(nullptr, length + kHugePage, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (raw == MAP_FAILED) return nullptr;
  const auto start = reinterpret_cast<std::uintptr_t>(raw);
  const std::uintptr_t aligned = (start + kHugePage - 1) & ~std::uintptr_t{kHugePage - 1};
  if (aligned > start) ::munmap(raw, aligned - start);
  const std::uintptr_t end = start + length + kHugePage;
  if (end > aligned + length) ::munmap(reinterpret_cast<void*>(aligned + length), end - (aligned + length));
  void* p = reinterpret_cast<void*>(aligned);
  // Advice only: with transparent huge pages off, the pages stay 4 KiB ones.
  (void)::madvise(p, length, MADV_HUGEPAGE);
  return p;
}

void unmap_scratch(void* p, std::size_t bytes) noexcept {
  if (p != nullptr) ::munmap(p, whole_pages(bytes));
}

}  // namespace speechscan
