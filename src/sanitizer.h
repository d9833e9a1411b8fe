// SPEECHSCAN_SANITIZED: 1 when this file is compiled under AddressSanitizer,
// ThreadSanitizer or MemorySanitizer (GCC's macros or Clang's __has_feature), else 0.
// Memory tricks (huge-page operator new, mapped scratch arrays) step aside then, so that
// the sanitizer's allocator sees every block.
#pragma once

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define SPEECHSCAN_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define SPEECHSCAN_SANITIZED 1
#endif
#endif
#ifndef SPEECHSCAN_SANITIZED
#define SPEECHSCAN_SANITIZED 0
#endif
