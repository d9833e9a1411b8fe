// PLACEHOLDER: replaced by the times implementation.
#include "speechscan/times.h"

namespace speechscan {

const char* time_type_name(TimeType t) {
  switch (t) {
    case TimeType::kDate: return "date";
    case TimeType::kTime: return "time";
    case TimeType::kDuration: return "duration";
    case TimeType::kSet: return "set";
  }
  return "date";
}

struct TimeFinder::Impl {};
TimeFinder::TimeFinder() : impl_(std::make_unique<Impl>()) {}
TimeFinder::~TimeFinder() = default;
TimeFinder::TimeFinder(TimeFinder&&) noexcept = default;
TimeFinder& TimeFinder::operator=(TimeFinder&&) noexcept = default;
TimeResult TimeFinder::find(const Document&, const std::vector<Token>&,
                            const std::vector<Sentence>&) const {
  return {};
}

}  // namespace speechscan
