// Report writers: one Analysis -> text, JSON (report v1), TSV or Markdown.
//
// Writers append to a std::string so that the caller writes each document with one
// write(2); nothing here touches stdout.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "speechscan/analysis.h"

namespace speechscan {

enum class Format : uint8_t { kText, kJson, kNdjson, kTsv, kMarkdown };

// What a report shows; kAll is the whole report.
enum class Section : uint8_t { kAll, kCommitments, kActors, kEvents, kTimes, kSentences };

struct ReportOptions {
  Format format = Format::kText;
  Section only = Section::kAll;  // --only: other arrays are written empty (JSON) or left out
  bool color = false;            // ANSI colour in the text report
  bool pretty = false;           // indented JSON (single document to a terminal)
};

// Appends the report-v1 JSON object of `a` (no trailing newline).
void write_json(const Analysis& a, const ReportOptions& options, std::string& out);

// The same object handed to `sink` in order, in pieces of about a megabyte, so that a
// large document's report need not be held in memory at once.
using ChunkSink = std::function<void(std::string_view)>;
void write_json(const Analysis& a, const ReportOptions& options, const ChunkSink& sink);

// Appends the human-readable report.
void write_text(const Analysis& a, const ReportOptions& options, std::string& out);

// Appends TSV rows of options.only (commitments when kAll); `header` adds the header line.
// Every row starts with the document's path so that rows of many documents can be mixed.
void write_tsv(const Analysis& a, const ReportOptions& options, bool header, std::string& out);

// Appends a Markdown report a person can paste into an article or an issue.
void write_markdown(const Analysis& a, const ReportOptions& options, std::string& out);

// "path:line:column: severity: message [code]" for one diagnostic of `a`.
void write_diagnostic_line(const Analysis& a, const Diagnostic& d, std::string& out);
// The same for a path with no document (the input could not be read).
void write_diagnostic_line(std::string_view path, const Diagnostic& d, std::string& out);

// White space runs (line breaks included) collapsed to one space, ends trimmed.
std::string collapse_space(std::string_view text);
// The same, appended to `out` (no allocation when `out` has room).
void collapse_space_into(std::string_view text, std::string& out);

}  // namespace speechscan
