// PLACEHOLDER: replaced by the commitments implementation.
#include "speechscan/commitments.h"

#include "speechscan/analysis.h"

namespace speechscan {

const char* strength_name(Strength s) {
  switch (s) {
    case Strength::kFirm: return "firm";
    case Strength::kConditional: return "conditional";
    case Strength::kIntent: return "intent";
    case Strength::kAspirational: return "aspirational";
  }
  return "firm";
}
const char* polarity_name(Polarity p) {
  return p == Polarity::kNegative ? "negative" : "positive";
}

struct CommitmentFinder::Impl {};
CommitmentFinder::CommitmentFinder() : impl_(std::make_unique<Impl>()) {}
CommitmentFinder::~CommitmentFinder() = default;
CommitmentFinder::CommitmentFinder(CommitmentFinder&&) noexcept = default;
CommitmentFinder& CommitmentFinder::operator=(CommitmentFinder&&) noexcept = default;
std::vector<Commitment> CommitmentFinder::find(const Analysis&) const { return {}; }

}  // namespace speechscan
