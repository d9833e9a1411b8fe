#include "speechscan/analysis.h"

#include <algorithm>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "side_by_side.h"

namespace speechscan {

uint32_t Analysis::sentence_at(uint32_t offset) const {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                             [](uint32_t off, const Sentence& s) { return off < s.span.start; });
  if (it == sentences.begin()) return static_cast<uint32_t>(sentences.size());
  --it;
  if (offset < it->span.end) return static_cast<uint32_t>(it - sentences.begin());
  return static_cast<uint32_t>(sentences.size());
}

Analyzer::Analyzer() = default;

std::string Analyzer::add_lexicon(std::string_view bytes, std::string_view file_name) {
  return actors_.add_lexicon(bytes, file_name);
}

namespace {

// The actor stage's working memory (its candidate words and raw mentions, a few bytes
// per token) is freed when it ends, but malloc keeps the pages, and the next stage's
// largest block does not fit in them: on a 64 MB corpus they added 0.1-0.2 bytes per
// input byte to the peak. For a large document they go back to the system (a few
// system calls, and page faults when later stages need the memory again: not worth it
// for the short documents that are most runs).
void release_free_memory(const Document& doc) {
#if defined(__GLIBC__)
  constexpr size_t kLargeDocument = size_t{32} << 20;
  if (doc.text.size() >= kLargeDocument) ::malloc_trim(0);
#else
  (void)doc;
#endif
}

}  // namespace

Analysis Analyzer::analyze(Document doc, const AnalyzeOptions& options) const {
  Analysis a;
  a.doc = std::move(doc);
  a.diagnostics = a.doc.diagnostics;
  const bool parallel = options.threads >= 2 && a.doc.text.size() >= kSideBySideFromBytes;
  a.tokens = tokenize(a.doc.text, parallel ? 2u : 1u);
  a.sentences = split_sentences(a.doc.text, a.tokens, a.doc.dateline);
  const bool want_actors = options.actors || options.events || options.commitments;
  const bool want_times = options.times || options.events || options.commitments;

  // Actors and times read only the text, tokens and sentences; events and commitments
  // read both and not each other. Each stage writes only its own member.
  TimeResult times;
  auto run_actors = [&] {
    if (!want_actors) return;
    ActorResult r = actors_.find(a.doc, a.tokens, a.sentences);
    a.actors = std::move(r.actors);
    a.speaker = r.speaker;
  };
  auto run_times = [&] {
    if (want_times) times = times_.find(a.doc, a.tokens, a.sentences);
  };
  if (parallel && want_actors && want_times) {
    side_by_side(run_actors, run_times);
    release_free_memory(a.doc);
  } else {
    run_actors();
    if (want_actors) release_free_memory(a.doc);
    run_times();
  }
  a.times = std::move(times.times);
  // A front matter's times are the page's ("published_time: 2024-11-11 10:10:46-05:00"),
  // not the speech's; its date stays, as the dateline.
  if (const std::optional<Span> fm = a.doc.front_matter) {
    std::erase_if(a.times, [&](const TimeExpr& t) {
      return fm->contains(t.span) && !(a.doc.dateline && a.doc.dateline->contains(t.span));
    });
  }
  for (auto& d : times.diagnostics) a.diagnostics.push_back(std::move(d));

  auto run_events = [&] {
    if (options.events) a.events = find_events(a);
  };
  auto run_commitments = [&] {
    if (options.commitments) a.commitments = commitments_.find(a);
  };
  if (parallel && options.events && options.commitments) {
    side_by_side(run_commitments, run_events);
  } else {
    run_events();
    run_commitments();
  }
  return a;
}

const Analyzer& default_analyzer() {
  static const Analyzer analyzer;
  return analyzer;
}

Analysis analyze_text(std::string_view text, std::optional<Date> date) {
  LoadOptions options;
  options.date = date;
  LoadResult r = load_from_bytes("test.txt", std::string(text), options);
  if (!r.ok()) return Analysis{};
  return default_analyzer().analyze(std::move(*r.document));
}

}  // namespace speechscan
