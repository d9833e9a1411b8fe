// Internal to the times and events stages: the tense of a clause and its verbs, from
// data/lexicon/time_verbs.tsv (auxiliaries, modals, irregular past forms) and the
// regular -ed rule. Cheap: called only for sentences that hold a time expression.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "speechscan/events.h"
#include "speechscan/span.h"
#include "speechscan/tokenizer.h"

namespace speechscan::tense {

enum class VerbClass : uint8_t {
  kNone,        // not a verb form we know of
  kFuture,      // will, shall, 'll, won't
  kModal,       // would, could, may ...
  kPastAux,     // was, were, did, had, 'd
  kHave,        // has, have, 've: a perfect when a participle follows
  kBe,          // is, are, am, do, does, be, being
  kPast,        // an irregular simple past (went, said, hit) or a regular -ed form
  kParticiple,  // an irregular participle that is not a past form (gone, written)
};

// True for a verb after which "to" + verb points ahead: invite, plan, expect, agree.
bool is_intent(std::string_view word);

// The class of `word` after `prev` (the token before it, or empty): the clitic ’s is
// "is" after a pronoun ("it’s", "that’s") and a possessive otherwise.
VerbClass classify_after(std::string_view prev, std::string_view word);

// Classifies one word as written (any case; ’ or ' contractions: "we’ll" -> kFuture).
VerbClass classify(std::string_view word);

// True when classify_after(prev, word) is kNone whatever `prev` is, for `word` the bytes
// of token `t`: a cheaper test than classify() for the loops that classify every word of
// a clause, trusting the tokenizer's flags for apostrophes (tokenizer.h). False means
// nothing (ask classify_after()).
bool surely_no_verb(const Token& t, std::string_view word);

// True for a lower-case word that looks like a verb in running text after a subject:
// a known form above or an -ed/-s form. Used to find event triggers.
bool looks_like_verb(std::string_view word);

// The tense signalled nearest to byte `near` among tokens [first, end) of `text`:
// future for will/shall/'ll/going to, past for past forms and perfects, present for
// present forms of be/do/have-less clauses; `fallback` when nothing signals.
Tense nearest_tense(std::string_view text, const std::vector<Token>& tokens, uint32_t first,
                    uint32_t end, uint32_t near, Tense fallback);

}  // namespace speechscan::tense
