#include "speechscan/verbs.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace speechscan {
namespace {

// Compact dump of an analysis: "lemma:forms" with forms as letters
// b(ase) s(third person) p(ast) n (participle) g(erund), and '?' for a spelling guess.
std::string dump(std::string_view word) {
  VerbAnalysis a = analyze_verb(word);
  std::string out = a.lemma + ":";
  if (a.can_be(kVerbBase)) out += 'b';
  if (a.can_be(kVerbThirdPerson)) out += 's';
  if (a.can_be(kVerbPast)) out += 'p';
  if (a.can_be(kVerbParticiple)) out += 'n';
  if (a.can_be(kVerbGerund)) out += 'g';
  if (!a.known) out += '?';
  return out;
}

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

}  // namespace
}  // namespace speechscan
