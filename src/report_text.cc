// The human-facing writers: text (terminal), TSV (awk, spreadsheets) and Markdown.
#include <fmt/format.h>

#include <algorithm>

#include "speechscan/report.h"

namespace speechscan {
namespace {

template <typename... Args>
void put(std::string& out, fmt::format_string<Args...> f, Args&&... args) {
  fmt::format_to(std::back_inserter(out), f, std::forward<Args>(args)...);
}

struct Style {
  bool on;
  std::string_view bold() const { return on ? "\x1b[1m" : ""; }
  std::string_view dim() const { return on ? "\x1b[2m" : ""; }
  std::string_view green() const { return on ? "\x1b[32m" : ""; }
  std::string_view yellow() const { return on ? "\x1b[33m" : ""; }
  std::string_view red() const { return on ? "\x1b[31m" : ""; }
  std::string_view cyan() const { return on ? "\x1b[36m" : ""; }
  std::string_view reset() const { return on ? "\x1b[0m" : ""; }
};

bool shows(const ReportOptions& o, Section s) { return o.only == Section::kAll || o.only == s; }

uint32_t line_of(const Analysis& a, Span s) { return a.doc.lines.locate(a.doc.text, s.start).line; }

std::string text_of(const Analysis& a, Span s) { return collapse_space(slice(a.doc.text, s)); }

std::string actor_names(const Analysis& a, std::span<const uint32_t> ids) {
  std::string out;
  for (uint32_t i : ids) {
    if (i >= a.actors.size()) continue;
    if (!out.empty()) out += ", ";
    out += a.actors[i].name;
  }
  return out;
}

std::string time_text(const Analysis& a, std::optional<uint32_t> t) {
  if (!t || *t >= a.times.size()) return {};
  const TimeExpr& te = a.times[*t];
  return fmt::format("{} ({})", slice(a.doc.text, te.span), te.value);
}

// TSV fields may not hold tabs or line breaks.
std::string tsv_field(std::string_view s) {
  std::string out = collapse_space(s);
  std::replace(out.begin(), out.end(), '\t', ' ');
  return out;
}

}  // namespace

void write_diagnostic_line(std::string_view path, const Diagnostic& d, std::string& out) {
  fmt::format_to(std::back_inserter(out), "{}: {}: {} [{}]\n", path, severity_name(d.severity),
                 d.message, d.code);
}

void write_diagnostic_line(const Analysis& a, const Diagnostic& d, std::string& out) {
  uint32_t line = 1, column = 1;
  if (d.span) {
    auto p = a.doc.lines.locate(a.doc.text, d.span->start);
    line = p.line;
    column = p.column;
  }
  fmt::format_to(std::back_inserter(out), "{}:{}:{}: {}: {} [{}]\n", a.doc.path, line, column,
                 severity_name(d.severity), d.message, d.code);
}

void write_text(const Analysis& a, const ReportOptions& o, std::string& out) {
  Style st{o.color};
  const Document& d = a.doc;
  uint32_t words = 0;
  for (const Token& t : a.tokens) words += t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber;
  put(out, "{}{}{}", st.bold(), d.path, st.reset());
  if (d.title) put(out, " {}{}{}", st.dim(), collapse_space(title_text(d)), st.reset());
  put(out, "\n");
  put(out, "  date {} ({})", d.date ? format_iso_date(*d.date) : std::string("unknown"),
      date_source_name(d.date_source));
  if (a.speaker && *a.speaker < a.actors.size()) put(out, " · speaker {}", a.actors[*a.speaker].name);
  put(out, " · {} sentences · {} words\n", a.sentences.size(), words);

  if (shows(o, Section::kCommitments)) {
    put(out, "\n{}Commitments ({}){}\n", st.bold(), a.commitments.size(), st.reset());
    uint32_t n = 0;
    for (const Commitment& c : a.commitments) {
      ++n;
      put(out, "{:3}. {}line {}{}  {}{}\n", n, st.dim(), line_of(a, c.span), st.reset(),
          c.polarity == Polarity::kNegative ? "[not] " : "", text_of(a, c.span));
      std::string who = actor_names(a, c.actors);
      put(out, "     {}who{} {}", st.cyan(), st.reset(), who.empty() ? "?" : who);
      put(out, " · {}does{} {}", st.cyan(), st.reset(), c.action);
      if (c.condition) put(out, " · {}if{} {}", st.yellow(), st.reset(), text_of(a, *c.condition));
      if (auto t = time_text(a, c.time); !t.empty()) put(out, " · {}when{} {}", st.cyan(), st.reset(), t);
      put(out, " · {} · {}\n", strength_name(c.strength), c.rule);
    }
  }
  if (shows(o, Section::kActors)) {
    put(out, "\n{}Actors ({}){}\n", st.bold(), a.actors.size(), st.reset());
    for (ActorType type : {ActorType::kPerson, ActorType::kCountry, ActorType::kOrganization,
                           ActorType::kGroup, ActorType::kPlace}) {
      bool first = true;
      for (const Actor& actor : a.actors) {
        if (actor.type != type) continue;
        if (first) put(out, "  {}{}{}\n", st.dim(), actor_type_name(type), st.reset());
        first = false;
        put(out, "    {}", actor.name);
        if (!actor.role.empty()) put(out, " ({})", actor.role);
        put(out, " ×{}  {}{}{}\n", actor.mentions.size(), st.dim(), actor.id, st.reset());
      }
    }
  }
  if (shows(o, Section::kEvents)) {
    put(out, "\n{}Dated events ({}){}\n", st.bold(), a.events.size(), st.reset());
    for (const Event& e : a.events) {
      std::string date = e.time < a.times.size() ? a.times[e.time].value : std::string();
      put(out, "  {}{:<10}{} {}line {}{}  {} [{}]\n", st.green(), date, st.reset(), st.dim(), line_of(a, e.span),
          st.reset(), text_of(a, e.span), tense_name(e.tense));
    }
  }
  if (shows(o, Section::kTimes)) {
    put(out, "\n{}Times ({}){}\n", st.bold(), a.times.size(), st.reset());
    for (const TimeExpr& t : a.times) {
      put(out, "  {}line {:<4}{} {} → {} ({})\n", st.dim(), line_of(a, t.span), st.reset(),
          collapse_space(slice(d.text, t.span)), t.value, time_type_name(t.type));
    }
  }
  if (o.only == Section::kSentences) {
    put(out, "\n{}Sentences ({}){}\n", st.bold(), a.sentences.size(), st.reset());
    for (uint32_t i = 0; i < a.sentences.size(); ++i) {
      put(out, "  {:4} {}line {:<4}{} {}\n", i, st.dim(), line_of(a, a.sentences[i].span), st.reset(),
          text_of(a, a.sentences[i].span));
    }
  }
  if (!a.diagnostics.empty()) {
    put(out, "\n{}Diagnostics ({}){}\n", st.bold(), a.diagnostics.size(), st.reset());
    for (const Diagnostic& dg : a.diagnostics) {
      out += "  ";
      write_diagnostic_line(a, dg, out);
    }
  }
}

void write_tsv(const Analysis& a, const ReportOptions& o, bool header, std::string& out) {
  const std::string path = tsv_field(a.doc.path);
  switch (o.only) {
    case Section::kAll:
    case Section::kCommitments: {
      if (header) put(out, "path\tindex\tline\tactors\tactor_text\tmodality\taction\tobject\tcondition\ttime\tstrength\tpolarity\trule\ttext\n");
      for (uint32_t i = 0; i < a.commitments.size(); ++i) {
        const Commitment& c = a.commitments[i];
        std::string ids;
        for (uint32_t id : c.actors) {
          if (id >= a.actors.size()) continue;
          if (!ids.empty()) ids += ',';
          ids += a.actors[id].id;
        }
        std::string when = c.time && *c.time < a.times.size() ? a.times[*c.time].value : std::string();
        put(out, "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n", path, i, line_of(a, c.span), ids,
            c.actor_text ? tsv_field(slice(a.doc.text, *c.actor_text)) : "", c.modality, c.action,
            c.object ? tsv_field(slice(a.doc.text, *c.object)) : "",
            c.condition ? tsv_field(slice(a.doc.text, *c.condition)) : "", when,
            strength_name(c.strength), polarity_name(c.polarity), c.rule, tsv_field(slice(a.doc.text, c.span)));
      }
      break;
    }
    case Section::kActors:
      if (header) put(out, "path\tid\tname\ttype\trole\tmentions\n");
      for (const Actor& actor : a.actors) {
        put(out, "{}\t{}\t{}\t{}\t{}\t{}\n", path, actor.id, tsv_field(actor.name), actor_type_name(actor.type),
            tsv_field(actor.role), actor.mentions.size());
      }
      break;
    case Section::kEvents:
      if (header) put(out, "path\tindex\tline\tdate\ttense\ttrigger\tactors\ttext\n");
      for (uint32_t i = 0; i < a.events.size(); ++i) {
        const Event& e = a.events[i];
        std::string ids;
        for (uint32_t id : e.actors) {
          if (id >= a.actors.size()) continue;
          if (!ids.empty()) ids += ',';
          ids += a.actors[id].id;
        }
        put(out, "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n", path, i, line_of(a, e.span),
            e.time < a.times.size() ? a.times[e.time].value : std::string(), tense_name(e.tense),
            tsv_field(slice(a.doc.text, e.trigger)), ids, tsv_field(slice(a.doc.text, e.span)));
      }
      break;
    case Section::kTimes:
      if (header) put(out, "path\tline\tcolumn\ttype\tvalue\ttext\n");
      for (const TimeExpr& t : a.times) {
        auto p = a.doc.lines.locate(a.doc.text, t.span.start);
        put(out, "{}\t{}\t{}\t{}\t{}\t{}\n", path, p.line, p.column, time_type_name(t.type), t.value,
            tsv_field(slice(a.doc.text, t.span)));
      }
      break;
    case Section::kSentences:
      if (header) put(out, "path\tindex\tline\tstart\tend\ttext\n");
      for (uint32_t i = 0; i < a.sentences.size(); ++i) {
        const Sentence& s = a.sentences[i];
        put(out, "{}\t{}\t{}\t{}\t{}\t{}\n", path, i, line_of(a, s.span), s.span.start, s.span.end,
            tsv_field(slice(a.doc.text, s.span)));
      }
      break;
  }
}

void write_markdown(const Analysis& a, const ReportOptions& o, std::string& out) {
  auto cell = [&](std::string s) {
    std::string r;
    for (char c : s) {
      if (c == '|') r += "\\|";
      else r += c;
    }
    return r;
  };
  const Document& d = a.doc;
  put(out, "## {}\n\n", d.title ? collapse_space(title_text(d)) : d.path);
  put(out, "- Source: `{}`\n", d.path);
  put(out, "- Date: {} ({})\n", d.date ? format_iso_date(*d.date) : std::string("unknown"), date_source_name(d.date_source));
  if (a.speaker && *a.speaker < a.actors.size()) put(out, "- Speaker: {}\n", a.actors[*a.speaker].name);
  put(out, "\n");
  if (shows(o, Section::kCommitments)) {
    put(out, "### Commitments ({})\n\n", a.commitments.size());
    if (!a.commitments.empty()) {
      put(out, "| # | Line | Who | Commitment | Condition | When | Strength |\n|---|---|---|---|---|---|---|\n");
      uint32_t n = 0;
      for (const Commitment& c : a.commitments) {
        put(out, "| {} | {} | {} | {}{} | {} | {} | {} |\n", ++n, line_of(a, c.span), cell(actor_names(a, c.actors)),
            c.polarity == Polarity::kNegative ? "(negative) " : "", cell(text_of(a, c.span)),
            c.condition ? cell(text_of(a, *c.condition)) : "", cell(time_text(a, c.time)),
            strength_name(c.strength));
      }
      put(out, "\n");
    }
  }
  if (shows(o, Section::kActors)) {
    put(out, "### Actors ({})\n\n", a.actors.size());
    if (!a.actors.empty()) {
      put(out, "| Actor | Type | Role | Mentions |\n|---|---|---|---|\n");
      for (const Actor& actor : a.actors) {
        put(out, "| {} | {} | {} | {} |\n", cell(actor.name), actor_type_name(actor.type), cell(actor.role),
            actor.mentions.size());
      }
      put(out, "\n");
    }
  }
  if (shows(o, Section::kEvents)) {
    put(out, "### Dated events ({})\n\n", a.events.size());
    if (!a.events.empty()) {
      put(out, "| Date | Line | Event |\n|---|---|---|\n");
      for (const Event& e : a.events) {
        put(out, "| {} | {} | {} |\n", e.time < a.times.size() ? a.times[e.time].value : std::string(),
            line_of(a, e.span), cell(text_of(a, e.span)));
      }
      put(out, "\n");
    }
  }
  if (shows(o, Section::kTimes)) {
    put(out, "### Times ({})\n\n", a.times.size());
    if (!a.times.empty()) {
      put(out, "| Line | Text | Type | Value |\n|---|---|---|---|\n");
      for (const TimeExpr& t : a.times) {
        put(out, "| {} | {} | {} | {} |\n", line_of(a, t.span), cell(text_of(a, t.span)), time_type_name(t.type),
            t.value);
      }
      put(out, "\n");
    }
  }
  if (o.only == Section::kSentences) {
    put(out, "### Sentences ({})\n\n", a.sentences.size());
    for (const Sentence& s : a.sentences) put(out, "1. {}\n", text_of(a, s.span));
    put(out, "\n");
  }
}

}  // namespace speechscan
