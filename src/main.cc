// speechscan: the command-line front end. It parses arguments and calls the library;
// everything it prints goes through cli/output.h.
#include <CLI/CLI.hpp>
#include <malloc.h>
#include <signal.h>

#include <string_view>
#include <thread>

#include "cli/commands.h"
#include "cli/memory.h"
#include "cli/options.h"
#include "cli/output.h"

namespace {

using speechscan::cli::CheckOptions;
using speechscan::cli::CommonOptions;
using speechscan::cli::ExitCode;

constexpr const char* kDescription =
    "speechscan: what a speech commits its speaker's side to, who the actors are, and what\n"
    "happened or will happen when.";

constexpr const char* kExamples = R"(
Examples:
  speechscan remarks.txt                         readable report of one transcript
  speechscan --format json remarks.txt | jq .commitments
  speechscan --format ndjson speeches/ > all.ndjson     one JSON report per line
  speechscan --format tsv --only commitments speeches/  one commitment per line
  cat remarks.txt | speechscan --date 2026-01-08 -       read stdin, anchor dates
  speechscan timeline speeches/                  dated events of every input, in date order
  speechscan check --max-warnings 0 speeches/    lint transcripts for CI
  speechscan check --baseline saved.json speeches/      fail on extraction drift

Exit status: 0 all inputs analysed (check: clean); 1 some input could not be analysed
(check: findings at error level or over --max-warnings); 2 usage error (check: also I/O).
)";

void add_common(CLI::App& app, CommonOptions& o, bool formats_all) {
  app.add_option("inputs", o.inputs, "Transcript files or directories; - reads stdin");
  std::vector<std::string> formats = {"text", "json", "ndjson", "tsv", "markdown"};
  if (!formats_all) formats = {"text", "json"};
  app.add_option("-f,--format", o.format, "Output format")
      ->check(CLI::IsMember(formats))
      ->capture_default_str();
  app.add_option("--date", o.date, "Document date YYYY-MM-DD; overrides the dateline");
  // Repeatable options take one value per occurrence, so that inputs after them stay inputs.
  app.add_option("--lexicon", o.lexicons, "Extra actor lexicon (TSV, see README); repeatable")
      ->check(CLI::ExistingFile)
      ->allow_extra_args(false);
  app.add_option("--glob", o.globs, "File name pattern for directories (default *.txt and *.md)")
      ->allow_extra_args(false);
  app.add_option("--files-from", o.files_from, "Read input paths, one per line, from FILE (- = stdin)");
  app.add_option("-j,--jobs", o.jobs, "Documents analysed in parallel (default: the core count); a lone large document uses two for its stages");
  app.add_option("--color", o.color, "Colour in text output")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  app.add_flag("-q,--quiet", o.quiet, "No progress and no per-input messages on stderr");
}

}  // namespace

int main(int argc, char** argv) {
  // A closed stdout pipe must not kill the process: writes then fail with EPIPE, which
  // cli::Output turns into a quiet stop.
  ::signal(SIGPIPE, SIG_IGN);
  // Per-document buffers of a few hundred KB would otherwise each be a fresh mmap: with
  // --jobs 2 the two workers then contend in the kernel and fault every page in again
  // (corpus_jobs.sh: speed-up 1.63x -> 1.86x on 1,000 transcripts of 30 KB). Keep them
  // on the heap, where freed memory is reused.
  ::mallopt(M_MMAP_THRESHOLD, 64 << 20);
  ::mallopt(M_TRIM_THRESHOLD, 128 << 20);
  speechscan::cli::heap_in_huge_pages();
  speechscan::cli::map_executable();

  CLI::App app{kDescription, "speechscan"};
  app.footer(kExamples);
  app.set_version_flag("-V,--version", std::string("speechscan ") + SPEECHSCAN_VERSION);
  app.require_subcommand(0, 1);

  CommonOptions common;
  add_common(app, common, true);
  app.add_option("--only", common.only, "Limit the report to one table")
      ->check(CLI::IsMember({"commitments", "actors", "events", "times", "sentences"}));

  // A subcommand is chosen by its exact name, so its options are set up only when the
  // name is among the arguments: CLI11's set-up of an option costs some 10,000
  // instructions, about 4 % of a one-speech run for the two subcommands' options.
  auto named = [&](std::string_view name) {
    for (int i = 1; i < argc; ++i) {
      if (argv[i] == name) return true;
    }
    return false;
  };

  CommonOptions timeline_opts;
  CLI::App* timeline = app.add_subcommand("timeline", "Dated events of all inputs in date order");
  if (named("timeline")) add_common(*timeline, timeline_opts, true);

  CommonOptions check_common;
  CheckOptions check_opts;
  CLI::App* check = app.add_subcommand(
      "check", "Lint transcripts for CI: path:line:column: severity: message [code]");
  if (named("check")) {
    add_common(*check, check_common, false);
    check->add_option("--error-on", check_opts.error_on, "Rules reported as errors (comma-separated)")
        ->delimiter(',')
        ->allow_extra_args(false);
    check->add_option("--ignore", check_opts.ignore, "Rules not reported (comma-separated)")
        ->delimiter(',')
        ->allow_extra_args(false);
    check->add_option("--max-warnings", check_opts.max_warnings, "Fail when there are more warnings");
    check->add_option("--baseline", check_opts.baseline,
                      "Saved report (speechscan --format json) to compare commitments, events and actors with");
    check->footer(
        "Rules: invalid-utf8, binary-input, empty-document, missing-date, ambiguous-date,\n"
        "unanchored-time, mixed-line-endings, control-characters, commitment-without-actor,\n"
        "duplicate-document, io-error, baseline-drift.");
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : static_cast<int>(ExitCode::kUsage);
  }

  auto fix_jobs = [](CommonOptions& o) {
    if (o.jobs == 0) o.jobs = std::max(1u, std::thread::hardware_concurrency());
  };
  if (check->parsed()) {
    fix_jobs(check_common);
    return static_cast<int>(speechscan::cli::run_check(check_common, check_opts));
  }
  if (timeline->parsed()) {
    fix_jobs(timeline_opts);
    return static_cast<int>(speechscan::cli::run_timeline(timeline_opts));
  }
  fix_jobs(common);
  return static_cast<int>(speechscan::cli::run_analyze(common));
}
