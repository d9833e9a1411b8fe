// Internal to the times and events stages: the tense of a clause and its verbs, from
// data/lexicon/time_verbs.tsv (auxiliaries, modals, irregular past forms) and the
// regular -ed rule. Cheap: called only for sentences that hold a time expression.
#pragma once

#include <array>
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

// True for a determiner or possessive after which a past form is an adjective ("the
// repeated promises"), from the table's "determiner" rows.
bool is_determiner(std::string_view word);

// True for a modal of possibility (could, might, may, would): a clause under it says
// nothing happens. From the table's "possibility" rows.
bool is_possibility(std::string_view word);

// True for a verb of imagining ("imagine the year 2030", "suppose"): a clause under it
// dates no event. From the table's "imagination" rows.
bool is_imagination(std::string_view word);
// The length in bytes of the shortest verb of imagining in the table: is_imagination() of
// a shorter word is false.
size_t imagination_min_length();

// True for a preposition that ends a period ("until March", "through Friday"): a date
// after it lies ahead unless its clause is past. From the table's "endpoint" rows.
bool is_endpoint(std::string_view word);

// True for a word after which a date without a year lies ahead even in a past clause
// ("declared a dividend payable Dec. 7", "the rule, effective Feb. 1"). From the table's
// "ahead" rows.
bool is_ahead(std::string_view word);

// True for a word of change before "from" and the date compared against ("up from 2.4%
// in 2016", "down by 0.7 percentage point from 2012"): that date dates no event. From the
// table's "change" rows.
bool is_change(std::string_view word);

// True for an adjective in -ing ("it was interesting", "the news is encouraging"): no
// progressive verb after a copula. From the table's "adjective" rows.
bool is_ing_adjective(std::string_view word);
// True for a verb or adjective that frames another clause ("You know, earlier this
// morning, I returned", "I believe 2016 will be", "I'm pleased to say that today"), from
// the table's "frame" rows, or a form of "be": an event's trigger is the framed clause's
// verb.
bool is_frame_or_be(std::string_view word);

// The class of `word` after `prev` (the token before it, or empty): the clitic ’s is
// "is" after a pronoun ("it’s", "that’s") and a possessive otherwise.
VerbClass classify_after(std::string_view prev, std::string_view word);

// Classifies one word as written (any case; ’ or ' contractions: "we’ll" -> kFuture).
VerbClass classify(std::string_view word);

// The shapes of the verb table's words, a bit each: a word's length and its first,
// second and last bytes ORed with 0x20. That is the case fold for letters and no change
// to the bytes of a lower-case table word, so a word without apostrophes that folds to a
// table word has the table word's shape.
class VerbShapes {
 public:
  // REQUIRES: !w.empty().
  void add(std::string_view w) {
    const uint32_t k = key(w);
    bits_[k >> 6] |= uint64_t{1} << (k & 63);
  }
  // True when classify() of `word`, which holds no ' and no ’ or ‘, is certainly kNone:
  // no table word has its shape and it has no -ed ending. REQUIRES: !word.empty().
  bool surely_none_plain(std::string_view word) const {
    const size_t n = word.size();
    if (n <= 32) {
      const uint32_t k = key(word);
      if ((bits_[k >> 6] >> (k & 63) & 1u) != 0) return false;
    }
    return !(n >= 5 && (word[n - 2] | 0x20) == 'e' && (word[n - 1] | 0x20) == 'd');
  }

 private:
  static constexpr unsigned kBits = 12;
  static uint32_t key(std::string_view w) {
    const size_t n = w.size();
    const uint32_t a = static_cast<unsigned char>(w[0]) | 0x20u;
    const uint32_t b = static_cast<unsigned char>(w[n > 1 ? 1 : 0]) | 0x20u;
    const uint32_t c = static_cast<unsigned char>(w[n - 1]) | 0x20u;
    const uint32_t v = a | b << 8 | c << 16 | static_cast<uint32_t>(n) << 24;
    return (v * 0x9E3779B1u) >> (32 - kBits);
  }
  std::array<uint64_t, (size_t{1} << kBits) / 64> bits_{};
};

// The verb table's shapes (the table is built on first use).
const VerbShapes& verb_shapes();

// True when classify_after(prev, word) is kNone whatever `prev` is, for `word` the bytes
// of token `t`: a cheaper test than classify() for the loops that classify every word of
// a clause, trusting the tokenizer's flags for apostrophes (tokenizer.h): a word token
// without kNonAscii holds no ’ or ‘, one without kHasApostrophe no inner ', and a clitic
// ('s, 'll) starts with its apostrophe. False means nothing (ask classify_after()).
inline bool surely_no_verb(const VerbShapes& shapes, const Token& t, std::string_view word) {
  if (t.kind != TokenKind::kWord || (t.flags & (kNonAscii | kHasApostrophe)) != 0 ||
      word.empty() || word[0] == '\'')
    return false;
  return shapes.surely_none_plain(word);
}

// True for a lower-case word that looks like a verb in running text after a subject:
// a known form above or an -ed/-s form. Used to find event triggers.
bool looks_like_verb(std::string_view word);

// The tense signalled nearest to byte `near` among tokens [first, end) of `text`:
// future for will/shall/'ll/going to, past for past forms and perfects, present for
// present forms of be/do/have-less clauses; `fallback` when nothing signals.
Tense nearest_tense(std::string_view text, const std::vector<Token>& tokens, uint32_t first,
                    uint32_t end, uint32_t near, Tense fallback);

}  // namespace speechscan::tense
