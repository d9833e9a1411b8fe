#include "speechscan/verbs.h"

#include <gtest/gtest.h>

#include <array>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "speechscan/data.h"
#include "speechscan/unicode.h"

namespace speechscan {
namespace {

// ---------------------------------------------------------------------------------------
// The oracle: verbs.cc as it was before its tables became flat (node-based hash sets and
// a std::string per candidate stem), kept verbatim so that the fast implementation is
// checked against it for every verb of the lexicon.
namespace oracle {


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

struct Irregular {
  std::string_view lemma;
  uint8_t forms = 0;
};

class VerbLexicon {
 public:
  VerbLexicon() {
    data::for_each_tsv_row(data::get("lexicon/words_verbs.tsv"), [&](auto fields, int) {
      if (!fields[0].empty()) bases_.insert(fields[0]);
    });
    // First pass: every irregular base is a base, and keeps itself as its lemma even
    // where it is also another verb's form ("lay" is the past of "lie").
    data::for_each_tsv_row(data::get("lexicon/verbs_irregular.tsv"), [&](auto fields, int) {
      std::string_view base = fields[0];
      bases_.insert(base);
      irregular_bases_.insert(base);
    });
    data::for_each_tsv_row(data::get("lexicon/verbs_irregular.tsv"), [&](auto fields, int) {
      std::string_view base = fields[0];
      add(base, base, kVerbBase);
      if (fields.size() > 1) add_all(fields[1], base, kVerbPast);
      if (fields.size() > 2) add_all(fields[2], base, kVerbParticiple);
      if (fields.size() > 3) {
        data::for_each_alternative(fields[3], [&](std::string_view form) {
          uint8_t kind = form.ends_with("ing") ? kVerbGerund : kVerbThirdPerson;
          if (form == "am" || form == "are") kind = kVerbBase;
          add(form, base, kind);
        });
      }
    });
  }

  const Irregular* irregular(std::string_view w) const {
    auto it = irregular_.find(w);
    return it == irregular_.end() ? nullptr : &it->second;
  }
  bool is_base(std::string_view w) const { return bases_.count(w) != 0; }

 private:
  void add_all(std::string_view field, std::string_view base, uint8_t kind) {
    data::for_each_alternative(field, [&](std::string_view form) { add(form, base, kind); });
  }
  void add(std::string_view form, std::string_view base, uint8_t kind) {
    // A form that is itself an irregular base keeps itself as lemma and collects the
    // kinds it has as other verbs' forms: "lay" is base of lay and past of lie.
    std::string_view lemma = irregular_bases_.count(form) != 0 ? form : base;
    Irregular& e = irregular_.try_emplace(form, Irregular{lemma, 0}).first->second;
    if (e.lemma == base || e.lemma == form) e.forms |= kind;
  }

  // Keys are views into the embedded data, which lives as long as the program.
  std::unordered_map<std::string_view, Irregular> irregular_;
  std::unordered_set<std::string_view> bases_;
  std::unordered_set<std::string_view> irregular_bases_;
};

const VerbLexicon& lexicon() {
  static const VerbLexicon lex;
  return lex;
}

// Tries candidate stems in order; returns the first that is a known verb.
template <size_t N>
const std::string* first_known(const std::array<std::string, N>& candidates,
                               const VerbLexicon& lex) {
  for (const std::string& c : candidates) {
    if (c.size() >= 2 && lex.is_base(c)) return &c;
  }
  return nullptr;
}

bool has_vowel(std::string_view s) {
  for (char c : s) {
    if (is_vowel(c) || c == 'y') return true;
  }
  return false;
}

// Analysis of a folded word without hyphen handling.
VerbAnalysis analyze_folded(const std::string& w) {
  const VerbLexicon& lex = lexicon();
  VerbAnalysis r;
  r.lemma = w;
  if (const Irregular* irr = lex.irregular(w)) {
    r.lemma = std::string(irr->lemma);
    r.forms = irr->forms;
    r.known = true;
  }
  if (lex.is_base(w)) {
    r.forms |= kVerbBase;
    r.known = true;
  }
  if (r.known) return r;

  const size_t n = w.size();
  std::string_view sv = w;
  if (n >= 5 && sv.ends_with("ing")) {
    std::string stem = w.substr(0, n - 3);
    if (!has_vowel(stem)) return r;
    std::string undoubled = ends_doubled_consonant(stem) ? stem.substr(0, stem.size() - 1) : "";
    std::array<std::string, 3> c;
    if (ends_single_vowel_consonant(stem)) {
      c = {stem + "e", stem, undoubled};
    } else {
      c = {stem, stem + "e", undoubled};
    }
    r.forms = kVerbGerund;
    if (const std::string* k = first_known(c, lex)) {
      r.lemma = *k;
      r.known = true;
    } else if (!undoubled.empty() && std::string_view("lsz").find(stem.back()) == std::string_view::npos) {
      r.lemma = undoubled;
    } else if (needs_e_guess(stem)) {
      r.lemma = stem + "e";
    } else {
      r.lemma = stem;
    }
    return r;
  }
  if (n >= 4 && sv.ends_with("ed")) {
    std::string stem = w.substr(0, n - 2);
    if (!has_vowel(stem)) return r;
    r.forms = kVerbPast | kVerbParticiple;
    std::array<std::string, 4> c;
    if (sv.ends_with("ied")) {
      c = {w.substr(0, n - 3) + "y", w.substr(0, n - 1), stem, ""};
    } else {
      std::string undoubled = ends_doubled_consonant(stem) ? stem.substr(0, stem.size() - 1) : "";
      c = {w.substr(0, n - 1), stem, undoubled, ""};
    }
    if (const std::string* k = first_known(c, lex)) {
      r.lemma = *k;
      r.known = true;
    } else if (sv.ends_with("ied")) {
      r.lemma = c[0];
    } else if (ends_doubled_consonant(stem) &&
               std::string_view("lsz").find(stem.back()) == std::string_view::npos) {
      r.lemma = stem.substr(0, stem.size() - 1);
    } else if (needs_e_guess(stem)) {
      r.lemma = stem + "e";
    } else {
      r.lemma = stem;
    }
    return r;
  }
  if (n >= 3 && sv.ends_with('s') && !sv.ends_with("ss") && !sv.ends_with("us") &&
      !sv.ends_with("is")) {
    std::array<std::string, 3> c;
    if (sv.ends_with("ies")) {
      c = {w.substr(0, n - 3) + "y", w.substr(0, n - 1), ""};
    } else {
      c = {w.substr(0, n - 1), n >= 4 && sv.ends_with("es") ? w.substr(0, n - 2) : "", ""};
    }
    r.forms = kVerbThirdPerson;
    if (const std::string* k = first_known(c, lex)) {
      r.lemma = *k;
      r.known = true;
    } else if (sv.ends_with("ies")) {
      r.lemma = c[0];
    } else if (sv.ends_with("sses") || sv.ends_with("xes") || sv.ends_with("ches") ||
               sv.ends_with("shes") || sv.ends_with("zes")) {
      r.lemma = w.substr(0, n - 2);
    } else {
      r.lemma = w.substr(0, n - 1);
    }
    return r;
  }
  return r;
}

std::string fold(std::string_view word) {
  std::string w;
  w.reserve(word.size());
  bool ascii = true;
  for (char ch : word) {
    if (static_cast<unsigned char>(ch) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (!ascii) return unicode::fold_case(word);
  for (char ch : word) w.push_back(ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch);
  return w;
}


VerbAnalysis oracle_analyze_verb(std::string_view word) {
  std::string w = fold(word);
  if (w.empty()) return {};
  VerbAnalysis whole = analyze_folded(w);
  if (whole.known) return whole;
  // "re-imposed": analyse the last part and keep the prefix.
  size_t hyphen = w.rfind('-');
  if (hyphen != std::string::npos && hyphen > 0 && hyphen + 1 < w.size()) {
    VerbAnalysis tail = analyze_folded(w.substr(hyphen + 1));
    if (tail.forms != 0) {
      tail.lemma = w.substr(0, hyphen + 1) + tail.lemma;
      return tail;
    }
  }
  return whole;
}

}  // namespace oracle

// Compact dump of an analysis: "lemma:forms" with forms as letters
// b(ase) s(third person) p(ast) n (participle) g(erund), and '?' for a spelling guess.
std::string dump(const VerbAnalysis& a) {
  std::string out = a.lemma + ":";
  if (a.can_be(kVerbBase)) out += 'b';
  if (a.can_be(kVerbThirdPerson)) out += 's';
  if (a.can_be(kVerbPast)) out += 'p';
  if (a.can_be(kVerbParticiple)) out += 'n';
  if (a.can_be(kVerbGerund)) out += 'g';
  if (!a.known) out += '?';
  return out;
}
std::string dump(std::string_view word) { return dump(analyze_verb(word)); }

struct Row {
  std::string_view word;
  std::string_view want;
};

TEST(Verbs, LemmasAndForms) {
  static constexpr Row kRows[] = {
      // Regular -ed with e-restoration, doubling and -ied.
      {"signed", "sign:pn"},
      {"agreed", "agree:pn"},
      {"used", "use:pn"},
      {"hoped", "hope:pn"},
      {"hopped", "hop:pn"},
      {"stopped", "stop:pn"},
      {"added", "add:pn"},
      {"committed", "commit:pn"},
      {"applied", "apply:pn"},
      {"planned", "plan:pn"},
      {"travelled", "travel:pn"},
      {"pressed", "press:pn"},
      {"focused", "focus:pn"},
      // -ing.
      {"hoping", "hope:g"},
      {"using", "use:g"},
      {"making", "make:g"},
      {"stopping", "stop:g"},
      {"adding", "add:g"},
      {"opening", "open:g"},
      {"visiting", "visit:g"},
      {"continuing", "continue:g"},
      {"seeing", "see:g"},
      {"paying", "pay:g"},
      {"applying", "apply:g"},
      {"dying", "die:g"},
      {"being", "be:g"},
      // -s.
      {"signs", "sign:s"},
      {"applies", "apply:s"},
      {"pushes", "push:s"},
      {"uses", "use:s"},
      {"goes", "go:s"},
      {"does", "do:s"},
      {"is", "be:s"},
      // Irregular.
      {"went", "go:p"},
      {"gone", "go:n"},
      {"made", "make:pn"},
      {"took", "take:p"},
      {"taken", "take:n"},
      {"put", "put:bpn"},
      {"left", "leave:pn"},
      {"stood", "stand:pn"},
      {"undertook", "undertake:p"},
      {"undertaken", "undertake:n"},
      {"brought", "bring:pn"},
      {"kept", "keep:pn"},
      {"lay", "lay:bp"},
      {"were", "be:p"},
      // Base forms.
      {"sign", "sign:b"},
      {"bring", "bring:b"},
      {"establish", "establish:b"},
      {"Participate", "participate:b"},
      {"honour", "honour:b"},
      // Hyphenated: the prefix stays.
      {"re-impose", "re-impose:b"},
      {"re-imposed", "re-impose:pn"},
      // Unknown verbs: spelling guesses.
      {"blorked", "blork:pn?"},
      {"zapperated", "zapperate:pn?"},
      {"flimming", "flim:g?"},
      // Not verb forms.
      {"Ukraine", "ukraine:?"},
      {"", ":?"},
  };
  for (const Row& row : kRows) {
    EXPECT_EQ(dump(row.word), row.want) << row.word;
  }
}

TEST(Verbs, Shorthands) {
  EXPECT_EQ(verb_lemma("Signed"), "sign");
  EXPECT_TRUE(is_past_form("signed"));
  EXPECT_TRUE(is_past_form("went"));
  EXPECT_FALSE(is_past_form("gone"));
  EXPECT_TRUE(is_past_participle("gone"));
  EXPECT_FALSE(is_past_participle("went"));
  EXPECT_TRUE(is_base_form("establish"));
  EXPECT_FALSE(is_base_form("established"));
  EXPECT_FALSE(is_base_form("the"));
  EXPECT_TRUE(is_gerund("building"));
  EXPECT_TRUE(is_known_verb_lemma("stand"));
  EXPECT_FALSE(is_known_verb_lemma("ukraine"));
}

// Every base of words_verbs.tsv and verbs_irregular.tsv, each inflected the ways the
// rules undo (and a few they do not), in lower case, capitalised and with a hyphenated
// prefix: the fast analysis must equal the oracle's.
TEST(Verbs, SameAnalysisAsTheOracleForEveryLexiconVerb) {
  std::vector<std::string> words;
  auto add_forms = [&](std::string_view lemma) {
    std::string l(lemma);
    if (l.empty()) return;
    char last = l.back();
    std::string stem = l.substr(0, l.size() - 1);
    for (std::string w : {l, l + "s", l + "es", l + "d", l + "ed", l + "ing", l + last + "ed",
                          l + last + "ing", stem + "ing", stem + "ies", stem + "ied", stem + "ed",
                          stem, l + "ly", l + "ness"}) {
      words.push_back(w);
      std::string cap = w;
      cap[0] = static_cast<char>(cap[0] >= 'a' && cap[0] <= 'z' ? cap[0] - 32 : cap[0]);
      words.push_back(cap);
      words.push_back("re-" + w);
    }
  };
  size_t bases = 0;
  data::for_each_tsv_row(data::get("lexicon/words_verbs.tsv"), [&](auto f, int) {
    add_forms(f[0]);
    ++bases;
  });
  EXPECT_GT(bases, 8000u);
  data::for_each_tsv_row(data::get("lexicon/verbs_irregular.tsv"), [&](auto f, int) {
    for (std::string_view field : f) data::for_each_alternative(field, add_forms);
  });
  for (std::string_view w : {"", "-", "a", "ed", "ing", "s", "ies", "Ukraine", "ÉTÉ", "naïve",
                             "co-operated", "self-", "-ing", "zzzzzing", "bing", "sings",
                             "uses", "buses", "crises", "this", "was", "wasn't", "’s",
                             "supercalifragilisticexpialidociousnessifyingly-reconsidered"}) {
    words.emplace_back(w);
  }
  size_t differ = 0;
  for (const std::string& w : words) {
    std::string want = dump(oracle::oracle_analyze_verb(w));
    std::string got = dump(analyze_verb(w));
    if (got != want && ++differ <= 20) ADD_FAILURE() << w << ": " << got << " want " << want;
  }
  EXPECT_EQ(differ, 0u) << "of " << words.size();
  // is_known_verb_lemma is the base list.
  for (const std::string& w : words) {
    EXPECT_EQ(is_known_verb_lemma(w), oracle::lexicon().is_base(w)) << w;
  }
}

}  // namespace
}  // namespace speechscan
