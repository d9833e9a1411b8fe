// Commitments: what the speaker's side undertakes (spec/annotation-guide.md,
// "Commitments").
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "speechscan/id_list.h"
#include "speechscan/span.h"

namespace speechscan {

struct Analysis;

enum class Strength : uint8_t { kFirm, kConditional, kIntent, kAspirational };
enum class Polarity : uint8_t { kPositive, kNegative };
const char* strength_name(Strength s);
const char* polarity_name(Polarity p);

struct Commitment {
  uint32_t sentence = 0;
  Span span;                     // the clause, continuation lines included (within its sentence)
  IdList actors;                 // indices into Analysis::actors of who commits
  std::optional<Span> actor_text;  // the subject words ("we", "The UK and France")
  // The marker, lower case: will, shall, commit, agree, sign ... It and `rule` view the
  // compiled-in tables (static storage): a commitment is one of some 10^5 in a long
  // document, and two strings of their own were 64 of its bytes.
  std::string_view modality;
  std::string action;            // lemma of the main verb undertaken
  std::optional<Span> object;    // what is undertaken, after the verb
  std::optional<Span> condition; // "following a ceasefire", "if ...", ...
  std::optional<uint32_t> time;  // index into Analysis::times
  Strength strength = Strength::kFirm;
  Polarity polarity = Polarity::kPositive;
  std::string_view rule;         // short id of the rule that found it, e.g. "modal-will"
};

// Built once per process from data/lexicon/ tables; shared read-only across threads.
class CommitmentFinder {
 public:
  CommitmentFinder();
  ~CommitmentFinder();
  CommitmentFinder(CommitmentFinder&&) noexcept;
  CommitmentFinder& operator=(CommitmentFinder&&) noexcept;

  // REQUIRES: analysis has document, tokens, sentences, actors and times filled.
  std::vector<Commitment> find(const Analysis& analysis) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace speechscan
