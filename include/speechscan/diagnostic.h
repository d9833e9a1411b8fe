// Diagnostics: findings about an input that a person or a CI job should see.
#pragma once

#include <optional>
#include <string>

#include "speechscan/span.h"

namespace speechscan {

enum class Severity : uint8_t { kError, kWarning, kNote };

const char* severity_name(Severity s);

struct Diagnostic {
  Severity severity = Severity::kWarning;
  std::string code;     // stable rule id, e.g. "invalid-utf8"
  std::string message;  // one line, no trailing period
  std::optional<Span> span;
};

}  // namespace speechscan
