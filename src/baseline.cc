#include "speechscan/baseline.h"

#include <fmt/format.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <map>

#include "speechscan/report.h"

namespace speechscan {
namespace {

std::string get_string(const rapidjson::Value& o, const char* key) {
  if (!o.IsObject()) return {};
  auto it = o.FindMember(key);
  if (it == o.MemberEnd()) return {};
  if (it->value.IsString()) return std::string(it->value.GetString(), it->value.GetStringLength());
  if (it->value.IsInt64()) return std::to_string(it->value.GetInt64());
  return {};
}

uint32_t get_line(const rapidjson::Value& o) {
  if (!o.IsObject()) return 0;
  auto it = o.FindMember("span");
  if (it == o.MemberEnd() || !it->value.IsObject()) return 0;
  auto l = it->value.FindMember("line");
  if (l == it->value.MemberEnd() || !l->value.IsUint()) return 0;
  return l->value.GetUint();
}

const rapidjson::Value* get_array(const rapidjson::Value& o, const char* key) {
  if (!o.IsObject()) return nullptr;
  auto it = o.FindMember(key);
  if (it == o.MemberEnd() || !it->value.IsArray()) return nullptr;
  return &it->value;
}

std::optional<BaselineReport> read_report(const rapidjson::Value& r) {
  if (!r.IsObject()) return std::nullopt;
  auto src = r.FindMember("source");
  if (src == r.MemberEnd() || !src->value.IsObject()) return std::nullopt;
  BaselineReport out;
  out.path = get_string(src->value, "path");
  const rapidjson::Value* times = get_array(r, "times");
  auto time_value = [&](const rapidjson::Value& c) -> std::string {
    auto it = c.FindMember("time");
    if (it == c.MemberEnd() || !it->value.IsUint() || !times) return {};
    unsigned t = it->value.GetUint();
    if (t >= times->Size()) return {};
    return get_string((*times)[t], "value");
  };
  if (auto* cs = get_array(r, "commitments")) {
    for (const auto& c : cs->GetArray()) {
      if (!c.IsObject()) continue;
      BaselineReport::Commitment bc;
      bc.text = get_string(c, "text");
      bc.action = get_string(c, "action");
      bc.modality = get_string(c, "modality");
      bc.condition = get_string(c, "condition");
      bc.strength = get_string(c, "strength");
      bc.polarity = get_string(c, "polarity");
      bc.time = time_value(c);
      bc.line = get_line(c);
      if (auto* ids = get_array(c, "actors")) {
        for (const auto& id : ids->GetArray()) {
          if (id.IsString()) bc.actors.emplace_back(id.GetString(), id.GetStringLength());
        }
      }
      std::sort(bc.actors.begin(), bc.actors.end());
      out.commitments.push_back(std::move(bc));
    }
  }
  if (auto* es = get_array(r, "events")) {
    for (const auto& e : es->GetArray()) {
      if (!e.IsObject()) continue;
      out.events.push_back({get_string(e, "text"), get_string(e, "date"), get_string(e, "tense"), get_line(e)});
    }
  }
  if (auto* as = get_array(r, "actors")) {
    for (const auto& a : as->GetArray()) {
      if (!a.IsObject()) continue;
      out.actors.push_back({get_string(a, "id"), get_string(a, "name"), get_string(a, "type")});
    }
  }
  return out;
}

std::string join(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : ",") + x;
  return s;
}

std::string quote(const std::string& s) {
  constexpr size_t kMax = 100;
  if (s.size() <= kMax) return "\"" + s + "\"";
  size_t cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // whole code points
  return "\"" + s.substr(0, cut) + "…\"";
}

}  // namespace

BaselineParse parse_baseline(std::string_view json) {
  BaselineParse out;
  auto take = [&](const rapidjson::Value& v) -> bool {
    if (v.IsArray()) {
      for (const auto& r : v.GetArray()) {
        auto rep = read_report(r);
        if (!rep) return false;
        out.reports.push_back(std::move(*rep));
      }
      return true;
    }
    auto rep = read_report(v);
    if (!rep) return false;
    out.reports.push_back(std::move(*rep));
    return true;
  };
  rapidjson::Document whole;
  whole.Parse(json.data(), json.size());
  if (whole.HasParseError() && whole.GetParseError() == rapidjson::kParseErrorDocumentRootNotSingular) {
    // More than one value: NDJSON, one report per line.
    size_t pos = 0;
    int line_no = 0;
    while (pos < json.size()) {
      size_t eol = json.find('\n', pos);
      if (eol == std::string_view::npos) eol = json.size();
      std::string_view line = json.substr(pos, eol - pos);
      pos = eol + 1;
      ++line_no;
      if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
      rapidjson::Document d;
      d.Parse(line.data(), line.size());
      if (d.HasParseError()) {
        out.error = fmt::format("line {}: not JSON: {}", line_no, rapidjson::GetParseError_En(d.GetParseError()));
        out.reports.clear();
        return out;
      }
      if (!take(d)) {
        out.error = fmt::format("line {}: not a speechscan report", line_no);
        out.reports.clear();
        return out;
      }
    }
    return out;
  }
  if (whole.HasParseError()) {
    out.error = fmt::format("not JSON at byte {}: {}", whole.GetErrorOffset(),
                            rapidjson::GetParseError_En(whole.GetParseError()));
    return out;
  }
  if (!take(whole)) {
    out.reports.clear();  // an array with one bad element is no baseline at all
    out.error = "not a speechscan report (no \"source\" object)";
  }
  return out;
}

BaselineReport summarize(const Analysis& a) {
  BaselineReport out;
  out.path = a.doc.path;
  auto line_of = [&](Span s) { return a.doc.lines.locate(a.doc.text, s.start).line; };
  for (const Commitment& c : a.commitments) {
    BaselineReport::Commitment bc;
    bc.text = collapse_space(slice(a.doc.text, c.span));
    bc.action = c.action;
    bc.modality = c.modality;
    bc.condition = c.condition ? collapse_space(slice(a.doc.text, *c.condition)) : std::string();
    bc.strength = strength_name(c.strength);
    bc.polarity = polarity_name(c.polarity);
    bc.time = c.time && *c.time < a.times.size() ? a.times[*c.time].value : std::string();
    for (uint32_t i : c.actors) {
      if (i < a.actors.size()) bc.actors.push_back(a.actors[i].id);
    }
    std::sort(bc.actors.begin(), bc.actors.end());
    bc.line = line_of(c.span);
    out.commitments.push_back(std::move(bc));
  }
  for (const Event& e : a.events) {
    out.events.push_back({collapse_space(slice(a.doc.text, e.span)),
                          e.time < a.times.size() ? a.times[e.time].value : std::string(),
                          tense_name(e.tense), line_of(e.span)});
  }
  for (const Actor& actor : a.actors) {
    out.actors.push_back({actor.id, actor.name, actor_type_name(actor.type)});
  }
  return out;
}

std::vector<Drift> compare_reports(const BaselineReport& saved, const BaselineReport& now) {
  std::vector<Drift> out;
  using K = Drift::Kind;
  // Commitments and events are matched by their text (several with one text pair up in
  // order); actors by id.
  {
    std::multimap<std::string, const BaselineReport::Commitment*> old;
    for (const auto& c : saved.commitments) old.emplace(c.text, &c);
    for (const auto& c : now.commitments) {
      auto it = old.find(c.text);
      if (it == old.end()) {
        out.push_back({K::kAppeared, "commitment", "commitment appeared: " + quote(c.text), c.line});
        continue;
      }
      const auto& o = *it->second;
      std::vector<std::string> changes;
      auto diff = [&](const char* name, const std::string& a, const std::string& b) {
        if (a != b) changes.push_back(fmt::format("{} {} -> {}", name, a.empty() ? "none" : quote(a), b.empty() ? "none" : quote(b)));
      };
      diff("action", o.action, c.action);
      diff("modality", o.modality, c.modality);
      diff("actors", join(o.actors), join(c.actors));
      diff("condition", o.condition, c.condition);
      diff("time", o.time, c.time);
      diff("strength", o.strength, c.strength);
      diff("polarity", o.polarity, c.polarity);
      if (!changes.empty()) {
        std::string msg = "commitment changed: " + quote(c.text) + ":";
        for (const auto& ch : changes) msg += " " + ch + ";";
        msg.pop_back();
        out.push_back({K::kChanged, "commitment", msg, c.line});
      }
      old.erase(it);
    }
    for (const auto& c : saved.commitments) {
      auto range = old.equal_range(c.text);
      for (auto it = range.first; it != range.second; ++it) {
        if (it->second == &c) {
          out.push_back({K::kVanished, "commitment", "commitment vanished: " + quote(c.text), c.line});
          break;
        }
      }
    }
  }
  {
    std::multimap<std::string, const BaselineReport::Event*> old;
    for (const auto& e : saved.events) old.emplace(e.text, &e);
    for (const auto& e : now.events) {
      auto it = old.find(e.text);
      if (it == old.end()) {
        out.push_back({K::kAppeared, "event", fmt::format("event appeared: {} {}", e.date, quote(e.text)), e.line});
        continue;
      }
      if (it->second->date != e.date || it->second->tense != e.tense) {
        out.push_back({K::kChanged, "event",
                       fmt::format("event changed: {}: date {} -> {}; tense {} -> {}", quote(e.text), it->second->date,
                                   e.date, it->second->tense, e.tense),
                       e.line});
      }
      old.erase(it);
    }
    for (const auto& e : saved.events) {
      auto range = old.equal_range(e.text);
      for (auto it = range.first; it != range.second; ++it) {
        if (it->second == &e) {
          out.push_back({K::kVanished, "event", fmt::format("event vanished: {} {}", e.date, quote(e.text)), e.line});
          break;
        }
      }
    }
  }
  {
    std::map<std::string, const BaselineReport::Actor*> old;
    for (const auto& a : saved.actors) old.emplace(a.id, &a);
    std::map<std::string, const BaselineReport::Actor*> fresh;
    for (const auto& a : now.actors) fresh.emplace(a.id, &a);
    for (const auto& [id, a] : fresh) {
      auto it = old.find(id);
      if (it == old.end()) {
        out.push_back({K::kAppeared, "actor", fmt::format("actor appeared: {} ({})", id, a->type), 0});
      } else if (it->second->type != a->type || it->second->name != a->name) {
        out.push_back({K::kChanged, "actor",
                       fmt::format("actor changed: {}: {} ({}) -> {} ({})", id, it->second->name, it->second->type,
                                   a->name, a->type),
                       0});
      }
    }
    for (const auto& [id, a] : old) {
      if (!fresh.count(id)) out.push_back({K::kVanished, "actor", fmt::format("actor vanished: {} ({})", id, a->type), 0});
    }
  }
  return out;
}

}  // namespace speechscan
