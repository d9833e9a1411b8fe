// speechscan check: lint transcripts for CI.
#include <fmt/format.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <sstream>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "cli/ordered_pool.h"
#include "cli/output.h"
#include "speechscan/baseline.h"
#include "speechscan/report.h"

namespace speechscan::cli {
namespace {

// One finding, located in its file.
struct Finding {
  std::string path;
  uint32_t line = 0;  // 0 when the finding is about the whole input
  uint32_t column = 0;
  Severity severity = Severity::kWarning;
  std::string code;
  std::string message;
};

// The rules check knows, with their default severity.
const std::map<std::string, Severity, std::less<>>& rules() {
  static const std::map<std::string, Severity, std::less<>> kRules = {
      {"binary-input", Severity::kError},
      {"io-error", Severity::kError},
      {"too-large", Severity::kError},
      {"decode-error", Severity::kError},
      {"baseline-drift", Severity::kError},
      {"invalid-utf8", Severity::kWarning},
      {"utf16-without-bom", Severity::kWarning},
      {"empty-document", Severity::kWarning},
      {"missing-date", Severity::kWarning},
      {"ambiguous-date", Severity::kWarning},
      {"unanchored-time", Severity::kWarning},
      {"control-characters", Severity::kWarning},
      {"commitment-without-actor", Severity::kWarning},
      {"duplicate-document", Severity::kWarning},
      {"not-in-baseline", Severity::kWarning},
      {"mixed-line-endings", Severity::kNote},
  };
  return kRules;
}

// What a worker returns for one input.
struct Checked {
  std::vector<Finding> findings;
  size_t content_hash = 0;
  bool loaded = false;
  bool io_error = false;
  std::optional<BaselineReport> summary;  // only with --baseline
};

Finding at(const Analysis& a, std::optional<Span> span, Severity sev, std::string code, std::string message) {
  Finding f{a.doc.path, 1, 1, sev, std::move(code), std::move(message)};
  if (span) {
    auto p = a.doc.lines.locate(a.doc.text, span->start);
    f.line = p.line;
    f.column = p.column;
  }
  return f;
}

}  // namespace

ExitCode run_check(const CommonOptions& options, const CheckOptions& check) {
  for (const auto* list : {&check.error_on, &check.ignore}) {
    for (const auto& r : *list) {
      if (!rules().count(r)) {
        print_error(fmt::format("check: unknown rule '{}' (see speechscan check --help)", r));
        return ExitCode::kUsage;
      }
    }
  }
  auto setup = make_setup(options);
  if (!setup) return ExitCode::kUsage;

  std::optional<BaselineParse> baseline;
  if (!check.baseline.empty()) {
    std::ifstream in(check.baseline, std::ios::binary);
    if (!in) {
      print_error(fmt::format("{}: cannot read the baseline", check.baseline));
      return ExitCode::kUsage;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    baseline = parse_baseline(ss.str());
    if (!baseline->error.empty()) {
      print_error(fmt::format("{}: {}", check.baseline, baseline->error));
      return ExitCode::kUsage;
    }
  }

  auto expanded = gather_inputs(options, "check: ");
  if (!expanded) return ExitCode::kUsage;
  std::vector<Finding> findings;
  bool io_error = false;
  for (const auto& e : expanded->errors) {
    auto colon = e.find(": ");
    findings.push_back({e.substr(0, colon), 0, 0, Severity::kError, "io-error",
                        colon == std::string::npos ? e : e.substr(colon + 2)});
    io_error = true;
  }
  const auto& paths = expanded->paths;
  LoadOptions lo;
  lo.date = setup->date;
  std::unordered_map<size_t, std::string> seen_content;
  Progress progress(paths.size(), !options.quiet);

  run_ordered<Checked>(
      paths.size(), options.jobs,
      [&](size_t i) {
        Checked c;
        LoadResult loaded = load_file(paths[i], lo);
        if (!loaded.ok()) {
          c.io_error = loaded.error->code == "io-error";
          c.findings.push_back({paths[i], 0, 0, Severity::kError, loaded.error->code, loaded.error->message});
          return c;
        }
        c.loaded = true;
        c.content_hash = std::hash<std::string_view>{}(loaded.document->text);
        AnalyzeOptions ao;
        ao.threads = stage_threads(paths.size(), options.jobs);
        Analysis a = setup->analyzer.analyze(std::move(*loaded.document), ao);
        for (const Diagnostic& d : a.diagnostics) c.findings.push_back(at(a, d.span, d.severity, d.code, d.message));
        if (!a.doc.date) {
          c.findings.push_back(at(a, std::nullopt, Severity::kWarning, "missing-date",
                                  "no dateline and no --date: relative times cannot be resolved"));
        }
        for (const Commitment& cm : a.commitments) {
          if (cm.actors.empty()) {
            c.findings.push_back(at(a, cm.span, Severity::kWarning, "commitment-without-actor",
                                    "commitment with no actor: " + collapse_space(slice(a.doc.text, cm.span)).substr(0, 80)));
          }
        }
        if (baseline) c.summary = summarize(a);
        return c;
      },
      [&](size_t i, Checked c) {
        progress.update(i + 1, paths[i]);
        io_error = io_error || c.io_error;
        for (auto& f : c.findings) findings.push_back(std::move(f));
        if (c.loaded) {
          auto [it, fresh] = seen_content.emplace(c.content_hash, paths[i]);
          if (!fresh) {
            findings.push_back({paths[i], 0, 0, Severity::kWarning, "duplicate-document",
                                fmt::format("same content as {}", it->second)});
          }
        }
        if (c.summary) {
          const BaselineReport* saved = nullptr;
          for (const auto& r : baseline->reports) {
            if (r.path == paths[i]) saved = &r;
          }
          if (!saved) {
            findings.push_back({paths[i], 0, 0, Severity::kWarning, "not-in-baseline",
                                fmt::format("no report for this path in {}", check.baseline)});
          } else {
            for (const Drift& d : compare_reports(*saved, *c.summary)) {
              findings.push_back({paths[i], d.line, d.line ? 1u : 0u, Severity::kError, "baseline-drift", d.message});
            }
          }
        }
        return true;
      });
  progress.finish();

  // Severity overrides and ignores.
  std::set<std::string, std::less<>> raise(check.error_on.begin(), check.error_on.end());
  std::set<std::string, std::less<>> drop(check.ignore.begin(), check.ignore.end());
  std::vector<Finding> kept;
  for (auto& f : findings) {
    if (drop.count(f.code)) continue;
    if (raise.count(f.code)) f.severity = Severity::kError;
    kept.push_back(std::move(f));
  }
  size_t errors = 0, warnings = 0;
  for (const auto& f : kept) {
    errors += f.severity == Severity::kError;
    warnings += f.severity == Severity::kWarning;
  }

  std::string buf;
  if (options.format == "json") {
    rapidjson::StringBuffer sb;
    rapidjson::Writer<rapidjson::StringBuffer> w(sb);
    w.StartObject();
    w.Key("schema");
    w.String("speechscan.check/1");
    w.Key("files");
    w.Uint64(paths.size());
    w.Key("errors");
    w.Uint64(errors);
    w.Key("warnings");
    w.Uint64(warnings);
    w.Key("diagnostics");
    w.StartArray();
    for (const auto& f : kept) {
      w.StartObject();
      w.Key("path");
      w.String(f.path);
      w.Key("line");
      if (f.line) w.Uint(f.line); else w.Null();
      w.Key("column");
      if (f.column) w.Uint(f.column); else w.Null();
      w.Key("severity");
      w.String(severity_name(f.severity));
      w.Key("code");
      w.String(f.code);
      w.Key("message");
      w.String(f.message);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    buf.assign(sb.GetString(), sb.GetSize());
    buf += "\n";
  } else {
    for (const auto& f : kept) {
      if (f.line) {
        fmt::format_to(std::back_inserter(buf), "{}:{}:{}: {}: {} [{}]\n", f.path, f.line, f.column,
                       severity_name(f.severity), f.message, f.code);
      } else {
        fmt::format_to(std::back_inserter(buf), "{}: {}: {} [{}]\n", f.path, severity_name(f.severity), f.message,
                       f.code);
      }
    }
  }
  Output out;
  out.write(buf);
  out.flush();
  if (!options.quiet) {
    print_error(fmt::format("check: {} file{}, {} error{}, {} warning{}", paths.size(), paths.size() == 1 ? "" : "s",
                            errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s"));
  }
  if (out.failed()) {
    print_error(out.error());
    return ExitCode::kUsage;
  }
  if (io_error) return ExitCode::kUsage;
  if (errors > 0) return ExitCode::kFindings;
  if (check.max_warnings >= 0 && warnings > static_cast<size_t>(check.max_warnings)) return ExitCode::kFindings;
  return ExitCode::kOk;
}

}  // namespace speechscan::cli
