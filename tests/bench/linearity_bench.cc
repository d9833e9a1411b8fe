// linearity_bench: time per MB of what `speechscan --format json FILE` does per document,
// at 1, 16 and 256 MB, for ordinary text and for each pathological shape of issue 8.
//
// One benchmark per shape and size, named linearity/SHAPE/MB. An iteration is the
// product's per-document path in process, without the process start-up that dominates a
// whole-process run of 1 MB (tests/bench/hostile.sh): the input bytes copied into a fresh
// buffer (as load_file's read(2) fills one), load_from_bytes, default_analyzer().analyze,
// write_json streamed to a sink a megabyte at a time (as the CLI streams a single
// document's report to stdout; the sink drops the bytes), and every buffer freed. An
// input that load refuses (NUL bytes) is timed up to the refusal.
//
// Memory is allocated as the executable allocates it: src/cli/memory.cc (the global
// operator new that advises large blocks into transparent huge pages) is linked in, and
// main() tunes malloc and calls heap_in_huge_pages() as src/main.cc does.
//
// Inputs are built in memory, deterministically, once per shape and size, before their
// timing starts; each one is checked once to take the path its shape is for (transcoded,
// refused, invalid UTF-8 reported, ...), or the benchmark reports an error.
//
// `linearity_bench --write_inputs DIR` writes every input to DIR/SHAPE-MB.txt instead
// (checked as above; nothing is timed): tests/bench/linearity.sh times `speechscan` on
// them, one process per document, which is the figure issue 8 asks for. The benchmarks
// here keep one process for many documents: at 1 and 16 MB malloc hands each document
// the heap pages the previous one freed, while every 256 MB document's large blocks are
// fresh mappings that the kernel must fault in and zero, so their kernel time is not
// comparable across sizes. Their user time is (the per-stage view, for profiling).
#include <benchmark/benchmark.h>

#include <sys/resource.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <utility>

#include "bench_main.h"
#include "corpus.h"
#include "speechscan/analysis.h"
#include "speechscan/report.h"

namespace speechscan::bench {
namespace {

constexpr double kSizesMb[] = {1, 16, 256};
// The size of each shape's base document (DIR/SHAPE-base.txt), whose run linearity.sh
// takes as the fixed cost of that shape: process start-up and the first use of the code
// and tables the shape's path touches.
constexpr double kBaseMb = 0.0625;

size_t byte_count(double mb) { return static_cast<size_t>(mb * 1e6 + 0.5); }

// `unit` repeated up to n bytes.
std::string repeated(std::string_view unit, size_t n) {
  std::string out;
  out.reserve(n + unit.size());
  while (out.size() < n) out.append(unit);
  out.resize(n);
  return out;
}

// Invalid UTF-8 of every class, one sequence every 64 bytes of the corpus, in turn: stray
// continuation bytes, bytes that never occur, overlong forms of 2, 3 and 4 bytes,
// UTF-16 surrogates, code points past U+10FFFF, and sequences cut short (the byte after
// each is the corpus's own ASCII or lead byte).
std::string invalid_utf8(std::string text) {
  static constexpr std::string_view kBad[] = {
      "\x80",             "\xBF\x80",         "\xFF",             "\xFE",
      "\xC0\xAF",         "\xC1\xBF",         "\xE0\x80\xAF",     "\xF0\x80\x80\xAF",
      "\xED\xA0\x80",     "\xED\xBF\xBF",     "\xF4\x90\x80\x80", "\xF5\x80\x80\x80",
      "\xC3",             "\xE2\x82",         "\xF0\x9F\x98",
  };
  size_t k = 0;
  for (size_t at = 32; at + 4 < text.size(); at += 64) {
    std::string_view bad = kBad[k++ % std::size(kBad)];
    text.replace(at, bad.size(), bad);
  }
  return text;
}

// UTF-8 (valid: the corpus) as UTF-16 little endian, no byte order mark.
std::string utf16le(std::string_view text) {
  std::string out;
  out.reserve(text.size() * 2 + 4);
  auto unit = [&out](uint32_t u) {
    out.push_back(static_cast<char>(u & 0xFF));
    out.push_back(static_cast<char>(u >> 8));
  };
  for (size_t i = 0; i < text.size();) {
    auto b = [&](size_t j) { return static_cast<uint32_t>(static_cast<unsigned char>(text[i + j])); };
    uint32_t cp;
    size_t len;
    if (b(0) < 0x80) {
      cp = b(0), len = 1;
    } else if (b(0) < 0xE0) {
      cp = (b(0) & 0x1F) << 6 | (b(1) & 0x3F), len = 2;
    } else if (b(0) < 0xF0) {
      cp = (b(0) & 0x0F) << 12 | (b(1) & 0x3F) << 6 | (b(2) & 0x3F), len = 3;
    } else {
      cp = (b(0) & 0x07) << 18 | (b(1) & 0x3F) << 12 | (b(2) & 0x3F) << 6 | (b(3) & 0x3F), len = 4;
    }
    i += len;
    if (cp < 0x10000) {
      unit(cp);
    } else {
      cp -= 0x10000;
      unit(0xD800 | cp >> 10);
      unit(0xDC00 | (cp & 0x3FF));
    }
  }
  return out;
}

std::string corpus(double mb) { return make_corpus(SPEECHSCAN_SOURCE_DIR, mb); }

struct Shape {
  const char* name;
  std::function<std::string(double mb)> make;
  // What load must do with it: "" = load it; otherwise the diagnostic code the document
  // must carry, or, for "refused:CODE", the load error it must end in.
  const char* expect;
};

const Shape kShapes[] = {
    {"ordinary", corpus, ""},
    {"one-line",  // no line breaks at all
     [](double mb) {
       std::string s = corpus(mb);
       for (char& c : s) c = c == '\n' ? ' ' : c;
       return s;
     },
     ""},
    {"one-word", [](double mb) { return repeated("buffalo ", byte_count(mb)); }, ""},
    {"dots", [](double mb) { return repeated(".", byte_count(mb)); }, ""},              // one token
    {"spaced-dots", [](double mb) { return repeated(". ", byte_count(mb)); }, ""},      // a sentence per dot
    {"char-lines", [](double mb) { return repeated("a\n", byte_count(mb)); }, ""},      // one-character lines
    {"capitals", [](double mb) { return repeated("Alpha ", byte_count(mb)); }, ""},     // one run of capitalised words
    {"years", [](double mb) { return repeated("1999 ", byte_count(mb)); }, ""},         // a run-on sentence of times
    {"invalid-utf8", [](double mb) { return invalid_utf8(corpus(mb)); }, "invalid-utf8"},
    {"utf16-no-bom", [](double mb) { return utf16le(corpus(mb / 2)); }, "utf16-without-bom"},
    {"nul-bytes",  // one byte in 64 is NUL: refused at the first
     [](double mb) {
       std::string s = corpus(mb);
       for (size_t i = 0; i < s.size(); i += 64) s[i] = '\0';
       return s;
     },
     "refused:binary-input"},
    {"nul-at-end",  // text whose last byte is NUL: refused after scanning it all
     [](double mb) {
       std::string s = corpus(mb);
       s.back() = '\0';
       return s;
     },
     "refused:binary-input"},
};

// "" when `bytes` takes the path its shape is for; otherwise what went wrong.
std::string check(const Shape& shape, const std::string& bytes) {
  LoadResult r = load_from_bytes("input.txt", bytes, LoadOptions{});
  std::string_view expect = shape.expect;
  if (expect.starts_with("refused:")) {
    expect.remove_prefix(8);
    if (r.ok()) return "loaded; expected a refusal";
    if (r.error->code != expect) return "refused with " + r.error->code;
    return "";
  }
  if (!r.ok()) return "refused: " + r.error->message;
  if (expect.empty()) return "";
  for (const Diagnostic& d : r.document->diagnostics) {
    if (d.code == expect) return "";
  }
  return "no " + std::string(expect) + " diagnostic";
}

struct Input {
  std::string bytes;
  std::string problem;  // check()'s verdict
};

// Inputs by shape and size, built and checked on first use, kept for the process's life.
const Input& input(const Shape& shape, double mb) {
  static std::map<std::pair<std::string, double>, Input> inputs;
  auto [it, added] = inputs.try_emplace({shape.name, mb});
  if (added) {
    it->second.bytes = shape.make(mb);
    it->second.problem = check(shape, it->second.bytes);
  }
  return it->second;
}

void BM_Linearity(benchmark::State& st, const Shape* shape, double mb) {
  const Input& in = input(*shape, mb);
  if (!in.problem.empty()) {
    st.SkipWithError(in.problem.c_str());
    return;
  }
  const std::string& bytes = in.bytes;
  ReportOptions ro;
  ro.format = Format::kJson;
  size_t json_bytes = 0;
  const ChunkSink sink = [&json_bytes](std::string_view piece) {
    benchmark::DoNotOptimize(piece.data());
    json_bytes += piece.size();
  };
  rusage before{};
  ::getrusage(RUSAGE_THREAD, &before);
  for (auto _ : st) {
    json_bytes = 0;
    LoadResult r = load_from_bytes("input.txt", std::string(bytes), LoadOptions{});
    if (!r.ok()) {
      benchmark::DoNotOptimize(r.error->code.data());
      continue;
    }
    Analysis a = default_analyzer().analyze(std::move(*r.document));
    write_json(a, ro, sink);
  }
  rusage after{};
  ::getrusage(RUSAGE_THREAD, &after);
  const double n = static_cast<double>(bytes.size());
  const double iterations = static_cast<double>(st.iterations());
  // The kernel's share of the CPU time (page faults: zeroing fresh pages) and the page
  // faults, per iteration: what grows with the size when buffers no longer fit the heap.
  auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) * 1e-6; };
  st.counters["sys_ms"] = (seconds(after.ru_stime) - seconds(before.ru_stime)) * 1e3 / iterations;
  st.counters["faults"] = static_cast<double>(after.ru_minflt - before.ru_minflt) / iterations;
  st.SetBytesProcessed(static_cast<int64_t>(st.iterations()) * static_cast<int64_t>(bytes.size()));
  st.counters["input_bytes"] = n;
  st.counters["json_per_byte"] = static_cast<double>(json_bytes) / n;
}

// Writes every shape's input at every size to DIR/SHAPE-MB.txt, and its base document to
// DIR/SHAPE-base.txt; 0 when all were written and took their path.
int write_inputs(const std::string& dir) {
  int status = 0;
  for (const Shape& shape : kShapes) {
    for (double mb : {kBaseMb, kSizesMb[0], kSizesMb[1], kSizesMb[2]}) {
      std::string bytes = shape.make(mb);
      std::string problem = check(shape, bytes);
      const std::string size = mb == kBaseMb ? "base" : std::to_string(static_cast<int>(mb));
      std::string path = dir + "/" + shape.name + "-" + size + ".txt";
      if (!problem.empty()) {
        std::fprintf(stderr, "%s: %s\n", path.c_str(), problem.c_str());
        status = 1;
        continue;
      }
      std::ofstream out(path, std::ios::binary | std::ios::trunc);
      out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
      if (!out.flush()) {
        std::fprintf(stderr, "%s: cannot write\n", path.c_str());
        status = 1;
      }
    }
  }
  return status;
}

void register_all() {
  for (const Shape& shape : kShapes) {
    for (double mb : kSizesMb) {
      std::string name = std::string("linearity/") + shape.name + "/" + std::to_string(static_cast<int>(mb));
      auto* b = benchmark::RegisterBenchmark(name.c_str(), BM_Linearity, &shape, mb);
      b->Unit(benchmark::kMillisecond);
      // 256 MB: one iteration per repetition (several seconds for the costly shapes).
      // Smaller sizes: as many iterations as fill the minimum time, so that a repetition
      // is a mean over many documents; Google Benchmark's runs that find the iteration
      // count come first and are not reported, so the first (cold) document is not in it.
      if (mb >= 256) {
        b->Iterations(1);
      } else {
        b->MinTime(mb >= 16 ? 2.0 : 0.5);
      }
    }
  }
}

}  // namespace
}  // namespace speechscan::bench

int main(int argc, char** argv) {
  if (argc == 3 && std::string_view(argv[1]) == "--write_inputs") return speechscan::bench::write_inputs(argv[2]);
  return speechscan::bench::run_benchmarks(argc, argv, speechscan::bench::register_all);
}
