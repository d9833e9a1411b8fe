// PLACEHOLDER: replaced by the events implementation.
#include "speechscan/events.h"

#include "speechscan/analysis.h"

namespace speechscan {

const char* tense_name(Tense t) {
  switch (t) {
    case Tense::kPast: return "past";
    case Tense::kPresent: return "present";
    case Tense::kFuture: return "future";
  }
  return "past";
}

std::vector<Event> find_events(const Analysis&) { return {}; }

}  // namespace speechscan
