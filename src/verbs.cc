#include "speechscan/verbs.h"

#include <array>
#include <bit>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "speechscan/data.h"
#include "speechscan/unicode.h"

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

// ---------------------------------------------------------------------------------------
// Hashing word bytes eight at a time, so that building the base table can hash a short
// line with one load (see VerbLexicon::add_bases).

// The n bytes at p as a little-endian number, zero-padded. REQUIRES: n <= 8.
uint64_t load_le(const char* p, size_t n) {
  if constexpr (std::endian::native == std::endian::little) {
    // Two overlapping loads; the bytes they share are equal, so OR puts each in place.
    if (n >= 4) {
      uint32_t lo, hi;
      std::memcpy(&lo, p, 4);
      std::memcpy(&hi, p + n - 4, 4);
      return lo | uint64_t{hi} << (8 * (n - 4));
    }
    if (n >= 2) {
      uint16_t lo, hi;
      std::memcpy(&lo, p, 2);
      std::memcpy(&hi, p + n - 2, 2);
      return lo | uint64_t{hi} << (8 * (n - 2));
    }
    return n == 1 ? static_cast<unsigned char>(p[0]) : 0;
  } else {
    uint64_t x = 0;
    for (size_t i = 0; i < n; ++i) x |= uint64_t{static_cast<unsigned char>(p[i])} << (8 * i);
    return x;
  }
}

uint64_t load8_le(const char* p) {
  if constexpr (std::endian::native == std::endian::little) {
    uint64_t x;
    std::memcpy(&x, p, 8);
    return x;
  } else {
    return load_le(p, 8);
  }
}

uint64_t mix(uint64_t h) {
  h *= 0x9E3779B97F4A7C15ull;
  return h ^ (h >> 29);
}

// The last step of hash_word: the (possibly empty) zero-padded tail and the length.
uint64_t hash_tail(uint64_t h, uint64_t tail, size_t n) {
  return mix(h ^ tail ^ (uint64_t{n} << 56));
}

// Full eight-byte chunks, then the tail.
uint64_t hash_word(std::string_view s) {
  uint64_t h = 0;
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) h = mix(h ^ load8_le(s.data() + i));
  return hash_tail(h, load_le(s.data() + i, s.size() - i), s.size());
}

// The base list proper: a set of lines of one file, each slot holding a line's offset
// and length (offset << 8 | length; 0 = empty), so that it needs no other storage.
class LineSet {
 public:
  LineSet(std::string_view bytes, size_t expected) : bytes_(bytes) { rehash(expected); }

  // REQUIRES: 0 < n < 256, offset + n <= bytes.size() < 2^24,
  //           h = hash_word(bytes.substr(offset, n)).
  void insert(size_t offset, size_t n, uint64_t h) {
    if (size_ >= grow_at_) rehash(slots_.size());
    uint32_t* slots = slots_.data();
    const uint32_t entry = static_cast<uint32_t>(offset << 8 | n);
    for (size_t i = h >> shift_;; i = (i + 1) & mask_) {
      uint32_t s = slots[i];
      if (s == 0) {
        slots[i] = entry;
        ++size_;
        return;
      }
      if ((s & 0xFF) == n && std::memcmp(bytes_.data() + (s >> 8), bytes_.data() + offset, n) == 0) {
        return;
      }
    }
  }
  bool contains(std::string_view w) const {
    for (size_t i = hash_word(w) >> shift_;; i = (i + 1) & mask_) {
      uint32_t s = slots_[i];
      if (s == 0) return false;
      if ((s & 0xFF) == w.size() && std::memcmp(bytes_.data() + (s >> 8), w.data(), w.size()) == 0) {
        return true;
      }
    }
  }

 private:
  std::string_view line(uint32_t s) const { return bytes_.substr(s >> 8, s & 0xFF); }
  void rehash(size_t n) {  // room for n at most 2/3 load
    size_t cap = 16;
    int bits = 4;
    while (cap * 2 < 3 * n) {
      cap <<= 1;
      ++bits;
    }
    std::vector<uint32_t> old = std::move(slots_);
    slots_.assign(cap, 0);
    shift_ = 64 - bits;
    mask_ = cap - 1;
    grow_at_ = cap * 3 / 4;
    for (uint32_t s : old) {
      if (s == 0) continue;
      for (size_t i = hash_word(line(s)) >> shift_;; i = (i + 1) & (cap - 1)) {
        if (slots_[i] == 0) {
          slots_[i] = s;
          break;
        }
      }
    }
  }

  std::string_view bytes_;
  std::vector<uint32_t> slots_;
  size_t size_ = 0;
  size_t grow_at_ = 0;  // rehash before the load passes 3/4
  size_t mask_ = 0;
  int shift_ = 0;
};

// Open addressing with linear probing over keys that outlive the table (views into the
// embedded data). Sized once from an estimate; grows (rehashing) only past 3/4 load.
template <typename V>
class FlatMap {
 public:
  explicit FlatMap(size_t expected) { rehash(expected); }

  // The value of `key` (hash `h` = hash_word(key)), inserted as V{} when absent.
  V& insert(std::string_view key, uint64_t h) {
    if ((keys_.size() + 1) * 4 > slots_.size() * 3) rehash(slots_.size());
    size_t mask = slots_.size() - 1;
    for (size_t i = h >> shift_;; i = (i + 1) & mask) {
      uint32_t s = slots_[i];
      if (s == 0) {
        keys_.push_back(key);
        values_.emplace_back();
        slots_[i] = static_cast<uint32_t>(keys_.size());
        return values_.back();
      }
      if (keys_[s - 1] == key) return values_[s - 1];
    }
  }
  V& insert(std::string_view key) { return insert(key, hash_word(key)); }

  const V* find(std::string_view key) const {
    size_t mask = slots_.size() - 1;
    for (size_t i = hash_word(key) >> shift_;; i = (i + 1) & mask) {
      uint32_t s = slots_[i];
      if (s == 0) return nullptr;
      if (keys_[s - 1] == key) return &values_[s - 1];
    }
  }

 private:
  // Room for `n` keys at most half load.
  void rehash(size_t n) {
    size_t cap = 16;
    int bits = 4;
    while (cap < 2 * n) {
      cap <<= 1;
      ++bits;
    }
    slots_.assign(cap, 0);
    shift_ = 64 - bits;
    for (uint32_t k = 0; k < keys_.size(); ++k) {
      for (size_t i = hash_word(keys_[k]) >> shift_;; i = (i + 1) & (cap - 1)) {
        if (slots_[i] == 0) {
          slots_[i] = k + 1;
          break;
        }
      }
    }
    keys_.reserve(n);
    values_.reserve(n);
  }

  std::vector<uint32_t> slots_;  // index + 1 into keys_/values_; 0 = empty
  std::vector<std::string_view> keys_;
  std::vector<V> values_;
  int shift_ = 0;
};

struct Irregular {
  std::string_view lemma;
  uint8_t forms = 0;
};

struct Base {
  bool irregular = false;  // a base of verbs_irregular.tsv
};

// Bases are looked up as a stem plus at most one letter ("hop" + 'e'), put together in a
// buffer of this size (a longer candidate, never seen in the data, takes a string).
constexpr size_t kMaxBaseBytes = 62;

class VerbLexicon {
 public:
  VerbLexicon()
      : lines_(data::get("lexicon/words_verbs.tsv"), data::get("lexicon/words_verbs.tsv").size() / 8),
        bases_(256),
        irregular_(512) {
    add_bases(data::get("lexicon/words_verbs.tsv"));
    // First pass: every irregular base is a base, and keeps itself as its lemma even
    // where it is also another verb's form ("lay" is the past of "lie").
    std::string_view irregular = data::get("lexicon/verbs_irregular.tsv");
    each_first_field(irregular, [&](std::string_view base) { add_base(base, true); });
    data::for_each_tsv_row(irregular, [&](auto fields, int) {
      std::string_view base = fields[0];
      add(base, base, kVerbBase);
      if (fields.size() > 1) add_all(fields[1], base, kVerbPast);
      if (fields.size() > 2) add_all(fields[2], base, kVerbParticiple);
      if (fields.size() > 3) {
        each_alternative(fields[3], [&](std::string_view form) {
          uint8_t kind = form.ends_with("ing") ? kVerbGerund : kVerbThirdPerson;
          if (form == "am" || form == "are") kind = kVerbBase;
          add(form, base, kind);
        });
      }
    });
  }

  const Irregular* irregular(std::string_view w) const { return irregular_.find(w); }
  bool is_base(std::string_view w) const {
    return w.size() <= max_base_ && (lines_.contains(w) || bases_.find(w) != nullptr);
  }
  // Whether `stem` + `extra` (no letter when 0) is a base.
  bool is_base(std::string_view stem, char extra) const {
    if (extra == 0) return is_base(stem);
    if (stem.size() + 1 > max_base_) return false;
    char buf[kMaxBaseBytes + 1];
    if (stem.size() + 1 > sizeof buf) return is_base(std::string(stem) + extra);
    std::memcpy(buf, stem.data(), stem.size());
    buf[stem.size()] = extra;
    return is_base(std::string_view(buf, stem.size() + 1));
  }

 private:
  // words_verbs.tsv: one base a line. A line is read and hashed eight bytes at a time,
  // its end being the first byte below '!' (SWAR: the lowest flagged byte is exact); a
  // line whose first such byte is not '\n' (a tab, '\r', a space), a comment, a blank
  // line and the file's last bytes take the general TSV rules.
  void add_bases(std::string_view bytes) {
    const char* p = bytes.data();
    const bool fast = bytes.size() < (size_t{1} << 24);  // LineSet's offsets have 24 bits
    size_t pos = 0;
    while (pos < bytes.size()) {
      if (std::endian::native == std::endian::little && fast) {
        uint64_t h = 0;
        size_t j = pos;
        uint64_t low = 0;
        uint64_t x = 0;
        while (j + 8 <= bytes.size()) {
          x = load8_le(p + j);
          low = (x - 0x2121212121212121ull) & ~x & 0x8080808080808080ull;
          if (low != 0) break;
          h = mix(h ^ x);
          j += 8;
        }
        if (low != 0) {
          size_t k = static_cast<size_t>(std::countr_zero(low)) / 8;
          size_t n = j + k - pos;
          if (p[j + k] == '\n' && n > 0 && n < 256 && p[pos] != '#') {
            lines_.insert(pos, n, hash_tail(h, x & ((uint64_t{1} << (8 * k)) - 1), n));
            if (n > max_base_) max_base_ = n;
            pos = j + k + 1;
            continue;
          }
        }
      }
      size_t eol = bytes.find('\n', pos);
      if (eol == std::string_view::npos) eol = bytes.size();
      std::string_view line = bytes.substr(pos, eol - pos);
      pos = eol + 1;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.empty() || line.front() == '#') continue;
      add_base(line.substr(0, line.find('\t')), false);
    }
  }
  // Empty only from an irregular row (as before: words_verbs.tsv skips empty fields).
  // fn(first field) for every data line of a TSV file, as data::for_each_tsv_row reads it.
  template <typename Fn>
  static void each_first_field(std::string_view bytes, Fn&& fn) {
    data::for_each_tsv_line(bytes, [&fn](std::string_view line, int) { fn(line.substr(0, line.find('\t'))); });
  }
  void add_base(std::string_view w, bool irregular) {
    if (w.empty() && !irregular) return;
    Base& b = bases_.insert(w);
    b.irregular |= irregular;
    if (w.size() > max_base_) max_base_ = w.size();
  }
  bool is_irregular_base(std::string_view w) const {
    const Base* b = bases_.find(w);
    return b != nullptr && b->irregular;
  }

  template <typename Fn>
  static void each_alternative(std::string_view field, Fn&& fn) {
    size_t pos = 0;
    while (pos <= field.size()) {
      size_t bar = field.find('|', pos);
      if (bar == std::string_view::npos) bar = field.size();
      std::string_view alt = field.substr(pos, bar - pos);
      if (!alt.empty()) fn(alt);
      pos = bar + 1;
    }
  }
  void add_all(std::string_view field, std::string_view base, uint8_t kind) {
    each_alternative(field, [&](std::string_view form) { add(form, base, kind); });
  }
  void add(std::string_view form, std::string_view base, uint8_t kind) {
    // A form that is itself an irregular base keeps itself as lemma and collects the
    // kinds it has as other verbs' forms: "lay" is base of lay and past of lie.
    std::string_view lemma = is_irregular_base(form) ? form : base;
    Irregular& e = irregular_.insert(form);
    if (e.lemma.data() == nullptr) e.lemma = lemma;
    if (e.lemma == base || e.lemma == form) e.forms |= kind;
  }

  // Keys are views into the embedded data, which lives as long as the program.
  LineSet lines_;        // the lines of words_verbs.tsv read by the fast path
  FlatMap<Base> bases_;  // other bases: irregular ones, lines the fast path leaves
  FlatMap<Irregular> irregular_;
  size_t max_base_ = 0;
};

const VerbLexicon& lexicon() {
  static const VerbLexicon lex;
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
  if (const Irregular* irr = lex.irregular(w)) {
    r.lemma.assign(irr->lemma);
    r.forms = irr->forms;
    r.known = true;
  } else {
    r.lemma.assign(w);
  }
  if (lex.is_base(w)) {
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
