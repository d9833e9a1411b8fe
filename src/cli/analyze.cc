#include <fmt/format.h>

#include <fstream>
#include <sstream>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "cli/ordered_pool.h"
#include "cli/output.h"
#include "speechscan/report.h"

namespace speechscan::cli {

std::optional<Setup> make_setup(const CommonOptions& options) {
  Setup setup;
  if (!options.date.empty()) {
    setup.date = parse_iso_date(options.date);
    if (!setup.date) {
      print_error(fmt::format("--date: '{}' is not a date of the form YYYY-MM-DD", options.date));
      return std::nullopt;
    }
  }
  for (const auto& path : options.lexicons) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      print_error(fmt::format("{}: cannot read the lexicon", path));
      return std::nullopt;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    std::string error = setup.analyzer.add_lexicon(ss.str(), path);
    if (!error.empty()) {
      print_error(error);
      return std::nullopt;
    }
  }
  return setup;
}

std::optional<ExpandedInputs> gather_inputs(const CommonOptions& options, std::string_view command) {
  ExpandedInputs expanded = expand_inputs(options.inputs, options.globs, options.files_from);
  if (expanded.paths.empty() && expanded.errors.empty()) {
    print_error(fmt::format("{}no input given (a file, a directory, or - for stdin); see --help", command));
    return std::nullopt;
  }
  return expanded;
}

bool report_listing_errors(const ExpandedInputs& inputs) {
  for (const auto& e : inputs.errors) print_error(e);
  return !inputs.errors.empty();
}

ExitCode finish(Output& out, bool some_input_failed) {
  out.flush();
  if (out.closed_pipe()) return ExitCode::kOk;
  if (out.failed()) {
    print_error(out.error());
    return ExitCode::kFindings;
  }
  return some_input_failed ? ExitCode::kFindings : ExitCode::kOk;
}

namespace {

Format parse_format(const std::string& f) {
  if (f == "json") return Format::kJson;
  if (f == "ndjson") return Format::kNdjson;
  if (f == "tsv") return Format::kTsv;
  if (f == "markdown") return Format::kMarkdown;
  return Format::kText;
}

Section parse_section(const std::string& s) {
  if (s == "commitments") return Section::kCommitments;
  if (s == "actors") return Section::kActors;
  if (s == "events") return Section::kEvents;
  if (s == "times") return Section::kTimes;
  if (s == "sentences") return Section::kSentences;
  return Section::kAll;
}

// What a worker hands back for one input.
struct Rendered {
  std::string report;  // bytes for stdout
  std::string error;   // one line for stderr, empty when the input was analysed
};

}  // namespace

ExitCode run_analyze(const CommonOptions& options) {
  auto setup = make_setup(options);
  if (!setup) return ExitCode::kUsage;
  auto expanded = gather_inputs(options, "");
  if (!expanded) return ExitCode::kUsage;
  bool failed = report_listing_errors(*expanded);
  ReportOptions ro;
  ro.format = parse_format(options.format);
  ro.only = parse_section(options.only);
  ro.color = ro.format == Format::kText && want_color(options.color);
  const auto& paths = expanded->paths;
  const bool json_array = ro.format == Format::kJson && paths.size() > 1;
  LoadOptions lo;
  lo.date = setup->date;

  Output out;
  Progress progress(paths.size(), !options.quiet);
  if (json_array) out.write("[");
  bool first_report = true;
  bool tsv_header = true;
  // A single document's JSON goes to stdout as it is written, a megabyte at a time, so a
  // large transcript's report is never held whole (several documents' reports are held
  // until their turn, at most a few per job).
  const bool stream_json = paths.size() == 1 && (ro.format == Format::kJson || ro.format == Format::kNdjson);
  run_ordered<Rendered>(
      paths.size(), options.jobs,
      [&](size_t i) {
        Rendered r;
        LoadResult loaded = load_file(paths[i], lo);
        if (!loaded.ok()) {
          r.error = fmt::format("{}: {} [{}]", paths[i], loaded.error->message, loaded.error->code);
          return r;
        }
        AnalyzeOptions ao;
        ao.threads = stage_threads(paths.size(), options.jobs);
        Analysis a = setup->analyzer.analyze(std::move(*loaded.document), ao);
        switch (ro.format) {
          case Format::kJson:
          case Format::kNdjson:
            if (stream_json) {
              write_json(a, ro, ChunkSink([&out](std::string_view piece) { out.write(piece); }));
            } else {
              write_json(a, ro, r.report);
            }
            break;
          case Format::kTsv:
            write_tsv(a, ro, /*header=*/false, r.report);
            break;
          case Format::kMarkdown:
            write_markdown(a, ro, r.report);
            break;
          case Format::kText:
            write_text(a, ro, r.report);
            break;
        }
        return r;
      },
      [&](size_t i, Rendered r) {
        progress.update(i + 1, paths[i]);
        if (!r.error.empty()) {
          failed = true;
          if (!options.quiet) print_error(r.error);
          return true;
        }
        // The report is written as it is, with at most a short separator around it:
        // a large document's report is never copied.
        std::string_view before, after;
        std::string header;
        switch (ro.format) {
          case Format::kJson:
            if (json_array && !first_report) before = ",";
            if (!json_array) after = "\n";
            break;
          case Format::kNdjson:
            after = "\n";
            break;
          case Format::kTsv:
            if (tsv_header) {
              // The header line is the same for every document: write it once.
              Analysis empty;
              write_tsv(empty, ro, true, header);
              before = header;
              tsv_header = false;
            }
            break;
          case Format::kText:
          case Format::kMarkdown:
            if (!first_report) before = "\n";
            break;
        }
        first_report = false;
        return out.write(before) && out.write(r.report) && out.write(after);
      });
  progress.finish();
  if (json_array) out.write("]\n");
  return finish(out, failed);
}

}  // namespace speechscan::cli
