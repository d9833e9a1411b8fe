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
// document's title; its times are the page's, not the speech's (analysis.cc).
#include <algorithm>
#include <optional>
#include <string>
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

// YAML front matter, as Jekyll, Hugo and scraped Markdown transcripts open with it: a
// "---" line, "key: value" lines, and a closing "---" (or "...") line within the first 60
// lines. Returns the span of its `title:` value inside its quotes, which in double quotes
// may run over lines ending in a backslash ('title: "Remarks by President Biden at the\'),
// or nullopt when the text has no front matter or it names no title.
std::optional<Span> front_matter_title(std::string_view text) {
  constexpr uint32_t kMaxFrontMatterLines = 60;
  auto line_at = [&](size_t pos) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view l = text.substr(pos, eol - pos);
    while (!l.empty() && (l.back() == '\r' || l.back() == ' ')) l.remove_suffix(1);
    return std::pair<std::string_view, size_t>{l, eol};
  };
  auto [open, pos] = line_at(0);
  if (open != "---") return std::nullopt;
  std::optional<Span> title;
  for (uint32_t n = 0; n < kMaxFrontMatterLines && pos < text.size(); ++n) {
    size_t start = pos + 1;
    auto [l, eol] = line_at(start);
    pos = eol;
    if (l == "---" || l == "...") return title;
    if (title || !l.starts_with("title:")) continue;
    size_t v = start + 6;
    while (v < eol && (text[v] == ' ' || text[v] == '\t')) ++v;
    if (v >= eol) continue;
    const char quote = text[v];
    if (quote != '"' && quote != '\'') {
      // A plain value goes on over indented lines: "title: Remarks to the Religious
      // Liberty" / "  Commission".
      size_t value_end = start + l.size();
      while (pos < text.size() && pos + 1 < text.size() &&
             (text[pos + 1] == ' ' || text[pos + 1] == '\t')) {
        auto [next, next_eol] = line_at(pos + 1);
        if (next.find_first_not_of(" \t\r") == std::string_view::npos) break;
        value_end = pos + 1 + next.size();
        pos = next_eol;
      }
      title = Span{static_cast<uint32_t>(v), static_cast<uint32_t>(value_end)};
      continue;
    }
    // The closing quote, over lines; in double quotes a backslash escapes the next byte,
    // in single quotes a doubled quote is one.
    size_t e = v + 1;
    for (; e < text.size(); ++e) {
      if (quote == '"' && text[e] == '\\') {
        ++e;
      } else if (text[e] == quote) {
        if (quote == '\'' && e + 1 < text.size() && text[e + 1] == '\'') {
          ++e;
        } else {
          break;
        }
      }
    }
    if (e >= text.size()) return std::nullopt;
    if (e > v + 1) title = Span{static_cast<uint32_t>(v + 1), static_cast<uint32_t>(e)};
    // The value may have run over lines: go on from its closing quote's line.
    pos = text.find('\n', e);
    if (pos == std::string_view::npos) return std::nullopt;
  }
  return std::nullopt;
}

// Appends code point `cp` in UTF-8 (U+FFFD for a surrogate or one past U+10FFFF).
void append_utf8(char32_t cp, std::string& out) {
  if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = 0xFFFD;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// The value of `digits` hexadecimal digits at s[i], or nullopt.
std::optional<char32_t> hex_at(std::string_view s, size_t i, size_t digits) {
  if (i + digits > s.size()) return std::nullopt;
  char32_t v = 0;
  for (size_t k = i; k < i + digits; ++k) {
    const char c = s[k];
    const int d = c >= '0' && c <= '9'   ? c - '0'
                  : c >= 'a' && c <= 'f' ? c - 'a' + 10
                  : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                         : -1;
    if (d < 0) return std::nullopt;
    v = v * 16 + static_cast<char32_t>(d);
  }
  return v;
}

// A double-quoted YAML scalar's text with its escapes read: "President\_Biden" (a no-break
// space, written as a space), "Turkey\u2019s", "Equality\" / "  \ Act" (an escaped line
// break joins the lines without a space; the escaped space after it stays). Unknown
// escapes are kept as written.
std::string yaml_double_quoted(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 >= s.size()) {
      out += s[i];
      continue;
    }
    const char e = s[++i];
    std::optional<char32_t> cp;
    switch (e) {
      case '\n':
      case '\r': {  // the line break and the next line's indentation are dropped
        size_t k = i + 1;
        if (e == '\r' && k < s.size() && s[k] == '\n') ++k;
        while (k < s.size() && (s[k] == ' ' || s[k] == '\t')) ++k;
        i = k - 1;
        continue;
      }
      case '_':
      case ' ':
      case 't':
        out += ' ';
        continue;
      case '"':
      case '\\':
      case '/':
        out += e;
        continue;
      case 'x':
        cp = hex_at(s, i + 1, 2);
        break;
      case 'u':
        cp = hex_at(s, i + 1, 4);
        break;
      case 'U':
        cp = hex_at(s, i + 1, 8);
        break;
      default:
        break;
    }
    if (cp) {
      append_utf8(*cp, out);
      i += e == 'x' ? 2 : e == 'u' ? 4 : 8;
    } else {
      out += '\\';
      out += e;
    }
  }
  return out;
}

}  // namespace

std::string title_text(const Document& doc) {
  if (!doc.title) return {};
  const std::string_view t = slice(doc.text, *doc.title);
  if (!doc.front_matter || !doc.front_matter->contains(*doc.title) || doc.title->start == 0)
    return std::string(t);
  const char quote = doc.text[doc.title->start - 1];
  if (quote == '"') return yaml_double_quoted(t);
  if (quote != '\'') return std::string(t);
  std::string out;  // in single quotes a doubled quote is one
  out.reserve(t.size());
  for (size_t i = 0; i < t.size(); ++i) {
    out += t[i];
    if (t[i] == '\'' && i + 1 < t.size() && t[i + 1] == '\'') ++i;
  }
  return out;
}

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
      // The block names the title by its key; no other line of it is one ("tags:
      // press-briefings", which read_dateline() took as the first line).
      if (std::optional<Span> title = front_matter_title(text)) {
        doc.title = title;
      } else if (doc.title && doc.title->start < doc.front_matter->end) {
        doc.title.reset();
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
