// speechscan_bench: Google Benchmark per pipeline stage over one corpus, with ICU's
// sentence + word segmentation of the same bytes as the baseline (issue 7).
//
// Corpus: the file named by $SPEECHSCAN_CORPUS (the yardstick: make_corpus.sh of the speed
// peers, see docs/performance.md), or else the in-tree corpus of $SPEECHSCAN_CORPUS_MB
// megabytes (default 16) built in memory exactly as tests/bench/make_corpus.py builds it.
//
// Every benchmark reports bytes/s over the corpus and `x_icu`, its throughput divided by
// the ICU baseline's from the same run (the ICU benchmark runs first). Stage benchmarks
// time one stage on the previous stages' output, computed once.
#include <benchmark/benchmark.h>

#include <time.h>

#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "bench_main.h"
#include "corpus.h"
#include "icu_segment.h"
#include "speechscan/analysis.h"
#include "speechscan/report.h"

namespace speechscan::bench {
namespace {

// The corpus and every stage's output on it, computed once.
struct State {
  std::string bytes;
  std::string source;  // where the bytes came from
  ActorFinder actors;
  TimeFinder times;
  CommitmentFinder commitments;
  Analysis analysis;  // doc, tokens, sentences, actors, times, events, commitments

  State() {
    if (const char* path = std::getenv("SPEECHSCAN_CORPUS"); path != nullptr && *path != '\0') {
      bytes = read_file(path);
      source = path;
    } else {
      const char* mb = std::getenv("SPEECHSCAN_CORPUS_MB");
      double size = mb != nullptr ? std::atof(mb) : 16.0;
      bytes = make_corpus(SPEECHSCAN_SOURCE_DIR, size > 0 ? size : 16.0);
      source = "in-tree corpus (tests/bench/make_corpus.py " + std::to_string(size) + ")";
    }
    if (bytes.empty()) {
      std::cerr << "speechscan_bench: empty corpus\n";
      std::exit(1);
    }
    LoadResult r = load_from_bytes("corpus.txt", bytes, LoadOptions{});
    if (!r.ok()) {
      std::cerr << "speechscan_bench: " << r.error->message << "\n";
      std::exit(1);
    }
    analysis = default_analyzer().analyze(std::move(*r.document));
    std::cerr << "corpus: " << source << ", " << bytes.size() << " bytes, " << analysis.tokens.size()
              << " tokens, " << analysis.sentences.size() << " sentences\n";
  }
};

State& state() {
  static State s;
  return s;
}

double g_icu_bytes_per_second = 0;       // set by the baseline, which runs first
double g_icu_wall_bytes_per_second = 0;  // the same over wall-clock time

// `wall`: the benchmark is timed by the wall clock (UseRealTime), and x_icu compares it
// with ICU's wall-clock rate.
void finish(benchmark::State& st, bool is_baseline = false, bool wall = false) {
  const double bytes = static_cast<double>(state().bytes.size());
  st.SetBytesProcessed(static_cast<int64_t>(st.iterations()) * static_cast<int64_t>(bytes));
  // x_icu: this benchmark's bytes/s over the ICU baseline's. kIsRate divides by the
  // elapsed time, so the counter holds bytes per iteration over ICU's bytes/s.
  const double icu = wall ? g_icu_wall_bytes_per_second : g_icu_bytes_per_second;
  if (is_baseline || icu <= 0) return;
  st.counters["x_icu"] = benchmark::Counter(static_cast<double>(st.iterations()) * bytes / icu,
                                            benchmark::Counter::kIsRate);
}

void BM_IcuSentenceWord(benchmark::State& st) {
  const std::string& text = state().bytes;
  // CPU time of this thread, as Google Benchmark measures (and divides rates by) by default.
  auto cpu_seconds = [] {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
  };
  auto wall_seconds = [] {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
  };
  double start = cpu_seconds();
  double wall_start = wall_seconds();
  for (auto _ : st) {
    IcuCounts c = icu_segment(text);
    benchmark::DoNotOptimize(c.words);
  }
  double seconds = cpu_seconds() - start;
  double wall = wall_seconds() - wall_start;
  const double bytes = static_cast<double>(st.iterations()) * static_cast<double>(text.size());
  g_icu_bytes_per_second = bytes / seconds;
  g_icu_wall_bytes_per_second = bytes / wall;
  finish(st, true);
}

void BM_LoadDecode(benchmark::State& st) {
  for (auto _ : st) {
    LoadResult r = load_from_bytes("corpus.txt", state().bytes, LoadOptions{});
    benchmark::DoNotOptimize(r.document->text.data());
  }
  finish(st);
}

void BM_Tokenize(benchmark::State& st) {
  std::string_view text = state().analysis.doc.text;
  for (auto _ : st) {
    std::vector<Token> tokens = tokenize(text);
    benchmark::DoNotOptimize(tokens.data());
  }
  finish(st);
}

void BM_Split(benchmark::State& st) {
  const Analysis& a = state().analysis;
  for (auto _ : st) {
    std::vector<Sentence> sentences = split_sentences(a.doc.text, a.tokens, a.doc.dateline);
    benchmark::DoNotOptimize(sentences.data());
  }
  finish(st);
}

void BM_LoadTokenizeSplit(benchmark::State& st) {
  for (auto _ : st) {
    LoadResult r = load_from_bytes("corpus.txt", state().bytes, LoadOptions{});
    std::vector<Token> tokens = tokenize(r.document->text);
    std::vector<Sentence> sentences = split_sentences(r.document->text, tokens, r.document->dateline);
    benchmark::DoNotOptimize(sentences.data());
  }
  finish(st);
}

void BM_Actors(benchmark::State& st) {
  const Analysis& a = state().analysis;
  for (auto _ : st) {
    ActorResult r = state().actors.find(a.doc, a.tokens, a.sentences);
    benchmark::DoNotOptimize(r.actors.data());
  }
  finish(st);
}

void BM_Times(benchmark::State& st) {
  const Analysis& a = state().analysis;
  for (auto _ : st) {
    TimeResult r = state().times.find(a.doc, a.tokens, a.sentences);
    benchmark::DoNotOptimize(r.times.data());
  }
  finish(st);
}

void BM_Events(benchmark::State& st) {
  const Analysis& a = state().analysis;
  for (auto _ : st) {
    std::vector<Event> events = find_events(a);
    benchmark::DoNotOptimize(events.data());
  }
  finish(st);
}

void BM_Commitments(benchmark::State& st) {
  const Analysis& a = state().analysis;
  for (auto _ : st) {
    std::vector<Commitment> commitments = state().commitments.find(a);
    benchmark::DoNotOptimize(commitments.data());
  }
  finish(st);
}

void BM_WriteJson(benchmark::State& st) {
  const Analysis& a = state().analysis;
  std::string out;
  for (auto _ : st) {
    out.clear();
    write_json(a, ReportOptions{}, out);
    benchmark::DoNotOptimize(out.data());
  }
  st.counters["json_bytes_per_input_byte"] =
      static_cast<double>(out.size()) / static_cast<double>(state().bytes.size());
  finish(st);
}

// What `speechscan --format json` does per document, minus reading the file and writing
// stdout: load, every stage, the JSON report.
void BM_FullAnalysisJson(benchmark::State& st) {
  std::string out;
  for (auto _ : st) {
    LoadResult r = load_from_bytes("corpus.txt", state().bytes, LoadOptions{});
    Analysis a = default_analyzer().analyze(std::move(*r.document));
    out.clear();
    write_json(a, ReportOptions{}, out);
    benchmark::DoNotOptimize(out.data());
  }
  finish(st);
}

// The same with AnalyzeOptions::threads = 2, as `speechscan` runs one large document on a
// machine with two cores: timed by the wall clock (the second thread's CPU time is not
// this thread's), against ICU's wall-clock rate.
void BM_FullAnalysisJsonTwoThreads(benchmark::State& st) {
  std::string out;
  AnalyzeOptions options;
  options.threads = 2;
  for (auto _ : st) {
    LoadResult r = load_from_bytes("corpus.txt", state().bytes, LoadOptions{});
    Analysis a = default_analyzer().analyze(std::move(*r.document), options);
    out.clear();
    write_json(a, ReportOptions{}, out);
    benchmark::DoNotOptimize(out.data());
  }
  finish(st, false, true);
}

// Registration order is run order: the baseline first, so that x_icu has its figure.
// CPU time, not wall time: the machines this runs on are shared and noisy (but for the
// two-thread run, whose other thread's time the CPU clock of this one does not see).
// A warm-up first: a benchmark whose first iteration faults in fresh pages (the JSON
// report of 16 MB is 90 MB) measured that iteration alone once this VM's host made fresh
// pages dear (1.1 s of page clearing against 58 ms an iteration after it).
#define SPEECHSCAN_BENCH(fn) \
  BENCHMARK(fn)->Unit(benchmark::kMillisecond)->MinTime(1.0)->MinWarmUpTime(0.5)
SPEECHSCAN_BENCH(BM_IcuSentenceWord);
SPEECHSCAN_BENCH(BM_LoadDecode);
SPEECHSCAN_BENCH(BM_Tokenize);
SPEECHSCAN_BENCH(BM_Split);
SPEECHSCAN_BENCH(BM_LoadTokenizeSplit);
SPEECHSCAN_BENCH(BM_Actors);
SPEECHSCAN_BENCH(BM_Times);
SPEECHSCAN_BENCH(BM_Events);
SPEECHSCAN_BENCH(BM_Commitments);
SPEECHSCAN_BENCH(BM_WriteJson);
SPEECHSCAN_BENCH(BM_FullAnalysisJson);
SPEECHSCAN_BENCH(BM_FullAnalysisJsonTwoThreads)->UseRealTime();

}  // namespace
}  // namespace speechscan::bench

int main(int argc, char** argv) { return speechscan::bench::run_benchmarks(argc, argv); }
