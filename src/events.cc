// Dated events: for every time that names a calendar date or range, the clause that
// carries it, its trigger verb, tense and actors.
//
// A clause is the stretch of the time's sentence between strong breaks (; : – — and
// brackets). Its trigger is the first verb: the main verb after an auxiliary or modal
// ("will continue"), a past form (went, hit, discussed) or the word after a subject
// pronoun ("we decide"); the auxiliary itself when no main verb follows ("will be").
#include "speechscan/events.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <iterator>
#include <optional>
#include <span>

#include "scratch.h"
#include "speechscan/analysis.h"
#include "times_tense.h"
#include "word_key.h"

namespace speechscan {

const char* tense_name(Tense t) {
  switch (t) {
    case Tense::kPast: return "past";
    case Tense::kPresent: return "present";
    case Tense::kFuture: return "future";
  }
  return "past";
}

namespace {

// ; : – — ( ) [ ] …
bool is_break(std::string_view p) {
  if (p.size() == 1) {
    const char c = p[0];
    return c == ';' || c == ':' || c == '(' || c == ')' || c == '[' || c == ']';
  }
  return p.size() == 3 && p[0] == '\xE2' && p[1] == '\x80' &&
         (p[2] == '\x93' || p[2] == '\x94' || p[2] == '\xA6');
}

// The closed word lists the clause reader needs, as flags of one word.
enum WordFlag : uint8_t {
  kSubjectPronoun = 1u << 0,    // i we you they he she it
  kAdverbOrFunction = 1u << 1,  // sits between an auxiliary and its verb: not, also, the
  kCutWord = 1u << 2,           // links two clauses: that, which, and, but
  kDeterminer = 1u << 3,        // opens a noun phrase: the, a, no, our
  kPreposition = 1u << 4,       // opens a prepositional phrase: in, of, for, with
};

// The lists in one open-addressing table keyed by the lower-case word (FNV-1a), built
// once: a look-up folds at most kMaxLen bytes and compares once or twice.
class WordLists {
 public:
  static constexpr size_t kMaxLen = 10;  // the longest listed word ("definitely")
  static constexpr size_t kMaxPronounLen = 4;  // "they"

  constexpr WordLists() {
    constexpr std::array<std::string_view, 7> kPronouns = {"i",  "we",  "you", "they",
                                                           "he", "she", "it"};
    // Words that sit between an auxiliary and its verb, or after a subject, and are not
    // verbs; among them the quantifying "at least", "at most", "almost" ("yesterday he at
    // least dropped them by 1%": the verb is "dropped").
    constexpr std::array<std::string_view, 56> kAdverbs = {
        "not",       "also",     "now",    "even",      "then",       "already",   "still",
        "just",      "never",    "always", "further",   "soon",       "all",       "both",
        "each",      "only",     "really", "certainly", "definitely", "therefore", "today",
        "yesterday", "tomorrow", "again",  "together",  "once",       "first",     "finally",
        "the",       "a",        "an",     "to",        "in",         "on",        "at",
        "of",        "and",      "but",    "so",        "that",       "long",      "about",
        "for",       "with",     "from",   "by",        "into",       "simply",    "actually",
        "indeed",    "last",     "least",  "most",      "almost",     "very",      "much"};
    constexpr std::array<std::string_view, 10> kCuts = {
        "that", "which", "and", "but", "while", "when", "as", "whereas", "where", "because"};
    constexpr std::array<std::string_view, 14> kDeterminers = {
        "a",   "an",    "the", "no",  "this", "these", "those",
        "our", "their", "my",  "his", "her",  "its",   "your"};
    constexpr std::array<std::string_view, 18> kPrepositions = {
        "in",    "of",     "for",   "with", "from",  "by",   "on",      "at",      "into",
        "among", "across", "under", "over", "about", "amid", "through", "between", "against"};
    static_assert(std::all_of(kPronouns.begin(), kPronouns.end(),
                              [](std::string_view w) { return w.size() <= kMaxPronounLen; }));
    for (auto w : kPronouns) add(w, kSubjectPronoun);
    for (auto w : kAdverbs) add(w, kAdverbOrFunction);
    for (auto w : kCuts) add(w, kCutWord);
    for (auto w : kDeterminers) add(w, kDeterminer);
    for (auto w : kPrepositions) add(w, kPreposition);
  }

  // The flags of `w` compared with A-Z folded to a-z (other bytes as they are).
  uint8_t flags(std::string_view w) const {
    if (w.empty() || w.size() > kMaxLen) return 0;
    char buf[kMaxLen];
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < w.size(); ++i) {
      char c = w[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      buf[i] = c;
      h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    }
    for (size_t i = h & kMask;; i = (i + 1) & kMask) {
      const Slot& s = slots_[i];
      if (s.len == 0) return 0;
      if (s.len == w.size() && std::memcmp(s.key, buf, w.size()) == 0) return s.flags;
    }
  }

 private:
  static constexpr size_t kSlots = 256;  // 90 words: under half full
  static constexpr size_t kMask = kSlots - 1;
  struct Slot {
    char key[kMaxLen] = {};
    uint8_t len = 0;  // 0: empty
    uint8_t flags = 0;
  };
  // Byte loops, not memcpy and memcmp: the table is built when the code is compiled.
  constexpr void add(std::string_view w, uint8_t flag) {
    uint32_t h = 2166136261u;
    for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    for (size_t i = h & kMask;; i = (i + 1) & kMask) {
      Slot& s = slots_[i];
      if (s.len == 0) {
        for (size_t k = 0; k < w.size(); ++k) s.key[k] = w[k];
        s.len = static_cast<uint8_t>(w.size());
      }
      if (s.len == w.size() && std::string_view(s.key, s.len) == w) {
        s.flags = static_cast<uint8_t>(s.flags | flag);
        return;
      }
    }
  }
  std::array<Slot, kSlots> slots_{};
};

// Built when the code is compiled: a function-local static cost a guard test on each of
// the ~20,000 look-ups of a 1 MB run.
constexpr WordLists kWordLists;
const WordLists& word_lists() { return kWordLists; }

// The bytes of token `t`, which lie inside `text` (substr's bounds test and clamp, in
// every word() of the clause reader, are not needed).
inline WordKey token_text(std::string_view text, const Token& t) {
  return WordKey(std::string_view(text.data() + t.start, t.length));
}

bool equals_folded(std::string_view w, std::string_view lower) {
  if (w.size() != lower.size()) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != lower[i]) return false;
  }
  return true;
}

bool is_subject_pronoun(std::string_view w) {
  // The clause reader asks this of most words it passes (40,000 times on 1 MB), so the
  // seven pronouns are compared as folded words of one to four bytes instead of hashed:
  // they are all letters, and or-ing 0x20 into a byte folds A-Z to a-z as flags() does
  // and maps no other byte onto a lower-case letter ("THEY" is "they").
  static_assert(WordLists::kMaxPronounLen == 4);
  auto folded = [w](size_t n) {
    uint32_t x = 0;
    for (size_t i = 0; i < n; ++i) x = x << 8 | (static_cast<unsigned char>(w[i]) | 0x20u);
    return x;
  };
  constexpr auto key = [](std::string_view p) {
    uint32_t x = 0;
    for (char c : p) x = x << 8 | static_cast<unsigned char>(c);
    return x;
  };
  switch (w.size()) {
    case 1:  // also '|', "I" as a PDF's text layer reads it (see the tokenizer)
      return folded(1) == key("i") || w[0] == '|';
    case 2: {
      const uint32_t x = folded(2);
      return x == key("we") || x == key("he") || x == key("it");
    }
    case 3: {
      const uint32_t x = folded(3);
      return x == key("you") || x == key("she");
    }
    case 4:
      return folded(4) == key("they");
    default:
      return false;
  }
}

bool is_determiner(std::string_view w) { return (word_lists().flags(w) & kDeterminer) != 0; }

// A determiner or a preposition: the word before a participle that qualifies a noun ("the
// accomplished artists", "in advanced economies").
bool opens_noun_phrase(std::string_view w) {
  return (word_lists().flags(w) & (kDeterminer | kPreposition)) != 0;
}

bool is_adverb_or_function(std::string_view w) {
  // An adverb in -ly ("we rightly look", "have quickly built"), not a verb in -ply or
  // "rely".
  if (w.size() >= 5 && w.ends_with("ly") && !w.ends_with("ply") && w != "rely" && w[0] >= 'a' &&
      w[0] <= 'z')
    return true;
  return (word_lists().flags(w) & kAdverbOrFunction) != 0;
}

bool is_cut_word(std::string_view w);

// A word that opens a phrase and so cannot end one: a determiner, a preposition, a
// subject pronoun, a conjunction, "to", "at least".
bool opens_phrase(std::string_view w) {
  if ((word_lists().flags(w) & (kDeterminer | kPreposition | kSubjectPronoun)) != 0) return true;
  for (std::string_view x : {"to", "and", "or", "but", "least", "most"})
    if (equals_folded(w, x)) return true;
  return false;
}

struct Clause {
  uint32_t first = 0;  // token range
  uint32_t end = 0;
};

Clause clause_of(const Analysis& a, const Sentence& s, Span time) {
  const std::string_view text = a.doc.text;
  // At most kReach tokens on either side of the time: no clause is longer, and a run-on
  // sentence of times ("1999 1999 1999 ...") then costs each time the same.
  constexpr uint32_t kReach = 64;
  const auto at = static_cast<uint32_t>(
      std::lower_bound(a.tokens.begin() + s.first_token, a.tokens.begin() + s.end_token, time.start,
                       [](const Token& t, uint32_t off) { return t.start < off; }) -
      a.tokens.begin());
  const uint32_t lo = at > s.first_token + kReach ? at - kReach : s.first_token;
  const uint32_t hi = std::min(s.end_token, at + kReach);
  Clause c{lo, hi};
  for (uint32_t i = lo; i < hi; ++i) {
    const Token& t = a.tokens[i];
    if (t.kind != TokenKind::kPunct) continue;
    if (!is_break(text.substr(t.start, t.end() - t.start))) continue;
    // Brackets round one word or number before a lower-case word restate or gloss what is
    // before them and break no clause: "in 26 years' time (2050) more than half will be
    // flooded", "the Agenda for SIDS (ABAS) that was adopted" (not a news dateline's
    // "CANBERRA, Australia (AP)_ Turning ...").
    if (text[t.start] == '(' && i + 3 < hi && a.tokens[i + 1].kind != TokenKind::kPunct &&
        text[a.tokens[i + 2].start] == ')' && a.tokens[i + 3].kind == TokenKind::kWord &&
        a.tokens[i + 3].has(kLowerInitial)) {
      i += 2;
      continue;
    }
    // A dash after a word that cannot end a phrase and before one that goes on with it
    // ("we've destroyed at least — the last munitions", "in the — in the region") is a
    // speaker's restart inside the clause, not a break between clauses. (Not "the paper
    // it was written on – and the people ...": a clause follows.)
    if (text[t.start] == '\xE2' && i > lo && i + 1 < hi &&
        a.tokens[i - 1].kind == TokenKind::kWord && a.tokens[i + 1].kind == TokenKind::kWord &&
        opens_phrase(text.substr(a.tokens[i - 1].start, a.tokens[i - 1].length))) {
      const std::string_view n = text.substr(a.tokens[i + 1].start, a.tokens[i + 1].length);
      if (!is_cut_word(n) && !is_subject_pronoun(n) &&
          tense::classify(n) == tense::VerbClass::kNone)
        continue;
    }
    if (t.end() <= time.start) c.first = i + 1;
    else if (t.start >= time.end && i < c.end) {
      c.end = i;
      break;
    }
  }
  // Trim punctuation at either end.
  while (c.first < c.end && a.tokens[c.first].kind == TokenKind::kPunct) ++c.first;
  while (c.end > c.first && a.tokens[c.end - 1].kind == TokenKind::kPunct) {
    std::string_view p = text.substr(a.tokens[c.end - 1].start,
                                     a.tokens[c.end - 1].end() - a.tokens[c.end - 1].start);
    if (p == "." || p == "!" || p == "?") break;  // keep the sentence's own end
    --c.end;
  }
  return c;
}

struct Verb {
  bool found = false;
  bool hypothetical = false;  // under could, might, may or would: nothing is said to happen
  uint32_t token = 0;
  Tense tense = Tense::kPresent;
  bool intended = false;  // the infinitive after "we plan to" (the verb of intending 2 back)
};

// A participle or adjective of expectation before "to" and a verb: "is expected to".
bool is_expectation(std::string_view w) {
  static constexpr std::array<std::string_view, 9> kWords = {"expected",  "projected", "forecast",
                                                             "predicted", "scheduled", "due",
                                                             "set",       "slated",    "poised"};
  for (std::string_view k : kWords)
    if (equals_folded(w, k)) return true;
  return false;
}

// A present verb of intending before "to" and a verb: "we plan to provide", "they intend
// to hold". What is intended lies ahead.
bool is_intention(std::string_view w) {
  static constexpr std::array<std::string_view, 8> kWords = {"plan", "plans", "intend", "intends",
                                                             "aim",  "aims",  "expect", "expects"};
  for (std::string_view k : kWords)
    if (equals_folded(w, k)) return true;
  return false;
}

// The first verb group of the clause: its trigger and tense.
// Whether the past form at token i (not the clause's first) qualifies a noun as an
// adjective: after an adverb of degree ("better resourced", "well funded"); after a
// determiner before "and", "or" or a comma ("the unprovoked and dastardly attack"); or
// after a comma that follows a determiner and an adjective ("a strong, united India").
bool is_qualified_participle(const Analysis& a, const Clause& c, uint32_t i) {
  const std::string_view text = a.doc.text;
  auto word = [&](uint32_t k) { return text.substr(a.tokens[k].start, a.tokens[k].length); };
  uint32_t j = i;  // the list's item: the participle, or an adverb in -ly before it
  if (a.tokens[i - 1].kind == TokenKind::kWord) {
    const std::string_view b = word(i - 1);
    // (Not "least" or "most": "he at least dropped them" is a verb.)
    if (b == "better" || b == "well" || b == "more" || b == "less" || b == "best" || b == "fully" ||
        b == "poorly" || b == "badly")
      return true;
    if (i + 2 < c.end && opens_noun_phrase(b)) {
      const std::string_view n = word(i + 1);
      return (n == "and" || n == "or" || n == ",") && a.tokens[i + 2].kind == TokenKind::kWord;
    }
    if (b.size() <= 3 || !b.ends_with("ly") || i < c.first + 2) return false;
    j = i - 1;
  }
  // "a strong, united, technologically sophisticated but humane India": back over a list
  // of adjectives, participles and adverbs in -ly, with a comma in it, to a determiner;
  // a comma or a conjunction after it.
  if (word(j - 1) != "," || i + 1 >= c.end) return false;
  const std::string_view n = word(i + 1);
  if (n != "," && n != "and" && n != "or" && n != "but") return false;
  for (uint32_t k = j - 1; k > c.first && j - k < 9;) {
    --k;
    const std::string_view w = word(k);
    if (a.tokens[k].kind == TokenKind::kPunct) {
      if (w != ",") return false;
      continue;
    }
    if (is_determiner(w)) return true;
    if (w.empty() || w[0] < 'a' || w[0] > 'z') return false;
    const tense::VerbClass vc = tense::classify(w);
    if (vc != tense::VerbClass::kNone && vc != tense::VerbClass::kPast &&
        vc != tense::VerbClass::kParticiple)
      return false;
  }
  return false;
}

Verb first_verb(const Analysis& a, const Clause& c, Span time) {
  using tense::VerbClass;
  const std::string_view text = a.doc.text;
  auto word = [&](uint32_t i) { return token_text(text, a.tokens[i]); };
  // Whether token j opens a noun phrase, making a "have" before it the verb ("we will have
  // parliamentary elections", "have a new government"): a number, a determiner, or a
  // lower-case word that is no verb form.
  auto noun_phrase_at = [&](uint32_t j) {
    const Token& t = a.tokens[j];
    if (t.kind == TokenKind::kNumber) return true;
    if (t.kind != TokenKind::kWord) return false;
    const WordKey w = word(j);
    return is_determiner(w) || (t.has(kLowerInitial) && tense::classify(w) == VerbClass::kNone &&
                                !w.ends_with("ed") && !w.ends_with("ing"));
  };
  Verb v;
  bool tense_set = false;
  const tense::VerbShapes& shapes = tense::verb_shapes();
  for (uint32_t i = c.first; i < c.end; ++i) {
    const Token& t = a.tokens[i];
    if (t.kind != TokenKind::kWord) continue;
    if (t.start >= time.start && t.end() <= time.end) continue;  // the time's own words
    WordKey w = word(i);
    // "Let us remember": an exhortation, no event.
    if (equals_folded(w, "let") && i + 1 < c.end &&
        (equals_folded(word(i + 1), "us") || equals_folded(word(i + 1), "\xE2\x80\x99s") ||
         equals_folded(word(i + 1), "'s"))) {
      v.found = true;
      v.token = i;
      v.hypothetical = true;
      return v;
    }
    // "if she were with us today, she would offer": "were" after a singular subject is
    // the subjunctive of a wish or a condition, nothing that happens ("my wife and I were
    // coming home" is a plural subject).
    if (equals_folded(w, "were") && i > c.first && a.tokens[i - 1].kind == TokenKind::kWord) {
      const WordKey p = word(i - 1);
      const bool joined = i >= c.first + 2 &&
                          (equals_folded(word(i - 2), "and") || equals_folded(word(i - 2), "or"));
      if (!joined && (equals_folded(p, "i") || equals_folded(p, "he") || equals_folded(p, "she") ||
                      equals_folded(p, "it"))) {
        v.found = true;
        v.token = i;
        v.hypothetical = true;
        return v;
      }
    }
    // "I'd like to", "we'd rather": 'd before a base form is "would", a wish.
    if ((w == "'d" || w == "\xE2\x80\x99" "d") && i + 1 < c.end &&
        a.tokens[i + 1].kind == TokenKind::kWord) {
      const WordKey n = word(i + 1);
      if (equals_folded(n, "like") || equals_folded(n, "love") || equals_folded(n, "rather") ||
          equals_folded(n, "prefer") || equals_folded(n, "be") || equals_folded(n, "say")) {
        v.found = true;
        v.token = i + 1;
        v.hypothetical = true;
        return v;
      }
    }
    VerbClass vc = tense::surely_no_verb(shapes, t, w)
                       ? VerbClass::kNone
                       : tense::classify_after(i > c.first ? word(i - 1) : std::string_view(), w);
    const bool lower = !(w[0] >= 'A' && w[0] <= 'Z');
    // A capitalised verb form right after a capitalised word inside the clause is a
    // title's word: "the “We Are Still In” movement was born" (not a clause in capitals,
    // "WE WILL ACT").
    if (vc != VerbClass::kNone && !lower && i > c.first && !t.has(kAllUpper) &&
        a.tokens[i - 1].kind == TokenKind::kWord && a.tokens[i - 1].has(kUpperInitial))
      vc = VerbClass::kNone;
    // "As it should, it stands", "if we must, we will": a modal whose verb is left out
    // (a comma right after it) says nothing happens; the clause's verb is after it.
    if ((vc == VerbClass::kModal || vc == VerbClass::kFuture) && i + 1 < c.end &&
        a.tokens[i + 1].kind == TokenKind::kPunct && word(i + 1) == ",")
      continue;
    // "Simply put, ...", "Generally speaking, ...": a participle between an adverb that
    // opens the clause and a comma is a discourse marker, no event.
    if (i == c.first + 1 && i + 1 < c.end && word(i + 1) == "," &&
        a.tokens[c.first].kind == TokenKind::kWord && word(c.first).size() > 3 &&
        word(c.first).ends_with("ly") &&
        (vc == VerbClass::kPast || vc == VerbClass::kParticiple || w.ends_with("ing")))
      continue;
    const bool aux = vc == VerbClass::kFuture || vc == VerbClass::kModal ||
                     vc == VerbClass::kPastAux || vc == VerbClass::kHave || vc == VerbClass::kBe;
    if (vc == VerbClass::kPast && !lower && i == c.first) vc = VerbClass::kNone;
    // "the time to set the pathway", "we want to cut taxes": after "to" a form that is also
    // a past (set, cut, put, hit) is the infinitive, no past verb.
    if (vc == VerbClass::kPast && i > c.first && a.tokens[i - 1].kind == TokenKind::kWord &&
        word(i - 1) == "to")
      vc = VerbClass::kNone;
    // A capitalised participle is a name's word ("the Stolen Generations") or opens a
    // phrase before the clause ("Given its strategic significance, ...").
    if (vc == VerbClass::kParticiple && !lower) vc = VerbClass::kNone;
    if (vc == VerbClass::kPast && !lower && i > c.first) vc = VerbClass::kNone;
    // After the time's own possessive a participle qualifies the noun after it:
    // "tonight’s gifted performers", "today's scheduled vote".
    if ((vc == VerbClass::kPast || vc == VerbClass::kParticiple) && i >= c.first + 2 &&
        i + 1 < c.end && a.tokens[i + 1].kind == TokenKind::kWord &&
        (word(i - 1) == "'s" || word(i - 1) == "\xE2\x80\x99s") &&
        a.tokens[i - 2].end() == time.end && !is_adverb_or_function(word(i + 1)) &&
        !opens_noun_phrase(word(i + 1)))
      vc = VerbClass::kNone;
    // A participle after a determiner or a preposition and before a noun qualifies the
    // noun: "in advanced economies", "the accomplished artists" (not "This resulted in").
    if ((vc == VerbClass::kPast || vc == VerbClass::kParticiple) && i > c.first && i + 1 < c.end &&
        a.tokens[i + 1].kind == TokenKind::kWord && a.tokens[i - 1].kind == TokenKind::kWord &&
        opens_noun_phrase(word(i - 1)) && !opens_noun_phrase(word(i + 1)) &&
        !is_adverb_or_function(word(i + 1))) {
      vc = VerbClass::kNone;
    }
    // Participles that qualify a noun in a list of adjectives: "the unprovoked and
    // dastardly attack", "a strong, united, modern nation" (a determiner and, for a
    // comma, an adjective before it), "bigger, stronger, better resourced" (an adverb of
    // degree right before it).
    if ((vc == VerbClass::kPast || vc == VerbClass::kParticiple) && i > c.first &&
        is_qualified_participle(a, c, i))
      vc = VerbClass::kNone;
    if (aux) {
      if (!tense_set) {
        tense_set = true;
        v.hypothetical = vc == VerbClass::kModal && tense::is_possibility(w);
        v.tense = vc == VerbClass::kFuture ? Tense::kFuture
                  : vc == VerbClass::kPastAux ? Tense::kPast
                                              : Tense::kPresent;
        if (vc == VerbClass::kHave) {
          // a perfect ("have written") is past; "have to" is not
          for (uint32_t j = i + 1; j < c.end && j < i + 4; ++j) {
            VerbClass n = tense::classify(word(j));
            if (n == VerbClass::kPast || n == VerbClass::kParticiple ||
                n == VerbClass::kPastAux) {
              v.tense = Tense::kPast;
              break;
            }
            if (!is_adverb_or_function(word(j))) break;
          }
        }
        if (vc == VerbClass::kBe && i + 2 < c.end && word(i + 1) == "going" &&
            word(i + 2) == "to")
          v.tense = Tense::kFuture;
      }
      // The main verb: the next word that is not an adverb or another auxiliary.
      uint32_t j = i + 1;
      uint32_t have = 0;      // a "have" after the auxiliary, with no "to" nor "be" after it
      bool going_to = false;  // "I'm going to ask"
      for (; j < c.end && j < i + 5; ++j) {
        if (a.tokens[j].kind != TokenKind::kWord) break;
        WordKey n = word(j);
        VerbClass nc = tense::classify(n);
        if (nc == VerbClass::kHave) have = j;
        if (nc == VerbClass::kBe || equals_folded(n, "be")) going_to = false;  // the copula's
        if (nc == VerbClass::kFuture || nc == VerbClass::kModal || nc == VerbClass::kHave ||
            nc == VerbClass::kBe || nc == VerbClass::kPastAux)
          continue;
        if (equals_folded(n, "going") || equals_folded(n, "to") || equals_folded(n, "not") ||
            equals_folded(n, "been") || equals_folded(n, "being")) {
          if (!equals_folded(n, "not")) have = 0;
          if (equals_folded(n, "to") && j > i + 1 && equals_folded(word(j - 1), "going"))
            going_to = true;
          continue;
        }
        // The subject of a question after its auxiliary: "Can you comment".
        if (j == i + 1 && is_subject_pronoun(n)) continue;
        // A determiner opens a noun phrase: "will be an ordinary country" has no verb
        // after "be".
        if (is_determiner(n)) break;
        if (is_adverb_or_function(n)) continue;
        break;
      }
      // "we will have parliamentary elections", "will have a new government": "have"
      // before a noun phrase is the verb ("will have built" keeps the participle).
      if (have != 0 && j < c.end &&
          !(a.tokens[j].start >= time.start && a.tokens[j].end() <= time.end) &&
          noun_phrase_at(j)) {
        v.found = true;
        v.token = have;
        return v;
      }
      // "Today I'm going to ask you": the verb after "going to", not the copula.
      if (going_to && j < c.end && a.tokens[j].kind == TokenKind::kWord &&
          a.tokens[j].has(kLowerInitial) && !is_determiner(word(j)) &&
          !equals_folded(word(j), "be") &&
          !(a.tokens[j].start >= time.start && a.tokens[j].end() <= time.end)) {
        v.found = true;
        v.token = j;
        return v;
      }
      // "will be an ordinary country", "will be free": the copula "be" is the verb, not
      // the noun phrase or the adjective.
      if (j < c.end && j > i + 1 && a.tokens[j].kind == TokenKind::kWord &&
          equals_folded(word(j - 1), "be") &&
          (is_determiner(word(j)) || (tense::classify(word(j)) == VerbClass::kNone &&
                                      !word(j).ends_with("ing") && !word(j).ends_with("ed")))) {
        v.found = true;
        v.token = j - 1;
        return v;
      }
      // "it was interesting": an adjective in -ing after a copula; the copula is the verb.
      const bool copula =
          vc == VerbClass::kBe ||
          (vc == VerbClass::kPastAux && (equals_folded(w, "was") || equals_folded(w, "were")));
      if (copula && j < c.end && a.tokens[j].kind == TokenKind::kWord && word(j).ends_with("ing") &&
          tense::is_ing_adjective(word(j))) {
        v.found = true;
        v.token = i;
        return v;
      }
      // "growth is expected to slow in 2023", "wages are forecast to rise": the
      // infinitive is the event, and it lies ahead.
      if (vc == VerbClass::kBe && j + 2 < c.end && a.tokens[j].kind == TokenKind::kWord &&
          is_expectation(word(j)) && equals_folded(word(j + 1), "to") &&
          a.tokens[j + 2].kind == TokenKind::kWord && word(j + 2)[0] >= 'a' &&
          word(j + 2)[0] <= 'z') {
        v.found = true;
        // "is projected to be worth $50 million by 2008": the copula would give way to
        // any verb nearby; the expectation is the trigger.
        v.token = equals_folded(word(j + 2), "be") ? j : j + 2;
        v.tense = Tense::kFuture;
        return v;
      }
      if (j < c.end && j < i + 5 && a.tokens[j].kind == TokenKind::kWord &&
          !(word(j)[0] >= 'A' && word(j)[0] <= 'Z') && !is_determiner(word(j))) {
        VerbClass nc = tense::classify(word(j));
        if (nc == VerbClass::kPast || nc == VerbClass::kParticiple || vc == VerbClass::kFuture ||
            vc == VerbClass::kModal || word(j).ends_with("ing") || word(j).ends_with("ed")) {
          v.found = true;
          v.token = j;
          return v;
        }
      }
      // "Today we have security treaties with 42 nations which recognize that our peace
      // and security are intertwined": "have" before a noun phrase or a number owns it and
      // is the verb, not a past form later in a relative clause ("have to act", "have,
      // in 2020, signed" and "have today signed" keep looking).
      // Not a perfect: no auxiliary between ("I've had several talks", "has been a
      // focus"), no verb in the two words after the noun's start ("Never has a human had",
      // "has neither recorded").
      auto perfect = [&] {
        for (uint32_t m = i + 1; m < j; ++m) {
          const VerbClass mc = tense::classify(word(m));
          if (mc != VerbClass::kNone || equals_folded(word(m), "been")) return true;
        }
        for (uint32_t m = j + 1; m < c.end && m <= j + 2; ++m) {
          if (a.tokens[m].kind != TokenKind::kWord) continue;
          const VerbClass mc = tense::classify_after(word(m - 1), word(m));
          if (mc == VerbClass::kPast || mc == VerbClass::kParticiple || mc == VerbClass::kPastAux ||
              mc == VerbClass::kHave)
            return true;
        }
        return false;
      };
      if (vc == VerbClass::kHave && j < c.end && j > i && !equals_folded(word(j - 1), "to") &&
          !(a.tokens[j].start >= time.start && a.tokens[j].end() <= time.end) && !perfect() &&
          noun_phrase_at(j)) {
        v.found = true;
        v.token = i;
        return v;
      }
      // An auxiliary with no verb of its own, a copula ("that's the reason why Allies
      // highlighted today", "I'm proud to report that today the rate fell"): a past
      // verb later in the clause is the event's, with its own tense.
      bool pronoun_between = false;  // "the choices we make today will": a clause of its own
      for (uint32_t k = j; k < c.end; ++k) {
        const Token& kt = a.tokens[k];
        if (kt.kind == TokenKind::kWord && is_subject_pronoun(word(k))) pronoun_between = true;
        // A comma and a subject open another clause: "for being here today, we're only
        // just getting started" dates "being".
        if (kt.kind == TokenKind::kPunct && word(k) == "," && k + 1 < c.end &&
            is_subject_pronoun(word(k + 1)))
          break;
        if (kt.kind != TokenKind::kWord) continue;
        if (kt.start >= time.start && kt.end() <= time.end) continue;
        WordKey kw = word(k);
        if (kw[0] >= 'A' && kw[0] <= 'Z') continue;
        if (tense::surely_no_verb(shapes, kt, kw)) continue;
        const VerbClass kc = tense::classify_after(word(k - 1), kw);
        // "The predictions are that in 26 years' time more than half will be regularly
        // flooded": a will-group later in the clause is the event's, ahead.
        if (kc == VerbClass::kFuture && !pronoun_between) {
          uint32_t m = k + 1;
          while (m < c.end && m < k + 5 && a.tokens[m].kind == TokenKind::kWord) {
            const WordKey mw = word(m);
            const VerbClass mc = tense::classify(mw);
            if (mc == VerbClass::kBe || equals_folded(mw, "be") || equals_folded(mw, "not") ||
                is_adverb_or_function(mw)) {
              ++m;
              continue;
            }
            break;
          }
          v.found = true;
          v.token = m < c.end && a.tokens[m].kind == TokenKind::kWord &&
                            a.tokens[m].has(kLowerInitial) && !is_determiner(word(m))
                        ? m
                        : k;
          v.tense = Tense::kFuture;
          return v;
        }
        if (kc != VerbClass::kPast) continue;
        // Not a participle after "the"/"a"/"been"/"be"/"being": an adjective or a passive
        // of the copula's own clause.
        WordKey before = word(k - 1);
        if (equals_folded(before, "the") || equals_folded(before, "a") ||
            equals_folded(before, "been") || equals_folded(before, "be") || before == "to")
          continue;  // (after "to": an infinitive, "the time to set the pathway")
        // "our role as an elected member", "our elected representatives": any other
        // determiner before it and a word after, an adjective.
        if (is_determiner(before) && k + 1 < c.end && a.tokens[k + 1].kind == TokenKind::kWord)
          continue;
        if (is_qualified_participle(a, c, k)) continue;

        v.found = true;
        v.token = k;
        v.tense = Tense::kPast;
        return v;
      }
      v.found = true;
      v.token = i;
      // "will be £201 million": the copula after the auxiliary is the verb.
      if (j > i + 1 && j - 1 < c.end && equals_folded(word(j - 1), "be")) v.token = j - 1;
      return v;
    }
    if (vc == VerbClass::kPast || vc == VerbClass::kParticiple) {
      v.found = true;
      v.token = i;
      if (!tense_set) v.tense = Tense::kPast;
      return v;
    }
    // "we decide", "they know", "we rightly look": a lower-case word after a subject
    // pronoun, or after a pronoun and one adverb (the cheap pronoun test first; the word
    // before is tested once for both)
    bool after_pronoun = false;
    if (lower && i > c.first && a.tokens[i - 1].kind == TokenKind::kWord) {
      after_pronoun = is_subject_pronoun(word(i - 1)) ||
                      (i >= c.first + 2 && a.tokens[i - 2].kind == TokenKind::kWord &&
                       is_subject_pronoun(word(i - 2)) && is_adverb_or_function(word(i - 1)));
    }
    if (after_pronoun && !is_adverb_or_function(w)) {
      v.found = true;
      v.token = i;
      if (!tense_set) v.tense = Tense::kPresent;
      // "we also plan to provide $100 million by this year's end": the infinitive, ahead.
      if (!tense_set && is_intention(w) && i + 2 < c.end &&
          a.tokens[i + 1].kind == TokenKind::kWord && equals_folded(word(i + 1), "to") &&
          a.tokens[i + 2].kind == TokenKind::kWord && a.tokens[i + 2].has(kLowerInitial) &&
          !is_determiner(word(i + 2)) &&
          !(a.tokens[i + 2].start >= time.start && a.tokens[i + 2].end() <= time.end)) {
        v.token = i + 2;
        v.tense = Tense::kFuture;
        v.intended = true;
      }
      return v;
    }
  }
  return v;
}

// The clause's trigger and tense: of its verb groups, the one nearest the time, with
// fewest commas and linking words ("when", "as", "that", "and") between them. The first
// is a frame as often as not: "You know, earlier this morning, I returned from Israel",
// "I believe 2016 will be the year", "That's why, tomorrow, I'm going to send"; "When I
// ran for office in 2016, I promised" keeps "ran". A first group that says nothing
// happens ("Let us", "I'd like to") stands for the clause.
// The closing comma of a parenthetical that holds token `tok` and opens with ", as"
// within four words of it ("as you pointed out", "as was referenced", "as I said"), or 0.
uint32_t as_parenthetical_end(const Analysis& a, const Clause& c, uint32_t tok) {
  const std::string_view text = a.doc.text;
  auto is_comma = [&](uint32_t k) {
    return a.tokens[k].kind == TokenKind::kPunct && text[a.tokens[k].start] == ',';
  };
  uint32_t open = tok;
  while (open > c.first && tok - open < 5 && !is_comma(open - 1)) --open;
  if (open == c.first || !is_comma(open - 1) || open >= c.end) return 0;
  const Token& as = a.tokens[open];
  if (!equals_folded(text.substr(as.start, as.length), "as")) return 0;
  for (uint32_t k = tok + 1; k < c.end && k - tok < 5; ++k) {
    if (is_comma(k)) return k;
  }
  return 0;
}

// The comma that closes an "As" clause opening clause `c` and holding token `tok`, with
// the time after it, or 0: "As it will be recalled, ... the League of Nations was
// established one century ago in January 1920" (how the clause is told, not what the
// time dates; "As we met in 2019, ..." has its time inside and keeps its verb).
uint32_t as_opening_end(const Analysis& a, const Clause& c, uint32_t tok, Span time) {
  const std::string_view text = a.doc.text;
  const Token& as = a.tokens[c.first];
  if (tok <= c.first || tok - c.first > 4 || as.kind != TokenKind::kWord ||
      !equals_folded(text.substr(as.start, as.length), "as"))
    return 0;
  for (uint32_t k = tok + 1; k < c.end && k - tok < 5; ++k) {
    const Token& t = a.tokens[k];
    if (t.start >= time.start) return 0;
    if (t.kind == TokenKind::kPunct && text[t.start] == ',') return k;
  }
  return 0;
}

// The verb of a clause inside the first one that holds the time: a relative or content
// clause ("the kind of military that cheated the opposition in 1978", "he said that the
// army attacked in 1978") or a participle right before it ("the process first used in
// 2006"). That verb, not the first one, is what the time dates.
Verb inner_verb(const Analysis& a, const Clause& c, Span time, const Verb& first) {
  Verb none;
  const std::string_view text = a.doc.text;
  if (a.tokens[first.token].end() > time.start) return none;
  uint32_t ti = first.token + 1;  // the time's first token
  while (ti < c.end && a.tokens[ti].start < time.start) ++ti;
  if (ti >= c.end) return none;
  auto word = [&](uint32_t k) { return token_text(text, a.tokens[k]); };
  uint32_t rel = 0;
  for (uint32_t k = first.token + 2; k < ti; ++k) {
    const WordKey w = word(k);
    if (a.tokens[k].kind == TokenKind::kWord &&
        (w == "that" || w == "which" || w == "who" || w == "whom") &&
        a.tokens[k - 1].kind == TokenKind::kWord)
      rel = k;
  }
  if (rel != 0) {
    // A purpose clause's verb under a modal of possibility is returned too: "we offered a
    // clause so that the law could be reviewed in eight months' time" says nothing happens
    // then. (Not a relative's: "a strategy that would end the mission by 2011" leaves the
    // announcing dated.)
    Verb v = first_verb(a, Clause{rel + 1, c.end}, time);
    if (v.found && a.tokens[v.token].end() <= time.start &&
        (!v.hypothetical || (word(rel) == "that" && word(rel - 1) == "so")))
      return v;
  }
  // A participle one or two words before the time, after a noun: "first used in 2006".
  const tense::VerbShapes& shapes = tense::verb_shapes();
  for (uint32_t k = ti >= 3 ? ti - 3 : 0; k < ti; ++k) {
    if (k <= first.token + 1 || a.tokens[k].kind != TokenKind::kWord) continue;
    const WordKey w = word(k);
    if (w.empty() || w[0] < 'a' || w[0] > 'z') continue;
    // (The verb table leaves four-letter words in -ed alone: "used", "owed".)
    const bool short_ed = w.size() == 4 && w.ends_with("ed");
    if (!short_ed) {
      if (tense::surely_no_verb(shapes, a.tokens[k], w)) continue;
      const tense::VerbClass vc = tense::classify_after(word(k - 1), w);
      if (vc != tense::VerbClass::kPast && vc != tense::VerbClass::kParticiple) continue;
    }
    bool only_prepositions = true;
    for (uint32_t j = k + 1; j < ti; ++j) {
      const WordKey x = word(j);
      only_prepositions &= x == "in" || x == "on" || x == "at" || x == "during";
    }
    const WordKey before = word(k - 1);
    const bool after_noun = a.tokens[k - 1].kind == TokenKind::kWord &&
                            !is_adverb_or_function(before) && !is_subject_pronoun(before) &&
                            tense::classify(before) == tense::VerbClass::kNone;
    const bool after_first = before == "first" || before == "last" || before == "recently";
    if (only_prepositions && ti - k <= 2 && (after_noun || after_first)) {
      Verb v;
      v.found = true;
      v.token = k;
      v.tense = Tense::kPast;
      return v;
    }
  }
  return none;
}

// Whether the verb at token `tok`, after the time, is that of a relative clause with a
// pronoun subject after a noun: "Nor is there time today to discuss every role I had".
// Such a verb says nothing of the time's clause.
bool relative_after_time(const Analysis& a, const Clause& c, Span time, uint32_t tok) {
  if (tok < c.first + 2 || a.tokens[tok - 2].start < time.end) return false;
  const std::string_view text = a.doc.text;
  auto word = [&](uint32_t i) { return token_text(text, a.tokens[i]); };
  // No comma between: ", if you recall" is a clause of its own, not a noun's.
  for (uint32_t i = tok - 2; i > c.first && a.tokens[i].start >= time.end; --i)
    if (a.tokens[i].kind == TokenKind::kPunct) return false;
  return a.tokens[tok - 1].kind == TokenKind::kWord && is_subject_pronoun(word(tok - 1)) &&
         a.tokens[tok - 2].kind == TokenKind::kWord && !is_adverb_or_function(word(tok - 2)) &&
         !is_cut_word(word(tok - 2)) && !is_subject_pronoun(word(tok - 2)) &&
         tense::classify(word(tok - 2)) == tense::VerbClass::kNone;
}

Verb main_verb(const Analysis& a, const Clause& c, Span time) {
  Verb best = first_verb(a, c, time);
  // A parenthetical ("..., as you pointed out, when I last spoke") dates nothing: the
  // clause's verb is after it.
  for (int n = 0; n < 2 && best.found && !best.hypothetical; ++n) {
    uint32_t close = as_parenthetical_end(a, c, best.token);
    if (close == 0) close = as_opening_end(a, c, best.token, time);
    if (close == 0 || close + 1 >= c.end) break;
    Clause after = c;
    after.first = close + 1;
    Verb v = first_verb(a, after, time);
    if (!v.found) break;
    best = v;
  }
  if (!best.found || best.hypothetical) return best;
  const std::string_view text = a.doc.text;
  if (Verb inner = inner_verb(a, c, time, best); inner.found) return inner;
  // Only a frame or a bare copula gives way: "When I ran for office in 2016, I promised"
  // and "the initiative we launched last year is important" keep their first verb.
  {
    const std::string_view w = text.substr(a.tokens[best.token].start, a.tokens[best.token].length);
    // The clitic "’s" after a pronoun is "is": "That’s why today I’m releasing".
    if (!tense::is_frame_or_be(w) && w != "'s" && w != "\xE2\x80\x99s") return best;
  }
  // "it’s an honor to celebrate your mom today", "It is my pleasure to address you
  // today": a framing noun's infinitive after the copula is the verb (time_verbs.tsv
  // frame rows "honor", "privilege", "pleasure").
  const std::string_view bw = text.substr(a.tokens[best.token].start, a.tokens[best.token].length);
  const bool copula =
      bw == "'s" || bw == "\xE2\x80\x99s" || tense::classify(bw) == tense::VerbClass::kBe;
  for (uint32_t k = best.token + 1; copula && k + 2 < c.end && k <= best.token + 4; ++k) {
    const Token& to = a.tokens[k + 1];
    const Token& inf = a.tokens[k + 2];
    if (inf.end() > time.start) break;
    if (a.tokens[k].kind != TokenKind::kWord || to.kind != TokenKind::kWord ||
        inf.kind != TokenKind::kWord || !inf.has(kLowerInitial) ||
        !equals_folded(text.substr(to.start, to.length), "to"))
      continue;
    const std::string_view iw = text.substr(inf.start, inf.length);
    if (is_determiner(iw) || opens_noun_phrase(iw) || is_adverb_or_function(iw)) continue;
    // The noun's own phrase: a determiner after the copula ("an honor", "my distinct
    // honor"; not "I don't want to start").
    bool phrase = false;
    for (uint32_t j = best.token + 1; j < k; ++j)
      phrase = phrase || (a.tokens[j].kind == TokenKind::kWord &&
                          is_determiner(text.substr(a.tokens[j].start, a.tokens[j].length)));
    if (!phrase) continue;
    const std::string_view noun = text.substr(a.tokens[k].start, a.tokens[k].length);
    if (!tense::is_frame_or_be(noun) || tense::classify(noun) != tense::VerbClass::kNone) continue;
    best.token = k + 2;
    return best;
  }
  // (separators between, bytes between), compared as a pair.
  auto is_sep = [&](const Token& x) {
    const std::string_view w = text.substr(x.start, x.length);
    return w == "," || (x.kind == TokenKind::kWord && is_cut_word(w));
  };
  auto distance = [&](uint32_t tok) {
    const Token& t = a.tokens[tok];
    uint64_t seps = 0;
    // Only the tokens between the verb and the time are read.
    if (t.end() <= time.start) {
      for (uint32_t k = tok + 1; k < c.end && a.tokens[k].end() <= time.start; ++k)
        seps += is_sep(a.tokens[k]);
    } else if (t.start >= time.end) {
      for (uint32_t k = tok; k-- > c.first && a.tokens[k].start >= time.end;)
        seps += is_sep(a.tokens[k]);
    }
    const uint64_t bytes = t.start >= time.end     ? t.start - time.end
                           : time.start >= t.end() ? time.start - t.end()
                                                   : 0;
    return (seps << 32) | bytes;
  };
  // The frame itself counts one separator farther: at equal distance the framed verb wins.
  uint64_t best_distance = distance(best.token) + (uint64_t{1} << 32);
  // A few groups at most: a run-on clause costs each time the same.
  constexpr int kMaxGroups = 6;
  Clause rest = c;
  for (int g = 1; g < kMaxGroups; ++g) {
    if (a.tokens[best.token].start >= time.end) break;  // past the time: farther on is farther
    rest.first = std::max(rest.first, best.token) + 1;
    if (rest.first >= rest.end) break;
    Verb v = first_verb(a, rest, time);
    if (!v.found) break;
    // The group nearest the time says nothing happens: "I'm sure if she were with us
    // today, she would offer" (not "am").
    if (v.hypothetical) {
      if (distance(v.token) < best_distance) return v;
      break;
    }
    if (relative_after_time(a, c, time, v.token)) {
      rest.first = v.token;  // the next group, if any
      continue;
    }
    const uint64_t d = distance(v.token);
    if (d >= best_distance) break;
    best = v;
    best_distance = d;
  }
  return best;
}

// Whether the clause holds a verb of imagining: "I want you to imagine the year 2030".
bool imagined(const Analysis& a, const Clause& c) {
  const tense::VerbShapes& shapes = tense::verb_shapes();
  // Most words are shorter than any verb of imagining: a length test skips them.
  const size_t min_length = tense::imagination_min_length();
  for (uint32_t i = c.first; i < c.end; ++i) {
    const Token& t = a.tokens[i];
    if (t.kind != TokenKind::kWord || t.length < min_length) continue;
    std::string_view w = std::string_view(a.doc.text).substr(t.start, t.length);
    if (!tense::surely_no_verb(shapes, t, w) && tense::is_imagination(w)) return true;
  }
  return false;
}

bool is_cut_word(std::string_view w) { return (word_lists().flags(w) & kCutWord) != 0; }

// Whether the time is the baseline of a comparison: "45 fewer than yesterday", "more
// cautious than it was last summer", "stronger than in 2014". Nothing is dated by it:
// "than" among the few words before the time.
bool compared(const Analysis& a, const Clause& c, Span time) {
  constexpr uint32_t kBefore = 4;
  // The first token that ends after the time's start: tokens do not overlap, so their
  // ends only grow and a binary search finds it (a clause is up to 128 tokens).
  const auto first_after = static_cast<uint32_t>(
      std::partition_point(a.tokens.begin() + c.first, a.tokens.begin() + c.end,
                           [&](const Token& t) { return t.end() <= time.start; }) -
      a.tokens.begin());
  for (uint32_t n = 0, k = first_after; k > c.first && n < kBefore; ++n) {
    const Token& t = a.tokens[--k];
    if (t.kind == TokenKind::kPunct) return false;
    if (equals_folded(std::string_view(a.doc.text).substr(t.start, t.length), "than")) {
      // "by no later than 2050" is a deadline, not a comparison's baseline.
      if (k > c.first) {
        const Token& p = a.tokens[k - 1];
        const std::string_view w = std::string_view(a.doc.text).substr(p.start, p.length);
        if (equals_folded(w, "later") || equals_folded(w, "earlier") || equals_folded(w, "sooner"))
          return false;
      }
      return true;
    }
  }
  return false;
}

std::string_view text_of(const Analysis& a, Span s) {
  return std::string_view(a.doc.text).substr(s.start, s.end - s.start);
}

// Whether a time's words count days ahead from the speech: "tomorrow", "tonight", "next
// week", "later this month", "the coming days".
bool names_days_ahead(std::string_view t) {
  for (std::string_view w : {"tomorrow", "Tomorrow", "tonight", "Tonight", "next", "Next", "later",
                             "Later", "coming", "upcoming"}) {
    const size_t at = t.find(w);
    if (at != std::string_view::npos && (at == 0 || t[at - 1] == ' ')) return true;
  }
  return false;
}

// Whether the calendar value `v` (a year, month, ISO week or day) starts after day `d`.
bool starts_after(std::string_view v, const Date& d) {
  auto num = [&](size_t at, size_t n, int* out) {
    if (v.size() < at + n) return false;
    int x = 0;
    for (size_t i = at; i < at + n; ++i) {
      if (v[i] < '0' || v[i] > '9') return false;
      x = x * 10 + (v[i] - '0');
    }
    *out = x;
    return true;
  };
  int year = 0;
  if (!num(0, 4, &year)) return false;
  if (year != d.year) return year > d.year;
  if (v.size() < 7 || v[4] != '-') return false;
  if (v[5] == 'W') {
    int week = 0;
    if (!num(6, 2, &week)) return false;
    const IsoWeek now = iso_week(d);
    return now.year == year && week > now.week;
  }
  int month = 0;
  if (!num(5, 2, &month)) return false;
  if (month != d.month) return month > d.month;
  int day = 0;
  if (v.size() < 10 || v[7] != '-' || !num(8, 2, &day)) return false;
  return day > d.day;
}

// Whether calendar value `v` (a year, month or day; a week counts as ahead) is not over by
// day `d`: a day after it, or a year or month that holds it or follows it.
bool reaches_ahead(std::string_view v, const std::optional<Date>& d) {
  if (!d) return false;
  if (v.size() >= 10) return starts_after(v, *d);
  if (v.size() != 4 && v.size() != 7) return true;  // weeks, quarters, seasons
  const std::string day = format_iso_date(*d);
  return v >= std::string_view(day).substr(0, v.size());
}

// Whether the capitalised name that ends with the word text[b, e) before a year says that
// it is a year: "Year of Assessment 2024", "Financial Year 2024", "Income Year 2024". Such
// a name is a year, and dates its clause as "in 2024" does. Walks back over at most four
// capitalised words and "of".
bool names_a_year(std::string_view text, uint32_t b, uint32_t e) {
  for (int words = 0; words < 4; ++words) {
    const std::string_view w = text.substr(b, e - b);
    if (w == "Year" || w == "YEAR") return true;
    if (!(w == "of" || (!w.empty() && w[0] >= 'A' && w[0] <= 'Z'))) return false;
    // The word before, over one space.
    if (b < 2 || text[b - 1] != ' ') return false;
    e = b - 1;
    b = e;
    while (b > 0 && std::isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
    if (b == e) return false;
  }
  return false;
}

// A year that is part of a name: "the 2030 Agenda", "the 2013 Fijian Constitution",
// "Vision 2040", "the Post-2015 Development Agenda". It dates the name, not a clause.
bool year_in_a_name(std::string_view text, const TimeExpr& t) {
  const std::string_view v = t.value;
  if (v.size() != 4 || t.span.size() != 4) return false;
  for (char c : v)
    if (c < '0' || c > '9') return false;
  // A capitalised word right after it: "2030 Agenda".
  if (t.span.end + 1 < text.size() && text[t.span.end] == ' ' && text[t.span.end + 1] >= 'A' &&
      text[t.span.end + 1] <= 'Z')
    return true;
  if (t.span.start == 0) return false;
  // "the Mutual Security Act of 1954", "the Warsaw Treaty of 1955": the year of a law or
  // treaty named before "of" (time_context.tsv kind `instrument`); "in October of 1939"
  // and "the Act was passed in 1954" keep it.
  if (t.span.start >= 5 && text.substr(t.span.start - 4, 4) == " of ") {
    const uint32_t we = t.span.start - 4;
    uint32_t wb = we;
    while (wb > 0 && we - wb < 16 && std::isalpha(static_cast<unsigned char>(text[wb - 1]))) --wb;
    if (wb < we && text[wb] >= 'A' && text[wb] <= 'Z' &&
        (wb == 0 || !std::isalpha(static_cast<unsigned char>(text[wb - 1])))) {
      char low[16];
      for (uint32_t i = wb; i < we; ++i)
        low[i - wb] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
      if (names_instrument(std::string_view(low, we - wb))) return true;
    }
  }
  // "Post-2015": glued to a word before it.
  if (text[t.span.start - 1] == '-' && t.span.start >= 2 &&
      std::isalpha(static_cast<unsigned char>(text[t.span.start - 2])))
    return true;
  // "Vision 2040": a capitalised word that is no function word before it, mid-sentence.
  if (text[t.span.start - 1] != ' ') return false;
  uint32_t e = t.span.start - 1, b = e;
  while (b > 0 && std::isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
  if (b == e || !(text[b] >= 'A' && text[b] <= 'Z')) return false;
  uint32_t p = b;  // the word must not open its sentence
  while (p > 0 && text[p - 1] == ' ') --p;
  if (p == 0 || text[p - 1] == '.' || text[p - 1] == '\n' || text[p - 1] == '"' ||
      text[p - 1] == '!' || text[p - 1] == '?' || text[p - 1] == ':')
    return false;
  static constexpr std::array<std::string_view, 12> kNotNames = {
      "In", "By", "Since", "Until", "From", "Before", "After", "During", "Of", "The", "And", "To"};
  const std::string_view w = text.substr(b, e - b);
  for (std::string_view n : kNotNames)
    if (w == n) return false;
  return !names_a_year(text, b, e);
}

// Whether time `t` is a date compared against, not when something happens: "up from 2.4%
// in 2016", "down by 0.7 percentage point from 2012", "compared with 2012", "than in
// 2012". Not a range ("from 2012 to 2015").
bool baseline_time(const Analysis& a, const TimeExpr& t) {
  if (t.sentence >= a.sentences.size()) return false;
  const std::vector<Token>& toks = a.tokens;
  const Sentence& sent = a.sentences[t.sentence];
  // The time's first token, searched in its sentence only.
  const auto first = toks.begin() + sent.first_token, last = toks.begin() + sent.end_token;
  auto it = std::lower_bound(first, last, t.span.start,
                             [](const Token& k, uint32_t start) { return k.start < start; });
  if (it == last || it->start != t.span.start) return false;
  const auto i = static_cast<uint32_t>(it - toks.begin());
  auto w = [&](uint32_t k) { return slice(a.doc.text, toks[k].span()); };
  auto is = [&](uint32_t k, std::initializer_list<std::string_view> list) {
    const std::string_view x = w(k);
    for (std::string_view y : list) {
      if (x.size() == y.size() && std::equal(x.begin(), x.end(), y.begin(), [](char p, char q) {
            return (p >= 'A' && p <= 'Z' ? static_cast<char>(p + 32) : p) == q;
          }))
        return true;
    }
    return false;
  };
  // A baseline needs "than", "with" or "to" (after "compared") or "from" among the eight
  // tokens before the time (the tests below look no farther back); most times have none,
  // told by a token's length and first letter, and skip the word tests.
  {
    bool cue = false;
    for (uint32_t k = i > sent.first_token + 8 ? i - 8 : sent.first_token; k < i && !cue; ++k) {
      const Token& x = toks[k];
      if (x.length != 2 && x.length != 4) continue;
      const char c = static_cast<char>(a.doc.text[x.start] | 0x20);
      cue = (c == 't' || c == 'w' || c == 'f') && is(k, {"than", "with", "to", "from"});
    }
    if (!cue) return false;
  }
  uint32_t after = i;
  while (after < sent.end_token && toks[after].start < t.span.end) ++after;
  if (after < sent.end_token && is(after, {"to", "until", "till", "through", "-", "\xE2\x80\x93"}))
    return false;
  uint32_t k = i;
  if (k > sent.first_token && is(k - 1, {"in", "at", "during"})) --k;
  // Not a deadline: "no later than 2050", "sooner than next year".
  if (k > sent.first_token && is(k - 1, {"than"}))
    return !(k - 1 > sent.first_token && is(k - 2, {"later", "earlier", "sooner"}));
  if (k >= sent.first_token + 2 && is(k - 1, {"with", "to"}) && is(k - 2, {"compared", "compare"}))
    return true;
  // "from", directly or after the figure: "from 2.4% in 2016", "from $3 billion in 2019".
  // Directly before the date, only after the amount of the change ("down by 0.7
  // percentage point from 2012"): "we grew from 2012" tells when the growing began.
  uint32_t f = k;
  auto amount = [&](uint32_t x) {
    return toks[x].kind == TokenKind::kNumber ||
           is(x, {"%", "cent", "percent", "point", "points", "million", "billion", "trillion"});
  };
  for (uint32_t steps = 0; f > sent.first_token && steps < 6; ++steps) {
    if (is(f - 1, {"from"})) {
      if (f == k && !(f >= sent.first_token + 2 && amount(f - 2))) return false;
      break;
    }
    const Token& x = toks[f - 1];
    if (x.kind != TokenKind::kNumber && x.kind != TokenKind::kSymbol &&
        !is(f - 1, {"%", "per", "cent", "percent", "percentage", "point", "points", "million",
                    "billion", "trillion", "a", "an", "$", "\xC2\xA3", "\xE2\x82\xAC"}))
      return false;
    --f;
  }
  if (f <= sent.first_token || !is(f - 1, {"from"})) return false;
  // A word of change shortly before "from": "up from", "fell by 2% from".
  for (uint32_t g = f - 1, steps = 0; g > sent.first_token && steps < 6; --g, ++steps) {
    if (tense::is_change(w(g - 1))) return true;
  }
  return false;
}

// The first lines of a document up to a blank line, its title block, which a transcript
// printed from a web
// page or a PDF repeats as a running header on every page ("9/24/24, 3:48 PM", "Remarks by
// the President ... | The White House").
struct HeadLines {
  static constexpr size_t kLines = 8;     // lines of the title block compared
  static constexpr size_t kMaxLen = 200;  // bytes: a longer line is text, no header
  std::array<std::string_view, kLines> lines{};
  size_t n = 0;
  uint32_t end = 0;  // where the block ends in the text
};

// The line of text that holds byte `at`, without its surrounding white space; empty when
// it is longer than HeadLines::kMaxLen.
// The line breaks are found with memrchr/memchr over at most kMaxLen + 1 bytes each way
// (a byte loop cost 1,800 instructions a time on paragraphs that are one line each).
std::string_view line_at(std::string_view text, uint32_t at) {
  constexpr size_t kMax = HeadLines::kMaxLen;
  const char* base = text.data();
  // The last break in [lo, at): the line starts after it, or at the text's start.
  const size_t lo = at > kMax ? at - kMax - 1 : 0;
  size_t b = 0;
  {
    const auto* nl = static_cast<const char*>(memrchr(base + lo, '\n', at - lo));
    const auto* cr = static_cast<const char*>(memrchr(base + lo, '\r', at - lo));
    const char* last = nl == nullptr ? cr : cr == nullptr ? nl : std::max(nl, cr);
    if (last != nullptr) {
      b = static_cast<size_t>(last - base) + 1;
    } else if (at > kMax) {
      return {};
    }
  }
  // The first break in [at, at + kMax]: the line ends there, or at the text's end.
  size_t e = text.size();
  {
    const size_t n = std::min(text.size() - at, kMax + 1);
    const auto* nl = static_cast<const char*>(memchr(base + at, '\n', n));
    const auto* cr = static_cast<const char*>(memchr(base + at, '\r', n));
    const char* first = nl == nullptr ? cr : cr == nullptr ? nl : std::min(nl, cr);
    if (first != nullptr) {
      e = static_cast<size_t>(first - base);
    } else if (text.size() - at > kMax) {
      return {};
    }
  }
  while (b < e && (text[b] == ' ' || text[b] == '\t')) ++b;
  while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t')) --e;
  return text.substr(b, e - b);
}

// line_at(doc.text, at) found through the document's line index: a binary search of the
// line starts instead of four scans of up to 201 bytes (memrchr and memchr, for \r and
// \n, each way). The line's bounds are the same breaks (the index starts a line after
// \n, \r\n and a lone \r), so the same limits give the same view: a break more than
// kMaxLen bytes before `at` or after it is not found. REQUIRES: `at` is no \r or \n
// (there line_at() sees the line before it: the time's first byte is a token's).
// `line` is the line of the last call (0 at first), updated: the times come in text
// order, so stepping forward from it costs the document's lines once in all.
std::string_view line_at_indexed(const Document& doc, uint32_t at, uint32_t& line) {
  constexpr size_t kMax = HeadLines::kMaxLen;
  const std::string_view text = doc.text;
  const LineIndex& lines = doc.lines;
  const uint32_t count = lines.line_count();
  uint32_t lo = 1;  // the last line that starts at or before `at`
  if (line >= 1 && line <= count && lines.line_start(line) <= at) {
    lo = line;
    while (lo < count && lines.line_start(lo + 1) <= at) ++lo;
  } else {
    for (uint32_t hi = count; lo < hi;) {
      const uint32_t mid = lo + (hi - lo + 1) / 2;
      if (lines.line_start(mid) <= at) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
  }
  line = lo;
  size_t b = lines.line_start(lo);
  size_t e = text.size();
  if (lo < lines.line_count()) {
    e = lines.line_start(lo + 1) - 1;                          // the break: \n or a lone \r
    if (text[e] == '\n' && e > b && text[e - 1] == '\r') --e;  // \r\n
  }
  if (at - b > kMax || e - at > kMax) return {};
  while (b < e && (text[b] == ' ' || text[b] == '\t')) ++b;
  while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t')) --e;
  return text.substr(b, e - b);
}

HeadLines head_lines(std::string_view text) {
  HeadLines h;
  size_t p = 0;
  while (h.n < HeadLines::kLines && p < text.size()) {
    size_t e = text.find_first_of("\r\n", p);
    if (e == std::string_view::npos) e = text.size();
    const std::string_view line = line_at(text, static_cast<uint32_t>(p));
    if (!line.empty()) {
      h.lines[h.n++] = line;
    } else if (h.n > 0 && e - p <= HeadLines::kMaxLen) {
      break;  // a blank line ends the block
    }
    p = e + 1;
  }
  h.end = static_cast<uint32_t>(std::min(p, text.size()));
  return h;
}

// Whether time `t` lies on a running header: a line after the title block that repeats
// one of its lines word for word. Such a time is when the page was printed or the speech
// given, no event's, though a sentence that runs over the page break holds it.
// `line_no` as line_at_indexed() takes its `line`.
bool on_running_header(const Analysis& a, const HeadLines& h, const TimeExpr& t,
                       uint32_t& line_no) {
  if (h.n == 0 || t.span.start < h.end) return false;
  const uint32_t at = t.span.start;
  const bool on_break =
      at < a.doc.text.size() && (a.doc.text[at] == '\n' || a.doc.text[at] == '\r');
  const std::string_view line = a.doc.lines.line_count() == 0 || on_break
                                    ? line_at(a.doc.text, at)
                                    : line_at_indexed(a.doc, at, line_no);
  if (line.empty()) return false;
  for (size_t i = 0; i < h.n; ++i) {
    if (h.lines[i] == line) return true;
    // Two lines of the block run together, "9/24/24, 3:48 PM Remarks by ...": the time in
    // the repeated part.
    const std::string_view head = h.lines[i];
    if (head.size() >= 8 && line.starts_with(head) && line[head.size()] == ' ' &&
        t.span.end <= static_cast<uint32_t>(line.data() - a.doc.text.data() + head.size()))
      return true;
  }
  return false;
}

bool dates_event(const Analysis& a, const TimeExpr& t) {
  if (t.type == TimeType::kDuration || t.type == TimeType::kSet) return false;
  if (!is_calendar_value(t.value)) return false;
  // The dateline and title date the document, not an event in it.
  if (a.doc.dateline && a.doc.dateline->overlaps(t.span)) return false;
  if (a.doc.title && a.doc.title->overlaps(t.span)) return false;
  // "Dr CHALMERS (Rankin—Treasurer) (12:26):": when a turn began, no event's time.
  if (a.doc.text.substr(t.span.end, 2) == "):") return false;
  if (year_in_a_name(a.doc.text, t)) return false;
  if (baseline_time(a, t)) return false;
  return t.sentence < a.sentences.size();
}

// Whether calendar value `fine` lies inside the coarser `coarse` and says more: "1971-09-21"
// in "1971", "1920-01" in the century "19", "1945-10" in "1945" (not "1945" after "1939").
bool narrows(std::string_view fine, std::string_view coarse) {
  return fine.size() > coarse.size() && fine.substr(0, coarse.size()) == coarse &&
         (fine[coarse.size()] == '-' || coarse.size() < 4);
}

// Whether span `later` follows span `first` of sentence `s` within five words and no
// colon: "one century ago in January 1920", "Two years ago, in the fall of 2022"; not
// "during the 2021 special enrollment period since it started in February" (another
// verb's time) nor "the 20th century: In the early 1900s".
bool close_after(const Analysis& a, const Sentence& s, Span first, Span later) {
  constexpr uint32_t kMaxWords = 5;
  uint32_t words = 0;
  for (uint32_t i = s.first_token; i < s.end_token; ++i) {
    const Token& t = a.tokens[i];
    if (t.start < first.end) continue;
    if (t.start >= later.start) break;
    if (t.kind == TokenKind::kWord && ++words > kMaxWords) return false;
    if (t.kind == TokenKind::kPunct && a.doc.text[t.start] == ':') return false;
  }
  return true;
}

// What a time is to the events, decided once per time (find_events' two passes and
// narrow() for each time's neighbours all ask): dates_event(), and then whether it lies
// on a running header.
enum Dating : uint8_t { kNoEvent, kDatesEvent, kOnHeader };

// Narrows clause `c` around time `ti` when other dating times share it: "So today, I can
// report that, as promised, the rest of our troops will come home by the end of the year"
// holds two events. The cut between two times is the last comma or linking word between
// them.
// `dating[tj]` is whether times[tj] dates an event (dates_event()).
Clause narrow(const Analysis& a, Clause c, uint32_t ti, std::span<const uint8_t> dating) {
  const std::string_view text = a.doc.text;
  auto word = [&](uint32_t i) { return token_text(text, a.tokens[i]); };
  const Span here = a.times[ti].span;
  const Span whole{a.tokens[c.first].start, a.tokens[c.end - 1].end()};
  auto cut_between = [&](uint32_t from_byte, uint32_t to_byte) -> uint32_t {
    uint32_t cut = UINT32_MAX;
    for (uint32_t i = c.first; i < c.end; ++i) {
      const Token& t = a.tokens[i];
      if (t.start < from_byte) continue;
      if (t.end() > to_byte) break;
      WordKey w = word(i);
      if (w == "," || (t.kind == TokenKind::kWord && is_cut_word(w))) cut = i;
    }
    return cut;
  };
  // Times are in text order: only those of the same sentence can share the clause, so
  // the loop stays linear in the document (a sentence has a bounded number of tokens).
  // The nearest few on either side: a clause holds no more, and a sentence of thousands
  // of times stays linear.
  constexpr uint32_t kNearTimes = 8;
  uint32_t lo = ti, hi = ti + 1;
  const uint32_t sentence = a.times[ti].sentence;
  while (lo > 0 && ti - lo < kNearTimes && a.times[lo - 1].sentence == sentence) --lo;
  while (hi < a.times.size() && hi - ti <= kNearTimes && a.times[hi].sentence == sentence) ++hi;
  for (uint32_t tj = lo; tj < hi; ++tj) {
    if (tj == ti || dating[tj] == kNoEvent) continue;
    const Span other = a.times[tj].span;
    if (!whole.contains(other) || a.times[tj].value == a.times[ti].value) continue;
    if (other.end <= here.start) {
      uint32_t cut = cut_between(other.end, here.start);
      if (cut != UINT32_MAX && cut + 1 > c.first) c.first = cut + 1;
    } else if (other.start >= here.end) {
      uint32_t cut = cut_between(here.end, other.start);
      if (cut != UINT32_MAX && cut < c.end) c.end = cut;
    }
  }
  while (c.first < c.end && a.tokens[c.first].kind == TokenKind::kPunct) ++c.first;
  return c;
}

// Starts clause `c` at the last clause of its own before the time: after a comma (and a
// linking "and", "but", "so", "yet") that a subject pronoun follows, or the time and then
// a subject pronoun (a comma between). "Before COVID-19 hit, 53 per cent trusted media, today it is
// only 33" dates "is", not "hit"; "The death was tragic, and I think of her family today" dates
// "think". A time before the comma keeps the clause ("When I ran in 2016, I promised").
Clause own_clause(const Analysis& a, Clause c, Span time) {
  const std::string_view text = a.doc.text;
  auto word = [&](uint32_t i) { return token_text(text, a.tokens[i]); };
  uint32_t first = c.first;
  for (uint32_t i = c.first; i + 1 < c.end && a.tokens[i].end() <= time.start; ++i) {
    if (a.tokens[i].kind != TokenKind::kPunct || word(i) != ",") continue;
    uint32_t j = i + 1;
    if (a.tokens[j].kind == TokenKind::kWord &&
        (equals_folded(word(j), "and") || equals_folded(word(j), "but") ||
         equals_folded(word(j), "so") || equals_folded(word(j), "yet")))
      ++j;
    if (j >= c.end) break;
    if (a.tokens[j].start >= time.start) {
      // The time right after the comma: its clause if a subject follows it.
      uint32_t k = j;
      while (k < c.end && a.tokens[k].start < time.end) ++k;
      if (k < c.end && word(k) == ",") ++k;  // "now, five years later, they've sold"
      if (a.tokens[j].start == time.start && k < c.end && is_subject_pronoun(word(k)))
        first = i + 1;
      break;
    }
    if (is_subject_pronoun(word(j))) first = j;
  }
  c.first = first;
  return c;
}

// Whether no time after times[ti] lies in sentence `next` (times are in text order).
bool no_time_in(const Analysis& a, uint32_t ti, uint32_t next) {
  for (uint32_t k = ti + 1; k < a.times.size(); ++k) {
    if (a.times[k].sentence >= next) return a.times[k].sentence != next;
  }
  return true;
}

// An event that the sentence after event `e` adds to the same day: "Today, I've approved
// several steps ... I've also signed an executive order", "We met today. We also agreed
// ...". The speaker (I or we) goes on with the same day's doings: the next sentence holds
// no time, opens with the pronoun of e's subject, "also" and a past verb ("We also
// signed", "I've also signed"; not "We have always believed"), and e is past and dated
// by a day.
std::optional<Event> carry(const Analysis& a, const Event& e) {
  if (e.tense != Tense::kPast) return std::nullopt;
  const TimeExpr& t = a.times[e.time];
  if (t.value.size() != 10 || !is_calendar_value(t.value)) return std::nullopt;
  const uint32_t next = e.sentence + 1;
  if (next >= a.sentences.size()) return std::nullopt;
  const Sentence& s = a.sentences[next];
  if (s.end_token < s.first_token + 3) return std::nullopt;
  const std::string_view text = a.doc.text;
  auto word = [&](uint32_t i) { return token_text(text, a.tokens[i]); };
  const WordKey first = word(s.first_token);
  const std::string_view pronoun = equals_folded(first, "i") ? "i" : "we";
  if (!equals_folded(first, pronoun)) return std::nullopt;
  // The same subject before e's trigger: a pronoun among the four words before it.
  const Sentence& es = a.sentences[e.sentence];
  bool same = false;
  for (uint32_t i = es.first_token; i < es.end_token && a.tokens[i].start < e.trigger.start; ++i) {
    if (a.tokens[i].start + 24 < e.trigger.start) continue;
    same = same || (a.tokens[i].kind == TokenKind::kWord && equals_folded(word(i), pronoun));
  }
  if (!same) return std::nullopt;
  const Token& last = a.tokens[s.end_token - 1];
  if (last.kind == TokenKind::kPunct && text[last.start] == '?') return std::nullopt;
  const Span start{a.tokens[s.first_token].start, a.tokens[s.first_token].start};
  const Clause c = clause_of(a, s, start);
  if (c.first != s.first_token || c.end <= c.first + 1) return std::nullopt;
  const Verb v = first_verb(a, c, start);
  if (!v.found || v.hypothetical || v.tense != Tense::kPast || v.token > c.first + 4)
    return std::nullopt;
  if (tense::is_frame_or_be(word(v.token))) return std::nullopt;
  // Only a perfect's auxiliary and "also" between the pronoun and the verb, and "also"
  // there: it adds the deed to the same day's. Without it the next sentence may tell
  // another time ("A few hours ago I spoke with him. I reaffirmed that ..." is no dated
  // event in the Obama gold, nor "I have asked the College" after "Earlier today I
  // commissioned" in the May gold).
  bool also = false;
  for (uint32_t i = c.first + 1; i < v.token; ++i) {
    const WordKey w = word(i);
    also = also || equals_folded(w, "also");
    const bool ok = equals_folded(w, "also") || equals_folded(w, "have") ||
                    equals_folded(w, "'ve") || equals_folded(w, "\xE2\x80\x99ve");
    if (!ok) return std::nullopt;
  }
  if (!also) return std::nullopt;
  Event out;
  out.sentence = next;
  out.span = Span{a.tokens[c.first].start, a.tokens[c.end - 1].end()};
  out.trigger = Span{a.tokens[v.token].start, a.tokens[v.token].end()};
  out.time = e.time;
  out.tense = Tense::kPast;
  return out;
}

}  // namespace

std::vector<Event> find_events(const Analysis& a) {
  // At most one event per time: reserving that bound touches no more memory than is used,
  // where growing by doubling left the abandoned buffers resident (peak memory).
  std::vector<Event> events;
  events.reserve(a.times.size());
  std::vector<Span> used;  // clauses of the current sentence that already have an event
  uint32_t used_sentence = UINT32_MAX;
  // Every mention in text order with its actor, so that each clause finds its actors by
  // binary search instead of a scan over all actors.
  struct Placed {
    Span span;
    uint32_t actor;
  };
  // Only a mention inside a sentence that holds a dating time can fall in a clause (a
  // clause lies in its time's sentence), so only those are placed: the sentences' token
  // ranges, in text order as the times are.
  ScratchVector<Span> dated;
  ScratchVector<uint32_t> dated_sentence;  // the sentence of each dated span
  dated.reserve(a.times.size());
  dated_sentence.reserve(a.times.size());
  uint32_t last_sentence = UINT32_MAX;
  const HeadLines heads = head_lines(a.doc.text);
  ScratchVector<uint8_t> dating(a.times.size(), kNoEvent);
  uint32_t header_line = 0;
  for (uint32_t ti = 0; ti < a.times.size(); ++ti) {
    const TimeExpr& t = a.times[ti];
    if (dates_event(a, t))
      dating[ti] = on_running_header(a, heads, t, header_line) ? kOnHeader : kDatesEvent;
  }
  for (uint32_t ti = 0; ti < a.times.size(); ++ti) {
    const TimeExpr& t = a.times[ti];
    if (t.sentence == last_sentence || dating[ti] != kDatesEvent) continue;
    last_sentence = t.sentence;
    const Sentence& s = a.sentences[t.sentence];
    if (s.first_token >= s.end_token) continue;
    dated.push_back(Span{a.tokens[s.first_token].start, a.tokens[s.end_token - 1].end()});
    dated_sentence.push_back(t.sentence);
    // The next sentence, when it holds no time, may take this one's day (carried()).
    if (const uint32_t next = t.sentence + 1;
        next < a.sentences.size() && no_time_in(a, ti, next) &&
        a.sentences[next].first_token < a.sentences[next].end_token) {
      const Sentence& n = a.sentences[next];
      dated.push_back(Span{a.tokens[n.first_token].start, a.tokens[n.end_token - 1].end()});
      dated_sentence.push_back(next);
      last_sentence = next;
    }
  }
  ScratchVector<Placed> mentions;
  if (!dated.empty()) {
    // At most every mention: reserved pages that are never written cost no memory.
    size_t mention_count = 0;
    for (const Actor& actor : a.actors) mention_count += actor.mentions.size();
    mentions.reserve(mention_count);
    // The dated span a mention can fall in is the last one that starts at or before it.
    // A mention lies in its own sentence, so that is the last dated span of a sentence up
    // to the mention's: dated_upto[s] counts the dated spans of sentences 0..s. The guess
    // is checked against the spans' starts, and a binary search decides when it fails,
    // so the result does not depend on it. (One search per mention of a long document
    // missed the cache at most of its steps: a third of the stage's time on 16 MB.)
    ScratchVector<uint32_t> dated_upto(a.sentences.size(), 0);
    {
      size_t next = 0;
      for (uint32_t count = 0; count < dated_sentence.size(); ++count) {
        for (; next < dated_sentence[count]; ++next) dated_upto[next] = count;
      }
      for (; next < dated_upto.size(); ++next) dated_upto[next] = static_cast<uint32_t>(dated_sentence.size());
    }
    const uint32_t n_dated = static_cast<uint32_t>(dated.size());
    for (uint32_t ai = 0; ai < a.actors.size(); ++ai) {
      for (const Mention& m : a.actors[ai].mentions) {
        const uint32_t off = m.span.start;
        uint32_t k = m.sentence < dated_upto.size() ? dated_upto[m.sentence] : 0;
        if ((k > 0 && dated[k - 1].start > off) || (k < n_dated && dated[k].start <= off)) {
          k = static_cast<uint32_t>(
              std::upper_bound(dated.begin(), dated.end(), off,
                               [](uint32_t o, const Span& r) { return o < r.start; }) -
              dated.begin());
        }
        if (k > 0 && dated[k - 1].contains(m.span)) mentions.push_back({m.span, ai});
      }
    }
  }
  std::sort(mentions.begin(), mentions.end(), [](const Placed& x, const Placed& y) {
    return x.span.start != y.span.start ? x.span.start < y.span.start : x.actor < y.actor;
  });
  for (uint32_t ti = 0; ti < a.times.size(); ++ti) {
    const TimeExpr& t = a.times[ti];
    if (dating[ti] != kDatesEvent) continue;
    const Sentence& s = a.sentences[t.sentence];
    // A question asserts nothing: "Can you comment on what happened this week?"
    if (s.end_token > s.first_token) {
      const Token& last = a.tokens[s.end_token - 1];
      if (last.kind == TokenKind::kPunct && a.doc.text[last.start] == '?') continue;
    }
    Clause c = clause_of(a, s, t.span);
    if (c.first >= c.end) continue;
    if (compared(a, c, t.span)) continue;
    c = narrow(a, c, ti, dating);
    if (c.first >= c.end) continue;
    // The verb is read in the time's own clause; the event keeps the whole clause (and
    // its actors) as before.
    Verb v = main_verb(a, own_clause(a, c, t.span), t.span);
    if (v.found && v.hypothetical) continue;
    if (imagined(a, c)) continue;
    if (!v.found) {
      // A time in a verbless fragment ("Today’s joint declaration" on its own line) takes
      // the verb of its whole sentence, one of ordinary length (a run-on sentence would
      // cost every time of it its length).
      constexpr uint32_t kMaxWholeTokens = 128;
      if (s.end_token - s.first_token > kMaxWholeTokens) continue;
      Clause whole{s.first_token, s.end_token};
      v = main_verb(a, whole, t.span);
      if (!v.found) continue;
      // Under could, may or would the sentence says nothing happens ("Some may say those
      // words describe the world not just in 1919"), unless the verb frames what does ("I
      // would note that they have spoken twice ... on December 13th").
      if (v.hypothetical && !tense::is_frame_or_be(text_of(a, a.tokens[v.token].span()))) continue;
      c = whole;
    }
    // "The Council decided to restart purchases as from 1 November", "we agreed to hold
    // elections in March": a past verb before "to" and a verb, with a date still to come
    // after it, dates the infinitive, which lies ahead.
    if (v.tense == Tense::kPast && a.doc.date && starts_after(t.value, *a.doc.date) &&
        v.token + 2 < c.end && a.tokens[v.token + 2].end() <= t.span.start &&
        a.tokens[v.token + 1].kind == TokenKind::kWord &&
        equals_folded(text_of(a, a.tokens[v.token + 1].span()), "to") &&
        a.tokens[v.token + 2].kind == TokenKind::kWord &&
        a.tokens[v.token + 2].has(kLowerInitial) &&
        !is_determiner(text_of(a, a.tokens[v.token + 2].span()))) {
      v.token += 2;
      v.tense = Tense::kFuture;
    }
    // "Today, they intend to export their hatred": a day not ahead, or a month or year
    // over before the speech, dates the intending ("by this year's end" does not).
    if (v.intended && !reaches_ahead(t.value, a.doc.date)) {
      v.token -= 2;
      v.tense = Tense::kPresent;
    }
    Span span{a.tokens[c.first].start, a.tokens[c.end - 1].end()};
    if (t.sentence != used_sentence) {
      used.clear();
      used_sentence = t.sentence;
    }
    const Span trigger{a.tokens[v.token].start, a.tokens[v.token].end()};
    // A later time that narrows the same event's date down dates it: "Fifty-three years
    // ago, on the 21st of September, 1971, a small Himalayan kingdom was admitted"
    // (1971-09-21, not 1971), "Twenty-five years later in October 1945, the United Nations
    // was established" (1945-10).
    if (!events.empty() && events.back().sentence == t.sentence &&
        (events.back().trigger == trigger || events.back().span == span) &&
        narrows(t.value, a.times[events.back().time].value) &&
        close_after(a, s, a.times[events.back().time].span, t.span)) {
      events.back().time = ti;
      continue;
    }
    if (std::any_of(used.begin(), used.end(), [&](Span u) { return u == span; })) continue;
    // One event per trigger: "fought in 1939 and in 1945" is one event, dated by its first
    // time.
    if (!events.empty() && events.back().sentence == t.sentence && events.back().trigger == trigger)
      continue;
    used.push_back(span);
    Event e;
    e.sentence = t.sentence;
    e.span = span;
    e.trigger = trigger;
    e.time = ti;
    e.tense = v.tense;
    // A present about a day to come is the future: "The President is speaking with him
    // tomorrow", "We are meeting them next week", "when we go to Washington next Friday"
    // (not "Ireland is seeking membership for the period 2027-2029": a year may date a
    // noun's period; only words that count days ahead do).
    if (e.tense == Tense::kPresent && a.doc.date && starts_after(t.value, *a.doc.date) &&
        names_days_ahead(text_of(a, t.span)))
      e.tense = Tense::kFuture;
    // Actors mentioned in the clause, in order of their first mention there.
    auto it = std::lower_bound(mentions.begin(), mentions.end(), span.start,
                               [](const Placed& m, uint32_t off) { return m.span.start < off; });
    for (; it != mentions.end() && it->span.start < span.end; ++it) {
      if (!span.contains(it->span)) continue;
      e.actors.add_unique(it->actor);
    }
    events.push_back(std::move(e));
  }
  // Events of a day carried to the next sentence, inserted in text order (no event of
  // their own sentence exists: it holds no time).
  std::vector<Event> carried;
  for (const Event& e : events) {
    if (!carried.empty() && carried.back().sentence == e.sentence + 1) continue;
    if (std::optional<Event> c = carry(a, e)) carried.push_back(std::move(*c));
  }
  if (!carried.empty()) {
    std::vector<Event> merged;
    merged.reserve(events.size() + carried.size());
    size_t k = 0;
    for (Event& c : carried) {
      while (k < events.size() && events[k].sentence < c.sentence)
        merged.push_back(std::move(events[k++]));
      // Actors mentioned in the clause.
      auto it = std::lower_bound(mentions.begin(), mentions.end(), c.span.start,
                                 [](const Placed& m, uint32_t off) { return m.span.start < off; });
      for (; it != mentions.end() && it->span.start < c.span.end; ++it) {
        if (c.span.contains(it->span)) c.actors.add_unique(it->actor);
      }
      merged.push_back(std::move(c));
    }
    while (k < events.size()) merged.push_back(std::move(events[k++]));
    events = std::move(merged);
  }
  return events;
}

}  // namespace speechscan
