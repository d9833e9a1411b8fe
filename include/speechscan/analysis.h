// The whole analysis of one document, and the Analyzer that produces it.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "speechscan/actors.h"
#include "speechscan/commitments.h"
#include "speechscan/document.h"
#include "speechscan/events.h"
#include "speechscan/sentences.h"
#include "speechscan/times.h"
#include "speechscan/tokenizer.h"

namespace speechscan {

// Every stage's output for one document. Spans point into doc.text.
struct Analysis {
  Document doc;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Actor> actors;
  std::optional<uint32_t> speaker;  // index into actors
  std::vector<TimeExpr> times;
  std::vector<Event> events;
  std::vector<Commitment> commitments;
  std::vector<Diagnostic> diagnostics;  // the document's plus every stage's

  // Index of the sentence containing byte `offset`, or sentences.size().
  uint32_t sentence_at(uint32_t offset) const;
};

// Which stages to run; later stages need the earlier ones.
struct AnalyzeOptions {
  bool actors = true;
  bool times = true;
  bool events = true;
  bool commitments = true;
  // Threads one document's stages may use: with 2, a large document's independent stages
  // run side by side (actors beside times, then commitments beside events). The report
  // is the same either way. For one document on a machine with a spare core.
  unsigned threads = 1;
};

// Holds the compiled knowledge (gazetteer, time and commitment tables). Build one per
// process; analyze() is const and safe to call from several threads at once.
class Analyzer {
 public:
  Analyzer();
  // Adds a user lexicon file's bytes; returns an error message or "".
  std::string add_lexicon(std::string_view bytes, std::string_view file_name);

  Analysis analyze(Document doc, const AnalyzeOptions& options = {}) const;

 private:
  ActorFinder actors_;
  TimeFinder times_;
  CommitmentFinder commitments_;
};

// Convenience for tests and fuzzers: load `text` as a document named `path` with an
// optional date and analyse it with a process-wide default Analyzer.
Analysis analyze_text(std::string_view text, std::optional<Date> date = std::nullopt);
const Analyzer& default_analyzer();

}  // namespace speechscan
