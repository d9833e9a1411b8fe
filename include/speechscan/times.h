// Temporal expressions, normalised to TimeML TIMEX3 (spec/annotation-guide.md, "Times").
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "speechscan/diagnostic.h"
#include "speechscan/document.h"
#include "speechscan/sentences.h"
#include "speechscan/span.h"
#include "speechscan/tokenizer.h"

namespace speechscan {

enum class TimeType : uint8_t { kDate, kTime, kDuration, kSet };
const char* time_type_name(TimeType t);

struct TimeExpr {
  Span span;
  uint32_t sentence = 0;
  TimeType type = TimeType::kDate;
  std::string value;  // TIMEX3 value: 2026-01-07, 2026, 2026-W02, P2W, PAST_REF, XXXX-12-25
};

// Calendar arithmetic used to resolve relative expressions: proleptic Gregorian
// calendar, no time zone, never the clock. Exposed for tests and for the events stage.
int64_t days_from_civil(const Date& d);  // days since 1970-01-01 (negative before)
Date civil_from_days(int64_t days);
Date add_days(const Date& d, int64_t n);
Date add_months(const Date& d, int n);   // clamps the day: 2024-01-31 + 1 month = 2024-02-29
int days_in_month(int year, int month);
int iso_weekday(const Date& d);          // 1 = Monday .. 7 = Sunday

// ISO 8601 week: weeks start on Monday; week 1 holds the year's first Thursday, so
// 2027-01-01 is in 2026-W53 and 2021-01-03 in 2020-W53.
struct IsoWeek {
  int year = 0;
  int week = 0;  // 1..53
  friend constexpr bool operator==(const IsoWeek&, const IsoWeek&) = default;
};
IsoWeek iso_week(const Date& d);
std::string format_iso_week(const IsoWeek& w);  // "2026-W02"
// The Monday of an ISO week.
Date iso_week_monday(const IsoWeek& w);

// True when a TIMEX3 value names a calendar date or date range that can date an event:
// 2026, 2026-01, 2026-01-07, 2026-W02, 2026-Q1, 2014-SU, 199 (a decade), 2026-01-08TNI.
// False for durations, sets, PAST_REF/PRESENT_REF/FUTURE_REF and unresolved XXXX values.
bool is_calendar_value(std::string_view value);

// True when `word` (lower case) names a law or treaty whose year follows it after "of":
// "the Mutual Security Act of 1954" (data/lexicon/time_context.tsv kind `instrument`).
bool names_instrument(std::string_view word);

struct TimeResult {
  std::vector<TimeExpr> times;           // in text order, non-overlapping
  std::vector<Diagnostic> diagnostics;   // e.g. unanchored-time
};

// Built once per process from data/lexicon/ tables; shared read-only across threads.
class TimeFinder {
 public:
  TimeFinder();
  ~TimeFinder();
  TimeFinder(TimeFinder&&) noexcept;
  TimeFinder& operator=(TimeFinder&&) noexcept;

  // Relative expressions resolve against doc.date; without it they stay XXXX-...
  TimeResult find(const Document& doc, const std::vector<Token>& tokens,
                  const std::vector<Sentence>& sentences) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace speechscan
