// Invariants every input must keep, shared by the libFuzzer targets (tests/fuzz/*_fuzzer.cc)
// and by the replay of kept crash inputs in the normal test run
// (tests/unit/fuzz_regressions_test.cc), so that a regression input is checked the same
// way with or without clang.
//
// Each check returns "" when the invariant holds, otherwise one line saying what broke.
// The checks are deliberately slow and simple (byte by byte); inputs are capped at
// kMaxInput bytes.
#pragma once

#define RAPIDJSON_HAS_STDSTRING 1
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "speechscan/analysis.h"
#include "speechscan/baseline.h"
#include "speechscan/document.h"
#include "speechscan/report.h"
#include "speechscan/sentences.h"
#include "speechscan/tokenizer.h"
#include "speechscan/unicode.h"

namespace speechscan::fuzz {

// Larger inputs are ignored by every target: the fuzzer looks for wrong behaviour, the
// benchmarks (tests/bench) for slow behaviour at scale.
inline constexpr size_t kMaxInput = 64 * 1024;

// The targets; each names a folder under tests/fuzz/regressions/ and tests/fuzz/corpus/.
// "baseline" is parse_baseline() + compare_reports(), what `check --baseline` reads.
inline constexpr std::string_view kTargets[] = {"load", "tokenize", "sentences", "analysis",
                                                "baseline"};

namespace detail {

inline std::string at(std::string_view what, size_t i) {
  return std::string(what) + " (at " + std::to_string(i) + ")";
}

// Line breaks as the tokenizer sees them.
inline bool is_break(char32_t c) {
  return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x85;
}

// Every byte of text[begin, end) is white space (decoded code point by code point).
// Sets *line_break when one of them is a line break.
inline bool all_space(std::string_view text, size_t begin, size_t end, bool* line_break) {
  size_t i = begin;
  while (i < end) {
    // YAML's escaped white space, which the tokenizer reads as white space
    // (tokenizer.h): "\_" (a no-break space), "\ " and a backslash before a line break.
    if (text[i] == '\\' && i + 1 < end &&
        (text[i + 1] == '_' || text[i + 1] == ' ' || text[i + 1] == '\n' || text[i + 1] == '\r')) {
      i += text[i + 1] == '_' ? 2 : 1;
      continue;
    }
    unicode::Decoded d = unicode::decode(text, i);
    if (!d.valid || !(unicode::is_space(d.cp) || is_break(d.cp))) return false;
    if (is_break(d.cp)) *line_break = true;
    i += d.length;
  }
  return i == end;
}

// True when every byte sequence in text is well-formed UTF-8 (RFC 3629), checked without
// the library's decoder: the reference for "valid".
inline bool valid_utf8(std::string_view text) {
  size_t i = 0;
  const size_t n = text.size();
  auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  while (i < n) {
    unsigned char b = byte(i);
    size_t len;
    uint32_t cp;
    if (b < 0x80) {
      ++i;
      continue;
    } else if (b >= 0xC2 && b <= 0xDF) {
      len = 2;
      cp = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
      len = 3;
      cp = b & 0x0F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      len = 4;
      cp = b & 0x07;
    } else {
      return false;
    }
    if (i + len > n) return false;
    for (size_t k = 1; k < len; ++k) {
      if ((byte(i + k) & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (byte(i + k) & 0x3F);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))) return false;
    if (cp >= 0xD800 && cp <= 0xDFFF) return false;
    i += len;
  }
  return true;
}

inline bool continuation(std::string_view text, size_t i) {
  return i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80;
}

// 1-based line and code-point column of every offset 0..text.size(), counted byte by byte
// from the start (lines end at \n, \r\n and a lone \r).
class LineColumns {
 public:
  explicit LineColumns(std::string_view text) : at_(text.size() + 1) {
    uint32_t line = 1, column = 1;
    for (size_t i = 0; i < text.size(); ++i) {
      at_[i] = {line, column};
      char c = text[i];
      if (c == '\n' || (c == '\r' && !(i + 1 < text.size() && text[i + 1] == '\n'))) {
        ++line;
        column = 1;
      } else if (!continuation(text, i)) {
        ++column;  // columns count bytes that start a code point (or are invalid)
      }
    }
    at_[text.size()] = {line, column};
  }
  std::pair<uint32_t, uint32_t> operator[](size_t offset) const { return at_[offset]; }

 private:
  std::vector<std::pair<uint32_t, uint32_t>> at_;
};

}  // namespace detail

// Tokens lie inside the text, in order, non-empty, and with the gaps between them give
// back the input: every gap byte is white space. With valid UTF-8 no token boundary cuts
// a character. Line flags agree with the line breaks in the gaps.
inline std::string check_tokens(std::string_view text, const std::vector<Token>& tokens) {
  const bool valid = detail::valid_utf8(text);
  size_t prev_end = 0;
  for (size_t k = 0; k < tokens.size(); ++k) {
    const Token& t = tokens[k];
    if (t.start >= t.end()) return detail::at("empty token", k);
    if (t.end() > text.size()) return detail::at("token past the end of the text", k);
    if (t.start < prev_end) return detail::at("tokens overlap or are out of order", k);
    bool line_break = k == 0;
    if (!detail::all_space(text, prev_end, t.start, &line_break)) {
      return detail::at("non-space text between tokens", k);
    }
    if (line_break != t.has(kLineStart)) return detail::at("kLineStart disagrees with the text", k);
    if (k > 0 && tokens[k - 1].has(kLineEnd) != line_break) {
      return detail::at("kLineEnd disagrees with the text", k - 1);
    }
    if (valid && (detail::continuation(text, t.start) || detail::continuation(text, t.end()))) {
      return detail::at("token boundary inside a UTF-8 character", k);
    }
    prev_end = t.end();
  }
  bool ignored = false;
  if (!detail::all_space(text, prev_end, text.size(), &ignored)) {
    return "non-space text after the last token";
  }
  if (!tokens.empty() && !tokens.back().has(kLineEnd)) return "the last token lacks kLineEnd";
  return "";
}

// Sentences partition the tokens: each is a non-empty run of consecutive tokens, the runs
// are in order and together hold every token exactly once, and each span runs from its
// first token's start to its last token's end. (With check_tokens this means the
// sentences cover all non-space text exactly once, in order.)
inline std::string check_sentences(std::string_view text, const std::vector<Token>& tokens,
                                   const std::vector<Sentence>& sentences) {
  uint32_t next = 0;
  for (size_t k = 0; k < sentences.size(); ++k) {
    const Sentence& s = sentences[k];
    if (s.first_token != next) return detail::at("sentence does not start at the next token", k);
    if (s.end_token <= s.first_token) return detail::at("empty sentence", k);
    if (s.end_token > tokens.size()) return detail::at("sentence past the last token", k);
    if (s.span.start != tokens[s.first_token].start || s.span.end != tokens[s.end_token - 1].end()) {
      return detail::at("sentence span differs from its tokens", k);
    }
    if (s.span.end > text.size()) return detail::at("sentence past the end of the text", k);
    next = s.end_token;
  }
  if (next != tokens.size()) return "tokens after the last sentence";
  return "";
}

// The loaded document: spans inside the text, the line index agrees with a slow count.
inline std::string check_document(const Document& doc) {
  const std::string_view text = doc.text;
  auto inside = [&](const std::optional<Span>& s) {
    return !s || (s->start <= s->end && s->end <= text.size());
  };
  if (!inside(doc.title)) return "title span outside the text";
  if (!inside(doc.dateline)) return "dateline span outside the text";
  for (const Diagnostic& d : doc.diagnostics) {
    if (!inside(d.span)) return "diagnostic span outside the text: " + d.code;
  }
  if (doc.has_invalid_utf8 == detail::valid_utf8(text)) return "has_invalid_utf8 is wrong";
  // The line index, probed at a few offsets (every offset for short texts).
  const detail::LineColumns expected(text);
  for (size_t off = 0; off <= text.size(); ++off) {
    auto [line, column] = expected[off];
    LineIndex::Position p = doc.lines.locate(text, static_cast<uint32_t>(off));
    if (p.line != line || p.column != column) return detail::at("LineIndex::locate is wrong", off);
  }
  return "";
}

// Every stage's spans in memory: inside the text, each extraction inside its sentence.
inline std::string check_analysis(const Analysis& a) {
  const std::string_view text = a.doc.text;
  if (auto e = check_tokens(text, a.tokens); !e.empty()) return e;
  if (auto e = check_sentences(text, a.tokens, a.sentences); !e.empty()) return e;
  const size_t ns = a.sentences.size();
  auto in_sentence = [&](Span s, uint32_t sentence) {
    return sentence < ns && s.start <= s.end && a.sentences[sentence].span.contains(s);
  };
  for (size_t i = 0; i < a.actors.size(); ++i) {
    const Actor& actor = a.actors[i];
    if (actor.mentions.empty()) return detail::at("actor without mentions", i);
    for (size_t m = 0; m < actor.mentions.size(); ++m) {
      const Mention& mention = actor.mentions[m];
      if (!in_sentence(mention.span, mention.sentence)) return detail::at("mention outside its sentence", i);
      if (mention.span.empty()) return detail::at("empty mention", i);
      if (m > 0 && mention.span.start < actor.mentions[m - 1].span.start) {
        return detail::at("mentions out of text order", i);
      }
    }
  }
  if (a.speaker && *a.speaker >= a.actors.size()) return "speaker is not an actor";
  for (size_t i = 0; i < a.times.size(); ++i) {
    const TimeExpr& t = a.times[i];
    if (!in_sentence(t.span, t.sentence) || t.span.empty()) return detail::at("time outside its sentence", i);
    if (i > 0 && t.span.start < a.times[i - 1].span.end) return detail::at("times overlap or out of order", i);
  }
  for (size_t i = 0; i < a.events.size(); ++i) {
    const Event& e = a.events[i];
    if (!in_sentence(e.span, e.sentence)) return detail::at("event outside its sentence", i);
    if (e.time >= a.times.size()) return detail::at("event time is not a time", i);
    if (!in_sentence(e.trigger, e.sentence) || e.trigger.empty()) return detail::at("event trigger outside its sentence", i);
    for (uint32_t actor : e.actors) {
      if (actor >= a.actors.size()) return detail::at("event actor is not an actor", i);
    }
  }
  for (size_t i = 0; i < a.commitments.size(); ++i) {
    const Commitment& c = a.commitments[i];
    if (!in_sentence(c.span, c.sentence)) return detail::at("commitment outside its sentence", i);
    for (const auto& part : {c.actor_text, c.object, c.condition}) {
      if (part && !in_sentence(*part, c.sentence)) return detail::at("commitment part outside its sentence", i);
    }
    if (c.time && *c.time >= a.times.size()) return detail::at("commitment time is not a time", i);
    for (uint32_t actor : c.actors) {
      if (actor >= a.actors.size()) return detail::at("commitment actor is not an actor", i);
    }
  }
  for (const Diagnostic& d : a.diagnostics) {
    if (d.span && !(d.span->start <= d.span->end && d.span->end <= text.size())) {
      return "diagnostic span outside the text: " + d.code;
    }
  }
  return "";
}

namespace detail {

// A report-v1 Span object: offsets inside the text, line and column right.
inline std::string check_json_span(const rapidjson::Value& v, std::string_view text,
                                   const LineColumns& lc, std::string_view where, Span* out) {
  if (!v.IsObject()) return std::string(where) + ": span is not an object";
  for (const char* key : {"start", "end", "line", "column"}) {
    if (!v.HasMember(key) || !v[key].IsUint()) return std::string(where) + ": span." + key + " missing";
  }
  Span s{v["start"].GetUint(), v["end"].GetUint()};
  if (s.start > s.end || s.end > text.size()) return std::string(where) + ": span outside the text";
  auto [line, column] = lc[s.start];
  if (v["line"].GetUint() != line || v["column"].GetUint() != column) {
    return std::string(where) + ": span line/column wrong";
  }
  *out = s;
  return "";
}

inline const rapidjson::Value* array_member(const rapidjson::Value& v, const char* key) {
  if (!v.IsObject() || !v.HasMember(key) || !v[key].IsArray()) return nullptr;
  return &v[key];
}

}  // namespace detail

// The report-v1 JSON of `a` parses and agrees with the text: every span inside the input,
// sentences in order and non-overlapping, each mention/time/event/commitment inside the
// sentence it names, every index in range. With valid UTF-8, mention and time `text`
// fields are the exact input bytes of their spans. The JSON is valid UTF-8 whatever the
// input (RFC 8259 8.1): a title trimmed inside a character once broke that.
inline std::string check_report_json(const Analysis& a, std::string_view json) {
  rapidjson::Document d;
  d.Parse<rapidjson::kParseValidateEncodingFlag>(json.data(), json.size());
  if (d.HasParseError()) {
    return std::string("report is not JSON: ") + rapidjson::GetParseError_En(d.GetParseError()) +
           " at " + std::to_string(d.GetErrorOffset());
  }
  if (!d.IsObject() || !d.HasMember("schema") || !d["schema"].IsString() ||
      std::string_view(d["schema"].GetString()) != "speechscan.report/1") {
    return "report lacks schema speechscan.report/1";
  }
  const std::string_view text = a.doc.text;
  const bool exact_text = detail::valid_utf8(text);
  const detail::LineColumns lc(text);
  const char* arrays[] = {"sentences", "actors", "times", "events", "commitments", "diagnostics"};
  for (const char* key : arrays) {
    if (!detail::array_member(d, key)) return std::string("report lacks the array ") + key;
  }
  std::vector<Span> sentences;
  for (const auto& s : d["sentences"].GetArray()) {
    Span span;
    if (!s.HasMember("span")) return "sentence without span";
    if (auto e = detail::check_json_span(s["span"], text, lc, "sentence", &span); !e.empty()) return e;
    if (!s.HasMember("index") || !s["index"].IsUint() || s["index"].GetUint() != sentences.size()) {
      return "sentence index out of sequence";
    }
    if (!sentences.empty() && span.start < sentences.back().end) return "sentences overlap or out of order";
    sentences.push_back(span);
  }
  if (sentences.size() != a.sentences.size()) return "report and analysis disagree on sentences";
  // `item` has span + sentence; its span must lie inside that sentence.
  auto in_sentence = [&](const rapidjson::Value& item, std::string_view where,
                         Span* out) -> std::string {
    if (!item.IsObject() || !item.HasMember("span") || !item.HasMember("sentence") ||
        !item["sentence"].IsUint()) {
      return std::string(where) + ": span or sentence missing";
    }
    if (auto e = detail::check_json_span(item["span"], text, lc, where, out); !e.empty()) return e;
    uint32_t k = item["sentence"].GetUint();
    if (k >= sentences.size()) return std::string(where) + ": sentence index out of range";
    if (!sentences[k].contains(*out)) return std::string(where) + ": span outside its sentence";
    return "";
  };
  auto text_matches = [&](const rapidjson::Value& item, Span s) {
    if (!exact_text) return true;
    if (!item.HasMember("text") || !item["text"].IsString()) return false;
    return std::string_view(item["text"].GetString(), item["text"].GetStringLength()) == slice(text, s);
  };
  for (const auto& actor : d["actors"].GetArray()) {
    const rapidjson::Value* mentions = detail::array_member(actor, "mentions");
    if (!mentions) return "actor without mentions";
    for (const auto& m : mentions->GetArray()) {
      Span s;
      if (auto e = in_sentence(m, "mention", &s); !e.empty()) return e;
      if (!text_matches(m, s)) return "mention text differs from its span";
    }
  }
  const size_t times = d["times"].Size();
  for (const auto& t : d["times"].GetArray()) {
    Span s;
    if (auto e = in_sentence(t, "time", &s); !e.empty()) return e;
    if (!text_matches(t, s)) return "time text differs from its span";
  }
  for (const auto& ev : d["events"].GetArray()) {
    Span s;
    if (auto e = in_sentence(ev, "event", &s); !e.empty()) return e;
    if (!ev.HasMember("time") || !ev["time"].IsUint() || ev["time"].GetUint() >= times) {
      return "event time index out of range";
    }
  }
  for (const auto& c : d["commitments"].GetArray()) {
    Span s;
    if (auto e = in_sentence(c, "commitment", &s); !e.empty()) return e;
    if (c.HasMember("time") && !c["time"].IsNull() &&
        (!c["time"].IsUint() || c["time"].GetUint() >= times)) {
      return "commitment time index out of range";
    }
  }
  for (const auto& diag : d["diagnostics"].GetArray()) {
    if (!diag.IsObject() || !diag.HasMember("code") || !diag["code"].IsString()) return "diagnostic without code";
    if (diag.HasMember("span") && !diag["span"].IsNull()) {
      Span s;
      if (auto e = detail::check_json_span(diag["span"], text, lc, "diagnostic", &s); !e.empty()) return e;
    }
  }
  return "";
}

// Runs one target on one input and checks its invariants. Unknown targets are an error.
inline std::string run_target(std::string_view target, std::string_view input) {
  if (input.size() > kMaxInput) return "";
  if (target == "load") {
    LoadResult r = load_from_bytes("fuzz.txt", std::string(input), LoadOptions{});
    if (r.ok() == r.error.has_value()) return "load: exactly one of document and error must be set";
    if (!r.ok()) return r.error->code.empty() || r.error->message.empty() ? "load: empty error" : "";
    return check_document(*r.document);
  }
  if (target == "tokenize") {
    std::vector<Token> whole = tokenize(input);
    if (auto e = check_tokens(input, whole); !e.empty()) return e;
    // Tokenizing from a cut (as tokenize(text, 2) does for its second piece) gives the
    // whole text's tokens from there: checked at the first cut after the middle.
    size_t cut = input.size() / 2;
    while (cut < input.size() && !is_tokenize_cut(input, cut)) ++cut;
    if (cut < input.size()) {
      std::vector<Token> pieces = tokenize(input.substr(0, cut));
      std::vector<Token> rest = tokenize_from(input, cut);
      pieces.insert(pieces.end(), rest.begin(), rest.end());
      if (pieces.size() != whole.size()) return "tokenize: a cut changes the token count";
      for (size_t i = 0; i < whole.size(); ++i) {
        if (pieces[i].start != whole[i].start || pieces[i].packed() != whole[i].packed())
          return "tokenize: a cut changes token " + std::to_string(i);
      }
    }
    return "";
  }
  if (target == "sentences") {
    std::vector<Token> tokens = tokenize(input);
    return check_sentences(input, tokens, split_sentences(input, tokens));
  }
  if (target == "analysis") {
    LoadResult r = load_from_bytes("fuzz.txt", std::string(input), LoadOptions{});
    if (!r.ok()) return "";
    Analysis a = default_analyzer().analyze(std::move(*r.document));
    if (auto e = check_analysis(a); !e.empty()) return e;
    std::string json;
    write_json(a, ReportOptions{}, json);
    if (auto e = check_report_json(a, json); !e.empty()) return e;
    // The other writers must not crash either.
    std::string other;
    write_text(a, ReportOptions{}, other);
    write_tsv(a, ReportOptions{}, true, other);
    write_markdown(a, ReportOptions{}, other);
    return "";
  }
  if (target == "baseline") {
    BaselineParse parsed = parse_baseline(input);
    // (With an error, callers ignore `reports`; a JSON array whose later element is not a
    // report leaves the earlier ones there: see regressions/baseline/crash-c3734455...)
    if (!parsed.error.empty()) return "";
    BaselineReport empty;
    for (const BaselineReport& r : parsed.reports) {
      // A report compared with itself has no drift; with nothing, everything vanished.
      if (!compare_reports(r, r).empty()) return "baseline: a report drifts from itself";
      // (Actors with one id count once.)
      size_t vanished = compare_reports(r, empty).size();
      size_t items = r.commitments.size() + r.events.size();
      if (vanished < items || vanished > items + r.actors.size()) return "baseline: vanished items miscounted";
    }
    return "";
  }
  return "unknown fuzz target: " + std::string(target);
}

}  // namespace speechscan::fuzz
