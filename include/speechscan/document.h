// Document: the one owned text of an input; everything else is a Span into it.
//
// Lifetime: tokens, sentences, mentions and extractions hold byte offsets into
// Document::text(); they stay valid as long as the Document is alive and unmodified.
// Units: offsets are bytes of UTF-8; LineIndex::locate() turns an offset into a 1-based
// line and a 1-based column counted in code points.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "speechscan/diagnostic.h"
#include "speechscan/span.h"

namespace speechscan {

// A calendar date, no time zone: documents carry their own date.
struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
  friend constexpr auto operator<=>(const Date&, const Date&) = default;
};

// Parses YYYY-MM-DD (a real calendar date) or returns nullopt.
std::optional<Date> parse_iso_date(std::string_view s);
std::string format_iso_date(const Date& d);

enum class DateSource : uint8_t { kNone, kDateline, kOption };
const char* date_source_name(DateSource s);

// Maps byte offsets to line:column. Line ends are \n, \r\n and lone \r.
class LineIndex {
 public:
  LineIndex() = default;
  explicit LineIndex(std::string_view text);

  struct Position {
    uint32_t line = 1;    // 1-based
    uint32_t column = 1;  // 1-based, in code points
  };
  // REQUIRES: offset <= text.size() of the text the index was built from.
  // Columns count code points as bytes that are not UTF-8 continuation bytes, so that
  // locate() costs O(log lines + 256) whatever the line length.
  Position locate(std::string_view text, uint32_t offset) const;
  // The same, for callers that go through offsets mostly in order (a report): `hint` is
  // the line of the previous call (0 at first), updated. Near the hint a line costs a
  // comparison or two instead of a binary search.
  Position locate(std::string_view text, uint32_t offset, uint32_t& hint) const;
  uint32_t line_count() const { return static_cast<uint32_t>(starts_.size()); }
  uint32_t line_start(uint32_t line) const { return starts_[line - 1]; }  // 1-based
  bool mixed_line_endings() const { return mixed_; }

 private:
  uint32_t code_points_before(std::string_view text, uint32_t offset) const;
  Position column_in(std::string_view text, uint32_t line, uint32_t offset) const;

  std::vector<uint32_t> starts_;  // byte offset of each line's first byte
  std::vector<uint32_t> blocks_;  // code points before each 256-byte block, then in all
  std::vector<uint32_t> wide_words_;  // per block: bit k if its 8-byte word k is not all ASCII
  bool mixed_ = false;
};

struct Document {
  std::string path;  // as given on the command line; "-" for stdin
  // UTF-8 (transcoded if the input was UTF-16); invalid bytes kept as-is. A NUL byte
  // follows the last one (scans may read one byte past a token: see tokenizer.h).
  std::string_view text;
  // Owns text's bytes: the input's string, or a large file's read-only mapping (no copy,
  // no freshly zeroed pages). Shared, so that a copied Document views the same bytes.
  std::shared_ptr<const void> storage;
  uint64_t source_bytes = 0;  // size of the input as read
  LineIndex lines;

  std::optional<Date> date;
  DateSource date_source = DateSource::kNone;
  std::optional<Span> title;     // the title or dateline text
  std::optional<Span> dateline;  // the line the date was read from
  // A YAML front matter block at the top ("---", "key: value" lines, "---"), as scraped
  // and static-site transcripts carry: metadata, no part of the speech.
  std::optional<Span> front_matter;
  std::vector<Diagnostic> diagnostics;

  // Invalid UTF-8 is kept as-is and reported in diagnostics; code that decodes treats
  // each invalid byte as U+FFFD (unicode.h).
  bool has_invalid_utf8 = false;
};

// Options that affect loading.
struct LoadOptions {
  std::optional<Date> date;  // --date: overrides the dateline
  uint64_t max_bytes = 0xFFFFFFFFull - 1;  // larger inputs are refused (offsets are uint32)
};

// What load_* returns when the input cannot be analysed at all.
struct LoadError {
  std::string code;     // "binary-input", "io-error", "too-large", ...
  std::string message;  // one line
};

// Either a document or the reason there is none.
struct LoadResult {
  std::optional<Document> document;
  std::optional<LoadError> error;
  bool ok() const { return document.has_value(); }
};

// Builds a Document from raw input bytes: detects BOMs and UTF-16, validates UTF-8,
// indexes lines, reads the dateline. Never throws on bad input.
LoadResult load_from_bytes(std::string path, std::string bytes, const LoadOptions& options);

// Reads a file ("-" for stdin) and calls load_from_bytes.
LoadResult load_file(const std::string& path, const LoadOptions& options);

// Finds the dateline/title in the first lines of the text and sets date, date_source,
// title and dateline (an option date still wins for `date`). Exposed for tests.
void read_dateline(Document& doc, const std::optional<Date>& option_date);

// Finds a YAML front matter block at the text's start and sets front_matter, and the
// title from its `title:` key (no other line of the block is a title). Exposed for tests.
void read_front_matter(Document& doc);

// The title's text as written (empty when there is none), with a YAML front matter's
// quoting read: "President\_Biden", "Turkey\u2019s", an escaped line break, a doubled
// single quote. White space is not collapsed.
std::string title_text(const Document& doc);

}  // namespace speechscan
