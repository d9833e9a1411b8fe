// Baselines: a saved report (speechscan --format json or ndjson) that `check --baseline`
// compares a new analysis with, so that a repository of transcripts sees extraction
// drift (commitments, dated events and actors that appeared, vanished or changed).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "speechscan/analysis.h"

namespace speechscan {

// What of one report is compared: the fields a user tracks, as plain strings.
struct BaselineReport {
  struct Commitment {
    std::string text, action, modality, condition, strength, polarity, time;
    std::vector<std::string> actors;  // sorted ids
    uint32_t line = 0;
  };
  struct Event {
    std::string text, date, tense;
    uint32_t line = 0;
  };
  struct Actor {
    std::string id, name, type;
  };
  std::string path;
  std::vector<Commitment> commitments;
  std::vector<Event> events;
  std::vector<Actor> actors;
};

struct BaselineParse {
  std::vector<BaselineReport> reports;
  std::string error;  // non-empty when the bytes are not a report, an array or NDJSON
};

// Reads a JSON report object, a JSON array of them, or NDJSON (one per line).
BaselineParse parse_baseline(std::string_view json);

// The same summary, from an analysis.
BaselineReport summarize(const Analysis& a);

struct Drift {
  enum class Kind : uint8_t { kAppeared, kVanished, kChanged };
  Kind kind = Kind::kAppeared;
  std::string item;     // "commitment", "event" or "actor"
  std::string message;  // readable: what and how it changed
  uint32_t line = 0;    // in the new text (appeared, changed) or the old one (vanished)
};

// Every difference between a saved report and a new one, in a stable order.
std::vector<Drift> compare_reports(const BaselineReport& saved, const BaselineReport& now);

}  // namespace speechscan
