// Dated events: clauses that say something happened, happens or will happen at a
// stated date or date range (spec/annotation-guide.md, "Times and dated events").
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "speechscan/id_list.h"
#include "speechscan/span.h"

namespace speechscan {

struct Analysis;

enum class Tense : uint8_t { kPast, kPresent, kFuture };
const char* tense_name(Tense t);

struct Event {
  uint32_t sentence = 0;
  Span span;             // the clause (at most its sentence)
  Span trigger;          // the trigger verb or noun as written ("hit", "signed")
  uint32_t time = 0;     // index into Analysis::times
  IdList actors;         // indices into Analysis::actors, in text order, unique
  Tense tense = Tense::kPast;
};

// REQUIRES: analysis has document, tokens, sentences, actors and times filled.
std::vector<Event> find_events(const Analysis& analysis);

}  // namespace speechscan
