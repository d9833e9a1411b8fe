// YAML front matter: the metadata block that static-site generators and scraped speech
// collections put at the top of a Markdown transcript:
//
//   ---
//   date: '2024-11-11'
//   published_time: 2024-11-11 10:10:46-05:00
//   title: "Remarks by President Biden ..."
//   ---
//
// The block is found by its shape alone (a "---" line first, then only "key: value"
// lines, their indented continuations and list items, then "---" or "..."), so that a
// Markdown rule under a paragraph is never taken for one. Its `title:` gives the
// document's title (read_dateline); its times are the page's, not the speech's
// (analysis.cc).
#include <algorithm>
#include <optional>
#include <string_view>

#include "speechscan/document.h"

namespace speechscan {
namespace {

constexpr uint32_t kMaxLines = 100;  // a longer block is no front matter
constexpr size_t kMaxBytes = 16 * 1024;

std::string_view trim_right(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// "key:" then a space or the line's end: a YAML mapping's key (letters, digits, '_', '-').
size_t key_end(std::string_view l) {
  size_t i = 0;
  while (i < l.size() && ((l[i] >= 'a' && l[i] <= 'z') || (l[i] >= 'A' && l[i] <= 'Z') ||
                          (l[i] >= '0' && l[i] <= '9') || l[i] == '_' || l[i] == '-'))
    ++i;
  if (i == 0 || i >= l.size() || l[i] != ':') return 0;
  if (i + 1 < l.size() && l[i + 1] != ' ' && l[i + 1] != '\t') return 0;
  return i;
}

}  // namespace

void read_front_matter(Document& doc) {
  const std::string_view text = doc.text;
  size_t p = 0;
  auto next_line = [&](std::string_view& line) {
    if (p >= text.size()) return false;
    size_t e = text.find('\n', p);
    if (e == std::string_view::npos) e = text.size();
    line = text.substr(p, e - p);
    p = e + 1;
    return true;
  };
  std::string_view line;
  if (!next_line(line) || trim_right(line) != "---") return;
  bool keys = false;
  for (uint32_t n = 0; n < kMaxLines && p < kMaxBytes && p < text.size(); ++n) {
    if (!next_line(line)) return;
    const std::string_view l = trim_right(line);
    if (l == "---" || l == "...") {
      if (!keys) return;
      doc.front_matter = Span{0, static_cast<uint32_t>(std::min(p, text.size()))};
      // No line of the block but its title: (read_dateline) is a title ("tags:
      // press-briefings").
      if (doc.title && doc.title->start < doc.front_matter->end) {
        size_t b = doc.title->start;
        while (b > 0 && text[b - 1] != '\n') --b;
        if (!text.substr(b).starts_with("title:")) doc.title.reset();
      }
      return;
    }
    if (l.empty() || l[0] == ' ' || l[0] == '\t' || l[0] == '#' || l.starts_with("- "))
      continue;                   // a continuation, a comment, a list item
    if (key_end(l) == 0) return;  // a line of prose: no front matter
    keys = true;
  }
}

}  // namespace speechscan
