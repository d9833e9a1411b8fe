#include "times_tense.h"

#include <array>
#include <string>
#include <unordered_map>

#include "speechscan/data.h"

namespace speechscan::tense {
namespace {

class VerbTable {
 public:
  VerbTable() {
    data::for_each_tsv_row(data::get("lexicon/time_verbs.tsv"),
                           [&](std::span<const std::string_view> f, int) {
                             if (f.size() < 2) return;
                             if (f[1] == "intent") intent_.emplace(std::string(f[0]), VerbClass::kNone);
                             else map_.emplace(std::string(f[0]), parse_class(f[1]));
                           });
  }
  bool intent(std::string_view folded) const { return intent_.find(folded) != intent_.end(); }
  VerbClass find(std::string_view folded) const {
    auto it = map_.find(folded);
    return it == map_.end() ? VerbClass::kNone : it->second;
  }

 private:
  static VerbClass parse_class(std::string_view c) {
    if (c == "future") return VerbClass::kFuture;
    if (c == "modal") return VerbClass::kModal;
    if (c == "past_aux") return VerbClass::kPastAux;
    if (c == "have") return VerbClass::kHave;
    if (c == "be") return VerbClass::kBe;
    if (c == "past") return VerbClass::kPast;
    if (c == "participle") return VerbClass::kParticiple;
    return VerbClass::kNone;
  }
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, VerbClass, Hash, std::equal_to<>> map_;
  std::unordered_map<std::string, VerbClass, Hash, std::equal_to<>> intent_;
};

const VerbTable& table() {
  static const VerbTable t;
  return t;
}

// Folds ASCII letters to lower case and ’ to ' into `buf`; false when the word does not
// fit (no verb form is that long).
bool fold(std::string_view w, std::array<char, 32>& buf, size_t& n) {
  n = 0;
  for (size_t i = 0; i < w.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(w[i]);
    if (c == 0xE2 && i + 2 < w.size() && static_cast<unsigned char>(w[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(w[i + 2]) == 0x99 ||
         static_cast<unsigned char>(w[i + 2]) == 0x98)) {
      c = '\'';
      i += 2;
    }
    if (n >= buf.size()) return false;
    buf[n++] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  return true;
}

bool regular_past(std::string_view w) {
  if (w.size() < 5 || w.substr(w.size() - 2) != "ed") return false;
  for (char c : w)
    if (c < 'a' || c > 'z') return false;
  // Words in -ed that are rarely verbs in speeches.
  static constexpr std::array<std::string_view, 8> kNot = {
      "indeed", "need", "speed", "seed", "hundred", "kindred", "sacred", "naked"};
  for (auto n : kNot)
    if (w == n) return false;
  return true;
}

}  // namespace

VerbClass classify(std::string_view word) {
  std::array<char, 32> buf;
  size_t n = 0;
  if (!fold(word, buf, n)) return VerbClass::kNone;
  std::string_view w(buf.data(), n);
  VerbClass c = table().find(w);
  if (c != VerbClass::kNone) return c;
  size_t apos = w.find('\'');
  if (apos != std::string_view::npos && apos > 0) {
    std::string_view tail = w.substr(apos);
    if (tail == "'s") return VerbClass::kNone;  // possessive more often than "is"
    c = table().find(tail);
    if (c != VerbClass::kNone) return c;
  }
  // A capitalised -ed word is a name more often than a verb: "United", "Red".
  if (!word.empty() && !(word[0] >= 'A' && word[0] <= 'Z') && regular_past(w))
    return VerbClass::kPast;
  return VerbClass::kNone;
}

bool is_intent(std::string_view word) {
  std::array<char, 32> buf;
  size_t n = 0;
  return fold(word, buf, n) && table().intent(std::string_view(buf.data(), n));
}

VerbClass classify_after(std::string_view prev, std::string_view word) {
  if (word == "'s" || word == "\xE2\x80\x99s") {
    std::array<char, 32> buf;
    size_t n = 0;
    if (!fold(prev, buf, n)) return VerbClass::kNone;
    std::string_view p(buf.data(), n);
    static constexpr std::array<std::string_view, 9> kPronouns = {
        "it", "that", "he", "she", "there", "what", "here", "who", "where"};
    for (auto x : kPronouns)
      if (p == x) return VerbClass::kBe;
    return VerbClass::kNone;
  }
  return classify(word);
}

bool looks_like_verb(std::string_view word) {
  if (word.empty() || !(word[0] >= 'a' && word[0] <= 'z')) return false;
  return classify(word) != VerbClass::kNone;
}

Tense nearest_tense(std::string_view text, const std::vector<Token>& tokens, uint32_t first,
                    uint32_t end, uint32_t near, Tense fallback) {
  uint32_t best_dist = UINT32_MAX;
  Tense best = fallback;
  auto consider = [&](uint32_t pos, Tense t) {
    uint32_t d = pos > near ? pos - near : near - pos;
    if (d < best_dist) {
      best_dist = d;
      best = t;
    }
  };
  uint32_t last_future = UINT32_MAX;
  for (uint32_t i = first; i < end; ++i) {
    const Token& tok = tokens[i];
    if (tok.kind != TokenKind::kWord) continue;
    std::string_view w = text.substr(tok.start, tok.end - tok.start);
    std::string_view prev =
        i > first ? text.substr(tokens[i - 1].start, tokens[i - 1].end - tokens[i - 1].start)
                  : std::string_view();
    VerbClass c = classify_after(prev, w);
    // The verb a modal governs shares its tense: "will be home", "will have gone".
    if (c != VerbClass::kNone && c != VerbClass::kFuture && last_future != UINT32_MAX &&
        i <= last_future + 3) {
      consider(tok.start, Tense::kFuture);
      continue;
    }
    if (c == VerbClass::kFuture) last_future = i;
    if (c == VerbClass::kModal) last_future = UINT32_MAX;
    // "invited the Prime Minister to come ... in December": the infinitive looks ahead.
    if (w == "to" && i + 1 < end && i > first) {
      const Token& nx = tokens[i + 1];
      unsigned char c0 = static_cast<unsigned char>(text[nx.start]);
      if (nx.kind == TokenKind::kWord && c0 >= 'a' && c0 <= 'z') {
        for (uint32_t j = i; j-- > first && j + 6 > i;) {
          if (is_intent(text.substr(tokens[j].start, tokens[j].end - tokens[j].start))) {
            consider(tok.start, Tense::kFuture);
            break;
          }
        }
      }
      continue;
    }
    switch (c) {
      case VerbClass::kFuture:
        consider(tok.start, Tense::kFuture);
        break;
      case VerbClass::kPastAux:
        consider(tok.start, Tense::kPast);
        break;
      case VerbClass::kPast:
        // "is expected", "be deployed": a participle after be is not a past tense.
        if (i > first) {
          VerbClass p = classify(text.substr(tokens[i - 1].start,
                                             tokens[i - 1].end - tokens[i - 1].start));
          if (p == VerbClass::kBe || p == VerbClass::kFuture || p == VerbClass::kModal) break;
        }
        if (w[0] >= 'A' && w[0] <= 'Z' && i == first) break;
        consider(tok.start, Tense::kPast);
        break;
      case VerbClass::kHave: {
        // A perfect ("has built", "have seen") is past; "have to" is not.
        if (i + 1 < end) {
          std::string_view nx =
              text.substr(tokens[i + 1].start, tokens[i + 1].end - tokens[i + 1].start);
          VerbClass n = classify(nx);
          if (n == VerbClass::kPast || n == VerbClass::kParticiple || n == VerbClass::kPastAux ||
              (i + 2 < end && classify(text.substr(tokens[i + 2].start,
                                                   tokens[i + 2].end - tokens[i + 2].start)) ==
                                  VerbClass::kPast))
            consider(tok.start, Tense::kPast);
        }
        break;
      }
      case VerbClass::kBe: {
        // "going to" + verb is a future.
        if (i + 2 < end) {
          std::string_view nx =
              text.substr(tokens[i + 1].start, tokens[i + 1].end - tokens[i + 1].start);
          std::string_view nx2 =
              text.substr(tokens[i + 2].start, tokens[i + 2].end - tokens[i + 2].start);
          if (nx == "going" && nx2 == "to") {
            consider(tok.start, Tense::kFuture);
            break;
          }
        }
        consider(tok.start, Tense::kPresent);
        break;
      }
      default:
        break;
    }
  }
  return best;
}

}  // namespace speechscan::tense
