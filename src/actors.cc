// Named actors (spec/annotation-guide.md, "Actors").
//
// Knowledge comes from data/lexicon/actors_*.tsv and given_names.tsv (see
// docs/lexicons.md); the rules below only say how names are shaped:
//
//  1. Gazetteer: known names ("United Kingdom", "British", "NATO", "Putin"), longest match
//     wins, looked up by the first token's bytes in a hash map. Possessive clitics ("’s")
//     are separate tokens, so "Ukraine’s" matches "Ukraine" with the clitic left out.
//     Hyphenated words match part by part ("US-led" -> "US").
//  2. Titles: a title ("Prime Minister") followed by capitalised words is a person; the
//     title becomes the role and stays out of the mention.
//  3. Given names: a known given name followed by capitalised words is a person.
//  4. Unknown capitalised names of two or more words whose head word names a body
//     ("Metropolitan Police", "College of Policing") are organisations or groups; a name
//     before "regime"/"government" is an organisation ("Qaddafi regime").
//  5. Later references: a surname or first name alone, a head word alone ("the College")
//     or an acronym introduced in brackets refer back to the actor already found.
//  6. The speaker is the first person named in the header lines.
//
// Performance: only capitalised word tokens (and the few lower-case first tokens of
// known names, filtered by first byte) are looked up, each by one hash of its bytes; no
// string is built per token.
#include "speechscan/actors.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstring>
#include <deque>
#include <memory>
#include <span>
#include <unordered_map>

#include "frozen.h"
#include "scratch.h"
#include "speechscan/data.h"
#include "speechscan/unicode.h"
#include "speechscan/verbs.h"
#include "table_writer.h"
#include "tables.h"
#include "word_key.h"

namespace speechscan {

const char* actor_type_name(ActorType t) {
  switch (t) {
    case ActorType::kPerson: return "person";
    case ActorType::kCountry: return "country";
    case ActorType::kOrganization: return "organization";
    case ActorType::kGroup: return "group";
    case ActorType::kPlace: return "place";
  }
  return "person";
}

std::optional<ActorType> parse_actor_type(std::string_view s) {
  // By length first, then a fixed-length compare: every lexicon row asks.
  // REQUIRES of eq: s.size() == lit.size().
  auto eq = [&](std::string_view lit) { return std::memcmp(s.data(), lit.data(), lit.size()) == 0; };
  switch (s.size()) {
    case 5:
      if (eq("group")) return ActorType::kGroup;
      if (eq("place")) return ActorType::kPlace;
      break;
    case 6:
      if (eq("person")) return ActorType::kPerson;
      break;
    case 7:
      if (eq("country")) return ActorType::kCountry;
      break;
    case 12:
      if (eq("organization") || eq("organisation")) return ActorType::kOrganization;
      break;
    default: break;
  }
  return std::nullopt;
}

namespace {

// Latin letters with diacritics, U+00C0..U+017F, to their ASCII base letter(s) for slugs
// ("Côte d’Ivoire" -> "cote-divoire"); '\0' means "no ASCII form".
constexpr std::string_view kLatin1Fold =
    "aaaaaaaceeeeiiii"   // C0..CF (Æ -> a, Ç -> c)
    "dnooooo\0ouuuuyts"  // D0..DF (× has none, Þ -> t, ß -> s)
    "aaaaaaaceeeeiiii"   // E0..EF
    "dnooooo\0ouuuuyty"; // F0..FF
constexpr std::string_view kLatinExtAFold =
    "aaaaaaccccccccdd"   // 100..10F
    "ddeeeeeeeeeegggg"   // 110..11F
    "gggghhhhiiiiiiii"   // 120..12F
    "iiiijjkkklllllll"   // 130..13F
    "llnnnnnnnnnooooo"   // 140..14F
    "oooorrrrrrssssss"   // 150..15F
    "ssttttttuuuuuuuu"   // 160..16F
    "uuuuwwyyyzzzzzzs";  // 170..17F

bool is_apostrophe_at(std::string_view s, size_t i, size_t* len) {
  if (s[i] == '\'') {
    *len = 1;
    return true;
  }
  if (s[i] == '\xE2' && s.compare(i, 3, "\xE2\x80\x99") == 0) {
    *len = 3;
    return true;
  }
  return false;
}

}  // namespace

// ASCII names (nearly all): each byte gives at most one byte, a dash only in place of
// a separator already read, so the slug fits in name.size() bytes written in place.
static std::string slugify_ascii(std::string_view name) {
  std::string out(name.size(), '\0');
  char* o = out.data();
  char* const begin = o;
  bool pending_dash = false;
  for (char ch : name) {
    auto b = static_cast<unsigned char>(ch);
    if (b == '\'') continue;  // "Majesty's" -> "majestys"
    if (b >= 'A' && b <= 'Z') b = static_cast<unsigned char>(b + 32);
    if ((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')) {
      if (pending_dash && o != begin) *o++ = '-';
      pending_dash = false;
      *o++ = static_cast<char>(b);
    } else {
      pending_dash = true;
    }
  }
  out.resize(static_cast<size_t>(o - begin));
  return out;
}

std::string slugify(std::string_view name) {
  bool all_ascii = true;
  for (char c : name) all_ascii = all_ascii && static_cast<unsigned char>(c) < 0x80;
  if (all_ascii) return slugify_ascii(name);
  std::string out;
  out.reserve(name.size());
  bool pending_dash = false;
  auto put = [&](char c) {
    if (pending_dash && !out.empty()) out += '-';
    pending_dash = false;
    out += c;
  };
  size_t i = 0;
  while (i < name.size()) {
    auto b = static_cast<unsigned char>(name[i]);
    size_t alen = 0;
    if (is_apostrophe_at(name, i, &alen)) {  // "Majesty’s" -> "majestys"
      i += alen;
      continue;
    }
    if (b < 0x80) {
      if (b >= 'A' && b <= 'Z') put(static_cast<char>(b + 32));
      else if ((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')) put(static_cast<char>(b));
      else pending_dash = true;
      ++i;
      continue;
    }
    auto d = unicode::decode(name, i);
    char32_t cp = d.cp;
    char ascii = '\0';
    if (cp >= 0xC0 && cp <= 0xFF) ascii = kLatin1Fold[cp - 0xC0];
    else if (cp >= 0x100 && cp <= 0x17F) ascii = kLatinExtAFold[cp - 0x100];
    if (ascii != '\0') {
      put(ascii);
    } else if (d.valid && unicode::is_letter(cp)) {
      std::string folded = unicode::fold_case(name.substr(i, d.length));
      if (pending_dash && !out.empty()) out += '-';
      pending_dash = false;
      out += folded;
    } else {
      pending_dash = true;
    }
    i += d.length;
  }
  return out;
}

namespace {

constexpr uint32_t kNone = 0xFFFFFFFFu;

// What the gazetteer knows about one actor before reading any document. The views point
// into the lexicon bytes (embedded, or kept by the gazetteer for user lexicons).
struct Known {
  std::string_view id;
  std::string_view name;
  std::string_view role;
  ActorType type = ActorType::kPerson;
  std::string_view first;  // persons: first and last word of `name`
  std::string_view last;
  std::string_view side;   // persons: the id of the country or body they speak for
  // A bare name that bodies of several countries share ("Reserve Bank"): their ids,
  // separated by "|", each body's side its country. The document's country tells which.
  std::string_view shared;
};

struct TitleInfo {
  std::string_view text;  // the role as reported: "Prime Minister", "Secretary-General" (for
                          // "Secretary General")
  bool honorific = false;
  bool weak = false;
  // A role whose "of X" names a dignity, no mention of the place: "Duke of York".
  bool peerage = false;
  // A role that an office named after the name replaces: "Dr. Masisi, President of ...".
  bool courtesy = false;
};

// Reads 1..8 bytes little-endian, zero-padded, without a loop: two overlapping loads
// give every byte (an overlap ORs a byte with itself).
inline uint64_t load_upto8(const char* p, size_t n) {
  if (n >= 8) {
    uint64_t a;
    std::memcpy(&a, p, 8);
    return a;
  }
  if (n >= 4) {
    uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + n - 4, 4);
    return lo | (static_cast<uint64_t>(hi) << (8 * (n - 4)));
  }
  if (n == 0) return 0;
  auto b = [&](size_t k) { return static_cast<uint64_t>(static_cast<unsigned char>(p[k])); };
  return b(0) | (b(n / 2) << (8 * (n / 2))) | (b(n - 1) << (8 * (n - 1)));
}

// A hash map from words to values for the hot loop: open addressing over a power-of-two
// array at most half full, a cheap hash of the first and last eight bytes, no allocation
// on look-up. Keys are views: their bytes must outlive the table.
template <typename V>
class WordTable {
 public:
  struct Slot {
    const char* data;
    uint32_t size;
    uint32_t value;  // index into values_ plus one; kEmpty for an empty slot
    uint64_t head;   // the first eight bytes, zero-padded: most compares end here
  };

  WordTable() = default;
  // The table whose arrays are `slots` (a power of two of them, at most half full) and
  // `values` (generated at build time; see frozen.h).
  WordTable(std::span<const Slot> slots, std::span<const V> values)
      : slots_(slots), values_(values) {
    set_geometry(slots.size());
    count_ = static_cast<uint32_t>(values.size());
  }

  // Room for `n` keys without rehashing.
  void reserve(size_t n) {
    size_t want = 64;
    while (want < 2 * n) want *= 2;
    if (want > mask_ + 1 || slots_.empty()) rehash(want);
    values_.reserve(n);
  }
  struct Inserted {
    V& value;  // valid until the next insertion
    bool inserted;
  };
  // The value for `w`, default-constructed when `w` is new.
  Inserted insert(std::string_view w) {
    if (count_ >= limit_) rehash(!slots_.empty() ? 2 * (mask_ + 1) : 64);
    const uint64_t a = load_upto8(w.data(), w.size());
    const size_t i = probe(a, w);
    const Slot& s = slots_[i];
    if (s.value != kEmpty) return {values_.mut(s.value - 1), false};
    slots_.mut(i) = {w.data(), static_cast<uint32_t>(w.size()), ++count_, a};
    return {values_.emplace_back(), true};
  }
  V& operator[](std::string_view w) { return insert(w).value; }
  const V* find(std::string_view w) const { return lookup(w).value; }
  // The key as stored (a view that lives as long as the table's keys) and its value,
  // or a null value.
  struct Entry {
    std::string_view key;
    const V* value = nullptr;
  };
  Entry lookup(std::string_view w) const {
    if (slots_.empty()) return {};
    const Slot& s = slots_[probe(load_upto8(w.data(), w.size()), w)];
    if (s.value == kEmpty) return {};
    return {{s.data, s.size}, &values_[s.value - 1]};
  }
  bool empty() const { return count_ == 0; }
  size_t size() const { return count_; }
  std::span<const Slot> slots() const { return slots_.span(); }
  std::span<const V> values() const { return values_.span(); }

 private:
  static constexpr uint32_t kEmpty = 0;

  // The home slot of a key: the top bits of a multiplicative hash, which (unlike the
  // low bits) depend on every input byte.
  size_t home(uint64_t a, std::string_view w) const {
    uint64_t b = w.size() > 8 ? load_upto8(w.data() + w.size() - 8, 8) : 0;
    uint64_t h = (a ^ (b * 0x9E3779B97F4A7C15ull) ^ w.size()) * 0xFF51AFD7ED558CCDull;
    return static_cast<size_t>(h >> shift_);
  }
  // Bytes [8, n) of two keys of length n > 8, compared eight at a time.
  static bool same_tail(const char* x, const char* y, size_t n) {
    size_t k = 8;
    for (; k + 8 <= n; k += 8) {
      if (load_upto8(x + k, 8) != load_upto8(y + k, 8)) return false;
    }
    return k == n || load_upto8(x + n - 8, 8) == load_upto8(y + n - 8, 8);
  }
  // The slot holding `w` (whose first bytes are `a`), or the empty slot where it would go.
  size_t probe(uint64_t a, std::string_view w) const {
    size_t i = home(a, w);
    while (true) {
      const Slot& s = slots_[i];
      if (s.value == kEmpty) return i;
      if (s.head == a && s.size == w.size() && (w.size() <= 8 || same_tail(s.data, w.data(), w.size()))) {
        return i;
      }
      i = (i + 1) & mask_;
    }
  }
  // REQUIRES: n is a power of two.
  void set_geometry(size_t n) {
    mask_ = n - 1;
    shift_ = 64;
    for (size_t k = n; k > 1; k /= 2) --shift_;
    limit_ = static_cast<uint32_t>(n / 2);
  }
  // REQUIRES: n is a power of two of at least twice the keys.
  void rehash(size_t n) {
    Frozen<Slot> old = std::move(slots_);
    static_assert(kEmpty == 0, "an empty slot is all zero bytes: one memset clears the array");
    slots_.assign(n, Slot{});
    set_geometry(n);
    for (const Slot& s : old) {
      if (s.value != kEmpty) slots_.mut(probe(s.head, {s.data, s.size})) = s;
    }
  }

  Frozen<Slot> slots_;
  size_t mask_ = 0;
  int shift_ = 64;      // 64 - log2(slots)
  uint32_t count_ = 0;  // keys
  uint32_t limit_ = 0;  // keys that make the table grow
  Frozen<V> values_;
};

// Multi-token phrases, in lists by their first token (the list heads live in the
// caller's word table). A phrase's tokens come from the same tokenizer as the text, so
// "Her Majesty’s Government" and "U.S." split alike. One pool for all phrases: adding
// one costs no allocation of its own.
class PhraseTable {
 public:
  struct Match {
    uint32_t length = 0;  // tokens
    uint32_t value = kNone;
  };
  struct Phrase {
    uint32_t rest_begin;  // tokens after the first: rest_[rest_begin, rest_begin + rest_size)
    uint32_t rest_size;
    uint32_t value;
    uint32_t next;  // the next phrase of the same list, or kNone
  };

  PhraseTable() = default;
  // The table of generated arrays (see frozen.h).
  PhraseTable(std::span<const Phrase> phrases, std::span<const std::string_view> rest)
      : phrases_(phrases), rest_(rest) {}
  std::span<const Phrase> phrases() const { return phrases_.span(); }
  std::span<const std::string_view> rest() const { return rest_.span(); }

  void reserve(size_t phrases, size_t words) {
    phrases_.reserve(phrases);
    rest_.reserve(words);
  }

  // Adds the phrase of tokens `words` to the list starting at `head` (kNone: empty).
  // Lists are kept longest first, so that the first full match is the longest one; an
  // equal phrase already listed wins.
  // REQUIRES: !words.empty(); the words' bytes outlive the table.
  void add(std::span<const std::string_view> words, uint32_t value, uint32_t& head) {
    const auto rest_size = static_cast<uint32_t>(words.size() - 1);
    uint32_t prev = kNone;  // the new phrase goes after every longer or equal one
    for (uint32_t p = head; p != kNone; p = phrases_[p].next) {
      const Phrase& q = phrases_[p];
      if (q.rest_size == rest_size &&
          std::equal(words.begin() + 1, words.end(), rest_.begin() + q.rest_begin)) {
        return;  // first definition wins
      }
      if (q.rest_size >= rest_size) prev = p;
    }
    auto index = static_cast<uint32_t>(phrases_.size());
    uint32_t next = prev == kNone ? head : phrases_[prev].next;
    phrases_.push_back({static_cast<uint32_t>(rest_.size()), rest_size, value, next});
    (prev == kNone ? head : phrases_.mut(prev).next) = index;
    rest_.append(words.begin() + 1, words.end());
  }

  // The value of exactly the phrase `words` in the list `head`, to be changed; nullptr
  // when it is not listed.
  uint32_t* find(std::span<const std::string_view> words, uint32_t head) {
    const auto rest_size = static_cast<uint32_t>(words.size() - 1);
    for (uint32_t p = head; p != kNone; p = phrases_[p].next) {
      const Phrase& q = phrases_[p];
      if (q.rest_size == rest_size &&
          std::equal(words.begin() + 1, words.end(), rest_.begin() + q.rest_begin))
        return &phrases_.mut(p).value;
    }
    return nullptr;
  }

  // Longest phrase of the list `head` (phrases starting with token i) ending before
  // token `end`.
  Match match(uint32_t head, std::string_view text, const std::vector<Token>& tokens, uint32_t i,
              uint32_t end) const {
    // The next token's length and first byte, read once: most phrases of a long list
    // ("Minister for Trade", "Minister of Health", ...) fail on them, before any memcmp.
    const Token next = i + 1 < end ? tokens[i + 1] : Token{};
    const char next_first = i + 1 < end ? text[next.start] : '\0';
    for (uint32_t p = head; p != kNone; p = phrases_[p].next) {
      const Phrase& q = phrases_[p];
      if (q.rest_size == 0) return {1, q.value};  // the word alone: the list's last
      if (i + 1 + q.rest_size > end) continue;
      // (Here token i + 1 exists, and a phrase's words are tokens: none is empty.)
      const std::string_view second = rest_[q.rest_begin];
      if (second.size() != next.length || second[0] != next_first) continue;
      bool ok = true;
      for (uint32_t k = 0; k < q.rest_size && ok; ++k) {
        // Tokens lie within the text: no bounds check (substr's) in this loop.
        const Token& t = tokens[i + 1 + k];
        const std::string_view want = rest_[q.rest_begin + k];
        ok = t.length == want.size() && std::memcmp(text.data() + t.start, want.data(), want.size()) == 0;
      }
      if (ok) return {1 + q.rest_size, q.value};
    }
    return {};
  }

  // Longest phrase of the list `head` of two or more tokens whose last token is the
  // first part of a hyphenated word (kHasHyphen) in the text: "South Korea" in "South
  // Korea-based", "United States" in "United States-led". Its length counts that word.
  Match match_before_hyphen(uint32_t head, std::string_view text, const std::vector<Token>& tokens,
                            uint32_t i, uint32_t end) const {
    for (uint32_t p = head; p != kNone; p = phrases_[p].next) {
      const Phrase& q = phrases_[p];
      if (q.rest_size == 0 || i + 1 + q.rest_size > end) continue;
      const Token& last = tokens[i + q.rest_size];
      const std::string_view cut = rest_[q.rest_begin + q.rest_size - 1];
      if ((last.flags & kHasHyphen) == 0 || last.length <= cut.size() ||
          text[last.start + cut.size()] != '-' ||
          std::memcmp(text.data() + last.start, cut.data(), cut.size()) != 0)
        continue;
      bool ok = true;
      for (uint32_t k = 0; k + 1 < q.rest_size && ok; ++k) {
        const Token& t = tokens[i + 1 + k];
        const std::string_view want = rest_[q.rest_begin + k];
        ok = t.length == want.size() &&
             std::memcmp(text.data() + t.start, want.data(), want.size()) == 0;
      }
      if (ok) return {1 + q.rest_size, q.value};
    }
    return {};
  }

  // The value of exactly the phrase `words` in the list `head`, or kNone.
  uint32_t value(std::span<const std::string_view> words, uint32_t head) const {
    const auto rest_size = static_cast<uint32_t>(words.size() - 1);
    for (uint32_t p = head; p != kNone; p = phrases_[p].next) {
      const Phrase& q = phrases_[p];
      if (q.rest_size == rest_size &&
          std::equal(words.begin() + 1, words.end(), rest_.begin() + q.rest_begin))
        return q.value;
    }
    return kNone;
  }

  // The value of the one-token phrase of the list `head`, or kNone.
  uint32_t single(uint32_t head) const {
    for (uint32_t p = head; p != kNone; p = phrases_[p].next) {
      if (phrases_[p].rest_size == 0) return phrases_[p].value;
    }
    return kNone;
  }

 private:
  Frozen<Phrase> phrases_;
  Frozen<std::string_view> rest_;
};

// The phrases of known names, with filters that let the per-token scan of a document
// pass over most lower-case words without a hash look-up. (Titles need no filters: they
// are looked up only at words the scan has stopped at.)
constexpr int kNameLowerBits = 12;
constexpr size_t kNameLowerPairs = 4096;

// NameTable's filters: sets over hashes of the phrases' words. Words not capitalised,
// among the first words of phrases that do not start with 'A'-'Z' (the tokenizer marks
// every word starting with 'A'-'Z' kUpperInitial): lower_two has an entry for each
// one's first two bytes (next_candidate()), then (see may_match_lower()) lower_single
// marks one-word phrases by lower_bit() and lower_pair longer phrases by pair_bit() of
// their first two words. (Bytes, not bits: one load and no shift in the loop; the few
// entries that text hits lie in a few dozen cache lines.)
struct NameFilters {
  std::array<bool, 4096> other_first{};  // hyphenated words: see may_start_lower()
  std::array<bool, 65536> lower_two{};
  std::array<bool, size_t{1} << kNameLowerBits> lower_single{};
  std::array<bool, kNameLowerPairs> lower_pair{};
};
constexpr NameFilters kNoNameFilters{};

class NameTable : public PhraseTable {
 public:
  using Filters = NameFilters;
  static constexpr int kLowerBits = kNameLowerBits;
  static constexpr size_t kLowerPairs = kNameLowerPairs;

  NameTable() = default;
  // The table of generated arrays (see frozen.h).
  NameTable(std::span<const Phrase> phrases, std::span<const std::string_view> rest,
            const Filters& filters)
      : PhraseTable(phrases, rest), f_(&filters) {}
  const Filters& filters() const { return *f_; }

  // As PhraseTable::add(); the filters take every phrase's words, a repeated one too
  // (it sets the same entries).
  void add(std::span<const std::string_view> words, uint32_t value, uint32_t& head) {
    PhraseTable::add(words, value, head);
    Filters& f = own_filters();
    std::string_view first = words[0];
    auto b0 = static_cast<unsigned char>(first[0]);
    if (!(b0 >= 'A' && b0 <= 'Z')) {
      if (b0 < 0x80) f.other_first[filter_bit(first)] = true;
      const size_t b = lower_bit(first.data(), static_cast<uint32_t>(first.size()));
      // The first two bytes as next_candidate() reads them (little-endian); a one-byte
      // word may be followed by any byte.
      const auto b1 = static_cast<unsigned char>(first.size() > 1 ? first[1] : 0);
      for (unsigned x = first.size() > 1 ? b1 : 0u; x <= (first.size() > 1 ? b1 : 255u); ++x) {
        f.lower_two[b0 | (x << 8)] = true;
      }
      if (words.size() == 1) {
        f.lower_single[b] = true;
      } else {
        f.lower_pair[pair_bit(b, words[1].data(), static_cast<uint32_t>(words[1].size()))] = true;
      }
    }
  }

  // Whether a hyphenated word that is not capitalised might start a phrase, or have a
  // capitalised part to look up ("pro-Russian"). It asks the filter it has always asked
  // (its first two bytes and length), because that answer decides whether its parts are
  // looked up at all: kept as it was, so that the answers do not change.
  // REQUIRES: t is a word with kHasHyphen.
  bool may_start_lower(const char* text, const Token& t) const {
    const char* p = text + t.start;
    const uint32_t size = t.length;
    const auto b0 = static_cast<unsigned char>(p[0]);
    if (b0 >= 0x80) return true;
    const unsigned b1 = size > 1 ? static_cast<unsigned char>(p[1]) : 0u;
    return f_->other_first[filter_bit(b0, b1, size)];
  }

  // Whether a phrase may match at token i, a word that is neither capitalised nor
  // hyphenated: a filter without false negatives on the word and, for phrases of two or
  // more words, the next token. "the" starts a phrase ("the Channel") and is the
  // commonest word: this keeps it from a hash look-up.
  // REQUIRES: i < end.
  bool may_match_lower(const char* text, const Token* tokens, uint32_t i, uint32_t end) const {
    const Token& t = tokens[i];
    const size_t b = lower_bit(text + t.start, t.length);
    if (f_->lower_single[b]) return true;
    if (i + 1 >= end) return false;
    const Token& n = tokens[i + 1];
    return f_->lower_pair[pair_bit(b, text + n.start, n.length)];
  }

  // The first token in [i, end) that is a capitalised word, a hyphenated word, or a word
  // for which may_match_lower() holds; or `end`. The tight loop over the many tokens
  // that start no name: one test of the kind and flags, then for a plain lower-case word
  // one entry of a 64 KB table by its first two bytes, which few words pass.
  // REQUIRES: the byte after each token's first byte is readable (a std::string's
  // terminating NUL will do).
  uint32_t next_candidate(const char* text, const Token* tokens, uint32_t i, uint32_t end) const {
    const Token* t = tokens + i;
    const Token* const e = tokens + end;
    for (; t != e; ++t) {
      if (t->kind != TokenKind::kWord) continue;
      if ((t->flags & (kUpperInitial | kHasHyphen)) == 0) {  // a lower-case word without a hyphen
        uint16_t two;
        std::memcpy(&two, text + t->start, sizeof two);
        if (!f_->lower_two[two]) continue;
        const auto k = static_cast<uint32_t>(t - tokens);
        if (!may_match_lower(text, tokens, k, end)) continue;
        break;
      }
      break;  // a capitalised or hyphenated word
    }
    return static_cast<uint32_t>(t - tokens);
  }

 private:
  static size_t filter_bit(unsigned b0, unsigned b1, size_t size) {
    return ((b0 * 31u + b1) * 31u + static_cast<unsigned>(size < 31 ? size : 31)) % 4096u;
  }
  // A hash of a word's first byte, last byte and length (no need to read past the word,
  // nor to clamp the length): the index of lower_single.
  // REQUIRES: size >= 1.
  static size_t lower_bit(const char* w, uint32_t size) {
    const uint32_t key = static_cast<unsigned char>(w[0]) ^
                         (static_cast<uint32_t>(static_cast<unsigned char>(w[size - 1])) << 8) ^
                         (size << 16);
    return (key * 0x9E3779B1u) >> (32 - kLowerBits);
  }
  // The entry of lower_pair for a first word whose lower_bit() is `first` and a second
  // word (or token) `w` of `size` bytes. REQUIRES: size >= 1.
  static size_t pair_bit(size_t first, const char* w, uint32_t size) {
    return (first ^ lower_bit(w, size) * 0x2F) & (kLowerPairs - 1);
  }
  static size_t filter_bit(std::string_view w) {
    return filter_bit(static_cast<unsigned char>(w[0]),
                      w.size() > 1 ? static_cast<unsigned char>(w[1]) : 0u, w.size());
  }

  Filters& own_filters() {
    if (!owned_) {
      owned_ = std::make_unique<Filters>(*f_);
      f_ = owned_.get();
    }
    return *owned_;
  }

  std::unique_ptr<Filters> owned_;  // null until the first add(): then f_ points here
  const Filters* f_ = &kNoNameFilters;
};

// kText: an ordinary stop word that names the text itself ("Address", "Remarks"): a
// person before it at a header line's start is the speaker.
// kInstrument: a word for an instrument or a process named after a place ("the Paris
// Agreement", "the Minsk agreement"), whose place is then no mention; kPrefix: a word that
// before a hyphen makes a compound that mentions none of its parts ("Trans-Pacific");
// kEvent: a word for a process named after the place or the country where it began ("the
// Doha Round", "the Uruguay Round"), whose place or country is then no mention (an
// agreement named after a country, "the Singapore agreement", names a party).
enum class StopKind : uint8_t {
  kNotStop,
  kOrdinary,
  kCalendar,
  kText,
  kInstrument,
  kPrefix,
  kEvent
};

// Everything the tables say about one word, so that a token costs one hash look-up.
struct Lexeme {
  uint32_t names = kNone;   // list of known names starting with the word (Gazetteer::names)
  uint32_t titles = kNone;  // list of titles starting with the word (Gazetteer::titles)
  StopKind stop = StopKind::kNotStop;
  bool given = false;       // a given name
  bool head = false;        // the head word of a body's name ("Commission")
  ActorType head_type = ActorType::kOrganization;
  bool head_alone = false;  // names a body only alone, after "the"/"this": "this House"
  bool language = false;    // also a language's name: "French", "Russian"
  bool occasion = false;    // names an occasion before a word for the text: "Inaugural"
  bool term = false;        // an upper-case term that names no body: "GDP", "GST", "AI"
  bool document = false;    // ends a law's or a document's name: "Act", "Bill", "Plan"
  bool operation = false;   // opens an operation's name: "Operation Greens" names no party
  bool particle = false;    // a lower-case particle inside a person's name: "de", "von"
  bool plural = false;      // a plural without -s whose possessive stays in a name: "Women"
  bool agency = false;      // names a country's agency before the country: "Statistics Canada"
  bool place_after_known = false;  // a place's head only after a known place: "Quebec City"
  // A given name that is also an ordinary word ("Frank", "Mark", "Hope"): a given name only
  // mid-sentence, after no capitalised word, before a name word (given_names.tsv "mid").
  bool given_mid = false;
  // A place's head word that is also a surname ("Park", "Lane"): no head right after a
  // given name ("Grace Park", "Ethan Lane"), as it is in "Highland Park".
  bool head_surname = false;
};

// Byte classes for for_form_words(): ASCII letters, ASCII digits, and the rest.
constexpr std::array<uint8_t, 256> kFormByteClass = [] {
  std::array<uint8_t, 256> c{};
  for (int b = 'a'; b <= 'z'; ++b) c[static_cast<size_t>(b)] = 3;
  for (int b = 'A'; b <= 'Z'; ++b) c[static_cast<size_t>(b)] = 3;
  for (int b = '0'; b <= '9'; ++b) c[static_cast<size_t>(b)] = 2;
  return c;
}();
constexpr uint8_t kFormAlnum = 2, kFormLetter = 1;

// Calls fn(words) with the tokens of `form` as tokenize() splits them, as views into
// `form` (kept in `scratch`, whose capacity is reused). Most lexicon forms are ASCII
// words of letters and digits between single spaces ("United Kingdom", "G7"): those are
// split here without the tokenizer; any other byte sends the form through tokenize().
// Returns whether the form was such a plain one (then it has no apostrophe either).
template <typename Fn>
bool for_form_words(std::string_view form, std::vector<std::string_view>& scratch, Fn&& fn) {
  scratch.clear();
  const char* p = form.data();
  const char* const e = p + form.size();
  auto cls = [](char c) { return kFormByteClass[static_cast<unsigned char>(c)]; };
  bool plain = p != e;
  while (plain) {
    // A word starts with a letter ("7th" is a number) and ends at one space or the end.
    const char* w = p;
    if (!(cls(*p) & kFormLetter)) {
      plain = false;
      break;
    }
    do ++p; while (p != e && (cls(*p) & kFormAlnum));
    scratch.emplace_back(w, static_cast<size_t>(p - w));
    if (p == e) break;
    if (*p != ' ' || ++p == e) plain = false;
  }
  if (!plain) {
    scratch.clear();
    for (const Token& t : tokenize(form)) scratch.push_back(slice(form, t.span()));
  }
  fn(std::span<const std::string_view>(scratch));
  return plain;
}

// Whether `id` is already a slug: lower-case ASCII letters and digits in runs joined by
// single hyphens. When not, slugify() decides.
bool is_plain_slug(std::string_view id) {
  bool prev_dash = true;
  for (char c : id) {
    if (c == '-') {
      if (prev_dash) return false;
      prev_dash = true;
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      prev_dash = false;
    } else {
      return false;
    }
  }
  return !prev_dash;
}

bool is_word(const Token& t) { return t.kind == TokenKind::kWord; }
bool is_cap(const Token& t) { return t.kind == TokenKind::kWord && t.has(kUpperInitial); }

// Lower-case words that make the name before them an organisation: "the Qaddafi regime".
// The length test is inlined where it is asked, once per capitalised word: most words
// fail it and need no call.
[[gnu::noinline]] bool is_regime_word_slow(std::string_view w) {
  return w == "regime" || w == "government" || w == "administration" || w == "junta" ||
         w == "Government" || w == "Administration" || w == "Regime";
}
inline bool is_regime_word(std::string_view w) {
  // The lengths of the words above: 5, 6, 10 and 14 bytes.
  constexpr uint32_t kLengths = (1u << 5) | (1u << 6) | (1u << 10) | (1u << 14);
  return w.size() <= 14 && ((kLengths >> w.size()) & 1u) != 0 && is_regime_word_slow(w);
}

// Words that title case leaves in lower case: "Statement on the Response to ...".
bool is_function_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {"a",  "an", "the", "of",   "on", "in",  "at",
                                                "to", "for", "by", "and", "or", "with", "from",
                                                "as", "vs", "de", "into", "upon"};
  if (w.empty() || w.size() > 4) return false;  // most words: one compare
  for (auto f : kWords) {
    if (w == f) return true;
  }
  return false;
}

// Connectors inside an organisation's name: "College of Policing", "Department of Health
// and Social Care". "in" and "on" are left out: "the Council of Ministers in Brussels".
inline bool is_of_word(std::string_view w) {
  return (w.size() == 2 && w[0] == 'o' && w[1] == 'f') ||
         (w.size() == 3 && w[0] == 'f' && w[1] == 'o' && w[2] == 'r');
}
bool is_inner_connector(std::string_view w) {
  return w == "and" || w == "&" || w == "de";
}

// Everything known before reading a document; read-only while documents are analysed.
// Built from the lexicon bytes without copying them: every key, name and phrase word is
// a view into the embedded data or into `strings` (user lexicons, apostrophe variants).
struct Gazetteer {
  std::deque<std::string> strings;  // owns the bytes of user lexicons and made-up forms
  Frozen<Known> known;
  WordTable<uint32_t> by_id;
  WordTable<uint32_t> known_person_by_name;  // "Keir Starmer"
  NameTable names;                  // value: index into known
  PhraseTable titles;               // value: index into title_info
  Frozen<TitleInfo> title_info;
  WordTable<Lexeme> lexemes;        // by word: the lists above start here, and word classes
  std::vector<std::string_view> form_words_;  // scratch for for_form_words()

  std::string_view keep(std::string_view s) { return strings.emplace_back(s); }

  // Adds a known name's form with its apostrophe variants (’ and ').
  // REQUIRES: `form` outlives the gazetteer.
  void add_form(std::string_view form, uint32_t value) {
    if (add_name(form, value)) return;  // a plain form: no apostrophe, no variants
    if (form.find('\'') == std::string_view::npos && form.find('\xE2') == std::string_view::npos) {
      return;
    }
    add_apostrophe_variants(form, value);
  }
  // Out of line: its strings would make every add_form() call set up and tear down a
  // frame for them, and few forms have an apostrophe.
  [[gnu::noinline]] void add_apostrophe_variants(std::string_view form, uint32_t value) {
    std::string curly, straight;
    for (size_t i = 0; i < form.size();) {
      size_t alen = 0;
      if (is_apostrophe_at(form, i, &alen)) {
        curly += "\xE2\x80\x99";
        straight += '\'';
        i += alen;
      } else {
        curly += form[i];
        straight += form[i];
        ++i;
      }
    }
    if (curly != form) add_name(keep(curly), value);
    if (straight != form) add_name(keep(straight), value);
  }
  // Returns whether `form` was plain (see for_form_words()).
  bool add_name(std::string_view form, uint32_t value) {
    return for_form_words(form, form_words_, [&](std::span<const std::string_view> words) {
      if (!words.empty()) names.add(words, value, lexemes[words[0]].names);
    });
  }

  // One row of an actor lexicon. Returns an error message or "". The built-in lexicons'
  // ids are not checked again at every start (`check_ids` false): a unit test loads them
  // as user lexicons.
  std::string add_actor_row(std::span<const std::string_view> f, bool check_ids) {
    if (f.size() < 4) return "expected at least 4 tab-separated columns: id, type, name, forms";
    std::string_view id = f[0], type_s = f[1], name = f[2], forms = f[3];
    if (id.empty()) return "empty id";
    if (check_ids && !is_plain_slug(id) && slugify(id) != id) {
      return "id must be a lower-case slug such as \"" + slugify(id) + "\"";
    }
    auto type = parse_actor_type(type_s);
    if (!type) {
      return "unknown type \"" + std::string(type_s) +
             "\" (person, country, organization, group or place)";
    }
    if (name.empty()) return "empty canonical name";
    std::string_view role = f.size() >= 5 ? f[4] : std::string_view();
    std::string_view side = f.size() >= 6 ? f[5] : std::string_view();
    // One id, or several separated by "|".
    for (std::string_view rest = side; check_ids && !rest.empty();) {
      const std::string_view part = pop_side_id(rest);
      if (!is_plain_slug(part) && slugify(part) != part) {
        return "side must be an actor id such as \"" + slugify(part) + "\", or ids separated by |";
      }
    }
    auto slot = by_id.insert(id);
    uint32_t idx;
    if (!slot.inserted) {
      // Later rows add forms (their name column too); the first row's name and type stay.
      idx = slot.value;
      if (known[idx].role.empty()) known.mut(idx).role = role;
      if (known[idx].side.empty()) known.mut(idx).side = side;
      add_form(name, idx);
    } else {
      idx = static_cast<uint32_t>(known.size());
      slot.value = idx;
      Known& k = known.emplace_back();
      k.id = id;
      k.name = name;
      k.role = role;
      k.side = side;
      k.type = *type;
      if (k.type == ActorType::kPerson) {
        for_form_words(name, form_words_, [&](std::span<const std::string_view> words) {
          if (!words.empty()) {
            k.first = words.front();
            k.last = words.back();
          }
        });
        if (auto p = known_person_by_name.insert(name); p.inserted) p.value = idx;
      }
      add_form(name, idx);
    }
    const bool territory =
        known[idx].type == ActorType::kCountry || known[idx].type == ActorType::kPlace;
    data::for_each_alternative(forms, [&](std::string_view form) {
      while (!form.empty() && form.front() == ' ') form.remove_prefix(1);
      while (!form.empty() && form.back() == ' ') form.remove_suffix(1);
      if (form.empty()) return;
      if (share_form(form, idx)) return;
      add_form(form, idx);
      // A demonym's plural: "Kashmiri" -> "Kashmiris", "Delawarean" -> "Delawareans".
      if (territory && form.size() >= 5 && form != name &&
          form.find(' ') == std::string_view::npos &&
          (form.ends_with("i") || form.ends_with("an")) && form[0] >= 'A' && form[0] <= 'Z')
        add_form(keep(std::string(form) + "s"), idx);
    });
    return {};
  }

  // A form of body `idx` (an organisation with one country as side) that a body of another
  // country has already: "Reserve Bank" of the South African Reserve Bank and of the
  // Reserve Bank of Australia. The form then names a shared entry (id and name from the
  // form, no side) that lists every such body; DocFinder::finish() picks one by the
  // document's country. Returns whether the form was taken so.
  bool share_form(std::string_view form, uint32_t idx) {
    const Known& k = known[idx];
    if (k.type != ActorType::kOrganization || k.side.empty() ||
        k.side.find('|') != std::string_view::npos)
      return false;
    uint32_t* value = nullptr;
    for_form_words(form, form_words_, [&](std::span<const std::string_view> words) {
      if (words.empty()) return;
      if (const Lexeme* l = lexemes.find(words[0]); l != nullptr && l->names != kNone)
        value = names.find(words, l->names);
    });
    if (value == nullptr || *value == idx) return false;
    const Known& other = known[*value];
    if (!other.shared.empty()) {
      known.mut(*value).shared = keep(std::string(other.shared) + "|" + std::string(k.id));
      return true;
    }
    if (other.type != ActorType::kOrganization || other.side.empty() || other.side == k.side)
      return false;
    const std::string id = slugify(form);
    if (by_id.find(id) != nullptr) return false;  // a body of that id: the first row's form stays
    const std::string_view kept_id = keep(id);
    const auto shared = static_cast<uint32_t>(known.size());
    by_id.insert(kept_id).value = shared;
    Known& entry = known.emplace_back();
    entry.id = kept_id;
    entry.name = form;
    entry.type = ActorType::kOrganization;
    entry.shared = keep(std::string(known[*value].id) + "|" + std::string(known[idx].id));
    *value = shared;
    return true;
  }

  // REQUIRES: `bytes` outlive the gazetteer.
  std::string add_actor_file(std::string_view bytes, std::string_view file_name,
                             bool check_ids = true) {
    std::string error;
    data::for_each_tsv_row(bytes, [&](auto fields, int line) {
      if (!error.empty()) return;
      std::string e = add_actor_row(fields, check_ids);
      if (!e.empty()) error = std::string(file_name) + ":" + std::to_string(line) + ": " + e;
    });
    return error;
  }

  // The tables load_builtin() builds, as C++ source of constant arrays (the contents
  // of the generated actor_tables.inc; see tables.h).
  std::string source() const;
  // Points every table at the generated arrays instead of building them. (Not in the
  // generator's own build, which has no generated arrays yet.)
  void load_generated();

  void load_builtin() {
    static constexpr const char* kActorFiles[] = {
        // Hand-written tables first: their canonical names win over generated ones.
        "lexicon/actors_organizations.tsv", "lexicon/actors_people.tsv",
        "lexicon/actors_countries.tsv", "lexicon/actors_country_aliases.tsv",
        "lexicon/actors_places.tsv"};
    // Sized once from the bytes (in the built-in files about one new word per 24 bytes of
    // actor rows and per 8 of the word lists, one actor per 40), so that loading never
    // rehashes.
    size_t bytes = 0;
    for (const char* f : kActorFiles) bytes += data::get(f).size();
    size_t other = data::get("lexicon/given_names.tsv").size() + data::get("lexicon/actors_stop.tsv").size();
    lexemes.reserve(bytes / 24 + other / 8);
    known.reserve(bytes / 40);
    by_id.reserve(bytes / 40);
    known_person_by_name.reserve(256);
    names.reserve(bytes / 10, bytes / 20);
    for (const char* f : kActorFiles) add_actor_file(data::get(f), f, /*check_ids=*/false);
    data::for_each_tsv_row(data::get("lexicon/actors_titles.tsv"), [&](auto f, int) {
      if (f.size() < 3) return;
      auto idx = static_cast<uint32_t>(title_info.size());
      // The role is reported in the fourth column's spelling when it has one: "Secretary
      // General" is the role "Secretary-General".
      const std::string_view reported = f.size() >= 4 && !f[3].empty() ? f[3] : f[0];
      title_info.push_back(
          {reported, f[1] == "honorific", f[2] == "weak", f[1] == "peerage", f[1] == "courtesy"});
      for_form_words(f[0], form_words_, [&](std::span<const std::string_view> words) {
        if (!words.empty()) titles.add(words, idx, lexemes[words[0]].titles);
      });
    });
    data::for_each_tsv_row(data::get("lexicon/actors_heads.tsv"), [&](auto f, int) {
      if (f.size() < 2) return;
      Lexeme& l = lexemes[f[0]];
      if (f.size() >= 3 && f[2] == "known") {
        l.place_after_known = true;
        return;
      }
      if (l.head) return;  // first row wins
      l.head = true;
      l.head_type = f[1] == "group"   ? ActorType::kGroup
                    : f[1] == "place" ? ActorType::kPlace
                                      : ActorType::kOrganization;
      l.head_alone = f.size() >= 3 && f[2] == "alone";
      l.head_surname = f.size() >= 3 && f[2] == "surname";
    });
    data::for_each_tsv_row(data::get("lexicon/actors_stop.tsv"), [&](auto f, int) {
      Lexeme& l = lexemes[f[0]];
      // Kinds that are no stop words: an occasion's word ("Presidential Inaugural
      // Committee" is a name), a term ("GST" is no body, but "GST Voucher" may start a
      // name), a document's, an operation's, a plural's and an agency's word (see the
      // file's header).
      static constexpr std::pair<std::string_view, bool Lexeme::*> kKinds[] = {
          {"occasion", &Lexeme::occasion}, {"term", &Lexeme::term},
          {"document", &Lexeme::document}, {"operation", &Lexeme::operation},
          {"plural", &Lexeme::plural},     {"agency", &Lexeme::agency},
      };
      if (f.size() >= 2) {
        for (const auto& [kind, member] : kKinds) {
          if (f[1] == kind) {
            l.*member = true;
            return;
          }
        }
      }
      if (l.stop != StopKind::kNotStop) return;  // first row wins
      l.stop = f.size() < 2           ? StopKind::kOrdinary
               : f[1] == "calendar"   ? StopKind::kCalendar
               : f[1] == "text"       ? StopKind::kText
               : f[1] == "instrument" ? StopKind::kInstrument
               : f[1] == "prefix"     ? StopKind::kPrefix
               : f[1] == "event"      ? StopKind::kEvent
                                      : StopKind::kOrdinary;
    });
    data::for_each_tsv_row(data::get("lexicon/given_names.tsv"), [&](auto f, int) {
      if (f.size() > 1 && f[1] == "mid") {
        lexemes[f[0]].given_mid = true;
      } else {
        lexemes[f[0]].given = true;
      }
    });
    data::for_each_tsv_row(data::get("lexicon/actors_languages.tsv"),
                           [&](auto f, int) { lexemes[f[0]].language = true; });
    data::for_each_tsv_row(data::get("lexicon/actors_particles.tsv"),
                           [&](auto f, int) { lexemes[f[0]].particle = true; });
  }
};

// ---------------------------------------------------------------------------------------
// The gazetteer as generated source (src/gen/tables_main.cc writes it at build time).

using tables::TableWriter;
using tables::flag;
using tables::num;
using tables::num64;

std::string actor_type_expr(ActorType t) { return tables::enum_value("ActorType", t); }

template <typename V, typename Row>
void write_word_table(TableWriter& w, std::string_view name, std::string_view value_type,
                      const WordTable<V>& t, Row&& row) {
  using Slot = typename WordTable<V>::Slot;
  w.array("WordTable<" + std::string(value_type) + ">::Slot", std::string(name) + "Slots",
          t.slots(), [&](const Slot& s) {
            if (s.value == 0) return std::string("{}");
            return tables::fields({w.pointer({s.data, s.size}), num(s.size), num(s.value), num64(s.head)});
          });
  w.array(value_type, std::string(name) + "Values", t.values(), row);
}

void write_phrases(TableWriter& w, std::string_view name, const PhraseTable& t) {
  w.array("PhraseTable::Phrase", std::string(name) + "Phrases", t.phrases(),
          [&](const PhraseTable::Phrase& p) {
            return "{" + num(p.rest_begin) + ", " + num(p.rest_size) + ", " + num(p.value) +
                   ", " + num(p.next) + "}";
          });
  w.array("std::string_view", std::string(name) + "Rest", t.rest(),
          [&](std::string_view s) { return w.view(s); });
}

// The indices of the true entries of `bits`, as a constant expression that sets them.
template <size_t N>
std::string set_entries(std::string_view member, const std::array<bool, N>& bits) {
  std::string out = "    for (unsigned i : {";
  for (size_t i = 0; i < N; ++i) {
    if (bits[i]) out += std::to_string(i) + "u,";
  }
  if (out.back() == ',') out.pop_back();
  return out + "}) f." + std::string(member) + "[i] = true;\n";
}

std::string Gazetteer::source() const {
  TableWriter w("kGzBytes");
  auto u32 = [](uint32_t v) { return num(v); };
  w.array("Known", "kGzKnown", known.span(), [&](const Known& k) {
    return tables::fields({w.view(k.id), w.view(k.name), w.view(k.role), actor_type_expr(k.type),
                           w.view(k.first), w.view(k.last), w.view(k.side), w.view(k.shared)});
  });
  write_word_table(w, "kGzById", "uint32_t", by_id, u32);
  write_word_table(w, "kGzPersonByName", "uint32_t", known_person_by_name, u32);
  write_word_table(w, "kGzLexemes", "Lexeme", lexemes, [&](const Lexeme& l) {
    return tables::fields({num(l.names), num(l.titles), tables::enum_value("StopKind", l.stop),
                           flag(l.given), flag(l.head), actor_type_expr(l.head_type),
                           flag(l.head_alone), flag(l.language), flag(l.occasion), flag(l.term),
                           flag(l.document), flag(l.operation), flag(l.particle), flag(l.plural),
                           flag(l.agency), flag(l.place_after_known), flag(l.given_mid),
                           flag(l.head_surname)});
  });
  write_phrases(w, "kGzNames", names);
  const NameTable::Filters& f = names.filters();
  w.constant("NameTable::Filters", "kGzNameFilters",
             "[] {\n    NameTable::Filters f{};\n" + set_entries("other_first", f.other_first) +
                 set_entries("lower_two", f.lower_two) + set_entries("lower_single", f.lower_single) +
                 set_entries("lower_pair", f.lower_pair) + "    return f;\n}()");
  write_phrases(w, "kGzTitles", titles);
  w.array("TitleInfo", "kGzTitleInfo", title_info.span(), [&](const TitleInfo& t) {
    return tables::fields(
        {w.view(t.text), flag(t.honorific), flag(t.weak), flag(t.peerage), flag(t.courtesy)});
  });
  return w.source(
      "// Generated by speechscan_gen_tables (src/gen/tables_main.cc) from data/lexicon/actors_*.tsv\n"
      "// and given_names.tsv, through the run-time loader Gazetteer::load_builtin() in\n"
      "// src/actors.cc; do not edit.\n");
}

#if !SPEECHSCAN_BOOTSTRAP_TABLES
#include "actor_tables.inc"

void Gazetteer::load_generated() {
  known = Frozen<Known>(kGzKnown);
  by_id = WordTable<uint32_t>(kGzByIdSlots, kGzByIdValues);
  known_person_by_name = WordTable<uint32_t>(kGzPersonByNameSlots, kGzPersonByNameValues);
  lexemes = WordTable<Lexeme>(kGzLexemesSlots, kGzLexemesValues);
  names = NameTable(kGzNamesPhrases, kGzNamesRest, kGzNameFilters);
  titles = PhraseTable(kGzTitlesPhrases, kGzTitlesRest);
  title_info = Frozen<TitleInfo>(kGzTitleInfo);
}
#endif

// "II", "VIII", "XIV": a roman numeral in capitals, as a monarch's or pope's number.
bool regnal_number(std::string_view w) {
  if (w.empty() || w.size() > 5) return false;
  for (char c : w) {
    if (c != 'I' && c != 'V' && c != 'X' && c != 'L') return false;
  }
  return true;
}

// A person's name with its words in capitals read in title case, as a report names the
// person: "KHURELSUKH UKHNAA" -> "Khurelsukh Ukhnaa", "Sonexay SIPHANDONE" -> "Sonexay
// Siphandone", "O'BRIEN" -> "O'Brien". Words of fewer than three letters, initials and
// roman numerals stay ("E.K.", "III").
std::string name_in_title_case(std::string name) {
  size_t b = 0;
  while (b < name.size()) {
    size_t e = name.find(' ', b);
    if (e == std::string::npos) e = name.size();
    const std::string_view w(name.data() + b, e - b);
    size_t letters = 0;
    bool caps = true;
    for (char c : w) {
      if (c >= 'A' && c <= 'Z')
        ++letters;
      else if (c != '-' && c != '\'')
        caps = false;
    }
    if (caps && letters >= 3 && !regnal_number(w)) {
      bool initial = true;
      for (size_t k = b; k < e; ++k) {
        if (!initial && name[k] >= 'A' && name[k] <= 'Z') name[k] = static_cast<char>(name[k] + 32);
        initial = name[k] == '-' || name[k] == '\'';
      }
    }
    b = e + 1;
  }
  return name;
}

// One actor as it is being found in one document.
struct DocActor {
  uint32_t known = kNone;  // index into Impl::known, or kNone
  ActorType type = ActorType::kPerson;
  std::string name;        // unknown actors: canonical name built from the text
  std::string role;
  std::string_view first;  // persons: first name (may be empty) and surname
  std::string_view last;
  bool titled = false;     // a title was seen with the name
  bool head_registered = false;  // bodies: listed under their head word (register_head())
  // Bodies named after a country ("Iraqi Border Guard"): its id; persons: the country a
  // title line gives ("King of Canada"), ahead of the lexicon's side.
  std::string_view side;
  uint32_t next_same_last = kNone;  // persons: the next actor with the same surname
  std::vector<uint32_t> starts;  // persons: where pass one named them, sorted
  // Bodies: where pass one named them by a name of several words, which a head word alone
  // refers back to ("European Union", not "EU"), sorted.
  std::vector<uint32_t> full_starts;
};

// What a lone word can refer back to in one document.
struct Ref {
  std::vector<uint32_t> last;    // persons with this surname
  std::vector<uint32_t> first;   // persons with this first name
  std::vector<uint32_t> bodies;  // the bodies whose names have this head word ("College")
  uint32_t taken = kNone;        // with none: the body the word alone names ("the Commission")
  uint32_t acronym = kNone;      // the body introduced with this acronym in brackets
  bool bracketed = false;        // `acronym` was given in brackets after the body's name
  bool vocative = false;         // a given name that may join a titled person
  // An acronym this document defines in brackets after words that are no actor
  // ("Dependency Ratio Ceilings (DRCs)"): no known name of the same letters (the Congo's
  // "DRC") in this document.
  bool defined_term = false;
};

const Lexeme kNoLexeme{};

// One bit per token: large documents stay cheap to mark.
class TokenSet {
 public:
  explicit TokenSet(size_t n) : bits_((n + 63) / 64, 0) {}
  bool operator[](uint32_t i) const { return (bits_[i >> 6] >> (i & 63)) & 1u; }
  void set(uint32_t from, uint32_t to) {
    for (uint32_t i = from; i < to; ++i) bits_[i >> 6] |= uint64_t{1} << (i & 63);
  }

 private:
  std::vector<uint64_t> bits_;
};

struct RawMention {
  Span span;
  uint32_t sentence;
  uint32_t actor;
  // A turn's label ("PRESIDENT BIDEN:"): who speaks, no evidence of whom a first name
  // or surname alone in the turn refers to ("Joe" in Biden's turn is Joe Manchin).
  bool label = false;
};

// The work of ActorFinder::find for one document.
class DocFinder {
 public:
  DocFinder(const Gazetteer& kb, const Document& doc, const std::vector<Token>& tokens,
            const std::vector<Sentence>& sentences)
      : kb_(kb), doc_(doc), text_(doc.text), tok_(tokens), sent_(sentences),
        covered_(tokens.size()) {
    by_known_.assign(kb.known.size(), kNone);
    // Room for a mention per eight tokens (speeches have about one per thirty): reserved
    // pages that are never written cost no memory, while growing by doubling left the
    // abandoned buffers resident.
    mentions_.reserve(tokens.size() / 8 + 16);
    lone_.reserve(tokens.size() / 8 + 16);  // as mentions_: unwritten pages cost nothing
  }

  ActorResult run() {
    find_header();
    first_pass();
    index_persons();
    acronym_bodies();
    second_pass();
    own_government();
    mainland_china();
    speaker_office_in_capitals();
    return finish();
  }

 private:
  WordKey word(uint32_t i) const {
    const Token& t = tok_[i];
    return std::string_view(text_.data() + t.start, t.end() - t.start);
  }

  // What the tables say about token i's word: one hash look-up, remembered for the
  // last few tokens (the rules ask about the same and the next tokens several times).
  const Lexeme& lex(uint32_t i) {
    const auto& slot = lex_memo_[i & 7];
    return slot.first == i ? *slot.second : look_up(i);
  }
  // lex() when token i is not remembered: kept out of line so that lex() inlines.
  [[gnu::noinline]] const Lexeme& look_up(uint32_t i) {
    const Lexeme* found = kb_.lexemes.find(word(i));
    lex_memo_[i & 7] = {i, found == nullptr ? &kNoLexeme : found};
    return *lex_memo_[i & 7].second;
  }

  // Stop words match as listed ("Today") and, in upper-case headings, as "TODAY".
  StopKind stop_at(uint32_t i) {
    StopKind k = lex(i).stop;
    if (k != StopKind::kNotStop || !tok_[i].has(kAllUpper)) return k;
    WordKey w = word(i);
    std::array<char, 24> buf;
    if (w.size() < 2 || w.size() > buf.size()) return k;
    for (size_t n = 0; n < w.size(); ++n) {
      char c = w[n];
      if (c < 'A' || c > 'Z') return k;
      buf[n] = n == 0 ? c : static_cast<char>(c + 32);
    }
    const Lexeme* found = kb_.lexemes.find(std::string_view(buf.data(), w.size()));
    return found == nullptr ? k : found->stop;
  }
  bool is_stop(uint32_t i) { return stop_at(i) != StopKind::kNotStop; }
  bool given_at(uint32_t i) { return lex(i).given; }
  bool title_at(uint32_t i) { return lex(i).titles != kNone; }
  PhraseTable::Match names_match(uint32_t i, uint32_t end) {
    return kb_.names.match(lex(i).names, text_, tok_, i, end);
  }
  PhraseTable::Match titles_match(uint32_t i, uint32_t end) {
    return kb_.titles.match(lex(i).titles, text_, tok_, i, end);
  }

  // The header: the first three non-blank lines (title, dateline, byline), and every
  // line above the dateline, where the speaker is named and "Label: Name" is allowed.
  void find_header() {
    uint32_t lines = 0;
    size_t pos = 0;
    while (pos < text_.size() && lines < 3) {
      size_t eol = text_.find('\n', pos);
      if (eol == std::string_view::npos) eol = text_.size();
      std::string_view line = text_.substr(pos, eol - pos);
      bool blank = line.find_first_not_of(" \t\r\xC2\xA0") == std::string_view::npos;
      if (!blank) ++lines;
      header_end_ = static_cast<uint32_t>(eol);
      pos = eol + 1;
    }
    if (doc_.title) header_end_ = std::max(header_end_, doc_.title->end);
    // Lines above the dateline belong to the header too: a title block in capitals.
    if (doc_.dateline) header_end_ = std::max(header_end_, doc_.dateline->start);
  }
  bool in_header(uint32_t i) const { return tok_[i].start < header_end_; }
  uint32_t no_line_break_from_ = UINT32_MAX;  // see byline()
  uint32_t holiday_clear_until_ = 0;          // see holiday_end()

  // Lines written in title case ("Statement by Press Secretary ... on the United States
  // Response to ...") carry capitalised ordinary words: no unknown names are read there.
  // Only lines without final punctuation that are header lines or stand alone as a
  // paragraph count as headings.
  // Whether token i lies on a heading line. Computed on demand (only unknown capitalised
  // words ask), one line at a time.
  bool on_heading(uint32_t i) {
    if (i >= heading_from_ && i < heading_to_) return heading_;
    const auto n = static_cast<uint32_t>(tok_.size());
    uint32_t a = i, b = i + 1;
    while (a > 0 && !tok_[a].has(kLineStart)) --a;
    while (b < n && !tok_[b].has(kLineStart)) ++b;
    heading_from_ = a;
    heading_to_ = b;
    heading_ = false;
    // Nor a line that ends in ";" or "," (an item of a list of reports), nor a stage note
    // in brackets: "(Applause from the PSE Group)".
    const WordKey last = word(b - 1);
    bool ends_sentence = last == "." || last == "?" || last == "!" || last == ";" || last == "," ||
                         (word(a) == "(" && last == ")") || (word(a) == "[" && last == "]");
    bool standalone = !ends_sentence &&
                      (in_header(a) || (tok_[a].has(kAfterBlankLine) &&
                                        (b == n || tok_[b].has(kAfterBlankLine))));
    if (!standalone) return false;
    // A heading has caps * 10 >= words * 8, that is caps >= 4 * lower. The count stops
    // as soon as even a capital on every token left could not make up for the lower-case
    // words seen: a long line of prose (a one-line document) is not read to its end.
    uint32_t words = 0, caps = 0;
    for (uint32_t k = a; k < b; ++k) {
      // Title case leaves function words and clitics ("’s") in lower case.
      if (!is_word(tok_[k]) || is_function_word(word(k))) continue;
      size_t alen = 0;
      if (is_apostrophe_at(word(k), 0, &alen)) continue;
      ++words;
      if (tok_[k].has(kUpperInitial)) {
        ++caps;
      } else if (uint64_t{caps} + (b - k - 1) < 4 * uint64_t{words - caps}) {
        return false;
      }
    }
    // Header lines are short: two capitalised words ("THE WHITE HOUSE") suffice.
    uint32_t min_words = in_header(a) ? 2 : 3;
    heading_ = words >= min_words && caps * 10 >= words * 8;
    return heading_;
  }


  // Whether token i starts its sentence (or a clause after a colon): its capital says
  // nothing about being a name.
  bool sentence_initial(uint32_t i, uint32_t first) const {
    for (uint32_t k = i; k > first; --k) {
      const Token& p = tok_[k - 1];
      if (p.kind == TokenKind::kWord || p.kind == TokenKind::kNumber) return false;
      WordKey w = word(k - 1);
      if (w == ":" || w == "|") return true;
    }
    return true;
  }

  uint32_t add_actor(DocActor a) {
    const auto index = static_cast<uint32_t>(actors_.size());
    if (a.type == ActorType::kPerson && a.known == kNone && !a.first.empty())
      note_first_name(index, a.first);
    if (a.type == ActorType::kPerson) {
      // Surnames never change once set: chain the persons by surname for person().
      PersonChain& c = persons_by_last_[a.last];
      if (c.tail == kNone) {
        c.head = index;
      } else {
        actors_[c.tail].next_same_last = index;
      }
      c.tail = index;
    }
    actors_.push_back(std::move(a));
    return index;
  }

  // Person `a`, whom the lexicon does not know, has first name `first`: the first such
  // person keeps it (known_name() asks). REQUIRES: `first` outlives the document's finder.
  void note_first_name(uint32_t a, std::string_view first) {
    if (auto e = persons_by_first_.insert(first); e.inserted) e.value = a;
  }

  // The first person of this document (in the order found) whose surname is `last`,
  // or kNone; DocActor::next_same_last leads to the others.
  uint32_t persons_named(std::string_view last) const {
    const PersonChain* c = persons_by_last_.find(last);
    return c == nullptr ? kNone : c->head;
  }

  // The lexicon's person whose canonical name is tokens [from, to) with white space
  // collapsed to one space ("Keir Starmer"), or kNone.
  uint32_t known_person(uint32_t from, uint32_t to) const {
    // Names written with single spaces are looked up in place; others are joined first.
    bool plain = true;
    for (uint32_t k = from + 1; k < to && plain; ++k) {
      uint32_t gap = tok_[k].start - tok_[k - 1].end();
      plain = gap == 0 || (gap == 1 && text_[tok_[k - 1].end()] == ' ');
    }
    const uint32_t* found =
        plain ? kb_.known_person_by_name.find(
                    text_.substr(tok_[from].start, tok_[to - 1].end() - tok_[from].start))
              : kb_.known_person_by_name.find(joined(from, to));
    return found == nullptr ? kNone : *found;
  }

  // The entry of token i's word when that word heads a body's name ("Commission").
  const Lexeme* head_word(uint32_t i) {
    const Lexeme& l = lex(i);
    if (!l.head || l.head_alone) return nullptr;
    if (l.head_surname && i > 0 && is_word(tok_[i - 1]) &&
        (lex(i - 1).given || lex(i - 1).given_mid))
      return nullptr;
    return &l;
  }

  // The body the lexicon knows, last first named in full before, whose name has head word
  // `w` ("the Indian National Congress" for "Congress"), or kNone.
  uint32_t known_body_of_head(std::string_view w) const {
    if (!ref_may_hold(ref_bit(w))) return kNone;
    const Ref* r = refs_.find(w);
    if (r == nullptr) return kNone;
    for (auto it = r->bodies.rbegin(); it != r->bodies.rend(); ++it)
      if (actors_[*it].known != kNone) return *it;
    return kNone;
  }

  uint32_t actor_for_known(uint32_t k) {
    if (by_known_[k] != kNone) return by_known_[k];
    const Known& kn = kb_.known[k];
    // A person first found without the lexicon ("President Zelenskyy" before the full
    // name was known) joins the known person with the same surname.
    if (kn.type == ActorType::kPerson) {
      for (uint32_t a = persons_named(kn.last); a != kNone; a = actors_[a].next_same_last) {
        DocActor& d = actors_[a];
        if (d.known == kNone && (d.first.empty() || d.first == kn.first)) {
          d.known = k;
          d.first = kn.first;
          by_known_[k] = a;
          return a;
        }
      }
    }
    DocActor d;
    d.known = k;
    d.type = kn.type;
    d.first = kn.first;
    d.last = kn.last;
    uint32_t a = add_actor(std::move(d));
    by_known_[k] = a;
    return a;
  }

  void mention(uint32_t actor, uint32_t from, uint32_t to, uint32_t sentence) {
    mentions_.push_back({{tok_[from].start, tok_[to - 1].end()}, sentence, actor});
    covered_.set(from, to);
  }
  void mention_span(uint32_t actor, Span span, uint32_t sentence) {
    mentions_.push_back({span, sentence, actor});
  }

  // Text of tokens [from, to) with white space collapsed to one space.
  std::string joined(uint32_t from, uint32_t to) const {
    std::string s;
    for (uint32_t k = from; k < to; ++k) {
      if (k > from && tok_[k].start > tok_[k - 1].end()) s += ' ';
      s += word(k);
    }
    return s;
  }

  // The end of a holiday's name from token i, a capitalised run that ends in "Day" or
  // "Eve" ("Martin Luther King, Jr. Day", "St. Patrick's Day"), or 0.
  // Sets holiday_clear_until_ to where a run without a holiday's name ends.
  uint32_t holiday_end(uint32_t i, uint32_t end) {
    uint32_t k = i + 1;
    for (; k < end && k < i + 7; ++k) {
      const Token& t = tok_[k];
      if (t.kind == TokenKind::kWord && t.has(kUpperInitial)) {
        if (t.length == 3) {
          const WordKey w = word(k);
          // Not a person's surname: "Doris Day".
          if (w == "Day" || w == "Eve") {
            if (!given_at(k - 1)) return k + 1;
            break;
          }
        }
        continue;
      }
      // A lower-case word ends it unless it is the clitic of "St. Patrick's Day".
      const unsigned char c0 = static_cast<unsigned char>(text_[t.start]);
      if (t.length > 4 || (t.kind == TokenKind::kWord && c0 != '\'' && c0 != 0xE2)) break;
      // "King, Jr. Day", "St. Patrick's Day"
      const WordKey w = word(k);
      if (w == "." || w == "'s" || w == "\xE2\x80\x99s" ||
          (w == "," && k + 1 < end && word(k + 1).starts_with("Jr")))
        continue;
      break;
    }
    holiday_clear_until_ = k;
    return 0;
  }

  // Whether a name goes on across the line break before token k: prose wrapped inside
  // a sentence ("... Vice President Noli de Castro; President Fidel\nRamos; Senate
  // President Drilon"), a long line before the break (a wrapped line, not a title
  // block's) and after it one word that no list knows, then punctuation or a lower-case
  // word. Not after a blank line, nor before more capitals, the line's end or a known
  // name: "Rt Hon Jane Smith\nNew Zealand First Leader", "Sam Reyes\nParis",
  // "Hon Sam Reyes\nLondon, 2 May 2019".
  // Narrow columns (statements printed in two columns, then extracted) wrap prose at 40
  // bytes: outside the header, a line before the break with two lower-case words, or one
  // and a lower-case word after the name, is prose too ("I congratulate Your Excellency
  // Philemon\nYang on your election"). A known person's surname goes on a name begun with
  // that person's first name ("H.E Yoweri Kaguta\nMuseveni, President of ...").
  bool name_wraps(uint32_t k, uint32_t end) {
    constexpr uint32_t kWrappedLineBytes = 60;
    if (tok_[k].has(kAfterBlankLine) || k + 1 >= end || tok_[k + 1].has(kLineStart)) return false;
    const Token& n = tok_[k + 1];
    const bool lower_after = is_word(n) && n.has(kLowerInitial);
    if (n.kind != TokenKind::kPunct && !lower_after) return false;
    if (is_stop(k) || (lex(k).given && !lex(k - 1).given)) return false;
    if (lex(k).names != kNone) {
      auto m = names_match(k, end);
      if (m.length != 1) return false;
      const Known& kn = kb_.known[m.value];
      if (kn.type != ActorType::kPerson || kn.first.empty() ||
          !(word(k - 1) == kn.first || (k >= 2 && word(k - 2) == kn.first)))
        return false;
    }
    const uint32_t line_end = tok_[k - 1].end();
    if (line_end >= kWrappedLineBytes &&
        text_.substr(line_end - kWrappedLineBytes, kWrappedLineBytes).find('\n') ==
            std::string_view::npos)
      return true;
    if (in_header(k - 1)) return false;
    uint32_t lower = 0;
    for (uint32_t a = k - 1;; --a) {
      if (is_word(tok_[a]) && tok_[a].has(kLowerInitial)) ++lower;
      if (tok_[a].has(kLineStart) || a == 0) break;
    }
    return lower >= 2 || (lower == 1 && lower_after);
  }

  // Whether the one capitalised word at token j after a weak title at token i is a
  // surname: the title stands inside a sentence after a lower-case word and the word ends
  // its phrase at a comma, period, semicolon or bracket ("as well as Representative
  // Takano, who", "thank Director Wray."). Not a body's head word, a stop word, a word in
  // capitals or a verb's form ("the General Licenses.", "a Representative Office,").
  bool surname_after_weak_title(uint32_t i, uint32_t j, uint32_t end) {
    if (i == 0 || j + 1 >= end || tok_[i].has(kLineStart) || !is_word(tok_[i - 1]) ||
        is_cap(tok_[i - 1]) || !is_word(tok_[j]) || !is_cap(tok_[j]) || tok_[j].has(kAllUpper))
      return false;
    const WordKey after = word(j + 1);
    if (after != "," && after != "." && after != ";" && after != ")") return false;
    if (head_word(j) != nullptr || stop_at(j) != StopKind::kNotStop || lex(j).names != kNone)
      return false;
    return !analyze_verb(word(j)).known;
  }

  // When the known person's one-word name at token i ("Mandela", "Fidel") starts another
  // person's name that goes on with capitalised words on its line ("Mandela Barnes"), the
  // length of that name; else 0. The word after it, one space on, is a plain capitalised
  // word that nothing else claims: no known name, title, stop word, given name, body's
  // head word nor regime word ("Putin Russia", "Obama Foundation", "Biden
  // Administration"), and no heading's title case.
  uint32_t other_person_from(uint32_t i, uint32_t end) {
    const uint32_t k = i + 1;
    if (k >= end || !is_word(tok_[k]) || !is_cap(tok_[k]) || tok_[k].has(kAllUpper) ||
        tok_[k].has(kLineStart) || tok_[k].start != tok_[i].end() + 1 ||
        text_[tok_[i].end()] != ' ')
      return 0;
    const Lexeme& l = lex(k);
    if (l.names != kNone || l.titles != kNone || l.stop != StopKind::kNotStop || l.given ||
        l.head || is_regime_word(word(k)))
      return 0;
    // Nor a headline's verb in title case, on a line a heading's test misses (a title that
    // wraps after a comma): "President Biden Signs Executive Order".
    if (const VerbAnalysis v = analyze_verb(word(k)); v.known && v.can_be(kVerbThirdPerson))
      return 0;
    const uint32_t n = take_name(i, end);
    if (n < 2 || head_word(i + n - 1) != nullptr || document_end(i, i + n, end) != 0 ||
        on_heading(i))
      return 0;
    return n;
  }

  // Whether token i, a given name that is also an ordinary word ("Frank", "Mark"), is a
  // given name here: mid-sentence after no capitalised word, on no heading, before a
  // capitalised word on its line that no list claims ("San Francisco elected Frank
  // McCoppin", "the release of Mark Frerichs"; not "Frank Talks", "a Rose Garden"). A
  // capitalised word before it may end a name already read: "our Ambassador to France
  // Mark Libby".
  bool given_mid_sentence(uint32_t i, uint32_t first, uint32_t end) {
    if (i <= first || i + 1 >= end || sentence_initial(i, first) ||
        (is_cap(tok_[i - 1]) && !covered_[i - 1]))
      return false;
    const Token& n = tok_[i + 1];
    if (!is_word(n) || !is_cap(n) || n.has(kAllUpper) || n.has(kLineStart)) return false;
    const Lexeme& l = lex(i + 1);
    if (l.names != kNone || l.titles != kNone || l.stop != StopKind::kNotStop || l.head ||
        l.document)
      return false;
    return !on_heading(i);
  }

  // Whether `w` is a particle of persons' names (actors_particles.tsv): "bin", "von".
  bool is_name_particle(std::string_view w) const {
    if (w.empty() || w.size() > 5) return false;  // most words: no look-up
    const Lexeme* l = kb_.lexemes.find(w);
    return l != nullptr && l->particle;
  }
  // The particles from token k that a capitalised name word follows: one or two ("de
  // Castro", "de la Cruz", "van der Merwe"), else 0.
  uint32_t particles_at(uint32_t k, uint32_t end) const {
    uint32_t p = 0;
    while (p < 2 && k + p + 1 < end && is_word(tok_[k + p]) && !is_cap(tok_[k + p]) &&
           is_name_particle(word(k + p)))
      ++p;
    return p > 0 && k + p < end && is_word(tok_[k + p]) && is_cap(tok_[k + p]) ? p : 0;
  }

  // Whether capitalised token k is a verb in -s that no list knows as a name, before no
  // lower-case word (see take_name()).
  bool headline_verb(uint32_t k, uint32_t end) {
    const WordKey w = word(k);
    if (w.size() < 4 || w.back() != 's' || k + 1 >= end || tok_[k + 1].has(kLineStart) ||
        (is_word(tok_[k + 1]) && tok_[k + 1].has(kLowerInitial)))
      return false;
    const Lexeme& l = lex(k);
    if (l.given || l.names != kNone || l.titles != kNone) return false;
    const VerbAnalysis v = analyze_verb(w);
    return v.known && v.can_be(kVerbThirdPerson);
  }

  // Whether token k lies inside a YAML front matter's title, whose line breaks only fold
  // one value ("by NSC Coordinator for Strategic Communications\" / "  \ John Kirby").
  bool in_folded_title(uint32_t k) const {
    return doc_.front_matter && doc_.title && doc_.front_matter->contains(*doc_.title) &&
           doc_.title->start < tok_[k].start && tok_[k].start < doc_.title->end;
  }

  // Capitalised name words from token j: "Keir Starmer", "Bernard Hogan-Howe",
  // "Osama bin Laden". Returns the number of tokens (0 when there is no name).
  // `after_title`: right after a strong title a month's name is a surname ("Prime
  // Minister May").
  uint32_t take_name(uint32_t j, uint32_t end, bool after_title = false) {
    uint32_t k = j, count = 0;
    while (k < end && count < 4) {
      const Token& t = tok_[k];
      if (!is_word(t)) break;
      WordKey w = word(k);
      if (t.has(kUpperInitial)) {
        // A middle initial that is also a word ("John A. Smith", "Peter I. Novak"): one
        // capital and its period between name words, whatever the stop list says of "A".
        const bool initial = count > 0 && w.size() == 1 && k + 2 < end && word(k + 1) == "." &&
                             tok_[k + 1].start == t.end() && is_word(tok_[k + 2]) &&
                             is_cap(tok_[k + 2]) && !tok_[k + 2].has(kLineStart);
        StopKind sk = initial ? StopKind::kNotStop : stop_at(k);
        const bool month_surname = after_title && count == 0 &&
                                   (w == "May" || w == "June" || w == "April" || w == "August");
        if (sk != StopKind::kNotStop &&
            !(sk == StopKind::kCalendar && (count > 0 || month_surname)))
          break;
        if (title_at(k) && !(count > 0 && given_at(k - 1))) break;
        // "Governor Kate Brown Inaugural Address": an occasion's word before a word for
        // the text ends the name.
        if (count >= 2 && lex(k).occasion && k + 1 < end && lex(k + 1).stop == StopKind::kText)
          break;
        // A country or a body after the first name ends it ("Will Britain act?", "Rt Hon
        // Winston Peters New Zealand First Leader"), and so does the line's end; a place
        // may be part of a name ("Paris Hilton").
        // A headline's verb in title case ends a name on a header line: "Governor Kathy
        // Hochul Announces $50 Million", "President Sam Reyes Signs Executive Order" (not
        // before a lower-case word: "Remarks by Ken Burns at ...").
        if (count >= 2 && in_header(k) && headline_verb(k, end)) break;
        if (count > 0) {
          // A front matter title's folded line goes on to a given name (the byline's
          // name after its office: see unknown_name()'s header rule), not to any word
          // ("the Betty Ford\" / "\ Forever Stamp Unveiling").
          if (t.has(kLineStart) && !(in_folded_title(k) && given_at(k)) && !name_wraps(k, end))
            break;
          auto m = names_match(k, end);
          if (m.length > 0 && (kb_.known[m.value].type == ActorType::kCountry ||
                               kb_.known[m.value].type == ActorType::kOrganization))
            break;
        }
        ++count;
        ++k;
        // A middle initial and its period: "John F. Kennedy", "Edward H. McCabe".
        if (count > 1 && w.size() == 1 && k + 1 < end && word(k) == "." &&
            tok_[k].start == t.end() && is_cap(tok_[k + 1]) && is_word(tok_[k + 1]))
          ++k;
        continue;
      }
      if (count > 0) {
        if (const uint32_t p = particles_at(k, end); p > 0) {
          k += p;
          continue;
        }
      }
      if (count > 0 && t.has(kHasHyphen) && is_name_particle(w.substr(0, w.find('-')))) {
        ++count;  // "al-Maliki"
        ++k;
        continue;
      }
      break;
    }
    return count == 0 ? 0 : k - j;
  }

  // The number of capitalised words right before token i on its line that pass one left
  // unread: no stop word, title or known name (those end or take the run).
  uint32_t capitals_before(uint32_t i, uint32_t first) {
    constexpr uint32_t kMaxWords = 8;
    uint32_t k = i;
    while (k > first && i - k < kMaxWords && !tok_[k].has(kLineStart) && is_cap(tok_[k - 1]) &&
           is_word(tok_[k - 1]) && !covered_[k - 1] && !is_stop(k - 1) && !title_word(k - 1) &&
           lex(k - 1).names == kNone)
      --k;
    return i - k;
  }

  // When the capitalised run of a person's name at [from, k) goes on to a word that ends
  // a law's or a document's name ("John Lewis Voting Rights Act", "John Smith Bill of
  // Rights"), one past that word; else 0. Capitalised words carry the run on; "of"/"for"
  // only after the document's word. Not before another capitalised word: "Bill Shorten".
  // An instrument's word right after the run ends it too: "the 1991 Alma Ata Declaration"
  // (actors_stop.tsv `instrument`: Declaration, Treaty, Accord, Agreement, ...).
  uint32_t document_end(uint32_t from, uint32_t k, uint32_t end) {
    constexpr uint32_t kMaxWords = 8;
    for (uint32_t d = from + 1; d < end && d < k + kMaxWords; ++d) {
      if (!is_word(tok_[d]) || !is_cap(tok_[d])) break;
      const bool ends = lex(d).document || (d == k && lex(d).stop == StopKind::kInstrument);
      if (ends && (d + 1 >= end || !is_cap(tok_[d + 1]))) return d + 1;
    }
    return 0;
  }

  // Registers a person named by tokens [from, to) (no title inside) and returns its actor.
  uint32_t person(uint32_t from, uint32_t to, std::string_view role, bool titled) {
    std::string_view first, last = word(to - 1);
    uint32_t name_words = 0;
    for (uint32_t k = from; k < to; ++k) name_words += is_cap(tok_[k]) ? 1 : 0;
    if (to - from >= 2 && is_cap(tok_[from])) first = word(from);  // not "von" of "von Wogau"
    // The lexicon may know this person by full name or, for one word, by surname.
    if (!first.empty()) {
      if (uint32_t k = known_person(from, to); k != kNone) {
        return with_role(actor_for_known(k), role, titled);
      }
    }
    for (uint32_t a = persons_named(last); a != kNone; a = actors_[a].next_same_last) {
      DocActor& d = actors_[a];
      if (!first.empty() && !d.first.empty() && d.first != first) continue;
      if (d.first.empty() && !first.empty()) {
        d.first = first;
        if (d.known == kNone) {
          d.name = name_in_title_case(joined(from, to));
          note_first_name(a, first);
        }
      }
      return with_role(a, role, titled);
    }
    (void)name_words;
    // A known person whose given name this one spells otherwise: "Sergey Lavrov" is the
    // lexicon's "Sergei Lavrov" (the same first four letters, lengths within two).
    if (first.size() >= 4) {
      if (const Lexeme* pl = kb_.lexemes.find(last); pl != nullptr && pl->names != kNone) {
        const uint32_t k = kb_.names.single(pl->names);
        if (k != kNone && kb_.known[k].type == ActorType::kPerson) {
          std::string_view kf = kb_.known[k].first;
          const size_t longer = std::max(kf.size(), first.size());
          if (kf.size() >= 4 && kf.substr(0, 4) == first.substr(0, 4) &&
              longer - std::min(kf.size(), first.size()) <= 2)
            return with_role(actor_for_known(k), role, titled);
        }
      }
    }
    DocActor d;
    d.type = ActorType::kPerson;
    d.name = name_in_title_case(joined(from, to));
    d.first = first;
    d.last = last;
    return with_role(add_actor(std::move(d)), role, titled);
  }

  // The person known only by the dignity at tokens [from, to) ("Prince of Wales"): one
  // actor per dignity in a document, with no surname that a lone word could refer back to.
  uint32_t dignity(uint32_t from, uint32_t to) {
    std::string name = joined(from, to);
    for (uint32_t a = 0; a < actors_.size(); ++a) {
      const DocActor& d = actors_[a];
      if (d.type == ActorType::kPerson && d.known == kNone && d.last.empty() && d.name == name)
        return a;
    }
    DocActor d;
    d.type = ActorType::kPerson;
    d.name = std::move(name);
    return add_actor(std::move(d));
  }

  uint32_t with_role(uint32_t a, std::string_view role, bool titled) {
    DocActor& d = actors_[a];
    if (titled) d.titled = true;
    if (d.role.empty() && !role.empty()) d.role = std::string(role);
    return a;
  }

  uint32_t organization(std::string name, ActorType type) {
    std::string id = slugify(name);
    auto it = by_slug_.find(id);
    if (it != by_slug_.end()) return it->second;
    // The end of a longer body's name met before: "the Security Conference" after the
    // "Munich Security Conference" is that body.
    if (type != ActorType::kPlace) {
      if (auto t = by_tail_.find(id); t != by_tail_.end()) return t->second;
    }
    DocActor d;
    d.type = type;
    d.name = std::move(name);
    uint32_t a = add_actor(std::move(d));
    // Names of at most eight words: a run of capitals in a hostile file is one name of
    // any length, and its tails would cost its length squared.
    constexpr size_t kMaxTailWords = 8;
    const size_t name_words = 1 + static_cast<size_t>(std::count(id.begin(), id.end(), '-'));
    if (type != ActorType::kPlace && name_words <= kMaxTailWords) {
      // Every tail of two or more words of its name (the slug's hyphens part the words),
      // the first body's kept.
      size_t words = name_words;
      for (size_t pos = id.find('-'); pos != std::string::npos && words > 2;
           pos = id.find('-', pos + 1)) {
        --words;
        by_tail_.try_emplace(id.substr(pos + 1), a);
      }
    }
    by_slug_.emplace(std::move(id), a);
    register_head(a);
    return a;
  }

  // The head word of an organisation's name: the last word before the first "of"/"for",
  // or the last word. "Coalition of the Willing" -> "Coalition".
  void register_head(uint32_t a) {
    DocActor& d = actors_[a];
    if (d.type != ActorType::kOrganization && d.type != ActorType::kGroup) return;
    if (d.head_registered) return;  // asked at every mention of a known body
    d.head_registered = true;
    register_head_of(
        a, d.known != kNone ? std::string_view(kb_.known[d.known].name) : std::string_view(d.name));
  }

  // The head word of `name`, one of the names of body `a` (its canonical name, or the
  // form a known body is written in: "World Trade Organisation" for the WTO, so that "the
  // Organisation" then refers back to it). REQUIRES: `name` outlives refs_.
  void register_head_of(uint32_t a, std::string_view name) {
    std::string_view head;
    bool before_of = false;  // the head stands before "of": "House of Commons"
    size_t pos = 0;
    while (pos < name.size()) {
      size_t sp = name.find(' ', pos);
      if (sp == std::string_view::npos) sp = name.size();
      std::string_view w = name.substr(pos, sp - pos);
      if (is_of_word(w)) {
        before_of = true;
        break;
      }
      if (w == "on" && !head.empty()) {  // "Committee on ...": the word before is the head
        auto before = kb_.lexemes.lookup(head);
        if (before.value != nullptr && before.value->head && !before.value->head_alone) break;
      }
      head = w;
      pos = sp + 1;
    }
    if (head.empty() || name.find(' ') == std::string_view::npos) return;
    auto h = kb_.lexemes.lookup(head);
    // A head that names a body only alone ("this House") is still the head of a name
    // where "of" follows it: "the House" then refers back to the House of Commons.
    if (h.value == nullptr || !h.value->head || (h.value->head_alone && !before_of)) return;
    std::vector<uint32_t>& bodies = ref_entry(h.key).bodies;
    if (std::find(bodies.begin(), bodies.end(), a) == bodies.end()) bodies.push_back(a);
  }

  // A filter of the words in refs_ without false negatives: 16 bits of a hash of all of
  // a word's bytes. (A hash of its first and last byte and length filled up on long
  // documents, whose refs_ hold thousands of names.) REQUIRES: !w.empty().
  static size_t ref_bit(std::string_view w) {
    uint64_t h = w.size();
    for (unsigned char c : w) h = (h ^ c) * 0x100000001B3ull;
    return static_cast<size_t>((h * 0x9E3779B97F4A7C15ull) >> 48);
  }
  bool ref_may_hold(size_t bit) const { return (ref_bits_[bit >> 6] >> (bit & 63) & 1u) != 0; }
  // The entry of refs_ for `w`, made when new. REQUIRES: `w`'s bytes outlive refs_.
  Ref& ref_entry(std::string_view w) {
    const size_t bit = ref_bit(w);
    ref_bits_[bit >> 6] |= uint64_t{1} << (bit & 63);
    return refs_[w];
  }

  // "the United Nations (UN)": an acronym in brackets after a name refers to it.
  uint32_t acronym_after(uint32_t actor, uint32_t i, uint32_t end, uint32_t sentence) {
    if (i + 2 >= end || word(i) != "(" || word(i + 2) != ")") return i;
    const Token& t = tok_[i + 1];
    if (!is_word(t) || !t.has(kAllUpper) || t.span().size() < 2) return i;
    if (!covered_[i + 1]) {
      Ref& r = ref_entry(word(i + 1));
      r.acronym = actor;
      r.bracketed = true;
      mention(actor, i + 1, i + 2, sentence);
    }
    return i + 3;
  }

  // One loop over the whole text: candidates are few, and most sentences have none
  // but their first word. Every rule stays within the candidate's sentence.
  void first_pass() {
    const auto tokens = static_cast<uint32_t>(tok_.size());
    uint32_t i = 0, s = 0, first = 0, end = 0;
    while (true) {
      // Most tokens are lower-case words that start no known name: skipped here. (The
      // text's end instead of the sentence's only loosens next_candidate()'s filter.)
      i = kb_.names.next_candidate(text_.data(), tok_.data(), i, tokens);
      if (i >= tokens) break;
      if (i >= end) {  // every token belongs to one sentence, in order
        while (sent_[s].end_token <= i) ++s;
        first = sent_[s].first_token;
        end = sent_[s].end_token;
      }
      const Token& t = tok_[i];
      if (!t.has(kUpperInitial)) {
        // next_candidate() has checked a word without a hyphen.
        if ((!t.has(kHasHyphen) || kb_.names.may_start_lower(text_.data(), t)) && !covered_[i]) {
          if (uint32_t next = known_name(i, end, s); next != i) {
            i = next;
            continue;
          }
        }
        ++i;
        continue;
      }
      if (covered_[i] || t.end() - t.start == 1) {  // "I", "A": never a name on their own
        ++i;
        continue;
      }
      // "Martin Luther King Day", "St. Patrick's Day", "Remembrance Day": a holiday's
      // name holds no actor.
      // (A run read to its end without one is not read again from its later words.)
      if (i >= holiday_clear_until_ && i + 1 < end &&
          (tok_[i + 1].has(kUpperInitial) ||
           (tok_[i + 1].length == 1 && text_[tok_[i + 1].start] == '.'))) {
        if (uint32_t h = holiday_end(i, end); h != 0) {
          covered_.set(i, h);
          i = h;
          continue;
        }
      }
      // A currency's prefix names no country: "US$127 million", "HK$3 billion", "US $
      // 100 billion".
      if (t.has(kAllUpper) &&
          ((t.end() < text_.size() && text_[t.end()] == '$') ||
           (i + 2 < end && word(i + 1) == "$" && tok_[i + 2].kind == TokenKind::kNumber))) {
        covered_.set(i, i + 1);
        ++i;
        continue;
      }
      // "Dependency Ratio Ceilings (DRCs)": an acronym defined in brackets.
      if (i > first + 1 && i + 1 < end && t.has(kUpperInitial) && word(i - 1) == "(" &&
          word(i + 1) == ")") {
        if (defines_term(i, first)) {
          covered_.set(i, i + 1);
          i += 2;
          continue;
        }
      }
      if (t.has(kAllUpper) && t.has(kLineStart)) {
        if (uint32_t next = caps_label(i, end, s); next != i) {
          i = next;
          continue;
        }
        if (uint32_t next = honorific_label(i, end, s); next != i) {
          i = next;
          continue;
        }
        if (uint32_t next = title_label(i, end, s); next != i) {
          i = next;
          continue;
        }
      }
      // "DEPARTURE STATEMENT OF PRESIDENT RODRIGO ROA DUTERTE": a known person in a header
      // set in capitals.
      // (Within the text's first few kilobytes: a header line can be as long as the text.)
      if (t.has(kAllUpper) && in_header(i) && t.start < kCapsHeaderBytes) {
        if (uint32_t next = caps_header_person(i, end, s); next != i) {
          i = next;
          continue;
        }
      }
      // What the tables say about the word: held here for all the rules below (a Lexeme
      // lives as long as the gazetteer; the memo of lex() may move on).
      const Lexeme& l = lex(i);
      // Not "of France, Emmanuel Macron" (a known name), nor "of Ruritania, Susan Hartley"
      // (a given name and a surname after the comma).
      // A known person so inverted is one too: "Transcript 17979 | Gillard, Julia | ...".
      if (in_header(i) && i + 2 < end && word(i + 1) == "," && given_at(i + 2) && !is_stop(i) &&
          ((!l.given && l.names == kNone) ||
           kb_.known_person_by_name.find(std::string(word(i + 2)) + " " + std::string(word(i))) !=
               nullptr) &&
          !(i + 3 < end && is_word(tok_[i + 3]) && is_cap(tok_[i + 3]))) {
        // "Gillard, Julia": surname, given name in a transcript's header.
        uint32_t a = inverted_person(i, s);
        byline(a, i);
        mention(a, i, i + 3, s);
        i += 3;
        continue;
      }
      // "Operation Greens", "Operation Iraqi Freedom": the capitalised words after a word
      // that opens an operation's or a campaign's name are that name's and mention nothing
      // (the guide: a name inside a longer name belongs to the longer one).
      if (l.operation && i + 1 < end && is_word(tok_[i + 1]) && is_cap(tok_[i + 1]) &&
          !tok_[i + 1].has(kLineStart)) {
        constexpr uint32_t kMaxWords = 5;
        uint32_t k = i + 1;
        while (k < end && k <= i + kMaxWords && is_word(tok_[k]) && is_cap(tok_[k]) &&
               !tok_[k].has(kLineStart))
          ++k;
        covered_.set(i, k);
        i = k;
        continue;
      }
      // known_name() finds nothing for a word that starts no name and has no parts.
      if (l.names != kNone || t.has(kHasHyphen)) {
        if (uint32_t next = known_name(i, end, s); next != i) {
          i = next;
          continue;
        }
      }
      // Sentence openers and other stop words that start no title: nothing to do, in
      // this pass or the next.
      if (l.stop != StopKind::kNotStop && l.titles == kNone &&
          !(i + 1 < end && word(i + 1) == "Majesty")) {
        covered_.set(i, i + 1);
        ++i;
        continue;
      }
      // "Senators Brandt, Murman, and Dorn": a plural title before names.
      if (l.titles == kNone && l.names == kNone) {
        if (uint32_t next = plural_titled(i, end, s); next != i) {
          i = next;
          continue;
        }
      }
      // A word that starts no title introduces no titled person.
      if (uint32_t next = l.titles == kNone ? i : titled_person(i, end, s); next != i) {
        i = next;
        continue;
      }
      // "Angelo de la Cruz": particles may follow the given name.
      if ((l.given || (l.given_mid && given_mid_sentence(i, first, end))) && i + 1 < end &&
          (is_cap(tok_[i + 1]) || particles_at(i + 1, end) > 0)) {
        // Not a name that ends in a body's or place's head word: "Marina Bay", "Victoria
        // Falls" (pass two reads it by its head).
        if (uint32_t n = take_name(i, end); n >= 2 && head_word(i + n - 1) == nullptr) {
          // "the John Lewis Voting Rights Act": a law's name, no person.
          if (uint32_t e = document_end(i, i + n, end); e != 0) {
            covered_.set(i, e);
            i = e;
            continue;
          }
          // "Pradhan Mantri Garib Kalyan Anna Yojana": a given name inside a run of four
          // or more capitalised words that started two or more words before it, on no
          // given name, is a scheme's or a body's name, no person. (One word before may be
          // a kinship word or a particle: "Grandma Irina Paki", "Ko Michael Bidois".)
          if (const uint32_t b = capitals_before(i, first); b >= 2 && n + b >= 4) {
            covered_.set(i, i + n);
            i += n;
            continue;
          }
          uint32_t a = person(i, i + n, {}, false);
          if (names_the_speaker(i, i + n)) byline(a, i, names_for_text(i + n));
          mention(a, i, i + n, s);
          i = regime_after(i, i + n, end, s);
          continue;
        }
      }
      if (uint32_t next = place_after_cue(i, first, end, s); next != i) {
        i = next;
        continue;
      }
      if (uint32_t next = unknown_name(i, first, end, s); next != i) {
        i = next;
        continue;
      }
      const bool named_body = l.head && after_determiner(i, first);
      lone_.push_back({i, l.given, named_body, static_cast<uint16_t>(ref_bit(word(i)))});
      any_named_body_ = any_named_body_ || named_body;
      ++i;
    }
  }

  // Whether a person named by tokens [i, after) in the header is named as the speaker
  // is: after "by" ("Remarks by Joe Smith", "The speech made by Keir Starmer, ..."), or
  // at a line's start before a possessive or a word for the text ("Cyril Ramaphosa
  // Address to the Nation", "Joe Smith’s remarks").
  // Also, anywhere on a header line, before a possessive and a word for the text ("Text
  // of President Bola Tinubu's national broadcast"), and at a line's start before a
  // colon ("Chris Hipkins: Progressing Together").
  bool names_the_speaker(uint32_t i, uint32_t after) {
    if (!in_header(i)) return false;
    if (after_by(i)) return true;
    // "The Hon John Smith MP", "Hon Jane Roe" alone on a header line: a byline.
    // A known name that starts with a title, "King Charles III", is as good as an honorific.
    const bool honoured =
        after_honorifics_at_line_start(i) ||
        (tok_[i].has(kLineStart) && titles_match(i, static_cast<uint32_t>(tok_.size())).length > 0);
    if (after >= tok_.size() || tok_[after].has(kLineStart)) return honoured;
    if (text_after(after)) return true;
    if (delivers_text(after)) return true;
    WordKey w = word(after);
    if (honoured && tok_[after].has(kLineEnd) &&
        (w == "MP" || w == "QC" || w == "KC" || w == "MLA" || w == "MPP" || w == "MHA"))
      return true;
    // At the line's start (honorifics aside), or at the title's after a leading date
    // (" date 2016-02-20 Jeremy Corbyn, Leader of ...").
    if (!tok_[i].has(kLineStart) && !honoured &&
        !(doc_.title && tok_[i].start == doc_.title->start))
      return false;
    // "PM Lee Hsien Loong, Singapore, 9 August 2020": the byline that gives the date.
    if (w == "," && doc_.dateline && doc_.dateline->contains(tok_[i].span()) &&
        (!doc_.title || !doc_.title->contains(tok_[i].span())))
      return true;
    // "Jeremy Corbyn, Leader of ...", "David Cameron – 2015 Press Conference on ...",
    // "Hon. Allan Rock (Minister of Health, Lib.), House of Commons".
    if ((w == "," || w == "(" || w == "\xE2\x80\x93" || w == "\xE2\x80\x94" || w == "-") &&
        role_or_text_after(after + 1))
      return true;
    return w == "\xE2\x80\x99s" || w == "'s" || w == ":" ||
           (is_word(tok_[after]) && names_the_text(after) && after + 1 < tok_.size() &&
            !tok_[after + 1].has(kLineStart) && word(after + 1) != "of") ||
           lex(after).stop == StopKind::kText;
  }

  // Whether a title ("Leader of the Labour Party") or a word for the text ("speech")
  // comes within a few words from token k on its line: "Jeremy Corbyn, Leader of the
  // Labour Party, speech to ...".
  // A title after other capitalised words counts too: "Jalina Porter, Principal Deputy
  // Spokesperson".
  bool role_or_text_after(uint32_t k) {
    constexpr uint32_t kMaxWords = 8;
    bool capitals = true;  // every token from k to here is a capitalised word
    for (uint32_t j = k; j < tok_.size() && j < k + kMaxWords; ++j) {
      if (j > k && tok_[j].has(kLineStart)) return false;
      if (!is_word(tok_[j])) {
        capitals = false;
        continue;
      }
      if (capitals && titles_match(j, static_cast<uint32_t>(tok_.size())).length > 0) return true;
      if (names_the_text(j)) return true;
      capitals = capitals && is_cap(tok_[j]);
    }
    return false;
  }

  // Whether the name is followed by a verb of delivering and a word for the text:
  // "Minister of State Sean Fleming delivers Ireland's national statement".
  bool names_for_text(uint32_t after) { return text_after(after) || delivers_text(after); }
  bool delivers_text(uint32_t after) {
    if (after >= tok_.size()) return false;
    WordKey w = word(after);
    return (w == "delivers" || w == "delivered" || w == "gives" || w == "gave") &&
           role_or_text_after(after + 1);
  }

  // Whether a possessive and a word for the text follow: "’s national broadcast".
  bool text_after(uint32_t after) {
    if (after >= tok_.size()) return false;
    WordKey w = word(after);
    return (w == "\xE2\x80\x99s" || w == "'s") && names_the_text(after + 1);
  }

  // Whether token i, after "by" and an optional "The", starts a byline: "Remarks by Joe
  // Smith", "Statement by The Rt Hon Elizabeth Truss".
  // Also after a role phrase between them: "Speech by Minister for Defence Peter Hultqvist",
  // "Address by the President of the Republic of South Africa, Thabo Mbeki", "Speech by
  // the Financial Secretary, the Hon John Tsang" (one comma in the role phrase).
  bool after_by(uint32_t i) {
    constexpr uint32_t kMaxRoleWords = 10;
    if (i > 0 && word(i - 1) == ",") --i;
    bool comma = false;
    for (uint32_t steps = 0; i > 0 && steps <= kMaxRoleWords; ++steps, --i) {
      WordKey w = word(i - 1);
      if (w == "by" || w == "By" || w == "BY") return true;
      if (w == "," && !comma && steps > 0) {
        comma = true;
        continue;
      }
      // "Transcript of the Prime Minister the Hon. Tony Abbott", "Speech of the President",
      // "Remarks from Secretary of the Treasury Scott Bessent". A readout of someone's call
      // is about them ("Readout of President Biden's Call with ..."), one from someone is
      // theirs ("Readout from NSC Spokesperson Emily Horne").
      if ((w == "of" || w == "from") && i >= 2 && is_word(tok_[i - 2]) && names_the_text(i - 2) &&
          !names_the_text(i - 1) && !(w == "of" && word(i - 2) == "Readout"))
        return true;
      if (w == "." && i >= 2 && is_word(tok_[i - 2])) continue;  // "the Hon. Tony Abbott"
      if (!is_word(tok_[i - 1]) || tok_[i - 1].has(kLineEnd)) return false;
      if (!is_cap(tok_[i - 1]) && w != "for" && w != "of" && w != "the" && w != "and") return false;
    }
    return false;
  }

  // Whether a word for the text itself, in any case ("remarks", "Address"), is among the
  // two words from token k on: "’s national broadcast", "’s remarks".
  bool names_the_text(uint32_t k) {
    for (uint32_t j = k; j < k + 2 && j < tok_.size() && is_word(tok_[j]); ++j) {
      if (lex(j).stop == StopKind::kText) return true;
      WordKey w = word(j);
      std::array<char, 24> buf;
      if (w.size() < 2 || w.size() > buf.size() || w[0] < 'a' || w[0] > 'z') continue;
      std::memcpy(buf.data(), w.data(), w.size());
      buf[0] = static_cast<char>(w[0] - 32);
      const Lexeme* found = kb_.lexemes.find(std::string_view(buf.data(), w.size()));
      if (found != nullptr && found->stop == StopKind::kText) return true;
    }
    return false;
  }

  // Whether the lexicon lists `name` (words in title case, `first` its first word's
  // lexeme) as a country, place, body or group.
  bool known_non_person(std::string_view name, const Lexeme* first) const {
    if (first == nullptr || first->names == kNone) return false;
    std::array<std::string_view, 8> words;
    size_t n = 0;
    for (size_t b = 0; b <= name.size() && n < words.size();) {
      size_t e = name.find(' ', b);
      if (e == std::string_view::npos) e = name.size();
      words[n++] = name.substr(b, e - b);
      b = e + 1;
    }
    const uint32_t k = kb_.names.value(std::span(words.data(), n), first->names);
    return k != kNone && kb_.known[k].type != ActorType::kPerson;
  }

  // A transcript's speaker label in capitals at a line's start: "ANTHONY ALBANESE, PRIME
  // MINISTER:", "JANE SMITH:". The name is read in title case ("Anthony Albanese") as a
  // known person, or as a given name and a surname. A label in the header names the
  // speaker. Returns the token after the label, or i.
  uint32_t caps_label(uint32_t i, uint32_t end, uint32_t s) {
    constexpr uint32_t kMaxNameWords = 6, kMaxTitleWords = 6;
    uint32_t j = i;
    while (j < end && j - i < kMaxNameWords && is_word(tok_[j]) && tok_[j].has(kAllUpper)) ++j;
    // "HARRY ROQUE JR.:": the suffix's full stop before the colon.
    const uint32_t colon = j + 1 < end && word(j) == "." && word(j + 1) == ":" ? j + 1 : j;
    // "CHRIS BOWEN MP" alone on the text's first line, or on a line of the header
    // ("BY / HIS EXCELLENCY / DR LAZARUS CHAKWERA / PRESIDENT OF ..."): a press release's,
    // transcript's or statement's heading that names the speaker (a given name first, as
    // below).
    // Up to six words: "FEDERAL LABOR LEADER MARK LATHAM", title words before the name.
    const bool heading = (i == 0 || in_header(i)) && j - i >= 2 && j - i <= kMaxNameWords &&
                         tok_[j - 1].has(kLineEnd);
    if (!heading && (j - i < 2 || colon >= end || (word(colon) != ":" && word(colon) != ",")))
      return i;
    uint32_t label_end = heading ? j : colon + 1;
    if (!heading && word(j) == ",") {  // ", PRIME MINISTER:"
      uint32_t k = j + 1;
      while (k < end && k - j <= kMaxTitleWords && is_word(tok_[k]) && tok_[k].has(kAllUpper)) ++k;
      if (k == j + 1 || k >= end || word(k) != ":") return i;
      label_end = k + 1;
    }
    // "ATTORNEY-GENERAL MARK DREYFUS QC:", "PRESIDENTIAL SPOKESPERSON HARRY ROQUE JR.:":
    // words before a given name are the speaker's title, and post-nominals after the
    // surname are no part of the name.
    uint32_t name_begin = i, name_end = j;
    if (j - i >= 3) {
      for (uint32_t k = i + 1; k + 1 < j && k < i + (heading ? 4 : 3); ++k) {
        const Lexeme* g = kb_.lexemes.find(title_cased(k));
        if (g != nullptr && g->given) {
          name_begin = k;
          break;
        }
      }
    }
    while (name_end - name_begin > 2) {
      const std::string w = title_cased(name_end - 1);
      if (w != "Qc" && w != "Kc" && w != "Mp" && w != "Jr" && w != "Ac" && w != "Ao" &&
          w != "Obe" && w != "Cbe" && w != "Mbe" && w != "Sc")
        break;
      --name_end;
    }
    std::string name;
    for (uint32_t k = name_begin; k < name_end; ++k) {
      if (k > name_begin) name += ' ';
      name += title_cased(k);
    }
    uint32_t a = kNone;
    // A known person whole, or by first name and surname ("RODRIGO ROA DUTERTE").
    const uint32_t* k = kb_.known_person_by_name.find(name);
    if (k == nullptr && name_end - name_begin > 2)
      k = kb_.known_person_by_name.find(title_cased(name_begin) + " " + title_cased(name_end - 1));
    if (k != nullptr) {
      a = actor_for_known(*k);
    } else {
      const std::string& kept = label_names_.emplace_back(std::move(name));
      std::string_view full = kept;
      std::string_view first = full.substr(0, full.find(' '));
      std::string_view last = full.substr(full.rfind(' ') + 1);
      const Lexeme* given = kb_.lexemes.find(first);
      if (given == nullptr || !given->given) return i;  // "WHITE HOUSE:", "PRESS BRIEFING:"
      // A heading that names a country or a body whose first word is also a given name
      // ("SOLOMON ISLANDS") is no person.
      if (known_non_person(full, given)) return i;
      a = person_named(full, first, last);
    }
    // The label's turn follows on its line: the first label in the header is the speaker.
    if (speaker_ == kNone && in_header(i)) speaker_ = a;
    mention(a, name_begin, name_end, s);
    covered_.set(j, label_end);
    return label_end;
  }

  // A transcript's or a Hansard's speaker label of an honorific and a surname in capitals,
  // maybe with initials: "MR. KIRBY:", "HON. P. POKINO:", "MR P. TEITI:". A mention of the
  // one person of this document named before with that surname (none when two share it,
  // or none was named). Returns the token after the colon, or i.
  uint32_t honorific_label(uint32_t i, uint32_t end, uint32_t s) {
    const WordKey h = word(i);
    if (h != "MR" && h != "MRS" && h != "MS" && h != "DR" && h != "HON" && h != "MISS") return i;
    uint32_t k = i + 1;
    if (k < end && word(k) == ".") ++k;
    for (int n = 0; n < 3 && k + 1 < end && tok_[k].length == 1 && is_word(tok_[k]) &&
                    tok_[k].has(kAllUpper) && word(k + 1) == ".";
         ++n)
      k += 2;
    if (k + 1 >= end || !is_word(tok_[k]) || !tok_[k].has(kAllUpper) || tok_[k].length < 2 ||
        word(k + 1) != ":")
      return i;
    const PersonChain* c = persons_by_last_.find(title_cased(k));
    if (c == nullptr || c->head != c->tail) return i;
    mention(c->head, k, k + 1, s);
    covered_.set(i, k + 2);
    return k + 2;
  }

  // A transcript's speaker label of a title (no honorific) and a surname in capitals:
  // "PRESIDENT BIDEN:", "PRIME MINISTER ARDERN:", "TAOISEACH VARADKAR:", a mention of the
  // one person of this document named before with that surname (as honorific_label());
  // or of "THE" and a title, "THE PRESIDENT:", "THE VICE PRESIDENT:", a mention of the
  // speaker when the title is their role, else of the one person of this document with
  // that role (none when two have it: "Vice President Biden" beside "Vice President
  // Harris"). Returns the token after the colon, or i.
  uint32_t title_label(uint32_t i, uint32_t end, uint32_t s) {
    constexpr uint32_t kMaxTitleWords = 3;
    uint32_t j = i;
    while (j < end && j - i <= kMaxTitleWords && is_word(tok_[j]) && tok_[j].has(kAllUpper)) ++j;
    if (j - i < 2 || j >= end || word(j) != ":") return i;
    const bool the = word(i) == "THE";
    const uint32_t tb = the ? i + 1 : i, te = the ? j : j - 1;
    if (te - tb > kMaxTitleWords) return i;
    std::array<std::string, kMaxTitleWords> cased;
    std::array<std::string_view, kMaxTitleWords> words;
    for (uint32_t k = tb; k < te; ++k) {
      cased[k - tb] = title_cased(k);
      words[k - tb] = cased[k - tb];
    }
    const Lexeme* l = kb_.lexemes.find(words[0]);
    if (l == nullptr || l->titles == kNone) return i;
    const uint32_t t = kb_.titles.value(std::span(words.data(), te - tb), l->titles);
    if (t == kNone || kb_.title_info[t].honorific) return i;
    const std::string_view role = kb_.title_info[t].text;
    uint32_t a = kNone;
    if (!the) {
      const PersonChain* c = persons_by_last_.find(title_cased(j - 1));
      if (c == nullptr || c->head != c->tail) return i;
      a = c->head;
    } else if (speaker_ != kNone && role_of(speaker_) == role) {
      a = speaker_;
    } else {
      for (uint32_t b = 0; b < actors_.size(); ++b) {
        if (actors_[b].type != ActorType::kPerson || role_of(b) != role) continue;
        if (a != kNone) return i;
        a = b;
      }
      if (a == kNone) return i;
    }
    mention(a, the ? tb : j - 1, the ? te : j, s);
    mentions_.back().label = true;
    covered_.set(i, j + 1);
    return j + 1;
  }

  // The role of person `a`: as this document gives it, else the lexicon's.
  std::string_view role_of(uint32_t a) const {
    const DocActor& d = actors_[a];
    if (!d.role.empty() || d.known == kNone) return d.role;
    return kb_.known[d.known].role;
  }

  // Token k's word in title case: "HOGAN-HOWE" -> "Hogan-Howe", "O'BRIEN" -> "O'Brien".
  // A title block in capitals gives the speaker's office after the name, behind a comma or
  // on the next line, up to a comma, a word such as "AT" or the line's end: "HIS
  // EXCELLENCY DR. JULIUS MAADA BIO," / "PRESIDENT OF THE REPUBLIC OF SIERRA LEONE"; "H.E.
  // MR. KHURELSUKH UKHNAA, PRESIDENT OF MONGOLIA, AT THE GENERAL DEBATE"; post-nominals
  // between are skipped ("HON. MULAMBO HAIMBE, SC, MP, MINISTER OF FOREIGN AFFAIRS"). The
  // office replaces no role but a courtesy title's ("Dr").
  void speaker_office_in_capitals() {
    if (speaker_ == kNone) return;
    DocActor& d = actors_[speaker_];
    if (d.type != ActorType::kPerson || !(d.role.empty() || courtesy_role(d.role))) return;
    uint32_t first = UINT32_MAX, first_start = UINT32_MAX;
    for (const RawMention& m : mentions_) {
      if (m.actor == speaker_ && m.span.start < first_start) {
        first_start = m.span.start;
        first = m.span.end;
      }
    }
    if (first == UINT32_MAX || first >= header_end_) return;
    const auto n = static_cast<uint32_t>(tok_.size());
    auto it = std::lower_bound(tok_.begin(), tok_.end(), first,
                               [](const Token& t, uint32_t b) { return t.end() < b; });
    if (it == tok_.end() || it->end() != first || !it->has(kAllUpper)) return;
    auto k = static_cast<uint32_t>(it - tok_.begin()) + 1;
    constexpr uint32_t kMaxPostNominals = 3, kPostNominalBytes = 4;
    for (uint32_t p = 0; p <= kMaxPostNominals && k < n && word(k) == ","; ++p) {
      ++k;
      if (p == kMaxPostNominals || k + 1 >= n || !tok_[k].has(kAllUpper) ||
          tok_[k].length > kPostNominalBytes || word(k + 1) != "," || tok_[k].has(kLineStart))
        break;
      ++k;  // "SC", "MP"
    }
    if (k >= n || !is_word(tok_[k]) || !tok_[k].has(kAllUpper) || tok_[k].start >= header_end_)
      return;
    const Lexeme* t = kb_.lexemes.find(title_cased(k));
    if (t == nullptr || t->titles == kNone) return;
    auto connector = [&](uint32_t c) {
      std::string low = title_cased(c);
      low[0] = static_cast<char>(low[0] + ('a' - 'A'));
      return is_function_word(low);
    };
    // The office may go on over one line break ("PRIME MINISTER AND LEADER OF GOVERNMENT" /
    // "BUSINESS IN PARLIAMENT"), not over a blank line, and ends before the occasion ("AT
    // THE GENERAL DEBATE").
    constexpr uint32_t kMaxWords = 12;
    uint32_t e = k + 1, line_break = 0;
    for (; e < n && e < k + kMaxWords; ++e) {
      if (tok_[e].has(kLineStart)) {
        if (line_break != 0 || tok_[e].has(kAfterBlankLine)) break;
        line_break = e;
      }
      if (!is_word(tok_[e]) || !tok_[e].has(kAllUpper)) break;
      if (connector(e)) {
        const WordKey w = word(e);
        if (w != "OF" && w != "THE" && w != "FOR" && w != "AND" && w != "IN") break;
      }
      if (const WordKey w = word(e); w == "DURING" || w == "BEFORE") break;
    }
    // The next line goes on the office only to a comma, a word or the line's end: not
    // "PRIME MINISTER OF BHUTAN" / "UNGA.79".
    if (line_break != 0 && e < n && !tok_[e].has(kLineStart) && !is_word(tok_[e]) && word(e) != ",")
      e = line_break;
    // A line that breaks inside the office ends before its last "OF".
    while (e > k + 1 && connector(e - 1)) --e;
    d.role = caps_role(k, e);
    d.titled = true;
  }

  // Tokens [from, to) of a role written in capitals, in title case with its function words
  // in lower case: "PRIME MINISTER OF THE REPUBLIC" -> "Prime Minister of the Republic".
  std::string caps_role(uint32_t from, uint32_t to) const {
    std::string out;
    for (uint32_t k = from; k < to; ++k) {
      if (k > from) out += ' ';
      std::string w = title_cased(k);
      if (k > from && !w.empty() && w[0] >= 'A' && w[0] <= 'Z') {
        std::string low = w;
        low[0] = static_cast<char>(low[0] + ('a' - 'A'));
        if (is_function_word(low)) w = std::move(low);
      }
      out += w;
    }
    return out;
  }

  std::string title_cased(uint32_t k) const {
    std::string w;
    bool initial = true;
    for (char c : word(k)) {
      w += !initial && c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
      initial = c == '-' || c == '\'';
    }
    return w;
  }

  // A known person named in capitals on a header line, from token i (which starts the
  // name, or a title before it): the name read in title case, whole or as first name and
  // surname ("RODRIGO ROA DUTERTE" is Rodrigo Duterte). Returns the token after the name,
  // or i. Known persons only: capitals name no one else safely.
  static constexpr uint32_t kCapsHeaderBytes = 4096;
  uint32_t caps_header_person(uint32_t i, uint32_t end, uint32_t s) {
    constexpr uint32_t kMaxWords = 6, kMaxNameWords = 4;
    std::array<std::string, kMaxWords> words;
    uint32_t n = 0;
    while (n < kMaxWords && i + n < end && is_word(tok_[i + n]) && tok_[i + n].has(kAllUpper) &&
           tok_[i + n].length > 1) {
      words[n] = title_cased(i + n);
      ++n;
    }
    if (n < 2) return i;
    for (uint32_t p = 0; p + 2 <= n; ++p) {
      for (uint32_t len = std::min(kMaxNameWords, n - p); len >= 2; --len) {
        std::string name = words[p];
        for (uint32_t k = p + 1; k < p + len; ++k) name += ' ' + words[k];
        const uint32_t* known = kb_.known_person_by_name.find(name);
        if (known == nullptr && len >= 3)
          known = kb_.known_person_by_name.find(words[p] + ' ' + words[p + len - 1]);
        if (known == nullptr) continue;
        const uint32_t a = actor_for_known(*known);
        // The speaker when the header says so: "STATEMENT OF PRESIDENT ...", "REMARKS BY
        // ..." (not "ON THE DEATH OF ...").
        uint32_t q = p;  // the title words before the name
        while (q > 0) {
          const Lexeme* t = kb_.lexemes.find(words[q - 1]);
          if (t == nullptr || t->titles == kNone) break;
          --q;
        }
        // The words before the title, also on the lines above ("STATEMENT" / "OF").
        auto before = [&](uint32_t back) -> std::string {
          if (q >= back) return words[q - back];
          const uint32_t t = back - q;  // tokens before i
          if (i < t || !is_word(tok_[i - t]) || !tok_[i - t].has(kAllUpper)) return {};
          return title_cased(i - t);
        };
        const bool by = before(1) == "By";
        // A word for the text (actors_stop.tsv "text": Statement, Remarks, Address, ...).
        const Lexeme* text_word = before(1) == "Of" ? kb_.lexemes.find(before(2)) : nullptr;
        const bool of_text = text_word != nullptr && text_word->stop == StopKind::kText;
        if (speaker_ == kNone && (by || of_text)) speaker_ = a;
        mention(a, i + p, i + p + len, s);
        covered_.set(i, i + p);
        return i + p + len;
      }
    }
    return i;
  }

  // A person named outside the text's own words (a label read in title case).
  uint32_t person_named(std::string_view full, std::string_view first, std::string_view last) {
    for (uint32_t a = persons_named(last); a != kNone; a = actors_[a].next_same_last) {
      DocActor& d = actors_[a];
      if (!d.first.empty() && d.first != first) continue;
      if (d.first.empty()) {
        d.first = first;
        if (d.known == kNone) d.name = std::string(full);
      }
      return a;
    }
    DocActor d;
    d.type = ActorType::kPerson;
    d.name = std::string(full);
    d.first = first;
    d.last = last;
    return add_actor(std::move(d));
  }

  // A known name at token i (or known parts of a hyphenated word). Returns the token
  // after it, or i when there is none.
  // Whether the country's word at token i (one token, ending at `after`), listed in
  // actors_languages.tsv, names its language: before "language(s)" or "speakers"; or in a list of
  // such words with no noun after it, after "in", "into", a form of "speak" or "languages"
  // ("[speaking in Ukrainian]", "in French and English", "all official languages: Arabic, Chinese,
  // French, Russian and Spanish"). Not "in French territory", "in British and French
  // forces".
  bool names_a_language(uint32_t i, uint32_t after, uint32_t end) {
    if (!lex(i).language) return false;
    auto is_language_word = [](std::string_view n) {
      return n == "language" || n == "languages" || n == "speakers" || n == "speaker";
    };
    auto joins = [&](uint32_t k) {
      WordKey j = word(k);
      return j == "," || j == "and" || j == "or";
    };
    // The list's last word, then what follows it.
    uint32_t last = after;
    while (last + 1 < end && joins(last) && is_word(tok_[last + 1]) && is_cap(tok_[last + 1]))
      last += 2;
    if (last < end && is_word(tok_[last]) && !joins(last)) {
      // The subject of "is"/"was" whose complement is a language: "Portuguese is an
      // official and working language" (not "Russian is a threat").
      if (word(last) == "is" || word(last) == "was") {
        constexpr uint32_t kMaxComplementWords = 5;
        for (uint32_t k = last + 1; k < end && k <= last + kMaxComplementWords; ++k)
          if (is_language_word(word(k))) return true;
        return false;
      }
      return is_language_word(word(last));  // else a noun: "French troops"
    }
    // The list's first word, then what stands before it.
    uint32_t first = i;
    while (first >= 2 && joins(first - 1) && is_word(tok_[first - 2]) && is_cap(tok_[first - 2]))
      first -= 2;
    if (first == 0) return false;
    WordKey p = word(first - 1);
    if (p == ":" && first >= 2) p = word(first - 2);
    return p == "in" || p == "into" || p == "speak" || p == "speaks" || p == "spoke" ||
           p == "spoken" || p == "speaking" || is_language_word(p);
  }

  uint32_t known_name(uint32_t i, uint32_t end, uint32_t s) {
    const Token& t = tok_[i];
    WordKey w = word(i);
    auto m = names_match(i, end);
    // An acronym the document gave in brackets after a body's name names that body for
    // the rest of the document, not the lexicon's body of the same letters: "Community
    // Development Council (CDC) Vouchers ... CDC Vouchers" in Singapore is no US agency.
    if (m.length == 1 && t.has(kAllUpper) && ref_may_hold(ref_bit(w))) {
      if (const Ref* r = refs_.find(w); r != nullptr && r->bracketed && r->acronym != kNone) {
        mention(r->acronym, i, i + 1, s);
        return i + 1;
      }
      // "the Manufacturing DRC" after "Dependency Ratio Ceilings (DRCs)" is no Congo.
      if (const Ref* r = refs_.find(w); r != nullptr && r->defined_term) {
        covered_.set(i, i + 1);
        return i + 1;
      }
    }
    if (m.length > 0) {
      const Known& k = kb_.known[m.value];
      uint32_t after = i + m.length;
      // "Senate President Dominick Ruggerio": a longer title, read as one (next).
      if (k.type == ActorType::kOrganization && titles_match(i, end).length > m.length) return i;
      // "the Supreme Court of Canada", "the Senate of the Philippines": a body the lexicon
      // lists for one country, named for another, is that country's.
      if (k.type == ActorType::kOrganization && !k.side.empty() && after + 1 < end &&
          word(after) == "of") {
        const uint32_t c = word(after + 1) == "the" ? after + 2 : after + 1;
        if (auto cm = c < end ? names_match(c, end) : decltype(m){}; cm.length > 0) {
          const Known& country = kb_.known[cm.value];
          if (country.type == ActorType::kCountry && country.id != k.side) {
            const uint32_t e = c + cm.length;
            const uint32_t a = organization(joined(i, e), ActorType::kOrganization);
            actors_[a].side = country.id;
            mention(a, i, e, s);
            return e;
          }
        }
      }
      if (k.type == ActorType::kPerson && after < end && is_regime_word(word(after))) {
        uint32_t a = organization(joined(i, after + 1), ActorType::kOrganization);
        mention(a, i, after + 1, s);
        return after + 1;
      }
      if (k.type == ActorType::kCountry && m.length == 1 && names_a_language(i, after, end)) {
        covered_.set(i, after);
        return after;
      }
      // "New London", "New Bedford": a place of its own, not the place it was named after
      // (the lexicon's "New York", "New Delhi" match whole before this).
      if (k.type == ActorType::kPlace && i > 0 && word(i - 1) == "New" && !covered_[i - 1] &&
          !tok_[i].has(kLineStart) && tok_[i].start == tok_[i - 1].end() + 1 &&
          !on_heading(i - 1)) {
        uint32_t a = organization(joined(i - 1, after), ActorType::kPlace);
        mention(a, i - 1, after, s);
        return after;
      }
      // "Quebec City", "Kuwait City": a known place's or country's name before a place's
      // head word of actors_heads.tsv marked `known` names a place of its own (the city,
      // not the province or the state); "New York City" is the lexicon's New York. Not
      // before another capitalised word: "the Wellington City Mission" is a charity's name.
      if ((k.type == ActorType::kPlace || k.type == ActorType::kCountry) && after < end &&
          lex(after).place_after_known && !tok_[after].has(kLineStart) &&
          tok_[after].start == tok_[after - 1].end() + 1 &&
          (after + 1 >= end || !is_cap(tok_[after + 1]) || tok_[after + 1].has(kLineStart)) &&
          !on_heading(i)) {
        uint32_t a = organization(joined(i, after + 1), ActorType::kPlace);
        mention(a, i, after + 1, s);
        return after + 1;
      }
      // "the United Nations Climate Conference", "the United Nations Truce Supervision
      // Organization": a body's name before words that end in a body's head word is the
      // start of another body's name.
      if (k.type == ActorType::kOrganization) {
        ActorType type{};
        if (uint32_t e = body_after(after, end, &type); e != after && !on_heading(i)) {
          const uint32_t a = organization(joined(i, e), type);
          mention(a, i, e, s);
          return acronym_after(a, e, end, s);
        }
      }
      // "the Battle of Britain", "the Treaty of Versailles", "the Siege of Sarajevo": an
      // event's or an instrument's name, no mention of the place.
      if ((k.type == ActorType::kCountry || k.type == ActorType::kPlace) && i >= 2 &&
          word(i - 1) == "of" &&
          (word(i - 2) == "Battle" || word(i - 2) == "Siege" || word(i - 2) == "Treaty" ||
           word(i - 2) == "Sack" || word(i - 2) == "Partition")) {
        covered_.set(i, after);
        return after;
      }
      // "West and Central Africa", "North and South Korea": the word before "and" with the
      // rest of this name is another known place or country, mentioned by that word.
      if ((k.type == ActorType::kCountry || k.type == ActorType::kPlace) && m.length >= 2 &&
          i >= 2 && word(i - 1) == "and" && is_cap(tok_[i - 2]) && is_word(tok_[i - 2]) &&
          !tok_[i - 2].has(kHasHyphen) &&
          (mentions_.empty() || mentions_.back().span.end <= tok_[i - 2].start)) {
        std::string other(word(i - 2));
        other += text_.substr(tok_[i].end(), tok_[after - 1].end() - tok_[i].end());
        if (const uint32_t* o = kb_.by_id.find(slugify(other));
            o != nullptr && kb_.known[*o].type == k.type) {
          mention(actor_for_known(*o), i - 2, i - 1, s);
        }
      }
      // "Statistics Canada", "Industry New Zealand", "Enterprise Ireland": a country's
      // agency named by its field and the country's name (the guide: a name inside a
      // longer name belongs to the longer one).
      if (k.type == ActorType::kCountry) {
        if (uint32_t e = agency_of_country(i, after, end, s); e != kNone) return e;
      }
      if (k.type == ActorType::kCountry || k.type == ActorType::kPlace) {
        // "ReArm Europe", "Stand-Up India": a coined word before the name makes a
        // programme's name, which mentions neither.
        if (i > 0 && coined_word(i - 1) && !covered_[i - 1]) {
          covered_.set(i - 1, after);
          return after;
        }
        if (uint32_t e = longer_name(after, end); e != after) {
          covered_.set(i, e);
          return e;
        }
        // "the Paris Agreement", "the Minsk agreement": an instrument's name, no place;
        // "the Doha Round", "the Uruguay Round": a process's, no place nor country.
        if (after < end && is_word(tok_[after]) &&
            ((k.type == ActorType::kPlace && lex(after).stop == StopKind::kInstrument) ||
             lex(after).stop == StopKind::kEvent)) {
          covered_.set(i, after + 1);
          return after + 1;
        }
        // "West Midlands Police", "New Zealand Labour Party": a place before a name whose
        // head is a body's is part of the body's name, as "European" is of "European
        // Union".
        ActorType type{};
        if (uint32_t e = body_after(after, end, &type); e != after) {
          if (on_heading(i)) return i;
          // A prefix before it starts the name: "the Trans Pacific Partnership".
          const uint32_t from = i > 0 && is_cap(tok_[i - 1]) && !tok_[i].has(kLineStart) &&
                                        lex(i - 1).stop == StopKind::kPrefix
                                    ? i - 1
                                    : i;
          uint32_t a = organization(joined(from, e), type);
          if (k.type == ActorType::kCountry) actors_[a].side = k.id;
          mention(a, from, e, s);
          return acronym_after(a, e, end, s);
        }
      }
      if (k.type == ActorType::kCountry) {
        if (uint32_t e = country_name_goes_on(i, after, end, s); e != after) return e;
      }
      // "Mandela Barnes and I" after "Lieutenant Governor Mandela Barnes": a known
      // person's one-word name that another capitalised name word follows is the first
      // name of that person, whom this document named with a title (titled_person()).
      // Without one the run may name a place or a work: "the Lincoln Memorial".
      if (k.type == ActorType::kPerson && m.length == 1) {
        if (const uint32_t n = other_person_from(i, end); n != 0) {
          for (uint32_t a = persons_named(word(i + n - 1)); a != kNone;
               a = actors_[a].next_same_last) {
            if (actors_[a].known == kNone && actors_[a].titled && actors_[a].first == w) {
              mention(a, i, i + n, s);
              return i + n;
            }
          }
        }
      }
      // "Mandela and I" after "Mandela Barnes": the first name of this document's own
      // person, not the lexicon's namesake (unless the text named that one).
      if (k.type == ActorType::kPerson && m.length == 1 && by_known_[m.value] == kNone) {
        if (const uint32_t* a = persons_by_first_.find(w); a != nullptr && actors_[*a].last != w) {
          mention(*a, i, after, s);
          return after;
        }
      }
      // "Bob Cameron": a capitalised word right before a known person's surname that is
      // not that person's first name (nor a title, a stop word or another name) makes
      // another person of that surname.
      if (k.type == ActorType::kPerson && m.length == 1 && i > 0 && by_known_[m.value] == kNone) {
        const uint32_t g = i - 1;
        const Token& p = tok_[g];
        if (is_word(p) && p.has(kUpperInitial) && !p.has(kAllUpper) &&
            p.end() + 1 == tok_[i].start && text_[p.end()] == ' ' && !is_stop(g) &&
            !title_word(g) && word(g) != k.first && !covered_[g] &&
            names_match(g, end).length == 0 && !p.has(kLineStart)) {
          uint32_t a = person(g, after, "", false);
          mention(a, g, after, s);
          return after;
        }
      }
      // A surname alone is first this document's own person of that surname ("Governor
      // John Carney ... the Carney clan"), not a namesake the lexicon knows.
      if (k.type == ActorType::kPerson && m.length == 1 && by_known_[m.value] == kNone) {
        for (uint32_t a = persons_named(k.last); a != kNone; a = actors_[a].next_same_last) {
          const DocActor& d = actors_[a];
          if (d.known == kNone && !d.first.empty() && d.first != k.first) {
            mention(a, i, after, s);
            return after;
          }
        }
      }
      // "by Parliament" after "the European Parliament": a known body's one-word name that
      // is a head word names, as the head word alone does, the body of that head the
      // document named in full before it (the last one the lexicon knows first named; not
      // "the Youth Parliament").
      if (k.type == ActorType::kOrganization && m.length == 1 && head_word(i) != nullptr) {
        if (const uint32_t body = known_body_of_head(w); body != kNone) {
          mention(body, i, after, s);
          return after;
        }
      }
      uint32_t a = actor_for_known(m.value);
      if (k.type == ActorType::kPerson && names_the_speaker(i, after))
        byline(a, i, names_for_text(after));
      if (k.type == ActorType::kOrganization || k.type == ActorType::kGroup) {
        register_head(a);
        // Its name as written, when it is not the canonical one register_head() took.
        const std::string_view written =
            text_.substr(tok_[i].start, tok_[after - 1].end() - tok_[i].start);
        if (after > i + 1 && written != k.name) register_head_of(a, written);
      }
      mention(a, i, after, s);
      if (k.type != ActorType::kPerson) return acronym_after(a, after, end, s);
      return after;
    }
    // "South Korea-based", "New Zealand-made", "United States-led": a name of several
    // words whose last word is the first part of a hyphenated word.
    if (i + 1 < end && tok_[i + 1].has(kUpperInitial)) {
      if (auto c = kb_.names.match_before_hyphen(lex(i).names, text_, tok_, i, end);
          c.length > 0 && kb_.known[c.value].type != ActorType::kPerson) {
        const uint32_t last = i + c.length - 1;
        const auto cut = static_cast<uint32_t>(text_.find('-', tok_[last].start));
        mention_span(actor_for_known(c.value), {tok_[i].start, cut}, s);
        covered_.set(i, last + 1);
        return last + 1;
      }
    }
    if (!t.has(kHasHyphen)) return i;
    // "INC-5", "COP-29": an initialism with a number after its hyphen names a numbered
    // session (the fifth of a negotiating committee), no mention of a body the initials
    // may stand for elsewhere (INC, the Indian National Congress).
    if (const size_t dash = w.rfind('-');
        dash != std::string_view::npos && dash + 1 < w.size() &&
        w.find_first_not_of("0123456789", dash + 1) == std::string_view::npos) {
      return i;
    }
    // "US-led", "U.S-Belarus": each capitalised part on its own; none after a prefix
    // ("Trans-Pacific", "Euro-Atlantic").
    bool any = false;
    size_t pos = 0;
    while (pos < w.size()) {
      size_t dash = w.find('-', pos);
      if (dash == std::string_view::npos) dash = w.size();
      std::string_view part = w.substr(pos, dash - pos);
      const Lexeme* pl = kb_.lexemes.find(part);
      if (pl != nullptr && pl->stop == StopKind::kPrefix) break;
      // "Sub-DRC" after "Dependency Ratio Ceilings (DRCs)".
      if (!part.empty() && ref_may_hold(ref_bit(part))) {
        if (const Ref* r = refs_.find(part); r != nullptr && r->defined_term) pl = nullptr;
      }
      if (!part.empty() && part[0] >= 'A' && part[0] <= 'Z') {
        uint32_t k = pl == nullptr ? kNone : kb_.names.single(pl->names);
        if (k != kNone && kb_.known[k].type != ActorType::kPerson) {
          auto start = static_cast<uint32_t>(t.start + pos);
          // "the Congress-led government" after "the Indian National Congress": as the
          // word alone, the body of that head named in full before.
          uint32_t a = kb_.known[k].type == ActorType::kOrganization && pl->head
                           ? known_body_of_head(part)
                           : kNone;
          if (a == kNone) a = actor_for_known(k);
          mention_span(a, {start, static_cast<uint32_t>(start + part.size())}, s);
          any = true;
        }
      }
      pos = dash + 1;
    }
    if (any) {
      covered_.set(i, i + 1);
      return i + 1;
    }
    return i;
  }

  // Whether token i, between brackets, is an acronym this document defines for the
  // capitalised words right before the bracket ("Dependency Ratio Ceilings (DRCs)",
  // "Goods and Services Tax (GST)": their initials, function words aside, and a plural's
  // "s") while the lexicon gives its letters to another name ("DRC", the Democratic
  // Republic of the Congo) that shares none of these words (not "Democratic Republic of
  // Congo (DRC)"). Then the acronym, and its singular, is that document's term
  // (Ref::defined_term). REQUIRES: word(i - 1) is "(" and word(i + 1) is ")".
  bool defines_term(uint32_t i, uint32_t first) {
    constexpr size_t kMaxLetters = 6;
    WordKey w = word(i);
    std::string_view letters = w;
    if (letters.size() > 2 && letters.back() == 's') letters.remove_suffix(1);
    if (letters.size() < 2 || letters.size() > kMaxLetters ||
        !std::all_of(letters.begin(), letters.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
      return false;
    // The lexicon's name of these letters, if any.
    const Lexeme* l = kb_.lexemes.find(letters);
    const uint32_t known = l == nullptr ? kNone : kb_.names.single(l->names);
    if (known == kNone || kb_.known[known].type == ActorType::kPerson) return false;
    // The words before the bracket whose initials spell the letters, read backwards.
    std::array<std::string_view, kMaxLetters> words;
    size_t n = letters.size();
    uint32_t k = i - 1;
    while (n > 0 && k > first) {
      --k;
      if (!is_word(tok_[k])) return false;
      const WordKey x = word(k);
      if (!is_cap(tok_[k])) {
        if (is_function_word(x) || x == "&") continue;
        return false;
      }
      if (x[0] != letters[n - 1]) return false;
      words[--n] = x;
    }
    if (n > 0) return false;
    // The lexicon's own name spelt out, or another of its forms: "Democratic Republic of
    // Congo (DRC)", "Islamic State of Iraq and the Levant (ISIL)" share a word with it.
    const std::string_view name = kb_.known[known].name;
    for (size_t pos = 0; pos < name.size();) {
      size_t sp = name.find(' ', pos);
      if (sp == std::string_view::npos) sp = name.size();
      const std::string_view part = name.substr(pos, sp - pos);
      pos = sp + 1;
      if (part.empty() || part[0] < 'A' || part[0] > 'Z') continue;
      for (size_t m = 0; m < letters.size(); ++m) {
        if (part == words[m]) return false;
      }
    }
    ref_entry(letters).defined_term = true;
    if (letters.size() != w.size()) ref_entry(w).defined_term = true;
    return true;
  }

  // A title and the person it introduces: "Prime Minister Keir Starmer",
  // "President: Barack Obama" (header only). Returns the token after the name, or i.
  uint32_t titled_person(uint32_t i, uint32_t end, uint32_t s) {
    auto m = titles_match(i, end);
    if (m.length == 0) return i;
    const TitleInfo& ti = kb_.title_info[m.value];
    uint32_t j = i + m.length;
    if (ti.peerage) {
      if (uint32_t e = peerage_end(j, end); e != 0) {
        // One dignity after "the", with no personal name, is the person who holds it: "the
        // Prince of Wales", "the Duke of Edinburgh". Not "the Prince and Princess of Wales"
        // (two), nor "the Prince of Wales Hospital" (a capitalised word goes on).
        if (i > 0 && (word(i - 1) == "the" || word(i - 1) == "The") && word(j) == "of" &&
            (e >= end || !is_cap(tok_[e]))) {
          mention(dignity(i, e), i, e, s);
        }
        covered_.set(i, e);
        return e;
      }
    }
    if (j < end && word(j) == ":" && in_header(i)) ++j;
    // A salutation that sets the name off with commas: "Your Excellency, Philemon Yang,
    // President of the General Assembly" (two or three capitalised words, then a comma or
    // the line's end).
    if (ti.honorific && j + 2 < end && word(j) == "," && word(i).starts_with("Your") &&
        is_word(tok_[j + 1]) && is_cap(tok_[j + 1]) && !tok_[j + 1].has(kAllUpper)) {
      uint32_t k = j + 1;
      while (k < end && k - j <= 3 && is_word(tok_[k]) && is_cap(tok_[k]) && !tok_[k].has(kLineEnd))
        ++k;
      if (k < end && k - j <= 3 && is_word(tok_[k]) && is_cap(tok_[k]) && tok_[k].has(kLineEnd))
        ++k;
      if (k - j >= 3 && (k >= end || word(k) == "," || tok_[k - 1].has(kLineEnd))) ++j;
    }
    // In the header, a title after the name it belongs to: "Speech of Nirmala Sitharaman,
    // Minister of Finance" (the person just named, with no role yet; in the body the
    // second pass reads "Darren Chester, the Minister for Infrastructure"), or in brackets
    // after it: "Hon. Allan Rock (Minister of Health, Lib.)".
    const bool the_before = i > 0 && (word(i - 1) == "the" || word(i - 1) == "The");
    if (in_header(i) && !ti.honorific && (j >= end || !is_cap(tok_[j]))) {
      uint32_t c = i;
      if (the_before) --c;
      if (c > 1 && (word(c - 1) == "," || word(c - 1) == "(") && !mentions_.empty() &&
          mentions_.back().span.end == tok_[c - 2].end()) {
        DocActor& d = actors_[mentions_.back().actor];
        // The office replaces a courtesy title's role: "Dr. Mokgweetsi Masisi, President of
        // the Republic of Botswana".
        if (d.type == ActorType::kPerson && !d.role.empty() && courtesy_role(d.role))
          d.role.clear();
        if (d.type == ActorType::kPerson && d.role.empty()) {
          with_role(mentions_.back().actor, ti.text, true);
          covered_.set(i, j);
          return j;
        }
      }
    }
    // On a line of its own right under the speaker's name line: "Nirmala Sitharaman" /
    // "Minister of Finance", "His Majesty King Charles III" / "King of Canada". The whole
    // line is the role; a country in its remit is still mentioned.
    // A comma may end the name's line: "HIS EXCELLENCY DR. JULIUS MAADA BIO," /
    // "PRESIDENT OF THE REPUBLIC OF SIERRA LEONE" (a line in capitals is reported in title
    // case: "President of the Republic of Sierra Leone").
    const uint32_t name_end = i > 1 && word(i - 1) == "," ? i - 2 : i - 1;
    if (!ti.honorific && speaker_ != kNone && i > 0 && tok_[i].has(kLineStart) &&
        !mentions_.empty() && mentions_.back().actor == speaker_ &&
        mentions_.back().span.end == tok_[name_end].end() &&
        (j >= end || !is_cap(tok_[j]) || tok_[j].has(kLineStart))) {
      const uint32_t e = title_line_end(j);
      DocActor& d = actors_[speaker_];
      // The lexicon's role ("King") gives way to the line's ("King of Canada"), and so does
      // a courtesy title ("Dr").
      if (e != 0 && (d.role.empty() || d.role == ti.text || courtesy_role(d.role))) {
        d.role = tok_[i].has(kAllUpper) ? caps_role(i, e) : joined(i, e);
        d.titled = true;
        // The country the title is of is the one the speaker speaks for here: the King
        // of Canada speaks for Canada, not for the United Kingdom.
        for (uint32_t c = j; c < e; ++c) {
          if (auto cm = names_match(c, e);
              cm.length > 0 && kb_.known[cm.value].type == ActorType::kCountry) {
            d.side = kb_.known[cm.value].id;
            break;
          }
        }
        covered_.set(i, j);
        return j;
      }
    }
    // A title before the name it belongs to, after a comma, in the header or after "the":
    // "delivered by the Minister for Finance, Heng Swee Keat", "the Minister for Urban
    // Infrastructure, Paul Fletcher;" (a name of two words or more).
    bool comma_name = false;
    std::string portfolio;  // "Minister for Urban Infrastructure": the title and its remit
    uint32_t remit_end = j;  // one past the remit's last word
    // A salutation on a line of its own: "Secretary General, Mr. Antonio Guterres".
    const bool salutation = tok_[i].has(kLineStart) && j + 2 < end && word(j) == "," && [&] {
      auto hm = titles_match(j + 1, end);
      return hm.length > 0 && kb_.title_info[hm.value].honorific;
    }();
    if (!ti.honorific && (in_header(i) || the_before || salutation)) {
      uint32_t pe = j;
      // Its remit: "for Urban Infrastructure", "for Health and Aged Care" (after a title
      // that is itself "Minister for Health").
      if (pe + 1 < end &&
          (word(pe) == "for" || word(pe) == "of" || word(pe) == "and" || word(pe) == "&") &&
          is_cap(tok_[pe + 1])) {
        ++pe;
        // A second title's remit goes on after "for"/"of": "Deputy Prime Minister and
        // Minister for Finance".
        auto joins = [&](uint32_t k) {
          const WordKey c = word(k);
          return c == "and" || ((c == "for" || c == "of") && k + 1 < end && is_cap(tok_[k + 1]) &&
                                title_word(k - 1));
        };
        // Not a known name nor an acronym: "the President of France, Emmanuel Macron"
        // mentions France, "the Director-General of ASIO, Duncan Lewis" ASIO.
        while (pe < end && pe - j < 8 &&
               ((is_word(tok_[pe]) && is_cap(tok_[pe]) && !tok_[pe].has(kAllUpper) &&
                 names_match(pe, end).length == 0) ||
                joins(pe)))
          ++pe;
        while (pe > j && word(pe - 1) != "and" && !is_cap(tok_[pe - 1])) --pe;  // "for"
        if (word(pe - 1) == "and") --pe;
        if (pe == j + 1) pe = j;  // nothing but the connector
        remit_end = pe;
      }
      if (pe + 1 < end && word(pe) == ",") {
        // "Speech by the Financial Secretary, the Honourable Paul Chan Mo-po".
        uint32_t h = honourable_after(pe + 1, end);
        // "Secretary General, Mr. Antonio Guterres": an honorific before the name.
        if (auto hm = h < end ? titles_match(h, end) : PhraseTable::Match{};
            hm.length > 0 && kb_.title_info[hm.value].honorific)
          h += hm.length;
        if (h < end && is_cap(tok_[h])) {
          comma_name = true;
          if (pe > j) portfolio = joined(i, pe);
          j = h;
        }
      }
      // A Hansard speaker label: "The Deputy Prime Minister and Minister for Finance (Mr
      // Lawrence Wong)": the whole title is the role of the person in brackets.
      const bool line_start =
          tok_[i].has(kLineStart) || (the_before && tok_[i - 1].has(kLineStart));
      if (!comma_name && line_start && pe + 2 < end && word(pe) == "(") {
        if (auto hm = titles_match(pe + 1, end);
            hm.length > 0 && kb_.title_info[hm.value].honorific && pe + 1 + hm.length < end &&
            is_cap(tok_[pe + 1 + hm.length])) {
          const uint32_t n = take_name(pe + 1 + hm.length, end);
          const uint32_t close = pe + 1 + hm.length + n;
          if (n >= 2 && close < end && word(close) == ")") {
            comma_name = true;
            portfolio = joined(i, pe);
            j = pe + 1 + hm.length;
          }
        }
      }
    }
    // "Mr von Wogau", "Mrs de Palacio": a surname's particle may follow the title.
    const uint32_t particles = j < end ? particles_at(j, end) : 0;
    const bool particle = particles > 0;
    // A known name may start in lower case: "President von der Leyen".
    const bool known_lower = j < end && !is_cap(tok_[j]) && !particle && is_word(tok_[j]) &&
                             [&] {
                               auto km = names_match(j, end);
                               return km.length > 0 && kb_.known[km.value].type == ActorType::kPerson;
                             }();
    if (j >= end || (!is_cap(tok_[j]) && !particle && !known_lower)) {
      // "the Minister for Provincial and Local Government is not applauding": with no name
      // after it, a remit that ends in a body's head word or "Government" is the title's, no
      // body's name ("Local Government"). Not one that holds a given name: "Minister of State Sean
      // Fleming delivers ...".
      if (remit_end > j &&
          (head_word(remit_end - 1) != nullptr || is_regime_word(word(remit_end - 1)))) {
        bool given = false;
        for (uint32_t k = j + 1; k < remit_end && !given; ++k) given = given_at(k);
        if (!given) {
          covered_.set(i, remit_end);
          return remit_end;
        }
      }
      return i;
    }
    std::string_view role = ti.honorific ? std::string_view() : std::string_view(ti.text);
    if (!portfolio.empty()) role = portfolio;
    auto km = names_match(j, end);
    // "Lieutenant Governor Mandela Barnes": a known person's one word starts another name.
    if (km.length == 1 && kb_.known[km.value].type == ActorType::kPerson &&
        other_person_from(j, end) != 0)
      km = {};
    if (km.length > 0 && kb_.known[km.value].type == ActorType::kPerson) {
      uint32_t a = with_role(actor_for_known(km.value), role, true);
      byline(a, i, names_for_text(j + km.length));
      mention(a, j, j + km.length, s);
      covered_.set(i, j);
      return regime_after(j, j + km.length, end, s);
    }
    // "President of ...", "General Assembly"; but "Ms Virginia Bell", "Mr Jordan Hale":
    // after an honorific, a place's name and a capitalised word are a first name and a
    // surname.
    if (km.length > 0 &&
        !(ti.honorific && km.length == 1 && kb_.known[km.value].type != ActorType::kPerson &&
          kb_.known[km.value].type != ActorType::kOrganization && j + 1 < end &&
          is_word(tok_[j + 1]) && is_cap(tok_[j + 1]) && !tok_[j + 1].has(kAllUpper) &&
          names_match(j + 1, end).length == 0 && stop_at(j + 1) == StopKind::kNotStop))
      return i;
    const bool strong_role = !ti.weak && !ti.honorific;
    uint32_t n = particle ? take_name(j + particles, end) : take_name(j, end, strong_role);
    if (n == 0 || (comma_name && n < 2)) return i;
    // "Prime Minister Krishi Sampada Yojana", "Prime Minister Gram Sadak Yojana Phase III":
    // a scheme's or a law's name after a title (a `document` word of actors_stop.tsv after
    // the name's first word) names no person, and no word of it is a name.
    if (!particle) {
      for (uint32_t k = j + 1; k < j + n; ++k) {
        if (lex(k).document) {
          covered_.set(i, j + n);
          return j + n;
        }
      }
    }
    // Nor one that ends in a body's head word ("Prime Minister Kisan Sampada Fund", "for
    // President, Republican Study Group members"): the body's name is read on its own;
    // after a given name and a surname it starts a body's name of its own ("Dr Wayne Mapp
    // National Party Conference").
    if (!particle && n >= 2 && head_word(j + n - 1) != nullptr) {
      if (n < 3 || !given_at(j) || comma_name) return i;
      n = 2;
    }
    // After a comma only a name that ends where the capitals do: "for President, Democratic
    // National Convention delegates" names no person (the name stops at a stop word there).
    // Nor one that ends in a body's head word: "Republican Study Group".
    if (comma_name && ((j + n < end && is_word(tok_[j + n]) && is_cap(tok_[j + n]) &&
                        !tok_[j + n].has(kLineStart)) ||
                       head_word(j + n - 1) != nullptr))
      return i;
    if (particle) n += particles;
    // "Vice President Harris": a surname left out of the gazetteer as too common alone is
    // the known person whose surname and role these are.
    if (n == 1 && !ti.honorific) {
      if (uint32_t k = known_by_surname_and_role(word(j), ti.text); k != kNone) {
        uint32_t a = with_role(actor_for_known(k), role, true);
        byline(a, i, names_for_text(j + 1));
        mention(a, j, j + 1, s);
        covered_.set(i, j);
        return regime_after(j, j + 1, end, s);
      }
    }
    if (ti.weak && n < 2 && !given_at(j) && !known_surname(word(j)) &&
        !surname_after_weak_title(i, j, end))
      return i;
    // "President Clutin [sic]": a transcript's mark of a slip of the tongue, no one's name
    // (the speaker corrects it: "— Putin —").
    if (j + n + 2 < end && word(j + n) == "[" && word(j + n + 1) == "sic" &&
        word(j + n + 2) == "]") {
      covered_.set(i, j + n + 3);
      return j + n + 3;
    }
    uint32_t a = in_header(i) && n >= 2 ? caps_person(j, j + n, role) : kNone;
    if (a == kNone) a = person(j, j + n, role, true);
    byline(a, i, names_for_text(j + n));
    mention(a, j, j + n, s);
    covered_.set(i, j);
    if (n == 1 && strong_role && !comma_name) {
      if (uint32_t e = coordinated_surname(j + 1, end, role, s); e != 0) return e;
    }
    return regime_after(j, j + n, end, s);
  }

  // A header's name in capitals after a title ("H.E. ENRIQUE A. MANALO", "BY H.E Amb.
  // RWAMUCYO ERNEST"): the person read in title case ("Enrique A. Manalo"), else kNone.
  uint32_t caps_person(uint32_t from, uint32_t to, std::string_view role) {
    for (uint32_t k = from; k < to; ++k) {
      if (is_word(tok_[k]) ? !tok_[k].has(kAllUpper) : word(k) != ".") return kNone;
    }
    std::string name;
    for (uint32_t k = from; k < to; ++k) {
      if (word(k) == ".") {
        name += '.';
        continue;
      }
      if (k > from) name += ' ';
      name += title_cased(k);
    }
    if (const uint32_t* known = kb_.known_person_by_name.find(name); known != nullptr)
      return with_role(actor_for_known(*known), role, true);
    const std::string& kept = label_names_.emplace_back(std::move(name));
    const std::string_view full = kept;
    return with_role(
        person_named(full, full.substr(0, full.find(' ')), full.substr(full.rfind(' ') + 1)), role,
        true);
  }

  // "Senator Sears and Ayer": after a strong title and a surname alone, "and" and one more
  // capitalised word that ends the phrase (punctuation or a lower-case word follows) is a
  // second person with the same role. Not a known name ("President Obama and Congress"),
  // a stop word, a title, a head word ("and Council") nor a given name, which would start
  // a full name of its own. Returns one past the second surname, or 0.
  uint32_t coordinated_surname(uint32_t k, uint32_t end, std::string_view role, uint32_t s) {
    if (k + 1 >= end || word(k) != "and" || !is_word(tok_[k + 1]) || !is_cap(tok_[k + 1]) ||
        tok_[k + 1].has(kAllUpper) || tok_[k + 1].has(kLineStart))
      return 0;
    const uint32_t m = k + 1;
    if (m + 1 < end && is_word(tok_[m + 1]) && is_cap(tok_[m + 1])) return 0;
    if (word(m) == "I" || stop_at(m) != StopKind::kNotStop || title_at(m) || given_at(m) ||
        head_word(m) != nullptr || names_match(m, end).length > 0 || is_regime_word(word(m)))
      return 0;
    const uint32_t a = person(m, m + 1, role, true);
    mention(a, m, m + 1, s);
    return m + 1;
  }

  // After a peerage's title ending at token j, one past its territory: "Duke of York",
  // "the Prince and Princess of Wales" (the place names the dignity, and mentions
  // nothing); else 0. The person is named by the title alone, and is no actor here.
  uint32_t peerage_end(uint32_t j, uint32_t end) {
    if (j + 2 < end && word(j) == "and") {
      if (auto m = titles_match(j + 1, end); m.length > 0 && kb_.title_info[m.value].peerage)
        j += 1 + m.length;
    }
    if (j + 1 >= end || word(j) != "of" || !is_word(tok_[j + 1]) || !is_cap(tok_[j + 1])) return 0;
    if (auto m = names_match(j + 1, end); m.length > 0) return j + 1 + m.length;
    return j + 2;
  }

  // Whether `role` is a courtesy title's ("Dr."), which an office replaces.
  bool courtesy_role(std::string_view role) const {
    if (role.size() > 1 && role.back() == '.') role.remove_suffix(1);  // "Dr." is "Dr" "."
    const Lexeme* l = kb_.lexemes.find(role);
    if (l == nullptr || l->titles == kNone) return false;
    const uint32_t t = kb_.titles.single(l->titles);
    return t != kNone && kb_.title_info[t].courtesy;
  }

  // After a comma at token k-1: the first token after "the Honourable", "the Hon.",
  // "Hon" and the like (a courtesy before a name, no role), else k.
  uint32_t honourable_after(uint32_t k, uint32_t end) const {
    uint32_t h = k;
    if (h < end && (word(h) == "the" || word(h) == "The")) ++h;
    if (h >= end) return k;
    const WordKey w = word(h);
    if (w != "Honourable" && w != "Honorable" && w != "Hon" && w != "Hon.") return k;
    ++h;
    if (h < end && word(h) == "." && tok_[h].start == tok_[h - 1].end()) ++h;
    return h;
  }

  // When a title's remit runs from token j to its line's end ("of Finance", "of Canada",
  // "for Health and Aged Care", or nothing), one past the line's last token; else 0.
  uint32_t title_line_end(uint32_t j) {
    constexpr uint32_t kMaxWords = 8;
    const auto n = static_cast<uint32_t>(tok_.size());
    uint32_t k = j;
    for (; k < n && !tok_[k].has(kLineStart) && k < j + kMaxWords; ++k) {
      const WordKey w = word(k);
      if (!(is_word(tok_[k]) && is_cap(tok_[k])) && w != "of" && w != "for" && w != "and" &&
          w != "the" && w != "&")
        return 0;
    }
    if (k < n && !tok_[k].has(kLineStart)) return 0;
    return k == j || is_cap(tok_[k - 1]) ? k : 0;
  }

  // "Senators Brandt, Murman, and Dorn", "Senators Cavanaugh and DeBoer": the plural of a
  // one-word title (a role, not an honorific nor a weak title) before a list of names,
  // each a person with the title as role.
  uint32_t plural_titled(uint32_t i, uint32_t end, uint32_t s) {
    const WordKey w = word(i);
    if (w.size() < 4 || w.back() != 's' || i + 1 >= end || !is_word(tok_[i + 1]) ||
        !is_cap(tok_[i + 1]))
      return i;
    std::string_view role;
    if (w == "Messrs") {
      // "Messrs Rack and Swoboda": the plural of "Mr", an honorific (no role), before a
      // list of names only.
      if (!plural_list_follows(i + 1, end)) return i;
    } else {
      const Lexeme* singular = kb_.lexemes.find(w.substr(0, w.size() - 1));
      if (singular == nullptr || singular->titles == kNone) return i;
      const uint32_t t = kb_.titles.single(singular->titles);
      if (t == kNone) return i;
      const TitleInfo& ti = kb_.title_info[t];
      if (ti.honorific) return i;
      // A weak title's plural is a title only before a list: "Representatives Lippert and
      // Pugh", not "Representatives Office".
      if (ti.weak && !plural_list_follows(i + 1, end)) return i;
      role = ti.text;
    }
    uint32_t j = i + 1, last = i;
    while (j < end) {
      uint32_t n = 0, a = kNone;
      if (auto km = names_match(j, end); km.length > 0) {  // "Presidents Obama and Bush"
        if (kb_.known[km.value].type != ActorType::kPerson) break;
        n = km.length;
        a = with_role(actor_for_known(km.value), role, true);
      } else {
        n = take_name(j, end, true);
        // "a First Ministers Conference": a body's head word after the plural makes a
        // meeting's or a body's name, no person.
        if (n == 0 || head_word(j + n - 1) != nullptr) break;
        a = person(j, j + n, role, true);
      }
      mention(a, j, j + n, s);
      j += n;
      last = j;
      uint32_t k = j;  // ", ", " and ", ", and "
      if (k < end && word(k) == ",") ++k;
      if (k < end && word(k) == "and") ++k;
      if (k == j || k >= end || !is_word(tok_[k]) || !is_cap(tok_[k])) break;
      // "Senators Brandt and Dorn, and Representatives Lippert": another title's list.
      if (plural_title_at(k)) break;
      j = k;
    }
    if (last == i) return i;
    covered_.set(i, i + 1);
    return last;
  }

  // Whether token k is the plural of a one-word title: "Representatives".
  bool plural_title_at(uint32_t k) const {
    const WordKey w = word(k);
    if (w.size() < 4 || w.back() != 's') return false;
    const Lexeme* singular = kb_.lexemes.find(w.substr(0, w.size() - 1));
    return singular != nullptr && singular->titles != kNone;
  }

  // Whether token j starts "Name and Name" or "Name, Name": one capitalised word, then
  // a comma or "and", then another.
  bool plural_list_follows(uint32_t j, uint32_t end) const {
    if (j + 2 >= end || !is_cap(tok_[j]) || is_cap(tok_[j + 1])) return false;
    const WordKey c = word(j + 1);
    return (c == "and" || c == ",") && is_word(tok_[j + 2]) && is_cap(tok_[j + 2]);
  }

  bool known_surname(std::string_view w) const { return persons_named(w) != kNone; }

  // The one known person with surname `last` and role `role`, or kNone.
  // The scan of the gazetteer runs once per surname and role in a document: "President
  // Macron" said a hundred times asks a hundred times.
  uint32_t known_by_surname_and_role(std::string_view last, std::string_view role) {
    for (const SurnameRole& c : surname_role_memo_)
      if (c.last == last && c.role == role) return c.known;
    uint32_t found = kNone;
    for (uint32_t k = 0; k < kb_.known.size(); ++k) {
      const Known& kn = kb_.known[k];
      if (kn.type != ActorType::kPerson || kn.last != last || kn.role != role) continue;
      if (found != kNone) {  // two: the title does not tell them apart
        found = kNone;
        break;
      }
      found = k;
    }
    // A few entries: a document names a few titled persons by surname alone. Beyond
    // that (a hostile run of titles) the scan is not remembered, and stays bounded per
    // call.
    if (surname_role_memo_.size() < 64) surname_role_memo_.push_back({last, role, found});
    return found;
  }
  struct SurnameRole {
    std::string_view last, role;  // views into the text and the gazetteer
    uint32_t known;
  };
  std::vector<SurnameRole> surname_role_memo_;

  // Whether token i follows "the", "this" or "that" in its sentence: "the Commission".
  bool after_determiner(uint32_t i, uint32_t first) const {
    if (i == first) return false;
    WordKey d = word(i - 1);
    auto is = [&](std::string_view lower) {
      if (d.size() != lower.size()) return false;
      for (size_t k = 0; k < d.size(); ++k) {
        if ((d[k] | 0x20) != lower[k]) return false;
      }
      return true;
    };
    return is("the") || is("this") || is("that");
  }

  // Whether token i follows a possessive determiner in its sentence: "my Group".
  bool after_possessive(uint32_t i, uint32_t first) const {
    if (i == first) return false;
    const WordKey d = word(i - 1);
    return d == "my" || d == "My" || d == "our" || d == "Our" || d == "your" || d == "Your" ||
           d == "his" || d == "His" || d == "her" || d == "Her" || d == "their" || d == "Their" ||
           d == "its" || d == "Its";
  }

  // A surname alone mentions person a; "von Wogau" keeps its particle when the person's
  // name has it.
  void mention_with_particle(uint32_t a, uint32_t i, uint32_t s) {
    uint32_t from = i;
    // Two particles: "de la Cruz".
    for (uint32_t p = 2; p >= 1 && from == i; --p) {
      if (i < sent_[s].first_token + p) continue;
      bool all = true;
      for (uint32_t k = i - p; k < i && all; ++k) {
        // The first may be capitalised at a sentence's start: "De la Cruz thanked".
        const WordKey w = word(k);
        std::array<char, 5> low{};
        bool ok = tok_[k].has(kLowerInitial) && is_name_particle(w);
        if (!ok && k == i - p && k == sent_[s].first_token && w.size() <= low.size() &&
            w[0] >= 'A' && w[0] <= 'Z') {
          std::memcpy(low.data(), w.data(), w.size());
          low[0] = static_cast<char>(w[0] + ('a' - 'A'));
          ok = is_name_particle(std::string_view(low.data(), w.size()));
        }
        all = ok && tok_[k + 1].start - tok_[k].end() == 1;
      }
      if (!all) continue;
      std::string_view name = actors_[a].name;
      std::string_view with = text_.substr(tok_[i - p].start, tok_[i].end() - tok_[i - p].start);
      // The name ends with these words, the first letter in either case.
      if (name.size() >= with.size() &&
          name.substr(name.size() - with.size() + 1) == with.substr(1) &&
          (name[name.size() - with.size()] | 0x20) == (with[0] | 0x20) &&
          (name.size() == with.size() || name[name.size() - with.size() - 1] == ' ')) {
        from = i - p;
      }
    }
    mention(a, from, i + 1, s);
  }

  // "the Netanyahu Government": a person's name before "regime"/"government" is an
  // organisation; the person mention stays.
  uint32_t regime_after(uint32_t from, uint32_t after, uint32_t end, uint32_t s) {
    if (after < end && is_regime_word(word(after))) {
      uint32_t org = organization(joined(from, after + 1), ActorType::kOrganization);
      // The name belongs to the longer name: replace the person mention.
      mentions_.pop_back();
      mention(org, from, after + 1, s);
      return after + 1;
    }
    return after;
  }

  uint32_t inverted_person(uint32_t i, uint32_t s) {
    (void)s;
    std::string full = std::string(word(i + 2)) + " " + std::string(word(i));
    if (const uint32_t* k = kb_.known_person_by_name.find(full)) return actor_for_known(*k);
    if (uint32_t a = persons_named(word(i)); a != kNone) {
      if (actors_[a].first.empty()) actors_[a].first = word(i + 2);
      return a;
    }
    DocActor d;
    d.type = ActorType::kPerson;
    d.name = std::move(full);
    d.first = word(i + 2);
    d.last = word(i);
    return add_actor(std::move(d));
  }

  // An unknown name after "the city of", "the province of" and the like is a place:
  // "retake the city of Ramadi". Returns the token after it, or i.
  uint32_t place_after_cue(uint32_t i, uint32_t first, uint32_t end, uint32_t s) {
    if (i < first + 2 || word(i - 1) != "of") return i;
    static constexpr std::array<std::string_view, 13> kCues = {
        "city",     "town",   "province", "region", "port",  "village", "county",
        "district", "island", "oblast",   "cities", "ports", "towns"};
    if (std::find(kCues.begin(), kCues.end(), word(i - 2)) == kCues.end()) return i;
    constexpr uint32_t kMaxWords = 3;
    uint32_t e = i;
    while (e < end && e < i + kMaxWords && is_word(tok_[e]) && is_cap(tok_[e]) && !covered_[e] &&
           (e == i || !is_stop(e)))
      ++e;
    if (on_heading(i)) return i;
    uint32_t a = organization(joined(i, e), ActorType::kPlace);
    mention(a, i, e, s);
    return e;
  }

  // An unknown capitalised name from token i: an organisation or group when its head
  // word says so ("Federal Aviation Administration", "Department of Justice",
  // "Shadow Fleet"), an organisation before "regime" ("the Qaddafi regime"); otherwise
  // nothing. Returns the token after the name, or i.
  uint32_t unknown_name(uint32_t i, uint32_t first, uint32_t end, uint32_t s) {
    // Every rule below needs a second word: a capitalised one, "of"/"for", or a regime
    // word. Most capitalised words stand alone and are turned away here, before the
    // costlier checks (which would all return i too).
    if (i + 1 >= end) return i;
    if (!is_cap(tok_[i + 1])) {
      WordKey next = word(i + 1);
      if (!is_of_word(next) && !is_regime_word(next) && !head_on(i + 1, end) &&
          !and_to_head(i + 1, end) && !possessive_at(i + 1))
        return i;
    }
    // No unknown name is read on a heading line (on_heading()); that is asked last, just
    // before a name would be taken, because it reads the whole line.
    // "Her Majesty’s Revenue and Customs": the crown's prefix starts a body's name.
    if (uint32_t body = i + 3; body < end && (word(i) == "Her" || word(i) == "His") &&
                               word(i + 1) == "Majesty" &&
                               (word(i + 2) == "\xE2\x80\x99s" || word(i + 2) == "'s") &&
                               is_cap(tok_[body]) && !is_stop(body)) {
      uint32_t head_end = kNone;
      uint32_t stop_at = run_end(body, end, &head_end);
      const Lexeme* h = head_word(head_end - 1);
      if (h == nullptr || on_heading(i)) return i;
      uint32_t a = organization(joined(i, stop_at), h->head_type);
      mention(a, i, stop_at, s);
      return acronym_after(a, stop_at, end, s);
    }
    // A title here would have been read as one; "Home" of "Home Secretary" may still
    // start "Home Office".
    if (is_stop(i) || tok_[i].has(kHasApostrophe)) return i;
    // A weak peerage's word may start a body's name too: "Duke University".
    if (auto tm = titles_match(i, end);
        tm.length > 0 && !(kb_.title_info[tm.value].peerage && kb_.title_info[tm.value].weak))
      return i;
    bool initial = sentence_initial(i, first);
    uint32_t head_end = kNone;
    uint32_t stop_at = run_end(i, end, &head_end);
    if (stop_at - i >= 2) {
      const Lexeme* h = head_word(head_end - 1);
      if (h != nullptr && !(initial && stop_at - i < 2)) {
        if (on_heading(i)) return i;
        // "the Conventional Forces in Europe Treaty": a body's name that runs on to an
        // instrument's word names the instrument, no actor (the guide: a name inside a
        // longer name belongs to the longer one).
        // Not after "of"/"for": "the Higher Coordinating Committee of the Strategic
        // Framework Agreement" is a body.
        if (uint32_t e = head_end == stop_at ? instrument_end(stop_at, end) : 0; e != 0) {
          covered_.set(i, e);
          return e;
        }
        // "the First Movers Coalition": an ordinary word that pass one set aside as a
        // possible sentence opener starts the name after "the" or "a" ("a First Ministers
        // Conference"); so does a prefix ("the Trans Pacific Partnership").
        uint32_t from = i;
        if (i > first && tok_[i - 1].has(kUpperInitial) && is_word(tok_[i - 1]) &&
            !tok_[i].has(kLineStart) && titles_match(i - 1, end).length == 0 &&
            ((lex(i - 1).stop == StopKind::kOrdinary &&
              (after_determiner(i - 1, first) ||
               (i - 1 > first && (word(i - 2) == "a" || word(i - 2) == "an")))) ||
             lex(i - 1).stop == StopKind::kPrefix))
          from = i - 1;
        uint32_t a = organization(joined(from, stop_at), h->head_type);
        mention(a, from, stop_at, s);
        return acronym_after(a, stop_at, end, s);
      }
    }
    // "the Qaddafi regime": one or two capitalised words before a regime word.
    if (!initial && stop_at - i <= 2 && stop_at < end && is_regime_word(word(stop_at))) {
      if (on_heading(i)) return i;
      uint32_t a = organization(joined(i, stop_at + 1), ActorType::kOrganization);
      mention(a, i, stop_at + 1, s);
      return stop_at + 1;
    }
    // "Remarks by Atal Bihari Vajpayee, 15 August 2002", "Corazon C. Aquino, Fifth State
    // of the Nation Address": a name the header gives as the speaker's is a person's,
    // though no list knows its first name. Not a place's or a body's name.
    if (speaker_ == kNone && in_header(i)) {
      const uint32_t n = take_name(i, end);
      // Nor a name after an article: a person's name takes none ("THE UNITED NATIONS" on
      // a mission's letterhead, which no list matches in capitals).
      auto after_article = [&] {
        if (i == 0 || !is_word(tok_[i - 1])) return false;
        const WordKey w = word(i - 1);
        return w == "THE" || w == "The" || w == "the";
      };
      if (n >= 2 && n <= 4 && i + n <= end && head_word(i + n - 1) == nullptr &&
          names_match(i, end).length == 0 && !after_article() && names_the_speaker(i, i + n)) {
        // A known first name inside the run starts the name; the words before it are the
        // office: "by NSC Coordinator for Strategic Communications John Kirby", "by APNSA
        // Jake Sullivan" (not where the run opens with a first name: "Mary Ann Reyes").
        uint32_t from = i;
        // A title or a stop word in capitals before a name of two words or more is none of
        // it: "SENATOR KASHIM SHETTIMA", "EXCELLENCY JOSEPH NYUMA BOAKAT".
        while (from + 2 < i + n && tok_[from].has(kAllUpper)) {
          const Lexeme* l = kb_.lexemes.find(title_cased(from));
          if (l == nullptr || (l->titles == kNone && l->stop == StopKind::kNotStop)) break;
          ++from;
        }
        if (from == i && !given_at(i)) {
          for (uint32_t k = i + 1; k + 1 < i + n; ++k) {
            if (given_at(k)) {
              from = k;
              break;
            }
          }
        }
        uint32_t a = person(from, i + n, {}, false);
        byline(a, i, names_for_text(i + n));
        mention(a, from, i + n, s);
        return i + n;
      }
    }
    return i;
  }

  // When an instrument's or a law's word ends the capitalised name that goes on from
  // token k ("Treaty" of "... in Europe Treaty", "Agreement"), one past it; else 0. Known
  // names and "in"/"on"/"of"/"for"/"and"/"the" may stand between.
  uint32_t instrument_end(uint32_t k, uint32_t end) {
    constexpr uint32_t kMaxWords = 6;
    for (uint32_t d = k; d < end && d < k + kMaxWords; ++d) {
      if (!is_word(tok_[d])) return 0;
      if (!is_cap(tok_[d])) {
        const WordKey c = word(d);
        if (c != "in" && c != "on" && c != "of" && c != "for" && c != "and" && c != "the") return 0;
        continue;
      }
      if ((stop_at(d) == StopKind::kInstrument || lex(d).document) &&
          (d + 1 >= end || !is_cap(tok_[d + 1])))
        return d + 1;
    }
    return 0;
  }

  // The end of a capitalised name starting at token i ("Higher Coordinating Committee of
  // the Strategic Framework Agreement"); *head_end is one past the words before the
  // first "of"/"for", whose last word is the head.
  uint32_t run_end(uint32_t i, uint32_t end, uint32_t* head_end) {
    // No body's name is longer ("Committee on Economic and Monetary Affairs of the
    // European Parliament" is ten tokens); a longer run of capitals (a hostile file, a
    // heading) is read a bounded stretch at a time, so each token costs the same.
    constexpr uint32_t kMaxRunTokens = 16;
    end = std::min(end, i + kMaxRunTokens);
    uint32_t k = i + 1, last_cap = i + 1;
    bool seen_of = false;
    *head_end = kNone;
    // After "of", a title is part of the body's name: "Department of Prime Minister and
    // Cabinet", "Office of the President".
    auto name_word = [&](uint32_t n) {
      if (!is_cap(tok_[n])) return false;
      if (!is_stop(n) || (seen_of && title_word(n))) return true;
      // A plural ordinary word that closes the name after another capitalised word:
      // "Council of Australian Governments".
      return seen_of && n > i && is_cap(tok_[n - 1]) && word(n - 1) != "of" &&
             stop_at(n) == StopKind::kOrdinary && word(n).size() > 3 && word(n).back() == 's' &&
             (n + 1 >= end || !is_cap(tok_[n + 1]));
    };
    while (k < end) {
      WordKey x = word(k);
      if (name_word(k)) {
        ++k;
        last_cap = k;
        continue;
      }
      // "Food and Agriculture Organization", "Truth and Reconciliation Commission".
      if (!seen_of && and_to_head(k, end)) {
        ++k;
        continue;
      }
      // "Foundation for Black Women’s Wellness", "Ministry of Agriculture & Farmers’
      // Welfare": after "of"/"for", a possessive ("’s", or "’" after a plural) before a
      // capitalised word carries the name on. Before "of" only a plural's possessive does
      // ("the Employers’ Federation", "the National Farmers’ Union"; unknown_name() keeps
      // the name only when its head is a body's), not a singular's ("Canada’s Parliament").
      if (k + 1 < end && possessive_at(k) && is_cap(tok_[k + 1]) && !is_stop(k + 1) &&
          tok_[k + 1].start > tok_[k].end()) {
        k += 2;
        last_cap = k;
        continue;
      }
      // "Department for Environment, Food and Rural Affairs": after "of"/"for", a list of
      // capitalised words that closes with "and".
      if (seen_of && x == ",") {
        if (uint32_t e = comma_list_end(k, end); e != kNone) {
          k = e;
          last_cap = e;
          continue;
        }
      }
      // "Global Alliance Against Hunger and Poverty", "Coalition Against Terrorism": a
      // capitalised "Against" after a body's head word goes on as "of" does.
      const bool of = is_of_word(x) || head_on(k, end) ||
                      (x == "Against" && k > i && head_word(k - 1) != nullptr);
      // "the Ministry of Finance and the Central Bank": "and the" opens another name.
      if (!of && x == "and" && k + 1 < end && word(k + 1) == "the") break;
      if (of || (seen_of && is_inner_connector(x))) {
        uint32_t n = k + 1;
        if (n < end && word(n) == "the") ++n;
        if (n < end && is_cap(tok_[n]) && (!is_stop(n) || (of && title_word(n)))) {
          if (!seen_of) *head_end = k;
          seen_of = seen_of || of;
          k = n;
          continue;
        }
      }
      break;
    }
    if (*head_end == kNone) *head_end = last_cap;
    return last_cap;
  }

  // Whether token k is a plural's possessive attached to the word before it: an
  // apostrophe alone after a plural in -s ("Farmers’"), or "’s" after a plural of
  // actors_stop.tsv kind `plural` ("Women’s"). Not a singular's: "the Ministry of Health’s
  // Report" is the ministry's report.
  bool possessive_at(uint32_t k) {
    if (k == 0 || tok_[k].start != tok_[k - 1].end() || !is_word(tok_[k - 1])) return false;
    const WordKey w = word(k);
    if (w == "\xE2\x80\x99s" || w == "'s") return lex(k - 1).plural;
    return (w == "\xE2\x80\x99" || w == "'") && word(k - 1).back() == 's';
  }

  // At the comma at token k inside a body's name: one past the last word of a list of
  // capitalised items that closes with "and" (", Food and Rural Affairs", ", Trade and
  // Employment"), or kNone. No item is a known name or ends in a head word: "the Ministry
  // of Defence, France and Germany" and "..., Home Office and Treasury" list others.
  uint32_t comma_list_end(uint32_t k, uint32_t end) {
    uint32_t m = k + 1;
    auto item = [&]() {
      const uint32_t from = m;
      while (m < end && is_cap(tok_[m]) && !is_stop(m) && names_match(m, end).length == 0 &&
             titles_match(m, end).length == 0)
        ++m;
      return m > from && head_word(m - 1) == nullptr;
    };
    for (int items = 0; items < 6; ++items) {
      if (!item() || m >= end) return kNone;
      if (word(m) == ",") {
        ++m;
        continue;
      }
      if (word(m) != "and") return kNone;
      ++m;
      return item() ? m : kNone;
    }
    return kNone;
  }

  // Whether token n is a title's word: "Minister", "President" (a title's first word, or
  // a word of the title that starts at n - 1: "Prime Minister").
  bool title_word(uint32_t n) { return title_at(n) || (n > 0 && title_at(n - 1)); }

  // Whether token k is an "and" or "&" inside a body's name: capitalised words follow it
  // up to a head word ("Food and Agriculture Organization", "Land & Water Forum").
  // Not after a head word alone: "by Parliament, Council and Commission" names three bodies;
  // nor after a place's head ("Caroline Hill Road and Queensway Plaza" are two places). A
  // place's head right after the "and" makes no name: "Belt and Road cooperation".
  bool and_to_head(uint32_t k, uint32_t end) {
    if (k + 1 >= end || (word(k) != "and" && word(k) != "&")) return false;
    if (const Lexeme* before = k > 0 ? head_word(k - 1) : nullptr;
        before != nullptr &&
        (k < 2 || !is_cap(tok_[k - 2]) || before->head_type == ActorType::kPlace))
      return false;
    uint32_t m = k + 1;
    while (m < end && is_cap(tok_[m]) && !is_stop(m) && names_match(m, end).length == 0) ++m;
    if (m == k + 2 && head_word(k + 1) != nullptr &&
        head_word(k + 1)->head_type == ActorType::kPlace)
      return false;
    return m > k + 1 && head_word(m - 1) != nullptr;
  }

  // Whether token k is the "on" of a body's name after its head word: "Committee on
  // Economic and Monetary Affairs", "Commission on Human Rights"; not a place's head.
  // Not before a known name:
  // "briefed the Council on Ukraine". With "the" after it only when capitalised words and
  // "of" follow ("Commission on the Status of Women", "Committee on the Rights of the
  // Child"): "reported to the Council on the Situation" names no body.
  bool head_on(uint32_t k, uint32_t end) {
    if (k + 2 >= end || word(k) != "on") return false;
    uint32_t n = k + 1;
    const bool the = word(n) == "the";
    if (the) ++n;
    if (!is_cap(tok_[n]) || is_stop(n) || head_word(k - 1) == nullptr) return false;
    // A place's head takes no "on": "Arlington National Cemetery on Memorial Day".
    if (head_word(k - 1)->head_type == ActorType::kPlace) return false;
    if (names_match(n, end).length != 0) return false;
    if (!the) return true;
    uint32_t m = n + 1;
    while (m < end && m < n + 4 && is_cap(tok_[m]) && !is_stop(m)) ++m;
    if (m + 1 >= end || word(m) != "of") return false;
    if (word(m + 1) == "the") ++m;
    return m + 1 < end && is_cap(tok_[m + 1]);
  }

  // The end of a body's name that follows a place's name at token `after` ("Police",
  // "Labour Party", "Service of Wales"), or `after`; *type: the body's, by its head word.
  uint32_t body_after(uint32_t after, uint32_t end, ActorType* type) {
    if (after >= end || !is_cap(tok_[after]) || is_stop(after) || tok_[after].has(kHasApostrophe))
      return after;
    if (titles_match(after, end).length > 0 || names_match(after, end).length > 0) return after;
    uint32_t head_end = kNone;
    uint32_t stop_at = run_end(after, end, &head_end);
    if (head_end == kNone || head_end <= after) return after;
    const Lexeme* h = head_word(head_end - 1);
    if (h == nullptr) return after;
    *type = h->head_type;
    return stop_at;
  }

  // A country written by its name ("New Zealand", not "Kiwi" nor "NZ") at [i, after) and
  // followed on its line, after one space, by one capitalised word that carries the name
  // on: "New Zealand Steel", "New Zealand First", "Australia Post" name no country (the
  // guide: a name inside a longer name belongs to the longer one); "United States Supreme
  // Court" and "United States Capitol" name the body the lexicon lists for that country
  // and the place. Not a stop word, a title, a government ("United States Government" is
  // the country), a known name of another kind ("United States Senate" of Germany), nor a
  // heading's title case ("Support For Ukraine Grows"). Returns the end of the longer name
  // (covered; mentioned when known), or `after`.
  uint32_t country_name_goes_on(uint32_t i, uint32_t after, uint32_t end, uint32_t s) {
    if (after >= end || !is_cap(tok_[after]) || tok_[after].has(kLineStart) ||
        tok_[after].start != tok_[after - 1].end() + 1 || text_[tok_[after - 1].end()] != ' ' ||
        tok_[after].has(kHasApostrophe) || tok_[after].has(kHasHyphen) || is_stop(after) ||
        is_regime_word(word(after)) || titles_match(after, end).length > 0)
      return after;
    const Known& country = kb_.known[names_match(i, end).value];
    const std::string_view written =
        text_.substr(tok_[i].start, tok_[after - 1].end() - tok_[i].start);
    if (written != country.name) return after;
    if (auto m = names_match(after, end); m.length > 0) {
      const Known& k = kb_.known[m.value];
      bool ours = k.type == ActorType::kPlace;
      // Each turn pops one side, so the loop ends whatever the type (a person's side,
      // "United States Obama", once made it spin).
      const bool body = k.type == ActorType::kOrganization || k.type == ActorType::kGroup;
      for (std::string_view sides = k.side; body && !ours && !sides.empty();)
        ours = pop_side_id(sides) == country.id;
      // A body the lexicon lists with no country ("Labour Party", "Parliament"), whose
      // name ends in a head word: the country's name is part of its name, in a heading
      // too ("Speech: New Zealand Labour Party"), and the speech's lone "Labour" is the
      // same party. Not "Ukraine NATO" (no head word).
      const bool unplaced_body =
          body && !ours && k.side.empty() && head_word(after + m.length - 1) != nullptr;
      if (unplaced_body) ours = true;
      if (!ours || (on_heading(i) && !unplaced_body)) return after;
      const uint32_t e = after + m.length;
      const uint32_t a = actor_for_known(m.value);
      if (k.type != ActorType::kPlace) register_head(a);
      mention(a, i, e, s);
      return acronym_after(a, e, end, s);
    }
    // One word only: a run of two or more is longer_name()'s or body_after()'s.
    if (after + 1 < end && is_cap(tok_[after + 1]) && !is_stop(after + 1)) return after;
    if (on_heading(i)) return after;
    covered_.set(i, after + 1);
    return after + 1;
  }

  // A country's agency named by a field's word (actors_stop.tsv kind `agency`) right
  // before the country's name, one space apart on one line: "Statistics Canada",
  // "Technology New Zealand", "Tourism Australia". An organisation on the country's side.
  // Not the country's demonym ("Health Canadian"), a word another name covers, a word
  // after "of" ("the Minister of Health Canada" reads "Health" with the title's remit) or
  // inside a longer name before "and" ("Science and Technology New Zealand" stays as it
  // was; "Industry New Zealand and Technology New Zealand" are two agencies), nor before
  // another capitalised word ("Health New Zealand Limited"). Returns the token after the
  // name (and an acronym in brackets after it), or kNone.
  uint32_t agency_of_country(uint32_t i, uint32_t after, uint32_t end, uint32_t s) {
    if (i == 0 || covered_[i - 1] || !is_word(tok_[i - 1]) || !lex(i - 1).agency ||
        tok_[i].has(kLineStart) || tok_[i].start != tok_[i - 1].end() + 1 ||
        text_[tok_[i - 1].end()] != ' ')
      return kNone;
    if (i >= 2 && is_of_word(word(i - 2))) return kNone;
    if (i >= 3 && (word(i - 2) == "and" || word(i - 2) == "&") && is_cap(tok_[i - 3]) &&
        !covered_[i - 3])
      return kNone;
    if (after < end && is_word(tok_[after]) && is_cap(tok_[after]) && !tok_[after].has(kLineStart))
      return kNone;
    const Known& country = kb_.known[names_match(i, end).value];
    const std::string_view written =
        text_.substr(tok_[i].start, tok_[after - 1].end() - tok_[i].start);
    if (written != country.name || on_heading(i - 1)) return kNone;
    const uint32_t a = organization(joined(i - 1, after), ActorType::kOrganization);
    actors_[a].side = country.id;
    mention(a, i - 1, after, s);
    return acronym_after(a, after, end, s);
  }

  // Whether token g, right before a name on its line, is a coined word that starts a
  // programme's or a campaign's name: written with a capital inside ("ReArm") or made
  // of capitalised parts joined by hyphens ("Stand-Up"), none of them a known name, a
  // stop word or a given name.
  bool coined_word(uint32_t g) {
    const Token& t = tok_[g];
    if (!is_word(t) || !t.has(kUpperInitial) || t.has(kAllUpper) || tok_[g + 1].has(kLineStart) ||
        tok_[g + 1].start != t.end() + 1 || text_[t.end()] != ' ')
      return false;
    const WordKey w = word(g);
    if (lex(g).names != kNone || lex(g).given || is_stop(g) || title_at(g)) return false;
    bool inner_capital = false;
    for (size_t c = 1; c < w.size(); ++c) {
      const bool upper = w[c] >= 'A' && w[c] <= 'Z';
      const bool lower_before = w[c - 1] >= 'a' && w[c - 1] <= 'z';
      if (upper && lower_before) inner_capital = true;
    }
    if (t.has(kHasHyphen)) {
      for (size_t pos = 0; pos <= w.size();) {
        size_t dash = w.find('-', pos);
        if (dash == std::string_view::npos) dash = w.size();
        const std::string_view part = w.substr(pos, dash - pos);
        if (part.empty() || part[0] < 'A' || part[0] > 'Z') return false;
        if (const Lexeme* pl = kb_.lexemes.find(part);
            pl != nullptr && (pl->names != kNone || pl->stop == StopKind::kPrefix))
          return false;
        pos = dash + 1;
      }
      return true;
    }
    return inner_capital;
  }

  // Whether a known country or place at [i, after) is only the start of a longer name
  // that is no actor: "American Rescue Plan", "New York Stock Exchange". A longer name
  // with a head word keeps the country and becomes an organisation after it ("Iraqi
  // Security Forces"). Returns the end of the longer name, or `after`.
  uint32_t longer_name(uint32_t after, uint32_t end) {
    if (after >= end || !is_cap(tok_[after]) || is_stop(after) || tok_[after].has(kHasApostrophe)) {
      return after;
    }
    if (titles_match(after, end).length > 0) return after;
    if (names_match(after, end).length > 0) return after;
    uint32_t head_end = kNone;
    uint32_t stop_at = run_end(after, end, &head_end);
    // "the Brazilian Presidency of the G20", "the Hungarian Presidency of the Council of
    // the European Union": a known body or country after "of" ends the longer name before
    // "of", a role of the country towards that body, no name (then too short to be one).
    for (uint32_t k = after + 1; k + 1 < stop_at; ++k) {
      if (word(k) != "of") continue;
      const uint32_t c = word(k + 1) == "the" ? k + 2 : k + 1;
      if (c >= stop_at) break;
      if (auto cm = names_match(c, end); cm.length > 0 && c + cm.length <= stop_at &&
                                         kb_.known[cm.value].type != ActorType::kPerson) {
        // "the Rome Statute of the International Criminal Court": an instrument's name
        // before "of" still names no place.
        if (lex(k - 1).document || lex(k - 1).stop == StopKind::kInstrument) return k;
        stop_at = k;
        head_end = std::min(head_end, k);
      }
      break;
    }
    if (stop_at - after < 2 || head_word(head_end - 1) != nullptr) return after;
    // A person's name right after the country, a given name and one or two more words:
    // "our Ambassador to France Mark Libby" names the country and the ambassador, not one
    // longer name that is no actor (both were lost).
    if (stop_at - after <= 3 && (lex(after).given || lex(after).given_mid)) return after;
    return stop_at;
  }

  // "my Government", "our government": the country the speaker speaks for, when the
  // lexicon says which (the guide: a government named by its country is that country).
  void own_government() {
    if (speaker_ == kNone || actors_[speaker_].known == kNone) return;
    std::string_view sides = kb_.known[actors_[speaker_].known].side;
    const std::string_view side = pop_side_id(sides);
    const uint32_t* k = side.empty() ? nullptr : kb_.by_id.find(side);
    if (k == nullptr || kb_.known[*k].type != ActorType::kCountry) return;
    uint32_t country = kNone;
    // The bytes are searched, not the tokens: memchr() for the word's rarest letter, its
    // third, then the word around it.
    constexpr std::string_view kWord = "overnment";  // after G or g
    for (size_t at = 2;;) {
      if (at >= text_.size()) break;
      const void* hit = std::memchr(text_.data() + at, 'v', text_.size() - at);
      if (hit == nullptr) break;
      const auto v = static_cast<uint32_t>(static_cast<const char*>(hit) - text_.data());
      at = v + 1;
      if (text_.substr(v - 1, kWord.size()) != kWord) continue;
      if (text_[v - 2] != 'G' && text_[v - 2] != 'g') continue;
      const uint32_t start = v - 2;
      const auto it = std::lower_bound(tok_.begin(), tok_.end(), start,
                                       [](const Token& t, uint32_t off) { return t.start < off; });
      if (it == tok_.end() || it == tok_.begin() || it->start != start || it->length != 10)
        continue;
      const auto i = static_cast<uint32_t>(it - tok_.begin());
      const WordKey p = word(i - 1);
      if (p != "my" && p != "My" && p != "our" && p != "Our") continue;
      if (country == kNone) country = actor_for_known(*k);
      const uint32_t s = sentence_of(tok_[i].start);
      mention(country, i - 1, i + 1, s);
    }
  }

  // "the Mainland" in a text that names Hong Kong, Macao or Taiwan is China, as speeches
  // there call it ("cooperation with the Mainland", "Mainland enterprises"). Not "the
  // Mainland Affairs Council" (a capitalised word goes on), nor in other texts ("Mainland
  // Tanzania").
  void mainland_china() {
    bool territory = false;
    for (const DocActor& d : actors_) {
      if (d.known == kNone) continue;
      const std::string_view id = kb_.known[d.known].id;
      territory = territory || id == "hong-kong" || id == "macao" || id == "taiwan";
    }
    if (!territory) return;
    uint32_t china = kNone;
    for (const Lone& candidate : lone_) {
      const uint32_t i = candidate.token;
      if (tok_[i].length != 8 || covered_[i] || i == 0 || word(i) != "Mainland") continue;
      const bool next_cap = i + 1 < tok_.size() && is_cap(tok_[i + 1]);
      if (next_cap && tok_[i + 1].start == tok_[i].end() + 1) continue;
      // "the Mainland", or as an adjective: "Mainland enterprises".
      const bool adjective = i + 1 < tok_.size() && is_word(tok_[i + 1]) && !next_cap;
      if (word(i - 1) != "the" && word(i - 1) != "The" && !adjective) continue;
      if (china == kNone) {
        const uint32_t* k = kb_.by_id.find("china");
        if (k == nullptr) return;
        china = actor_for_known(*k);
      }
      mention(china, i, i + 1, sentence_of(tok_[i].start));
    }
  }

  // Lone words that refer back: a surname or first name of a person in this document,
  // a head word ("the College"), an acronym learnt from brackets.
  void second_pass() {
    if (refs_.empty() && !any_named_body_) return;
    uint32_t s = 0;  // the sentence of token i: lone_ is in text order
    // The tokens and bytes of the candidates are long out of cache: they are fetched
    // ahead, the token sixteen candidates ahead and its bytes eight ahead.
    constexpr size_t kTokenAhead = 16, kBytesAhead = 8;
    const size_t count = lone_.size();
    for (size_t k = 0; k < count; ++k) {
      const Lone& candidate = lone_[k];
      if (k + kTokenAhead < count) __builtin_prefetch(&tok_[lone_[k + kTokenAhead].token]);
      if (k + kBytesAhead < count) __builtin_prefetch(text_.data() + tok_[lone_[k + kBytesAhead].token].start);
      // Most lone words refer to nothing: the filter turns them away before their token
      // and bytes are read.
      const bool maybe_ref = ref_may_hold(candidate.bit);
      if (!maybe_ref && !candidate.named_body) continue;
      const uint32_t i = candidate.token;
      while (sent_[s].end_token <= i) ++s;
      const uint32_t first = sent_[s].first_token, end = sent_[s].end_token;
      const Token& t = tok_[i];
      if (covered_[i] || !is_cap(t) || t.end() - t.start == 1) continue;
      WordKey w = word(i);
      const Ref* ref = maybe_ref ? refs_.find(w) : nullptr;
      if (ref == nullptr && !candidate.named_body) continue;
      if (is_stop(i)) continue;
      if (ref != nullptr) {
        if (uint32_t a = person_by_name(*ref, t.start); a != kNone) {
          // A first name and the same person's surname right after it, neither read in
          // pass one ("Hon. Paora Teiti", the name's first words being no title): one
          // mention, not two.
          if (i + 1 < end && !covered_[i + 1] && is_word(tok_[i + 1]) && is_cap(tok_[i + 1]) &&
              !tok_[i + 1].has(kLineStart) && tok_[i + 1].start == t.end() + 1) {
            const Ref* next = refs_.find(word(i + 1));
            if (next != nullptr && person_by_name(*next, tok_[i + 1].start) == a) {
              mention(a, i, i + 2, s);
              continue;
            }
          }
          mention_with_particle(a, i, s);
          continue;
        }
      }
      bool initial = sentence_initial(i, first);
      // A head word alone, not part of another name: "the College", not "Police and
      // Criminal Evidence Act" nor "Police Scotland".
      bool lone = (i == first || !is_cap(tok_[i - 1]) || candidate.named_body) &&
                  (i + 1 >= end || (!is_cap(tok_[i + 1]) && !name_goes_on(i + 1, end)));
      if (!initial && lone && ref != nullptr && !ref->bodies.empty()) {
        // "my Group", "our Committee": the possessor's body, which the one named last is
        // no evidence for when the document names several ("on behalf of my Group" in a
        // debate of many groups' speakers).
        if (ref->bodies.size() > 1 && after_possessive(i, first)) continue;
        mention(body_in_view(ref->bodies, t.start), i, i + 1, s);
        continue;
      }
      // "the Commission", "this Parliament" with no body of that head word named in the
      // document: the body the speech takes as known, an organisation of that name. (A
      // place's head alone, "the Gulf", "the Bay", names no place of its own.)
      if (candidate.named_body && lone && (ref == nullptr || ref->bodies.empty()) &&
          lex(i).head_type != ActorType::kPlace) {
        Ref& r = ref_entry(w);
        // "the Organization" of a speech that names the United Nations is the UN, as its
        // Charter and every General Assembly statement call it.
        if (r.taken == kNone && w == "Organization") r.taken = united_nations_named();
        // "this Assembly" of such a speech that names no assembly is its General Assembly.
        if (r.taken == kNone && w == "Assembly" && united_nations_named() != kNone) {
          if (const uint32_t* ga = kb_.by_id.find("un-general-assembly"))
            r.taken = actor_for_known(*ga);
        }
        if (r.taken == kNone) r.taken = organization(std::string(w), lex(i).head_type);
        mention(r.taken, i, i + 1, s);
        continue;
      }
      if (ref == nullptr) continue;
      // "a Council regulation", "Community aid": a head word alone as a lower-case noun's
      // modifier names the body the document took it for alone before ("the Council").
      // After a capitalised stop word too: "A Council regulation".
      if (!initial && ref->taken != kNone && i + 1 < end && is_word(tok_[i + 1]) &&
          !is_cap(tok_[i + 1]) && !name_goes_on(i + 1, end) &&
          (i == first || !is_cap(tok_[i - 1]) || is_stop(i - 1))) {
        mention(ref->taken, i, i + 1, s);
        continue;
      }
      if (ref->acronym != kNone) {
        mention(ref->acronym, i, i + 1, s);
        continue;
      }
      // "Thank you, Emmanuel.": a given name alone, said to someone, is the first name of
      // the most recent titled person whose first name is not known yet.
      // Said to someone: after "you" ("Thank you, Emmanuel.") or a capitalised word of
      // address ("Thanks, Julie.", "Yes, Kevin."), not after a noun ("my daughter,
      // Katie.", "my prom date, Kathy.": an apposition names someone else).
      const bool addressed =
          i >= first + 2 && (word(i - 2) == "you" || (is_cap(tok_[i - 2]) && is_stop(i - 2)));
      if (!initial && ref->vocative && i > first && word(i - 1) == "," && addressed &&
          (i + 1 == end || !is_word(tok_[i + 1]))) {
        std::vector<uint32_t> untold;  // titled persons named before, first name unknown
        for (uint32_t a = 0; a < actors_.size(); ++a) {
          const DocActor& d = actors_[a];
          if (d.type == ActorType::kPerson && d.titled && d.first.empty() &&
              last_before(a, t.start) != kNone) {
            untold.push_back(a);
          }
        }
        // Only one named a few sentences before: a name said to someone far from any
        // mention of that person is someone else's ("Federica" is not "President
        // Poroshenko" of seventy sentences before).
        constexpr uint32_t kVocativeReach = 8;
        const uint32_t best = untold.empty() ? kNone : most_recent(untold, t.start);
        const uint32_t last = best == kNone ? kNone : last_before(best, t.start);
        if (last != kNone && s - sentence_of(last) <= kVocativeReach) {
          DocActor& d = actors_[best];
          d.first = w;
          d.name = std::string(w) + " " + d.name;
          ref_entry(w).first.push_back(best);
          mention(best, i, i + 1, s);
        }
      }
    }
  }

  // "MTI has downgraded the forecast", "the bulk will go to MOH": a word of two to five
  // capitals that nothing else names (no known name, no body's initials, no acronym in
  // brackets, no person) is a body's acronym where a body's name stands: as the subject of
  // a finite verb (a modal, an auxiliary, a past tense), or after "to", "under", "with",
  // "from" or "by" at the end of its phrase. Then every use of it in the document names
  // that body (second_pass() reads Ref::acronym). Not a stop word (by its capitalised
  // form: "NOW is the time"), a term of actors_stop.tsv ("GDP has grown", "with AI"), a
  // roman numeral, nor an English verb in capitals for emphasis ("we need to ACT").
  // The other acronyms of a list take the same place: "under JTC, HDB, SLA, and SDC".
  void acronym_bodies() {
    for (const Lone& candidate : lone_) {
      const uint32_t i = candidate.token;
      if (!acronym_candidate(i)) continue;
      const uint32_t s = sentence_of(tok_[i].start);
      const uint32_t first = sent_[s].first_token, end = sent_[s].end_token;
      // The verb look-up last: it is the costly test, and every word of a text in capitals
      // passes the others.
      if (!(acronym_in_place(i, first, end) || listed_with_a_body(i, first, end)) ||
          on_heading(i) || verb_in_capitals(i))
        continue;
      take_acronym(i);
      // Along the list, both ways: ", ", " and ", ", and ", " or ".
      auto joins = [&](uint32_t k) {
        return word(k) == "," || word(k) == "and" || word(k) == "or";
      };
      for (uint32_t k = i; k > first + 1 && joins(k - 1);) {
        k = k > first + 2 && joins(k - 2) ? k - 3 : k - 2;
        if (!acronym_candidate(k) || verb_in_capitals(k)) break;
        take_acronym(k);
      }
      for (uint32_t k = i; k + 2 < end && joins(k + 1);) {
        k = k + 3 < end && joins(k + 2) ? k + 3 : k + 2;
        if (!acronym_candidate(k) || verb_in_capitals(k)) break;
        take_acronym(k);
      }
    }
  }

  // Whether the upper-case word at token i is listed next to a body pass one named: "the
  // African Union and ECOWAS", "ECOWAS, the African Union". REQUIRES: pass one is done.
  bool listed_with_a_body(uint32_t i, uint32_t first, uint32_t end) {
    if (body_spans_.empty() && !body_spans_built_) {
      body_spans_built_ = true;
      for (const RawMention& m : mentions_) {
        const ActorType t = actors_[m.actor].type;
        if (t == ActorType::kOrganization) body_spans_.push_back(m.span);
      }
      std::sort(body_spans_.begin(), body_spans_.end(),
                [](Span a, Span b) { return a.start < b.start; });
    }
    auto body_at = [&](uint32_t start, bool ends_there) {
      // Spans do not overlap: the one starting last at or before `start`.
      auto it = std::upper_bound(body_spans_.begin(), body_spans_.end(), start,
                                 [](uint32_t v, Span sp) { return v < sp.start; });
      if (it == body_spans_.begin()) return false;
      --it;
      return ends_there ? it->end == start : it->start == start;
    };
    auto joins = [&](uint32_t k) { return word(k) == "," || word(k) == "and" || word(k) == "or"; };
    if (i >= first + 2 && joins(i - 1) && tok_[i - 2].kind == TokenKind::kWord &&
        body_at(tok_[i - 2].end(), true))
      return true;
    if (i + 2 < end && joins(i + 1)) {
      uint32_t n = i + 2;
      if (word(n) == "the" && n + 1 < end) ++n;
      if (body_at(tok_[n].start, false)) return true;
    }
    return false;
  }

  // Whether token i may be a body's acronym that nothing else names (acronym_bodies()).
  bool acronym_candidate(uint32_t i) {
    const Token& t = tok_[i];
    // Up to six letters: "NABARD", "ECOWAS".
    if (!is_word(t) || !t.has(kAllUpper) || t.length < 2 || t.length > 6 || covered_[i])
      return false;
    const WordKey w = word(i);
    if (!std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) return false;
    if (is_stop(i) || lex(i).term || lex(i).titles != kNone || lex(i).names != kNone ||
        regnal_number(w))
      return false;
    const Ref* r = refs_.find(w);
    return r == nullptr || r->acronym != kNone;
  }

  // Whether the upper-case word at token i is an English verb in capitals for emphasis:
  // "we need to ACT". REQUIRES: acronym_candidate(i).
  bool verb_in_capitals(uint32_t i) {
    const WordKey w = word(i);
    std::array<char, 6> low{};
    const size_t n = std::min(w.size(), low.size());
    for (size_t c = 0; c < n; ++c) low[c] = static_cast<char>(w[c] + ('a' - 'A'));
    const VerbAnalysis v = analyze_verb(std::string_view(low.data(), n));
    return v.known && v.forms != 0;
  }

  // Token i's word names a body of that name, unless a body already has it.
  void take_acronym(uint32_t i) {
    Ref& r = ref_entry(word(i));
    if (r.acronym == kNone)
      r.acronym = organization(std::string(word(i)), ActorType::kOrganization);
  }

  // Whether the upper-case word at token i stands where a body's name does (see
  // acronym_bodies()).
  bool acronym_in_place(uint32_t i, uint32_t first, uint32_t end) {
    auto lower = [&](uint32_t k) { return is_word(tok_[k]) && tok_[k].has(kLowerInitial); };
    auto finite = [&](uint32_t k) {
      if (!lower(k)) return false;
      const WordKey n = word(k);
      static constexpr std::string_view kFinite[] = {
          "will", "would", "shall", "should", "can", "could", "may",  "might", "must", "has",
          "have", "had",   "is",    "was",    "are", "were",  "does", "did",   "said", "says"};
      if (std::find(std::begin(kFinite), std::end(kFinite), n) != std::end(kFinite)) return true;
      if (!n.ends_with("ed")) return false;
      const VerbAnalysis v = analyze_verb(n);
      return v.known && v.can_be(kVerbPast);
    };
    // At the end of its noun phrase: the acronym is no modifier ("to CPF accounts").
    auto phrase_ends = [&]() {
      if (i + 1 >= end || !is_word(tok_[i + 1])) return true;
      const WordKey n = word(i + 1);
      return is_function_word(n) || n == "which" || n == "who" || n == "that" || finite(i + 1);
    };
    // After a preposition, at the end of its phrase: "to MOH.", "with NEA and", "by HDB
    // in 2020", "through NABARD.". (Not after "in the", "of the": "under the RMA", "at
    // the TPPA" name an act and an agreement as often as "in the EPFO" a body.)
    if (i > first && lower(i - 1)) {
      const WordKey p = word(i - 1);
      if ((p == "to" || p == "under" || p == "with" || p == "from" || p == "by" ||
           p == "through") &&
          phrase_ends())
        return true;
    }
    // The subject: at the clause's start or after "the", a conjunction or a comma; then
    // a finite verb ("MTI has", "NEA will provide", "MOT announced").
    if (i + 1 >= end || !finite(i + 1)) return false;
    if (i == first || tok_[i - 1].kind == TokenKind::kPunct) return true;  // not "the 2011 X"
    if (!is_word(tok_[i - 1])) return false;
    const WordKey p = word(i - 1);
    return p == "the" || p == "The" || p == "and" || p == "but" || p == "that" || p == "while" ||
           p == "when" || p == "as" || p == "because" || p == "if" || p == "so";
  }

  // Whether the connector at token k ("of", "for", "and", "&", "de") after a head word
  // carries its name on: a capitalised word that is no stop word follows, after "of"/"for"
  // also past "the" ("Police and Criminal Evidence Act", "Commission for the Future").
  // Not before a lower-case word ("thank the Commission for its work"), nor, after
  // "and", before "the", a known name or another head word: "the Commission and the
  // Council", "between the Commission and Parliament" are two bodies.
  bool name_goes_on(uint32_t k, uint32_t end) {
    const WordKey c = word(k);
    const bool of = is_of_word(c);
    if (!of && !is_inner_connector(c)) return false;
    uint32_t n = k + 1;
    if (of && n < end && word(n) == "the") ++n;
    if (n >= end || !is_cap(tok_[n]) || is_stop(n)) return false;
    if (!of && (names_match(n, end).length > 0 || head_word(n) != nullptr)) return false;
    return true;
  }

  // Indexes persons by surname and first name, with where pass one found them, so that
  // each lone word in pass two costs one hash look-up.
  void index_persons() {
    index_initials();
    // Persons, and bodies that a head word alone may name (body_in_view()).
    for (const RawMention& m : mentions_) {
      if (m.label) continue;
      if (actors_[m.actor].type != ActorType::kCountry && actors_[m.actor].type != ActorType::kPlace) {
        actors_[m.actor].starts.push_back(m.span.start);
        const std::string_view t = text_.substr(m.span.start, m.span.end - m.span.start);
        if (t.find_first_of(" \n") != std::string_view::npos)
          actors_[m.actor].full_starts.push_back(m.span.start);
      }
    }
    for (uint32_t a = 0; a < actors_.size(); ++a) {
      DocActor& d = actors_[a];
      std::sort(d.starts.begin(), d.starts.end());
      std::sort(d.full_starts.begin(), d.full_starts.end());
      if (d.type != ActorType::kPerson) continue;
      // A regnal number ("John Paul II", "Elizabeth II") is no surname said alone: "World
      // War II" mentions no pope.
      if (!d.last.empty() && !regnal_number(d.last)) ref_entry(d.last).last.push_back(a);
      if (!d.first.empty()) ref_entry(d.first).first.push_back(a);
    }
    // Given names may be said alone to a titled person ("Thank you, Emmanuel."): only
    // when such a person exists do they need a look-up in pass two.
    bool untold = false;
    for (const DocActor& d : actors_) untold = untold || (d.type == ActorType::kPerson && d.titled && d.first.empty());
    if (untold) {
      for (const Lone& lone : lone_) {
        if (lone.given && !covered_[lone.token]) ref_entry(word(lone.token)).vocative = true;
      }
    }
  }

  // "HMIC" after "Her Majesty’s Inspectorate of Constabulary": an upper-case word made
  // of the initials of a body's capitalised words (with or without those of "of", "and")
  // names that body.
  // A body the lexicon knows counts too ("the RBA" after "Reserve Bank of Australia"): its
  // listed forms are read in pass one, these initials only for words left over.
  void index_initials() {
    for (uint32_t a = 0; a < actors_.size(); ++a) {
      const DocActor& d = actors_[a];
      if (d.type != ActorType::kOrganization) continue;
      const std::string_view name = d.known != kNone ? kb_.known[d.known].name : d.name;
      std::string caps, all;
      std::vector<Token> toks = tokenize(name);
      for (const Token& t : toks) {
        if (t.kind != TokenKind::kWord) continue;
        char c = name[t.start];
        if (t.has(kUpperInitial) && c >= 'A' && c <= 'Z') {
          caps += c;
          all += c;
        } else if (c >= 'a' && c <= 'z' && name.substr(t.start, t.end() - t.start) != "the") {
          all += static_cast<char>(c - 32);
        }
      }
      // Not two letters: "GP" after the Green Party is a general practitioner, "PM" the
      // Prime Minister; a two-letter body the lexicon lists ("UN", "EU") is read in pass one.
      for (const std::string* v : {&caps, &all}) {
        if (v->size() < 3 || v->size() > 6) continue;
        Ref& r = ref_entry(initials_.emplace_back(*v));
        if (r.acronym == kNone) r.acronym = a;
      }
    }
  }

  // The document's actor for the United Nations if pass one found it named, else kNone.
  uint32_t united_nations_named() const {
    const uint32_t* k = kb_.by_id.find("united-nations");
    if (k == nullptr || *k >= by_known_.size()) return kNone;
    const uint32_t a = by_known_[*k];
    return a != kNone && !actors_[a].starts.empty() ? a : kNone;
  }

  // Where actor `a` was last named before `pos` (pass one), or kNone.
  // The index of the sentence that holds byte `pos`.
  uint32_t sentence_of(uint32_t pos) const {
    auto it = std::upper_bound(sent_.begin(), sent_.end(), pos,
                               [](uint32_t off, const Sentence& x) { return off < x.span.start; });
    return it == sent_.begin() ? 0 : static_cast<uint32_t>(it - sent_.begin() - 1);
  }

  uint32_t last_before(uint32_t a, uint32_t pos) const {
    const auto& st = actors_[a].starts;
    auto it = std::lower_bound(st.begin(), st.end(), pos);
    return it == st.begin() ? kNone : *(it - 1);
  }

  // The most recently named before `pos` of `candidates`; the first named when none was
  // named before.
  uint32_t most_recent(const std::vector<uint32_t>& candidates, uint32_t pos) const {
    uint32_t best = kNone, best_pos = 0;
    for (uint32_t a : candidates) {
      uint32_t p = last_before(a, pos);
      if (p != kNone && (best == kNone || p >= best_pos)) {
        best = a;
        best_pos = p;
      }
    }
    return best != kNone ? best : candidates.front();
  }

  // Of several bodies sharing a head word, the one "the Commission" at `pos` names: the
  // one last named before it by a name of several words ("European Union" for "the
  // Union", not "EU" nor "EMU"), else by any name of pass one; the first named when none
  // was named before. Not the one named most often: a body named twice in passing ("the
  // United Nations Economic Commission") took every later "the Commission" from the
  // "European Commission" named once after it. Lone words already given to a body never
  // count. `bodies` is in the order of their first mentions (pass one lists them in text
  // order); only the last kBodiesInView first named before `pos` are weighed, so that a
  // document of thousands of "... Committee"s stays linear.
  static constexpr size_t kBodiesInView = 16;
  uint32_t body_in_view(const std::vector<uint32_t>& bodies, uint32_t pos) const {
    if (bodies.size() == 1) return bodies.front();
    const auto named_before = std::partition_point(bodies.begin(), bodies.end(), [&](uint32_t a) {
      return !actors_[a].starts.empty() && actors_[a].starts.front() < pos;
    });
    const auto to = static_cast<size_t>(named_before - bodies.begin());
    const size_t from = to > kBodiesInView ? to - kBodiesInView : 0;
    for (const bool full : {true, false}) {
      uint32_t best = kNone, best_pos = 0;
      for (size_t k = from; k < to; ++k) {
        const uint32_t a = bodies[k];
        const auto& st = full ? actors_[a].full_starts : actors_[a].starts;
        const auto it = std::lower_bound(st.begin(), st.end(), pos);
        if (it == st.begin()) continue;
        if (best == kNone || *(it - 1) > best_pos) {
          best = a;
          best_pos = *(it - 1);
        }
      }
      if (best != kNone) return best;
    }
    return bodies.front();
  }

  // The person whose surname, or failing that first name, is the word of `ref`.
  uint32_t person_by_name(const Ref& ref, uint32_t pos) const {
    if (!ref.last.empty()) return most_recent(ref.last, pos);
    if (!ref.first.empty()) return most_recent(ref.first, pos);
    return kNone;
  }

  // A press statement's opening sentence names who speaks in it: "The Prime Minister,
  // Justin Trudeau, today issued the following statement ...". The first person named
  // before "the following statement" in one of the first few sentences, or kNone.
  // REQUIRES: mentions_ sorted by position.
  uint32_t statement_issuer() const {
    constexpr uint32_t kFirstSentences = 6;
    for (uint32_t s = 0; s < sent_.size() && s < kFirstSentences; ++s) {
      const Span span = sent_[s].span;
      const std::string_view st = text_.substr(span.start, span.end - span.start);
      size_t at = st.find("the following statement");
      if (at == std::string_view::npos) at = st.find("the following remarks");
      if (at == std::string_view::npos) continue;
      for (const RawMention& m : mentions_) {
        if (m.span.start >= span.start + at) break;
        if (m.sentence == s && actors_[m.actor].type == ActorType::kPerson) return m.actor;
      }
    }
    return kNone;
  }

  // A person named the way a title line or byline names the speaker: with a title
  // ("Prime Minister Keir Starmer's remarks", "President: Barack Obama"), inverted in a
  // transcript header ("Gillard, Julia") or after "by". The first one in the header,
  // when more text follows its line, is the speaker.
  // `named_for_text`: names_the_speaker() found the name before a possessive and a word
  // for the text, which names the speaker wherever the name starts on its line.
  // Whether only honorifics stand between the line's start and token i: "The Hon John
  // Smith MP", "Hon Michael Cullen Address to ...", "Rt Hon ...".
  bool after_honorifics_at_line_start(uint32_t i) const {
    constexpr uint32_t kMaxWords = 3;
    uint32_t words = 0;
    for (uint32_t k = i; k > 0 && words < kMaxWords;) {
      --k;
      // An abbreviation's period: "Hon. Allan Rock", "The Rt. Hon. Allan Rock".
      if (k > 0 && tok_[k].kind == TokenKind::kPunct && tok_[k].length == 1 &&
          text_[tok_[k].start] == '.' && tok_[k].start == tok_[k - 1].end() && is_word(tok_[k - 1]))
        continue;
      ++words;
      WordKey w = word(k);
      if (!w.empty() && w.back() == '.') w.remove_suffix(1);
      char buf[12];
      if (w.empty() || w.size() > sizeof buf) return false;
      for (size_t c = 0; c < w.size(); ++c)
        buf[c] = w[c] >= 'A' && w[c] <= 'Z' ? static_cast<char>(w[c] + ('a' - 'A')) : w[c];
      const std::string_view low(buf, w.size());
      // "His Majesty King Charles III", "His Excellency Professor Muhammad Yunus", "Senator
      // the Hon Penny Wong", "H. E. Andrzej Duda" (spaced).
      if (low != "the" && low != "hon" && low != "honourable" && low != "honorable" &&
          low != "rt" && low != "right" && low != "dr" && low != "h.e" && low != "his" &&
          low != "her" && low != "majesty" && low != "excellency" && low != "professor" &&
          low != "prof" && low != "senator" && low != "h" && low != "e")
        return false;
      if (tok_[k].has(kLineStart)) return true;
    }
    return false;
  }

  // Whether the header names person `a` first as a headline's subject, of a fact sheet
  // or an article, not as the speaker: a verb in title case after the name ("President
  // Trump Signs Executive Orders", "FACT SHEET: President Biden Signs ...", "President
  // Joseph R. Biden, Jr. Approves ...") or a possessive ("President Trump’s Bold Trade
  // Action Draws Praise"), with no word for the text in the two words after it ("President
  // Biden Delivers Remarks", "Ann Reyes’s remarks" name their speaker); never after "by".
  // REQUIRES: mentions_ sorted by position.
  bool headline_subject(uint32_t a) {
    const RawMention* first = nullptr;
    for (const RawMention& m : mentions_) {
      if (m.actor == a) {
        first = &m;
        break;
      }
    }
    if (first == nullptr || first->span.start >= header_end_) return false;
    const auto n = static_cast<uint32_t>(tok_.size());
    const auto at = [&](uint32_t off) {
      return static_cast<uint32_t>(
          std::lower_bound(tok_.begin(), tok_.end(), off,
                           [](const Token& t, uint32_t b) { return t.start < b; }) -
          tok_.begin());
    };
    const uint32_t i = at(first->span.start);
    uint32_t k = at(first->span.end);
    if (i >= n || k >= n || after_by(i)) return false;
    // ", Jr." after the name.
    if (word(k) == "," && k + 1 < n &&
        (word(k + 1) == "Jr" || word(k + 1) == "Sr" || word(k + 1) == "Jr." ||
         word(k + 1) == "Sr.")) {
      k += 2;
      if (k < n && word(k) == ".") ++k;
    }
    if (k + 1 >= n || tok_[k].has(kLineStart)) return false;
    const WordKey w = word(k);
    if (w == "\xE2\x80\x99s" || w == "'s") return !names_the_text(k + 1);
    // YAML's escaped apostrophe in a front matter title: "President Trump\u2019s Bold ...".
    if (text_.substr(tok_[k].start, 7) == "\\u2019s") return !names_the_text(at(tok_[k].start + 7));
    if (!is_word(tok_[k]) || !is_cap(tok_[k]) || lex(k).stop == StopKind::kText) return false;
    const VerbAnalysis v = analyze_verb(w);
    if (!v.known || !v.can_be(kVerbThirdPerson) || names_the_text(k + 1)) return false;
    // A verb of speaking says the text is the person's: "Prime Minister Ann Reyes Speaks
    // at the Summit", "President Biden Addresses the Nation".
    const std::string_view l = v.lemma;
    return l != "speak" && l != "address" && l != "deliver" && l != "say" && l != "talk" &&
           l != "tell" && l != "remark";
  }

  void byline(uint32_t actor, uint32_t i, bool named_for_text = false) {
    if (speaker_ != kNone || !in_header(i)) return;
    // Where a byline starts: the line's start, after a number or a separator
    // (" date 2026-01-08 Prime Minister ...", "... | Gillard, Julia |"), or after "by".
    if (i > 0 && !tok_[i].has(kLineStart)) {
      const Token& p = tok_[i - 1];
      // Also right after a word for the text: "UN General Assembly Speech Prime Minister
      // Philip Davis".
      bool ok = p.kind == TokenKind::kNumber || p.kind == TokenKind::kPunct ||
                p.kind == TokenKind::kSymbol || after_by(i) || named_for_text ||
                after_honorifics_at_line_start(i) ||
                (is_word(p) && lex(i - 1).stop == StopKind::kText);
      if (!ok) return;
    }
    // Text with no line break after some point must not be searched again for every
    // candidate there (that made a 64 MB single-line input quadratic).
    if (tok_[i].end() >= no_line_break_from_) return;
    size_t eol = text_.find('\n', tok_[i].end());
    if (eol == std::string_view::npos) {
      no_line_break_from_ = tok_[i].end();
      return;  // no body after the line
    }
    if (text_.find_first_not_of(" \t\r\n", eol) == std::string_view::npos) return;
    speaker_ = actor;
  }

  ActorResult finish() {
    // Order actors by first mention; mentions by position.
    std::sort(mentions_.begin(), mentions_.end(), [](const RawMention& a, const RawMention& b) {
      return a.span.start < b.span.start;
    });
    if (speaker_ != kNone && headline_subject(speaker_)) speaker_ = kNone;
    if (speaker_ == kNone) speaker_ = statement_issuer();
    const std::vector<uint32_t> same = surname_only_persons();
    uint32_t speaker = speaker_ == kNone ? kNone : same[speaker_];
    const std::vector<bool> generic = national_bodies_elsewhere();
    const std::vector<uint32_t> chosen = shared_names_resolved();
    std::vector<uint32_t> order(actors_.size(), kNone);
    ActorResult r;
    std::unordered_map<std::string, uint32_t> by_id;
    std::vector<uint32_t> counts;  // raw mentions per actor of r
    for (const RawMention& m : mentions_) {
      const uint32_t actor = same[m.actor];
      if (order[actor] == kNone) {
        const DocActor& d = actors_[actor];
        Actor a;
        if (d.known != kNone && generic[actor]) {
          // "the Senate" of a speech from elsewhere: a body of that name, not the lexicon's.
          const Known& k = kb_.known[d.known];
          a.name = k.name;
          a.id = slugify(k.name);
          a.role = d.role;
        } else if (d.known != kNone) {
          // "the Reserve Bank": the body of the document's country, when it can be told.
          const Known& k = kb_.known[chosen[actor] != kNone ? chosen[actor] : d.known];
          a.id = k.id;
          a.name = k.name;
          a.role = d.role.empty() ? std::string(k.role) : d.role;
          a.side = d.side.empty() ? k.side : d.side;
        } else {
          a.name = d.name;
          a.id = slugify(d.name);
          a.role = d.role;
          a.side = d.side;
        }
        a.type = d.type;
        // Two routes to the same id (a known person met first by surname) are one actor.
        auto [it, inserted] = by_id.emplace(a.id, static_cast<uint32_t>(r.actors.size()));
        if (inserted) {
          r.actors.push_back(std::move(a));
          counts.push_back(0);
        }
        order[actor] = it->second;
      }
      ++counts[order[actor]];
    }
    // Each actor's mentions in one allocation of the size counted above (an upper bound):
    // growing them one by one left abandoned buffers resident, much of the stage's memory.
    for (size_t k = 0; k < r.actors.size(); ++k) r.actors[k].mentions.reserve(counts[k]);
    for (const RawMention& m : mentions_) {
      auto& ms = r.actors[order[same[m.actor]]].mentions;
      if (!ms.empty() && ms.back().span.overlaps(m.span)) continue;
      ms.push_back({m.span, m.sentence});
    }
    if (speaker != kNone && order[speaker] != kNone) r.speaker = order[speaker];
    return r;
  }

  // Per actor: itself, or for a person named by surname alone ("Dr CHALMERS" in a
  // Hansard speaker label, "Mr Taylor") the one person of the document with that surname
  // and a first name, wherever that person is named ("Jim Chalmers" later on).
  std::vector<uint32_t> surname_only_persons() const {
    std::vector<uint32_t> same(actors_.size());
    for (uint32_t a = 0; a < actors_.size(); ++a) same[a] = a;
    auto lower = [](std::string_view w) {
      std::string out(w);
      for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      return out;
    };
    // Surname -> the person with a first name (kNone when two are).
    std::unordered_map<std::string, uint32_t> full;
    bool any_bare = false;
    for (uint32_t a = 0; a < actors_.size(); ++a) {
      const DocActor& d = actors_[a];
      if (d.type != ActorType::kPerson || d.last.empty()) continue;
      if (d.first.empty()) {
        any_bare = true;
        continue;
      }
      auto [it, fresh] = full.try_emplace(lower(d.last), a);
      if (!fresh && it->second != a) it->second = kNone;
    }
    if (!any_bare) return same;
    for (uint32_t a = 0; a < actors_.size(); ++a) {
      const DocActor& d = actors_[a];
      if (d.type != ActorType::kPerson || d.last.empty() || !d.first.empty()) continue;
      if (d.known != kNone) continue;  // a person the lexicon knows by one name
      auto it = full.find(lower(d.last));
      if (it != full.end() && it->second != kNone) same[a] = it->second;
    }
    return same;
  }

  // The id of the document's country: the one its speaker speaks for (a title line's,
  // "King of Canada", else the lexicon's), else the country it mentions most (one alone
  // at the top: `count` holds each actor's mentions), else empty.
  std::string_view document_country(const std::vector<uint32_t>& count) const {
    auto country_id = [&](std::string_view id) {
      const uint32_t* c = id.empty() ? nullptr : kb_.by_id.find(id);
      return c != nullptr && kb_.known[*c].type == ActorType::kCountry ? kb_.known[*c].id
                                                                       : std::string_view();
    };
    if (speaker_ != kNone) {
      const DocActor& sp = actors_[speaker_];
      if (std::string_view c = country_id(sp.side); !c.empty()) return c;
      if (sp.known != kNone) {
        std::string_view sides = kb_.known[sp.known].side;
        if (std::string_view c = country_id(pop_side_id(sides)); !c.empty()) return c;
      }
    }
    std::string_view country;
    uint32_t best = 0;
    bool tie = false;
    for (uint32_t a = 0; a < actors_.size(); ++a) {
      const DocActor& d = actors_[a];
      if (d.type != ActorType::kCountry || d.known == kNone || count[a] < best) continue;
      tie = count[a] == best;
      if (count[a] > best) country = kb_.known[d.known].id;
      best = count[a];
    }
    return tie ? std::string_view() : country;
  }

  // Per actor named by a bare name several countries' bodies share ("Reserve Bank"): the
  // body that is meant (an index into kb_.known), or kNone, which leaves a body of the bare
  // name: the one of them the document names in full ("the South African Reserve Bank ...
  // the Reserve Bank"), else the one of the document's country, which is the country its
  // speaker speaks for, else the country it mentions most (one alone at the top).
  std::vector<uint32_t> shared_names_resolved() const {
    std::vector<uint32_t> chosen(actors_.size(), kNone);
    bool any = false;
    for (const DocActor& d : actors_)
      any = any || (d.known != kNone && !kb_.known[d.known].shared.empty());
    if (!any) return chosen;
    std::vector<uint32_t> count(actors_.size(), 0);
    for (const RawMention& m : mentions_) ++count[m.actor];
    auto named = [&](uint32_t k) { return by_known_[k] != kNone && count[by_known_[k]] > 0; };
    const std::string_view country = document_country(count);
    for (uint32_t a = 0; a < actors_.size(); ++a) {
      const DocActor& d = actors_[a];
      if (d.known == kNone || kb_.known[d.known].shared.empty()) continue;
      uint32_t in_full = kNone, of_country = kNone;
      bool several = false;
      for (std::string_view ids = kb_.known[d.known].shared; !ids.empty();) {
        const uint32_t* k = kb_.by_id.find(pop_side_id(ids));
        if (k == nullptr) continue;
        if (named(*k)) {
          several = several || in_full != kNone;
          in_full = *k;
        }
        if (!country.empty() && kb_.known[*k].side == country) of_country = *k;
      }
      chosen[a] = in_full != kNone && !several ? in_full : of_country;
    }
    return chosen;
  }

  // Per actor: a body the lexicon places in a country or a larger body ("us-senate": side
  // united-states; "un-general-assembly": united-nations), named only by its bare name
  // ("the Senate", never "the US Senate"), in a document of another country (as for a
  // shared name: the speaker's, else the one mentioned most; none told counts as
  // another) or, placed in a body, in a document whose speaker speaks for another or,
  // with no known side, that names that body nowhere: a Philippine or a state senate, a
  // state's General Assembly, not the lexicon's.
  std::vector<bool> national_bodies_elsewhere() const {
    std::vector<bool> generic(actors_.size(), false);
    std::string_view speaker_side;
    if (speaker_ != kNone && actors_[speaker_].known != kNone) {
      std::string_view sides = kb_.known[actors_[speaker_].known].side;
      speaker_side = pop_side_id(sides);
    }
    std::vector<bool> qualified(actors_.size(), false);  // named other than bare
    std::vector<bool> mentioned(actors_.size(), false);
    std::vector<uint32_t> count(actors_.size(), 0);
    for (const RawMention& m : mentions_) {
      mentioned[m.actor] = true;
      ++count[m.actor];
      const DocActor& d = actors_[m.actor];
      if (d.known == kNone || d.type != ActorType::kOrganization) continue;
      // The bare name also across a line break ("the House of\nRepresentatives"), and its
      // head word alone ("the House") says no more than the bare name.
      const std::string_view written = text_.substr(m.span.start, m.span.end - m.span.start);
      const std::string_view name = kb_.known[d.known].name;
      const bool head_alone = written.find_first_of(" \n") == std::string_view::npos &&
                              name.find(written) != std::string_view::npos;
      if (!same_words(written, name) && !head_alone) qualified[m.actor] = true;
    }
    const std::string_view country = document_country(count);
    const uint32_t* side_entry = speaker_side.empty() ? nullptr : kb_.by_id.find(speaker_side);
    const bool speaks_for_a_body =
        side_entry != nullptr && kb_.known[*side_entry].type != ActorType::kCountry;
    auto country_mentioned = [&](std::string_view id) {
      for (uint32_t a = 0; a < actors_.size(); ++a) {
        if (mentioned[a] && actors_[a].known != kNone && kb_.known[actors_[a].known].id == id)
          return true;
      }
      return false;
    };
    for (uint32_t a = 0; a < actors_.size(); ++a) {
      const DocActor& d = actors_[a];
      if (d.known == kNone || d.type != ActorType::kOrganization || qualified[a]) continue;
      const Known& k = kb_.known[d.known];
      if (k.side.empty() || k.side.find('|') != std::string_view::npos) continue;
      // A name that says whose the body is ("Reserve Bank of Australia") is its alone.
      if (slugify(k.name) == k.id) continue;
      const uint32_t* c = kb_.by_id.find(k.side);
      if (c == nullptr) continue;
      // A speaker who speaks for a body ("european-commission") keeps the rule of bodies.
      if (kb_.known[*c].type == ActorType::kCountry && !speaks_for_a_body) {
        generic[a] = country != k.side;
      } else if (kb_.known[*c].type == ActorType::kCountry ||
                 kb_.known[*c].type == ActorType::kOrganization) {
        generic[a] = speaker_side.empty() ? !country_mentioned(k.side) : speaker_side != k.side;
      }
    }
    return generic;
  }

  // Whether `written` is `name` with any run of white space for each space.
  static bool same_words(std::string_view written, std::string_view name) {
    size_t w = 0;
    for (size_t n = 0; n < name.size(); ++n) {
      if (name[n] != ' ') {
        if (w >= written.size() || written[w] != name[n]) return false;
        ++w;
        continue;
      }
      const size_t from = w;
      while (w < written.size() &&
             (written[w] == ' ' || written[w] == '\n' || written[w] == '\r' || written[w] == '\t'))
        ++w;
      if (w == from) return false;
    }
    return w == written.size();
  }

  const Gazetteer& kb_;
  const Document& doc_;
  std::string_view text_;
  const std::vector<Token>& tok_;
  const std::vector<Sentence>& sent_;
  TokenSet covered_;  // token part of a mention or a title, or a stop word: pass two skips it
  // The line last asked about by on_heading(): tokens [from, to) and the answer.
  uint32_t heading_from_ = 0, heading_to_ = 0;
  bool heading_ = false;
  // Capitalised words pass one left alone, in text order: pass two's candidates.
  // Scratch memory: there is one per few tokens, and neither a vector's abandoned buffers
  // nor a deque's blocks stay resident after the stage (peak memory).
  struct Lone {
    uint32_t token;
    bool given;       // a given name (asked again after pass one)
    bool named_body;  // a head word after "the"/"this"/"that": "the Commission"
    uint16_t bit;     // ref_bit() of the word, taken while its bytes are in cache
  };
  ScratchVector<Lone> lone_;
  static_assert(sizeof(Lone) == 8, "a lone candidate stays one word");
  bool any_named_body_ = false;  // some Lone::named_body is set
  std::array<std::pair<uint32_t, const Lexeme*>, 8> lex_memo_{
      {{kNone, nullptr}, {kNone, nullptr}, {kNone, nullptr}, {kNone, nullptr},
       {kNone, nullptr}, {kNone, nullptr}, {kNone, nullptr}, {kNone, nullptr}}};
  uint32_t header_end_ = 0;
  uint32_t speaker_ = kNone;
  std::deque<std::string> initials_;  // keys of refs_ built from names
  std::deque<std::string> label_names_;  // names read from labels in capitals, title-cased
  std::vector<DocActor> actors_;
  ScratchVector<RawMention> mentions_;
  std::vector<uint32_t> by_known_;  // by index into Gazetteer::known: the actor, or kNone
  std::unordered_map<std::string, uint32_t> by_slug_;
  std::unordered_map<std::string, uint32_t> by_tail_;  // slugs of names' tails (organization())
  std::vector<Span> body_spans_;                       // bodies' mentions after pass one, by start
  bool body_spans_built_ = false;                      // see listed_with_a_body()
  // Words that refer back to an actor of this document, looked up in pass two.
  // Keys are added through ref_entry() only, which keeps ref_bits_ (see ref_bit()) in step.
  WordTable<Ref> refs_;
  std::array<uint64_t, 1024> ref_bits_{};  // 65,536 bits: see ref_bit()
  // Persons by surname: the first and last actor of the next_same_last chain.
  struct PersonChain {
    uint32_t head = kNone;
    uint32_t tail = kNone;
  };
  WordTable<PersonChain> persons_by_last_;
  WordTable<uint32_t> persons_by_first_;  // persons the lexicon does not know, by first name
};

}  // namespace

// The user-provided constructor keeps make_unique from zeroing the whole object (150 KB
// of filter arrays) before the members' own initializers run.
struct ActorFinder::Impl : Gazetteer {
  Impl() {}
};

ActorFinder::ActorFinder() : impl_(std::make_unique<Impl>()) { tables::load_in_use(*impl_); }
ActorFinder::~ActorFinder() = default;
ActorFinder::ActorFinder(ActorFinder&&) noexcept = default;
ActorFinder& ActorFinder::operator=(ActorFinder&&) noexcept = default;

std::string ActorFinder::add_lexicon(std::string_view bytes, std::string_view file_name) {
  // Keep the user's bytes: the tables hold views into them.
  std::string_view kept = impl_->keep(bytes);
  std::string error = impl_->add_actor_file(kept, file_name);
  return error;
}

ActorResult ActorFinder::find(const Document& doc, const std::vector<Token>& tokens,
                              const std::vector<Sentence>& sentences) const {
  return DocFinder(*impl_, doc, tokens, sentences).run();
}

namespace tables {

std::string actor_source_built() { return source_built<Gazetteer>(); }

std::string actor_source_in_use() { return source_in_use<Gazetteer>(); }

}  // namespace tables

}  // namespace speechscan
