// English verb morphology: the lemma of a verb form and which forms a word can be.
//
// Knowledge is data: irregular verbs come from data/lexicon/verbs_irregular.tsv (base,
// past, past participle, and irregular -s/-ing forms) and known base forms from
// data/lexicon/words_verbs.tsv (WordNet 3.0 verb lemmas). Regular forms are handled by
// rules (-s/-es/-ies, -ed/-ied, -ing) that try the candidate stems in a fixed order and
// keep the first known verb: "used" -> use, "added" -> add, "stopped" -> stop,
// "hoping" -> hope, "travelled" -> travel. A word whose stems are all unknown gets a
// best guess from spelling (doubling and e-restoration), marked known = false.
//
// The analysis is context-free: "evening" analyses as the -ing form of "even"; callers
// decide from the surrounding words whether a word is used as a verb.
//
// Thread safety: the tables are built once on first use (a function-local static) and
// read-only afterwards; every function here may be called from several threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace speechscan {

// What a word can be, as a verb. A word may be several at once: "put" is base, past and
// participle; "signed" is past and participle.
enum VerbForm : uint8_t {
  kVerbBase = 1u << 0,        // infinitive / present non-3rd-person: sign, go
  kVerbThirdPerson = 1u << 1, // present 3rd person singular: signs, goes
  kVerbPast = 1u << 2,        // simple past: signed, went
  kVerbParticiple = 1u << 3,  // past participle: signed, gone
  kVerbGerund = 1u << 4,      // -ing form: signing, going
};

struct VerbAnalysis {
  std::string lemma;  // lower case; the folded word itself when no rule applies
  uint8_t forms = 0;  // VerbForm bits; 0 when the word is not a verb form
  bool known = false; // the lemma is a verb of the lexicon (not a spelling guess)

  bool can_be(VerbForm f) const { return (forms & f) != 0; }
};

// Analyses one word (any case; ASCII and UTF-8 are folded; curly apostrophes are not
// special). Hyphenated words analyse their last part and keep the prefix:
// "re-imposed" -> "re-impose". Never fails; an empty word gives an empty analysis.
VerbAnalysis analyze_verb(std::string_view word);

// Shorthands over analyze_verb().
std::string verb_lemma(std::string_view word);        // "signed" -> "sign"
bool is_past_form(std::string_view word);             // signed, went, put
bool is_past_participle(std::string_view word);       // signed, gone, put
bool is_base_form(std::string_view word);             // a known verb's base form: sign, go
bool is_gerund(std::string_view word);                // signing, going
bool is_known_verb_lemma(std::string_view lemma);     // lower-case lemma in the lexicon

}  // namespace speechscan
