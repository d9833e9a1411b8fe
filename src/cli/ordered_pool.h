// Runs work(i) for i in [0, n) on `jobs` threads and hands the results to sink(i, result)
// in index order on the calling thread. At most 4 * jobs results wait at once, so memory
// stays bounded by jobs x the largest result, not by n.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace speechscan::cli {

template <typename T, typename Work, typename Sink>
void run_ordered(size_t n, unsigned jobs, Work work, Sink sink) {
  if (jobs <= 1 || n <= 1) {
    for (size_t i = 0; i < n; ++i) {
      if (!sink(i, work(i))) return;
    }
    return;
  }
  const size_t window = 4 * static_cast<size_t>(jobs);
  std::mutex mu;
  std::condition_variable result_ready;  // the sink's thread waits for index `consumed`
  std::condition_variable room;          // workers wait while the window is full
  std::map<size_t, T> ready;
  size_t next = 0;      // next index to hand out
  size_t consumed = 0;  // next index the sink wants
  bool stop = false;

  auto worker = [&] {
    for (;;) {
      size_t i;
      {
        std::unique_lock lock(mu);
        room.wait(lock, [&] { return stop || next >= n || next < consumed + window; });
        if (stop || next >= n) return;
        i = next++;
      }
      T result = work(i);
      bool wanted;
      {
        std::lock_guard lock(mu);
        wanted = i == consumed;
        ready.emplace(i, std::move(result));
      }
      // Wake the sink only for the result it waits for: fewer context switches when
      // documents are small.
      if (wanted) result_ready.notify_one();
    }
  };
  std::vector<std::thread> threads;
  threads.reserve(jobs);
  for (unsigned j = 0; j < jobs; ++j) threads.emplace_back(worker);
  while (consumed < n) {
    std::optional<T> item;
    {
      std::unique_lock lock(mu);
      result_ready.wait(lock, [&] { return ready.count(consumed) > 0; });
      auto it = ready.find(consumed);
      item.emplace(std::move(it->second));
      ready.erase(it);
    }
    bool go_on = sink(consumed, std::move(*item));
    {
      std::lock_guard lock(mu);
      ++consumed;
      if (!go_on) stop = true;
    }
    room.notify_all();
    if (!go_on) break;
  }
  for (auto& t : threads) t.join();
}

}  // namespace speechscan::cli
