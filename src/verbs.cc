#include "speechscan/verbs.h"

#include <array>
#include <cstring>
#include <span>
#include <string>
#include <string_view>

#include "speechscan/unicode.h"
#include "verb_table.h"

namespace speechscan {
namespace {

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
bool is_consonant(char c) { return c >= 'a' && c <= 'z' && !is_vowel(c); }

// Ends in a single vowel then a single consonant ("hop", "us", "writ", "com"): the
// spelling a base ending in silent e leaves once -ing/-ed takes the e away, so such a
// stem tries the e-restored form first ("hoping" -> hope, "using" -> use).
bool ends_single_vowel_consonant(std::string_view s) {
  size_t n = s.size();
  if (n < 2) return false;
  char last = s[n - 1];
  if (!is_consonant(last) || last == 'w' || last == 'x' || last == 'y') return false;
  if (!is_vowel(s[n - 2])) return false;
  return n == 2 || !is_vowel(s[n - 3]);
}

// A doubled final consonant that regular inflection adds ("stopp" in "stopping").
// l, s, z and f double in many bases themselves (fill, press, buzz, staff); the base
// list decides those.
bool ends_doubled_consonant(std::string_view s) {
  size_t n = s.size();
  return n >= 3 && s[n - 1] == s[n - 2] && is_consonant(s[n - 1]);
}

// Spelling guess for stems of unknown verbs: these endings almost always lost an e
// ("regenerat" -> regenerate, "prioritiz" -> prioritize, "involv" -> involve).
bool needs_e_guess(std::string_view s) {
  static constexpr std::array<std::string_view, 10> kEndings = {
      "at", "iz", "is", "v", "u", "c", "dg", "rg", "ng", "ur"};
  if (s.size() >= 3 && s.substr(s.size() - 3) == "ing") return false;
  for (std::string_view e : kEndings) {
    if (s.size() > e.size() + 1 && s.substr(s.size() - e.size()) == e) {
      // "-ng" only after a vowel plus n that is not "-ing": "challeng", "chang", "arrang".
      if (e == "ng" && s.size() >= 3 && s[s.size() - 3] == 'i') return false;
      return true;
    }
  }
  return false;
}

// Bases are looked up as a stem plus at most one letter ("hop" + 'e'), put together in a
// buffer of this size (a longer candidate, never seen in the data, takes a string).
constexpr size_t kMaxBaseBytes = 62;

// The tables of data/lexicon/words_verbs.tsv and verbs_irregular.tsv, generated at build
// time (src/verb_table.h): static data, so there is nothing to build at start-up.
class VerbLexicon {
 public:
  // The entry of `w` (an irregular form, a base or both), or null.
  const verb_table::Entry* find(std::string_view w) const { return verb_table::kTable.find(w); }
  std::string_view lemma(const verb_table::Entry& e) const { return verb_table::kTable.lemma(e); }
  bool is_base(std::string_view w) const {
    if (w.size() > verb_table::kTable.max_base) return false;
    const verb_table::Entry* e = verb_table::kTable.find(w);
    return e != nullptr && (e->flags & verb_table::kBase);
  }
  // Whether `stem` + `extra` (no letter when 0) is a base.
  bool is_base(std::string_view stem, char extra) const {
    if (extra == 0) return is_base(stem);
    if (stem.size() + 1 > verb_table::kTable.max_base) return false;
    char buf[kMaxBaseBytes + 1];
    if (stem.size() + 1 > sizeof buf) return is_base(std::string(stem) + extra);
    std::memcpy(buf, stem.data(), stem.size());
    buf[stem.size()] = extra;
    return is_base(std::string_view(buf, stem.size() + 1));
  }
};

const VerbLexicon& lexicon() {
  static constexpr VerbLexicon lex;
  return lex;
}

// A candidate lemma: a prefix of the word plus at most one letter ("hop" + 'e'), so that
// trying candidates builds no strings.
struct Stem {
  std::string_view prefix;
  char extra = 0;

  size_t size() const { return prefix.size() + (extra != 0 ? 1 : 0); }
  void assign_to(std::string& out) const {
    out.assign(prefix);
    if (extra != 0) out.push_back(extra);
  }
};

// Tries candidate stems in order; returns the first that is a known verb.
template <size_t N>
const Stem* first_known(const std::array<Stem, N>& candidates, const VerbLexicon& lex) {
  for (const Stem& c : candidates) {
    if (c.size() >= 2 && lex.is_base(c.prefix, c.extra)) return &c;
  }
  return nullptr;
}

bool has_vowel(std::string_view s) {
  for (char c : s) {
    if (is_vowel(c) || c == 'y') return true;
  }
  return false;
}

bool doubles_itself(char c) { return c == 'l' || c == 's' || c == 'z'; }

// Analysis of a folded word without hyphen handling.
VerbAnalysis analyze_folded(std::string_view w) {
  const VerbLexicon& lex = lexicon();
  VerbAnalysis r;
  // One look-up for both questions: an entry is an irregular form, a base, or both (a
  // base is never longer than max_base, which is_base() checks first).
  const verb_table::Entry* e = lex.find(w);
  if (e != nullptr && (e->flags & verb_table::kIrregular)) {
    r.lemma.assign(lex.lemma(*e));
    r.forms = e->forms;
    r.known = true;
  } else {
    r.lemma.assign(w);
  }
  if (e != nullptr && (e->flags & verb_table::kBase)) {
    r.forms |= kVerbBase;
    r.known = true;
  }
  if (r.known) return r;

  const size_t n = w.size();
  if (n >= 5 && w.ends_with("ing")) {
    std::string_view stem = w.substr(0, n - 3);
    if (!has_vowel(stem)) return r;
    Stem undoubled{ends_doubled_consonant(stem) ? stem.substr(0, stem.size() - 1) : ""};
    std::array<Stem, 3> c;
    if (ends_single_vowel_consonant(stem)) {
      c = {Stem{stem, 'e'}, Stem{stem}, undoubled};
    } else {
      c = {Stem{stem}, Stem{stem, 'e'}, undoubled};
    }
    r.forms = kVerbGerund;
    if (const Stem* k = first_known(c, lex)) {
      k->assign_to(r.lemma);
      r.known = true;
    } else if (!undoubled.prefix.empty() && !doubles_itself(stem.back())) {
      undoubled.assign_to(r.lemma);
    } else if (needs_e_guess(stem)) {
      Stem{stem, 'e'}.assign_to(r.lemma);
    } else {
      r.lemma.assign(stem);
    }
    return r;
  }
  if (n >= 4 && w.ends_with("ed")) {
    std::string_view stem = w.substr(0, n - 2);
    if (!has_vowel(stem)) return r;
    r.forms = kVerbPast | kVerbParticiple;
    std::array<Stem, 4> c;
    if (w.ends_with("ied")) {
      c = {Stem{w.substr(0, n - 3), 'y'}, Stem{w.substr(0, n - 1)}, Stem{stem}, Stem{}};
    } else {
      Stem undoubled{ends_doubled_consonant(stem) ? stem.substr(0, stem.size() - 1) : ""};
      c = {Stem{w.substr(0, n - 1)}, Stem{stem}, undoubled, Stem{}};
    }
    if (const Stem* k = first_known(c, lex)) {
      k->assign_to(r.lemma);
      r.known = true;
    } else if (w.ends_with("ied")) {
      c[0].assign_to(r.lemma);
    } else if (ends_doubled_consonant(stem) && !doubles_itself(stem.back())) {
      r.lemma.assign(stem.substr(0, stem.size() - 1));
    } else if (needs_e_guess(stem)) {
      Stem{stem, 'e'}.assign_to(r.lemma);
    } else {
      r.lemma.assign(stem);
    }
    return r;
  }
  if (n >= 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") &&
      !w.ends_with("is")) {
    std::array<Stem, 3> c;
    if (w.ends_with("ies")) {
      c = {Stem{w.substr(0, n - 3), 'y'}, Stem{w.substr(0, n - 1)}, Stem{}};
    } else {
      c = {Stem{w.substr(0, n - 1)}, Stem{n >= 4 && w.ends_with("es") ? w.substr(0, n - 2) : ""},
           Stem{}};
    }
    r.forms = kVerbThirdPerson;
    if (const Stem* k = first_known(c, lex)) {
      k->assign_to(r.lemma);
      r.known = true;
    } else if (w.ends_with("ies")) {
      c[0].assign_to(r.lemma);
    } else if (w.ends_with("sses") || w.ends_with("xes") || w.ends_with("ches") ||
               w.ends_with("shes") || w.ends_with("zes")) {
      r.lemma.assign(w.substr(0, n - 2));
    } else {
      r.lemma.assign(w.substr(0, n - 1));
    }
    return r;
  }
  return r;
}

// Folds `word` (ASCII lower-casing, full case folding for other text) into `buf` when it
// is ASCII and fits, else into `slow`; returns the folded view.
std::string_view fold(std::string_view word, std::span<char> buf, std::string& slow) {
  bool ascii = true;
  for (char ch : word) {
    if (static_cast<unsigned char>(ch) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (!ascii) {
    slow = unicode::fold_case(word);
    return slow;
  }
  char* out = buf.data();
  if (word.size() > buf.size()) {
    slow.resize(word.size());
    out = slow.data();
  }
  for (size_t i = 0; i < word.size(); ++i) {
    char ch = word[i];
    out[i] = ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch;
  }
  return std::string_view(out, word.size());
}

}  // namespace

VerbAnalysis analyze_verb(std::string_view word) {
  char buf[64];
  std::string slow;
  std::string_view w = fold(word, buf, slow);
  if (w.empty()) return {};
  VerbAnalysis whole = analyze_folded(w);
  if (whole.known) return whole;
  // "re-imposed": analyse the last part and keep the prefix.
  size_t hyphen = w.rfind('-');
  if (hyphen != std::string_view::npos && hyphen > 0 && hyphen + 1 < w.size()) {
    VerbAnalysis tail = analyze_folded(w.substr(hyphen + 1));
    if (tail.forms != 0) {
      tail.lemma.insert(0, w.substr(0, hyphen + 1));
      return tail;
    }
  }
  return whole;
}

std::string verb_lemma(std::string_view word) { return analyze_verb(word).lemma; }

bool is_past_form(std::string_view word) { return analyze_verb(word).can_be(kVerbPast); }

bool is_past_participle(std::string_view word) {
  return analyze_verb(word).can_be(kVerbParticiple);
}

bool is_base_form(std::string_view word) {
  VerbAnalysis a = analyze_verb(word);
  return a.known && a.can_be(kVerbBase);
}

bool is_gerund(std::string_view word) { return analyze_verb(word).can_be(kVerbGerund); }

bool is_known_verb_lemma(std::string_view lemma) { return lexicon().is_base(lemma); }

}  // namespace speechscan
