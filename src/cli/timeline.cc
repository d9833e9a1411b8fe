// speechscan timeline: the dated events of every input, in date order.
#include <fmt/format.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "cli/ordered_pool.h"
#include "cli/output.h"
#include "speechscan/report.h"

namespace speechscan::cli {
namespace {

struct TimelineEvent {
  std::string sort_key;  // the first day of the event's date range, "9999" when unresolved
  std::string date;      // the TIMEX3 value
  size_t input = 0;      // input order, for ties
  uint32_t start = 0;    // byte offset, for ties
  std::string path;
  uint32_t line = 0;
  std::string text;
  std::string trigger;
  std::string tense;
  std::vector<std::string> actors;
};

// "2026" -> "2026-01-01", "2026-03" -> "2026-03-01", "2026-W02" -> "2026-W02" (sorts
// after the month's days of the same year only roughly, which is enough to line up
// speeches), "XXXX-..." -> "9999".
std::string sort_key(const std::string& v) {
  if (v.size() < 4 || !std::isdigit(static_cast<unsigned char>(v[0]))) return "9999";
  if (v.size() == 4) return v + "-01-01";
  if (v.size() == 7 && v[4] == '-' && std::isdigit(static_cast<unsigned char>(v[5]))) return v + "-01";
  return v;
}

struct DocEvents {
  std::vector<TimelineEvent> events;
  std::string error;
};

}  // namespace

ExitCode run_timeline(const CommonOptions& options) {
  auto setup = make_setup(options);
  if (!setup) return ExitCode::kUsage;
  auto expanded = gather_inputs(options, "timeline: ");
  if (!expanded) return ExitCode::kUsage;
  bool failed = report_listing_errors(*expanded);
  const auto& paths = expanded->paths;
  LoadOptions lo;
  lo.date = setup->date;
  std::vector<TimelineEvent> all;
  Progress progress(paths.size(), !options.quiet);
  run_ordered<DocEvents>(
      paths.size(), options.jobs,
      [&](size_t i) {
        DocEvents out;
        LoadResult loaded = load_file(paths[i], lo);
        if (!loaded.ok()) {
          out.error = fmt::format("{}: {} [{}]", paths[i], loaded.error->message, loaded.error->code);
          return out;
        }
        AnalyzeOptions ao;
        ao.commitments = false;
        ao.threads = stage_threads(paths.size(), options.jobs);
        Analysis a = setup->analyzer.analyze(std::move(*loaded.document), ao);
        for (const Event& e : a.events) {
          TimelineEvent te;
          te.date = e.time < a.times.size() ? a.times[e.time].value : std::string();
          te.sort_key = sort_key(te.date);
          te.input = i;
          te.start = e.span.start;
          te.path = paths[i];
          te.line = a.doc.lines.locate(a.doc.text, e.span.start).line;
          te.text = collapse_space(slice(a.doc.text, e.span));
          te.trigger = slice(a.doc.text, e.trigger);
          te.tense = tense_name(e.tense);
          for (uint32_t id : e.actors) {
            if (id < a.actors.size()) te.actors.push_back(a.actors[id].id);
          }
          out.events.push_back(std::move(te));
        }
        return out;
      },
      [&](size_t i, DocEvents d) {
        progress.update(i + 1, paths[i]);
        if (!d.error.empty()) {
          failed = true;
          if (!options.quiet) print_error(d.error);
          return true;
        }
        for (auto& e : d.events) all.push_back(std::move(e));
        return true;
      });
  progress.finish();
  std::stable_sort(all.begin(), all.end(), [](const TimelineEvent& a, const TimelineEvent& b) {
    if (a.sort_key != b.sort_key) return a.sort_key < b.sort_key;
    if (a.input != b.input) return a.input < b.input;
    return a.start < b.start;
  });

  std::string buf;
  auto out_to = std::back_inserter(buf);
  const std::string& f = options.format;
  if (f == "json" || f == "ndjson") {
    if (f == "json") buf += "[";
    for (size_t k = 0; k < all.size(); ++k) {
      const auto& e = all[k];
      rapidjson::StringBuffer sb;
      rapidjson::Writer<rapidjson::StringBuffer> w(sb);
      w.StartObject();
      w.Key("date");
      w.String(e.date);
      w.Key("path");
      w.String(e.path);
      w.Key("line");
      w.Uint(e.line);
      w.Key("text");
      w.String(e.text);
      w.Key("trigger");
      w.String(e.trigger);
      w.Key("tense");
      w.String(e.tense);
      w.Key("actors");
      w.StartArray();
      for (const auto& id : e.actors) w.String(id);
      w.EndArray();
      w.EndObject();
      if (f == "json" && k) buf += ",";
      buf.append(sb.GetString(), sb.GetSize());
      if (f == "ndjson") buf += "\n";
    }
    if (f == "json") buf += "]\n";
  } else if (f == "tsv") {
    buf += "date\tpath\tline\ttense\ttrigger\tactors\ttext\n";
    for (const auto& e : all) {
      std::string ids;
      for (const auto& id : e.actors) ids += (ids.empty() ? "" : ",") + id;
      std::string text = e.text;
      std::replace(text.begin(), text.end(), '\t', ' ');
      fmt::format_to(out_to, "{}\t{}\t{}\t{}\t{}\t{}\t{}\n", e.date, e.path, e.line, e.tense, e.trigger, ids, text);
    }
  } else if (f == "markdown") {
    buf += "| Date | Source | Event |\n|---|---|---|\n";
    for (const auto& e : all) fmt::format_to(out_to, "| {} | {}:{} | {} |\n", e.date, e.path, e.line, e.text);
  } else {
    for (const auto& e : all) fmt::format_to(out_to, "{:<10}  {}:{}  {} [{}]\n", e.date, e.path, e.line, e.text, e.tense);
  }
  Output out;
  out.write(buf);
  return finish(out, failed);
}

}  // namespace speechscan::cli
