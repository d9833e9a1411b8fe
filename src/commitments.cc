// Commitments: clause analysis over the sentences that hold a commitment cue.
//
// There is no parser. A sentence is first checked for a cue by hashing its word tokens
// (will, shall, 'll, pledge, committed, signed, commitment, ...); only sentences with a
// cue are analysed. For those, the words get classes from the lexicons
// (data/lexicon/words_*.tsv), each cue is expanded into a clause (subject to its left,
// verb group, object and condition to its right, a condition before the subject), and
// the subject decides whether the clause belongs to the speaker's side:
//   - a first-person subject (I, we, our troops, Prime Minister Maliki and I);
//   - a subject naming the speaker's country ("The UK and France") or a government body
//     ("the government", "The Treasury Department");
//   - an agentless passive with a verb of government action ("sanctions will be
//     imposed") or under the speaker's own decision ("I have decided most of the money
//     will be used to ...").
// The speaker's country is the country actor that the speech itself puts on its own
// side: named with "our"/"we" beside it, in the title line, or as the head of a
// will-clause subject ("the United States will"). Every choice above is data or a
// general rule; nothing is tuned to a particular speech.
#include "speechscan/commitments.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <deque>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "frozen.h"
#include "scratch.h"
#include "speechscan/analysis.h"
#include "speechscan/data.h"
#include "speechscan/sentences.h"
#include "speechscan/unicode.h"
#include "speechscan/verbs.h"
#include "table_writer.h"
#include "tables.h"
#include "word_key.h"

namespace speechscan {

const char* strength_name(Strength s) {
  switch (s) {
    case Strength::kFirm: return "firm";
    case Strength::kConditional: return "conditional";
    case Strength::kIntent: return "intent";
    case Strength::kAspirational: return "aspirational";
  }
  return "firm";
}
const char* polarity_name(Polarity p) {
  return p == Polarity::kNegative ? "negative" : "positive";
}

namespace {

// Word classes from the lexicons; a word may have several ("that", "so", "all").
enum WordBit : uint32_t {
  kSubjectPron = 1u << 0,
  kObjectPron = 1u << 1,
  kPossessive = 1u << 2,
  kFirstPerson = 1u << 3,
  kDemonstrative = 1u << 4,
  kRelative = 1u << 5,
  kExistential = 1u << 6,
  kAux = 1u << 7,
  kModal = 1u << 8,
  kDeterminer = 1u << 9,
  kPreposition = 1u << 10,
  kComplementizer = 1u << 11,
  kSubordinator = 1u << 12,
  kCoordinator = 1u << 13,
  kAdverb = 1u << 14,
  kNegation = 1u << 15,
  kParticle = 1u << 16,
  kOrdinal = 1u << 17,
  kGovBody = 1u << 18,
  kPunct = 1u << 19,
  kNumber = 1u << 20,
  kPossessiveS = 1u << 21,  // the 's of "Ukraine's"
  kDash = 1u << 22,         // – — - --
  kQuote = 1u << 23,        // “ ” " ‘ ’ '
  kBoundary = 1u << 24,     // ; : ( ) [ ] and sentence-final . ! ?
  kLyAdverb = 1u << 25,     // an unknown -ly word not after a determiner: "significantly"
  kOwnAgent = 1u << 26,     // a noun that acts for its owner's side: troops, government
  kHedge = 1u << 27,        // maybe, perhaps, probably: a will-clause it governs predicts
  kBelief = 1u << 28,       // hope, believe, confident: a will-clause after it is hoped for
  kState = 1u << 29,        // words_predicted_states.tsv: "we will be proud" predicts
  kPeriod = 1u << 30,       // words_periods.tsv: "this session", "next term"
  kMeans = 1u << 31,        // words_means.tsv: "by law", "by default" name no agent
};

// Bounds on the words one clause looks at, so that run-on text (no punctuation for
// pages) costs linear time: a clause's own region before its subject, and the clause.
constexpr uint32_t kMaxRegionWords = 80;
constexpr uint32_t kMaxClauseWords = 160;

// Adverb-like inside a verb group ("we will significantly reduce", "we firmly pledge").
constexpr uint32_t kAdverbish = kAdverb | kNegation | kLyAdverb;

enum class CueKind : uint8_t {
  kModal,
  kGoingTo,
  kVerbTo,
  kVerbObject,
  kAdjectiveTo,
  kInstrumentVerb,
  kInstrument,
  kNoun,
  kIntentVerb,
  kVerbToPresent,
  kAssurance,  // only makes a sentence worth analysing: reliance_at() reads the words
};

// Word lists are views into Lexicon::lists (or into the generated arrays).
struct Cue {
  std::span<const std::string_view> words;
  CueKind kind = CueKind::kModal;
  std::string_view modality;
  Strength strength = Strength::kFirm;
  std::string_view rule;
  std::string_view lemma;  // first word, the verb lemma for verb cues
};

struct ConditionCue {
  std::span<const std::string_view> words;
  bool clause = true;
  std::span<const std::string_view> not_before;
  // Kind "inverted": a condition only at the start of the sentence or after "and"/"but"
  // ("Should events take a turn for the worse, we will act").
  bool inverted = false;
  // Kind "relative": a condition only where the sentence opens (after a short phrase at
  // most), or right before one of these words anywhere ("where necessary"); elsewhere a
  // relative after a noun ("the places where we will build").
  bool relative = false;
  std::span<const std::string_view> anywhere_before;
};

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (pos <= s.size()) {
    size_t e = s.find(sep, pos);
    if (e == std::string_view::npos) e = s.size();
    if (e > pos) out.push_back(s.substr(pos, e - pos));
    pos = e + 1;
  }
  return out;
}

// Lower-cases ASCII and turns ’ into '; other bytes are copied. Returns false when the
// word does not fit `cap` bytes (such words are never cues).
bool fold_key(std::string_view in, char* out, size_t cap, size_t* len) {
  size_t n = 0;
  for (size_t i = 0; i < in.size(); ++i) {
    if (n + 1 > cap) return false;
    unsigned char c = static_cast<unsigned char>(in[i]);
    if (c == 0xE2 && i + 2 < in.size() && static_cast<unsigned char>(in[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(in[i + 2]) == 0x99 ||
         static_cast<unsigned char>(in[i + 2]) == 0x98)) {
      out[n++] = '\'';
      i += 2;
      continue;
    }
    out[n++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : static_cast<char>(c);
  }
  *len = n;
  return true;
}

// Storage for the folded keys that differ from the text's bytes, in a few large chunks
// (no allocation per word). Views into it stay valid as long as the arena.
class KeyArena {
 public:
  char* alloc(size_t n) {
    if (n > left_) {
      size_t cap = std::max<size_t>(n, kChunk);
      chunks_.push_back(std::unique_ptr<char[]>(new char[cap]));
      if (chunks_.size() == 1) first_cap_ = cap;
      next_ = chunks_.back().get();
      left_ = cap;
    }
    char* out = next_;
    next_ += n;
    left_ -= n;
    return out;
  }
  // Forgets every key handed out; keeps the first chunk for the next ones.
  void clear() {
    if (chunks_.empty()) return;
    if (chunks_.size() > 1) chunks_.resize(1);
    next_ = chunks_[0].get();
    left_ = first_cap_;
  }
  std::string_view copy(std::string_view s) {
    char* out = alloc(s.size());
    if (!s.empty()) std::memcpy(out, s.data(), s.size());
    return {out, s.size()};
  }

 private:
  static constexpr size_t kChunk = 16384;
  std::vector<std::unique_ptr<char[]>> chunks_;
  char* next_ = nullptr;
  size_t left_ = 0;
  size_t first_cap_ = 0;  // bytes of chunks_[0]
};

// The folded key of a word: ASCII lower case, ’ as ', other letters fully case-folded.
// A word that folding leaves alone (most of them) is its own key, a view of the text.
std::string_view fold_word(std::string_view in, KeyArena& arena) {
  // Eight bytes at a time (overlapping loads: a byte may be seen twice): any byte >= 0x80,
  // any ASCII capital (exact only while every byte is ASCII: no carry between bytes).
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  constexpr uint64_t kHigh = kOnes * 0x80;
  uint64_t all = 0, upper = 0;
  auto take = [&](uint64_t x) {
    all |= x;
    upper |= (x + kOnes * (0x80 - 'A')) & ~(x + kOnes * (0x80 - 'Z' - 1));
  };
  const char* p = in.data();
  const size_t n = in.size();
  if (n >= 8) {
    uint64_t x;
    for (size_t i = 0; i + 8 <= n; i += 8) {
      std::memcpy(&x, p + i, 8);
      take(x);
    }
    std::memcpy(&x, p + n - 8, 8);
    take(x);
  } else if (n >= 4) {
    uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + n - 4, 4);
    take(lo | uint64_t{hi} << 32);
  } else if (n > 0) {
    take(static_cast<unsigned char>(p[0]) | uint64_t{static_cast<unsigned char>(p[n / 2])} << 8 |
         uint64_t{static_cast<unsigned char>(p[n - 1])} << 16);
  }
  if (!(all & kHigh)) {
    if (!(upper & kHigh)) return in;
    char* out = arena.alloc(in.size());
    for (size_t i = 0; i < in.size(); ++i) {
      char c = in[i];
      out[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
    }
    return {out, in.size()};
  }
  char buf[96];
  size_t folded = 0;
  if (in.size() < sizeof buf && fold_key(in, buf, sizeof buf, &folded)) {
    std::string_view s(buf, folded);
    // Non-ASCII letters: full case folding (apostrophes are already ASCII).
    for (unsigned char c : s) {
      if (c >= 0x80) return arena.copy(unicode::fold_case(s));
    }
    return arena.copy(s);
  }
  return arena.copy(unicode::fold_case(in));
}

// Whether the sentence opens with "Will" or "Shall" after a bullet perhaps: "Will launch
// a programme", whose "we" a programme's list leaves out (see elided_we below).
bool opens_with_will(std::string_view text, const std::vector<Token>& tokens, uint32_t b,
                     uint32_t e) {
  uint32_t t = b;
  if (t < e && (tokens[t].kind == TokenKind::kPunct || tokens[t].kind == TokenKind::kSymbol)) ++t;
  if (t >= e || tokens[t].kind != TokenKind::kWord) return false;
  const std::string_view w = text.substr(tokens[t].start, tokens[t].end() - tokens[t].start);
  return w == "Will" || w == "Shall";
}

// ---------------------------------------------------------------------------------------
// The vocabulary: one open-addressing table from every word the lexicons name to what
// they say about it, so that a token costs one hash and one probe.

// Loads in native byte order: the table lives in one process.
uint64_t hash_key(std::string_view s) {
  const char* p = s.data();
  size_t n = s.size();
  uint64_t h = n;
  for (; n >= 8; n -= 8, p += 8) {
    uint64_t x;
    std::memcpy(&x, p, 8);
    h = (h ^ x) * 0x9E3779B97F4A7C15ull;
    h ^= h >> 29;
  }
  uint64_t x = 0;
  if (n >= 4) {  // two overlapping four-byte loads
    uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + n - 4, 4);
    x = lo | uint64_t{hi} << 32;
  } else if (n > 0) {
    x = static_cast<unsigned char>(p[0]) | uint64_t{static_cast<unsigned char>(p[n / 2])} << 8 |
        uint64_t{static_cast<unsigned char>(p[n - 1])} << 16;
  }
  h = (h ^ x) * 0x9E3779B97F4A7C15ull;
  return h ^ (h >> 29);
}

enum VocabFlag : uint16_t {
  kTrigger = 1u << 0,        // makes a sentence worth analysing
  kReportVerb = 1u << 1,     // words_reporting_verbs.tsv
  kDecideVerb = 1u << 2,     // ... of kind "decide"
  kPolicyVerb = 1u << 3,     // words_policy_verbs.tsv
  kDiscourseVerb = 1u << 4,  // words_discourse_verbs.tsv, not non-committal
  kNonCommittal = 1u << 5,   // words_discourse_verbs.tsv, non-committal
  // Set by Lexicon::add_screens(): a trigger whose every clause needs "to" as the next
  // word ("want to", "ready to", "commitment to", "going to").
  kNeedsTo = 1u << 6,
  kTellVerb = 1u << 7,    // words_reporting_verbs.tsv, kind "tell"
  kCountWord = 1u << 8,   // time_numbers.tsv, a cardinal of two or more: "four"
  kAssureVerb = 1u << 9,  // words_reporting_verbs.tsv, kind "assure" (also a tell verb)
};

struct WordInfo {
  uint32_t bits = 0;          // WordBit
  uint16_t flags = 0;         // VocabFlag
  std::string_view modal;     // 'll -> will (only with kModal)
  std::string_view aux;       // 're -> be (only with kAux)
  uint16_t cue_begin = 0, cue_count = 0;    // Lexicon::cue_ids: the cues this is a form of
  uint16_t cond_begin = 0, cond_count = 0;  // Lexicon::condition_ids: conditions it starts
};

// Equality of two keys, without a call for the short ones that most words are.
inline bool same_key(std::string_view a, std::string_view b) {
  const size_t n = a.size();
  if (n != b.size()) return false;
  if (n >= 4 && n <= 8) {
    uint32_t a0, a1, b0, b1;
    std::memcpy(&a0, a.data(), 4);
    std::memcpy(&a1, a.data() + n - 4, 4);
    std::memcpy(&b0, b.data(), 4);
    std::memcpy(&b1, b.data() + n - 4, 4);
    return ((a0 ^ b0) | (a1 ^ b1)) == 0;
  }
  if (n < 4) {
    // Bytes 0, n / 2 and n - 1 are every byte of a key of 1 to 3 bytes, as in hash_key():
    // no loop ("of", "we", "'s").
    if (n == 0) return true;
    return a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1];
  }
  return std::memcmp(a.data(), b.data(), n) == 0;
}

// Keys are views that outlive the table (embedded data, Lexicon::owned or the generated
// arrays).
class Vocabulary {
 public:
  Vocabulary() = default;
  // The table of generated arrays (see frozen.h).
  Vocabulary(std::span<const uint32_t> slots, std::span<const std::string_view> keys,
             std::span<const WordInfo> infos)
      : slots_(slots), keys_(keys), infos_(infos) {}

  // The index of `key`, inserted with an empty WordInfo when absent.
  size_t insert(std::string_view key) {
    if ((keys_.size() + 1) * 2 > slots_.size()) grow();
    size_t mask = slots_.size() - 1;
    for (size_t i = hash_key(key) & mask;; i = (i + 1) & mask) {
      uint32_t s = slots_[i];
      if (s == 0) {
        keys_.push_back(key);
        infos_.emplace_back();
        slots_.mut(i) = static_cast<uint32_t>(keys_.size());
        return keys_.size() - 1;
      }
      if (keys_[s - 1] == key) return s - 1;
    }
  }
  WordInfo& operator[](std::string_view key) { return infos_.mut(insert(key)); }
  const WordInfo* find(std::string_view key) const {
    size_t mask = slots_.size() - 1;
    for (size_t i = hash_key(key) & mask;; i = (i + 1) & mask) {
      uint32_t s = slots_[i];
      if (s == 0) return nullptr;
      if (same_key(keys_[s - 1], key)) return &infos_[s - 1];
    }
  }
  size_t size() const { return keys_.size(); }
  std::string_view key(size_t i) const { return keys_[i]; }
  WordInfo& info(size_t i) { return infos_.mut(i); }
  const WordInfo& info(size_t i) const { return infos_[i]; }
  std::span<const uint32_t> slots() const { return slots_.span(); }
  std::span<const std::string_view> keys() const { return keys_.span(); }
  std::span<const WordInfo> infos() const { return infos_.span(); }

 private:
  void grow() {
    if (slots_.empty()) {  // the lexicons hold some 650 words
      slots_.assign(2048, 0);
      keys_.reserve(1024);
      infos_.reserve(1024);
      return;
    }
    Frozen<uint32_t> slots;
    slots.assign(slots_.size() * 2, 0);
    size_t mask = slots.size() - 1;
    for (uint32_t k = 0; k < keys_.size(); ++k) {
      size_t i = hash_key(keys_[k]) & mask;
      while (slots[i] != 0) i = (i + 1) & mask;
      slots.mut(i) = k + 1;
    }
    slots_ = std::move(slots);
  }

  Frozen<uint32_t> slots_;  // index + 1 into keys_/infos_; 0 = empty; size a power of 2
  Frozen<std::string_view> keys_;
  Frozen<WordInfo> infos_;
};

// ---------------------------------------------------------------------------------------
// The compiled lexicons.

struct Lexicon {
  // Builds the tables from the embedded data files.
  void load_builtin();
  // Points the tables at the generated arrays instead (not in the generator's own
  // build, which has none yet).
  void load_generated();
  // The tables load_builtin() builds, as C++ source of constant arrays (the contents
  // of the generated commitment_tables.inc; see tables.h).
  std::string source() const;

  // Every word of the lexicons, every form of a cue's first word and every condition's
  // first word.
  Vocabulary vocab;
  Frozen<Cue> cues;
  Frozen<uint16_t> cue_ids;  // WordInfo::cue_begin/cue_count ranges, cue order
  Frozen<ConditionCue> conditions;
  Frozen<uint16_t> condition_ids;  // WordInfo::cond_begin/cond_count ranges
  // A necessary condition for a word without apostrophe to be a trigger, so that the
  // per-token check folds and hashes almost no word: bit filter_bit(n, head(w)) is set
  // for every trigger of n < kFilterLength bytes. head() ORs 0x20 into each of the first
  // four bytes, so that a word has the head of its lower-case key whatever its case.
  static constexpr size_t kFilterLength = 24;
  static constexpr int kFilterBits = 16;  // an 8 KiB table for some 300 triggers
  // The first min(n, 4) bytes at p, little-endian, each ORed with 0x20. `tail` says that
  // four bytes may be read at p whatever n is.
  static uint32_t head(const char* p, uint32_t n, bool tail) {
    uint32_t x = 0;
    if constexpr (std::endian::native == std::endian::little) {
      if (n >= 4 || tail) {
        std::memcpy(&x, p, 4);
        if (n < 4) x &= (uint32_t{1} << (8 * n)) - 1;
        return x | (0x20202020u & (n >= 4 ? ~0u : (uint32_t{1} << (8 * n)) - 1));
      }
    }
    for (uint32_t i = 0; i < n && i < 4; ++i) {
      x |= uint32_t{static_cast<unsigned char>(p[i]) | 0x20u} << (8 * i);
    }
    return x;
  }
  static uint32_t filter_bit(uint32_t n, uint32_t head4) {
    uint64_t h = (uint64_t{head4} | uint64_t{n} << 32) * 0x9E3779B97F4A7C15ull;
    return static_cast<uint32_t>(h >> (64 - kFilterBits));
  }
  static constexpr size_t kFilterWords = (size_t{1} << kFilterBits) / 64;
  Frozen<uint64_t> trigger_filter;  // kFilterWords of them
  // The vocabulary entries of the commonest punctuation (null when absent), set last.
  const WordInfo* comma_info = nullptr;
  const WordInfo* period_info = nullptr;
  std::deque<std::string> owned;                  // storage for generated keys
  std::deque<std::vector<std::string_view>> lists;  // storage for Cue::words etc.

  std::string_view own(std::string s) {
    owned.push_back(std::move(s));
    return owned.back();
  }
  std::span<const std::string_view> own_list(std::vector<std::string_view> l) {
    return lists.emplace_back(std::move(l));
  }
  const WordInfo* info(std::string_view key) const { return vocab.find(key); }
  bool has(std::string_view key, VocabFlag f) const {
    const WordInfo* w = vocab.find(key);
    return w != nullptr && (w->flags & f) != 0;
  }
  std::span<const uint16_t> cues_of(const WordInfo* w) const {
    if (w == nullptr) return {};
    return cue_ids.span().subspan(w->cue_begin, w->cue_count);
  }
  std::span<const uint16_t> conditions_of(const WordInfo* w) const {
    if (w == nullptr) return {};
    return condition_ids.span().subspan(w->cond_begin, w->cond_count);
  }
  // Whether clauses() can find a clause in tokens [b, e): the old cue test (some token's
  // fold_key() is a trigger) and some word that can open a clause where it stands (a
  // trigger not needing "to" next, or one followed by "to"). False means that the
  // sentence yields no clause, so skipping it changes nothing.
  bool may_have_clause(std::string_view text, const std::vector<Token>& tokens, uint32_t b,
                       uint32_t e) const;
  // Whether tokens [b, e) hold a word that can put a clause on the speaker's side without
  // an actor mention: a first-person word, a government body, or "be" (an agentless
  // passive). Without one, and without mentions, no clause of the sentence becomes a
  // draft or evidence. Conservative: true for any word that folds to non-ASCII.
  bool has_side_word(std::string_view text, const std::vector<Token>& tokens, uint32_t b,
                     uint32_t e) const;

  // The first kWord token in [t, e) that has an apostrophe or a non-ASCII byte, or whose
  // filter_bit() is set in `filter` (trigger_filter or side_filter); e when none.
  uint32_t next_candidate(std::string_view text, const Token* tokens, uint32_t t, uint32_t e,
                          const uint64_t* filter) const;

  // Derives kNeedsTo and side_filter from the tables above; called once by
  // load_builtin().
  void add_screens();
  // Sets what both loaders derive from the tables: head_mask, comma_info, period_info.
  void finish();
  // filter_bit() bits of the side words (see has_side_word), like trigger_filter.
  Frozen<uint64_t> side_filter;  // kFilterWords of them
  bool side_screen = true;  // false when some side word is too long for side_filter
  // head_mask[n]: the bytes of head() for a word of n < kFilterLength bytes (set by
  // both loaders). Data, not a
  // constant: with a constant table the compiler branches on n < 4, and word lengths
  // follow no pattern.
  std::array<uint32_t, kFilterLength> head_mask{};
};

uint32_t pronoun_bits(std::string_view kinds) {
  uint32_t b = 0;
  for (std::string_view k : split(kinds, ',')) {
    if (k == "subject") b |= kSubjectPron;
    else if (k == "object") b |= kObjectPron;
    else if (k == "possessive") b |= kPossessive;
    else if (k == "first") b |= kFirstPerson;
    else if (k == "demonstrative") b |= kDemonstrative;
    else if (k == "relative") b |= kRelative;
    else if (k == "existential") b |= kExistential;
  }
  return b;
}

// Inflected forms of a verb lemma that the lemmatiser maps back to it.
std::vector<std::string> verb_forms(std::string_view lemma) {
  std::string l(lemma);
  std::vector<std::string> cands = {l, l + "s", l + "es", l + "d", l + "ed", l + "ing"};
  if (!l.empty()) {
    char last = l.back();
    std::string stem = l.substr(0, l.size() - 1);
    cands.push_back(l + last + "ed");
    cands.push_back(l + last + "ing");
    if (last == 'e') cands.push_back(stem + "ing");
    if (last == 'y') {
      cands.push_back(stem + "ies");
      cands.push_back(stem + "ied");
    }
  }
  // Irregular forms: "undertook", "undertaken", "swore", "sworn".
  data::for_each_tsv_row(data::get("lexicon/verbs_irregular.tsv"), [&](auto f, int) {
    if (f.size() < 3 || f[0] != l) return;
    for (size_t k = 1; k < f.size(); ++k)
      for (std::string_view form : split(f[k], '|')) cands.emplace_back(form);
  });
  std::vector<std::string> out;
  for (std::string& c : cands) {
    VerbAnalysis a = analyze_verb(c);
    if (a.lemma == l && a.forms != 0 && std::find(out.begin(), out.end(), c) == out.end()) {
      out.push_back(std::move(c));
    }
  }
  if (std::find(out.begin(), out.end(), l) == out.end()) out.push_back(l);
  // Irregular past and participle forms ("undertook", "undertaken").
  return out;
}

CueKind cue_kind(std::string_view k) {
  if (k == "modal") return CueKind::kModal;
  if (k == "going-to") return CueKind::kGoingTo;
  if (k == "verb-to") return CueKind::kVerbTo;
  if (k == "verb-object") return CueKind::kVerbObject;
  if (k == "adjective-to") return CueKind::kAdjectiveTo;
  if (k == "instrument-verb") return CueKind::kInstrumentVerb;
  if (k == "instrument") return CueKind::kInstrument;
  if (k == "noun") return CueKind::kNoun;
  if (k == "intent-verb") return CueKind::kIntentVerb;
  if (k == "assurance") return CueKind::kAssurance;
  return CueKind::kVerbToPresent;
}

Strength strength_of(std::string_view s) {
  if (s == "intent") return Strength::kIntent;
  if (s == "aspirational") return Strength::kAspirational;
  if (s == "conditional") return Strength::kConditional;
  return Strength::kFirm;
}

bool is_verb_cue(CueKind k) {
  return k == CueKind::kVerbTo || k == CueKind::kVerbObject || k == CueKind::kInstrumentVerb ||
         k == CueKind::kVerbToPresent || k == CueKind::kIntentVerb;
}

void Lexicon::load_builtin() {
  trigger_filter.assign(kFilterWords, 0);
  side_filter.assign(kFilterWords, 0);
  auto add_bits = [&](std::string_view w, uint32_t b) { vocab[w].bits |= b; };
  data::for_each_tsv_row(data::get("lexicon/words_pronouns.tsv"), [&](auto f, int) {
    if (f.size() >= 2) add_bits(f[0], pronoun_bits(f[1]));
  });
  data::for_each_tsv_row(data::get("lexicon/words_auxiliaries.tsv"), [&](auto f, int) {
    if (f.size() < 2) return;
    add_bits(f[0], kAux);
    vocab[f[0]].aux = f[1];
  });
  data::for_each_tsv_row(data::get("lexicon/words_modals.tsv"), [&](auto f, int) {
    if (f.size() < 2) return;
    add_bits(f[0], kModal);
    vocab[f[0]].modal = f[1];
  });
  data::for_each_tsv_row(data::get("lexicon/words_determiners.tsv"), [&](auto f, int) {
    add_bits(f[0], kDeterminer);
  });
  data::for_each_tsv_row(data::get("lexicon/words_prepositions.tsv"), [&](auto f, int) {
    add_bits(f[0], kPreposition);
  });
  data::for_each_tsv_row(data::get("lexicon/words_subordinators.tsv"), [&](auto f, int) {
    if (f.size() < 2) return;
    if (f[1] == "complementizer") add_bits(f[0], kComplementizer);
    else if (f[1] == "coordinator") add_bits(f[0], kCoordinator);
    else add_bits(f[0], kSubordinator);
  });
  data::for_each_tsv_row(data::get("lexicon/words_adverbs.tsv"), [&](auto f, int) {
    if (f.size() < 2) return;
    if (f[1] == "negation") add_bits(f[0], kNegation);
    else if (f[1] == "particle") add_bits(f[0], kParticle);
    else if (f[1] == "ordinal") add_bits(f[0], kOrdinal);
    else if (f[1] == "hedge")
      add_bits(f[0], kAdverb | kHedge);
    else add_bits(f[0], kAdverb);
  });
  data::for_each_tsv_row(data::get("lexicon/words_predicted_states.tsv"),
                         [&](auto f, int) { add_bits(f[0], kState); });
  data::for_each_tsv_row(data::get("lexicon/words_beliefs.tsv"),
                         [&](auto f, int) { add_bits(f[0], kBelief); });
  data::for_each_tsv_row(data::get("lexicon/words_gov_bodies.tsv"), [&](auto f, int) {
    add_bits(f[0], kGovBody);
  });
  data::for_each_tsv_row(data::get("lexicon/words_periods.tsv"),
                         [&](auto f, int) { add_bits(f[0], kPeriod); });
  data::for_each_tsv_row(data::get("lexicon/words_means.tsv"),
                         [&](auto f, int) { add_bits(f[0], kMeans); });
  data::for_each_tsv_row(data::get("lexicon/words_own_agents.tsv"), [&](auto f, int) {
    add_bits(f[0], kOwnAgent);
  });
  // "committed itself to four principles": a number word is no verb after "to", and it
  // announces the items of a list.
  data::for_each_tsv_row(data::get("lexicon/time_numbers.tsv"), [&](auto f, int) {
    if (f.size() >= 3 && f[1] == "cardinal" && f[2] != "0" && f[2] != "1")
      vocab[f[0]].flags |= kCountWord;
  });
  data::for_each_tsv_row(data::get("lexicon/words_reporting_verbs.tsv"), [&](auto f, int) {
    if (f.size() < 2) return;
    vocab[f[0]].flags |= kReportVerb;
    if (f[1] == "decide") vocab[f[0]].flags |= kDecideVerb;
    if (f[1] == "tell") vocab[f[0]].flags |= kTellVerb;
    if (f[1] == "assure") vocab[f[0]].flags |= kTellVerb | kAssureVerb;
  });
  data::for_each_tsv_row(data::get("lexicon/words_policy_verbs.tsv"), [&](auto f, int) {
    vocab[f[0]].flags |= kPolicyVerb;
  });
  data::for_each_tsv_row(data::get("lexicon/words_discourse_verbs.tsv"), [&](auto f, int) {
    if (f.size() >= 2 && f[1] == "non-committal") vocab[f[0]].flags |= kNonCommittal;
    else vocab[f[0]].flags |= kDiscourseVerb;
  });
  // (vocabulary index, cue id) in cue order, grouped into cue_ids below.
  std::vector<std::pair<size_t, uint16_t>> cue_pairs;
  data::for_each_tsv_row(data::get("lexicon/commitment_cues.tsv"), [&](auto f, int) {
    if (f.size() < 5) return;
    Cue c;
    std::vector<std::string_view> words = split(f[0], ' ');
    if (words.empty()) return;
    c.words = own_list(std::move(words));
    c.kind = cue_kind(f[1]);
    c.modality = f[2] == "-" ? std::string_view() : f[2];
    c.strength = strength_of(f[3]);
    c.rule = f[4] == "-" ? std::string_view() : f[4];
    c.lemma = c.words[0];
    uint16_t id = static_cast<uint16_t>(cues.size());
    cues.push_back(c);
    std::vector<std::string> forms;
    if (is_verb_cue(c.kind)) {
      forms = verb_forms(c.lemma);
    } else if (c.kind == CueKind::kNoun || c.kind == CueKind::kInstrument) {
      forms = {std::string(c.lemma), std::string(c.lemma) + "s"};
    } else {
      forms = {std::string(c.lemma)};
    }
    for (std::string& form : forms) {
      size_t index = vocab.find(form) != nullptr ? vocab.insert(form) : vocab.insert(own(std::move(form)));
      cue_pairs.emplace_back(index, id);
      // Instruments and intent verbs only matter inside another cue's clause.
      if (c.kind != CueKind::kInstrument && c.kind != CueKind::kIntentVerb) {
        vocab.info(index).flags |= kTrigger;
      }
    }
  });
  for (size_t i = 0; i < vocab.size(); ++i) {
    WordInfo& w = vocab.info(i);
    if ((w.bits & kModal) && (w.modal == "will" || w.modal == "shall")) w.flags |= kTrigger;
    std::string_view t = vocab.key(i);
    if ((w.flags & kTrigger) && !t.empty() && t.size() < kFilterLength) {
      const uint32_t n = static_cast<uint32_t>(t.size());
      uint32_t bit = filter_bit(n, head(t.data(), n, false));
      trigger_filter.mut(bit / 64) |= uint64_t{1} << (bit % 64);
    }
  }
  std::vector<std::pair<size_t, uint16_t>> condition_pairs;
  data::for_each_tsv_row(data::get("lexicon/condition_cues.tsv"), [&](auto f, int) {
    ConditionCue c;
    std::vector<std::string_view> words = split(f[0], ' ');
    if (words.empty()) return;
    c.words = own_list(std::move(words));
    c.clause = f.size() < 2 || f[1] != "phrase";
    c.inverted = f.size() >= 2 && f[1] == "inverted";
    c.relative = f.size() >= 2 && f[1] == "relative";
    if (f.size() >= 3 && f[2] != "-") c.not_before = own_list(split(f[2], '|'));
    if (f.size() >= 4) c.anywhere_before = own_list(split(f[3], '|'));
    condition_pairs.emplace_back(vocab.insert(c.words[0]), static_cast<uint16_t>(conditions.size()));
    conditions.push_back(c);
  });
  // Group the ids by key, keeping their order within a key.
  auto group = [&](std::vector<std::pair<size_t, uint16_t>>& pairs, Frozen<uint16_t>& ids,
                   auto begin, auto count) {
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const auto& x, const auto& y) { return x.first < y.first; });
    ids.reserve(pairs.size());
    for (size_t i = 0; i < pairs.size();) {
      size_t index = pairs[i].first;
      WordInfo& w = vocab.info(index);
      w.*begin = static_cast<uint16_t>(ids.size());
      for (; i < pairs.size() && pairs[i].first == index; ++i) ids.push_back(pairs[i].second);
      w.*count = static_cast<uint16_t>(ids.size() - w.*begin);
    }
  };
  group(cue_pairs, cue_ids, &WordInfo::cue_begin, &WordInfo::cue_count);
  group(condition_pairs, condition_ids, &WordInfo::cond_begin, &WordInfo::cond_count);
  add_screens();
  finish();
}

// Nouns of what a speech presents, which after "this" make a will-clause of a government
// act the side's ("This Budget will cut taxes"): side words for the sentence screen.
constexpr std::array<std::string_view, 8> kPresentedInstruments = {
    "budget", "agreement", "deal", "plan", "bill", "legislation", "package", "programme"};

void Lexicon::add_screens() {
  constexpr uint32_t kSideBits = kFirstPerson | kGovBody;
  auto add_side = [&](std::string_view key) {
    if (key.empty() || key.size() >= kFilterLength) {
      side_screen = false;
      return;
    }
    const uint32_t n = static_cast<uint32_t>(key.size());
    uint32_t bit = filter_bit(n, head(key.data(), n, false));
    side_filter.mut(bit / 64) |= uint64_t{1} << (bit % 64);
  };
  add_side("be");
  for (std::string_view key : kPresentedInstruments) add_side(key);
  for (size_t i = 0; i < vocab.size(); ++i) {
    WordInfo& w = vocab.info(i);
    std::string_view key = vocab.key(i);
    if (w.bits & kSideBits) add_side(key);
    if (!(w.flags & kTrigger)) continue;
    // clauses(): a modal will/shall opens a clause whatever follows; so do verb-to,
    // verb-object and instrument-verb cues (objects, "that", "to you").
    if ((w.bits & kModal) && (w.modal == "will" || w.modal == "shall")) continue;
    bool needs_to = false;
    for (uint16_t id : cues_of(&w)) {
      const Cue& c = cues[id];
      if (c.kind == CueKind::kInstrument || c.kind == CueKind::kIntentVerb ||
          c.kind == CueKind::kModal || c.kind == CueKind::kAssurance)
        continue;
      bool to = (c.words.size() > 1 && c.words[1] == "to") || c.kind == CueKind::kNoun ||
                c.kind == CueKind::kAdjectiveTo || c.kind == CueKind::kGoingTo ||
                (c.kind == CueKind::kVerbToPresent && c.lemma != "pledge" &&
                 c.lemma != "promise" && c.lemma != "guarantee");
      if (!to) {
        needs_to = false;
        break;
      }
      needs_to = true;
    }
    if (needs_to) w.flags |= kNeedsTo;
  }
}

void Lexicon::finish() {
  for (size_t n = 0; n < head_mask.size(); ++n) {
    head_mask[n] = n >= 4 ? ~0u : (uint32_t{1} << (8 * n)) - 1;
  }
  comma_info = vocab.find(",");
  period_info = vocab.find(".");
}

std::string Lexicon::source() const {
  using tables::flag;
  using tables::num;
  using tables::num64;
  tables::TableWriter w("kCxBytes");
  // Every word list (cues' and conditions' words, conditions' not_before) in one array.
  std::vector<std::string_view> pool;
  std::vector<size_t> offsets;
  auto collect = [&](std::span<const std::string_view> l) {
    offsets.push_back(pool.size());
    pool.insert(pool.end(), l.begin(), l.end());
  };
  for (const Cue& c : cues) collect(c.words);
  for (const ConditionCue& c : conditions) {
    collect(c.words);
    collect(c.not_before);
    collect(c.anywhere_before);
  }
  w.array("std::string_view", "kCxLists", std::span<const std::string_view>(pool),
          [&](std::string_view x) { return w.view(x); });
  size_t next = 0;
  auto list = [&](std::span<const std::string_view> l) {
    const size_t off = offsets[next++];
    if (l.empty()) return std::string("{}");
    return "{kCxLists.data() + " + std::to_string(off) + ", " + std::to_string(l.size()) + "}";
  };
  w.array("Cue", "kCxCues", cues.span(), [&](const Cue& c) {
    return tables::fields({list(c.words), tables::enum_value("CueKind", c.kind), w.view(c.modality),
                           tables::enum_value("Strength", c.strength), w.view(c.rule),
                           w.view(c.lemma)});
  });
  w.array("ConditionCue", "kCxConditions", conditions.span(), [&](const ConditionCue& c) {
    return tables::fields({list(c.words), flag(c.clause), list(c.not_before), flag(c.inverted),
                           flag(c.relative), list(c.anywhere_before)});
  });
  auto u16 = [](uint16_t x) { return num(x); };
  w.array("uint16_t", "kCxCueIds", cue_ids.span(), u16);
  w.array("uint16_t", "kCxConditionIds", condition_ids.span(), u16);
  w.array("uint32_t", "kCxVocabSlots", vocab.slots(), [](uint32_t x) { return num(x); });
  w.array("std::string_view", "kCxVocabKeys", vocab.keys(), [&](std::string_view x) { return w.view(x); });
  w.array("WordInfo", "kCxVocabInfos", vocab.infos(), [&](const WordInfo& i) {
    return tables::fields({num(i.bits), num(i.flags), w.view(i.modal), w.view(i.aux),
                           num(i.cue_begin), num(i.cue_count), num(i.cond_begin),
                           num(i.cond_count)});
  });
  auto u64 = [](uint64_t x) { return num64(x); };
  w.array("uint64_t", "kCxTriggerFilter", trigger_filter.span(), u64);
  w.array("uint64_t", "kCxSideFilter", side_filter.span(), u64);
  w.constant("bool", "kCxSideScreen", flag(side_screen));
  return w.source(
      "// Generated by speechscan_gen_tables (src/gen/tables_main.cc) from data/lexicon/words_*.tsv,\n"
      "// commitment_cues.tsv and condition_cues.tsv, through the run-time loader\n"
      "// Lexicon::load_builtin() in src/commitments.cc; do not edit.\n");
}

#if !SPEECHSCAN_BOOTSTRAP_TABLES
#include "commitment_tables.inc"

void Lexicon::load_generated() {
  vocab = Vocabulary(kCxVocabSlots, kCxVocabKeys, kCxVocabInfos);
  cues = Frozen<Cue>(kCxCues);
  cue_ids = Frozen<uint16_t>(kCxCueIds);
  conditions = Frozen<ConditionCue>(kCxConditions);
  condition_ids = Frozen<uint16_t>(kCxConditionIds);
  trigger_filter = Frozen<uint64_t>(kCxTriggerFilter);
  side_filter = Frozen<uint64_t>(kCxSideFilter);
  side_screen = kCxSideScreen;
  finish();
}
#endif

// "to" in any case, or a word that might fold to it (non-ASCII).
inline bool may_be_to(std::string_view text, const Token& t) {
  if (t.has(kNonAscii)) return true;
  return t.length == 2 && (text[t.start] | 0x20) == 't' && (text[t.start + 1] | 0x20) == 'o';
}

// "of" in any case: "our goal of reaching".
inline bool may_be_of(std::string_view text, const Token& t) {
  return t.length == 2 && (text[t.start] | 0x20) == 'o' && (text[t.start + 1] | 0x20) == 'f';
}

// "in" and a gerund after an adjective cue: "we remain resolute in ensuring".
inline bool may_be_in(std::string_view text, const Token& t) {
  return t.length == 2 && (text[t.start] | 0x20) == 'i' && (text[t.start + 1] | 0x20) == 'n';
}

// "to" next, or after one word: "our commitment to", "our aim is to", "we are determined
// still to"; "of" or "in" next: "our goal of reaching", "resolute in ensuring" (a screen:
// clauses() reads the words).
inline bool to_follows(std::string_view text, const Token* tokens, uint32_t t, uint32_t e) {
  if (t + 1 >= e) return false;
  if (may_be_to(text, tokens[t + 1]) || may_be_of(text, tokens[t + 1]) ||
      may_be_in(text, tokens[t + 1]))
    return true;
  if (t + 2 < e && tokens[t + 1].kind == TokenKind::kWord && may_be_to(text, tokens[t + 2]))
    return true;
  // After a short as-phrase: "we are committed as a government to".
  if (tokens[t + 1].length == 2 && (text[tokens[t + 1].start] | 0x20) == 'a' &&
      (text[tokens[t + 1].start + 1] | 0x20) == 's') {
    for (uint32_t k = t + 2; k < e && k < t + 6; ++k)
      if (may_be_to(text, tokens[k])) return true;
    return false;
  }
  // After a parenthetical between commas: "we have committed, as a priority, to develop",
  // "New Zealand's intention, as a voice for small states, to campaign".
  if (text[tokens[t + 1].start] != ',') return false;
  for (uint32_t k = t + 2; k < e && k < t + 12; ++k) {
    if (tokens[k].kind == TokenKind::kPunct && text[tokens[k].start] == ',')
      return k + 1 < e && may_be_to(text, tokens[k + 1]);
  }
  return false;
}

bool has_non_ascii(std::string_view s) {
  for (unsigned char c : s) {
    if (c >= 0x80) return true;
  }
  return false;
}

uint32_t Lexicon::next_candidate(std::string_view text, const Token* tokens, uint32_t t,
                                uint32_t e, const uint64_t* filter) const {
  const char* p = text.data();
  const uint64_t over_read_end = text.size() >= 4 ? text.size() - 3 : 0;
  // Every token is hashed and tested with one branch: which tokens are words, and which
  // words pass a filter, follow no pattern the branch predictor could learn.
  auto candidate = [&](const Token& tok, bool tail) {
    const uint32_t word = tok.kind == TokenKind::kWord;
    // kNonAscii covers a non-ASCII first byte.
    const uint32_t special = (tok.flags & (kHasApostrophe | kNonAscii)) != 0;
    uint32_t len = tok.length;
    len = len < kFilterLength ? len : 0;  // no key has length 0
    uint32_t h;
    if (std::endian::native == std::endian::little && tail) {
      std::memcpy(&h, p + tok.start, 4);
      h = (h | 0x20202020u) & head_mask[len];
    } else {
      h = head(p + tok.start, len, false);
    }
    uint32_t bit = filter_bit(len, h);
    const uint32_t pass = static_cast<uint32_t>(filter[bit / 64] >> (bit % 64)) & (len != 0);
    return (word & (special | pass)) != 0;
  };
  // Tokens before `tail_end` may read four bytes at their start (only a document's last
  // tokens may not).
  uint32_t tail_end = e;
  while (tail_end > t && tokens[tail_end - 1].start >= over_read_end) --tail_end;
  for (; t < tail_end; ++t) {
    if (candidate(tokens[t], true)) return t;
  }
  for (; t < e; ++t) {
    if (candidate(tokens[t], false)) return t;
  }
  return e;
}

bool Lexicon::may_have_clause(std::string_view text, const std::vector<Token>& tokens,
                              uint32_t b, uint32_t e) const {
  char buf[48];
  const char* p = text.data();
  bool trigger = false;  // the old cue test: some token's fold_key() is a trigger
  bool opens = false;    // some word can open a clause where it stands
  // Numbers, URLs and e-mail addresses are never cue words: only kWord tokens are read.
  for (uint32_t t = b;; ++t) {
    t = next_candidate(text, tokens.data(), t, e, trigger_filter.data());
    if (t >= e) return false;
    const Token& tok = tokens[t];
    const uint32_t len = tok.end() - tok.start;
    std::string_view raw(p + tok.start, len);
    size_t n = 0;
    if (!(tok.flags & (kHasApostrophe | kNonAscii))) {
      // An ASCII word without an inner apostrophe has for key its bytes with A-Z lowered:
      // same length, same head(). It is its key in build_words() too, and the word after
      // it is token t + 1's. next_candidate() passed it for its filter bit, so it is
      // shorter than kFilterLength: lowered here, with none of fold_key()'s per-byte tests
      // for a ’ or the buffer's end.
      static_assert(kFilterLength <= sizeof buf);
      if (len < kFilterLength) {
        for (uint32_t i = 0; i < len; ++i) {
          const char c = raw[i];
          buf[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
        }
        n = len;
      } else {
        fold_key(raw, buf, sizeof buf, &n);
      }
      const WordInfo* w = info(std::string_view(buf, n));
      if (w == nullptr || !(w->flags & kTrigger)) continue;
      trigger = true;
      if (opens || !(w->flags & kNeedsTo) || to_follows(text, tokens.data(), t, e)) return true;
      continue;
    }
    // Others (’ll, non-ASCII letters) are folded and looked up.
    if (!fold_key(raw, buf, sizeof buf, &n)) {
      // Never a trigger; a word that Unicode folding may shorten could open a clause.
      opens |= tok.has(kNonAscii);
      if (trigger && opens) return true;
      continue;
    }
    std::string_view key(buf, n);
    // An ASCII word without apostrophe was a trigger only below kFilterLength.
    bool short_enough = (static_cast<unsigned char>(raw[0]) & 0x80u) ||
                        tok.has(kHasApostrophe) || len < kFilterLength;
    if (short_enough && (has(key, kTrigger) ||
                         (tok.has(kHasApostrophe) && (key == "won't" || key == "shan't")))) {
      trigger = true;
    }
    if (has_non_ascii(key)) {
      opens = true;  // build_words() folds it further: it might become a trigger
    } else if (tok.has(kHasApostrophe) && key.size() >= 4 && key.ends_with("n't")) {
      // build_words() splits it; a trigger before "n't" has no "to" next.
      const WordInfo* w = info(key.substr(0, key.size() - 3));
      opens |= w != nullptr && (w->flags & kTrigger) && !(w->flags & kNeedsTo);
    } else {
      const WordInfo* w = info(key);
      opens |= w != nullptr && (w->flags & kTrigger) &&
               (!(w->flags & kNeedsTo) || to_follows(text, tokens.data(), t, e));
    }
    if (trigger && opens) return true;
  }
}

bool Lexicon::has_side_word(std::string_view text, const std::vector<Token>& tokens,
                            uint32_t b, uint32_t e) const {
  if (!side_screen) return true;
  constexpr uint32_t kSideBits = kFirstPerson | kGovBody;
  auto side = [&](std::string_view key) {
    const WordInfo* w = info(key);
    return key == "be" || (w != nullptr && (w->bits & kSideBits)) ||
           std::find(kPresentedInstruments.begin(), kPresentedInstruments.end(), key) !=
               kPresentedInstruments.end();
  };
  char buf[48];
  const char* p = text.data();
  // Numbers, URLs and e-mail addresses are never side words: only kWord tokens are read.
  for (uint32_t t = b;; ++t) {
    t = next_candidate(text, tokens.data(), t, e, side_filter.data());
    if (t >= e) return false;
    const Token& tok = tokens[t];
    size_t n = 0;
    if (!fold_key(std::string_view(p + tok.start, tok.end() - tok.start), buf, sizeof buf, &n)) {
      if (tok.has(kNonAscii)) return true;
      continue;
    }
    std::string_view key(buf, n);
    if (has_non_ascii(key)) return true;
    if (tok.has(kHasApostrophe) && key.size() >= 4 && key.ends_with("n't")) {
      if (side(key.substr(0, key.size() - 3))) return true;
      continue;
    }
    if (side(key)) return true;
  }
}

enum class TurnLabel : uint8_t { kNone, kQuestioner, kSpeaker };

// Whether tokens [b, e) open with a speaker's label in a transcript: a journalist's ("Q:",
// "Q." or "Q" before a capitalised word, "QUESTION:", "Question:", "JOURNALIST:",
// "REPORTER:", "AUDIENCE MEMBER:") or another's ("MS PORTER:", "PRIME MINISTER:", "Dr
// CHALMERS (Rankin) (12:26):"): up to six capitalised words, periods and a parenthesis
// or two before a colon.
TurnLabel turn_label(std::string_view text, const std::vector<Token>& tokens, uint32_t b,
                     uint32_t e, uint32_t* colon = nullptr) {
  if (b >= e) return TurnLabel::kNone;
  auto word = [&](uint32_t k) { return WordKey(text.substr(tokens[k].start, tokens[k].length)); };
  auto questioner = [](WordKey w) {
    return w == "Q" || w == "QUESTION" || w == "Question" || w == "JOURNALIST" ||
           w == "Journalist" || w == "REPORTER" || w == "Reporter" || w == "AUDIENCE" ||
           w == "Audience";
  };
  // Most sentences open on a capitalised word and a lower-case one: no label (read
  // from the bytes, before any view is made).
  const char c0 = text[tokens[b].start];
  if (tokens[b].kind != TokenKind::kWord || c0 < 'A' || c0 > 'Z') return TurnLabel::kNone;
  if (b + 1 < e) {
    const char c1 = text[tokens[b + 1].start];
    if (c1 >= 'a' && c1 <= 'z') return TurnLabel::kNone;
  }
  const WordKey first = word(b);
  if (first == "Q" && b + 1 < e) {
    const WordKey n = word(b + 1);
    if (n == ":" || n == "." ||
        (tokens[b + 1].kind == TokenKind::kWord && n[0] >= 'A' && n[0] <= 'Z'))
      return TurnLabel::kQuestioner;
  }
  constexpr uint32_t kMaxLabelTokens = 16;
  uint32_t words = 0;
  int depth = 0;
  for (uint32_t k = b; k < e && k < b + kMaxLabelTokens; ++k) {
    const WordKey w = word(k);
    if (w == ":" && depth == 0) {
      if (words == 0) return TurnLabel::kNone;
      if (colon != nullptr) *colon = k;
      return questioner(first) ? TurnLabel::kQuestioner : TurnLabel::kSpeaker;
    }
    if (w == "(")
      ++depth;
    else if (w == ")")
      --depth;
    else if (depth > 0 || w == "." || w == "-")
      continue;
    else if (tokens[k].kind == TokenKind::kWord && w[0] >= 'A' && w[0] <= 'Z' && ++words <= 6)
      continue;
    else
      return TurnLabel::kNone;
  }
  return TurnLabel::kNone;
}

// Whether each sentence starts inside a quotation that an earlier sentence of its
// paragraph opened: “Dear Daddy, please take this to heaven. I don't want to play
// football until ...” and a letter read out ("she wrote. “I am not dependent ... I will
// pay my taxes ...”") are someone else's words. A quotation that opens a line (not
// after a colon) is the speaker's own statement as a press office prints it, as in
// own_quoted_paragraph(). Only double quotation marks count (’ is mostly an apostrophe);
// a blank line or a line that ends a sentence (. ? ! : or a closing quotation mark) ends
// every quotation, so a stray mark reaches no further than its paragraph. One pass over
// the text for the whole document: sentences are asked in text order. Outside a
// quotation the pass stops only at quotation marks: a line's end matters only inside one
// (it may close it), and where a mark opens one, its line's start and the line before
// are read back from the mark (stopping at every line's end cost more than the rest of
// the tracker: prose wrapped at 80 columns has a line end every 40 bytes or so).
class QuoteTracker {
 public:
  explicit QuoteTracker(std::string_view text) : text_(text) {}

  // REQUIRES: `to` at or after the previous call's.
  bool inside_at(size_t to) {
    to = std::min(to, text_.size());
    // Only line ends and quotation marks matter; memchr finds them (a byte loop over the
    // whole text cost 15 instructions a byte, more than the rest of the stage; memmem for
    // the three bytes of “ and ” cost more than stopping at every 0xE2 of a ’).
    while (true) {
      size_t p = std::min(next(dq_, '"'), next(e2_, '\xE2'));
      if (depth_ > 0) p = std::min(p, next(nl_, '\n'));
      if (p >= to) break;
      const char c = text_[p];
      if (c == '\n') {
        nl_ = kUnknown;
        const char last = last_on_line(p);
        if (last == 0 || ends_line(last)) depth_ = 0;
        line_start_ = p + 1;
      } else if (c == '"') {
        dq_ = kUnknown;
        const char before = p > 0 ? text_[p - 1] : ' ';
        const bool opens = before == ' ' || before == '\t' || before == '\n' || before == '\r' ||
                           before == '(' || before == '[';
        mark(p, opens ? 1 : -1);
      } else {
        e2_ = kUnknown;
        if (p + 2 < text_.size() && static_cast<unsigned char>(text_[p + 1]) == 0x80) {
          const auto c2 = static_cast<unsigned char>(text_[p + 2]);
          if (c2 == 0x9C) mark(p, 1);   // “
          if (c2 == 0x9D) mark(p, -1);  // ”
        }
      }
      pos_ = p + 1;
    }
    return depth_ > 0 && !own_;
  }

 private:
  static constexpr size_t kUnknown = static_cast<size_t>(-2);  // npos is "none left"
  static bool ends_line(char c) {
    return c == '.' || c == '?' || c == '!' || c == ':' || c == '"';
  }
  static bool blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }
  // The next byte `c` at or after pos_ (npos when none), found once.
  size_t next(size_t& cached, char c) {
    if (cached == kUnknown || cached < pos_) {
      const void* f = pos_ < text_.size()
                          ? std::memchr(text_.data() + pos_, c, text_.size() - pos_)
                          : nullptr;
      cached = f ? static_cast<size_t>(static_cast<const char*>(f) - text_.data())
                 : std::string_view::npos;
    }
    return cached;
  }
  // The last character of the line that ends at `nl` that is no white space ('"' for a
  // closing mark), 0 for a blank line.
  char last_on_line(size_t nl) const {
    size_t b = nl;
    while (b > line_start_ && blank(text_[b - 1])) --b;
    if (b == line_start_) return 0;
    if (b >= 3 && text_[b - 3] == '\xE2' && text_[b - 2] == '\x80' && text_[b - 1] == '\x9D')
      return '"';
    return text_[b - 1];
  }
  // Whether the last line with text before the one that starts at `line` ends with ':'
  // (white space and blank lines between are skipped back over).
  bool colon_before(size_t line) const {
    size_t b = line;
    while (b > 0 && (blank(text_[b - 1]) || text_[b - 1] == '\n')) --b;
    // b > 0 here means some byte of text before `line`'s line: a line with text ended.
    return b > 0 && b < line && text_[b - 1] == ':';
  }
  void mark(size_t at, int q) {
    if (q > 0) {
      if (depth_ == 0) {
        // Outside a quotation no line end was read: the mark's line starts after the
        // last one before it.
        const void* nl = at > 0 ? memrchr(text_.data(), '\n', at) : nullptr;
        line_start_ = nl != nullptr
                          ? static_cast<size_t>(static_cast<const char*>(nl) - text_.data()) + 1
                          : 0;
        size_t b = at;  // nothing but white space before the mark on its line
        while (b > line_start_ && (text_[b - 1] == ' ' || text_[b - 1] == '\t')) --b;
        own_ = b == line_start_ && !colon_before(line_start_);
      }
      depth_ = std::min(depth_ + 1, 3);
    } else {
      depth_ = std::max(depth_ - 1, 0);
    }
  }
  std::string_view text_;
  size_t pos_ = 0;         // bytes before it are read
  size_t line_start_ = 0;  // the first byte of the line being read (kept inside a quotation)
  size_t nl_ = kUnknown, dq_ = kUnknown, e2_ = kUnknown;  // the next '\n', '"', 0xE2
  int depth_ = 0;
  bool own_ = false;
};

// Whether the line holding byte `at` (a clause's modal or cue) lies in a quotation a transcript
// sets off by indenting it under a line that introduces someone's words, as Hansard prints them:
// "Nelson Mandela then went on to say:\n\n  The Government I have the honour to lead
// ... shall be the expansion of ...". The block's lines are indented by two or more
// spaces, the introducing line by two fewer at least, and it ends in a colon after a verb
// of saying among its last four words, not the speaker's own ("I further said:" quotes
// the speaker). Reads back at most 40 lines.
bool indented_quotation(std::string_view text, size_t at) {
  // memrchr, not a byte loop: a transcript prints a paragraph as one line, and the loop
  // read back through it for every clause (1 % of a run's instructions).
  auto line_start = [&](size_t p) -> size_t {
    const void* nl = p > 0 ? memrchr(text.data(), '\n', p) : nullptr;
    return nl != nullptr ? static_cast<size_t>(static_cast<const char*>(nl) - text.data()) + 1 : 0;
  };
  auto indent = [&](size_t b) {
    size_t k = b;
    while (k < text.size() && (text[k] == ' ' || text[k] == '\t')) ++k;
    return k - b;
  };
  size_t b = line_start(std::min(at, text.size()));
  const size_t q = indent(b);
  if (q < 2) return false;
  for (int lines = 0; b > 0 && lines < 40; ++lines) {
    const size_t e = b - 1;  // the '\n' that ends the line before
    b = line_start(e);
    const size_t in = indent(b);
    if (b + in >= e) continue;  // a blank line
    if (in + 2 > q) continue;   // a line of the block
    size_t end = e;
    while (end > b && (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\r'))
      --end;
    if (text[end - 1] != ':') return false;
    // The last four words before the colon, lower case.
    std::string_view words[5];
    int n = 0;
    size_t p = end - 1;
    while (n < 5 && p > b) {
      while (p > b && !std::isalpha(static_cast<unsigned char>(text[p - 1]))) --p;
      size_t w = p;
      while (w > b && std::isalpha(static_cast<unsigned char>(text[w - 1]))) --w;
      if (w == p) break;
      words[n++] = text.substr(w, p - w);
      p = w;
    }
    auto is = [](std::string_view w, std::string_view x) {
      if (w.size() != x.size()) return false;
      for (size_t k = 0; k < w.size(); ++k) {
        if ((w[k] | 0x20) != x[k]) return false;
      }
      return true;
    };
    for (int k = 0; k < n && k < 4; ++k) {
      bool say = false;
      for (std::string_view v : {"say", "says", "said", "writes", "wrote", "reported", "declared",
                                 "stated", "observed", "remarked", "added"})
        say |= is(words[k], v);
      if (!say) continue;
      for (int m = k + 1; m < n && m <= k + 2; ++m) {
        if (is(words[m], "i") || is(words[m], "we")) return false;
      }
      return true;
    }
    return false;
  }
  return false;
}

// A question commits no one: its last word that is not a quotation mark (kQuote) is "?".
// Read from the tokens, before any word is built (punctuation keeps its bytes as key;
// a word token never ends in "?").
bool ends_with_question(std::string_view text, const std::vector<Token>& tokens, uint32_t b,
                        uint32_t e) {
  for (uint32_t t = e; t-- > b;) {
    const Token& tok = tokens[t];
    if (tok.kind != TokenKind::kPunct && tok.kind != TokenKind::kSymbol &&
        tok.kind != TokenKind::kOther)
      return false;
    std::string_view raw = text.substr(tok.start, tok.end() - tok.start);
    if (raw == "\"" || raw == "'" || raw == "\xE2\x80\x9C" || raw == "\xE2\x80\x9D" ||
        raw == "\xE2\x80\x98" || raw == "\xE2\x80\x99")
      continue;
    return raw == "?";
  }
  return false;
}

// A question the transcript cuts off before its "?" (the hearers' answer, a dash): "Do we
// want to live in a country of chaos, fear, and hate —" / "AUDIENCE: Nooo —". Its first
// word (after "and", "so" or "but") is "do", "does" or "did" and a subject pronoun
// follows: English opens no statement so.
bool opens_as_question(std::string_view text, const std::vector<Token>& tokens, uint32_t b,
                       uint32_t e) {
  auto lower_is = [&](const Token& tok, std::string_view w) {
    if (tok.end() - tok.start != w.size()) return false;
    for (size_t k = 0; k < w.size(); ++k) {
      if ((text[tok.start + k] | 0x20) != w[k]) return false;
    }
    return true;
  };
  uint32_t t = b;
  while (t < e && tokens[t].kind != TokenKind::kWord) ++t;
  if (t < e &&
      (lower_is(tokens[t], "and") || lower_is(tokens[t], "so") || lower_is(tokens[t], "but")))
    ++t;
  while (t < e && tokens[t].kind == TokenKind::kPunct) ++t;
  if (t + 1 >= e) return false;
  if (!lower_is(tokens[t], "do") && !lower_is(tokens[t], "does") && !lower_is(tokens[t], "did"))
    return false;
  const Token& p = tokens[t + 1];
  return lower_is(p, "we") || lower_is(p, "you") || lower_is(p, "they") || lower_is(p, "i");
}

// ---------------------------------------------------------------------------------------
// Per-sentence analysis.

// A time before the document's date, or PAST_REF: it dates something else in the clause
// ("enterprises previously granted relief", "the 2019 Agreement"), never the undertaking.
bool is_past_time(const TimeExpr& t, const std::optional<Date>& date);

struct Word {
  Span span;
  WordKey key;                     // folded, apostrophes as ': text, a literal or KeyArena
  const WordInfo* info = nullptr;  // the key's vocabulary entry, if any
  uint32_t bits = 0;
  bool upper = false;  // starts with a capital letter
  int8_t quote = 0;    // +1 an opening quotation mark, -1 a closing one

  // kModal and kAux come only from `info` (punctuation keeps none of its entry's bits).
  WordKey modal() const { return (bits & kModal) ? info->modal : std::string_view(); }
  WordKey aux() const { return (bits & kAux) ? info->aux : std::string_view(); }
};

struct MentionRef {
  Span span;
  uint32_t actor = 0;
};

// The subject of a clause, as found left of its verb group.
struct Subject {
  bool found = false;
  uint32_t begin = 0, end = 0;  // word range
  uint32_t head_end = 0;        // words before the first preposition outside a name
  bool relative = false;        // "which will", "the nation that we will build"
  bool subordinate = false;     // "how X will", "if we will"
};

// One clause built around a cue, before the speaker's side is decided.
struct Clause {
  uint16_t cue = 0;
  uint32_t cue_word = 0;         // the cue word
  uint32_t group_begin = 0;      // first word of the verb group (aux or modal)
  uint32_t verb = 0;             // the main verb (word index); == cue for noun cues
  uint32_t object_begin = 0;     // first word after the verb (and particle)
  uint32_t end = 0;              // one past the clause's last word
  Subject subject;
  bool passive = false;
  bool negative = false;
  bool negation_cancelled = false;  // "will not hesitate to act": positive
  bool readiness = false;           // "we will be ready to act": at most intent (the guide)
  bool that_complement = false;  // cue verb followed by a that-clause
  bool has_action = false;
  std::string action;
  WordKey modality;  // a literal or lexicon data
  WordKey rule;
  WordKey act() const { return std::string_view(action); }
  Strength strength = Strength::kFirm;
  bool nominal_possessive_first = false;  // "our commitment"
  int nominal_possessor = -1;             // word index of "UK" in "the UK's commitment"
  bool possessor_is_subject = false;      // "The UK reaffirms its commitment": no 's
  uint32_t begin_word = 0;                // first word of the span
  // The subject where find_subject() would not look: after the modal ("Never will we")
  // or before a relative clause ("We who believe ... will"); begin_word starts the span.
  uint32_t explicit_subject = UINT32_MAX;
  // One past the clause's last word at most: an item of a bulleted list ends at the next
  // bullet, whatever punctuation it has.
  uint32_t end_limit = UINT32_MAX;
  // The colon right after the modal of "The Government will: - create ...; - cut ...".
  uint32_t list_colon = UINT32_MAX;
  // The words reported as the committer when they are not the subject: "us" in "You can
  // count on us" (an assurance, reliance_at()).
  uint32_t actor_begin = UINT32_MAX;
  uint32_t actor_end = UINT32_MAX;
  // "We can balance the budget—and we will.": the verb is the clause's before the modal,
  // and the span runs to the sentence's end (elliptical_verb()).
  bool elliptical = false;
};

struct Evidence {
  uint32_t actor;
  uint32_t position;
  int weight;
};

// The words of the sentence being analysed and their verb analyses (made on first use).
// One set of buffers serves every sentence of a document in turn, so that its size is
// that of the longest sentence, not of the document: build_words() refills it, which
// invalidates the SentenceAnalyzer of the previous sentence.
// The words of one sentence: storage reused across sentences that only grows, sized by
// build_words() for two words a token before it fills it, so that adding a word is a
// store, with no capacity check and no call (std::vector::emplace_back stayed a call per
// word: 27 instructions of the ~200 a word cost).
class WordArray {
 public:
  // Empties the array, with room for `max_words`.
  void reset(size_t max_words) {
    if (max_words > capacity_) {
      capacity_ = std::max(max_words, 2 * capacity_);
      data_ = std::make_unique<Word[]>(capacity_);
    }
    size_ = 0;
  }
  // REQUIRES: fewer than reset()'s `max_words` added since.
  Word& add() {
    Word& w = data_[size_++];
    w = Word();
    return w;
  }
  size_t size() const { return size_; }
  const Word& operator[](size_t i) const { return data_[i]; }
  std::span<const Word> view() const { return {data_.get(), size_}; }

 private:
  std::unique_ptr<Word[]> data_;
  size_t size_ = 0;
  size_t capacity_ = 0;
};

struct WordBuffers {
  WordArray words;
  bool quotes = false;              // some word is a quotation mark (Word::quote != 0)
  std::vector<uint32_t> verb_of;    // per word: index + 1 into verbs, 0 = not analysed yet
  std::vector<VerbAnalysis> verbs;  // capacity >= words.size(): references stay valid
  KeyArena keys;
};

// Replaces the contents of `out` with the words of tokens [tb, te) (see below).
void build_words(const Lexicon& lex, const Analysis& a, uint32_t tb, uint32_t te, WordBuffers& out);

class SentenceAnalyzer {
 public:
  // The sentence's words are those in `buffers` (filled by build_words); `mentions` and
  // `times` are the sentence's own, in text order (indices into Analysis::actors and
  // Analysis::times). All must outlive the analyzer, with `buffers` not refilled.
  SentenceAnalyzer(const Lexicon& lex, const Analysis& a, WordBuffers& buffers,
                   std::span<const MentionRef> mentions, std::span<const TimeExpr> times)
      : lex_(lex),
        a_(a),
        mentions_(mentions),
        times_(times),
        words_(buffers.words.view()),
        verb_of_(buffers.verb_of.data()),
        verbs_(buffers.verbs),
        quotes_(buffers.quotes) {}

  const VerbAnalysis& verb(uint32_t i) const {
    if (verb_of_[i] == 0) {
      // No reallocation: build_words reserved one analysis per word.
      verbs_.push_back(analyze_verb(words_[i].key));
      verb_of_[i] = static_cast<uint32_t>(verbs_.size());
    }
    return verbs_[verb_of_[i] - 1];
  }

  std::span<const TimeExpr> times() const { return times_; }

  std::span<const Word> words() const { return words_; }

  // The clauses of the sentence, into `out` (cleared first; a buffer reused across
  // sentences).
  void clauses(std::vector<Clause>& out);

  // Helpers used by the finder after clause building.
  bool word_is(uint32_t i, std::string_view key) const {
    return i < words_.size() && words_[i].key == key;
  }
  // The actors of the mentions inside s that `keep` accepts, each once, in text order.
  template <typename Keep = bool (*)(const MentionRef&)>
  std::vector<uint32_t> actors_in(
      Span s, Keep keep = [](const MentionRef&) { return true; }) const {
    std::vector<uint32_t> out;
    auto it =
        std::lower_bound(mentions_.begin(), mentions_.end(), s.start,
                         [](const MentionRef& m, uint32_t off) { return m.span.start < off; });
    for (; it != mentions_.end() && it->span.start < s.end; ++it) {
      if (it->span.end <= s.end && keep(*it) &&
          std::find(out.begin(), out.end(), it->actor) == out.end())
        out.push_back(it->actor);
    }
    return out;
  }
  // The actors named in a subject's head, less those that only qualify a population noun.
  std::vector<uint32_t> head_actors(const Subject& s) const;
  bool names_people(const MentionRef& m) const;
  bool in_subclause(uint32_t verb, uint32_t byte) const;
  const MentionRef* mention_containing(Span s) const;
  std::optional<Span> condition_before(const Clause& c) const;
  std::optional<Span> condition_after(const Clause& c, uint32_t* cond_word) const;
  uint32_t region_begin(const Clause& c) const;
  bool decided_before(uint32_t word) const;
  bool participle_joined(uint32_t v, bool policy) const;
  bool decision_complement(uint32_t subject) const;
  bool assured_complement(uint32_t subject) const;
  bool nominal_complement(uint32_t subject, Strength* strength) const;
  uint32_t after_marker(uint32_t i) const;
  // "we will continue to see strong growth": an aspectual verb over a non-committal one.
  bool continues_non_committal(const Clause& c) const {
    if (c.act() != "continue" && c.act() != "keep") return false;
    uint32_t k = c.verb + 1;
    if (word_is(k, "to") || word_is(k, "on")) ++k;
    return k < words_.size() && verb_like(k) && lex_.has(verb(k).lemma, kNonCommittal);
  }
  bool list_item_start(uint32_t* marker_end) const;
  uint32_t continued_item_verb(bool gerund) const;
  uint32_t ordinal_item_verb() const;
  bool announces_items(const Clause& c) const;
  // "the Government will implement a series of actions which include:" at a line's end,
  // before the sentence's end or its first numbered item ("1. Utilisation of ...").
  bool ends_at_line_colon(const Clause& c) const {
    const auto n = static_cast<uint32_t>(words_.size());
    for (uint32_t k = c.verb + 1; k < n && k < c.verb + kMaxClauseWords; ++k) {
      if (words_[k].key != ":") continue;
      const bool last = k + 1 == n;
      const bool numbered = k + 2 < n && (words_[k + 1].bits & kNumber) &&
                            words_[k + 1].key == "1" && words_[k + 2].key == ".";
      if (!last && !numbered && !bullet_at(k + 1)) return false;
      const std::string_view text = a_.doc.text;
      for (uint32_t b = words_[k].span.end; b < text.size(); ++b) {
        if (text[b] == '\n' || text[b] == '\r') return true;
        if (text[b] != ' ' && text[b] != '\t') return false;
      }
      return false;
    }
    return false;
  }
  bool opens_line_after_colon(uint32_t i) const;
  // Whether word i is the first on its line.
  bool opens_line(uint32_t i) const {
    const std::string_view text = a_.doc.text;
    uint32_t b = words_[i].span.start;
    while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '\t')) --b;
    return b == 0 || text[b - 1] == '\n' || text[b - 1] == '\r';
  }
  void finish_item_verb(Clause& c, uint32_t k) const { finish_verb(c, k); }
  bool quoted(const Clause& c) const;
  bool own_quoted_paragraph() const;
  bool reliance_at(uint32_t i, Clause& c) const;
  uint32_t elliptical_verb(uint32_t modal, uint32_t* subject) const;
  // The participle of a perfect whose "have" is word k, over adverbs ("have once again
  // put"); UINT32_MAX when k is no such "have".
  uint32_t perfect_participle_after(uint32_t k) const {
    const auto n = static_cast<uint32_t>(words_.size());
    if (k + 1 >= n || words_[k].aux() != "have" || words_[k].key != "have") return UINT32_MAX;
    uint32_t p = k + 1;
    while (p + 1 < n && p < k + 4 &&
           (((words_[p].bits & kAdverbish) && !(words_[p].bits & kDeterminer)) ||
            (words_[p].key == "once" && words_[p + 1].key == "again") || words_[p].key == "again"))
      ++p;
    if (!verb_like(p) || !verb(p).can_be(kVerbParticiple)) return UINT32_MAX;
    return p;
  }
  // The sentence starts inside a quotation that opened earlier in its paragraph, not at
  // the paragraph's start: someone else's words go on (QuoteTracker).
  void set_opens_quoted(bool q) { opens_quoted_ = q; }
  // The bytes of words [b, e); an empty span at word b when the range is empty (a subject
  // whose head ends where it begins), so that callers never read outside words_.
  Span words_span(uint32_t b, uint32_t e) const {
    if (words_.empty()) return {};
    if (b >= words_.size()) b = static_cast<uint32_t>(words_.size() - 1);
    if (e <= b || e > words_.size()) return {words_[b].span.start, words_[b].span.start};
    return {words_[b].span.start, words_[e - 1].span.end};
  }
  Span trimmed(uint32_t b, uint32_t e) const;  // drops punctuation/coordinators at both ends
  bool currency_at(uint32_t i) const;
  bool percent_at(uint32_t i) const;  // a percent sign after its number: "10%"
  // One past the object's last word once a time that ends it is cut off, with the
  // preposition that opens it: "taxes for families next year", "the tax by 1 July".
  uint32_t object_end_before_time(uint32_t b, uint32_t e) const;
  // Whether the time at bytes `t`, before the subject at word `subject`, belongs to a
  // clause of its own: "Today I'm announcing we will close", "the staff I announced
  // earlier this year, we will roll out".
  bool time_of_other_clause(Span t, uint32_t subject) const;
  // The "by" of a passive's agent in words [from, to), or UINT32_MAX.
  uint32_t agent_at(uint32_t from, uint32_t to) const;
  bool agent_present(uint32_t from, uint32_t to) const { return agent_at(from, to) != UINT32_MAX; }
  bool country_first_in_subject(const Subject& s, uint32_t* actor, uint32_t* pos) const;
  // Whether the actor mentioned at `mention` in the subject's head only qualifies a
  // population noun: "Australian university students will", "the British people will",
  // "UK businesses will" say what others do; "British troops will" (an agent of the side)
  // and "Britain will" do not qualify; nor does a possessor: "Canada's economy will grow".
  bool qualifies_population(const Subject& s, const MentionRef& mention) const;

 private:
  bool verb_like(uint32_t i) const;
  bool finite_verb_boundary(uint32_t i) const;
  bool verb_before(uint32_t i) const;
  uint32_t inverts_before(uint32_t i, bool* negative) const;
  uint32_t relative_head_before(uint32_t i) const;
  bool fronted_phrase(uint32_t b, uint32_t group_begin) const;
  void list_after_semicolons(const Clause& first, uint32_t modal, std::vector<Clause>& out) const;
  uint32_t item_after_semicolon(uint32_t p) const;
  void to_items_after_semicolons(const Clause& first, std::vector<Clause>& out) const;
  bool bullet_at(uint32_t i) const;
  void bullet_items(Clause& first, std::vector<Clause>& out) const;
  uint32_t verb_item_at(uint32_t i) const;
  bool time_inside_phrase(uint32_t start, uint32_t last) const;
  Subject find_subject(uint32_t group_begin) const;
  uint32_t shared_subject_before(uint32_t modal) const;
  uint32_t skip_adverbs_left(uint32_t i) const;  // returns index+1 of the first non-adverb
  // From b (as skip_adverbs_left returns), across a time or a parenthetical back to a
  // perfect "have" within a few words: one past it, or b.
  uint32_t perfect_aux_across(uint32_t b) const;
  bool is_complementizer_that(uint32_t i) const;
  bool match_words(uint32_t i, std::span<const std::string_view> ws) const;
  bool cue_at(const Cue& cue, uint32_t i) const;
  uint32_t after_comma_parenthetical(uint32_t i, std::string_view w) const;
  bool words_follow(uint32_t i, std::string_view phrase) const;
  // Inline, the test that word i starts no condition at all: condition_before() and
  // condition_after() ask it of every word of a clause, and almost none starts one (the
  // call alone cost more than the test: 30 K calls for 2 K clauses on the 1 MB corpus).
  bool condition_cue_at(uint32_t i, uint32_t* len) const {
    const WordInfo* w = words_[i].info;
    return w != nullptr && w->cond_count != 0 && condition_cue_from(i, len);
  }
  bool condition_cue_from(uint32_t i, uint32_t* len) const;
  bool past_verb_within(uint32_t i, uint32_t n) const;
  bool reaffirmed_before(uint32_t i) const;
  bool infinitive_at(uint32_t i, uint32_t* verb) const;
  bool gerund_at(uint32_t i) const {
    if (i >= words_.size() || !verb_like(i) || words_[i].upper) return false;
    const VerbAnalysis& va = verb(i);
    return va.known && va.can_be(kVerbGerund);
  }
  void finish_verb(Clause& c, uint32_t k) const;
  bool owner_of_stated_policy(Clause& c, uint32_t k) const;
  bool time_ends_at(uint32_t word_index) const;
  bool time_starts_at(uint32_t word_index) const;

  const Lexicon& lex_;
  const Analysis& a_;
  std::span<const MentionRef> mentions_;
  std::span<const TimeExpr> times_;
  std::span<const Word> words_;
  // analyze_verb() of each word, computed on first use (the analysis allocates).
  uint32_t* verb_of_;
  std::vector<VerbAnalysis>& verbs_;
  bool opens_quoted_ = false;
  bool quotes_;  // some word is a quotation mark
};

// `first` is the sentence's first word in `words`.
[[gnu::always_inline]] inline void push_word(const Lexicon& lex, WordArray& words, size_t first,
                                             Span span, WordKey key, bool upper) {
  Word& w = words.add();
  w.span = span;
  w.upper = upper;
  w.key = key;
  w.info = lex.info(key);
  if (w.info != nullptr) w.bits = w.info->bits;
  if (key == "'s") w.bits |= kPossessiveS;
  // An unknown -ly word not after a determiner is an adverb ("significantly"); "the
  // family" is not. A comparative's "more" or "less" is no determiner: "more closely".
  auto opens_noun = [&](const Word& p) {
    return (p.bits & (kDeterminer | kPossessive | kPossessiveS)) && p.key != "more" &&
           p.key != "most" && p.key != "less" && p.key != "least";
  };
  if (w.bits == 0 && !upper && key.size() >= 5 && key.ends_with("ly") &&
      !is_known_verb_lemma(key) &&
      (words.size() - 1 == first || !opens_noun(words[words.size() - 2]))) {
    w.bits |= kLyAdverb;
  }
  if (!key.empty() && key[0] >= '0' && key[0] <= '9') w.bits |= kNumber;
}

void build_words(const Lexicon& lex, const Analysis& a, uint32_t tb, uint32_t te,
                 WordBuffers& out) {
  WordArray& words = out.words;
  words.reset(2 * size_t{te - tb});  // "won't" is two words, any other token one at most
  out.quotes = false;
  out.keys.clear();
  const size_t first = 0;
  std::string_view text = a.doc.text;
  for (uint32_t t = tb; t < te; ++t) {
    const Token& tok = a.tokens[t];
    const WordKey raw = text.substr(tok.start, tok.end() - tok.start);
    if (tok.kind == TokenKind::kPunct || tok.kind == TokenKind::kSymbol ||
        tok.kind == TokenKind::kOther) {
      Word w;
      w.span = tok.span();
      WordKey key = raw;
      if (raw.size() == 1 && (raw[0] == ',' || raw[0] == '.')) {
        // The commonest: no dash, quote or '&'; '.' is a boundary.
        if (raw[0] == '.') w.bits |= kBoundary;
        w.key = key;
        w.info = raw[0] == ',' ? lex.comma_info : lex.period_info;
        w.bits |= kPunct;
        words.add() = w;
        continue;
      } else if (raw == "\xE2\x80\x93" || raw == "\xE2\x80\x94" || raw == "-" || raw.starts_with("--")) {
        key = "-";
        w.bits |= kDash;
      } else if (raw == "\xE2\x80\xA6" || raw.starts_with("..")) {
        key = "...";
      } else if (raw == "\"" || raw == "'" || raw == "\xE2\x80\x9C" || raw == "\xE2\x80\x9D" ||
                 raw == "\xE2\x80\x98" || raw == "\xE2\x80\x99") {
        key = "\"";
        w.bits |= kQuote;
        out.quotes = true;
        // “ ‘ open and ” ’ close; a straight quote opens after white space or at the start.
        if (raw == "\xE2\x80\x9C" || raw == "\xE2\x80\x98") {
          w.quote = 1;
        } else if (raw == "\xE2\x80\x9D" || raw == "\xE2\x80\x99") {
          w.quote = -1;
        } else {
          w.quote = (t == tb || tok.has(kSpaceBefore) || tok.has(kLineStart)) ? 1 : -1;
        }
      } else if (raw == ";" || raw == ":" || raw == "(" || raw == ")" || raw == "[" ||
                 raw == "]" || raw == "!" || raw == "?" || raw == ".") {
        w.bits |= kBoundary;
      } else if (raw == "&") {
        w.key = "and";
        w.info = lex.info(w.key);
        w.bits = kCoordinator;
        words.add() = w;
        continue;
      }
      w.key = key;
      w.info = lex.info(key);
      w.bits |= kPunct;
      words.add() = w;
      continue;
    }
    bool upper = tok.has(kUpperInitial);
    // A word '|' is the pronoun "I" as a text layer read it (see the tokenizer).
    const WordKey key = raw.size() == 1 && raw[0] == '|' ? WordKey("i") : fold_word(raw, out.keys);
    // Split clitics the tokenizer keeps inside a word: won't -> wo + n't.
    if (tok.has(kHasApostrophe) && key.size() >= 4 && key.ends_with("n't")) {
      size_t base_len = key.size() - 3;
      // Byte length of the raw "n't" / "n’t" tail.
      uint32_t tail = raw.ends_with("n\xE2\x80\x99t") || raw.ends_with("N\xE2\x80\x99T") ? 5 : 3;
      Span base{tok.start, tok.end() - tail};
      Span neg{tok.end() - tail, tok.end()};
      push_word(lex, words, first, base, key.substr(0, base_len), upper);
      push_word(lex, words, first, neg, "n't", false);
      continue;
    }
    push_word(lex, words, first, tok.span(), key, upper);
  }
  out.verb_of.assign(words.size(), 0);
  out.verbs.clear();
  out.verbs.reserve(words.size());
}

// A word that can be a verb in context: not a function word, not punctuation, not a
// number, not a capitalised name in mid-sentence.
bool SentenceAnalyzer::verb_like(uint32_t i) const {
  if (i >= words_.size()) return false;
  const Word& w = words_[i];
  constexpr uint32_t kNotVerb = kPunct | kNumber | kDeterminer | kPreposition | kSubjectPron |
                                kObjectPron | kPossessive | kComplementizer | kSubordinator |
                                kCoordinator | kModal | kPossessiveS;
  if (w.bits & kNotVerb) {
    // "do", "be", "have" are auxiliaries and verbs; "set", "cut" are never function words.
    return (w.bits & kAux) != 0 && !(w.bits & (kPunct | kNumber));
  }
  return true;
}

// A finite verb that ends the subject of a following clause when scanning leftwards:
// "So I have decided | most of the money ...", "Officials said | the UK ...".
bool SentenceAnalyzer::finite_verb_boundary(uint32_t i) const {
  const Word& w = words_[i];
  if (w.bits & (kPunct | kNumber | kDeterminer | kPreposition | kPossessive)) return false;
  // A capitalised word inside the sentence, or any word of a name, is no verb:
  // "the United States will".
  if (w.upper && i > 0) return false;
  if (mention_containing(w.span)) return false;
  // After a determiner a participle is an adjective: "the planned restrictions".
  if (i > 0 && (words_[i - 1].bits & (kDeterminer | kPossessive | kPossessiveS))) return false;
  const VerbAnalysis& va = verb(i);
  if (va.forms == 0) return false;
  if (va.known && lex_.has(va.lemma, kReportVerb) &&
      (va.can_be(kVerbPast) || va.can_be(kVerbThirdPerson))) {
    return true;
  }
  if (!(va.can_be(kVerbPast) || va.can_be(kVerbThirdPerson) || va.can_be(kVerbBase))) return false;
  // A verb form right after a subject pronoun or an auxiliary is a verb, not part of a
  // noun phrase ("I announced", "we have decided"); "the money raised" is not.
  if (i == 0) return false;
  uint32_t j = i - 1;
  while (j > 0 && (words_[j].bits & kAdverb) && !(words_[j].bits & kDeterminer)) --j;
  const Word& p = words_[j];
  return (p.bits & (kSubjectPron | kAux | kModal)) != 0 && !(p.bits & kDeterminer);
}

// Whether a verb comes in the words before i (i included) back to a punctuation mark or
// a clause boundary: then "... and we" joins two clauses, not two subjects ("Canada has a
// long history and we will continue", against "The Prime Minister and I will").
bool SentenceAnalyzer::verb_before(uint32_t i) const {
  constexpr uint32_t kMaxWords = 12;
  for (uint32_t m = i + 1, steps = 0; m-- > 0 && steps < kMaxWords; ++steps) {
    const Word& w = words_[m];
    if (w.bits & (kPunct | kBoundary | kSubordinator)) return false;
    if ((w.bits & (kAux | kModal)) || finite_verb_boundary(m)) return true;
  }
  return false;
}

// The first-person head of a relative clause that ends at the modal at i: "We who
// believe in safety will": the index of "We", or UINT32_MAX. Not when a subject pronoun
// stands right before the modal ("we who were there saw what they will do").
uint32_t SentenceAnalyzer::relative_head_before(uint32_t i) const {
  constexpr uint32_t kMaxWords = 40;
  const uint32_t j = skip_adverbs_left(i);
  if (j == 0 || (words_[j - 1].bits & (kSubjectPron | kModal))) return UINT32_MAX;
  for (uint32_t m = j - 1, steps = 0; m >= 1 && steps < kMaxWords; --m, ++steps) {
    const Word& w = words_[m];
    if (w.bits & kModal) return UINT32_MAX;
    // "A Government I lead will", "the administration we form will": the same without
    // the relative pronoun, a verb between the pronoun and the modal.
    // "A National government I lead will": a capitalised word may qualify the body.
    if ((w.bits & kSubjectPron) && (w.bits & kFirstPerson) && !(w.bits & kPossessive) && m >= 2 &&
        m + 1 < j && (words_[m - 1].bits & kGovBody)) {
      uint32_t d = m - 2;
      if (d > 0 && words_[d].upper && words_[d].bits == 0) --d;
      if (words_[d].bits & (kDeterminer | kPossessive)) return m - 1;
    }
    if (w.key == "who") {
      const Word& h = words_[m - 1];
      if ((h.bits & kSubjectPron) && (h.bits & kFirstPerson) && !(h.bits & kPossessive))
        return m - 1;
      // "The Ministers who are responsible for an outcome will sign": the side's office
      // holders after a determiner or "our".
      const bool opened = m >= 2 && (words_[m - 2].bits & (kDeterminer | kPossessive)) != 0;
      return (h.bits & kGovBody) && opened ? m - 1 : UINT32_MAX;
    }
    // "The government which I am nominating will", "the administration that we form will":
    // a government the speaker's side forms, after a determiner or "our".
    if ((w.key == "which" || w.key == "that") && m >= 2 && m + 1 < words_.size()) {
      const Word& h = words_[m - 1];
      const Word& d = words_[m - 2];
      const Word& r = words_[m + 1];
      const bool opened = (d.bits & (kDeterminer | kPossessive)) != 0;  // not "Russian"
      if ((h.bits & kGovBody) && opened && (r.bits & kSubjectPron) && (r.bits & kFirstPerson))
        return m - 1;
      return UINT32_MAX;
    }
  }
  return UINT32_MAX;
}

// How many words right before the modal at i, at the start of a clause, invert it and
// its subject (0: none): never, nor, neither, never again, no longer (*negative set) or
// "not only".
uint32_t SentenceAnalyzer::inverts_before(uint32_t i, bool* negative) const {
  auto clause_start = [&](uint32_t b) {
    return b == 0 || (words_[b - 1].bits & kPunct) || words_[b - 1].key == "and" ||
           words_[b - 1].key == "but";
  };
  if (i >= 1 && clause_start(i - 1)) {
    WordKey w = words_[i - 1].key;
    if (w == "never" || w == "nor" || w == "neither") {
      *negative = true;
      return 1;
    }
  }
  if (i >= 2 && clause_start(i - 2)) {
    std::string_view a = words_[i - 2].key, b = words_[i - 1].key;
    if ((a == "never" && b == "again") || (a == "no" && b == "longer")) {
      *negative = true;
      return 2;
    }
    if (a == "not" && b == "only") {
      *negative = false;
      return 2;
    }
  }
  return 0;
}

uint32_t SentenceAnalyzer::perfect_aux_across(uint32_t b) const {
  constexpr uint32_t kMaxWords = 7;
  auto in_time = [&](uint32_t m) {
    for (const TimeExpr& t : times_)
      if (t.span.contains(words_[m].span)) return true;
    return false;
  };
  for (uint32_t m = b; m > 0 && b - m < kMaxWords;) {
    --m;
    const Word& w = words_[m];
    if (w.aux() == "have" && w.key != "having") return m + 1;
    const bool filler = w.key == "," || (w.bits & kAdverbish) || in_time(m) || w.key == "on" ||
                        w.key == "in" || w.key == "at" || w.key == "for" || w.key == "example" ||
                        w.key == "instance";
    if (!filler || (w.bits & (kSubjectPron | kDeterminer))) return b;
  }
  return b;
}

uint32_t SentenceAnalyzer::skip_adverbs_left(uint32_t i) const {
  // i: one past the position to look at. Returns one past the first non-adverb.
  while (i > 0) {
    const Word& w = words_[i - 1];
    if ((w.bits & kAdverbish) && !(w.bits & (kSubjectPron | kDeterminer))) {
      --i;
      continue;
    }
    // An emphatic reflexive after the subject: "I myself will hold", "the government
    // itself will".
    if (i >= 2 && (w.key == "myself" || w.key == "ourselves" || w.key == "itself" ||
                   w.key == "himself" || w.key == "herself" || w.key == "themselves")) {
      --i;
      continue;
    }
    break;
  }
  return i;
}

// "that" introducing a content clause (after a reporting verb, at a list item's start or
// at the sentence start) rather than a relative clause after a noun.
bool SentenceAnalyzer::is_complementizer_that(uint32_t i) const {
  if (i == 0) return true;
  const Word& p = words_[i - 1];
  // "all that we hope to accomplish", "everything that we will do": a relative clause
  // after a pronoun of quantity.
  // (Not "I can tell you all that we will act".)
  const bool you_all = p.key == "all" && i >= 2 &&
                       ((words_[i - 2].bits & kObjectPron) || words_[i - 2].key == "you");
  if (!you_all && (p.key == "all" || p.key == "everything" || p.key == "anything" ||
                   p.key == "nothing" || p.key == "something" || p.key == "much"))
    return false;
  if (p.bits & (kPunct | kOrdinal | kAdverb)) return true;
  // "You'll see that my budget will invest in America", "we found that": a verb of
  // perception right before "that" takes the clause the speaker asserts ("see things
  // that are labeled" is a relative clause, so only right before).
  if (verb_like(i - 1)) {
    const VerbAnalysis& pv = verb(i - 1);
    if (pv.known && (pv.lemma == "see" || pv.lemma == "find")) return true;
  }
  // "our intention that", "our aim is that": the content of the side's noun cue.
  if (Strength st; nominal_complement(i + 1, &st)) return true;
  // A reporting verb within the last few words: "tell the House that", "said that". Only
  // a verb of kind "tell" has a noun phrase before its clause: in "decide the challenges
  // that we will face" the clause is a relative one.
  // "I say to the Australian people that we will": a noun phrase of its own after "to"
  // names whom the verb addresses, and the clause is still the verb's.
  bool noun_between = false;
  uint32_t nouns = 0;
  for (uint32_t k = i, n = 0; k > 0 && n < 6; --k, ++n) {
    const Word& w = words_[k - 1];
    if (w.bits & kBoundary) break;
    if (w.key == "to" && nouns == 1) noun_between = false;
    if (w.bits & (kPunct | kDeterminer | kPreposition | kObjectPron)) continue;
    const VerbAnalysis& va = verb(k - 1);
    auto has = [&](VocabFlag flag) { return lex_.has(va.lemma, flag) || (w.info && (w.info->flags & flag)); };
    if (has(kReportVerb)) return !noun_between || has(kTellVerb);
    // A noun after a determiner ("the challenges"), not a time ("this week").
    if (k >= 2 && (words_[k - 2].bits & (kDeterminer | kPossessive)) && !(w.bits & kAdverb) &&
        !time_ends_at(k - 1)) {
      noun_between = true;
      ++nouns;
    }
  }
  return false;
}

bool SentenceAnalyzer::time_starts_at(uint32_t word_index) const {
  const uint32_t start = words_[word_index].span.start;
  auto it = std::lower_bound(times_.begin(), times_.end(), start,
                             [&](const TimeExpr& t, uint32_t off) { return t.span.start < off; });
  return it != times_.end() && it->span.start == start;
}

bool SentenceAnalyzer::time_of_other_clause(Span t, uint32_t subject) const {
  uint32_t tb = 0;  // the time's first word
  while (tb < subject && words_[tb].span.start < t.start) ++tb;
  if (tb >= subject) return false;
  uint32_t te = tb;  // one past its last
  while (te < subject && words_[te].span.end <= t.end) ++te;
  // A subject pronoun and its verb.
  auto clause_at = [&](uint32_t m) {
    const Word& w = words_[m];
    return (w.bits & kSubjectPron) && !(w.bits & (kRelative | kDeterminer)) && w.key != "us" &&
           w.key != "me" && m + 1 < words_.size() &&
           ((words_[m + 1].bits & (kModal | kAux)) || verb_like(m + 1));
  };
  // Between the time and the subject, unless a comma closes it as an aside: "Next year,
  // I can tell you, we will".
  if (subject > 0 && words_[subject - 1].key != ",") {
    for (uint32_t m = te; m + 1 < subject; ++m)
      if (clause_at(m)) return true;
  }
  // Before the time, within its stretch without punctuation.
  for (uint32_t m = tb; m > 0; --m) {
    if (words_[m - 1].bits & kPunct) break;
    if (m < tb && clause_at(m - 1)) return true;
  }
  return false;
}

uint32_t SentenceAnalyzer::object_end_before_time(uint32_t b, uint32_t e) const {
  uint32_t last = e;
  while (last > b && (words_[last - 1].bits & kPunct)) --last;
  if (last <= b || !time_ends_at(last - 1)) return e;
  // "restore the rail lines closed in the 1960s": a past time belongs to the object.
  {
    const uint32_t end = words_[last - 1].span.end;
    auto it = std::lower_bound(times_.begin(), times_.end(), end,
                               [](const TimeExpr& t, uint32_t off) { return t.span.end < off; });
    if (it != times_.end() && is_past_time(*it, a_.doc.date)) return e;
  }
  uint32_t start = last - 1;
  while (start > b && !time_starts_at(start)) --start;
  if (!time_starts_at(start)) return e;
  // "for the first two years", "over the next three years": an ordinal or "next" the
  // time leaves out.
  if (start > b + 1 && (words_[start - 1].bits & kOrdinal) &&
      (words_[start - 2].key == "the" || (words_[start - 2].bits & kPossessive)))
    --start;
  // "in the spring": an article the time leaves out.
  if (start > b && (words_[start - 1].key == "the" || words_[start - 1].key == "a")) --start;
  if (start == b) return b;
  static constexpr std::array<std::string_view, 14> kOpeners = {
      "by",     "in",     "before", "until", "till",  "from",       "over",
      "within", "during", "on",     "at",    "after", "throughout", "for"};
  const WordKey p = words_[start - 1].key;
  if (std::find(kOpeners.begin(), kOpeners.end(), p) != kOpeners.end()) {
    --start;
  } else if ((words_[start - 1].bits & kPreposition) && !(words_[start - 1].bits & kDeterminer)) {
    // "from three months to a maximum of six months", "from 2021 to 2025": a time another
    // preposition governs is part of the object.
    return e;
  }
  while (start > b && (words_[start - 1].bits & kPunct) && !percent_at(start - 1)) --start;
  return start;  // b: the object was the time ("We will meet in March")
}

bool SentenceAnalyzer::time_ends_at(uint32_t word_index) const {
  // Times are in text order and do not overlap, so their ends are sorted too.
  uint32_t end = words_[word_index].span.end;
  auto it = std::lower_bound(times_.begin(), times_.end(), end, [&](const TimeExpr& t, uint32_t off) {
    return t.span.end < off;
  });
  return it != times_.end() && it->span.end == end;
}

// For a modal right after "and" or "but" (commas aside): the first-person subject
// pronoun ("we", "I") of the clause before it in the sentence, the nearest subject
// pronoun before the conjunction, when a verb group follows it; else UINT32_MAX.
uint32_t SentenceAnalyzer::shared_subject_before(uint32_t modal) const {
  constexpr uint32_t kMaxBack = 25;
  uint32_t p = modal;
  while (p > 0 && words_[p - 1].key == ",") --p;
  if (p == 0) return UINT32_MAX;
  // "The Government will act, will consult, and will report": a comma alone joins the
  // middle items of a series of will-clauses.
  const bool comma_only = p < modal && words_[p - 1].key != "and" && words_[p - 1].key != "but";
  if (!comma_only && words_[p - 1].key != "and" && words_[p - 1].key != "but") return UINT32_MAX;
  const uint32_t conj = comma_only ? p : p - 1;
  // "Fiji has signed and will ratify the Agreement": a perfect right before "and" whose
  // subject is a name or a government body shares it (the name's last word stands for
  // it, as the government's head below).
  if (!comma_only && conj >= 3 && verb_like(conj - 1) && verb(conj - 1).known &&
      verb(conj - 1).can_be(kVerbParticiple)) {
    const uint32_t aux = skip_adverbs_left(conj - 1);
    if (aux > 0 && words_[aux - 1].aux() == "have") {
      const Subject before = find_subject(aux - 1);
      if (before.found && !before.relative && !before.subordinate && before.head_end > 0 &&
          before.head_end == skip_adverbs_left(aux - 1) &&
          (words_[before.head_end - 1].upper || (words_[before.head_end - 1].bits & kGovBody)) &&
          !(words_[before.head_end - 1].bits & kSubjectPron))
        return before.head_end - 1;
    }
  }
  for (uint32_t m = conj; m-- > 0 && conj - m <= kMaxBack;) {
    const Word& w = words_[m];
    if (w.bits & kBoundary) break;
    // After a comma alone, only a will-clause's own words back to its modal: not "so
    // that Canadians, in every region, will", "the choice we make, will be".
    if (comma_only && ((w.bits & (kSubordinator | kComplementizer | kRelative)) ||
                       ((w.bits & kSubjectPron) && !(w.bits & kPossessive) &&
                        !((w.bits & kFirstPerson) && (words_[m + 1].bits & kModal)))))
      return UINT32_MAX;
    // Another clause's modal in between ("I expect the Council will share this view and
    // will ensure"): that clause's subject, not ours.
    if ((w.bits & kModal) && (m == 0 || !(words_[m - 1].bits & kSubjectPron))) {
      // "My government will continue its policy and will seek ways": the government
      // that heads the clause before is the subject of both.
      const Subject before = find_subject(m);
      const bool verb_follows =
          m + 1 < conj && ((words_[m + 1].bits & (kAux | kAdverbish)) || verb_like(m + 1));
      if (before.found && !before.relative && !before.subordinate && before.head_end > 0 &&
          (words_[before.head_end - 1].bits & kGovBody) && verb_follows)
        return before.head_end - 1;
      // That modal shares a subject itself: "will consult, and will report" after "The
      // Government will act,".
      if (!before.found && verb_follows) return shared_subject_before(m);
      return UINT32_MAX;
    }
    if (!(w.bits & kSubjectPron) || (w.bits & (kRelative | kDeterminer))) continue;
    if (!(w.bits & kFirstPerson) || w.key == "us" || w.key == "me") return UINT32_MAX;
    // "the answer we have given and will continue to give to the question", "the call we
    // repeat today and will repeat in future": the pronoun opens a relative clause after
    // a noun, whose verbs lack their object (not "This year we have signed and will
    // ratify", "In this regard we have worked and will continue": a fronted phrase).
    if (m >= 2 && (words_[m - 2].bits & (kDeterminer | kPossessive)) &&
        !(words_[m - 1].bits & (kPunct | kAdverbish | kPreposition)) && !time_ends_at(m - 1)) {
      const uint32_t d = m - 2;
      const bool fronted = d > 0 && (words_[d - 1].bits & kPreposition) &&
                           (d == 1 || (words_[d - 2].bits & (kPunct | kCoordinator)));
      if (!fronted) return UINT32_MAX;
    }
    if (m + 1 < conj && ((words_[m + 1].bits & (kAux | kModal)) || verb_like(m + 1))) return m;
    return UINT32_MAX;
  }
  if (comma_only) return UINT32_MAX;
  // "Solomon Islands upholds its obligations under the Convention and will domesticate the
  // Agreement": a present tense in -s whose subject, a name or a government body, opens the
  // sentence (or follows a fronted phrase's comma) shares it, as the perfect above does.
  for (uint32_t m = conj; m-- > 0 && conj - m <= kMaxBack;) {
    if (words_[m].bits & kBoundary) break;
    if (!verb_like(m) || !verb(m).known || !verb(m).can_be(kVerbThirdPerson) || words_[m].upper)
      continue;
    const Subject before = find_subject(m);
    if (!before.found || before.relative || before.subordinate || before.head_end == 0 ||
        before.head_end != skip_adverbs_left(m) ||
        !(words_[before.head_end - 1].upper || (words_[before.head_end - 1].bits & kGovBody)) ||
        (words_[before.head_end - 1].bits & kSubjectPron))
      continue;
    if (before.begin > 0 && words_[before.begin - 1].key != "," &&
        !(words_[before.begin - 1].bits & kBoundary))
      continue;
    return before.head_end - 1;
  }
  return UINT32_MAX;
}

// Whether the words before the subject at b are a fronted phrase that opens the sentence
// or follows a comma ("On this side we will build roads", "Now, on this side of the
// chamber we are determined to ...") rather than a noun that a relative clause without
// a pronoun qualifies ("the nation we will build", "For the nation we will build, ..."):
// a preposition other than "of" at the start, no auxiliary, pronoun, subordinator or
// punctuation on the way back, and
// after the verb group an object (a relative clause's verb lacks one).
bool SentenceAnalyzer::fronted_phrase(uint32_t b, uint32_t group_begin) const {
  uint32_t v = group_begin + 1;
  while (v < words_.size() && (v - group_begin < 4) &&
         ((words_[v].bits & (kModal | kAux | kAdverbish)) || words_[v].key == "to" ||
          words_[v].key == "determined" || words_[v].key == "going")) {
    ++v;
  }
  // No object, or a time where it would be: "For the plan we will publish next week, ..."
  if (v + 1 >= words_.size() || ((words_[v + 1].bits & kPunct) && !currency_at(v + 1)) ||
      time_starts_at(v + 1))
    return false;
  for (uint32_t m = b; m > 0 && b - m < 8; --m) {
    const Word& d = words_[m - 1];
    if (d.bits & kPunct) return false;
    if ((d.bits & kPreposition) && d.key != "of") {
      // The phrase opens the clause, perhaps after "And", "But", "So", "And so".
      uint32_t q = m - 1;  // the preposition
      for (int k = 0; k < 2 && q > 0; ++k) {
        const WordKey w = words_[q - 1].key;
        if (w != "and" && w != "but" && w != "so" && w != "yet" && w != "now" && w != "then") break;
        --q;
      }
      if (q == 0 || (words_[q - 1].bits & kPunct)) return true;
      // "Together with our allies we will": an adverb before the opening preposition.
      if (q == 1 && (words_[0].bits & kAdverb)) return true;
      // "In partnership with the provinces we will": a preposition inside the phrase;
      // look further back for the one that opens it.
      continue;
    }
    if ((d.bits & (kModal | kAux | kSubordinator)) ||
        ((d.bits & (kSubjectPron | kRelative)) && !(d.bits & kDeterminer))) {
      return false;
    }
  }
  return false;
}

// Whether the time that ends at word `last` stands inside a noun phrase a possessive opens
// after `start`: "my Fiscal Year 2023 budget", "our 2030 target".
bool SentenceAnalyzer::time_inside_phrase(uint32_t start, uint32_t last) const {
  uint32_t first = last;
  while (first > start && last - first < 6 && !time_starts_at(first)) --first;
  if (!time_starts_at(first)) return false;
  for (uint32_t m = first; m-- > start && first - m <= 3;) {
    const Word& w = words_[m];
    if (w.bits & kPossessive) return true;
    if (!w.upper || (w.bits & (kPunct | kPreposition))) return false;
  }
  return false;
}

Subject SentenceAnalyzer::find_subject(uint32_t group_begin) const {
  Subject s;
  uint32_t j = skip_adverbs_left(group_begin);  // one past the subject's last word
  if (j == 0) return s;
  const Word& last = words_[j - 1];
  uint32_t end = j;
  uint32_t k = j - 1;  // current word, scanning left
  auto word_before = [&](uint32_t b) -> const Word* { return b > 0 ? &words_[b - 1] : nullptr; };
  auto mark_context = [&](Subject& sub) {
    // The word before the subject, over quotation marks.
    uint32_t b = sub.begin;
    while (b > 0 && (words_[b - 1].bits & kQuote)) --b;
    const Word* p = word_before(b);
    if (!p) return;
    if ((p->bits & kRelative) && !(p->bits & kComplementizer)) sub.relative = true;
    if (p->key == "that" && !is_complementizer_that(b - 1)) sub.relative = true;
    // "That is why we will ...", "That is how we will stop the boats": a why- or
    // how-clause after "is" states the speaker's point.
    const bool reason = (p->key == "why" || p->key == "how") && b >= 2 &&
                        (words_[b - 2].aux() == "be" || words_[b - 2].key == "'s");
    // A concessive clause still states the side's course: "While we will not stay
    // involved militarily, our diplomatic work will continue."
    // So does a reason: "We cut taxes because this government will never raise them".
    const bool concessive = p->key == "while" || p->key == "although" || p->key == "though" ||
                            p->key == "whereas" || p->key == "because";
    if ((p->bits & kSubordinator) && p->key != "so" && !(p->bits & kCoordinator) && !reason &&
        !concessive) {
      sub.subordinate = true;
    }
    // An indirect question ("the test is whether we shall lower our guards") and a
    // purpose ("so that we are ready to win") undertake nothing.
    if (p->key == "whether" || (p->key == "that" && b >= 2 && words_[b - 2].key == "so")) {
      sub.subordinate = true;
    }
    // "We can't guarantee that we won't get Covid", "they can't say we'll respond later":
    // a clause under a denied or merely possible saying is not asserted.
    {
      uint32_t v = b;  // one past the verb before the clause, over "that"
      if (v > 0 && words_[v - 1].key == "that") --v;
      if (v >= 2 && !(words_[v - 1].bits & (kPunct | kModal | kAux))) {
        const Word& q = words_[v - 2];
        if (q.key == "cannot" || q.key == "couldn't") sub.subordinate = true;
        if (v >= 3 && (q.bits & kNegation) && (words_[v - 3].bits & kModal)) {
          const WordKey r = words_[v - 3].key;
          if (r != "will" && r != "wo" && r != "shall" && r != "sha") sub.subordinate = true;
        }
      }
    }
    // "not because they are all-encompassing or that by identifying them we will cure
    // all the ills": a reason the speaker denies asserts nothing.
    for (uint32_t m = b, steps = 0; m >= 2 && steps < 20; --m, ++steps) {
      const Word& x = words_[m - 1];
      if (x.bits & (kPunct | kBoundary)) break;
      if ((x.key == "because" || x.key == "that") && words_[m - 2].key == "not") {
        sub.subordinate = true;
        break;
      }
    }
    // "We discussed what more we will do", "how much we will spend".
    if ((p->key == "more" || p->key == "else" || p->key == "much" || p->key == "many") && b >= 2 &&
        (words_[b - 2].key == "what" || words_[b - 2].key == "how")) {
      sub.subordinate = true;
    }
  };
  // "We in Ghana will build", "We, the people of Ghana, will build", "We at the Treasury,
  // and our partners, are determined to": a first-person subject with a phrase after it
  // that names who "we" are.
  if (!(last.bits & kSubjectPron)) {
    constexpr uint32_t kMaxApposition = 16;
    for (uint32_t p = j - 1; p > 0 && j - p < kMaxApposition;) {
      --p;
      const Word& w = words_[p];
      // "We, as a government, will act": "as" opens the apposition.
      const bool as_apposition = w.key == "as" && p > 0 && words_[p - 1].key == ",";
      if ((w.bits & (kModal | kAux | kSubordinator | kRelative)) && !as_apposition) break;
      if (w.key == ";" || w.key == ":" || (w.bits & kQuote)) break;
      if (!((w.bits & kSubjectPron) && (w.bits & kFirstPerson))) continue;
      // The pronoun opens the clause, and a comma or a preposition follows it.
      const Word* before = word_before(p);
      if (before && !(before->bits & (kPunct | kCoordinator))) break;
      const Word& after = words_[p + 1];
      const bool comma = after.key == ",";
      if (!(comma || (after.bits & kPreposition))) break;
      if (comma && last.key != ",") break;  // "We, the people of Ghana," closes its comma
      s.found = true;
      s.begin = p;
      s.end = p + 1;
      s.head_end = s.end;
      mark_context(s);
      return s;
    }
  }
  if (last.bits & kSubjectPron && !(last.bits & kDeterminer && j < words_.size() &&
                                    !(words_[j].bits & (kModal | kAux)))) {
    // A pronoun subject; "Maliki and I" extends over a coordination.
    s.found = true;
    s.begin = j - 1;
    s.end = end;
    if ((last.bits & kRelative) && !(last.bits & kFirstPerson)) {
      if (last.key != "that" || !(last.bits & kDemonstrative) ||
          (s.begin > 0 && !(words_[s.begin - 1].bits & kPunct))) {
        s.relative = last.key != "this" && last.key != "these" && last.key != "those";
      }
    }
    // "the plan I will outline", "the nation we will build": a relative clause without
    // a relative pronoun, after a noun that a determiner opens.
    if (s.begin >= 2 && !(last.bits & kDemonstrative)) {
      const Word& p = words_[s.begin - 1];
      bool noun = (p.bits & ~(kOwnAgent | kGovBody | kPeriod)) == 0 && !p.upper &&
                  !time_ends_at(s.begin - 1) && !finite_verb_boundary(s.begin - 1);
      bool opened = false;
      uint32_t opener = 0;  // the determiner's word index
      for (uint32_t m = s.begin - 1, steps = 0; noun && m > 0 && steps < 3; --m, ++steps) {
        const Word& d = words_[m - 1];
        if (d.bits & kPunct) break;
        if (d.bits & (kDeterminer | kPossessive)) {
          opened = true;
          opener = m - 1;
        }
      }
      // "This session we will pass the bill": a period after "this", "next", "every" or
      // "each" that opens the clause dates it.
      if (opened && (p.bits & kPeriod) && opener + 2 == s.begin &&
          (opener == 0 || (words_[opener - 1].bits & (kPunct | kCoordinator)))) {
        const WordKey d = words_[opener].key;
        if (d == "this" || d == "next" || d == "every" || d == "each") opened = false;
      }
      // "If the plan meets with my approval I will send it": a fronted condition without
      // its comma ends before the pronoun, which opens the main clause.
      bool after_condition = false;
      for (uint32_t m = s.begin; m-- > 0;) {
        const Word& w = words_[m];
        if (w.bits & (kPunct | kBoundary)) break;
        if (m == 0 || (words_[m - 1].bits & (kPunct | kBoundary))) {
          after_condition = w.key == "if" || w.key == "unless" || w.key == "once" ||
                            w.key == "when" || w.key == "whenever";
        }
      }
      if (noun && opened && !after_condition && !fronted_phrase(s.begin, group_begin))
        s.relative = true;
    }
    // Not the object of a preposition before "and": "leaders of this very Assembly and we
    // will continue" (a comma left out).
    auto after_preposition = [&](uint32_t from) {
      for (uint32_t m = from; m > 0 && from - m < 4; --m) {
        const Word& x = words_[m - 1];
        if (x.bits & (kPunct | kBoundary)) return false;
        if (x.bits & kPreposition) return true;
      }
      return false;
    };
    if (s.begin >= 2 && (words_[s.begin - 1].bits & kCoordinator) &&
        (words_[s.begin - 1].key == "and" || words_[s.begin - 1].key == "or") &&
        !(words_[s.begin - 2].bits & (kPunct | kModal | kAux | kSubordinator)) &&
        !verb_before(s.begin - 2) && !after_preposition(s.begin - 2)) {
      k = s.begin - 2;
    } else {
      s.head_end = s.end;
      mark_context(s);
      return s;
    }
  }
  // Noun phrase scan leftwards.
  uint32_t begin = k + 1;
  uint32_t scanned = 0;
  uint32_t paren_end = 0;  // subject ends before a parenthetical "-- tens of thousands --"
  uint32_t list_comma = UINT32_MAX;  // the first comma of a list of common nouns taken
  while (true) {
    const Word& w = words_[k];
    bool take = false;
    if ((w.bits & kDash) || (w.key == "," && k + 1 == end && paren_end == 0)) {
      // A parenthetical between dashes or commas right before the verb group: "our
      // troops -- tens of thousands of them -- will", "full details, including maps,
      // will be published".
      if (k + 1 == end && paren_end == 0) {
        uint32_t m = k;
        bool found = false;
        while (m > 0 && k - m < 14) {
          --m;
          if (words_[m].key == w.key || ((w.bits & kDash) && (words_[m].bits & kDash))) {
            found = true;
            break;
          }
          if (words_[m].bits & kBoundary) break;
        }
        if (found && m > 0 && !(words_[m - 1].bits & kPunct)) {
          paren_end = m;
          end = m;
          k = m - 1;
          begin = m;
          continue;
        }
      }
    } else if ((w.bits & kQuote) && k > 0 && !(words_[k - 1].bits & kPunct)) {
      // A quoted name inside the subject: "a massive 'Clean Rivers Programme' will be
      // launched", "A âNational Commissionâ will be established".
      uint32_t m = k - 1;
      bool found = false;
      while (m > 0 && k - m < 10) {
        --m;
        if (words_[m].bits & kQuote) {
          found = true;
          break;
        }
        if (words_[m].bits & (kBoundary | kModal)) break;
      }
      if (found && m > 0 && !(words_[m - 1].bits & kPunct)) {
        begin = m;
        k = m - 1;
        ++scanned;
        continue;
      }
    } else if (w.key == "]" || w.key == ")") {
      uint32_t m = k;
      bool found = false;
      while (m > 0 && k - m < 6) {
        --m;
        if (words_[m].key == "[" || words_[m].key == "(") {
          found = true;
          break;
        }
      }
      if (found && m > 0) {
        begin = m;
        k = m - 1;
        ++scanned;
        continue;
      }
    } else if (w.key == "," && k > 0) {
      // "The UK, France and Germany will": commas inside a list of names.
      bool list = words_[k - 1].upper && !(words_[k - 1].bits & (kPunct | kPreposition)) &&
                  words_[begin].upper;
      bool has_and = false;
      for (uint32_t m = begin; m < end; ++m) has_and |= words_[m].key == "and";
      take = list && has_and && k != 0;
      // "New airports, medical colleges and sports infrastructure will be built": a list of
      // common nouns from the sentence's start, its first item a short phrase without a
      // preposition, a verb or a time ("In the north, roads and bridges" is no list).
      // Not a vocative before a pronoun: "Members, you and I will work together".
      if (!take && has_and && !words_[begin].upper && !(words_[begin].bits & kSubjectPron)) {
        uint32_t first = k;
        bool plain = true;
        while (first > 0 && k - first < 5 && plain) {
          const Word& x = words_[first - 1];
          if (x.bits & (kPunct | kCoordinator)) break;
          plain = !(x.bits & (kPreposition | kSubjectPron | kObjectPron | kModal | kAux |
                              kSubordinator | kAdverb | kLyAdverb)) &&
                  !time_ends_at(first - 1) && !finite_verb_boundary(first - 1);
          --first;
        }
        const bool opens =
            first == 0 || (words_[first - 1].bits & kBoundary) || words_[first - 1].key == ":";
        if (plain && opens && first < k) {
          take = true;
          list_comma = k;
        }
      }
    } else if (w.bits & kPunct) {
      // "The first $300 will be disbursed": a currency sign before its amount.
      take = currency_at(k) && k + 1 < end && (words_[k + 1].bits & kNumber);
    } else if (w.key == "that") {
      // "that number will": a demonstrative before a lower-case noun, unless a reporting
      // verb makes it a complementizer ("has decided that new seats will be added").
      if (begin < end && !words_[begin].upper && !is_complementizer_that(k) &&
          !(words_[begin].bits & (kDeterminer | kPossessive | kSubjectPron | kObjectPron |
                                  kPunct | kNumber))) {
        take = true;
      }
    } else if (w.bits & (kModal | kAux | kComplementizer | kRelative)) {
      take = (w.bits & kDeterminer) != 0;  // "these", "those"
      if (w.bits & (kModal | kAux | kComplementizer)) take = false;
    } else if (w.bits & kSubordinator) {
      take = (w.bits & kPreposition) && w.key != "as" && w.key != "than";  // "since", "before", "after"
      if (w.key == "so" || w.key == "as") take = false;
      // "All of the resources as required by the authorities will be provided", "funding
      // as promised will be delivered": "as" and a participle qualify the noun before.
      if (w.key == "as" && k > 0 && k + 1 < end && !(words_[k - 1].bits & kPunct) &&
          verb_like(k + 1) && verb(k + 1).known && verb(k + 1).can_be(kVerbParticiple))
        take = true;
    } else if (w.bits & kCoordinator) {
      take = (w.key == "and" || w.key == "or") && k > 0 &&
             !(words_[k - 1].bits & (kPunct | kModal | kAux | kSubordinator | kComplementizer));
    } else if (w.bits & kSubjectPron) {
      // "these", and the numeral "one" before a noun: "One new school will be built".
      take = (w.bits & kDeterminer) != 0 || w.key == "one";
      // A pronoun that opens a coordination: "we and our allies will", "you and I will".
      if ((w.key == "we" || w.key == "you" || w.key == "i") && k + 1 < end &&
          (words_[k + 1].key == "and" || words_[k + 1].key == "or"))
        take = true;
    } else if ((w.bits & kAdverb) && !(w.bits & kDeterminer)) {
      // "Only retailers selling essential items will be allowed": "only" at the clause's
      // start restricts the subject (without it the commitment reads the other way).
      take = w.key == "only" && begin < end && (k == 0 || (words_[k - 1].bits & kPunct));
    } else if (k > 0 && (words_[k - 1].bits & kSubordinator) && !w.upper && begin < end &&
               words_[begin].upper && verb_like(k) && verb(k).known &&
               verb(k).can_be(kVerbParticiple)) {
      // "If re-elected Labour will": an elliptical condition without its comma ends
      // at its participle, before the name that opens the main clause.
      take = false;
    } else if (finite_verb_boundary(k)) {
      take = false;
    } else {
      take = true;
    }
    if (!take) break;
    begin = k;
    ++scanned;
    if (k == 0 || scanned > 24) break;
    --k;
  }
  if (begin >= end) return s;
  // Restart after an adverbial that precedes the noun phrase: "By 2020 our carbon price",
  // "this summer the Home Office", "by the end of this year that number".
  uint32_t start = begin;
  for (uint32_t m = begin + 1; m < end; ++m) {
    const Word& w = words_[m];
    const Word& p = words_[m - 1];
    bool np_start = (w.bits & (kDeterminer | kPossessive)) || w.key == "that";
    // A gerund inside the phrase takes the next noun phrase as its object: "the approach
    // of covering all eligible people will be adopted".
    const bool gerund = !p.upper && p.key.size() > 4 && p.key.ends_with("ing") && m >= 2 &&
                        (words_[m - 2].bits & kPreposition);
    bool p_joins = gerund || (p.bits & (kPreposition | kCoordinator | kDeterminer | kPossessive |
                                        kPossessiveS | kPunct)) != 0;
    if (np_start && !p_joins && m > start) start = m;
    // Not after a year inside the noun phrase: "my Fiscal Year 2023 budget proposal",
    // "our 2030 target" (a possessive before the time, no preposition between).
    if (time_ends_at(m - 1) && m > start && !time_inside_phrase(start, m - 1)) start = m;
    if (p.key == "," && m > start && !words_[m].upper && m - 1 < list_comma) start = m;
  }
  // "People can call that number and the assistance will be made available": after a verb
  // whose object the scan took, the subject is the last conjunct.
  // (The verb test last: it analyses a word most subjects never need.)
  if (start > 0) {
    for (uint32_t m = end; m-- > start + 1;) {
      if (words_[m - 1].key == "and" && (words_[m].bits & (kDeterminer | kPossessive))) {
        if (verb_like(start - 1) && finite_verb_boundary(start - 1)) start = m;
        break;
      }
    }
  }
  // A subject cannot start with a preposition; "In 2026 Britain" restarts after the time,
  // "Under our plan Labour will" at the name after the phrase's lower-case noun.
  if (words_[start].bits & kPreposition && !(words_[start].bits & kDeterminer)) {
    uint32_t name = 0;
    for (uint32_t m = start + 2; m < end; ++m) {
      if (words_[m].upper && !words_[m - 1].upper &&
          (words_[m - 1].bits & ~(kOwnAgent | kGovBody | kPeriod)) == 0 &&
          mention_containing(words_[m].span) != nullptr) {
        name = m;
        break;
      }
    }
    if (name == 0) return s;
    start = name;
  }
  if (end - start > 24) return s;
  s.found = true;
  s.begin = start;
  s.end = end;
  // Head: words before the first preposition that is not inside a name.
  s.head_end = s.end;
  for (uint32_t m = s.begin + 1; m < s.end; ++m) {
    const Word& w = words_[m];
    if (!(w.bits & kPreposition) || (w.bits & kDeterminer)) continue;
    const MentionRef* mr = mention_containing(w.span);
    bool in_name = mr && mr->span.start < w.span.start && w.span.end < mr->span.end;
    // "the rest of our troops": "of" after a quantity word stays in the head.
    if (w.key == "of") {
      const Word& p = words_[m - 1];
      static constexpr std::array<std::string_view, 12> kQuantity = {
          "rest", "most", "some", "all", "many", "each", "part", "one",
          "none", "both", "half", "majority"};
      if (std::find(kQuantity.begin(), kQuantity.end(), p.key) != kQuantity.end()) continue;
    }
    if (!in_name) {
      s.head_end = m;
      break;
    }
  }
  mark_context(s);
  return s;
}

// Whether the words of `cue` stand at word i. A verb cue of several words matches its
// verb in any form (word i is one of its forms already): "looking forward to".
bool SentenceAnalyzer::cue_at(const Cue& cue, uint32_t i) const {
  if (cue.words.size() <= 1) return true;
  return is_verb_cue(cue.kind) ? match_words(i + 1, cue.words.subspan(1))
                               : match_words(i, cue.words);
}

bool SentenceAnalyzer::match_words(uint32_t i, std::span<const std::string_view> ws) const {
  if (i + ws.size() > words_.size()) return false;
  for (size_t k = 0; k < ws.size(); ++k) {
    if (words_[i + k].key != ws[k]) return false;
  }
  return true;
}

// The word after a parenthetical that opens with the comma at i and closes with another
// comma within six words, when that word is `w`: "committed, as a priority, to" gives the
// "to". Else i.
uint32_t SentenceAnalyzer::after_comma_parenthetical(uint32_t i, std::string_view w) const {
  const uint32_t n = static_cast<uint32_t>(words_.size());
  for (uint32_t k = i + 1; k < n && k < i + 7; ++k) {
    if (words_[k].bits & kBoundary) return i;
    if (words_[k].key == ",") return word_is(k + 1, w) ? k + 1 : i;
  }
  return i;
}

// Whether the words from i on are `phrase`'s, one space apart ("the end").
bool SentenceAnalyzer::words_follow(uint32_t i, std::string_view phrase) const {
  while (!phrase.empty()) {
    const size_t space = phrase.find(' ');
    const std::string_view w = phrase.substr(0, space);
    if (i >= words_.size() || words_[i].key != w) return false;
    ++i;
    phrase = space == std::string_view::npos ? std::string_view() : phrase.substr(space + 1);
  }
  return true;
}

bool looks_back(std::string_view text, const TimeExpr& t);

bool SentenceAnalyzer::condition_cue_from(uint32_t i, uint32_t* len) const {
  std::span<const uint16_t> ids = lex_.conditions_of(words_[i].info);
  if (ids.empty()) return false;
  uint32_t best = 0;
  for (uint16_t id : ids) {
    const ConditionCue& c = lex_.conditions[id];
    if (!match_words(i, c.words)) continue;
    uint32_t after = i + static_cast<uint32_t>(c.words.size());
    if (std::any_of(c.not_before.begin(), c.not_before.end(),
                    [&](std::string_view w) { return words_follow(after, w); })) {
      continue;
    }
    if (after >= words_.size() || (words_[after].bits & kPunct && !(words_[after].bits & kQuote))) {
      continue;  // nothing follows the cue
    }
    if (c.inverted && i > 0 && !(words_[i - 1].bits & kCoordinator) &&
        !(words_[i - 1].bits & kPunct && words_[i - 1].key != ","))
      continue;  // "we should act": no inversion
    // "Following a consultation earlier this year, we will": a step taken, not a
    // condition: a phrase whose noun phrase holds a past time.
    if (!c.clause) {
      bool past = false;
      for (uint32_t m = after; m < words_.size() && m < after + 10 && !past; ++m) {
        if (words_[m].bits & kPunct) break;
        auto it =
            std::lower_bound(times_.begin(), times_.end(), words_[m].span.start,
                             [](const TimeExpr& t, uint32_t off) { return t.span.start < off; });
        past = it != times_.end() && it->span.start == words_[m].span.start &&
               (is_past_time(*it, a_.doc.date) || looks_back(a_.doc.text, *it));
      }
      if (past) continue;
    }
    if (i > 0) {
      const Word& p = words_[i - 1];
      // "the following actions", "they will be subject to", "as if", "at once"; "for as
      // long as necessary", "for once": how long, not on what condition.
      // "even if we start from scratch, we are ready": concessive, no condition.
      if (((p.bits & kDeterminer) && !(p.bits & kComplementizer)) || p.aux() == "be" ||
          p.key == "as" || p.key == "at" || p.key == "for" || p.key == "even")
        continue;
      // "By 2047, when the country turns 100": a when-clause after a time tells that time.
      if (p.key == "," && i > 1 && words_[i].key == "when" && time_ends_at(i - 2)) continue;
    }
    // "until the end of the year", "until March": until a time is when, not on what
    // condition ("until they come to the table" is one).
    if ((words_[i].key == "until" || words_[i].key == "till") && time_starts_at(after)) continue;
    // "When I ran for office in 2016, I pledged ...": a past when-clause tells a time.
    if (words_[i].key == "when" && past_verb_within(i + 1, 4)) continue;
    // "when I sit down with my mom tomorrow morning, I know we'll ...": a when-clause
    // that holds a time tells when, not on what condition.
    if (words_[i].key == "when") {
      bool timed = false;
      for (uint32_t m = i + 1; m < words_.size() && m < i + 10 && !timed; ++m) {
        if (words_[m].bits & kPunct) break;
        timed = time_starts_at(m);
      }
      if (timed) continue;
    }
    // "Where it is in our interest, we will", "And where necessary": a where-clause
    // that opens the sentence (after a short phrase at most), or "where" + an adjective
    // of need anywhere; not a relative after a noun ("the places where we will build",
    // "our communities, where teachers can focus").
    if (c.relative) {
      const bool opens = i == 0 || (i <= 4 && (words_[i - 1].bits & (kPunct | kCoordinator)));
      const bool need = std::any_of(c.anywhere_before.begin(), c.anywhere_before.end(),
                                    [&](std::string_view w) { return words_follow(after, w); });
      if (!opens && !need) continue;
    }
    // "implement following 3 schemes": a count after "following" is what is listed.
    if (words_[i].key == "following" && after < words_.size() && (words_[after].bits & kNumber))
      continue;
    // "when it comes to climate finance": a topic, not a condition.
    if (words_[i].key == "when" && word_is(i + 1, "it") &&
        (word_is(i + 2, "comes") || word_is(i + 2, "came") || word_is(i + 2, "come")) &&
        word_is(i + 3, "to"))
      continue;
    best = std::max(best, static_cast<uint32_t>(c.words.size()));
  }
  *len = best;
  return best > 0;
}

// Whether a verb of reaffirming stands within five words before the noun at i, over its
// possessive and adjectives: "I reaffirm our (unwavering) commitment".
bool SentenceAnalyzer::reaffirmed_before(uint32_t i) const {
  static constexpr std::array<std::string_view, 9> kReaffirm = {
      "reaffirm",  "reiterate",  "renew",  "restate", "confirm",
      "underline", "underscore", "repeat", "affirm"};
  for (uint32_t k = i, steps = 0; k > 0 && steps < 5; --k, ++steps) {
    if (words_[k - 1].bits & kBoundary) return false;
    if (!verb_like(k - 1)) continue;
    const std::string_view lemma = verb(k - 1).lemma;
    if (std::find(kReaffirm.begin(), kReaffirm.end(), lemma) != kReaffirm.end()) return true;
  }
  return false;
}

// Whether one of the `n` words from i on is a past form that is no base ("ran",
// "announced"), before any punctuation.
bool SentenceAnalyzer::past_verb_within(uint32_t i, uint32_t n) const {
  for (uint32_t k = i; k < words_.size() && k < i + n; ++k) {
    if (words_[k].bits & kPunct) return false;
    if (!verb_like(k)) continue;
    const VerbAnalysis& va = verb(k);
    // "When we have stopped the boats": a perfect looks ahead, a condition; so does a
    // present passive: "When the GST is raised", "when I'm elected".
    if (k > 0 &&
        (words_[k - 1].key == "have" || words_[k - 1].key == "has" || words_[k - 1].key == "'ve" ||
         words_[k - 1].key == "is" || words_[k - 1].key == "are" || words_[k - 1].key == "am" ||
         words_[k - 1].key == "'m" || words_[k - 1].key == "'re" || words_[k - 1].key == "'s" ||
         words_[k - 1].key == "gets" || words_[k - 1].key == "get"))
      return false;
    if (va.known && va.can_be(kVerbPast) && !va.can_be(kVerbBase)) return true;
  }
  return false;
}

// "to" + a verb at i: returns the verb's index.
bool SentenceAnalyzer::infinitive_at(uint32_t i, uint32_t* verb) const {
  if (!word_is(i, "to")) return false;
  uint32_t k = i + 1;
  while (k < words_.size() && (words_[k].bits & kAdverbish) && !(words_[k].bits & kDeterminer)) ++k;
  if (k >= words_.size() || !verb_like(k)) return false;
  const Word& w = words_[k];
  if (w.upper) return false;  // "to Ukraine"
  if (w.info != nullptr && (w.info->flags & kCountWord)) return false;  // "to four principles"
  const VerbAnalysis& va = this->verb(k);
  if (va.known && !va.can_be(kVerbBase)) return false;  // "committed to supporting": gerund ok below
  *verb = k;
  return true;
}

// "It will be the policy of the Government to promote ...", "It shall be the aim of my
// Government to": the government after "of" is the subject and the verb after "to" the
// action of the clause whose "be" is at k.
bool SentenceAnalyzer::owner_of_stated_policy(Clause& c, uint32_t k) const {
  if (k < 2 || !(words_[k - 1].bits & kModal) || words_[k - 2].key != "it" ||
      k + 4 >= words_.size() || words_[k + 1].key != "the" || words_[k + 3].key != "of")
    return false;
  const WordKey noun = words_[k + 2].key;
  if (noun != "policy" && noun != "aim" && noun != "intention" && noun != "goal" &&
      noun != "objective" && noun != "priority" && noun != "task" && noun != "purpose")
    return false;
  constexpr uint32_t kMaxOwnerWords = 4;
  for (uint32_t m = k + 4; m < words_.size() && m <= k + 3 + kMaxOwnerWords; ++m) {
    uint32_t v = 0;
    if (!(words_[m].bits & kGovBody) || !infinitive_at(m + 1, &v)) continue;
    c.explicit_subject = m;
    finish_verb(c, v);
    return true;
  }
  return false;
}

void SentenceAnalyzer::finish_verb(Clause& c, uint32_t k) const {
  const VerbAnalysis& va = verb(k);
  // "we will be able to set up": the action is the verb after "able to".
  if (va.lemma == "be" && k + 1 < words_.size() && words_[k + 1].key == "able") {
    uint32_t v = 0;
    if (infinitive_at(k + 2, &v)) {
      finish_verb(c, v);
      return;
    }
  }
  // "we will not hesitate to act": the action is the verb after "hesitate to", and the
  // two negations cancel.
  if (va.lemma == "hesitate" && k + 1 < words_.size() && words_[k + 1].key == "to") {
    uint32_t v = 0;
    if (infinitive_at(k + 1, &v)) {
      c.negation_cancelled = true;
      finish_verb(c, v);
      return;
    }
  }
  c.verb = k;
  c.has_action = true;
  c.action = va.lemma;
  uint32_t o = k + 1;
  while (o < words_.size() && (words_[o].bits & kParticle) && o + 1 < words_.size() &&
         !(words_[o + 1].bits & kPunct))
    ++o;
  c.object_begin = o;
}

uint32_t SentenceAnalyzer::region_begin(const Clause& c) const {
  // The clause's own region starts after the last hard boundary before its subject:
  // ; : or a complementizer "that".
  uint32_t first = c.subject.found ? c.subject.begin : c.group_begin;
  for (uint32_t m = first; m > 0; --m) {
    const Word& w = words_[m - 1];
    if (first - m >= kMaxRegionWords) return m;  // bounded work in run-on sentences
    if (w.key == ";" || w.key == ":") return m;
    if (w.key == "that" && is_complementizer_that(m - 1)) return m;
  }
  return 0;
}

std::optional<Span> SentenceAnalyzer::condition_before(const Clause& c) const {
  if (!c.subject.found) return std::nullopt;
  uint32_t rb = region_begin(c);
  for (uint32_t m = rb; m < c.subject.begin; ++m) {
    uint32_t len = 0;
    if (!condition_cue_at(m, &len)) continue;
    uint32_t e = c.subject.begin;
    // "when Congress passes a bill, as president of the United States, I will sign it":
    // the condition ends before the speaker's role.
    for (uint32_t k = m + len + 2; k + 1 < e; ++k) {
      if (words_[k].key == "," && words_[k + 1].key == "as" && k + 2 < e &&
          !(words_[k + 2].bits & (kSubjectPron | kPunct)) && words_[k + 2].key != "well" &&
          words_[k + 2].key != "soon" && words_[k + 2].key != "long") {
        e = k;
        break;
      }
    }
    // Drop a trailing "then" and punctuation.
    while (e > m + len && ((words_[e - 1].bits & kPunct) || words_[e - 1].key == "then")) --e;
    if (e <= m + len - 1) return std::nullopt;
    // "to everyone counting on it when they retire, we made a promise to you, and we are
    // going to keep it": a clause joined by "and" or "but" has no condition before it;
    // the cue belongs to the clause before the coordinator.
    if (e > m + len && (words_[e - 1].key == "and" || words_[e - 1].key == "but"))
      return std::nullopt;
    return words_span(m, e);
  }
  return std::nullopt;
}

std::optional<Span> SentenceAnalyzer::condition_after(const Clause& c, uint32_t* cond_word) const {
  for (uint32_t m = c.object_begin; m < c.end; ++m) {
    uint32_t len = 0;
    if (!condition_cue_at(m, &len)) continue;
    // The condition ends where ", but" or "—but" opens another clause ("until the last
    // possible moment—but we have to face ...").
    uint32_t end = c.end;
    for (uint32_t k = m + len; k + 1 < end; ++k) {
      if (words_[k].key == "but" && (words_[k - 1].bits & (kPunct | kDash))) {
        end = k;
        break;
      }
    }
    // A condition between commas ends at the second: "will be extended, if needed, to
    // other types of cargo".
    if (m > 0 && words_[m - 1].key == ",") {
      for (uint32_t k = m + len; k < end; ++k) {
        if (words_[k].key == ",") {
          end = k;
          break;
        }
      }
    }
    Span s = trimmed(m, end);
    if (s.empty()) return std::nullopt;
    *cond_word = m;
    return s;
  }
  return std::nullopt;
}

// Whether word i is a currency sign ("$10 million", "£2 billion", "€5").
bool SentenceAnalyzer::percent_at(uint32_t i) const {
  return i > 0 && words_[i].key == "%" && (words_[i - 1].bits & kNumber);
}

bool SentenceAnalyzer::currency_at(uint32_t i) const {
  if (i >= words_.size()) return false;
  const WordKey k = words_[i].key;
  return k == "$" || k == "\xC2\xA3" || k == "\xE2\x82\xAC" || k == "\xC2\xA5";
}

Span SentenceAnalyzer::trimmed(uint32_t b, uint32_t e) const {
  // An inline list marker goes: ": (a) the Manufacturing DRC".
  if (b < e && words_[b].key == ":") b = std::min(e, after_marker(b + 1));
  // A currency sign stays: "$10 million".
  while (b < e && (words_[b].bits & kPunct) && !(words_[b].bits & kQuote) && !currency_at(b)) ++b;
  // So does a percent sign after its number: "by 10%".
  while (e > b && ((words_[e - 1].bits & kPunct && !(words_[e - 1].bits & kQuote) &&
                    words_[e - 1].key != ")" && words_[e - 1].key != "]" && !percent_at(e - 1)) ||
                   (words_[e - 1].bits & kCoordinator))) {
    --e;
  }
  if (b >= e) return {};
  return words_span(b, e);
}

uint32_t SentenceAnalyzer::agent_at(uint32_t from, uint32_t to) const {
  for (uint32_t m = from; m < to && m < words_.size(); ++m) {
    if (words_[m].key != "by" || m + 1 >= words_.size()) continue;
    // "by the end of the year" is a time, not an agent.
    uint32_t off = words_[m + 1].span.start;
    auto it = std::upper_bound(times_.begin(), times_.end(), off, [&](uint32_t o, const TimeExpr& t) {
      return o < t.span.start;
    });
    bool time = it != times_.begin() && off < (it - 1)->span.end;
    if (time || (words_[m + 1].bits & kNumber)) continue;
    // Not the passive's agent: a means ("to empower them by improving their
    // capabilities"), a participle's own agent ("natural farming supported by
    // certification"), a noun's ("released for cultivation by farmers").
    const WordKey next = words_[m + 1].key;
    if (next.size() > 4 && next.ends_with("ing")) continue;
    // "will be established by law": how, not by whom.
    if (words_[m + 1].bits & kMeans) continue;
    if (m > from) {
      const WordKey before = words_[m - 1].key;
      if ((before.size() > 3 && before.ends_with("ed")) &&
          !(words_[m - 1].bits & (kPunct | kAdverbish)))
        continue;
      // An irregular participle: "across the country driven by people's participation".
      if (verb_like(m - 1) && verb(m - 1).known && verb(m - 1).can_be(kVerbParticiple) &&
          !verb(m - 1).can_be(kVerbBase))
        continue;
      if (before.size() > 6 && (before.ends_with("tion") || before.ends_with("ment")) &&
          m >= from + 2 && (words_[m - 2].bits & kPreposition))
        continue;
    }
    return m;
  }
  return UINT32_MAX;
}

// Whether the participle at `v` has a government act joined to it by "and": "public
// input will be sought and considered", "flood risks will be studied and reduced".
// With `policy` false, any participle joined so: "will be studied and promoted".
bool SentenceAnalyzer::participle_joined(uint32_t v, bool policy) const {
  const auto p = v + 2;
  if (p >= words_.size() || words_[v + 1].key != "and" || words_[p].upper || !verb_like(p))
    return false;
  const VerbAnalysis& va = verb(p);
  return va.known && va.can_be(kVerbParticiple) && (!policy || lex_.has(va.lemma, kPolicyVerb));
}

// Whether the subject at word `subject` opens the complement of the side's decision:
// "I have decided that the increase will not take effect", "we agreed the levy will".
bool SentenceAnalyzer::decision_complement(uint32_t subject) const {
  uint32_t v = subject;
  if (v > 0 && words_[v - 1].key == "that") --v;
  if (v == 0 || !verb_like(v - 1) || !lex_.has(verb(v - 1).lemma, kDecideVerb)) return false;
  return decided_before(v);
}

// Whether the subject at word `subject` opens the that-clause of the side's assurance to
// its hearers: "I assure you that the rule of law will be upheld", "I wish to reassure
// this assembly that our commitment will not weaken", "let me assure you that". The
// hearers take at most four words; the speaker is "I" or "we" with at most a wish or a
// modal between ("I want to", "we would like to", "I can"), or "me" after "let".
bool SentenceAnalyzer::assured_complement(uint32_t subject) const {
  // The subject may be the last of a list: "that democracy, human rights and the rule
  // of law will be upheld".
  uint32_t that = subject;
  while (that > 0 && subject - that < 8 && words_[that - 1].key != "that" &&
         !(words_[that - 1].bits & (kModal | kAux | kBoundary | kSubjectPron)))
    --that;
  if (that < 3 || words_[that - 1].key != "that") return false;
  --that;
  uint32_t v = that;
  while (v > 0 && that - v < 5) {
    --v;
    if (words_[v].bits & (kPunct | kModal)) return false;
    if (verb_like(v) && lex_.has(verb(v).lemma, kAssureVerb)) break;
    if (that - v == 5) return false;
  }
  if (v == 0 || !verb_like(v) || !lex_.has(verb(v).lemma, kAssureVerb) || v + 1 == that)
    return false;
  for (uint32_t m = v, steps = 0; m > 0 && steps < 5; --m, ++steps) {
    const Word& w = words_[m - 1];
    if ((w.bits & kFirstPerson) && (w.bits & kSubjectPron) && !(w.bits & kPossessive)) return true;
    if (w.key == "me") return m >= 2 && words_[m - 2].key == "let";
    const std::string_view k = w.key;
    if ((w.bits & (kModal | kAux | kAdverb)) || k == "to" || k == "wish" || k == "want" ||
        k == "like")
      continue;
    return false;
  }
  return false;
}

// Whether the subject at word `subject` opens a that-clause which a noun cue of the
// speaker's side governs: "It is our intention that every child will have a place",
// "Our commitment that no family will be left behind", "my aim is that we"; `strength`
// is the noun's (intention: intent; commitment: firm).
bool SentenceAnalyzer::nominal_complement(uint32_t subject, Strength* strength) const {
  if (subject < 3 || words_[subject - 1].key != "that") return false;
  uint32_t noun = subject - 2;
  if (words_[noun].aux() == "be") --noun;  // "our aim is that"
  const Cue* cue = nullptr;
  for (uint16_t id : lex_.cues_of(words_[noun].info)) {
    if (lex_.cues[id].kind == CueKind::kNoun) cue = &lex_.cues[id];
  }
  if (cue == nullptr) return false;
  // The owner: "our", "my" or "the Government's", with at most two words between
  // ("our firm and clear intention").
  for (uint32_t m = noun, steps = 0; m > 0 && steps < 3; --m, ++steps) {
    const Word& p = words_[m - 1];
    if ((p.bits & kPossessive) && (p.bits & kFirstPerson)) {
      *strength = cue->strength;
      return true;
    }
    if ((p.bits & kPossessiveS) && m >= 2 && (words_[m - 2].bits & kGovBody)) {
      *strength = cue->strength;
      return true;
    }
    if (p.bits & (kPunct | kDeterminer | kPreposition | kAux | kModal | kSubjectPron)) break;
  }
  return false;
}

bool SentenceAnalyzer::decided_before(uint32_t word) const {
  // "I have decided", "we can announce", "I can confirm", "our government has decided":
  // a first-person subject, or an agent the side owns, then a decision verb, before
  // `word`.
  for (uint32_t m = word > kMaxRegionWords ? word - kMaxRegionWords : 0; m + 1 < word; ++m) {
    if (!(words_[m].bits & kFirstPerson)) continue;
    uint32_t from = m + 1;
    if (!(words_[m].bits & kSubjectPron)) {
      if (!(words_[m].bits & kPossessive) || !(words_[m + 1].bits & kOwnAgent)) continue;
      from = m + 2;
    }
    for (uint32_t k = from; k < word && k <= from + 3; ++k) {
      const Word& w = words_[k];
      if (w.bits & kPunct) break;
      if (w.bits & (kAux | kModal | kAdverb)) continue;
      const VerbAnalysis& va = verb(k);
      if (lex_.has(va.lemma, kDecideVerb)) return true;
      break;
    }
  }
  return false;
}

// Someone else's words: the clause sits inside an open quotation, or a closing quote
// after it is followed by a verb of saying ("I'm not going to solve ...," he said).
bool SentenceAnalyzer::quoted(const Clause& c) const {
  // Without a quotation mark in the sentence only a quotation an earlier one opened can
  // hold the clause (most sentences: the scans below found nothing in them).
  if (!quotes_) return opens_quoted_;
  uint32_t first = c.subject.found ? c.subject.begin : c.group_begin;
  int depth = 0;  // open quotations before word `first`
  // A paragraph that is a quotation from its first word, not introduced by a colon, is
  // the speaker's own statement as a press office prints it (“We will continue to
  // invest ...”); someone else's words are introduced ("As she said: “...”") or
  // attributed after the closing quote (below).
  uint32_t m = 0;
  if (!words_.empty() && words_[0].quote > 0 && own_quoted_paragraph()) m = 1;
  // Inside a quotation an earlier sentence opened: “Dear Daddy, please take this to
  // heaven. I don't want to play football until ...”.
  if (opens_quoted_) depth = 1;
  for (; m < first && m < words_.size(); ++m) depth = std::max(0, depth + words_[m].quote);
  if (depth > 0) return true;
  for (uint32_t q = c.verb + 1; q < words_.size() && q < c.verb + kMaxClauseWords; ++q) {
    if (words_[q].quote >= 0) continue;
    for (uint32_t k = q + 1; k < words_.size() && k <= q + 4; ++k) {
      if (words_[k].bits & kPunct) continue;
      const std::string& lemma = verb(k).lemma;
      if (lemma == "say" || lemma == "tell" || lemma == "add" || lemma == "write" ||
          lemma == "ask" || lemma == "declare" || lemma == "insist" || lemma == "reply")
        return true;
    }
    return false;
  }
  return false;
}

// Whether a time at byte `byte`, after the verb `verb`, lies in a clause of its own:
// after a relative word ("the gaps that communities still face today", "the plan which
// we agreed in May") or ", as" and a pronoun ("as we have throughout the last two
// years"); not a deadline ("by 2014").
bool SentenceAnalyzer::in_subclause(uint32_t verb, uint32_t byte) const {
  // A deadline attaches to the main verb: "to raise the number of students who qualify
  // to 175 000 by 2014".
  uint32_t at = verb + 1;
  while (at < words_.size() && words_[at].span.start < byte) ++at;
  if (at > verb + 1 && (words_[at - 1].key == "by" || words_[at - 1].key == "until" ||
                        words_[at - 1].key == "before"))
    return false;
  for (uint32_t m = verb + 1; m < words_.size() && words_[m].span.start < byte; ++m) {
    const Word& w = words_[m];
    if (w.key == "which" || w.key == "who" || w.key == "whom" || w.key == "whose") return true;
    if (w.key == "that" && !is_complementizer_that(m)) return true;
    if (w.key == "as" && m > 0 && words_[m - 1].key == "," && m + 1 < words_.size() &&
        (words_[m + 1].bits & kSubjectPron))
      return true;
    // A purpose clause: "... so they can be viable contributors years from now".
    if (w.key == "so" && m + 1 < words_.size() &&
        (words_[m + 1].key == "that" ||
         ((words_[m + 1].bits & kSubjectPron) && !(words_[m + 1].bits & kDemonstrative))))
      return true;
  }
  return false;
}

// Whether the sentence's opening quotation mark starts its line, with no colon before it
// (white space and line breaks between).
bool SentenceAnalyzer::own_quoted_paragraph() const {
  const std::string_view text = a_.doc.text;
  uint32_t b = words_[0].span.start;
  bool line_start = b == 0;
  while (b > 0) {
    const char c = text[b - 1];
    if (c == '\n') line_start = true;
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
    --b;
  }
  return line_start && (b == 0 || text[b - 1] != ':');
}

bool SentenceAnalyzer::list_item_start(uint32_t* marker_end) const {
  uint32_t i = 0;
  if (i < words_.size() && (words_[i].key == "and" || words_[i].key == "but")) ++i;
  if (i >= words_.size() || !(words_[i].bits & kOrdinal)) return false;
  // "Next month, ...", "First thing tomorrow": the ordinal starts a time, not a list item.
  const uint32_t at = words_[i].span.start;
  auto t = std::lower_bound(times_.begin(), times_.end(), at,
                            [](const TimeExpr& x, uint32_t off) { return x.span.start < off; });
  if (t != times_.end() && t->span.start == at) return false;
  ++i;
  if (i < words_.size() && (words_[i].bits & kPeriod)) return false;  // "Next session we"
  if (i < words_.size() && words_[i].key == ",") ++i;
  if (i < words_.size() && words_[i].key == "that") ++i;
  *marker_end = i;
  return true;
}

std::vector<uint32_t> SentenceAnalyzer::head_actors(const Subject& s) const {
  return actors_in(words_span(s.begin, s.head_end), [&](const MentionRef& m) {
    return !qualifies_population(s, m) && !names_people(m);
  });
}

// Whether a mention of a country names its people, a plural demonym ("Canadians will
// have access", "Filipinos", "New Zealanders"): the people are not the state that
// undertakes (the guide's speaker's side is I, we, the government, the country).
// Not the country's name ("the Philippines"), nor a part of it ("the States"), nor an
// abbreviation ("US").
std::string_view word_before(std::string_view text, uint32_t& pos);  // defined below

bool SentenceAnalyzer::names_people(const MentionRef& m) const {
  const Actor& actor = a_.actors[m.actor];
  if (actor.type != ActorType::kCountry || m.span.empty()) return false;
  const std::string_view text = slice(a_.doc.text, m.span);
  // "every American will have a large burden lifted": a demonym after a quantifier.
  {
    uint32_t pos = m.span.start;
    const std::string_view q = word_before(a_.doc.text, pos);
    if ((q == "every" || q == "each" || q == "Every" || q == "Each") &&
        !actor.name.ends_with(text))
      return true;
  }
  if (text.back() != 's' || text.size() < 4) return false;
  const std::string_view name = actor.name;
  return !name.ends_with(text);
}

const MentionRef* SentenceAnalyzer::mention_containing(Span s) const {
  // Mentions are in text order and do not nest; the candidates start at or before s.
  auto it = std::upper_bound(mentions_.begin(), mentions_.end(), s.start,
                             [](uint32_t off, const MentionRef& m) { return off < m.span.start; });
  for (int back = 0; back < 3 && it != mentions_.begin(); ++back) {
    --it;
    if (it->span.contains(s)) return &*it;
  }
  return nullptr;
}

bool SentenceAnalyzer::country_first_in_subject(const Subject& s, uint32_t* actor,
                                                uint32_t* pos) const {
  if (!s.found || s.head_end <= s.begin) return false;
  Span head = words_span(s.begin, s.head_end);
  auto it = std::lower_bound(mentions_.begin(), mentions_.end(), head.start,
                             [](const MentionRef& m, uint32_t off) { return m.span.start < off; });
  for (; it != mentions_.end() && it->span.start < head.end; ++it) {
    const Actor& actor_at = a_.actors[it->actor];
    // A body named after a country stands for it ("The British Army will ...").
    const bool country_body =
        (actor_at.type == ActorType::kOrganization || actor_at.type == ActorType::kGroup) &&
        !actor_at.side.empty();
    // "Russia's war will leave its mark": a possessor is not the subject's head.
    const std::string_view after = std::string_view(a_.doc.text).substr(it->span.end, 4);
    const bool possessor = after.starts_with("'s") || after.starts_with("\xE2\x80\x99s");
    if (it->span.end <= head.end && !possessor &&
        (actor_at.type == ActorType::kCountry || country_body) && !qualifies_population(s, *it)) {
      *actor = it->actor;
      *pos = it->span.start;
      return true;
    }
  }
  return false;
}

bool SentenceAnalyzer::qualifies_population(const Subject& s, const MentionRef& mention) const {
  if (!s.found || s.head_end <= s.begin + 1) return false;
  const Word& noun = words_[s.head_end - 1];
  if (noun.upper || (noun.bits & (kOwnAgent | kGovBody | kPunct | kPossessiveS))) return false;
  if (noun.span.end <= mention.span.end) return false;
  // The word right after the mention is a lower-case content word of the head.
  for (uint32_t m = s.begin; m + 1 < s.head_end; ++m) {
    if (words_[m].span.end != mention.span.end) continue;
    const Word& next = words_[m + 1];
    // "Canada's economy will grow": the country owns a thing, not an agent of its own.
    if (next.bits & kPossessiveS) return true;
    return !next.upper && !(next.bits & (kPunct | kCoordinator | kPreposition | kDeterminer |
                                         kModal | kAux));
  }
  return false;
}

// The first word of the list item after the next semicolon from word p on (over "and",
// "or"), or UINT32_MAX when the sentence has no further semicolon.
// One past an inline list marker at word i ("(a)", "b)", "(iii)", "(2)"), or i itself:
// "we will reduce: (a) the Manufacturing DRC ...; and (b) the Services DRC ...".
uint32_t SentenceAnalyzer::after_marker(uint32_t i) const {
  const uint32_t n = static_cast<uint32_t>(words_.size());
  const bool bracket = i < n && words_[i].key == "(";
  uint32_t m = bracket ? i + 1 : i;
  // "(a)", "b)", "1." and "a." (no opening bracket before a full stop).
  if (m + 1 >= n || !(words_[m + 1].key == ")" || (!bracket && words_[m + 1].key == "."))) return i;
  const WordKey k = words_[m].key;
  const bool number = (words_[m].bits & kNumber) && k.size() <= 2;
  const bool letters = k.size() <= 4 && !k.empty() &&
                       (k.size() == 1 ? k[0] >= 'a' && k[0] <= 'z'
                                      : k.find_first_not_of("ivx") == std::string_view::npos);
  return number || letters ? m + 2 : i;
}

uint32_t SentenceAnalyzer::item_after_semicolon(uint32_t p) const {
  const uint32_t n = static_cast<uint32_t>(words_.size());
  while (p < n && words_[p].key != ";" && !(words_[p].bits & kBoundary)) ++p;
  if (p >= n || words_[p].key != ";") return UINT32_MAX;
  uint32_t v = p + 1;
  if (v < n && (words_[v].key == "and" || words_[v].key == "or")) ++v;
  return after_marker(v);
}

// "We will increase our support to Ukraine; reinforce our collective defence; and deepen
// our global partnerships": each item after a semicolon that opens (after "and"/"or")
// with a bare verb is its own commitment (annotation guide: each item of a list), with
// the first clause's first-person subject right before its modal at `modal`, and its
// modal. A comma list ("we will cut taxes, build homes and fix roads") stays one clause.
void SentenceAnalyzer::list_after_semicolons(const Clause& first, uint32_t modal,
                                             std::vector<Clause>& out) const {
  if (modal == 0 || first.explicit_subject != UINT32_MAX || !first.has_action) return;
  const Word& subject = words_[modal - 1];
  // After "will:" the colon opens the list whatever the subject: "The Government will:
  // create ...; cut ...".
  const bool listed = first.list_colon != UINT32_MAX && !(subject.bits & kPunct);
  if (!listed &&
      (!(subject.bits & kSubjectPron) || !(subject.bits & kFirstPerson) ||
       (subject.bits & (kRelative | kDeterminer)) || subject.key == "us" || subject.key == "me"))
    return;
  const uint32_t n = static_cast<uint32_t>(words_.size());
  uint32_t p = first.object_begin;
  // "we will reduce: (a) the Manufacturing DRC ...; and (b) the Services DRC ...": objects
  // of the first clause's verb after a colon, each item marked.
  const bool object_list = word_is(first.object_begin, ":") &&
                           after_marker(first.object_begin + 1) > first.object_begin + 1;
  if (object_list) p = after_marker(first.object_begin + 1);
  for (int items = 0; items < 8; ++items) {
    const uint32_t v = item_after_semicolon(p);
    if (v == UINT32_MAX) return;
    if (object_list && v > 0 && words_[v - 1].key == ")" && v + 1 < n) {
      Clause d = first;
      d.begin_word = v;
      d.group_begin = v;
      d.cue_word = v;
      d.verb = v - 1;  // the marker's end: the item has no verb of its own
      d.object_begin = v;
      d.explicit_subject = modal - 1;
      d.list_colon = UINT32_MAX;
      out.push_back(std::move(d));
      p = v + 1;
      continue;
    }
    if (v + 1 >= n || (words_[v + 1].bits & kPunct) ||
        (words_[v].bits & (kSubjectPron | kDeterminer | kModal | kAux | kPreposition | kPunct)) ||
        !verb_like(v) || !verb(v).can_be(kVerbBase))
      return;
    Clause d;
    d.cue_word = v;
    d.group_begin = v;
    d.begin_word = v;
    d.modality = first.modality;
    d.rule = first.rule;
    d.negative = first.negative;
    d.explicit_subject = modal - 1;
    finish_verb(d, v);
    d.strength = Strength::kFirm;
    d.cue = 0;
    out.push_back(std::move(d));
    p = v + 1;
  }
}

// "We are determined to cut taxes; to build the roads; and to protect our borders": each
// infinitive after a semicolon continues the cue of `first` (itself an infinitive after
// "determined to", "pledge to", ...) for the same first-person subject.
void SentenceAnalyzer::to_items_after_semicolons(const Clause& first,
                                                 std::vector<Clause>& out) const {
  uint32_t unused = 0;
  const uint32_t t0 = item_after_semicolon(first.object_begin);
  if (t0 == UINT32_MAX || !infinitive_at(t0, &unused)) return;  // most clauses: no list
  const Subject subject = find_subject(first.group_begin);
  if (!subject.found || subject.relative || subject.subordinate || subject.end != subject.begin + 1)
    return;
  const Word& pronoun = words_[subject.begin];
  if (!(pronoun.bits & kSubjectPron) || !(pronoun.bits & kFirstPerson) ||
      (pronoun.bits & (kRelative | kDeterminer)))
    return;
  uint32_t p = first.object_begin;
  for (int items = 0; items < 8; ++items) {
    const uint32_t t = item_after_semicolon(p);
    uint32_t v = 0;
    if (t == UINT32_MAX || !infinitive_at(t, &v)) return;
    Clause d = first;
    d.begin_word = v;
    d.explicit_subject = subject.begin;
    d.that_complement = false;
    finish_verb(d, v);
    out.push_back(std::move(d));
    p = v + 1;
  }
}

// Whether word i is a bullet (sentences.h) that opens a line.
// Whether word i opens a line right after a colon that ends the line before: "Labour
// will:\nHalve the number of cases".
bool SentenceAnalyzer::opens_line_after_colon(uint32_t i) const {
  if (i == 0 || i >= words_.size() || words_[i - 1].key != ":") return false;
  const std::string_view text = a_.doc.text;
  for (uint32_t b = words_[i - 1].span.end; b < words_[i].span.start; ++b)
    if (text[b] == '\n' || text[b] == '\r') return true;
  return false;
}

// A sentence that continues a list opened by "Labour will:" on a line of its own, one
// item per line or paragraph: its verb in the base form, after a bullet or an item
// number perhaps ("Increase irrigated land.", "- Hire 50 teachers.", "3. Set a ceiling");
// UINT32_MAX if the sentence opens otherwise.
uint32_t SentenceAnalyzer::continued_item_verb(bool gerund) const {
  uint32_t i = 0;
  if (bullet_at(0)) {
    i = 1;
  } else if (words_.size() > 2 && (words_[0].bits & kNumber) &&
             (words_[1].key == "." || words_[1].key == ")")) {
    i = 2;  // "3. Set", "3) Set"
  }
  // Lower case only at a line's start: "set up a network." after "We will: set up gas
  // grids." (a list whose bullets were lost), not a sentence run on after a full stop.
  if (i + 1 >= words_.size() || (words_[i].bits & kAux) || !verb_like(i) ||
      (!words_[i].upper && !opens_line(i)))
    return UINT32_MAX;
  const VerbAnalysis& va = verb(i);
  // A base form that is no past or participle too ("Set" is; "Increased" is not), and no
  // noun the lexicon reads as a verb before a verb of its own ("Funding will"); after
  // "... which include:" a gerund too ("2. Rolling out of a system").
  if (!va.known || !(va.can_be(kVerbBase) || (gerund && va.can_be(kVerbGerund))) ||
      (words_[i].bits & (kDeterminer | kPreposition)))
    return UINT32_MAX;
  for (uint32_t m = i + 1; m < words_.size(); ++m) {
    if ((words_[m].bits & kModal) ||
        ((words_[m].bits & kSubjectPron) && (words_[m].bits & kFirstPerson)))
      return UINT32_MAX;
  }
  return i;
}

// A sentence that continues a list a clause announced with a number ("has committed
// itself to four principles. First, to reduce the debt. Second, to achieve ..."): an
// ordinal, perhaps after "and", then an infinitive; the verb's index, or UINT32_MAX.
uint32_t SentenceAnalyzer::ordinal_item_verb() const {
  uint32_t i = 0;
  if (i < words_.size() && words_[i].key == "and") ++i;
  if (i >= words_.size() || !(words_[i].bits & kOrdinal) || words_[i].key == "next")
    return UINT32_MAX;
  ++i;
  if (i < words_.size() && words_[i].key == ",") ++i;
  uint32_t v = UINT32_MAX;
  return infinitive_at(i, &v) ? v : UINT32_MAX;
}

// Whether clause c ends its sentence announcing a number of items: "has committed itself
// to four principles.", "we will pursue the following priorities:".
bool SentenceAnalyzer::announces_items(const Clause& c) const {
  constexpr uint32_t kMaxWords = 3;
  const uint32_t n = static_cast<uint32_t>(words_.size());
  if (c.end + 1 < n) return false;
  for (uint32_t k = std::max(c.object_begin, c.verb + 1);
       k < c.end && k < c.object_begin + kMaxWords; ++k) {
    const Word& w = words_[k];
    if ((w.info != nullptr && (w.info->flags & kCountWord)) || w.key == "following") return true;
  }
  return false;
}

bool SentenceAnalyzer::bullet_at(uint32_t i) const {
  if (i >= words_.size()) return false;
  const WordKey k = words_[i].key;
  if (!is_bullet_sign(k) && !is_line_bullet_sign(k)) return false;
  const std::string_view text = a_.doc.text;
  uint32_t b = words_[i].span.start;
  while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '\t')) --b;
  return b == 0 || text[b - 1] == '\n' || text[b - 1] == '\r';
}

// "We will provide:\n* training ...;\n* Narcan ...;\n* treatment.": after a colon that
// opens a bulleted list, each item is its own commitment (annotation guide: each item of a
// list), with the subject and modal of `first`: a noun phrase takes its verb ("provide
// Narcan"), an item with a verb of its own keeps it ("- hire 50 teachers", "* to build
// charging stations"). `first` keeps the first item and ends where the second begins.
// The verb in its base form that opens a list item starting at word i, perhaps after an
// adverb: "create a new agency", "- Hire 50 teachers" (capitalised after its bullet),
// "- actively engage volunteers"; UINT32_MAX if the item opens otherwise.
uint32_t SentenceAnalyzer::verb_item_at(uint32_t i) const {
  const bool after_bullet = i > 0 && bullet_at(i - 1);
  if (i < words_.size() && (words_[i].bits & (kAdverb | kLyAdverb)) &&
      !(words_[i].bits & (kDeterminer | kNegation)))
    ++i;
  if (i + 1 >= words_.size() || (words_[i].bits & kAux) || !verb_like(i)) return UINT32_MAX;
  // Capitalised after a bullet, at a line's start after a colon, or right after the
  // modal's colon: "The BJP will: Create a public transport system".
  const bool after_modal_colon =
      i >= 2 && words_[i - 1].key == ":" && (words_[i - 2].bits & kModal) != 0;
  // After an item's marker: "we will: a. Increase ...; b. Use ...".
  const bool after_item_marker =
      (i >= 2 && after_marker(i - 2) == i) || (i >= 3 && after_marker(i - 3) == i);
  if (words_[i].upper && !(after_bullet && i > 0 && bullet_at(i - 1)) &&
      !opens_line_after_colon(i) && !after_modal_colon && !after_item_marker)
    return UINT32_MAX;
  const VerbAnalysis& va = verb(i);
  return va.known && va.can_be(kVerbBase) ? i : UINT32_MAX;
}

void SentenceAnalyzer::bullet_items(Clause& first, std::vector<Clause>& out) const {
  const uint32_t n = static_cast<uint32_t>(words_.size());
  constexpr uint32_t kMaxIntroWords = 6;  // "make every effort:", "invest in:"
  uint32_t colon = first.list_colon != UINT32_MAX ? first.list_colon : first.object_begin;
  while (colon < n && colon < first.object_begin + kMaxIntroWords && words_[colon].key != ":" &&
         !(words_[colon].bits & kBoundary))
    ++colon;
  if (colon + 1 >= n || words_[colon].key != ":" || !bullet_at(colon + 1)) return;
  // "We will work with our partners to: - create ...", "we will do the following: - hire
  // ...": an introduction whose list gives the verbs; the first item's verb is the clause's.
  if (const uint32_t v = verb_item_at(colon + 2);
      first.list_colon == UINT32_MAX && v != UINT32_MAX &&
      (words_[colon - 1].key == "to" || words_[colon - 1].key == "following")) {
    first.list_colon = colon;
    finish_verb(first, v);
  }
  const Subject subject = find_subject(first.group_begin);
  if (!subject.found || subject.relative || subject.subordinate || subject.head_end == 0) return;
  constexpr int kMaxItems = 16;
  uint32_t m = colon + 1;  // a bullet
  for (int items = 0; items < kMaxItems && m < n; ++items) {
    uint32_t b = m + 1, e = b;
    while (e < n && !bullet_at(e)) ++e;
    // Not the item's closing ", and" or ";": "Narcan at every venue, and".
    uint32_t item_end = e;
    while (item_end > b && ((words_[item_end - 1].bits & (kPunct | kCoordinator)) &&
                            !(words_[item_end - 1].bits & kBoundary)))
      --item_end;
    if (items == 0) {
      first.end_limit = item_end;
    } else {
      while (b < e && (words_[b].key == "and" || words_[b].key == "or")) ++b;
      // An item with a subject or a modal of its own is its own clause already.
      bool own_clause = b < item_end && (words_[b].bits & kSubjectPron) != 0;
      for (uint32_t q = b; q < item_end && !own_clause; ++q)
        own_clause = (words_[q].bits & kModal) != 0;
      if (b < item_end && !(words_[b].bits & kPunct) && !own_clause) {
        Clause d = first;
        d.begin_word = b;
        d.explicit_subject = subject.head_end - 1;
        d.that_complement = false;
        d.end_limit = item_end;
        uint32_t v = 0;
        if (infinitive_at(b, &v)) {
          finish_verb(d, v);
        } else if (const uint32_t vi = verb_item_at(b); vi != UINT32_MAX && vi + 1 < item_end) {
          finish_verb(d, vi);  // "- hire 50 teachers"
        } else {
          d.object_begin = b;  // a noun phrase: the first item's verb
        }
        out.push_back(std::move(d));
      }
    }
    m = e;
  }
}

// An assurance to the hearers that they may rely on the side: "You can count on
// Ghana's support", "you can always count on us", "You can rely on the United Kingdom",
// "You can be assured of our full support", "Rest assured of our solidarity". The
// side's undertaking to support them (rule `assurance`, firm): the committer is what
// follows "on" or "of", a first-person word or a name, after "of" with a noun of support.
bool SentenceAnalyzer::reliance_at(uint32_t i, Clause& c) const {
  const auto n = static_cast<uint32_t>(words_.size());
  const WordKey k = words_[i].key;
  // Called on every word: most are rejected by length and first letter.
  if (k.size() < 4 || k.size() > 7) return false;
  if (const char f = k[0]; f != 'c' && f != 'r' && f != 'd' && f != 'a' && f != 'h') return false;
  uint32_t t = 0;  // the first word of the target
  if ((k == "count" || k == "rely" || k == "depend") && i + 2 < n &&
      (words_[i + 1].key == "on" || words_[i + 1].key == "upon")) {
    uint32_t m = i;
    while (m > 0 && (words_[m - 1].bits & kAdverbish) && !(words_[m - 1].bits & kDeterminer)) --m;
    if (m < 2 || words_[m - 1].key != "can" || words_[m - 2].key != "you") return false;
    c.group_begin = c.begin_word = m - 2;
    t = i + 2;
  } else if (k == "assured" && i + 2 < n && words_[i + 1].key == "of" && i > 0 &&
             (words_[i - 1].key == "be" || words_[i - 1].key == "rest")) {
    uint32_t m = i - 1;  // "be" or "rest"; over a modal and adverbs to "you"
    while (m > 0 && (words_[m - 1].bits & (kModal | kAdverbish)) &&
           !(words_[m - 1].bits & kDeterminer))
      --m;
    if (m > 0 && words_[m - 1].key == "you") --m;
    c.group_begin = c.begin_word = m;
    t = i + 2;
  } else if ((k == "assure" || k == "assures") && i + 3 < n) {
    // "I assure you of Trinidad and Tobago's full support and cooperation", "we assure
    // the Assembly of our cooperation": a noun of support must follow "of".
    uint32_t of = i + 1;
    while (of < n && of < i + 5 && words_[of].key != "of" && !(words_[of].bits & kPunct)) ++of;
    if (of >= n || of == i + 1 || words_[of].key != "of" || of + 1 >= n) return false;
    c.group_begin = c.begin_word = i;
    if (i > 0 && (words_[i - 1].bits & kSubjectPron) && (words_[i - 1].bits & kFirstPerson))
      c.group_begin = c.begin_word = i - 1;
    t = of + 1;
  } else if (k == "have" && i >= 2 && i + 2 < n) {
    // "I assure you, you will have our full support": the hearers will have the side's
    // support.
    uint32_t m = i;
    while (m > 0 && (words_[m - 1].bits & kAdverbish) && !(words_[m - 1].bits & kDeterminer)) {
      if (words_[m - 1].bits & kNegation) return false;  // "you will not have"
      --m;
    }
    if (m < 2 || words_[m - 1].modal() != "will" || (words_[m - 1].bits & kNegation) ||
        words_[m - 2].key != "you")
      return false;
    c.group_begin = c.begin_word = m - 2;
    t = i + 1;
  } else {
    return false;
  }
  // A noun of support after a possessive: "of our full support", "on Ghana's support".
  auto support_noun_after = [&](uint32_t from) {
    for (uint32_t m = from; m < n && m < from + 3; ++m) {
      const WordKey w = words_[m].key;
      if (w == "support" || w == "solidarity" || w == "cooperation" || w == "co-operation" ||
          w == "commitment" || w == "help" || w == "assistance" || w == "partnership" ||
          w == "friendship" || w == "backing")
        return m;
      if (words_[m].bits & kPunct) break;
    }
    return UINT32_MAX;
  };
  const Word& tw = words_[t];
  // A noun of support must follow.
  const bool after_of = words_[t - 1].key == "of" || k == "have";
  uint32_t end = t + 1;
  if ((tw.bits & kFirstPerson) && (tw.bits & kPossessive)) {
    const uint32_t noun = support_noun_after(t + 1);
    if (noun == UINT32_MAX) return false;
    c.nominal_possessive_first = true;
    end = noun + 1;
  } else if ((tw.bits & kFirstPerson) && !after_of && (tw.key == "us" || tw.key == "me")) {
    c.nominal_possessive_first = true;
  } else if (mention_containing(tw.span) != nullptr ||
             (tw.key == "the" && t + 1 < n && mention_containing(words_[t + 1].span) != nullptr)) {
    uint32_t e = tw.key == "the" ? t + 1 : t;
    const MentionRef* mr = mention_containing(words_[e].span);
    while (e + 1 < n && words_[e + 1].span.start < mr->span.end) ++e;
    const bool possessive = e + 1 < n && (words_[e + 1].bits & kPossessiveS);
    // "Rest assured of Solomon Islands support": a name that ends in -s often goes
    // without its apostrophe; the noun of support right after it is enough.
    const uint32_t bare = !possessive && after_of && e + 1 < n && support_noun_after(e + 1) == e + 1
                              ? e + 1
                              : UINT32_MAX;
    if (after_of && bare == UINT32_MAX && (!possessive || support_noun_after(e + 2) == UINT32_MAX))
      return false;
    c.nominal_possessor = static_cast<int>(e);
    end = bare != UINT32_MAX                                      ? bare + 1
          : possessive && support_noun_after(e + 2) != UINT32_MAX ? support_noun_after(e + 2) + 1
                                                                  : e + 1;
  } else {
    return false;
  }
  c.cue_word = i;
  c.verb = i;
  c.has_action = true;
  c.action = "support";
  c.modality = k == "assured"                    ? WordKey("assured of")
               : k == "have"                     ? WordKey("will")
               : (k == "assure" || k == "assures") ? WordKey("assure")
                                                 : WordKey("count on");
  c.rule = "assurance";
  c.strength = Strength::kFirm;
  c.actor_begin = t;
  c.actor_end = c.nominal_possessive_first ? t + 1 : end;
  if (c.nominal_possessor >= 0) c.actor_end = static_cast<uint32_t>(c.nominal_possessor) + 1;
  if (c.nominal_possessor >= 0 && words_[t].key == "the") c.actor_begin = t;
  c.object_begin = end;
  return true;
}

// A will-clause that ends its sentence with no verb after a first-person subject and
// "and" or "but": "we can move rapidly toward a balanced budget—and we will.",
// "Retirement security depends upon keeping the commitments of Social Security, and we
// will.", "We need to act, and we shall." The verb is the one the clause before names
// after a modal other than will/shall, after "to", or as a gerund after a preposition,
// the nearest before the coordinator; UINT32_MAX when there is none.
uint32_t SentenceAnalyzer::elliptical_verb(uint32_t modal, uint32_t* subject) const {
  const auto n = static_cast<uint32_t>(words_.size());
  uint32_t after = modal + 1;
  while (after < n && (words_[after].bits & kAdverbish) && !(words_[after].bits & kDeterminer) &&
         !(words_[after].bits & kNegation))
    ++after;
  if (after < n && !(after + 1 == n && (words_[after].key == "." || words_[after].key == "!")))
    return UINT32_MAX;
  *subject = modal - 1;
  // "I've kept that commitment and will.": a first-person perfect before "and" shares its
  // subject and its verb with the bare modal.
  if (modal >= 4 && (words_[modal - 1].key == "and" || words_[modal - 1].key == "but")) {
    for (uint32_t m = modal - 1; m-- > 1 && modal - m <= 12;) {
      if (words_[m].bits & kBoundary) break;
      if (!verb_like(m) || !verb(m).known || !verb(m).can_be(kVerbParticiple)) continue;
      const Word& aux = words_[m - 1];
      if ((aux.key == "have" || aux.key == "'ve") && m >= 2 &&
          (words_[m - 2].bits & kSubjectPron) && (words_[m - 2].bits & kFirstPerson)) {
        *subject = m - 2;
        return m;
      }
      break;
    }
    return UINT32_MAX;
  }
  if (modal < 2 || !(words_[modal - 1].bits & kSubjectPron) ||
      !(words_[modal - 1].bits & kFirstPerson) || words_[modal - 1].key == "us" ||
      words_[modal - 1].key == "me")
    return UINT32_MAX;
  const uint32_t conj = modal - 2;
  if (words_[conj].key != "and" && words_[conj].key != "but") return UINT32_MAX;
  constexpr uint32_t kMaxBack = 25;
  for (uint32_t m = conj; m-- > 0 && conj - m <= kMaxBack;) {
    const Word& w = words_[m];
    if (w.bits & kBoundary) break;
    if (!verb_like(m) || (w.bits & (kAux | kModal)) || w.upper) continue;
    const VerbAnalysis& va = verb(m);
    if (!va.known || m == 0) continue;
    uint32_t b = m;  // over adverbs to what governs the verb
    while (b > 0 && (words_[b - 1].bits & kAdverbish) && !(words_[b - 1].bits & kDeterminer)) --b;
    if (b == 0) continue;
    const Word& g = words_[b - 1];
    if (va.can_be(kVerbBase) && (g.bits & kModal) && g.modal() != "will" && g.modal() != "shall" &&
        g.modal() != "would")
      return m;
    if (va.can_be(kVerbBase) && g.key == "to") return m;
    if (va.can_be(kVerbGerund) && w.key.ends_with("ing") && (g.bits & kPreposition)) return m;
  }
  return UINT32_MAX;
}

void SentenceAnalyzer::clauses(std::vector<Clause>& out) {
  out.clear();
  const uint32_t n = static_cast<uint32_t>(words_.size());
  for (uint32_t i = 0; i < n; ++i) {
    const Word& w = words_[i];
    if (w.bits & kPunct) continue;
    // Every rule below opens at a trigger, a modal, an auxiliary (kModal and kAux come
    // only from the vocabulary entry), a cue's first word or at "have", "going", "is" or
    // "are": any other word opens none (most words, each of which ran every test below).
    if ((w.info == nullptr ||
         (!(w.info->flags & kTrigger) && w.info->cue_count == 0 && !(w.bits & (kModal | kAux)))) &&
        w.key != "have" && w.key != "going" && w.key != "is" && w.key != "are")
      continue;
    // An assurance opens at a cue word of kind assurance or at "have" ("you will have").
    if (((w.info != nullptr && (w.info->flags & kTrigger) && !(w.bits & kModal)) ||
         w.key == "have") &&
        [&] {
          Clause c;
          if (!reliance_at(i, c)) return false;
          out.push_back(std::move(c));
          return true;
        }())
      continue;
    // Modal will / shall.
    if ((w.bits & kModal) && (w.modal() == "will" || w.modal() == "shall")) {
      if (i > 0 && (words_[i - 1].bits & (kDeterminer | kPossessive | kPossessiveS))) continue;
      Clause c;
      c.cue_word = i;
      c.group_begin = i;
      c.modality = w.modal();
      c.rule = w.modal() == "will" ? "modal-will" : "modal-shall";
      uint32_t k = i + 1;
      // Adverbs, also coordinated: "we will ultimately and expeditiously defeat"; "no
      // longer", "no more" negate: "America will no longer tolerate ...".
      // A quantifier floated after the modal too: "we will all sing", "we will both work".
      while (k < n && (((words_[k].bits & kAdverbish) &&
                        (!(words_[k].bits & kDeterminer) ||
                         (k == i + 1 && k + 1 < n &&
                          !(words_[k + 1].bits & (kDeterminer | kPreposition | kPunct))))) ||
                       ((words_[k].key == "and" || words_[k].key == "or") && k > i + 1 &&
                        k + 1 < n && (words_[k + 1].bits & kAdverbish)) ||
                       (words_[k].key == "no" && k + 1 < n &&
                        (words_[k + 1].key == "longer" || words_[k + 1].key == "more")) ||
                       // "we will more widely utilise", "less often"
                       ((words_[k].key == "more" || words_[k].key == "less") && k + 1 < n &&
                        (words_[k + 1].bits & (kAdverb | kLyAdverb)) &&
                        !(words_[k + 1].bits & kDeterminer)) ||
                       // "we will more than double the number": a verb after "more than"
                       (words_[k].key == "more" && k + 2 < n && words_[k + 1].key == "than" &&
                        verb_like(k + 2) && verb(k + 2).known && verb(k + 2).can_be(kVerbBase)))) {
        if (words_[k].key == "more" && words_[k + 1].key == "than") ++k;
        if (words_[k].bits & kNegation) c.negative = true;
        if (words_[k].key == "no") {
          c.negative = true;
          ++k;
        }
        ++k;
      }
      // A time between the modal and its verb: "we will next year introduce".
      if (k < n && time_starts_at(k)) {
        uint32_t e = k;
        while (e < n && e < k + 8 && !time_ends_at(e)) ++e;
        if (e + 1 < n && time_ends_at(e) && verb_like(e + 1) && !(words_[e + 1].bits & kAux) &&
            verb(e + 1).known && verb(e + 1).can_be(kVerbBase))
          k = e + 1;
      }
      // "We must, and will, get to the bottom of it", "we must, and we will, engage": the
      // verb after the comma that closes the inserted modal.
      // With dashes too: "we can—and we will—reduce the tax burden".
      const auto dash = [&](uint32_t at) {
        const WordKey d = words_[at].key;
        return d == "—" || d == "–" || d == "-" || d == "--";
      };
      // "The Maldives cannot — and will not — watch": a negation before the dash too.
      const bool only_adverbs = k == i + 1 || (words_[k - 1].bits & kNegation);
      if (k + 1 < n && (words_[k].key == "," || dash(k)) && only_adverbs && i >= 2 &&
          (words_[i - 1].key == "and" ||
           ((words_[i - 1].bits & kSubjectPron) &&
            (words_[i - 2].key == "and" || words_[i - 2].key.ends_with("-and"))))) {
        ++k;
      } else if (k + 1 < n && words_[k].key == "," && k == i + 1) {
        // "The Government will, as an immediate priority, deliver ...", "we will, of
        // course, stand ...": the verb after an inserted phrase of a few words.
        constexpr uint32_t kMaxInserted = 7;
        uint32_t close = k + 1;
        while (close < n && close <= k + kMaxInserted && words_[close].key != "," &&
               !(words_[close].bits & kBoundary))
          ++close;
        if (close < n && close > k + 1 && words_[close].key == ",") k = close + 1;
      }
      // "Never will we abandon them", "Nor shall we", "Not only will we keep ...": a
      // fronted adverb puts the subject after the modal.
      bool negative = false;
      if (uint32_t fronted = 0; k == i + 1 && k + 1 < n && (words_[k].bits & kSubjectPron) &&
                                (words_[k].bits & kFirstPerson) &&
                                (fronted = inverts_before(i, &negative)) > 0) {
        c.explicit_subject = k;
        c.begin_word = i - fronted;
        c.negative = negative;
        ++k;
        while (k < n && (words_[k].bits & kAdverbish) && !(words_[k].bits & kDeterminer)) {
          if (words_[k].bits & kNegation) c.negative = true;
          ++k;
        }
      }
      // "We who believe in safety will pass ...": the relative clause's head is the subject.
      if (c.explicit_subject == UINT32_MAX) {
        if (uint32_t h = relative_head_before(i); h != UINT32_MAX) {
          c.explicit_subject = h;
          c.begin_word = h;
        }
      }
      // "We have worked hard and will continue", "we must, and will, act": a will-clause
      // without a subject of its own shares the first-person subject of the clause
      // before it; the span starts at the modal.
      if (c.explicit_subject == UINT32_MAX) {
        if (uint32_t h = shared_subject_before(i); h != UINT32_MAX) {
          c.explicit_subject = h;
          c.begin_word = i;
        }
      }
      // "America and our allies must not and will not allow it", "we can and will": two
      // modals joined before one verb share the first one's subject, found from there.
      if (c.explicit_subject == UINT32_MAX && i >= 2 &&
          (words_[i - 1].key == "and" || words_[i - 1].key == "or")) {
        uint32_t m = i - 1;
        if (m > 0 && dash(m - 1)) --m;  // "cannot — and will not — watch"
        while (m > 0 && (words_[m - 1].bits & kNegation)) --m;
        if (m > 0 && (words_[m - 1].bits & kModal) && words_[m - 1].modal() != "will" &&
            words_[m - 1].modal() != "shall")
          c.group_begin = m - 1;
      }
      // "The Government will:" and a list of verbs, bulleted or inline: the first item's
      // verb is the modal's; bullet_items() and the semicolon list make the others.
      if (k + 1 < n && words_[k].key == ":") {
        const uint32_t item = verb_item_at(bullet_at(k + 1) ? k + 2 : after_marker(k + 1));
        if (item == UINT32_MAX) continue;
        c.list_colon = k;
        k = item;
      }
      if (k >= n || !verb_like(k)) {
        uint32_t subject = UINT32_MAX;
        if (const uint32_t v = elliptical_verb(i, &subject); v != UINT32_MAX) {
          finish_verb(c, v);
          c.explicit_subject = subject;
          c.begin_word = v;
          while (c.begin_word > 0 && (words_[c.begin_word - 1].bits & (kModal | kAdverbish)) &&
                 !(words_[c.begin_word - 1].bits & kDeterminer))
            --c.begin_word;
          if (c.begin_word > 0 && words_[c.begin_word - 1].key == "to") --c.begin_word;
          if (c.begin_word > 0 && (words_[c.begin_word - 1].bits & kSubjectPron) &&
              (words_[c.begin_word - 1].bits & kFirstPerson))
            --c.begin_word;  // "We can move ... and we will."
          if (subject != i - 1) c.begin_word = subject;  // "I've kept that commitment and will."
          c.end_limit = subject == i - 1 ? i - 2 : i - 1;
          c.elliptical = true;
          c.strength = Strength::kFirm;
          out.push_back(std::move(c));
        }
        continue;
      }
      // A pseudo-cleft: "What we will do is cut taxes", "The first thing I will do as
      // president is sign the bill", "One of the things I will do is raise the start-up
      // deduction": the verb after "is" is the undertaking, the pronoun its subject.
      if (words_[k].key == "do" && i >= 2 && (words_[i - 1].bits & kSubjectPron) &&
          (words_[i - 1].bits & kFirstPerson) &&
          (words_[i - 2].key == "what" || words_[i - 2].key == "thing" ||
           words_[i - 2].key == "things")) {
        uint32_t p = k + 1;
        while (p < n && p < k + 7 && !(words_[p].bits & kPunct) && words_[p].key != "is") ++p;
        uint32_t v = p + 1;
        if (v < n && words_[p].key == "is" && words_[v].key == "to") ++v;
        // "What I won't do is stand here and promise money we haven't got": the act after
        // the speaker's stance.
        if (v + 3 < n && words_[v].key == "stand" && words_[v + 1].key == "here" &&
            words_[v + 2].key == "and")
          v += 3;
        if (v < n && words_[p].key == "is" && verb_like(v) && !(words_[v].bits & kAux) &&
            verb(v).known && verb(v).can_be(kVerbBase)) {
          finish_verb(c, v);
          c.explicit_subject = i - 1;
          uint32_t b = i - 2;  // the cleft's first word: "What", "The first thing", "One of"
          while (b > 0 && words_[i - 2].key != "what" && i - 2 - b < 5 &&
                 !(words_[b - 1].bits & (kPunct | kBoundary | kCoordinator)))
            --b;
          c.begin_word = b;
          c.strength = Strength::kFirm;
          out.push_back(std::move(c));
          continue;
        }
      }
      if (words_[k].aux() == "be" && words_[k].key == "be") {
        uint32_t p = k + 1;
        // Over adverbs and a comparative before a participle: "will be better funded",
        // "will be more closely monitored".
        auto comparative = [&](uint32_t at) {
          const WordKey key = words_[at].key;
          return (key == "better" || key == "more" || key == "less") && at + 1 < n &&
                 (verb_like(at + 1) || (words_[at + 1].bits & kAdverbish));
        };
        while (p < n && (((words_[p].bits & kAdverbish) && !(words_[p].bits & kDeterminer)) ||
                         comparative(p)))
          ++p;
        VerbAnalysis pa = p < n ? verb(p) : VerbAnalysis{};
        uint32_t ready_verb = 0;
        // "we will be ready to act", "prepared to", "willing to": readiness (at most
        // intent, the guide says; commitment_cues.tsv rule "readiness"), its action the
        // verb after "to".
        auto readiness = [&](uint32_t at) {
          for (uint16_t id : lex_.cues_of(words_[at].info))
            if (lex_.cues[id].rule == "readiness") return true;
          return false;
        };
        if (p < n && readiness(p) && infinitive_at(p + 1, &ready_verb)) {
          c.readiness = true;
          finish_verb(c, ready_verb);
        } else if (p + 2 < n && (words_[p].key == "committed" || words_[p].key == "determined") &&
                   word_is(p + 1, "to") &&
                   (gerund_at(p + 2) ||
                    (infinitive_at(p + 1, &ready_verb) && verb(ready_verb).known))) {
          // "The government will be committed to working together": the verb after "to".
          finish_verb(c, gerund_at(p + 2) ? p + 2 : ready_verb);
        } else if (p < n && verb_like(p) && !(words_[p].bits & kAux) &&
                   pa.can_be(kVerbParticiple)) {
          // After "be" a participle-shaped word is a participle even where it is also a
          // base form: "will be cut", "will be set up".
          c.passive = true;
          finish_verb(c, p);
          // "will be studied and promoted": the object follows the second participle.
          if (c.object_begin == p + 1 && participle_joined(p, false)) c.object_begin = p + 3;
        } else if (p < n && verb_like(p) && pa.can_be(kVerbGerund) && pa.known) {
          finish_verb(c, p);  // "we will be introducing"
        } else if (p < n && words_[p].key == "able") {
          finish_verb(c, k);  // "will be able to set up": the verb after "able to"
        } else if (!owner_of_stated_policy(c, k)) {
          c.verb = k;
          c.has_action = true;
          c.action = "be";
          c.object_begin = k + 1;
        }
      } else if (uint32_t pp = perfect_participle_after(k); pp != UINT32_MAX) {
        finish_verb(c, pp);  // "will have completed", "will have once again put"
      } else if (words_[k].key == "have" && word_is(k + 1, "to")) {
        continue;  // "we will have to score new victories": an obligation, no undertaking
      } else if (words_[k].key == "have" &&
                 (word_is(k + 1, "an") || word_is(k + 1, "the") || word_is(k + 1, "a")) &&
                 (word_is(k + 2, "opportunity") || word_is(k + 2, "chance"))) {
        continue;  // "we will have the opportunity to": a chance foreseen, no undertaking
      } else {
        finish_verb(c, k);
      }
      c.strength = Strength::kFirm;
      c.cue = 0;
      const Clause first = c;
      out.push_back(std::move(c));
      list_after_semicolons(first, i, out);
      continue;
    }
    // "going to".
    if (w.key == "going" && word_is(i + 1, "to") && i > 0) {
      uint32_t b = skip_adverbs_left(i);
      if (b == 0 || words_[b - 1].aux() != "be") continue;
      // "we were never going to let this happen": a past intention binds nothing now.
      const WordKey be = words_[b - 1].key;
      if (be == "was" || be == "were" || be == "wasn't" || be == "weren't") continue;
      uint32_t v = 0;
      if (!infinitive_at(i + 1, &v)) continue;
      Clause c;
      c.cue_word = i;
      c.group_begin = b - 1;
      c.modality = "going to";
      c.rule = "going-to";
      for (uint32_t m = b; m < i; ++m) c.negative |= (words_[m].bits & kNegation) != 0;
      // "we're going to be talking about jobs": the verb after "be".
      if (words_[v].key == "be" && v + 1 < n && verb_like(v + 1) && verb(v + 1).known &&
          verb(v + 1).can_be(kVerbGerund))
        ++v;
      // "we're going to have to make choices", "I'm going to have to refer you to
      // Treasury": an obligation, as "will have to" is (the guide).
      if (words_[v].key == "have" && word_is(v + 1, "to")) continue;
      // "we're going to be judged by whether ...": what others will do to the side.
      if (words_[v].key == "be" && v + 1 < n && verb_like(v + 1) && verb(v + 1).known &&
          verb(v + 1).can_be(kVerbParticiple) && b >= 2 && (words_[b - 2].bits & kSubjectPron) &&
          (words_[b - 2].bits & kFirstPerson))
        continue;
      finish_verb(c, v);
      out.push_back(std::move(c));
      continue;
    }
    // A present passive of a government act: "the income threshold is raised from R35 000
    // to R40 000 for the tax year beginning next month", "the allocation is being
    // doubled": the budget's measures, kept only with a future time in the clause (the
    // guide's present-tense policy) and only as an agentless passive of the side.
    if ((w.key == "is" || w.key == "are") && i > 0 &&
        !(words_[i - 1].bits & (kPunct | kSubjectPron))) {
      uint32_t v = i + 1;
      while (v < n && (words_[v].bits & kAdverbish) && !(words_[v].bits & kDeterminer)) ++v;
      if (v < n && words_[v].key == "being") ++v;
      if (v < n && verb_like(v) && !words_[v].upper && verb(v).known &&
          verb(v).can_be(kVerbParticiple) && lex_.has(verb(v).lemma, kPolicyVerb)) {
        Clause c;
        c.cue_word = i;
        c.group_begin = i;
        c.modality = "present";
        c.rule = "present-passive";
        c.passive = true;
        for (uint32_t m = i + 1; m < v; ++m) c.negative |= (words_[m].bits & kNegation) != 0;
        finish_verb(c, v);
        out.push_back(std::move(c));
        continue;
      }
    }
    // Present-tense ongoing policy: "we are pressing for a decision in December". Kept
    // only with a future time in the clause (decided once its time is known).
    // Also "my government is", "our administration is": a first-person possessive and a
    // government body.
    const bool own_body_is = w.key == "is" && i >= 2 && (words_[i - 1].bits & kGovBody) &&
                             (words_[i - 2].key == "my" || words_[i - 2].key == "our");
    // "Ireland is seeking membership of the Human Rights Council for the period
    // 2027-2029": a country's name (the finder keeps it only as the side's).
    // "That's why the Maldives is seeking to get elected ... for the 2027 to 2029 term".
    const uint32_t name_from = i >= 2 && words_[i - 2].key == "the" ? i - 2 : i - 1;
    const bool name_is = w.key == "is" && i >= 1 && words_[i - 1].upper &&
                         (name_from == 0 || (words_[name_from - 1].bits & kPunct) ||
                          (name_from == i - 2 && is_complementizer_that(name_from - 1)) ||
                          words_[name_from - 1].key == "why") &&
                         [&] {
                           const MentionRef* mr = mention_containing(words_[i - 1].span);
                           return mr != nullptr &&
                                  a_.actors[mr->actor].type == ActorType::kCountry;
                         }();
    if (w.aux() == "be" &&
        (((w.key == "are" || w.key == "am" || w.key == "'re" || w.key == "'m") && i > 0 &&
          (words_[i - 1].bits & kSubjectPron) && (words_[i - 1].bits & kFirstPerson)) ||
         own_body_is || name_is)) {
      uint32_t v = i + 1;
      while (v < n && (words_[v].bits & kAdverbish) && !(words_[v].bits & kDeterminer)) ++v;
      // Not the first word of a verb cue of several: "we are looking forward to".
      auto starts_cue = [&](uint32_t at) {
        for (uint16_t id : lex_.cues_of(words_[at].info)) {
          const Cue& cue = lex_.cues[id];
          if (cue.words.size() > 1 && is_verb_cue(cue.kind) && cue_at(cue, at)) return true;
        }
        return false;
      };
      if (v < n && verb_like(v) && words_[v].key != "going" && verb(v).known &&
          verb(v).can_be(kVerbGerund) && !lex_.has(verb(v).lemma, kNonCommittal) &&
          !lex_.has(verb(v).lemma, kDiscourseVerb) && !starts_cue(v)) {
        Clause c;
        c.cue_word = i;
        c.group_begin = i;
        c.modality = "present";
        c.rule = "present-ongoing";
        c.strength = Strength::kIntent;
        for (uint32_t m = i + 1; m < v; ++m) c.negative |= (words_[m].bits & kNegation) != 0;
        finish_verb(c, v);
        out.push_back(std::move(c));
        continue;
      }
    }
    for (uint16_t id : lex_.cues_of(w.info)) {
      const Cue& cue = lex_.cues[id];
      if (cue.kind == CueKind::kInstrument || cue.kind == CueKind::kIntentVerb ||
          cue.kind == CueKind::kModal || cue.kind == CueKind::kAssurance)
        continue;
      if (!cue_at(cue, i)) continue;
      Clause c;
      c.cue = id;
      c.cue_word = i;
      c.modality = cue.modality;
      c.rule = cue.rule;
      c.strength = cue.strength;
      if (cue.kind == CueKind::kNoun) {
        // "our (iron-cast) commitment to stand with": a possessive of the speaker's side
        // within three words before, then "to" + a verb; or "is to": "our aim is to"; or
        // "will be to".
        uint32_t v = 0;
        // "I reaffirm our commitment to the Paris Agreement": a noun phrase after "to",
        // when a verb of reaffirming frames the commitment.
        bool noun_phrase = false;
        // A word the verb lexicon does not know after "to" is a noun's ("our commitment to
        // peace"), as after "committed to".
        // Also after a parenthetical between commas: "New Zealand's intention, as a voice
        // for small states, to campaign for a seat".
        bool infinitive =
            (infinitive_at(i + 1, &v) && verb(v).known) ||
            ((word_is(i + 1, "is") || word_is(i + 1, "are")) && infinitive_at(i + 2, &v)) ||
            // "Our first task will be to rein in inflation".
            (word_is(i + 1, "will") && word_is(i + 2, "be") && infinitive_at(i + 3, &v)) ||
            (word_is(i + 1, ",") &&
             [&] {
               for (uint32_t k = i + 2; k < n && k < i + 12; ++k) {
                 if (words_[k].bits & kBoundary) return false;
                 if (words_[k].key == ",") return infinitive_at(k + 1, &v);
               }
               return false;
             }() &&
             verb(v).known);
        // "our goal of reaching net zero", "the target of building 300,000 homes"; not a
        // purpose ("our mission of promoting a culture": aspirational nouns).
        if (!infinitive && cue.strength != Strength::kAspirational && word_is(i + 1, "of") &&
            gerund_at(i + 2)) {
          v = i + 2;
          infinitive = true;
        }
        // "Botswana's commitment to working constructively", "our commitment to ending
        // poverty": a gerund after "to" names the act, as after "committed to".
        if (!infinitive && cue.strength != Strength::kAspirational && word_is(i + 1, "to") &&
            gerund_at(i + 2)) {
          v = i + 2;
          infinitive = true;
        }
        if (!infinitive) {
          if (!word_is(i + 1, "to") || i + 2 >= n || !reaffirmed_before(i)) continue;
          noun_phrase = true;
        }
        int poss = -1;
        for (uint32_t m = i, steps = 0; m > 0 && steps < 4; --m, ++steps) {
          const Word& p = words_[m - 1];
          if (p.bits & (kPossessive | kPossessiveS)) {
            poss = static_cast<int>(m - 1);
            break;
          }
          if (p.bits & (kPunct | kDeterminer | kPreposition | kAux | kModal)) break;
        }
        // "We have a plan to build", "I have a clear plan to": the side's own noun after a
        // present "have" (not "had": a past plan binds nothing now).
        if (poss < 0) {
          uint32_t d = i;
          while (d > 0 && i - d < 3 && !(words_[d - 1].bits & (kDeterminer | kPunct))) --d;
          if (d < 3 || !(words_[d - 1].key == "a" || words_[d - 1].key == "an" ||
                         words_[d - 1].key == "the"))
            continue;
          // "We have set ourselves the target of building", "I have set a goal to": a
          // noun cue the side sets itself. Not a past "set" without "have": "we set a
          // target in 2010" may be history.
          uint32_t verb_word = d - 2;
          const WordKey reflexive = words_[verb_word].key;
          if ((reflexive == "ourselves" || reflexive == "myself" || reflexive == "us") &&
              verb_word > 0)
            --verb_word;
          const WordKey have = words_[verb_word].key;
          if (have == "set" || have == "setting") {
            const std::string_view aux = verb_word > 1 ? words_[verb_word - 1].key : "";
            if (aux == "have" || aux == "'ve" || aux == "are" || aux == "am" || aux == "'re" ||
                aux == "'m")
              --verb_word;
            else if (have != "set" || verb_word == d - 2)  // "we set ourselves" is present
              continue;
          } else if (verb_word != d - 2 || (have != "have" && have != "'ve" && have != "has")) {
            continue;
          }
          const uint32_t after_subject = skip_adverbs_left(verb_word);
          if (after_subject == 0) continue;
          const uint32_t pronoun = after_subject - 1;
          const Word& pr = words_[pronoun];
          if (!(pr.bits & kSubjectPron) || !(pr.bits & kFirstPerson) || pr.key == "us" ||
              pr.key == "me" ||
              (pronoun > 0 && !(words_[pronoun - 1].bits & (kPunct | kCoordinator))))
            continue;
          poss = static_cast<int>(pronoun);
        }
        // "we must rely on our willingness to", "more important than our willingness to":
        // a noun cue that a preposition of reliance or comparison governs is referred to,
        // not undertaken.
        if (poss > 0) {
          const uint32_t pi = static_cast<uint32_t>(poss) - 1;
          const WordKey p = words_[pi].key;
          if (p == "than") continue;
          if ((p == "on" || p == "upon") && pi > 0) {
            const std::string& lemma = verb(pi - 1).lemma;
            if (lemma == "rely" || lemma == "depend" || lemma == "count" || lemma == "draw")
              continue;
          }
        }
        const Word& pw = words_[static_cast<uint32_t>(poss)];
        if ((pw.bits & kPossessive) && !(pw.bits & kFirstPerson) &&
            (pw.key == "its" || pw.key == "their")) {
          // "The United Kingdom reaffirms its commitment to supporting Ukraine", "The
          // Congress reiterates its firm commitment to": the subject of the reaffirming
          // verb right before the possessive owns the noun.
          const uint32_t rv = static_cast<uint32_t>(poss) - (poss > 0 ? 1 : 0);
          if (poss == 0 || !verb_like(rv)) continue;
          // "Zambia announces its intention to present its candidature", "... expresses
          // its commitment to": a verb that declares the stance owns it too.
          const std::string_view rl = verb(rv).lemma;
          if (!reaffirmed_before(rv + 1) && rl != "announce" && rl != "indicate" &&
              rl != "declare" && rl != "express" && rl != "signal")
            continue;
          // "Zambia is pleased to indicate its intention": the subject of the "be" before
          // an adjective of feeling and "to".
          uint32_t head_verb = rv;
          if (rv >= 3 && words_[rv - 1].key == "to" &&
              (words_[rv - 2].key == "pleased" || words_[rv - 2].key == "happy" ||
               words_[rv - 2].key == "glad" || words_[rv - 2].key == "proud" ||
               words_[rv - 2].key == "delighted") &&
              words_[rv - 3].aux() == "be")
            head_verb = rv - 3;
          const Subject owner = find_subject(head_verb);
          if (!owner.found || owner.relative || owner.subordinate || owner.head_end == 0 ||
              (words_[owner.begin].bits & kSubjectPron))
            continue;
          c.nominal_possessor = static_cast<int>(owner.head_end) - 1;
          c.possessor_is_subject = true;
          c.begin_word = owner.begin;
        } else if (pw.bits & (kPossessive | kSubjectPron)) {
          if (!(pw.bits & kFirstPerson)) continue;
          c.nominal_possessive_first = true;
          c.begin_word = static_cast<uint32_t>(poss);
        } else if (poss >= 2 && (words_[poss - 2].bits & kPossessive) &&
                   (words_[poss - 2].bits & kFirstPerson) &&
                   (words_[poss - 1].bits & (kOwnAgent | kGovBody))) {
          // "our state's commitment", "our Government's commitment", "our country's
          // pledge": the side's own body or nation owns the noun.
          c.nominal_possessive_first = true;
          c.begin_word = static_cast<uint32_t>(poss - 2);
        } else {
          // "the UK's commitment": the possessor is the name before 's.
          if (poss == 0) continue;
          c.nominal_possessor = poss - 1;
          uint32_t b = static_cast<uint32_t>(poss - 1);
          while (b > 0 && (words_[b - 1].upper || words_[b - 1].key == "the") &&
                 !(words_[b - 1].bits & kPunct))
            --b;
          c.begin_word = b;
        }
        c.group_begin = i;
        if (noun_phrase) {
          c.has_action = true;
          c.action = "commit";
          c.verb = i;
          c.object_begin = i + 2;
        } else {
          finish_verb(c, v);
        }
        out.push_back(std::move(c));
        break;
      }
      // Verb and adjective cues: find the verb group to the left (aux, adverbs).
      const VerbAnalysis& va = verb(i);
      uint32_t b = skip_adverbs_left(i);
      // "We have, for example, on Monday agreed on a Pact", "we have also yesterday
      // agreed": a time and a parenthetical between "have" and the participle.
      if (cue.kind == CueKind::kVerbObject || cue.kind == CueKind::kInstrumentVerb)
        b = perfect_aux_across(b);
      bool negated = false;
      for (uint32_t m = b; m < i; ++m) negated |= (words_[m].bits & kNegation) != 0;
      uint32_t gb = b;
      std::string_view aux;
      bool did = false;  // "I didn't want to lead": a past wish binds nothing now
      while (gb > 0 && ((words_[gb - 1].bits & kAux) || (words_[gb - 1].bits & kAdverbish)) &&
             !(words_[gb - 1].bits & (kSubjectPron | kDeterminer))) {
        if (words_[gb - 1].bits & kNegation) negated = true;
        if (words_[gb - 1].bits & kAux && aux.empty()) {
          aux = words_[gb - 1].aux();
          did = words_[gb - 1].key.starts_with("did");
        }
        --gb;
      }
      if (did) continue;
      if (gb > 0 && (words_[gb - 1].bits & kModal)) continue;  // "will commit": the modal's clause
      if (b > 0 && cue.kind != CueKind::kAdjectiveTo) {
        // "we remain committed": the adjective, after a linking verb.
        const std::string& link = verb(b - 1).lemma;
        if (link == "remain" || link == "stand" || link == "stay" || link == "feel" ||
            link == "seem" || link == "become")
          continue;
      }
      if (gb > 0 && words_[gb - 1].key == "to") continue;     // an infinitive: "to guarantee"
      if (cue.kind == CueKind::kAdjectiveTo) {
        // "we are determined to", "we stand ready to", "we remain committed to".
        bool linked = aux == "be";
        if (!linked && b > 0) {
          const VerbAnalysis& lv = verb(b - 1);
          if (lv.lemma == "stand" || lv.lemma == "remain" || lv.lemma == "stay") {
            linked = true;
            gb = b - 1;
            // "We continue to stand ready to help": the finite verb before "to" heads the
            // group (not after a modal: "we will continue to stand ready" is its clause).
            if (gb >= 2 && words_[gb - 1].key == "to" && verb_like(gb - 2) &&
                verb(gb - 2).lemma == "continue" && !verb(gb - 2).can_be(kVerbGerund) &&
                !verb(gb - 2).can_be(kVerbPast)) {
              uint32_t cb = skip_adverbs_left(gb - 2);
              if (cb > 0 && (words_[cb - 1].bits & kModal)) continue;
              gb = gb - 2;
            }
          }
        }
        if (!linked) continue;
        // "We were already committed to that path": a past stance binds nothing now.
        {
          bool past_be = false;
          for (uint32_t m = gb; m < i; ++m)
            past_be |= words_[m].key == "was" || words_[m].key == "were";
          if (past_be) continue;
        }
        uint32_t v = 0;
        // An adverb may come before "to": "we are determined still to hold"; so may a
        // parenthetical between commas: "we have committed, as a priority, to develop".
        uint32_t t = i + 1;
        while (t < n && t < i + 3 && (words_[t].bits & kAdverbish) && !word_is(t, "to")) ++t;
        if (word_is(t, ",")) t = after_comma_parenthetical(t, "to");
        // "we are committed as a government to": a short as-phrase before "to".
        if (word_is(t, "as")) {
          for (uint32_t m = t + 1; m < n && m <= t + 4; ++m) {
            if (words_[m].bits & (kPunct | kModal | kAux)) break;
            if (word_is(m, "to")) {
              t = m;
              break;
            }
          }
        }
        // After "committed to" a word the verb lexicon does not know is a noun's:
        // "committed to global solidarity" commits to the solidarity.
        if (infinitive_at(t, &v) && (cue.lemma != "committed" || verb(v).known)) {
          finish_verb(c, v);
        } else if (word_is(t, "to") && gerund_at(t + 1)) {
          finish_verb(c, t + 1);  // "committed to supporting"
        } else if (word_is(t, "in") && gerund_at(t + 1)) {
          finish_verb(c, t + 1);  // "Zambia remains resolute in ensuring that ..."
        } else if (word_is(t, "to") && cue.lemma == "committed") {
          c.has_action = true;
          c.action = "commit";
          c.verb = i;
          c.object_begin = t + 1;
        } else {
          continue;
        }
        c.group_begin = gb;
        c.negative = negated;
        // "Mongolia has established relations ... and is dedicated to strengthening": no
        // subject of its own after "and"; the clause before lends its subject.
        if (gb > 0 && words_[gb - 1].key == "and") {
          // Not over another clause's subject: "I know that the FAA is speaking to this
          // and stands ready to work with companies".
          const uint32_t h = shared_subject_before(gb);
          bool inner = false;
          for (uint32_t m = h + 1; h != UINT32_MAX && m < gb && !inner; ++m)
            inner = (words_[m].bits & (kComplementizer | kRelative)) != 0;
          if (h != UINT32_MAX && !inner) {
            c.explicit_subject = h;
            c.begin_word = gb;
          }
        }
        out.push_back(std::move(c));
        break;
      }
      // After a possessive or a determiner the word is a noun: "our promise to balance
      // the budget" is the noun cue's.
      if (i > 0 && (words_[i - 1].bits & (kPossessive | kPossessiveS | kDeterminer))) continue;
      // So after an article or a possessive and one more word: "a clear plan to", "our
      // new plan to".
      // But "My Government proposes to", "our Government plans to": a verb in the third
      // person after the side's body.
      if (i > 1 && !(words_[i - 1].bits & (kPunct | kAdverbish)) &&
          (words_[i - 2].key == "a" || words_[i - 2].key == "an" ||
           (words_[i - 2].bits & kPossessive)) &&
          !((words_[i - 2].bits & kPossessive) && (words_[i - 1].bits & (kGovBody | kOwnAgent)) &&
            va.can_be(kVerbThirdPerson)))
        continue;
      // Inside a name: "the Indigenous Loan Guarantee Program".
      if (i > 1 && words_[i].upper && words_[i - 1].upper && !(words_[i - 1].bits & kPunct) &&
          !(words_[i - 2].bits & kPunct))
        continue;
      // Verbs: finite forms only; "we were promised", "we are committed" are not the
      // verb cue (the second is its adjective cue).
      if (va.can_be(kVerbGerund) && aux != "be") continue;
      if (aux == "be" && va.can_be(kVerbParticiple)) continue;
      bool past = va.can_be(kVerbPast) || va.can_be(kVerbParticiple);
      bool present = va.can_be(kVerbBase) || va.can_be(kVerbThirdPerson) || va.can_be(kVerbGerund);
      if (cue.kind == CueKind::kVerbToPresent && !present) continue;
      if (cue.kind == CueKind::kVerbToPresent && aux == "have") continue;
      c.group_begin = gb;
      c.negative = negated;
      uint32_t v = 0;
      // After the cue's last word but "to": "look forward | to".
      uint32_t next = i + static_cast<uint32_t>(std::max<size_t>(cue.words.size(), 2) - 1);
      if (cue.kind == CueKind::kVerbTo || cue.kind == CueKind::kVerbToPresent) {
        // An indirect object may come first: "I promise you that", "we pledge to you".
        if (cue.kind == CueKind::kVerbTo && next < n && (words_[next].bits & kObjectPron) &&
            !(words_[next].bits & kFirstPerson) &&
            (word_is(next + 1, "that") || word_is(next + 1, "to")))
          ++next;
        // The side itself: "I commit myself to", "we pledge ourselves to".
        if (cue.kind == CueKind::kVerbTo &&
            (word_is(next, "myself") || word_is(next, "ourselves")) &&
            (word_is(next + 1, "to") || word_is(next + 1, "that")))
          ++next;
        // A parenthetical between commas: "we have committed, as a priority, to develop".
        if (word_is(next, ",")) next = after_comma_parenthetical(next, "to");
        // An adverb before "to": "we intend together to build", "we intend forthwith to".
        if (next + 1 < n && (words_[next].bits & kAdverbish) && !(words_[next].bits & kNegation) &&
            word_is(next + 1, "to"))
          ++next;
        if (infinitive_at(next, &v)) {
          if (cue.lemma == "want" || cue.lemma == "wish" || cue.lemma == "hope") {
            const std::string& lemma = verb(v).lemma;
            if (lex_.has(lemma, kDiscourseVerb)) continue;  // "I want to talk"
            // "I want to take this opportunity to congratulate": a speech act.
            if (lemma == "take" && (word_is(v + 1, "this") || word_is(v + 1, "the")) &&
                word_is(v + 2, "opportunity"))
              continue;
            // "I want to make myself clear", "make it clear": a speech act too.
            bool clear = false;
            for (uint32_t m = v + 1; m < n && m <= v + 3; ++m) clear |= words_[m].key == "clear";
            if (lemma == "make" && clear) continue;
          } else if (cue.rule == "intent-verb" && lex_.has(verb(v).lemma, kDiscourseVerb) &&
                     v + 1 < n) {
            // "I propose to say a few words", "I intend to talk about": the speech's act.
            static constexpr std::string_view kSpeech[] = {"a",       "about",     "you",  "this",
                                                           "briefly", "something", "some", "more",
                                                           "now",     "first"};
            uint32_t a = v + 1;  // over adverbs: "to highlight just a few features"
            while (a + 1 < n && (words_[a].bits & kAdverbish)) ++a;
            const WordKey after = words_[a].key;
            if (std::find(std::begin(kSpeech), std::end(kSpeech), after) != std::end(kSpeech))
              continue;
          }
          finish_verb(c, v);
        } else if (cue.words.size() > 1 && word_is(next, "to") && gerund_at(next + 1)) {
          finish_verb(c, next + 1);  // "we look forward to hosting"
        } else if (word_is(next, "that") && cue.kind == CueKind::kVerbTo) {
          c.that_complement = true;
          c.verb = i;
          c.has_action = true;
          c.action = std::string(cue.lemma);
          c.object_begin = next + 1;
        } else if (cue.lemma == "commit" && next + 1 < n && [&] {
                     // Over "an extra", "a further", "another": the amount.
                     uint32_t q = next;
                     while (q < n && q < next + 3 &&
                            ((words_[q].bits & kDeterminer) || words_[q].key == "extra" ||
                             words_[q].key == "additional" || words_[q].key == "further"))
                       ++q;
                     return currency_at(q) || (q < n && (words_[q].bits & kNumber));
                   }()) {
          // "We commit $10 million to ...", "we are committing an extra £50 million".
          c.verb = i;
          c.has_action = true;
          c.action = "commit";
          c.object_begin = next;
        } else if ((cue.lemma == "commit" || cue.lemma == "recommit") && word_is(next, "to") &&
                   gerund_at(next + 1)) {
          finish_verb(c, next + 1);  // "we commit to doubling"
        } else if ((cue.lemma == "commit" || cue.lemma == "recommit") && word_is(next, "to")) {
          // "we have recommitted to the Sustainable Development Goals"
          c.verb = i;
          c.has_action = true;
          c.action = std::string(cue.lemma);
          c.object_begin = next + 1;
        } else if ((cue.lemma == "pledge" || cue.lemma == "promise" || cue.lemma == "guarantee") &&
                   next < n && !(words_[next].bits & kPunct) && !word_is(next, "that")) {
          c.verb = i;
          c.has_action = true;
          c.action = std::string(cue.lemma);
          c.object_begin = next;
          // "I pledge to you I will ...", "I promise you we will ...": a content clause
          // without "that", which says what is undertaken.
          uint32_t o = word_is(next, "to") ? next + 1 : next;
          if (o < n && (words_[o].bits & kObjectPron) && !(words_[o].bits & kFirstPerson)) ++o;
          if (o > next && o < n && (words_[o].bits & kSubjectPron) &&
              (words_[o].bits & kFirstPerson)) {
            c.that_complement = true;
            c.object_begin = o;
          }
        } else {
          continue;
        }
        out.push_back(std::move(c));
        break;
      }
      if (cue.kind == CueKind::kVerbObject) {
        // agree: past or perfect, or present with "to"; never "agree with" alone. With
        // whom may come before the infinitive: "agreed with our partners to join".
        if (word_is(next, "with")) {
          constexpr uint32_t kMaxPartnerWords = 8;
          for (uint32_t m = next + 1; m < n && m <= next + kMaxPartnerWords; ++m) {
            if (word_is(m, "to")) {
              if (infinitive_at(m, &v)) next = m;
              break;
            }
            // The partners' noun phrase: "our European partners", "the leaders of France".
            if ((words_[m].bits & (kPunct | kBoundary)) ||
                ((words_[m].bits & kPreposition) && !word_is(m, "of")))
              break;
          }
        }
        if (infinitive_at(next, &v)) {
          finish_verb(c, v);
        } else if (!past || cue.lemma == "decide") {
          // "we decided the matter": a decision taken, not an undertaking; in "we decided
          // that ..." the clause inside says what is undertaken, if anything.
          continue;
        } else if (word_is(next, "that")) {
          c.that_complement = true;
          c.verb = i;
          c.has_action = true;
          c.action = std::string(cue.lemma);
          c.object_begin = next + 1;
        } else if (next < n && !(words_[next].bits & kPunct) && !word_is(next, "with") &&
                   !(words_[next].bits & (kObjectPron | kSubordinator | kCoordinator))) {
          c.verb = i;
          c.has_action = true;
          c.action = std::string(cue.lemma);
          c.object_begin = next;
        } else {
          continue;
        }
        out.push_back(std::move(c));
        break;
      }
      if (cue.kind == CueKind::kInstrumentVerb) {
        // "we signed a Declaration of Intent": an instrument noun within the object.
        if (!past && !present) continue;
        bool found = false;
        for (uint32_t m = next; m < n && m < next + 8 && !found; ++m) {
          if (words_[m].bits & kBoundary) break;
          std::span<const uint16_t> ids = lex_.cues_of(words_[m].info);
          if (ids.empty()) continue;
          // The longest instrument wins ("declaration of intent" over "declaration").
          size_t best_len = 0;
          for (uint16_t iid : ids) {
            const Cue& ic = lex_.cues[iid];
            if (ic.kind != CueKind::kInstrument || !match_words(m, ic.words)) continue;
            if (ic.words.size() > best_len) {
              best_len = ic.words.size();
              c.strength = ic.strength;
              found = true;
            }
          }
        }
        if (!found) continue;
        c.verb = i;
        c.has_action = true;
        c.action = va.lemma;
        c.object_begin = next;
        out.push_back(std::move(c));
        break;
      }
    }
  }
  if (out.empty()) return;
  // The items of a list after a clause (bullets after a modal's colon, infinitives after
  // semicolons) follow it, in text order.
  for (size_t ci = 0; ci < out.size(); ++ci) {
    Clause& c = out[ci];
    if (!c.has_action || c.explicit_subject != UINT32_MAX) continue;
    std::vector<Clause> items;
    if (c.rule.starts_with("modal")) {
      bullet_items(c, items);
    } else if (c.verb > 0 && word_is(c.verb - 1, "to")) {
      to_items_after_semicolons(c, items);
    }
    out.insert(out.begin() + static_cast<std::ptrdiff_t>(ci) + 1,
               std::make_move_iterator(items.begin()), std::make_move_iterator(items.end()));
    ci += items.size();
  }
  // Subjects, clause ends.
  for (Clause& c : out) {
    if (c.nominal_possessive_first || c.nominal_possessor >= 0) continue;
    if (c.explicit_subject != UINT32_MAX) {
      c.subject.found = true;
      c.subject.begin = c.explicit_subject;
      c.subject.end = c.subject.head_end = c.explicit_subject + 1;
      // A name's last word stands for the name: "Solomon Islands has signed and will
      // ratify" shares all of "Solomon Islands".
      const MentionRef* m = words_[c.explicit_subject].upper
                                ? mention_containing(words_[c.explicit_subject].span)
                                : nullptr;
      if (m != nullptr) {
        while (c.subject.begin > 0 && words_[c.subject.begin - 1].span.start >= m->span.start)
          --c.subject.begin;
      }
      continue;
    }
    c.subject = find_subject(c.group_begin);
  }
  for (size_t ci = 0; ci < out.size(); ++ci) {
    Clause& c = out[ci];
    // The clause ends at the first ';' after its verb, within its limits: a scan from the
    // verb, not a table of every word's next ';' (most sentences have one clause).
    const uint32_t limit = std::min(c.verb + kMaxClauseWords, c.end_limit);
    uint32_t e = std::min(n, std::max(c.object_begin, c.verb + 1));
    while (e < n && e < limit && words_[e].key != ";") ++e;
    if (e >= n || e >= limit) e = std::min(n, limit);
    // A clause between dashes ends at the second: "Taking into account a further
    // appropriation - a special Appropriation Bill for drought relief is being tabled - and
    // a reduction of R3,7 billion in debt service costs, the projected deficit is 2,6%".
    if (c.subject.found && c.subject.begin > 0 && (words_[c.subject.begin - 1].bits & kDash)) {
      for (uint32_t m = c.verb + 1; m < e; ++m) {
        if (words_[m].bits & kDash) {
          e = m;
          break;
        }
      }
    }
    // A noun cue heads its sentence's subject: "Our determination to defeat this virus
    // is absolute" ends before the main clause's verb.
    if (c.nominal_possessive_first || c.nominal_possessor >= 0) {
      // "In reaffirming our commitment to this regional campaign, the Government
      // appointed ...": a phrase that opens the sentence on a preposition and a gerund
      // ends at its comma.
      const uint32_t bw = c.begin_word;
      if (bw >= 2 && words_[bw - 1].key.ends_with("ing") && (words_[bw - 2].bits & kPreposition) &&
          (bw == 2 || (words_[bw - 3].bits & kPunct))) {
        for (uint32_t m = std::max(c.object_begin, c.verb + 1); m < e; ++m) {
          if (words_[m].key == ",") {
            e = m;
            break;
          }
        }
      }
      bool relative = false;  // "homes that are affordable": the relative's own verb
      for (uint32_t m = std::max(c.object_begin, c.verb + 1); m < e; ++m) {
        const WordKey k = words_[m].key;
        if (k == "that" || k == "which" || k == "who") relative = true;
        if (!(words_[m].bits & (kAux | kModal)) || (words_[m].bits & kSubjectPron) || k == "be" ||
            k == "have" || k == "do")
          continue;
        if (relative) {
          relative = false;
          continue;
        }
        e = m;
        break;
      }
    }
    // A later clause with its own subject ends this one: ", and we will ..."; a clause
    // inside this one's that-complement does not ("we agreed that a meeting will ...").
    for (size_t cj = ci + 1; cj < out.size() && cj <= ci + 8; ++cj) {
      const Clause& d = out[cj];
      // A present passive is a clause of its own only as a budget's measure, which is
      // rare inside another clause: "reintroduce exams where students are given grades".
      if (!d.subject.found || d.subject.relative || d.rule == "present-passive") continue;
      if (c.that_complement && d.subject.begin >= c.object_begin) continue;
      // A will-clause that shares an earlier subject starts at its modal: "will build
      // roads, will train nurses".
      const uint32_t start = d.explicit_subject != UINT32_MAX && d.begin_word > d.subject.begin
                                 ? d.begin_word
                                 : d.subject.begin;
      if (start > c.verb && start < e) {
        // The joining words stay out of both: ", and", "so that", "because".
        uint32_t x = start;
        while (x > c.verb + 1 &&
               ((words_[x - 1].bits & (kPunct | kCoordinator | kSubordinator | kComplementizer)) &&
                !(words_[x - 1].bits & kQuote)))
          --x;
        e = x;
        break;
      }
    }
    c.end = std::max(e, std::min(n, c.object_begin));
    if (c.end <= c.verb) c.end = std::min(n, c.verb + 1);
  }
}

}  // namespace

// ---------------------------------------------------------------------------------------

struct CommitmentFinder::Impl : Lexicon {
  Impl() { tables::load_in_use(*this); }
};

CommitmentFinder::CommitmentFinder() : impl_(std::make_unique<Impl>()) {}
CommitmentFinder::~CommitmentFinder() = default;
CommitmentFinder::CommitmentFinder(CommitmentFinder&&) noexcept = default;
CommitmentFinder& CommitmentFinder::operator=(CommitmentFinder&&) noexcept = default;

namespace {

// A clause that commits the speaker's side if the speaker's country (known only once
// every sentence has been read) is among the right actors. Everything that needs the
// sentence's words is decided when the sentence is read: its Commitment is complete but
// for actors and rule, and its draft keeps only the facts left to decide, so that no
// sentence's words outlive its own analysis.
struct Draft {
  // Actor lists in the finder's pool, from `pool`: the actors named in the subject's head,
  // then (only for a first-person subject) the partners named before it ("with our
  // partners"), then the government bodies of the head as sets of actors, each set
  // prefixed by its size: the subject is a government body when every actor of some set
  // is on the speaker's side (an empty set: an organisation, or a bare "the government").
  uint32_t pool = 0;
  uint32_t head = 0, partners = 0;
  uint32_t gov = 0;  // pool entries of the government sets
  // In a transcript, the person whose labelled turn holds the clause when it is not the
  // document's speaker ("PRESIDENT MACRON:" in a joint press conference), and their
  // country: a first-person clause is theirs. UINT32_MAX: none.
  uint32_t turn = UINT32_MAX, turn_country = UINT32_MAX;
  uint32_t cue_word = 0;
  bool first_person = false;
  bool gov_body = false;       // the head names a government body (see above)
  bool passive = false;        // an agentless passive of a government act, if no one else
  bool passive_rule = false;   // the clause's own rule is passive-will
  bool decided = false;        // passive: the complement of the side's decision
  bool nominal_that = false;   // passive: the that-clause of the side's own noun cue
  bool list_item = false;      // rule "enumerated" whatever else
  bool that_complement = false;
  bool emitted = false;        // phase C: the speaker's side commits
};

// Whether a country named in the title line is the text's topic rather than its
// speaker's side: "Statement on Ukraine", "Visit to France", "Ukraine: Update".
bool title_topic(std::string_view text, Span title, Span mention) {
  uint32_t e = mention.end;
  while (e < title.end && text[e] == ' ') ++e;
  if (e < title.end && text[e] == ':') return true;
  // The start of the white space that ends at `b`: spaces, and the no-break space of a
  // web page's title, as UTF-8 or as front matter escapes it in a YAML string ("in
  // Baku,\_Azerbaijan").
  auto space_before = [&](uint32_t b) {
    for (;;) {
      if (b > title.start && text[b - 1] == ' ') {
        --b;
      } else if (b >= title.start + 2 && ((text[b - 2] == '\\' && text[b - 1] == '_') ||
                                          (text[b - 2] == '\xC2' && text[b - 1] == '\xA0'))) {
        b -= 2;
      } else {
        return b;
      }
    }
  };
  // The lower-case word that ends before `pos` (over spaces), or "" when another byte
  // stands there; `pos` moves to its start.
  auto word_before = [&](uint32_t& pos) -> std::string_view {
    uint32_t b = space_before(pos);
    uint32_t w = b;
    while (w > title.start && text[w - 1] >= 'a' && text[w - 1] <= 'z') --w;
    if (w > title.start && text[w - 1] != ' ') return {};
    pos = w;
    return text.substr(w, b - w);
  };
  uint32_t pos = mention.start;
  // In a list: "Statement on Iraq, Syria, Afghanistan and ...", or a place's country:
  // "Remarks ... in Baku, Azerbaijan".
  {
    const uint32_t b = space_before(pos);
    if (b > title.start && text[b - 1] == ',') return true;
  }
  std::string_view word = word_before(pos);
  if (word == "the") word = word_before(pos);  // "Statement on the United Kingdom"
  static constexpr std::string_view kTopicWords[] = {"on", "about", "regarding", "concerning", "to",
                                                     "in", "with", "for", "against", "over", "into",
                                                     "towards", "toward", "from", "and"};
  for (std::string_view t : kTopicWords)
    if (word == t) return true;
  return false;
}

bool looks_back(std::string_view text, const TimeExpr& t);

// Whether tokens [b, e) hold "we are", "we're", "I am" or "I'm".
// Whether the sentence opens with a bare government as its subject: "The Government is
// responding to ...", "Our government has acted" (not "The Government of Russia", "The
// Government's plan"). An "it" in the next sentences may take it up: "It will cut the
// GST". A list number or a quotation mark may come first.
bool opens_with_bare_government(const Lexicon& lex, std::string_view text,
                                const std::vector<Token>& tokens, uint32_t b, uint32_t e) {
  uint32_t t = b;
  while (t < e && t < b + 3 && tokens[t].kind != TokenKind::kWord) ++t;
  if (t + 2 >= e || tokens[t].kind != TokenKind::kWord || tokens[t + 1].kind != TokenKind::kWord ||
      tokens[t + 2].kind != TokenKind::kWord)
    return false;
  // Most sentences open on another word: its first letter decides (every sentence asks).
  if (const char c0 = static_cast<char>(text[tokens[t].start] | 0x20);
      c0 != 't' && c0 != 'o' && c0 != 'm')
    return false;
  auto folded = [&](uint32_t k, std::string_view lower) {
    const std::string_view w = text.substr(tokens[k].start, tokens[k].length);
    if (w.size() != lower.size()) return false;
    for (size_t i = 0; i < w.size(); ++i) {
      const char c = w[i] >= 'A' && w[i] <= 'Z' ? static_cast<char>(w[i] + 32) : w[i];
      if (c != lower[i]) return false;
    }
    return true;
  };
  if (!folded(t, "the") && !folded(t, "our") && !folded(t, "this") && !folded(t, "my"))
    return false;
  const std::string_view body = text.substr(tokens[t + 1].start, tokens[t + 1].length);
  char buf[24];
  if (body.size() >= sizeof buf) return false;
  for (size_t i = 0; i < body.size(); ++i)
    buf[i] = body[i] >= 'A' && body[i] <= 'Z' ? static_cast<char>(body[i] + 32) : body[i];
  const WordInfo* w = lex.info(std::string_view(buf, body.size()));
  if (w == nullptr || !(w->bits & kGovBody)) return false;
  // A verb group follows: an auxiliary or a word that is no preposition or possessive.
  const WordInfo* next = lex.info(text.substr(tokens[t + 2].start, tokens[t + 2].length));
  return next != nullptr && (next->bits & kAux) != 0;
}

bool first_person_be(std::string_view text, const std::vector<Token>& tokens, uint32_t b,
                     uint32_t e) {
  auto word = [&](uint32_t t) { return WordKey(text.substr(tokens[t].start, tokens[t].length)); };
  const char* p = text.data();
  for (uint32_t t = b; t + 1 < e; ++t) {
    // Byte tests first: most tokens are neither "we" nor "I".
    const Token& tok = tokens[t];
    const char c0 = p[tok.start];
    if (tok.length == 2 && (c0 == 'w' || c0 == 'W') && p[tok.start + 1] == 'e') {
      const WordKey n = word(t + 1);
      if (n == "are" || n == "\xE2\x80\x99re" || n == "'re") return true;
    } else if (tok.length == 1 && c0 == 'I') {
      const WordKey n = word(t + 1);
      if (n == "am" || n == "\xE2\x80\x99m" || n == "'m") return true;
    } else if (tok.length == 2 && t + 2 < e && (c0 == 'm' || c0 == 'M') &&
               p[tok.start + 1] == 'y') {
      // "my government is", "my administration is" (screened here; clauses() decides).
      if (word(t + 2) == "is") return true;
    } else if (tok.length == 3 && t + 2 < e && (c0 == 'o' || c0 == 'O')) {
      if (word(t + 2) == "is" && (word(t) == "our" || word(t) == "Our")) return true;
    } else if (c0 >= 'A' && c0 <= 'Z' && t + 2 < e && tok.length >= 4 &&
               tokens[t + 1].length == 2 && p[tokens[t + 1].start] == 'i' &&
               p[tokens[t + 1].start + 1] == 's' && word(t + 2).ends_with("ing") &&
               word(t) != "This" && word(t) != "That" && word(t) != "There" &&
               word(t) != "What" && word(t) != "Here") {
      return true;  // "Ireland is seeking" (a name; clauses() decides)
    }
  }
  return false;
}

// Whether tokens [b, e) hold "is" or "are" before a word ending in "-ed" or "-en",
// perhaps over "being": a present passive ("is raised", "are being doubled") for
// clauses() to decide on.
bool present_passive(std::string_view text, const std::vector<Token>& tokens, uint32_t b,
                     uint32_t e) {
  auto word = [&](uint32_t t) { return WordKey(text.substr(tokens[t].start, tokens[t].length)); };
  const char* p = text.data();
  for (uint32_t t = b; t + 1 < e; ++t) {
    // Byte tests first: most tokens are neither "is" nor "are".
    const Token& tok = tokens[t];
    const char* w = p + tok.start;
    if (!((tok.length == 2 && w[0] == 'i' && w[1] == 's') ||
          (tok.length == 3 && w[0] == 'a' && w[1] == 'r' && w[2] == 'e')))
      continue;
    uint32_t k = t + 1;
    if (word(k) == "being" && k + 1 < e) ++k;
    const WordKey participle = word(k);
    if ((participle.size() > 3 && (participle.ends_with("ed") || participle.ends_with("en"))) ||
        participle == "cut" || participle == "set")
      return true;
  }
  return false;
}

// A time that lies ahead of the document's date: FUTURE_REF, or a date after it ("in
// December", "by 2030", "this year" as a whole); not a duration, a set or today.
// A stretch of time to come: "over the next three years", "in the coming months".
bool looks_ahead(std::string_view text, const TimeExpr& t) {
  if (t.type != TimeType::kDuration) return false;
  const std::string_view s = text.substr(t.span.start, t.span.end - t.span.start);
  auto starts = [&](std::string_view p) {
    if (s.size() < p.size()) return false;
    for (size_t i = 0; i < p.size(); ++i)
      if ((s[i] | 0x20) != p[i]) return false;
    return true;
  };
  return starts("the next ") || starts("next ") || starts("the coming ") || starts("coming ");
}

// Whether `t` counts on from another time of the narrative ("One hundred days later",
// "two weeks later"), however it falls against the speech's date: no time to come of an
// ongoing policy ("One hundred days later, 70 percent of seniors are protected").
bool narrative_later(std::string_view text, const TimeExpr& t) {
  const std::string_view s = text.substr(t.span.start, t.span.end - t.span.start);
  constexpr std::string_view kLater = " later";
  if (s.size() <= kLater.size()) return false;
  const std::string_view tail = s.substr(s.size() - kLater.size());
  for (size_t i = 1; i < kLater.size(); ++i)
    if ((tail[i] | 0x20) != kLater[i]) return false;
  return tail[0] == ' ' || tail[0] == '\n';
}

bool is_future_time(const TimeExpr& t, const std::optional<Date>& date) {
  if (t.value == "FUTURE_REF") return true;
  if (!date || t.type == TimeType::kDuration || t.type == TimeType::kSet) return false;
  if (t.value.size() < 4 || t.value[0] < '0' || t.value[0] > '9') return false;
  if (is_past_time(t, date)) return false;
  char today[16];
  std::snprintf(today, sizeof today, "%04d-%02d-%02d", date->year, date->month, date->day);
  return !t.value.starts_with(today);
}

// Whether `t` is a stretch of time that ends now ("the last two decades", "the past five
// years") or the part of a period gone by ("earlier this year"). No undertaking's time:
// "we will ensure that the gains of the last two decades are protected".
bool looks_back(std::string_view text, const TimeExpr& t) {
  std::string_view w = text.substr(t.span.start, std::min<size_t>(t.span.size(), 10));
  // "earlier this year", "earlier this month": the part of a period gone by.
  if (w.size() > 8 && (w[0] | 0x20) == 'e' && w.substr(1, 7) == "arlier ") return true;
  auto starts = [&](std::string_view p) {
    if (w.size() < p.size()) return false;
    for (size_t i = 0; i < p.size(); ++i) {
      char ch = w[i];
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch + 32);
      if (ch != p[i]) return false;
    }
    return true;
  };
  // "As stated last year, Solomon Islands will be co-hosting": with no document date the
  // relative time stays unresolved ("XXXX"), yet "last" and "yesterday" look back.
  if (t.type != TimeType::kDuration) {
    return !t.value.empty() && t.value[0] == 'X' && (starts("last ") || starts("yesterday"));
  }
  return starts("the last ") || starts("the past ") || starts("last ") || starts("past ");
}

bool is_past_time(const TimeExpr& t, const std::optional<Date>& date) {
  if (t.value == "PAST_REF") return true;
  if (!date) return false;
  // A decade ("196", "over five decades ago") or a century ("19") before the date's.
  if (t.value.size() == 2 || t.value.size() == 3) {
    int prefix = 0;
    for (char ch : t.value) {
      if (ch < '0' || ch > '9') return false;
      prefix = prefix * 10 + (ch - '0');
    }
    return prefix < (t.value.size() == 3 ? date->year / 10 : date->year / 100);
  }
  if (t.value.size() < 4) return false;
  int year = 0;
  for (size_t i = 0; i < 4; ++i) {
    char ch = t.value[i];
    if (ch < '0' || ch > '9') return false;
    year = year * 10 + (ch - '0');
  }
  if (year != date->year) return year < date->year;
  if (t.value.size() >= 7 && t.value[4] == '-' && t.value[5] >= '0' && t.value[5] <= '9') {
    int month = (t.value[5] - '0') * 10 + (t.value[6] - '0');
    if (month != date->month) return month < date->month;
    if (t.value.size() >= 10 && t.value[8] >= '0' && t.value[8] <= '9') {
      int day = (t.value[8] - '0') * 10 + (t.value[9] - '0');
      return day < date->day;
    }
  }
  return false;
}

// Only ", ", " and ", ", and " (any white space) between two mentions.
bool joined_by_list(std::string_view text, Span x, Span y) {
  if (y.start < x.end || y.start - x.end > 12) return false;
  std::string_view gap = text.substr(x.end, y.start - x.end);
  std::string g;
  for (char ch : gap) {
    if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r') continue;
    g.push_back(ch);
  }
  return g == "," || g == "and" || g == ",and" || g == "andthe" || g == ",andthe" || g == ",the";
}

bool contains(const std::vector<uint32_t>& v, uint32_t x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

void add_unique(std::vector<uint32_t>& v, uint32_t x) {
  if (!contains(v, x)) v.push_back(x);
}

// "I'll tell you why", "I will say this again", "I will begin with": the speaker's act in
// the speech itself, not an undertaking. A discourse verb after the modal of a subject
// "I", with the words of the speech (you, this, why, with, ...) right after it.
// "We will be stronger together", "we will be proud": "be" with a comparative or an
// adjective of feeling or judgement predicts a state; "we will be there", "we will be a
// partner", "we will be ready" still undertake.
bool predicted_state(std::span<const Word> words, const Clause& c) {
  if (c.verb + 1 >= words.size()) return false;
  // "Slowly but surely, we will get there": an arrival foretold.
  if (c.act() == "get" && words[c.verb + 1].key == "there") return true;
  // "We'll have a stronger stock market": a state to have, after its article.
  if (c.act() == "have" && (words[c.verb + 1].key == "a" || words[c.verb + 1].key == "an") &&
      c.verb + 2 < words.size() && (words[c.verb + 2].bits & kState))
    return true;
  // "I'm confident we're going to do well in this election": an outcome foretold.
  if (c.act() == "do" && (words[c.verb + 1].key == "well" || words[c.verb + 1].key == "fine"))
    return true;
  if (c.act() != "be") return false;
  uint32_t n = c.verb + 1;
  while (n + 1 < words.size() && (words[n].bits & kAdverbish)) ++n;
  // "we're going to be in good shape", "we will be in a position to make changes": a
  // state foretold ("in" with "shape" or "position" within three words).
  if (words[n].key == "in") {
    for (uint32_t m = n + 1; m < words.size() && m <= n + 3; ++m) {
      if (words[m].bits & kPunct) break;
      if (words[m].key == "shape" || words[m].key == "position") return true;
    }
  }
  // Comparatives ("stronger", "safer") and adjectives of feeling or judgement
  // (words_predicted_states.tsv), also after an article: "the envy of", "a prosperous".
  if (words[n].bits & kDeterminer && n + 1 < words.size()) ++n;
  return (words[n].bits & kState) != 0;
}

// "we will find solutions": "find" with a noun phrase after it is an act; "you will
// find that", "we will find ourselves", "we will find out" are perceptions. So is "see"
// with "through" after a short object or "to it": "we're going to see this through",
// "we will see the job through", "I will see to it that" (not "we will see growth").
bool finds_an_object(std::span<const Word> words, const Clause& c) {
  if (c.act() == "see") {
    if (c.verb + 2 < words.size() && words[c.verb + 1].key == "to" && words[c.verb + 2].key == "it")
      return true;
    for (uint32_t m = c.verb + 2; m < words.size() && m <= c.verb + 4; ++m) {
      if (words[m].bits & kPunct) return false;
      // A particle ends its phrase: not "see growth through the year".
      if (words[m].key == "through")
        return m + 1 == words.size() || (words[m + 1].bits & (kPunct | kCoordinator));
    }
    return false;
  }
  if (c.act() != "find" || c.verb + 1 >= words.size()) return false;
  const Word& n = words[c.verb + 1];
  if (n.bits & (kPunct | kObjectPron | kSubjectPron | kParticle | kComplementizer)) return false;
  return n.key != "ourselves" && n.key != "themselves" && n.key != "myself" && n.key != "out";
}

// Whether the words after byte `end` (a duration's) are "of age": "people 65 years of
// age". An age is no time of an undertaking (the times stage keeps it a duration, as the
// TimeML sets that hold it tag it).
bool age_after(std::string_view text, uint32_t end) {
  uint32_t b = end;
  while (b < text.size() && (text[b] == ' ' || text[b] == '\n')) ++b;
  return text.substr(b, 2) == "of" && b + 2 < text.size() &&
         (text[b + 2] == ' ' || text[b + 2] == '\n') && text.substr(b + 3, 3) == "age" &&
         (b + 6 >= text.size() || !std::isalpha(static_cast<unsigned char>(text[b + 6])));
}

// Whether the word before byte `start` (a duration's) is "to", "from" or "of": "to two
// weeks", "a maximum of six months".
bool governed_length(std::string_view text, uint32_t start) {
  uint32_t e = start;
  while (e > 0 && text[e - 1] == ' ') --e;
  uint32_t b = e;
  while (b > 0 && text[b - 1] >= 'a' && text[b - 1] <= 'z') --b;
  if (b > 0 && std::isalpha(static_cast<unsigned char>(text[b - 1]))) return false;
  const std::string_view w = text.substr(b, e - b);
  return w == "to" || w == "from" || w == "of";
}

// Whether the words after byte `end` (a country's mention) are a noun for others the
// speaker's side relates to: "our Afghan friends", "our European partners".
bool relation_after(std::string_view text, uint32_t end) {
  uint32_t b = end;
  while (b < text.size() && text[b] == ' ') ++b;
  uint32_t e = b;
  while (e < text.size() && text[e] >= 'a' && text[e] <= 'z') ++e;
  static constexpr std::array<std::string_view, 13> kRelations = {
      "friends",  "partners", "allies", "neighbours", "neighbors", "counterparts", "colleagues",
      "brothers", "sisters",  "hosts",  "guests",     "friend",    "partner"};
  const std::string_view w = text.substr(b, e - b);
  return std::find(kRelations.begin(), kRelations.end(), w) != kRelations.end();
}

// Whether the text says "our country", "our nation", "our government" or "my government"
// (in any case of the first letter), or names "we" as the nation ("as a nation, we",
// "we are a country"): the speaker speaks for a nation. Asked at most once
// per document, only when nothing else told the speaker's country.
bool says_own_nation(std::string_view text) {
  struct Pattern {
    std::string_view tail;  // from the possessive's second letter
    char first;             // the possessive's first letter, lower case
  };
  static constexpr std::array<Pattern, 4> kPatterns = {
      {{"ur country", 'o'}, {"ur nation", 'o'}, {"ur government", 'o'}, {"y government", 'm'}}};
  for (const Pattern& p : kPatterns) {
    for (size_t at = text.find(p.tail, 1); at != std::string_view::npos;
         at = text.find(p.tail, at + 1)) {
      const char c = static_cast<char>(text[at - 1] | 0x20);
      const bool starts = at < 2 || !std::isalpha(static_cast<unsigned char>(text[at - 2]));
      const size_t end = at + p.tail.size();
      const bool ends = end >= text.size() || !std::isalpha(static_cast<unsigned char>(text[end]));
      if (c == p.first && starts && ends) return true;
    }
  }
  // "As a country, we are strengthened", "as a nation we", "we are a nation of": the
  // first-person plural named as the nation itself.
  static constexpr std::array<std::string_view, 2> kNouns = {"a country", "a nation"};
  for (std::string_view noun : kNouns) {
    for (size_t at = text.find(noun, 1); at != std::string_view::npos;
         at = text.find(noun, at + 1)) {
      const size_t end = at + noun.size();
      if (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) continue;
      // Before: "as " or "we are ".
      std::string_view before = text.substr(0, at);
      const auto ends_with_word = [&](std::string_view w) {
        if (before.size() < w.size()) return false;
        const std::string_view tail = before.substr(before.size() - w.size());
        for (size_t i = 0; i < w.size(); ++i)
          if ((tail[i] | 0x20) != w[i] && !(tail[i] == ' ' && w[i] == ' ')) return false;
        return before.size() == w.size() ||
               !std::isalpha(static_cast<unsigned char>(before[before.size() - w.size() - 1]));
      };
      if (ends_with_word("we are ")) return true;
      if (!ends_with_word("as ")) continue;
      // After: an optional comma, then "we".
      size_t b = end;
      if (b < text.size() && text[b] == ',') ++b;
      while (b < text.size() && text[b] == ' ') ++b;
      if (b + 2 <= text.size() && (text[b] | 0x20) == 'w' && text[b + 1] == 'e' &&
          (b + 2 == text.size() || !std::isalpha(static_cast<unsigned char>(text[b + 2]))))
        return true;
    }
  }
  return false;
}

// Whether the text says "the Government" or "The Government" (capitalised: a body).
bool names_the_government(std::string_view text) {
  constexpr std::string_view kTail = "he Government";
  for (size_t at = text.find(kTail, 1); at != std::string_view::npos;
       at = text.find(kTail, at + 1)) {
    if ((text[at - 1] | 0x20) == 't' &&
        (at < 2 || !std::isalpha(static_cast<unsigned char>(text[at - 2]))))
      return true;
  }
  return false;
}

// Whether a country's mention at `m` is a letterhead: "Australian Government" alone on
// its line, the government whose statement the text is; so are "FIJI NATIONAL
// STATEMENT" and "New Zealand Statement delivered by" heading a UN statement.
bool letterhead(std::string_view text, Span m) {
  uint32_t b = m.start;
  while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '\t')) --b;
  if (b > 0 && text[b - 1] != '\n') return false;
  // "<Country> Government", or "<COUNTRY> NATIONAL STATEMENT" heading a UN statement.
  auto follows = [&](std::string_view w) {
    if (text.size() - m.end < w.size()) return false;
    for (size_t k = 0; k < w.size(); ++k)
      if ((text[m.end + k] | 0x20) != (w[k] | 0x20)) return false;
    return true;
  };
  // Also "New Zealand Statement delivered by" over the speaker's name on the next line.
  constexpr std::string_view kGovernment = " Government";
  constexpr std::string_view kNational = " National Statement";
  constexpr std::string_view kStatement = " Statement";
  uint32_t e = m.end;
  if (text.substr(m.end, kGovernment.size()) == kGovernment) {
    e += static_cast<uint32_t>(kGovernment.size());
  } else if (follows(kNational)) {
    e += static_cast<uint32_t>(kNational.size());
  } else if (follows(kStatement)) {
    e += static_cast<uint32_t>(kStatement.size());
    constexpr std::string_view kDelivered = " delivered by";
    for (std::string_view by : {kDelivered, std::string_view(" by")}) {
      if (text.size() - e >= by.size() && text.substr(e, by.size()) == by) {
        e += static_cast<uint32_t>(by.size());
        break;
      }
    }
  } else {
    return false;
  }
  while (e < text.size() && (text[e] == ' ' || text[e] == '\t' || text[e] == '\r')) ++e;
  return e >= text.size() || text[e] == '\n';
}

// The ASCII word that ends before byte `pos`, over spaces and tabs; `pos` moves to its
// start (an empty view when none).
std::string_view word_before(std::string_view text, uint32_t& pos) {
  while (pos > 0 && (text[pos - 1] == ' ' || text[pos - 1] == '\t')) --pos;
  const uint32_t e = pos;
  while (pos > 0 && ((text[pos - 1] >= 'a' && text[pos - 1] <= 'z') ||
                     (text[pos - 1] >= 'A' && text[pos - 1] <= 'Z')))
    --pos;
  return text.substr(pos, e - pos);
}

// Whether the word before byte `start` (skipping "the") is "between" or "both".
bool pair_after_between(std::string_view text, uint32_t start) {
  std::string_view w = word_before(text, start);
  if (w == "the") w = word_before(text, start);
  return w == "between" || w == "both";
}

// Whether the country mention `m` ends an office on its own header line: "Prime Minister
// of Barbados", "PRESIDENT OF THE REPUBLIC OF MALAWI", "Permanent Mission of Samoa to the
// United Nations" under the speaker's name. The line starts with a capitalised word and
// reads "<Office> of [the Republic of] <country>".
bool office_line(std::string_view text, Span m) {
  uint32_t b = m.start;
  auto is = [](std::string_view w, std::string_view lower) {
    if (w.size() != lower.size()) return false;
    for (size_t k = 0; k < w.size(); ++k)
      if ((w[k] | 0x20) != lower[k]) return false;
    return true;
  };
  std::string_view w = word_before(text, b);
  if (is(w, "the")) w = word_before(text, b);
  if (!is(w, "of")) return false;
  // "of the Republic of", "of the Kingdom of": the state's style before its name.
  uint32_t probe = b;
  std::string_view style = word_before(text, probe);
  if (is(style, "republic") || is(style, "kingdom") || is(style, "commonwealth") ||
      is(style, "federation") || is(style, "state")) {
    std::string_view the = word_before(text, probe);
    if (is(the, "the")) the = word_before(text, probe);
    // "President of\nthe Republic of Fiji": the office wrapped before the state's style.
    if (the.empty() && probe > 0 && text[probe - 1] == '\n') {
      --probe;
      if (probe > 0 && text[probe - 1] == '\r') --probe;
      the = word_before(text, probe);
    }
    if (!is(the, "of")) return false;
    b = probe;
  }
  std::string_view office = word_before(text, b);
  if (office.empty() || office[0] < 'A' || office[0] > 'Z') return false;
  // Capitalised words back to the line's start ("Prime Minister", "Permanent Mission").
  for (int words = 1;; ++words) {
    uint32_t p = b;
    while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\t')) --p;
    if (p == 0 || text[p - 1] == '\n') return true;
    // "His Excellency Ratu Wiliame Katonivere, President of": the office after the name.
    if (text[p - 1] == ',') return true;
    if (words >= 4) return false;
    std::string_view more = word_before(text, p);
    // "Minister of Foreign Affairs, Foreign Trade,\nEducation, Culture, Science and
    // Technology of Belize": a list of portfolios, wrapped, joins its last with "and".
    if (is(more, "and") && words < 3) more = word_before(text, p);
    if (more.empty() || more[0] < 'A' || more[0] > 'Z') return false;
    b = p;
  }
}

// Whether a first-person clause is about the answer or the briefing itself, in any form
// ("I'm not going to get ahead of the President", "I won't go beyond that", "we'll take
// a couple of questions", "we'll let them speak for their decision", "I'll get back to
// you"): no undertaking a reader wants listed.
bool briefing_act(std::span<const Word> words, const Clause& c) {
  const Subject& s = c.subject;
  if (s.end != s.begin + 1 || (words[s.begin].key != "i" && words[s.begin].key != "we") ||
      c.verb + 1 >= words.size())
    return false;
  uint32_t n = c.verb + 1;
  while (n + 1 < words.size() && (words[n].bits & kAdverbish) != 0 && words[n].key != "back") ++n;
  const WordKey next = words[n].key;
  auto at = [&](uint32_t k) { return k < words.size() ? words[k].key : WordKey(); };
  // Refusals to pre-empt or to say more ("we will get ahead of the virus" is one).
  if (c.negative && c.act() == "get" && next == "ahead" && at(n + 1) == "of") return true;
  if (c.negative && c.act() == "go" && (next == "beyond" || next == "further") &&
      (at(n + 1) == "that" || at(n + 1) == "this" || at(n + 1) == "than"))
    return true;
  if (c.act() == "get" && next == "back" && at(n + 1) == "to" && at(n + 2) == "you") return true;
  // "I'm going to get back to the business at hand", "let me get back to the point": the
  // speech's own thread (not "we will get back to the business of governing").
  if (c.act() == "get" && next == "back" && at(n + 1) == "to" && at(n + 2) == "the" &&
      ((at(n + 3) == "business" && at(n + 4) == "at") || at(n + 3) == "point" ||
       at(n + 3) == "topic" || at(n + 3) == "subject"))
    return true;
  // "We will now report on the outcome of today's meeting", "we'll now turn to": the
  // statement's own next part.
  if ((c.act() == "report" || c.act() == "turn" || c.act() == "present" || c.act() == "outline") &&
      c.verb > 0 && words[c.verb - 1].key == "now" && (next == "on" || next == "to"))
    return true;
  // "I'm not prepared to give you an answer on that", "we'll give you an answer".
  if (c.act() == "give") {
    for (uint32_t k = n; k < words.size() && k < n + 4; ++k) {
      if (words[k].key == "answer" || words[k].key == "comment") return true;
    }
  }
  // "We'll start with Josh, with the AP": whose question comes first.
  if ((c.act() == "start" || c.act() == "begin") && next == "with" && n + 1 < words.size() &&
      words[n + 1].upper && !(words[n + 1].bits & kPunct))
    return true;
  // "I won't go over the detail", "I won't go into that"; "I'll go to you, Michelle".
  if (c.negative && c.act() == "go" && (next == "over" || next == "into" || next == "through"))
    return true;
  if (c.act() == "go" && next == "to" && at(n + 1) == "you") return true;
  // "I'll refer you to paragraph 3.46".
  if (c.act() == "refer" && next == "you") return true;
  // What a speaker at a podium will not say: "I'm not going to answer them", "I'm just
  // not going to engage on this", "I'm not going to get into any speculation", "I won't
  // speak to future elections from here", "I'm not going to detail their
  // conversations", "I won't characterize it", "I won't preview". Only "I": "we will
  // not engage in a war" is the side's.
  if (c.negative && words[s.begin].key == "i") {
    if (c.act() == "answer" || c.act() == "detail" || c.act() == "characterize" ||
        c.act() == "characterise" || c.act() == "preview" || c.act() == "confirm" ||
        c.act() == "discuss" || c.act() == "engage" || (c.act() == "get" && next == "into") ||
        (c.act() == "speak" && next == "to") || (c.act() == "weigh" && next == "in"))
      return true;
  }
  // "I'm not going to provide a timeframe", "I won't put a date on it", "I won't
  // speculate": no answer given, nothing undertaken.
  if (c.negative && (c.act() == "provide" || c.act() == "give" || c.act() == "put" ||
                     c.act() == "speculate" || c.act() == "comment")) {
    if (c.act() == "speculate" || c.act() == "comment") return true;
    for (uint32_t k = n; k < words.size() && k < n + 4; ++k) {
      if (words[k].key == "timeframe" || words[k].key == "timetable" || words[k].key == "date" ||
          words[k].key == "figure" || words[k].key == "number")
        return true;
    }
  }
  if (c.act() == "take" || c.act() == "let" || c.act() == "have") {
    for (uint32_t k = n; k < words.size() && k < n + 5; ++k) {
      const WordKey w = words[k].key;
      if (c.act() != "let" && (w == "question" || w == "questions")) return true;
      if (c.act() == "let" && (w == "speak" || w == "answer" || w == "comment")) return true;
    }
  }
  // The call's own course: "I will stop and take questions", "I'll stop there", "we'll
  // open it up to questions", "I'll move to your second question", "I will spare everyone
  // ticking through them", "we'll have a little bit more to say about this tomorrow",
  // "we're going to talk a little bit about the Summit", "we are going to preview some
  // announcements".
  auto within = [&](uint32_t from, uint32_t count, std::initializer_list<std::string_view> ws) {
    for (uint32_t k = from; k < words.size() && k < from + count; ++k) {
      if (words[k].bits & kPunct) return false;
      for (std::string_view w : ws) {
        if (words[k].key == w) return true;
      }
    }
    return false;
  };
  if (c.act() == "stop" && (next == "there" || next == "here" || within(n, 4, {"questions"})))
    return true;
  if ((c.act() == "open" || c.act() == "move" || c.act() == "turn") &&
      within(n, 5, {"question", "questions", "floor"}))
    return true;
  if (c.act() == "spare" &&
      (next == "you" || next == "everyone" || next == "everybody" || next == "us"))
    return true;
  if (c.act() == "have" && within(n, 6, {"say"}) && within(n, 6, {"more"})) return true;
  if (!c.negative && c.act() == "preview") return true;
  if (c.act() == "talk" && within(n, 4, {"about"}) && !within(n, 4, {"to", "with"})) return true;
  return false;
}

bool speech_act(const Lexicon& lex, std::span<const Word> words, const Clause& c) {
  if (briefing_act(words, c)) return true;
  const Subject& s = c.subject;
  if (s.end != s.begin + 1 || words[s.begin].key != "i" || c.verb + 1 >= words.size()) return false;
  const bool modal = c.rule.starts_with("modal") || c.rule == "going-to";
  if (!modal && c.rule != "aspiration") return false;
  // The first word after the verb that is no particle or adverb: "I will say bluntly
  // that", "I will point out that".
  uint32_t n = c.verb + 1;
  while (n + 1 < words.size() && (words[n].bits & (kParticle | kAdverbish)) != 0) ++n;
  const WordKey next = words[n].key;
  auto is_any = [](std::string_view w, std::initializer_list<std::string_view> list) {
    return std::find(list.begin(), list.end(), w) != list.end();
  };
  // A word of a later day: the speech's parts are now, "next week" is an undertaking.
  auto later_day = [&](std::string_view w) {
    return is_any(w, {"next", "tomorrow", "week", "month", "year"});
  };
  // "First, I shall refer to freedom from want": the speech's own topics.
  if (c.act() == "refer" && next == "to") return true;
  // "All I will say is that ...", "What I will say is": the speech's own words.
  if (c.act() == "say" && s.begin > 0 &&
      (words[s.begin - 1].key == "all" || words[s.begin - 1].key == "what"))
    return true;
  // "I wish to extend our heartfelt gratitude", "I will offer my condolences": courtesy.
  if (is_any(c.action, {"extend", "express", "convey", "offer", "send", "record", "place"})) {
    for (uint32_t k = n; k < words.size() && k < n + 5; ++k) {
      if (is_any(words[k].key,
                 {"gratitude", "thanks", "condolences", "congratulations", "appreciation",
                  "sympathy", "sympathies", "greetings", "wishes", "solidarity"}))
        return true;
    }
  }
  // "I will be honest with you", "I'll be brief", "I'm going to be very brief".
  if (c.act() == "be") {
    uint32_t m = n;
    while (m + 1 < words.size() && is_any(words[m].key, {"very", "quite", "really", "so"})) ++m;
    return is_any(words[m].key,
                  {"honest", "frank", "clear", "blunt", "brief", "candid", "straight", "quick"});
  }
  // "With permission, Mr Speaker, I will make a statement about ...", "I just want to
  // make that assurance to the country": the speech's own act (not "I will make a point
  // of visiting every province").
  if (c.act() == "make" && is_any(next, {"a", "an", "that", "this", "the", "one"}) &&
      n + 1 < words.size() &&
      is_any(words[n + 1].key, {"statement", "assurance", "announcement", "observation", "appeal",
                                "plea", "remark", "point", "clarification"}) &&
      !(n + 2 < words.size() && words[n + 2].key == "of"))
    return true;
  // "I want to take a minute to thank", "I'll take a moment".
  if (c.act() == "take" && next == "a" && n + 1 < words.size())
    return is_any(words[n + 1].key, {"minute", "moment", "second", "point", "few"});
  // "I'm just going to spend a minute on small businesses", "I'll spend a few minutes
  // on"; not "we will spend a few billion on roads".
  if (c.act() == "spend" && next == "a" && n + 1 < words.size())
    return is_any(words[n + 1].key, {"minute", "moment", "second"}) ||
           (words[n + 1].key == "few" && n + 2 < words.size() &&
            is_any(words[n + 2].key, {"minutes", "moments"}));
  // "I will give a brief summary of the statistics", "I will offer two examples", "I
  // won't be delivering a speech": the speech's own parts.
  // (Not with a later day: "I will give an update to the House next week".)
  if (c.act() == "give" || c.act() == "offer" || c.act() == "deliver") {
    bool part = false;
    for (uint32_t k = n; k < words.size() && k < c.end; ++k) {
      if (k < n + 8 && is_any(words[k].key, {"summary", "update", "assessment", "overview",
                                             "example", "examples", "outline", "speech", "address",
                                             "remarks", "assurance", "assurances"}))
        part = true;
      if (later_day(words[k].key)) return false;
    }
    if (part) return true;
  }
  // "I will therefore conclude by highlighting three risks", "I'll close with a story":
  // the speech's own end. ("I will start by removing costs" undertakes the removal.)
  if (modal && is_any(c.action, {"conclude", "close", "end", "finish"}) &&
      is_any(next, {"by", "with", "on"}))
    return true;
  // "I'll end where I began", "I'll end — I know the former vice president", "I'm
  // going to conclude here": the speech's end without an object.
  if (modal && is_any(c.action, {"conclude", "close", "end", "finish"}) &&
      (is_any(next, {"where", "here", "there", "now", ".", "-"})))
    return true;
  // "I'm not going to go on, because I could": no more of the speech (not "we will not
  // go on paying").
  if (c.negative && c.act() == "go" && next == "on" && n + 1 < words.size() &&
      ((words[n + 1].bits & kPunct) || words[n + 1].key == "because"))
    return true;
  // "Tonight, I will present the Bank's analysis", "I will also provide an update on the
  // outlook": the speech's own parts, as with "give" above.
  if (modal && is_any(c.action, {"present", "provide", "share", "set"})) {
    for (uint32_t k = n; k < words.size() && k < c.end && k < n + 6; ++k) {
      if (is_any(words[k].key, {"analysis", "update", "overview", "assessment", "summary",
                                "thoughts", "reflections", "perspective", "views", "findings"}))
        return true;
      if (later_day(words[k].key)) return false;
    }
  }
  // "I will take this opportunity to share my views", "I'll take the occasion to thank":
  // a speech act when what follows is one.
  if (c.act() == "take" && (next == "this" || next == "the") && n + 3 < words.size() &&
      is_any(words[n + 1].key, {"opportunity", "occasion", "chance"}) && words[n + 2].key == "to") {
    const uint32_t v = n + 3;
    if (lex.has(words[v].key, kDiscourseVerb) || words[v].key == "place" ||
        is_any(words[v].key, {"share", "express", "extend", "convey", "offer", "set", "lay"}))
      return true;
  }
  // "I will provide details in the ensuing parts of my speech", "I'll explain later in
  // this statement": the clause names the speech it is in.
  if (modal) {
    for (uint32_t k = n; k + 1 < words.size() && k + 1 < c.end; ++k) {
      if ((words[k].key == "my" || words[k].key == "this") &&
          is_any(words[k + 1].key, {"speech", "statement", "address", "remarks", "presentation"}))
        return true;
    }
  }
  // "Today, I'll present to you part two of my plan", "I will outline to you": shown to
  // the audience in the speech (not "I will present to Parliament a bill").
  if (modal && is_any(c.action, {"present", "outline", "describe", "show", "explain"}) &&
      next == "to" && n + 1 < words.size() && words[n + 1].key == "you") {
    bool later = false;
    for (uint32_t k = n; k < words.size() && k < c.end; ++k) {
      later |= later_day(words[k].key) || words[k].key == "soon";
    }
    if (!later) return true;
  }
  // "I'm going to borrow a phrase from ...": a quotation in the speech.
  if (c.act() == "borrow" || c.act() == "quote" || c.act() == "paraphrase") {
    for (uint32_t k = n; k < words.size() && k < n + 4; ++k) {
      if (is_any(words[k].key, {"phrase", "line", "words", "quote", "quotation", "expression"}))
        return true;
    }
    if (c.act() != "borrow") return true;
  }
  // "In my speech today, I will focus on three points", "I will touch upon two issues",
  // "I will highlight a few areas": the speech's own agenda, a count of its parts (not
  // "I will focus on three priorities for the economy").
  if (modal && is_any(c.act(), {"focus", "touch", "dwell", "concentrate", "highlight", "address",
                                "discuss", "talk", "speak", "raise", "reflect", "share"})) {
    for (uint32_t k = n; k + 1 < words.size() && k < c.end && k < n + 4; ++k) {
      if (!is_any(words[k].key, {"two", "three", "four", "five", "six", "several", "few", "some",
                                 "2", "3", "4", "5"}))
        continue;
      if (is_any(words[k + 1].key, {"points", "issues", "topics", "themes", "areas", "questions",
                                    "matters", "things", "aspects", "subjects", "ideas", "messages",
                                    "observations", "remarks", "thoughts"}))
        return true;
    }
  }
  // "I will turn now to the vaccination programme", "I will say more about this later".
  if (modal && c.act() == "turn" && next == "to") return true;
  if (modal && c.act() == "say" && is_any(next, {"more", "a", "something", "briefly", "one"}))
    return true;
  // "I'll ask Sarah Stowens to stand and be recognized", "I will ask the President to
  // answer that": someone else's turn.
  if (c.act() == "ask") {
    for (uint32_t k = n; k + 1 < words.size() && k < n + 6; ++k) {
      if (words[k].key == "to")
        return is_any(words[k + 1].key, {"stand", "rise", "join", "answer", "comment", "respond",
                                         "speak", "say", "add", "introduce"});
    }
  }
  // "I will now move on to the first priority".
  if (modal && c.act() == "move" && words[c.verb + 1].key == "on") return true;
  // The speech's own running order: "I will now hand over to the Minister", "I'll hand
  // you back to the Speaker", "I'll come back to that", "I will leave it there", "I'll
  // keep this short"; not "we will hand over control to councils".
  if (modal && (c.act() == "hand" || c.act() == "pass")) {
    for (uint32_t k = c.verb + 1; k + 1 < words.size() && k < c.verb + 4; ++k) {
      if (is_any(words[k].key, {"over", "back", "across"}) && words[k + 1].key == "to") return true;
    }
  }
  const bool pronoun_next = is_any(next, {"it", "this", "that", "these", "those", "things"});
  if (modal && c.act() == "come" && next == "to" && n + 1 < words.size() &&
      is_any(words[n + 1].key, {"it", "this", "that", "these", "those"}))
    return true;
  if (modal && c.act() == "leave" && pronoun_next && n + 1 < words.size() &&
      words[n + 1].key == "there")
    return true;
  if (modal && c.act() == "keep" && pronoun_next && n + 1 < words.size() &&
      is_any(words[n + 1].key, {"short", "brief"}))
    return true;
  if (!modal || !lex.has(c.action, kDiscourseVerb)) return false;
  // "I will address each of these in turn": the speech's order.
  for (uint32_t k = n; k + 1 < words.size() && k + 1 < c.end; ++k) {
    if (words[k].key == "in" && words[k + 1].key == "turn") return true;
  }
  // "I will begin by thanking ...", "I'll start off by first saying", but not "I will
  // start by removing costs".
  if (next == "by" && n + 1 < words.size()) {
    uint32_t g = n + 1;
    while (g + 1 < words.size() && ((words[g].bits & kAdverbish) || words[g].key == "first")) ++g;
    return is_any(words[g].key,
                  {"thanking", "saying", "welcoming", "acknowledging", "paying", "recognising",
                   "recognizing", "congratulating", "reflecting", "talking", "speaking",
                   "explaining", "setting", "looking", "turning", "reminding"});
  }
  // "I'll just mention those quickly", "I'll just mention one more in this regard".
  return is_any(next, {"you", "this", "that", "it", "again", "why", "what", "how", "with", "by",
                       "about", "on", "upon", ",", ":", ".", "those", "these", "one"});
}

// Whether a hedge ("maybe", "perhaps", "probably", "almost certainly") stands before the
// verb of clause c, from a few words before its subject: a prediction, not an undertaking
// ("Maybe I'll go over the time", "we'll almost certainly need").
// "will have achieved": "have" (not "have to") between the modal and a main verb that
// is not "have" itself.
bool future_perfect(std::span<const Word> words, const Clause& c) {
  for (uint32_t m = c.group_begin + 1; m < c.verb && m < words.size(); ++m) {
    if (words[m].key == "have" || words[m].key == "'ve") return words[m + 1].key != "to";
  }
  return false;
}

// A clause the speaker breaks off at a dash and starts again, as transcripts of spoken
// remarks print it: "we're going to do — we're going to do everything we can", "We'll do
// it — we'll do it responsibly", "we want to make — look, that's — I want to repeat".
// The verb (and at most one word of object) before the dash, then the subject pronoun
// and a modal or auxiliary again, or a filler ("look", "well", "excuse me"). The second
// clause stays.
bool false_start(std::span<const Word> words, const Clause& c) {
  if (!c.has_action || c.verb + 2 >= words.size()) return false;
  uint32_t d = c.verb + 1;
  if (!(words[d].bits & kDash) && d + 2 < words.size() && !(words[d].bits & kPunct)) ++d;
  // A closing quotation mark before the dash: "“I will be your” — You know, I have ...".
  if (words[d].quote < 0 && d + 2 < words.size()) ++d;
  if (!(words[d].bits & kDash)) return false;
  // Over the hearers' reaction printed inside the break: "I will take on — (applause) —
  // I will take on big corporations".
  uint32_t r = d + 1;
  if (words[r].key == "(") {
    uint32_t m = r + 1;
    while (m < words.size() && m < r + 5 && words[m].key != ")") ++m;
    if (m + 1 < words.size() && words[m].key == ")") {
      r = m + 1;
      if (r + 1 < words.size() && (words[r].bits & kDash)) ++r;
    }
  }
  const WordKey next = words[r].key;
  if (next == "look" || next == "well" || next == "excuse") return true;
  // "“I will be your” — You know, I have a very different set of values": the phrase
  // after the verb broken off (not "We will cut taxes — you know, ...").
  if (next == "you" && r + 1 < words.size() && words[r + 1].key == "know" &&
      (words[c.verb + 1].bits & (kDash | kDeterminer | kPossessive | kPreposition)))
    return true;
  // Not a parenthetical: "We will build — we hope — many homes".
  return c.subject.found && next == words[c.subject.begin].key && (words[r].bits & kSubjectPron) &&
         r + 1 < words.size() && (words[r + 1].bits & (kModal | kAux));
}

// Whether the sentence at `prev` has a first-person subject create the body `noun` names
// ("I have also recently launched a Presidential Youth Advisory Board", "we have set up a
// team"): the noun in the sentence after a verb of creating, and "I" or "we" before it.
bool created_just_before(std::string_view text, Span prev, std::string_view noun) {
  const std::string_view p = slice(text, prev);
  if (noun.size() < 3 || p.size() > 600) return false;
  auto find_ci = [&](std::string_view hay, std::string_view needle) -> size_t {
    for (size_t i = 0; i + needle.size() <= hay.size(); ++i) {
      size_t k = 0;
      while (k < needle.size() && (hay[i + k] | 0x20) == (needle[k] | 0x20)) ++k;
      if (k == needle.size()) return i;
    }
    return std::string_view::npos;
  };
  const size_t at = find_ci(p, noun);
  if (at == std::string_view::npos) return false;
  const std::string_view before = p.substr(0, at);
  bool verb = false;
  for (std::string_view v : {"launched", "set up", "established", "created", "appointed",
                             "formed", "convened", "constituted"})
    verb |= find_ci(before, v) != std::string_view::npos;
  const bool person = before.starts_with("I ") || before.starts_with("We ") ||
                      before.find(" I ") != std::string_view::npos ||
                      before.find(" we ") != std::string_view::npos;
  return verb && person;
}

bool hedged(std::span<const Word> words, const Clause& c) {
  constexpr uint32_t kBefore = 3;
  uint32_t from = c.subject.found ? c.subject.begin : c.group_begin;
  for (uint32_t k = 0; k < kBefore && from > 0 && !(words[from - 1].bits & kBoundary); ++k) --from;
  for (uint32_t m = from; m < c.verb && m < words.size(); ++m) {
    if (words[m].bits & kHedge) return true;
  }
  return false;
}

// Clause c ending before a clause of its own after the object: "but", "though",
// "although", "because", "whereas", "nor", or ", and" before a subject pronoun ("we
// will move very quickly but everyone ...", "we will assert our interests, and we expect
// ..."). "but also" and "not X but Y" stay. Returns the end (c.end when nothing cuts it):
// the caller narrows its clause in place, not a copy of it.
uint32_t bounded_end(std::span<const Word> words, const Clause& c) {
  const uint32_t from = std::max(c.object_begin, c.verb + 1);
  bool negated = false;  // "not by X but by Y": the "but" of a contrast stays
  for (uint32_t m = from; m < c.end && m < words.size(); ++m) {
    const WordKey k = words[m].key;
    negated |= (words[m].bits & kNegation) != 0;
    // Only the words below end a clause, of 3, 6, 7 or 8 bytes: the length passes over
    // most words before a comparison ("and", "not", "but", "nor"; "though"; "because",
    // "whereas"; "although").
    if (k.size() != 3 && k.size() != 6 && k.size() != 7 && k.size() != 8) continue;
    const bool next_also = (m + 1 < words.size() && words[m + 1].key == "also") || negated;
    // "listen to the people and will never turn my back": a verb phrase with its own
    // modal; "enforce the Act, not out of devotion to ideology": a denied motive (not a
    // contrast inside the object: "pay them $24 an hour, not $16.50").
    const bool own_modal =
        k == "and" && m + 1 < c.end &&
        ((words[m + 1].bits & kModal) ||
         ((words[m + 1].bits & kAdverbish) && m + 2 < c.end && (words[m + 2].bits & kModal)));
    const bool denied = k == "not" && m > from && words[m - 1].key == "," && m + 2 < c.end &&
                        words[m + 1].key == "out" && words[m + 2].key == "of";
    if (((k == "but" && !next_also) || k == "though" || k == "although" || k == "because" ||
         k == "whereas" || k == "nor" || own_modal || denied) ||
        (k == "and" && m > from && words[m - 1].key == "," && m + 1 < c.end &&
         (words[m + 1].bits & kSubjectPron) &&
         !(words[m + 1].bits & (kDemonstrative | kRelative)))) {
      // Before the comma or dash that opens it; "we shall never turn, nor shall ...":
      // no object at all.
      uint32_t e = m;
      while (e > from && (words[e - 1].bits & (kPunct | kDash))) --e;
      return e;
    }
  }
  return c.end;
}

// Whether the negation of clause c is a focus ("not just", "not only", "not simply",
// "not merely"): "we're not just going to increase support" increases it.
bool focus_not(std::span<const Word> words, const Clause& c) {
  for (uint32_t m = c.group_begin; m + 1 < c.verb && m + 1 < words.size(); ++m) {
    if (!(words[m].bits & kNegation)) continue;
    const WordKey f = words[m + 1].key;
    if (f == "just" || f == "only" || f == "simply" || f == "merely") return true;
  }
  return false;
}

// Whether clause c's subject follows a first-person frame of belief or hope: "I hope we
// will", "I am deeply convinced that we will", "We believe we will". Read back from the
// subject over "that" and a few words, within the clause's sentence part.
bool belief_framed(std::span<const Word> words, const Clause& c) {
  if (!c.subject.found) return false;
  uint32_t m = c.subject.begin;
  // Over a phrase between commas after "that": "I hope that, at the conclusion of our
  // deliberations, we will forge a consensus".
  if (m > 0 && words[m - 1].key == ",") {
    constexpr uint32_t kMaxPhrase = 12;
    uint32_t open = m - 1;
    while (open > 0 && m - open < kMaxPhrase && words[open - 1].key != ",") --open;
    if (open >= 2 && words[open - 1].key == "," && (words[open - 2].bits & kComplementizer))
      m = open - 1;
  }
  if (m > 0 && words[m - 1].bits & kComplementizer) --m;
  // "My hope is we'll be able to", "Our expectation is that we will": the frame word as a
  // noun, a first-person possessive its believer, a copula before the clause.
  const bool after_copula = m > 0 && (words[m - 1].key == "is" || words[m - 1].key == "was");
  for (uint32_t k = 0; k < 4 && m > 0; ++k) {
    const Word& w = words[--m];
    if (w.bits & (kPunct | kBoundary)) return false;
    if (!(w.bits & kBelief)) continue;
    // The believer: a first-person subject within three words before the frame word.
    for (uint32_t j = 0; j < 3 && m > 0; ++j) {
      const Word& p = words[--m];
      if (p.bits & (kPunct | kBoundary)) return false;
      if ((p.bits & kFirstPerson) && (p.bits & kSubjectPron)) return true;
      if (after_copula && (p.bits & kFirstPerson) && (p.bits & kPossessive)) return true;
    }
    return false;
  }
  return false;
}

}  // namespace

// Whether ASCII words `x` and `y` are equal but for case.
bool same_word(std::string_view x, std::string_view y) {
  if (x.size() != y.size()) return false;
  for (size_t i = 0; i < x.size(); ++i) {
    char p = x[i], q = y[i];
    if (p >= 'A' && p <= 'Z') p = static_cast<char>(p + 32);
    if (q >= 'A' && q <= 'Z') q = static_cast<char>(q + 32);
    if (p != q) return false;
  }
  return true;
}

// The person a transcript's turn label at [from, to) names ("PRESIDENT MACRON:"), when it
// is not the document's speaker, and the country the lexicon says they speak for
// (actors_people.tsv side) when the text names it; else both stay UINT32_MAX. Returns
// false for a label of a courtesy title and a name that names no actor and is not the
// known speaker's ("MR. COOPER:", a television host's in a town hall): a turn of no one on
// the speaker's side, whose words commit no one.
bool turn_person(const Analysis& a, std::span<const MentionRef> mentions, uint32_t from,
                 uint32_t to, uint32_t* person, uint32_t* country) {
  auto it = std::lower_bound(mentions.begin(), mentions.end(), from,
                             [](const MentionRef& m, uint32_t pos) { return m.span.start < pos; });
  if (it == mentions.end() || it->span.end > to) {
    // "MR. COOPER", "Ms Smith", "DR. LEE": the courtesy title and one name. Only beside a
    // known speaker: in a debate's record with none ("MS PORTER:"), each turn is a member's.
    if (!a.speaker) return true;
    std::string_view label = a.doc.text.substr(from, to - from);
    while (!label.empty() && (label.back() == ' ' || label.back() == '\t')) label.remove_suffix(1);
    const size_t space = label.find(' ');
    if (space == std::string_view::npos || label.find(' ', space + 1) != std::string_view::npos)
      return true;
    std::string_view title = label.substr(0, space);
    if (title.ends_with('.')) title.remove_suffix(1);
    if (!same_word(title, "mr") && !same_word(title, "ms") && !same_word(title, "mrs") &&
        !same_word(title, "dr"))
      return true;
    const std::string_view name = label.substr(space + 1);
    // An office, not a name: "Mr President:" opens a statement, "MR CHAIRMAN:" chairs.
    static constexpr std::string_view kOffices[] = {
        "president", "speaker",  "chairman", "chair",      "chairperson",  "secretary", "minister",
        "premier",   "governor", "mayor",    "ambassador", "commissioner", "deputy",    "clerk"};
    for (std::string_view office : kOffices)
      if (same_word(name, office)) return true;
    const std::string_view speaker = a.actors[*a.speaker].name;
    const size_t last = speaker.rfind(' ');
    return same_word(name, last == std::string_view::npos ? speaker : speaker.substr(last + 1));
  }
  for (; it != mentions.end() && it->span.end <= to; ++it) {
    const Actor& actor = a.actors[it->actor];
    if (actor.type != ActorType::kPerson) continue;
    if (a.speaker && it->actor == *a.speaker) return true;
    *person = it->actor;
    std::string_view sides = actor.side;
    const std::string_view side = pop_side_id(sides);
    for (uint32_t ai = 0; ai < a.actors.size() && !side.empty(); ++ai) {
      if (a.actors[ai].type == ActorType::kCountry && a.actors[ai].id == side) {
        *country = ai;
        break;
      }
    }
    return true;
  }
  return true;
}

std::vector<Commitment> CommitmentFinder::find(const Analysis& a) const {
  std::vector<Commitment> result;
  const Impl& lex = *impl_;
  std::string_view text = a.doc.text;
  // Actor mentions in text order.
  // Sized first: growing by doubling left the abandoned buffers resident (peak memory).
  ScratchVector<MentionRef> mentions;
  size_t mention_count = 0;
  for (const Actor& actor : a.actors) mention_count += actor.mentions.size();
  mentions.reserve(mention_count);
  for (uint32_t ai = 0; ai < a.actors.size(); ++ai) {
    for (const Mention& m : a.actors[ai].mentions) mentions.push_back({m.span, ai});
  }
  std::sort(mentions.begin(), mentions.end(),
            [](const MentionRef& x, const MentionRef& y) { return x.span.start < y.span.start; });
  // The country each actor stands for as a will-clause subject: a country itself; a body
  // named after one ("Iraqi Border Guard", Actor::side) that country's actor, or the
  // body when the text names the country nowhere else.
  std::vector<uint32_t> country_of(a.actors.size());
  {
    std::unordered_map<std::string_view, uint32_t> country_by_id;
    for (uint32_t ai = 0; ai < a.actors.size(); ++ai) {
      country_of[ai] = ai;
      if (a.actors[ai].type == ActorType::kCountry) country_by_id.emplace(a.actors[ai].id, ai);
    }
    for (uint32_t ai = 0; ai < a.actors.size(); ++ai) {
      const Actor& actor = a.actors[ai];
      if (actor.side.empty() || actor.type == ActorType::kPerson) continue;
      if (auto it = country_by_id.find(actor.side); it != country_by_id.end())
        country_of[ai] = it->second;
    }
  }

  // Phase A: clauses of the sentences that hold a cue, one sentence at a time, each
  // clause either dropped or kept as a draft.
  WordBuffers buffers;
  std::vector<Clause> clauses;
  ScratchVector<Draft> drafts;  // drafts[i] is the draft of result[i]
  // Room for a draft per sentence (a long document has about one per six), but no more
  // than one per sixteen tokens (a document of "Go. Go. Go." would otherwise reserve
  // gigabytes of address space), in one block, as in the times stage: reserved pages
  // that are never written cost no memory, where growing by doubling left the abandoned
  // buffers resident, 0.4 bytes per input byte of peak memory on a 64 MB corpus. A
  // document denser in commitments still grows them.
  const size_t room = std::min(a.sentences.size(), a.tokens.size() / 16 + 64);
  result.reserve(room);
  drafts.reserve(room);
  std::vector<uint32_t> pool;  // the drafts' actor lists
  std::vector<Evidence> evidence;
  std::vector<uint32_t> partners;  // named with "with our X partners", kept over a list
  size_t next_time = 0;            // times are in text order
  size_t next_mention = 0;         // mentions too
  size_t screen_time = 0;          // the first time not before the sentence being screened
  uint32_t government_sentence = UINT32_MAX;  // the last with a bare government as subject
  // The draft of a clause whose list opens at a line's end ("Labour will:\nHalve ..."),
  // and the sentence of its last item so far.
  size_t open_list = SIZE_MAX;
  uint32_t open_list_sentence = 0;
  uint32_t open_list_intro = UINT32_MAX;      // the sentence of the opening clause
  bool open_list_gerunds = false;  // items may open with a gerund (a colon after the clause)
  bool open_list_ordinal = false;  // items open with an ordinal: "First, to reduce ..."
  bool questioner = false;                    // in a turn of "Q:", "QUESTION:", "JOURNALIST:"
  // The person of the current turn when not the speaker, and their country (Draft::turn).
  uint32_t turn = UINT32_MAX, turn_country = UINT32_MAX;
  QuoteTracker quotes(text);
  for (uint32_t si = 0; si < a.sentences.size(); ++si) {
    const Sentence& sent = a.sentences[si];
    const bool opens_quoted = quotes.inside_at(sent.span.start);
    // A transcript's turns: what a journalist asks or reports commits no one; what
    // another named person says is theirs.
    uint32_t colon = 0;
    if (const TurnLabel l = turn_label(text, a.tokens, sent.first_token, sent.end_token, &colon);
        l != TurnLabel::kNone) {
      questioner = l == TurnLabel::kQuestioner;
      turn = turn_country = UINT32_MAX;
      if (l == TurnLabel::kSpeaker)
        questioner =
            !turn_person(a, mentions, sent.span.start, a.tokens[colon].start, &turn, &turn_country);
    }
    if (questioner) continue;
    if (opens_with_bare_government(lex, text, a.tokens, sent.first_token, sent.end_token))
      government_sentence = si;
    // An item of a list that "Labour will:" opened at a line's end, one item per line or
    // paragraph ("Increase irrigated land.", "- Hire 50 teachers."): the opening clause's
    // commitment, with the item's verb and object (annotation guide: each item of a list).
    if (open_list != SIZE_MAX && open_list_sentence + 1 == si) {
      while (next_time < a.times.size() && a.times[next_time].span.start < sent.span.start)
        ++next_time;
      size_t times_end = next_time;
      while (times_end < a.times.size() && a.times[times_end].span.start < sent.span.end)
        ++times_end;
      build_words(lex, a, sent.first_token, sent.end_token, buffers);
      const SentenceAnalyzer sa(
          lex, a, buffers, {},
          std::span<const TimeExpr>(a.times).subspan(next_time, times_end - next_time));
      uint32_t v =
          open_list_ordinal ? sa.ordinal_item_verb() : sa.continued_item_verb(open_list_gerunds);
      Clause c;
      if (v != UINT32_MAX) {
        sa.finish_item_verb(c, v);
        // "Let me be clear" (an imperative of the speech itself; "let" is no discourse
        // verb: "we will not let them win"), "Thank you" (one): the list has ended.
        if (c.act() == "let" || lex.has(c.action, kDiscourseVerb) ||
            lex.has(c.action, kNonCommittal))
          v = UINT32_MAX;
      }
      if (v != UINT32_MAX) {
        std::span<const Word> words = sa.words();
        const auto n = static_cast<uint32_t>(words.size());
        Commitment cm = result[open_list];
        drafts.push_back(drafts[open_list]);
        if (open_list_ordinal) cm.rule = "enumerated";
        cm.sentence = si;
        cm.action = c.action;
        cm.condition.reset();
        cm.time.reset();
        cm.object.reset();
        // The opening clause's subject is in another sentence: the item names none of
        // its own (every part of a commitment lies in its sentence).
        cm.actor_text.reset();
        if (c.object_begin < n) {
          const Span o = sa.trimmed(c.object_begin, sa.object_end_before_time(c.object_begin, n));
          if (!o.empty()) cm.object = o;
        }
        for (const TimeExpr& t : sa.times()) {
          if (t.span.start < words[v].span.end || is_past_time(t, a.doc.date) ||
              looks_back(text, t) || t.type == TimeType::kSet)
            continue;
          if (t.type == TimeType::kDuration &&
              (governed_length(text, t.span.start) || age_after(text, t.span.end)))
            continue;
          cm.time = static_cast<uint32_t>(&t - a.times.data());
          break;
        }
        cm.span = {words[0].span.start, sent.span.end};
        result.push_back(std::move(cm));
        open_list_sentence = si;
        continue;
      }
      open_list = SIZE_MAX;
    }
    if (!lex.may_have_clause(text, a.tokens, sent.first_token, sent.end_token)) {
      // Without a cue word, only ongoing policy with a time: "we are pressing for a
      // decision in December" (a sentence with a time and "we are" / "I am").
      while (screen_time < a.times.size() && a.times[screen_time].span.start < sent.span.start)
        ++screen_time;
      if (screen_time >= a.times.size() || a.times[screen_time].span.start >= sent.span.end ||
          (!first_person_be(text, a.tokens, sent.first_token, sent.end_token) &&
           !present_passive(text, a.tokens, sent.first_token, sent.end_token)))
        continue;
    }
    if (ends_with_question(text, a.tokens, sent.first_token, sent.end_token) ||
        opens_as_question(text, a.tokens, sent.first_token, sent.end_token))
      continue;
    // Mentions of this sentence only. Sentences come in text order: a cursor, not a
    // binary search, finds them (the search missed the cache on every sentence).
    while (next_mention < mentions.size() && mentions[next_mention].span.start < sent.span.start)
      ++next_mention;
    size_t mentions_end = next_mention;
    while (mentions_end < mentions.size() && mentions[mentions_end].span.start < sent.span.end)
      ++mentions_end;
    auto lo = mentions.begin() + static_cast<std::ptrdiff_t>(next_mention);
    auto hi = mentions.begin() + static_cast<std::ptrdiff_t>(mentions_end);
    // A clause becomes a draft only with a first-person word, a government body, a
    // passive ("will be", or a present passive) or an actor in its subject, and evidence
    // needs a country mention; the sentence's only other effect is to end a run of
    // partners.
    const bool government_told = government_sentence != UINT32_MAX && si <= government_sentence + 2;
    if (lo == hi && partners.empty() && !government_told &&
        !opens_with_will(text, a.tokens, sent.first_token, sent.end_token) &&
        !lex.has_side_word(text, a.tokens, sent.first_token, sent.end_token) &&
        !present_passive(text, a.tokens, sent.first_token, sent.end_token))
      continue;
    while (next_time < a.times.size() && a.times[next_time].span.start < sent.span.start) ++next_time;
    size_t times_end = next_time;
    while (times_end < a.times.size() && a.times[times_end].span.start < sent.span.end) ++times_end;
    build_words(lex, a, sent.first_token, sent.end_token, buffers);
    SentenceAnalyzer sa(lex, a, buffers, std::span<const MentionRef>(lo, hi),
                        std::span<const TimeExpr>(a.times).subspan(next_time, times_end - next_time));
    sa.set_opens_quoted(opens_quoted);
    sa.clauses(clauses);
    if (clauses.empty()) continue;
    // Evidence for the speaker's country: a country at the head of a will-clause subject.
    for (const Clause& c : clauses) {
      if (c.rule != "modal-will" && c.rule != "modal-shall") continue;
      if (!c.subject.found || c.subject.relative || c.subject.subordinate) continue;
      // "Russia will be weakened" says what happens to it, not what it undertakes.
      if (c.passive) continue;
      uint32_t actor = 0, pos = 0;
      if (sa.country_first_in_subject(c.subject, &actor, &pos)) {
        evidence.push_back({country_of[actor], pos, 1});
      }
    }
    std::span<const Word> words = sa.words();
    uint32_t marker_end = 0;
    bool list_item = sa.list_item_start(&marker_end);
    if (!list_item) partners.clear();
    // Partners: "And with our Coalition partners, we ...", "alongside France, we ...".
    for (uint32_t m = 0; m < words.size(); ++m) {
      const WordKey k = words[m].key;
      if (k != "with" && k != "alongside") continue;
      if (m > 0 && words[m - 1].key != "," && words[m - 1].key != "and" &&
          words[m - 1].key != "together" && m > 1)
        continue;
      uint32_t e = m + 1;
      while (e < words.size() && !(words[e].bits & kPunct)) ++e;
      if (e >= words.size() || e == m + 1) continue;
      // Only when a first-person subject follows.
      if (e + 1 < words.size() && (words[e + 1].bits & kFirstPerson)) {
        partners.clear();
        for (uint32_t actor : sa.actors_in(sa.words_span(m + 1, e))) add_unique(partners, actor);
      }
    }
    // Each clause narrowed in place (`clauses` is not read after this loop).
    for (Clause& c : clauses) {
      if (!c.has_action) continue;
      c.end = bounded_end(words, c);
      if (indented_quotation(text, words[c.group_begin].span.start)) continue;
      if (lex.has(c.action, kNonCommittal) &&
          (c.rule.starts_with("modal") || c.rule == "going-to") && !finds_an_object(words, c))
        continue;
      if ((c.rule.starts_with("modal") || c.rule == "going-to") && sa.continues_non_committal(c))
        continue;
      if (c.rule.starts_with("modal") && hedged(words, c)) continue;
      if ((c.rule.starts_with("modal") || c.rule == "going-to") && predicted_state(words, c))
        continue;
      if (false_start(words, c)) continue;
      // "In 2040, the Maldives will celebrate 75 years since regaining its independence",
      // "we will mark the 50th anniversary": a date in the calendar, not an undertaking.
      if ((c.act() == "celebrate" || c.act() == "mark") && c.rule.starts_with("modal")) {
        bool calendar = false;
        for (uint32_t m = c.object_begin; m < words.size() && m < c.object_begin + 4; ++m) {
          if (words[m].key == "anniversary" || words[m].key == "anniversaries" ||
              ((words[m].bits & kNumber) && m + 1 < words.size() &&
               (words[m + 1].key == "years" || words[m + 1].key == "year")))
            calendar = true;
        }
        if (calendar) continue;
      }
      // "To the people of Somalia I promise this: We do not plan to dictate ...": the
      // promise announces the clause after the colon, which is found on its own.
      if (!c.rule.starts_with("modal") && c.object_begin + 1 < words.size() &&
          ((words[c.object_begin].key == "this" && words[c.object_begin + 1].key == ":") ||
           (words[c.object_begin].key == "you" && words[c.object_begin + 1].key == "this" &&
            c.object_begin + 2 < words.size() && words[c.object_begin + 2].key == ":")))
        continue;
      // "a letter servicemen write and hope will never be sent", "the results we expect
      // will follow": a belief verb right before the modal; the subject went to a
      // relative clause, and the will-clause is what someone hopes or expects.
      if (c.rule.starts_with("modal") && c.group_begin > 0 && c.cue_word == c.group_begin &&
          (words[c.group_begin - 1].bits & kBelief) && !(words[c.group_begin - 1].bits & kPunct))
        continue;
      const Subject& s = c.subject;
      bool nominal = c.nominal_possessive_first || c.nominal_possessor >= 0;
      // "our task is to say: no", "It is our aim today to talk about": the speech's own
      // words, not the side's course (not "our goal of ending the AIDS epidemic").
      if (c.rule == "nominal-commitment" &&
          (c.act() == "say" || c.act() == "talk" || c.act() == "speak" || c.act() == "tell" ||
           c.act() == "thank" || c.act() == "repeat" || c.act() == "reiterate" ||
           c.act() == "explain" || c.act() == "describe"))
        continue;
      // "a new initiative I call the Family Savings Plan, which I will send to Congress
      // tomorrow": a non-restrictive relative whose subject is the speaker's pronoun and
      // whose verb is a government act undertakes that act on its antecedent.
      const bool own_relative =
          s.found && s.relative && s.end == s.begin + 1 && s.begin >= 2 &&
          (words[s.begin].bits & kFirstPerson) && (words[s.begin].bits & kSubjectPron) &&
          words[s.begin - 1].key == "which" && words[s.begin - 2].key == "," &&
          c.rule.starts_with("modal") && !c.passive && lex.has(c.action, kPolicyVerb);
      // "Will launch a programme, 'Youth for Development'.": a statement (no question
      // mark) that opens with "Will" or "Shall" and its verb leaves out its "we", as a
      // programme's list does; not "Will the Minister confirm ...", "Will you ...".
      const bool elided_we =
          !nominal && !s.found && c.rule.starts_with("modal") &&
          (c.group_begin == 0 || (c.group_begin == 1 && (words[0].bits & (kPunct | kDash)) &&
                                  !(words[0].bits & kQuote))) &&
          words[c.group_begin].upper &&
          (c.verb == c.group_begin + 1 ||
           (c.verb == c.group_begin + 2 && (words[c.group_begin + 1].bits & kNegation))) &&
          (c.modality == "will" || c.modality == "shall");
      if (!nominal && !elided_we && (!s.found || (s.relative && !own_relative) || s.subordinate))
        continue;
      if (!nominal && speech_act(lex, words, c)) continue;
      // "We will be judged", "we will be joined by partners": the side is acted on.
      if (!nominal && c.passive && s.found && s.end == s.begin + 1 &&
          (words[s.begin].bits & kFirstPerson) && (words[s.begin].bits & kSubjectPron))
        continue;
      // Who is the subject?
      bool first_person = elided_we, gov_body = false, personal_other = false, pronoun = false;
      // A government word heads its phrase: "the government", "our Government and its
      // partners", not "government payments" (a noun it qualifies follows).
      auto gov_head = [&](uint32_t m) {
        if (m + 1 >= s.head_end) return true;
        const Word& n = words[m + 1];
        return (n.bits & (kCoordinator | kPunct | kPossessiveS | kPreposition)) != 0 || n.upper;
      };
      std::vector<uint32_t> head_actors;
      if (nominal) {
        if (c.nominal_possessive_first) {
          first_person = true;
        } else {
          Span ps = sa.words_span(static_cast<uint32_t>(c.begin_word),
                                  static_cast<uint32_t>(c.nominal_possessor) + 1);
          head_actors = sa.actors_in(ps);
        }
      } else {
        for (uint32_t m = s.begin; m < s.end; ++m) {
          const Word& w = words[m];
          // "us" and "me" only after "of": "all of us will", not "those who doubt us will".
          if ((w.bits & kFirstPerson) && !(w.bits & kPossessive) &&
              (!(w.bits & kObjectPron) || (m > s.begin && words[m - 1].key == "of")))
            first_person = true;
          // "our troops", "my government", "the rest of our troops": an agent of the
          // side; "our grandchildren will look back" predicts, it does not commit.
          if ((w.bits & kFirstPerson) && (w.bits & kPossessive)) {
            for (uint32_t k = m + 1; k < s.head_end; ++k) {
              if (words[k].bits & kOwnAgent) first_person = true;
              if (words[k].bits & (kCoordinator | kPunct)) break;
            }
          }
          // Not a government of before: "the prior administration before me decided to
          // let insurers sell junk plans", "the previous government will leave".
          if ((w.bits & kGovBody) && m < s.head_end && gov_head(m) &&
              !(m > s.begin && (words[m - 1].key == "prior" || words[m - 1].key == "previous" ||
                                words[m - 1].key == "former" || words[m - 1].key == "last" ||
                                words[m - 1].key == "outgoing")))
            gov_body = true;
        }
        // "I have also recently launched a Presidential Youth Advisory Board. This Board
        // will advise and inform me directly", "This team will report": a body the side
        // has just said it created acts for it.
        if (!first_person && si > 0 &&
            (words[s.begin].key == "this" || words[s.begin].key == "the") &&
            s.head_end == s.begin + 2 && c.rule.starts_with("modal") && !c.passive &&
            created_just_before(text, a.sentences[si - 1].span,
                                slice(text, words[s.begin + 1].span)))
          first_person = true;
        // "This Budget will cut taxes for families", "This agreement will also raise
        // revenue": the instrument the speech presents (kPresentedInstruments), with a
        // government act, is the side's (not "This budget will hurt families").
        if (!first_person && (words[s.begin].key == "this" || words[s.begin].key == "these") &&
            c.rule.starts_with("modal") && !c.passive && lex.has(c.action, kPolicyVerb)) {
          for (uint32_t m = s.begin + 1; m < s.head_end && m < s.begin + 3; ++m) {
            const WordKey k = words[m].key;
            if (std::find(kPresentedInstruments.begin(), kPresentedInstruments.end(), k) !=
                kPresentedInstruments.end())
              first_person = true;
          }
        }
        if (sa.quoted(c)) continue;
        if (s.end - s.begin == 1 && (words[s.begin].bits & kSubjectPron)) {
          pronoun = true;
          personal_other = !first_person;
        }
        head_actors = sa.head_actors(s);
      }
      // "Our Government will bring the budget back into balance. It will also complete
      // work on ...": "it" right after a will-clause of the side's government is that
      // government.
      bool it_government = false;
      if (pronoun && personal_other && words[s.begin].key == "it" && government_told) {
        it_government = true;
        personal_other = false;
      }
      // "During this session, you will be asked to consider new initiatives": the
      // government will put a measure to the legislature the speech addresses.
      const bool you_asked = pronoun && personal_other && c.passive && c.act() == "ask" &&
                             words[s.begin].key == "you" && c.rule.starts_with("modal") &&
                             c.verb + 2 < words.size() && words[c.verb + 1].key == "to";
      if (you_asked) personal_other = false;
      if (pronoun && personal_other) continue;  // "they will", "he will"
      Draft d;
      d.pool = static_cast<uint32_t>(pool.size());
      pool.insert(pool.end(), head_actors.begin(), head_actors.end());
      d.head = static_cast<uint32_t>(head_actors.size());
      if (first_person) {
        pool.insert(pool.end(), partners.begin(), partners.end());
        d.partners = static_cast<uint32_t>(partners.size());
      }
      const size_t gov_begin = pool.size();
      // A government body speaks for the speaker's side: a named body ("the Home
      // Office", "The Treasury Department") or a bare one ("the government") that no
      // other actor qualifies in its conjunct ("the Russian government", "a UN agency").
      if (gov_body && !nominal) {
        for (uint32_t m = s.begin; m < s.head_end; ++m) {
          if (!(words[m].bits & kGovBody) || !gov_head(m)) continue;
          if (const MentionRef* mr = sa.mention_containing(words[m].span)) {
            // An organisation always; another named body if it is the speaker's side.
            if (a.actors[mr->actor].type == ActorType::kOrganization) {
              pool.push_back(0);
            } else {
              pool.push_back(1);
              pool.push_back(mr->actor);
            }
            continue;
          }
          uint32_t b = m, e = m + 1;
          while (b > s.begin && words[b - 1].key != "and" && words[b - 1].key != "or" &&
                 words[b - 1].key != ",")
            --b;
          while (e < s.end && words[e].key != "and" && words[e].key != "or" && words[e].key != ",")
            ++e;
          // Qualified unless every actor of its conjunct is on the speaker's side: "the
          // Russian government", "the Prime Minister of Canada".
          size_t at = pool.size();
          pool.push_back(0);
          if (b < m) {
            for (uint32_t actor : sa.actors_in(sa.words_span(b, m))) pool.push_back(actor);
          }
          if (m + 1 < e) {
            for (uint32_t actor : sa.actors_in(sa.words_span(m + 1, e))) pool.push_back(actor);
          }
          pool[at] = static_cast<uint32_t>(pool.size() - at - 1);
        }
        d.gov_body = true;
      }
      if (it_government) {
        pool.push_back(0);  // the government of the clause before, unqualified
        d.gov_body = true;
      }
      // "It is the Government's objective to reach an agreement": a bare government owns
      // the noun cue, at the clause's start or after "is"; not an object of another's
      // verb ("the Greens welcome the Government's commitment to").
      const auto opens_or_is = [&](uint32_t b) {
        return b == 0 || (words[b - 1].bits & kPunct) || words[b - 1].aux() == "be";
      };
      if (nominal && !c.nominal_possessive_first && c.nominal_possessor >= 0 &&
          head_actors.empty() &&
          (words[static_cast<uint32_t>(c.nominal_possessor)].bits & kGovBody) &&
          opens_or_is(c.begin_word)) {
        pool.push_back(0);
        d.gov_body = true;
      }
      // A bare government as the subject ("Our Government", "the government"): an "it"
      // in the next sentences may take it up.
      if (d.gov_body && head_actors.empty() && !nominal) government_sentence = si;
      Strength nominal_strength = Strength::kFirm;
      if (c.passive && !first_person && !personal_other &&
          (c.rule == "modal-will" || c.rule == "modal-shall" || c.rule == "present-passive")) {
        // Agentless passive of a government act: "sanctions will be imposed".
        uint32_t by = sa.agent_at(c.verb + 1, c.end);
        // "will be examined and considered by the House": the agent of both participles.
        const bool joined = sa.participle_joined(c.verb, false);
        if (joined && by == UINT32_MAX) by = sa.agent_at(c.verb + 3, c.end);
        const bool agent = by != UINT32_MAX;
        // "Coaching fees will be paid by the Central Government", "by my Government": a
        // government body as the agent acts for the speaker's side, as it does as a
        // subject (unless another actor qualifies it: "by the Russian government").
        if (agent && !d.gov_body) {
          uint32_t e = by + 1;
          while (e < words.size() && e < by + 5 &&
                 !(words[e].bits & (kPunct | kCoordinator | kPreposition | kModal | kAux)))
            ++e;
          const uint32_t g = e - 1;
          if (g > by && (words[g].bits & kGovBody)) {
            uint32_t q = e;  // "by the Government of India": the qualifier's actors too
            if (q < words.size() && words[q].key == "of") {
              ++q;
              while (q < words.size() && q < e + 5 && !(words[q].bits & (kPunct | kCoordinator)))
                ++q;
            }
            const size_t at = pool.size();
            pool.push_back(0);
            for (uint32_t actor : sa.actors_in(sa.words_span(by + 1, q))) {
              if (a.actors[actor].type == ActorType::kOrganization &&
                  sa.mention_containing(words[g].span) != nullptr)
                continue;  // the body itself ("the Home Office")
              pool.push_back(actor);
            }
            pool[at] = static_cast<uint32_t>(pool.size() - at - 1);
            d.gov_body = true;
          }
        }
        // "Legislation will be put before Parliament", "Estimates will be laid before
        // you", "will be put forward": a measure the government brings to the house.
        // "Measures will be put in place to generate greater resources": set up.
        const bool before_house =
            (c.act() == "put" || c.act() == "lay" || c.act() == "present") &&
            c.verb + 1 < words.size() &&
            (words[c.verb + 1].key == "before" || words[c.verb + 1].key == "forward" ||
             (c.act() == "put" && words[c.verb + 1].key == "in" && c.verb + 2 < words.size() &&
              words[c.verb + 2].key == "place"));
        bool policy = lex.has(c.action, kPolicyVerb) || you_asked || before_house ||
                      (joined && sa.participle_joined(c.verb, true));
        d.passive = !agent && (policy || sa.decided_before(s.begin) ||
                               (s.found && sa.assured_complement(s.begin)));
        if (!agent && sa.nominal_complement(s.begin, &nominal_strength)) {
          d.passive = true;
          d.nominal_that = true;
        }
      } else if (!c.passive && !first_person && !personal_other &&
                 (c.rule == "modal-will" || c.rule == "modal-shall") && !d.gov_body && s.found &&
                 sa.nominal_complement(s.begin, &nominal_strength)) {
        // "It is our intention that every child will have a place": what the side's own
        // intention or commitment says will happen.
        d.passive = true;
        d.nominal_that = true;
      } else if (!c.passive && !first_person && !personal_other && c.rule == "modal-will" &&
                 head_actors.empty() && !d.gov_body && s.found &&
                 (sa.decision_complement(s.begin) || sa.assured_complement(s.begin))) {
        // "I have decided that the increase will not take effect": what the side decided
        // will happen, with no agent of its own.
        d.passive = true;
        d.decided = true;
      }
      d.gov = static_cast<uint32_t>(pool.size() - gov_begin);
      // Nothing can put this clause on the speaker's side.
      if (!first_person && head_actors.empty() && !d.gov_body && !d.passive) {
        pool.resize(d.pool);
        continue;
      }
      // "what kind of country we want to live in", "the cause we will fight for": a
      // preposition alone where the object should be, after a subject that follows a
      // noun, has its object in that noun; the clause describes it and undertakes
      // nothing ("We will stand up." stays).
      uint32_t object_last = std::min<uint32_t>(c.end, static_cast<uint32_t>(words.size()));
      while (object_last > c.object_begin && (words[object_last - 1].bits & kPunct)) --object_last;
      constexpr uint32_t kNotANoun = kPunct | kCoordinator | kSubordinator | kComplementizer |
                                     kAdverbish | kModal | kAux | kSubjectPron | kPreposition;
      if (c.has_action && c.object_begin + 1 == object_last &&
          (words[c.object_begin].bits & kPreposition) &&
          (object_last == words.size() || (words[object_last].bits & kBoundary)) && s.found &&
          s.begin > 0 && !(words[s.begin - 1].bits & kNotANoun)) {
        pool.resize(d.pool);
        continue;
      }
      // "That's part of the future we want to see, the future we can make": a wish with
      // no object after a subject that follows a noun is a relative clause that
      // describes the noun.
      if (c.has_action && c.rule == "aspiration" &&
          (c.object_begin >= object_last || words[c.object_begin].key == ",") && s.found &&
          s.begin > 0 && s.begin >= 2 && !(words[s.begin - 1].bits & kNotANoun)) {
        pool.resize(d.pool);
        continue;
      }
      d.first_person = first_person;
      d.turn = turn;
      d.turn_country = turn_country;
      d.cue_word = c.cue_word;
      d.that_complement = c.that_complement;
      d.passive_rule = c.rule == "passive-will";
      d.list_item = list_item;
      drafts.push_back(d);
      const bool line_colon =
          c.list_colon == UINT32_MAX && c.rule.starts_with("modal") && sa.ends_at_line_colon(c);
      // The list opens at the modal's colon whether its first item starts a line or
      // follows on the colon's ("We will: set up gas grids.\n\nset up a network.").
      if ((c.list_colon != UINT32_MAX || line_colon) && open_list_intro != si) {
        open_list = drafts.size() - 1;
        open_list_sentence = si;
        open_list_intro = si;
        open_list_gerunds = line_colon;
        open_list_ordinal = false;
      } else if (open_list_intro != si && sa.announces_items(c)) {
        open_list = drafts.size() - 1;
        open_list_sentence = si;
        open_list_intro = si;
        open_list_gerunds = false;
        open_list_ordinal = true;
      }
      Commitment& cm = result.emplace_back();
      // The rule unless phase C makes the clause an agentless passive.
      cm.rule = list_item ? WordKey("enumerated") : c.rule;
      cm.sentence = si;
      cm.modality = c.modality;
      cm.action = c.action;
      cm.strength = c.readiness && c.strength == Strength::kFirm ? Strength::kIntent : c.strength;
      if (d.nominal_that && cm.strength == Strength::kFirm) cm.strength = nominal_strength;
      cm.polarity = c.negative && !c.negation_cancelled && !focus_not(words, c)
                        ? Polarity::kNegative
                        : Polarity::kPositive;
      // Intent verbs lower a firm commitment: "we will work towards", "we will aim to".
      // Not a refusal: "we will not seek an understanding with them" is firm; nor a
      // passive: "the views of farmers will be sought" is what will be done.
      if (cm.strength == Strength::kFirm && cm.polarity == Polarity::kPositive && !c.passive) {
        for (uint16_t id : lex.cues_of(lex.info(c.action))) {
          const Cue& ic = lex.cues[id];
          if (ic.kind != CueKind::kIntentVerb || ic.lemma != c.action) continue;
          if (ic.words.size() > 1) {
            if (!sa.word_is(c.verb + 1, ic.words[1])) continue;
          }
          cm.strength = Strength::kIntent;
        }
      }
      if (nominal) {
        cm.actor_text = sa.words_span(
            c.begin_word, c.nominal_possessor < 0 ? c.begin_word + 1
                                                  : static_cast<uint32_t>(c.nominal_possessor) +
                                                        (c.possessor_is_subject ? 1 : 2));
      } else {
        cm.actor_text = sa.words_span(s.begin, s.end);
      }
      if (c.actor_begin != UINT32_MAX) cm.actor_text = sa.words_span(c.actor_begin, c.actor_end);
      // Conditions.
      uint32_t cond_word = c.end;
      std::optional<Span> after = sa.condition_after(c, &cond_word);
      std::optional<Span> before = nominal ? std::nullopt : sa.condition_before(c);
      cm.condition = before ? before : after;
      uint32_t object_end = after ? cond_word : c.end;
      if (c.object_begin < object_end)
        object_end = sa.object_end_before_time(c.object_begin, object_end);
      if (c.object_begin < object_end) {
        Span o = sa.trimmed(c.object_begin, object_end);
        if (!o.empty()) cm.object = o;
      }
      // Readiness stays an intent under a condition (the guide: "at most intent").
      if (cm.condition &&
          (cm.strength == Strength::kFirm ||
           (cm.strength == Strength::kIntent && !c.readiness && c.rule != "readiness"))) {
        cm.strength = Strength::kConditional;
      }
      // "I hope we will be able to set out ...": a hope, not an undertaking.
      if (!nominal && c.rule.starts_with("modal") && cm.strength == Strength::kFirm &&
          belief_framed(words, c))
        cm.strength = Strength::kAspirational;
      // Span: the clause, with a condition before it and a list marker.
      // "Never will we ...", "We who believe ... will": the span starts at begin_word.
      const bool explicit_subject = c.explicit_subject != UINT32_MAX;
      uint32_t first_word = nominal || explicit_subject ? c.begin_word : s.begin;
      // "This we will do by reforming our institutions": the fronted object opens the span.
      if (!nominal && !explicit_subject && s.found && s.begin == 1 && c.act() == "do" &&
          (words[0].key == "this" || words[0].key == "that"))
        first_word = 0;
      uint32_t span_start = words[first_word].span.start;
      if (before) span_start = std::min(span_start, before->start);
      if (list_item) {
        uint32_t rb = sa.region_begin(c);
        if (rb <= marker_end) span_start = std::min(span_start, words[0].span.start);
      }
      uint32_t span_end = words[c.end - 1].span.end;
      // The sentence's final punctuation belongs to a clause that ends the sentence.
      if (c.end == words.size() || c.elliptical) span_end = a.sentences[si].span.end;
      cm.span = {span_start, span_end};
      // Time: first inside the clause after the verb; else the last before the subject
      // within the clause's region.
      uint32_t region_start = words[nominal ? c.begin_word : sa.region_begin(c)].span.start;
      std::optional<uint32_t> time_before;
      std::span<const TimeExpr> st = sa.times();
      auto first_time = std::lower_bound(st.begin(), st.end(), region_start,
                                         [&](const TimeExpr& t, uint32_t off) {
                                           return t.span.start < off;
                                         });
      for (auto ti_it = first_time; ti_it != st.end(); ++ti_it) {
        const TimeExpr& t = *ti_it;
        const auto ti = static_cast<uint32_t>(&t - a.times.data());
        if (t.span.start >= span_end) break;
        if (is_past_time(t, a.doc.date) || looks_back(text, t)) continue;
        // "reviewed quarterly", "$75 million a year": how often, not by when.
        if (t.type == TimeType::kSet) continue;
        // "fight for a future where every Native person can realize their aspirations":
        // "a future" whose head is "future" is what is fought for, not when.
        if (t.value == "FUTURE_REF" && t.span.end - t.span.start >= 8 &&
            (text[t.span.start] | 0x20) == 'a' && text[t.span.start + 1] == ' ' &&
            text.substr(t.span.end - 6, 6) == "future")
          continue;
        // "Now, we will publish the plan": a discourse word that opens the sentence, not
        // when.
        if (t.span.start == a.sentences[si].span.start && t.span.end - t.span.start == 3 &&
            (text[t.span.start] | 0x20) == 'n' && t.span.end < text.size() &&
            text[t.span.end] == ',')
          continue;
        // "cut the waiting time to two weeks", "from three months to six": a length the
        // object sets, not by when.
        if (t.type == TimeType::kDuration &&
            (governed_length(text, t.span.start) || age_after(text, t.span.end)))
          continue;
        if (t.span.start >= words[c.verb].span.end && t.span.end <= span_end) {
          if (sa.in_subclause(c.verb, t.span.start)) continue;  // that clause's time
          // "Next year we will observe the Jubilee, celebrating her six decades of
          // service": a duration later in the clause does not outrank a date before it.
          if (t.type == TimeType::kDuration && time_before &&
              a.times[*time_before].type != TimeType::kDuration)
            break;
          cm.time = ti;
          break;
        }
        if (t.span.start >= region_start && t.span.end <= words[c.verb].span.start) {
          // Not a time of the clause before a coordinator: "... this winter, and we will".
          uint32_t from = c.subject.found ? c.subject.begin : c.group_begin;
          bool coordinated = false;
          for (uint32_t m = from; m > 0 && words[m - 1].span.start >= t.span.end && !coordinated; --m)
            coordinated = (words[m - 1].bits & kCoordinator) != 0;
          // A date before the subject outranks a later duration: "By 2047, when the
          // country celebrates 100 years of independence, we will build ...".
          // Nor a time of a phrase that opens the sentence on a participle: "Building on
          // the achievements of the past five years, our Government will".
          const Word& opener = words[sa.region_begin(c)];
          const bool participle_phrase = opener.upper && opener.key.size() > 5 &&
                                         opener.key.ends_with("ing") && opener.key != "during" &&
                                         t.span.start > opener.span.start;
          if (coordinated || participle_phrase || sa.time_of_other_clause(t.span, from)) {
            time_before = std::nullopt;
          } else if (!time_before || t.type != TimeType::kDuration ||
                     a.times[*time_before].type == TimeType::kDuration) {
            time_before = ti;
          }
        }
      }
      if (!cm.time) cm.time = time_before;
      // Ongoing policy only with a time to come (the guide). A future perfect foretells
      // a state ("then we will have achieved what is within our grasp") unless it sets a
      // deadline ("By 2030 we will have built 100 schools").
      if (((c.rule == "present-ongoing" || c.rule == "present-passive") &&
           (!cm.time || narrative_later(text, a.times[*cm.time]) ||
            !(is_future_time(a.times[*cm.time], a.doc.date) ||
              looks_ahead(text, a.times[*cm.time])))) ||
          (c.rule.starts_with("modal") && !cm.time && future_perfect(words, c))) {
        if (open_list == drafts.size() - 1) open_list = SIZE_MAX;
        result.pop_back();
        drafts.pop_back();
        continue;
      }
    }
  }
  if (drafts.empty()) return result;

  // Phase B: the speaker's country.
  // A country named beside a first-person word ("our British forces", "we in Australia")
  // weighs most; then the title line; then will-clause subjects.
  // One byte per actor: Actor records are large, and this reads one per mention.
  std::vector<uint8_t> country_actor(a.actors.size());
  for (size_t ai = 0; ai < a.actors.size(); ++ai) {
    country_actor[ai] = a.actors[ai].type == ActorType::kCountry;
  }
  auto is_country = [&](const MentionRef& m) { return country_actor[m.actor] != 0; };
  // A place (a state, a province) is the side only by the strongest words, "my fellow
  // Rhode Islanders", "here in Rhode Island", and only when no country is.
  std::vector<Evidence> place_evidence;
  constexpr size_t kPrefetchAhead = 8;  // the text before a mention is a cache miss
  for (size_t i = 0; i < mentions.size(); ++i) {
    if (i + kPrefetchAhead < mentions.size()) {
      __builtin_prefetch(text.data() + mentions[i + kPrefetchAhead].span.start);
    }
    const MentionRef& m = mentions[i];
    const bool place = a.actors[m.actor].type == ActorType::kPlace;
    if (!is_country(m) && !place) continue;
    if (!place && a.doc.title && a.doc.title->contains(m.span) &&
        !title_topic(text, *a.doc.title, m.span))
      evidence.push_back({m.actor, m.span.start, 2});
    // Decisive: the government whose statement this is.
    if (!place && letterhead(text, m.span)) evidence.push_back({m.actor, m.span.start, 6});
    // The speaker's office under the title: "Prime Minister of Barbados" in the header.
    if (!place && a.doc.dateline && m.span.end <= a.doc.dateline->end &&
        !(a.doc.title && a.doc.title->contains(m.span)) && office_line(text, m.span))
      evidence.push_back({m.actor, m.span.start, 2});
    // "our Afghan friends", "our European partners": others the speaker's side stands with.
    if (relation_after(text, m.span.end)) continue;
    // Look back over at most two words.
    uint32_t pos = m.span.start;
    int words_seen = 0;
    while (pos > 0 && words_seen < 3) {
      uint32_t e = pos;
      while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\n' || text[e - 1] == '\t')) --e;
      uint32_t b = e;
      while (b > 0 && ((text[b - 1] >= 'a' && text[b - 1] <= 'z') ||
                       (text[b - 1] >= 'A' && text[b - 1] <= 'Z')))
        --b;
      if (b == e) break;
      char wb[8];
      size_t wn = 0;
      WordKey w;
      if (e - b < sizeof wb && fold_key(text.substr(b, e - b), wb, sizeof wb, &wn)) {
        w = std::string_view(wb, wn);
      }
      // "our British forces", "we in Australia", "my fellow Americans".
      if (!place && (w == "our" || w == "my" || w == "we" || w == "fellow")) {
        evidence.push_back({m.actor, m.span.start, 3});
        break;
      }
      if (place && w == "fellow" && words_seen == 0) {
        place_evidence.push_back({m.actor, m.span.start, 3});
        break;
      }
      // "here in Canada": where the speaker stands and speaks for.
      if (w == "here" && words_seen == 1) {
        (place ? place_evidence : evidence).push_back({m.actor, m.span.start, 2});
        break;
      }
      if (w != "the" && w != "in" && w != "here" && w != "of") break;
      pos = b;
      ++words_seen;
    }
  }
  // Speakers name their own side first: "British, French and partner forces", "the
  // United States and Iraq". The first of a run of countries joined by "," / "and".
  for (size_t i = 0; i + 1 < mentions.size(); ++i) {
    if (i > 0 && is_country(mentions[i - 1]) &&
        joined_by_list(text, mentions[i - 1].span, mentions[i].span))
      continue;  // not the first of its run
    const MentionRef& x = mentions[i];
    const MentionRef& y = mentions[i + 1];
    if (!is_country(x) || !is_country(y) || x.actor == y.actor)
      continue;
    // "between Australia and New Zealand", "in both Australia and New Zealand": a pair in
    // its usual order, not the speaker's side first.
    if (pair_after_between(text, x.span.start)) continue;
    if (joined_by_list(text, x.span, y.span)) evidence.push_back({x.actor, x.span.start, 1});
  }
  // What a known speaker speaks for (actors_people.tsv), when the text names it: their
  // country ("keir-starmer": "united-kingdom") is strong evidence below; a body
  // ("antonio-guterres": "united-nations") is on the side, also when named by its head
  // word alone ("the Commission" for "european-commission").
  std::vector<uint32_t> side_bodies;
  // A side may name several ids, the body first: "european-commission|european-union".
  std::string_view sides =
      a.speaker ? std::string_view(a.actors[*a.speaker].side) : std::string_view();
  while (!sides.empty()) {
    const std::string_view side = pop_side_id(sides);
    if (side.empty()) continue;
    for (size_t ai = 0; ai < a.actors.size(); ++ai) {
      const Actor& actor = a.actors[ai];
      const auto idx = static_cast<uint32_t>(ai);
      if (country_actor[ai]) {
        if (actor.id == side && !actor.mentions.empty())
          evidence.push_back({idx, actor.mentions.front().span.start, 3});
        continue;
      }
      std::string_view id = actor.id;
      bool head = actor.type == ActorType::kOrganization && side.size() > id.size() &&
                  side.ends_with(id) && side[side.size() - id.size() - 1] == '-';
      if (id == side || head) add_unique(side_bodies, idx);
    }
  }
  // One sentence of weak evidence ("Russia will continue its attacks") is not enough.
  constexpr int kMinCountryEvidence = 2;
  std::optional<uint32_t> country;
  // A speaker known to speak for a body and no country (NATO's Secretary General, the
  // President of the European Council) has no country: the countries the text names
  // first in its lists are the body's members or partners.
  bool side_is_country = false;
  for (std::string_view rest = a.speaker ? std::string_view(a.actors[*a.speaker].side)
                                         : std::string_view();
       !rest.empty();) {
    const std::string_view side = pop_side_id(rest);
    for (size_t ai = 0; ai < a.actors.size() && !side_is_country; ++ai)
      side_is_country = country_actor[ai] && a.actors[ai].id == side;
  }
  // A speaker known to speak for a country ("joe-biden": "united-states") speaks for that
  // one only: "France will help us" twice makes France no side of Biden's "we".
  const bool known_side = a.speaker && !a.actors[*a.speaker].side.empty();
  if (known_side && side_is_country) {
    for (std::string_view rest = a.actors[*a.speaker].side; !rest.empty() && !country;) {
      const std::string_view side = pop_side_id(rest);
      for (size_t ai = 0; ai < a.actors.size(); ++ai) {
        if (country_actor[ai] && a.actors[ai].id == side) {
          country = static_cast<uint32_t>(ai);
          break;
        }
      }
    }
  } else if (!known_side) {
    // The actor of most evidence, the first named among equals; none below the minimum.
    auto best_of = [&](const std::vector<Evidence>& ev) {
      std::optional<uint32_t> chosen;
      std::unordered_map<uint32_t, std::pair<int, uint32_t>> score;  // actor -> (score, first)
      for (const Evidence& e : ev) {
        auto [it, fresh] = score.try_emplace(e.actor, 0, e.position);
        it->second.first += e.weight;
        it->second.second = std::min(it->second.second, e.position);
      }
      int best = kMinCountryEvidence - 1;
      uint32_t best_pos = 0;
      for (const auto& [actor, sp] : score) {
        if (sp.first > best || (sp.first == best && chosen && sp.second < best_pos)) {
          best = sp.first;
          best_pos = sp.second;
          chosen = actor;
        }
      }
      return chosen;
    };
    country = best_of(evidence);
    if (!country) country = best_of(place_evidence);
    // A speech that says "our country" or "my Government" and names one country far
    // more than twice as often as any other speaks for it: a Speech from the Throne that names
    // Canada, Canadians and Canadian 83 times and India twice.
    if (!country) {
      std::vector<uint32_t> count(a.actors.size(), 0);
      for (const MentionRef& m : mentions) count[m.actor] += country_actor[m.actor];
      uint32_t first = 0, second = 0;
      std::optional<uint32_t> top;
      for (uint32_t ai = 0; ai < count.size(); ++ai) {
        if (count[ai] > first) {
          second = first;
          first = count[ai];
          top = ai;
        } else if (count[ai] > second) {
          second = count[ai];
        }
      }
      constexpr uint32_t kMinMentions = 3;
      if (top && first >= kMinMentions && first > 2 * second && says_own_nation(text))
        country = top;
      // A territory or state that the speech names far more often than all other countries
      // and places together, in a speech of "the Government": a Hong Kong budget that
      // names Hong Kong 43 times and China, Switzerland and France once each.
      if (!country) {
        std::fill(count.begin(), count.end(), 0);
        uint32_t all = 0;
        for (const MentionRef& m : mentions) {
          const ActorType type = a.actors[m.actor].type;
          if (type != ActorType::kCountry && type != ActorType::kPlace) continue;
          ++count[m.actor];
          ++all;
        }
        const auto most = std::max_element(count.begin(), count.end());
        constexpr uint32_t kMinPlaceMentions = 10;
        // Not a country: there the words above decide ("the Government" of an opposition
        // speech is the other side's).
        if (most != count.end() && *most >= kMinPlaceMentions && *most * 4 > all * 3 &&
            a.actors[static_cast<size_t>(most - count.begin())].type == ActorType::kPlace &&
            (says_own_nation(text) || names_the_government(text)))
          country = static_cast<uint32_t>(most - count.begin());
      }
    }
  }
  // An opposition speaker ("Leader of the Opposition", "Shadow Chancellor") speaks for a
  // party, not for the country its government runs.
  const std::string_view speaker_role =
      a.speaker ? std::string_view(a.actors[*a.speaker].role) : std::string_view();
  const bool opposition =
      !known_side && (speaker_role.find("Opposition") != std::string_view::npos ||
                      speaker_role.starts_with("Shadow"));
  std::vector<uint32_t> own_side;
  if (a.speaker) own_side.push_back(*a.speaker);
  if (country && !opposition) add_unique(own_side, *country);
  for (uint32_t body : side_bodies) add_unique(own_side, body);
  // A party named in the text's header ("Natalie Bennett - Speech at Green Party
  // Conference", "FEDERAL LABOR LEADER MARK LATHAM") is the speaker's: what it will do
  // ("Labor will ratify the Kyoto Protocol", "a Labor Government will ensure") is the
  // speaker's side's undertaking. Named only in the body, a party may be the opponent.
  // The header: of the first three lines, the title, the dateline and heading lines (no
  // sentence's final mark), up to the first other line.
  {
    constexpr uint32_t kHeaderLines = 3;
    constexpr size_t kMaxHeaderBytes = 1500;
    size_t header_end = 0;
    for (uint32_t lines = 0; lines < kHeaderLines && header_end < text.size();) {
      const size_t eol = text.find('\n', header_end);
      const size_t next = eol == std::string_view::npos ? text.size() : eol + 1;
      std::string_view line = text.substr(header_end, next - header_end);
      const size_t last = line.find_last_not_of(" \t\r\n");
      if (last != std::string_view::npos) {
        ++lines;
        const auto here = static_cast<uint32_t>(header_end);
        const bool own_line =
            (a.doc.title && a.doc.title->start >= here && a.doc.title->start < next) ||
            (a.doc.dateline && a.doc.dateline->start >= here && a.doc.dateline->start < next);
        const char end = line[last];
        if (!own_line && (end == '.' || end == '!' || end == '?' || end == ';')) break;
      }
      header_end = next;
    }
    header_end = std::min(header_end, kMaxHeaderBytes);
    for (const MentionRef& m : mentions) {
      if (m.span.start >= header_end) break;
      const Actor& party = a.actors[m.actor];
      // "Labour Party", "Indian National Congress", "African National Congress".
      if (party.type == ActorType::kOrganization &&
          (party.name.ends_with(" Party") || party.name.ends_with(" National Congress")))
        add_unique(own_side, m.actor);
    }
  }
  auto is_own = [&](uint32_t actor) {
    return contains(own_side, actor) ||
           (country_of[actor] != actor && contains(own_side, country_of[actor]));
  };

  // Phase C: decide, per draft, whether the speaker's side commits; then, per sentence,
  // an outer "promise/agree that ..." gives way to a commitment inside its clause.
  std::vector<size_t> local;  // the sentence's committing drafts
  for (size_t di = 0; di < drafts.size();) {
    const uint32_t si = result[di].sentence;
    local.clear();
    for (; di < drafts.size() && result[di].sentence == si; ++di) {
      Draft& d = drafts[di];
      std::span<const uint32_t> head(pool.data() + d.pool, d.head);
      std::span<const uint32_t> with(pool.data() + d.pool + d.head, d.partners);
      std::span<const uint32_t> gov(pool.data() + d.pool + d.head + d.partners, d.gov);
      bool own_named = false;
      for (uint32_t actor : head) own_named |= is_own(actor);
      // Another person's turn: their country named as the subject is their side's.
      const bool turn_named = d.turn != UINT32_MAX && d.turn_country != UINT32_MAX &&
                              !d.first_person &&
                              std::find(head.begin(), head.end(), d.turn_country) != head.end();
      if (turn_named) {
        Commitment& cm = result[di];
        for (uint32_t actor : head) cm.actors.add_unique(actor);
        cm.actors.add_unique(d.turn);
        d.emitted = true;
        local.push_back(di);
        continue;
      }
      bool gov_body = false;
      if (d.gov_body) {
        for (size_t g = 0; g < gov.size() && !gov_body; g += gov[g] + 1) {
          bool all_own = true;
          for (size_t k = g + 1; k <= g + gov[g]; ++k) all_own &= is_own(gov[k]);
          gov_body = all_own;
        }
      }
      bool speaker_side = d.first_person || own_named || gov_body;
      // "A Canada Investment Fund will be created": a body of the side's own named in an
      // agentless passive is what the side acts on, not who acts.
      bool passive = d.passive && (!speaker_side || (own_named && !d.first_person && !gov_body));
      if (!speaker_side && !passive) continue;
      Commitment& cm = result[di];
      // Actors.
      IdList& actors = cm.actors;
      if (d.first_person || gov_body || passive || d.passive_rule) {
        // The subject of an agentless passive is what is acted on, not who acts: "The
        // Canada Border Services Agency will be given new powers".
        if (!passive)
          for (uint32_t actor : head) actors.add_unique(actor);
        if (d.first_person && d.turn != UINT32_MAX) {
          // Another person's turn: they and their country; with no country known, the
          // speaker's side without the speaker (a minister at the podium of a briefing).
          actors.add_unique(d.turn);
          if (d.turn_country != UINT32_MAX) {
            actors.add_unique(d.turn_country);
          } else {
            for (uint32_t actor : own_side)
              if (!a.speaker || actor != *a.speaker) actors.add_unique(actor);
          }
        } else {
          for (uint32_t actor : own_side) actors.add_unique(actor);
        }
        for (uint32_t actor : with) actors.add_unique(actor);  // first person only
      } else {
        for (uint32_t actor : head) actors.add_unique(actor);
        if (a.speaker) actors.add_unique(*a.speaker);
      }
      if (passive && !d.list_item && cm.rule != "present-passive")
        cm.rule = d.nominal_that ? "nominal-that" : d.decided ? "decided-will" : "passive-will";
      d.emitted = true;
      local.push_back(di);
    }
    for (size_t x = 0; x < local.size(); ++x) {
      if (!drafts[local[x]].that_complement) continue;
      const Commitment& cx = result[local[x]];
      bool inner = false;
      for (size_t y = x + 1; y < local.size() && y <= x + 8; ++y) {
        const Commitment& cy = result[local[y]];
        if (drafts[local[y]].cue_word > drafts[local[x]].cue_word &&
            cx.span.contains(Span{cy.span.start, cy.span.start + 1}))
          inner = true;
      }
      if (inner) drafts[local[x]].emitted = false;
    }
  }
  // Keep the emitted commitments, in order, in place.
  size_t kept = 0;
  for (size_t i = 0; i < result.size(); ++i) {
    if (!drafts[i].emitted || result[i].rule.empty()) continue;
    if (kept != i) result[kept] = std::move(result[i]);
    ++kept;
  }
  result.erase(result.begin() + static_cast<std::ptrdiff_t>(kept), result.end());
  return result;
}

namespace tables {

std::string commitment_source_built() { return source_built<Lexicon>(); }

std::string commitment_source_in_use() { return source_in_use<Lexicon>(); }

}  // namespace tables

}  // namespace speechscan
