#include "speechscan/analysis.h"

#include <algorithm>

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

Analysis Analyzer::analyze(Document doc, const AnalyzeOptions& options) const {
  Analysis a;
  a.doc = std::move(doc);
  a.diagnostics = a.doc.diagnostics;
  a.tokens = tokenize(a.doc.text);
  a.sentences = split_sentences(a.doc.text, a.tokens, a.doc.dateline);
  if (options.actors || options.events || options.commitments) {
    ActorResult r = actors_.find(a.doc, a.tokens, a.sentences);
    a.actors = std::move(r.actors);
    a.speaker = r.speaker;
  }
  if (options.times || options.events || options.commitments) {
    TimeResult r = times_.find(a.doc, a.tokens, a.sentences);
    a.times = std::move(r.times);
    for (auto& d : r.diagnostics) a.diagnostics.push_back(std::move(d));
  }
  if (options.events) a.events = find_events(a);
  if (options.commitments) a.commitments = commitments_.find(a);
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
