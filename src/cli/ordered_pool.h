// Runs work(i) for i in [0, n) on `jobs` threads (the calling one included) and hands
// the results to sink(i, result) in index order, one call at a time (not necessarily on
// the calling thread). At most 4 * jobs results wait at once, so memory
// stays bounded by jobs x the largest result, not by n.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace speechscan::cli {

// Threads each of n documents may use for its own stages (AnalyzeOptions::threads) when
// `jobs` workers analyse them: two when there are at least two cores per document (one
// large transcript on a laptop), else one (the cores are busy with other documents).
inline unsigned stage_threads(size_t n, unsigned jobs) { return n > 0 && jobs / 2 >= n ? 2u : 1u; }

template <typename T, typename Work, typename Sink>
void run_ordered(size_t n, unsigned jobs, Work work, Sink sink) {
  if (jobs <= 1 || n <= 1) {
    for (size_t i = 0; i < n; ++i) {
      if (!sink(i, work(i))) return;
    }
    return;
  }
  // The calling thread is one of the `jobs` workers. There is no writer thread to wake
  // for every document: whichever worker finishes the result the output waits for
  // hands it to the sink, with every later result that is already waiting. A dedicated
  // writer cost ~1,400 context switches per 1,000 short transcripts.
  const size_t window = 4 * static_cast<size_t>(jobs);
  std::mutex mu;
  std::condition_variable room;  // workers wait while the window is full
  std::map<size_t, T> ready;     // finished, waiting for their turn
  size_t next = 0;               // next index to hand out
  size_t consumed = 0;           // next index the sink wants
  bool writing = false;          // a worker is inside the sink
  bool stop = false;

  auto worker = [&] {
    std::unique_lock lock(mu);
    for (;;) {
      room.wait(lock, [&] { return stop || next >= n || next < consumed + window; });
      if (stop || next >= n) return;
      size_t i = next++;
      lock.unlock();
      T result = work(i);
      lock.lock();
      ready.emplace(i, std::move(result));
      if (writing) continue;  // the worker in the sink will find it
      writing = true;
      bool freed = false;
      for (auto it = ready.find(consumed); !stop && it != ready.end(); it = ready.find(consumed)) {
        T item = std::move(it->second);
        ready.erase(it);
        size_t index = consumed;
        lock.unlock();
        bool go_on = sink(index, std::move(item));
        lock.lock();
        ++consumed;
        freed = true;
        if (!go_on) stop = true;
      }
      writing = false;
      if (freed) room.notify_all();
    }
  };
  std::vector<std::thread> threads;
  threads.reserve(jobs - 1);
  for (unsigned j = 1; j < jobs; ++j) threads.emplace_back(worker);
  worker();
  for (auto& t : threads) t.join();
}

}  // namespace speechscan::cli
