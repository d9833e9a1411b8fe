// Two pieces of one document's work on two threads (AnalyzeOptions::threads = 2).
#pragma once

#include <cstddef>
#include <exception>
#include <system_error>
#include <thread>

namespace speechscan {

// Below this size a document's stages take a few milliseconds each and a second thread
// (its start, its malloc arena, the caches it does not share) is not worth it.
inline constexpr size_t kSideBySideFromBytes = size_t{256} << 10;

// Runs `second` on a new thread while `first` runs on this one; returns when both are
// done. Falls back to running them in turn if no thread can be started. An exception of
// either (std::bad_alloc on a huge input) reaches the caller as it would in turn, after
// both have ended: one thrown on the helper thread would otherwise end the process.
template <typename First, typename Second>
void side_by_side(First&& first, Second&& second) {
  std::exception_ptr second_failed;
  std::thread helper;
  try {
    helper = std::thread([&] {
      try {
        second();
      } catch (...) {
        second_failed = std::current_exception();
      }
    });
  } catch (const std::system_error&) {
    first();
    second();
    return;
  }
  try {
    first();
  } catch (...) {
    helper.join();
    throw;
  }
  helper.join();
  if (second_failed) std::rethrow_exception(second_failed);
}

}  // namespace speechscan
