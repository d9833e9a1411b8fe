#include "times_tense.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <vector>

#include "speechscan/data.h"

namespace speechscan::tense {
namespace {

uint64_t fnv1a_step(uint64_t h, unsigned char c) { return (h ^ c) * 1099511628211ull; }
constexpr uint64_t kFnvBasis = 1469598103934665603ull;

// The rows of time_verbs.tsv in one open-addressing table keyed by the word's bytes (keys
// are views into the embedded file): its class, the first class row winning, and whether
// an "intent" row names it ("set" has both). Sized once, at most a quarter full.
class VerbTable {
 public:
  struct Entry {
    const char* key = nullptr;
    uint32_t h32 = 0;
    uint8_t len = 0;  // 0: empty slot
    VerbClass cls = VerbClass::kNone;
    bool has_class = false;
    bool intent = false;
    bool determiner = false;   // a past form after it is an adjective
    bool possibility = false;  // a modal of possibility: could, might, may, would
    bool reported = false;     // a modal of reported future: would
    bool endpoint = false;     // a preposition that ends a period: until, till, through
    bool ahead = false;        // a word after which a date lies ahead: payable, effective
    bool attribution = false;  // a verb that attributes a report: said, told, announced
    bool plan = false;         // a past form of planning: planned, scheduled
    bool frame = false;        // a verb that frames another clause: know, think, pleased
    bool adjective = false;    // an -ing adjective: interesting, encouraging
    bool imagination = false;  // a verb of imagining: imagine, suppose, pretend
    bool change = false;       // a word of change before "from": up, down, rose, fell
  };

  VerbTable() {
    const std::string_view bytes = data::get("lexicon/time_verbs.tsv");
    size_t rows = 1;
    for (char c : bytes) rows += c == '\n';
    size_t cap = 64;
    while (cap < rows * 4) cap <<= 1;
    slots_.assign(cap, Entry{});
    mask_ = cap - 1;
    data::for_each_tsv_row(bytes, [&](std::span<const std::string_view> f, int) {
      if (f.size() < 2 || f[0].empty() || f[0].size() > 32) return;
      Entry& e = insert(f[0]);
      // Row kinds that mark a word; those that are no verb forms (determiners,
      // prepositions, adjectives) keep their shapes out of the verb filter.
      struct Kind {
        std::string_view name;
        bool Entry::*flag;
        bool verb_form;
      };
      static constexpr Kind kKinds[] = {{"determiner", &Entry::determiner, false},
                                        {"endpoint", &Entry::endpoint, false},
                                        {"ahead", &Entry::ahead, false},
                                        {"adjective", &Entry::adjective, false},
                                        {"change", &Entry::change, false},
                                        {"intent", &Entry::intent, true},
                                        {"possibility", &Entry::possibility, true},
                                        {"reported", &Entry::reported, true},
                                        {"attribution", &Entry::attribution, true},
                                        {"plan", &Entry::plan, true},
                                        {"frame", &Entry::frame, true},
                                        {"imagination", &Entry::imagination, true}};
      for (const Kind& k : kKinds) {
        if (f[1] != k.name) continue;
        e.*k.flag = true;
        if (!k.verb_form) return;
        shapes_.add(f[0]);
        if (k.flag == &Entry::imagination)
          imagination_min_length_ = std::min(imagination_min_length_, f[0].size());
        return;
      }
      shapes_.add(f[0]);
      if (!e.has_class) {
        e.has_class = true;
        e.cls = parse_class(f[1]);
      }
    });
    // Past verbs after a subject pronoun only (classify_after()).
    shapes_.add("used");
    shapes_.add("owed");
  }

  // REQUIRES: h == hash of `folded` (fnv1a_step over its bytes from kFnvBasis).
  const Entry* find(std::string_view folded, uint64_t h) const {
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Entry& e = slots_[i];
      if (e.len == 0) return nullptr;
      if (e.h32 == static_cast<uint32_t>(h) && e.len == folded.size() &&
          std::memcmp(e.key, folded.data(), folded.size()) == 0)
        return &e;
    }
  }
  const Entry* find(std::string_view folded) const {
    uint64_t h = kFnvBasis;
    for (char c : folded) h = fnv1a_step(h, static_cast<unsigned char>(c));
    return find(folded, h);
  }
  // True when classify(word) is certainly kNone: no ' or ’ (so the folded word is as long
  // as the word), no table word with its shape (VerbShapes), and no -ed ending.
  bool surely_none(std::string_view word) const {
    return word.empty() || (shapes_.surely_none_plain(word) && !has_apostrophe_byte(word));
  }
  const VerbShapes& shapes() const { return shapes_; }
  size_t imagination_min_length() const { return imagination_min_length_; }
  VerbClass class_of(std::string_view folded, uint64_t h) const {
    const Entry* e = find(folded, h);
    return e ? e->cls : VerbClass::kNone;
  }

 private:
  Entry& insert(std::string_view w) {
    uint64_t h = kFnvBasis;
    for (char c : w) h = fnv1a_step(h, static_cast<unsigned char>(c));
    size_t i = h & mask_;
    for (;; i = (i + 1) & mask_) {
      Entry& e = slots_[i];
      if (e.len == 0) break;
      if (e.h32 == static_cast<uint32_t>(h) && e.len == w.size() &&
          std::memcmp(e.key, w.data(), w.size()) == 0)
        return e;
    }
    Entry& e = slots_[i];
    e.key = w.data();
    e.h32 = static_cast<uint32_t>(h);
    e.len = static_cast<uint8_t>(w.size());
    return e;
  }
  static VerbClass parse_class(std::string_view c) {
    if (c == "future") return VerbClass::kFuture;
    if (c == "modal") return VerbClass::kModal;
    if (c == "past_aux") return VerbClass::kPastAux;
    if (c == "have") return VerbClass::kHave;
    if (c == "be") return VerbClass::kBe;
    if (c == "past") return VerbClass::kPast;
    if (c == "participle") return VerbClass::kParticiple;
    return VerbClass::kNone;
  }
  // True when `w` holds a byte of ' ’ or ‘ (the latter two start with 0xE2).
  static bool has_apostrophe_byte(std::string_view w) {
    size_t i = 0;
    if (w.size() >= 4) {
      // Four bytes at a time: a zero byte in x ^ pattern marks a match.
      auto has = [](uint32_t x) { return ((x - 0x01010101u) & ~x & 0x80808080u) != 0; };
      for (;; i += 4) {
        if (i + 4 > w.size()) i = w.size() - 4;  // the last, overlapping block
        uint32_t x;
        std::memcpy(&x, w.data() + i, sizeof x);
        if (has(x ^ 0x27272727u) || has(x ^ 0xE2E2E2E2u)) return true;
        if (i + 4 == w.size()) return false;
      }
    }
    for (; i < w.size(); ++i)
      if (w[i] == '\'' || static_cast<unsigned char>(w[i]) == 0xE2) return true;
    return false;
  }
  std::vector<Entry> slots_;
  size_t mask_ = 0;
  VerbShapes shapes_;
  size_t imagination_min_length_ = SIZE_MAX;  // the shortest "imagination" row
};

// Built on first use. The construction stays out of line so that the callers' fast paths
// (surely_none() is a few instructions) need no stack frame for it.
[[gnu::noinline]] const VerbTable& build_table() {
  static const VerbTable t;
  return t;
}
[[gnu::always_inline]] inline const VerbTable& table() {
  static const VerbTable* const t = &build_table();
  return *t;
}

// A word folded for look-up: ASCII letters to lower case, ’ and ‘ to '.
struct Folded {
  std::array<char, 32> buf;
  size_t n = 0;
  size_t apos = std::string_view::npos;  // first ' in the folded word
  uint64_t h = kFnvBasis;                // FNV-1a of the folded bytes
  std::string_view view() const { return std::string_view(buf.data(), n); }
};

// A byte as fold() writes it: A-Z lower-cased, any other byte itself; 0 for the bytes
// that its first loop leaves to the second: ' and 0xE2 (which starts ’ and ‘), and NUL.
constexpr std::array<uint8_t, 256> kFoldByte = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 1; c < 256; ++c)
    t[c] = static_cast<uint8_t>(c == '\'' || c == 0xE2 ? 0 : c >= 'A' && c <= 'Z' ? c + 32 : c);
  return t;
}();

// Folds `w` into `out`; false when the word does not fit (no verb form is that long).
bool fold(std::string_view w, Folded& out) {
  // Most words hold no apostrophe and fit: one table load folds each byte.
  if (w.size() <= out.buf.size()) {
    uint64_t h = kFnvBasis;
    size_t i = 0;
    for (; i < w.size(); ++i) {
      const uint8_t c = kFoldByte[static_cast<unsigned char>(w[i])];
      if (c == 0) break;
      out.buf[i] = static_cast<char>(c);
      h = fnv1a_step(h, c);
    }
    if (i == w.size()) {
      out.n = i;
      out.h = h;
      return true;
    }
  }
  size_t n = 0;
  uint64_t h = kFnvBasis;
  for (size_t i = 0; i < w.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(w[i]);
    if (c == 0xE2 && i + 2 < w.size() && static_cast<unsigned char>(w[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(w[i + 2]) == 0x99 ||
         static_cast<unsigned char>(w[i + 2]) == 0x98)) {
      c = '\'';
      i += 2;
    }
    if (n >= out.buf.size()) return false;
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c + 32);
    if (c == '\'' && out.apos == std::string_view::npos) out.apos = n;
    out.buf[n++] = static_cast<char>(c);
    h = fnv1a_step(h, c);
  }
  out.n = n;
  out.h = h;
  return true;
}

bool regular_past(std::string_view w) {
  if (w.size() < 5 || w.substr(w.size() - 2) != "ed") return false;
  for (char c : w)
    if (c < 'a' || c > 'z') return false;
  // Words in -ed that are rarely verbs in speeches, or are bases: "proceed", "exceed".
  static constexpr std::array<std::string_view, 13> kNot = {
      "indeed", "need",  "speed", "seed",  "hundred", "kindred", "sacred",
      "naked",  "bleed", "breed", "greed", "creed",   "steed"};
  for (auto n : kNot)
    if (w == n) return false;
  return !w.ends_with("ceed");
}

}  // namespace

VerbClass classify(std::string_view word) {
  const VerbTable& t = table();
  if (t.surely_none(word)) return VerbClass::kNone;
  Folded f;
  if (!fold(word, f)) return VerbClass::kNone;
  const std::string_view w = f.view();
  VerbClass c = t.class_of(w, f.h);
  if (c != VerbClass::kNone) return c;
  const size_t apos = f.apos;
  if (apos != std::string_view::npos && apos > 0) {
    std::string_view tail = w.substr(apos);
    if (tail == "'s") return VerbClass::kNone;  // possessive more often than "is"
    const VerbTable::Entry* e = t.find(tail);
    c = e ? e->cls : VerbClass::kNone;
    if (c != VerbClass::kNone) return c;
  }
  // A capitalised -ed word is a name more often than a verb: "United", "Red".
  if (!word.empty() && !(word[0] >= 'A' && word[0] <= 'Z') && regular_past(w))
    return VerbClass::kPast;
  return VerbClass::kNone;
}

namespace {

// The table's entry for `word` folded, or null.
const VerbTable::Entry* entry_of(std::string_view word) {
  Folded f;
  if (!fold(word, f)) return nullptr;
  return table().find(f.view(), f.h);
}

// Whether the table's entry for `word` (folded) has the row kind `flag`.
bool entry_has(std::string_view word, bool VerbTable::Entry::*flag) {
  const VerbTable::Entry* e = entry_of(word);
  return e && e->*flag;
}

bool is_reported_future(std::string_view word) {
  return entry_has(word, &VerbTable::Entry::reported);
}

}  // namespace

bool is_intent(std::string_view word) {
  return entry_has(word, &VerbTable::Entry::intent);
}

bool is_determiner(std::string_view word) {
  return entry_has(word, &VerbTable::Entry::determiner);
}

bool is_possibility(std::string_view word) {
  return entry_has(word, &VerbTable::Entry::possibility);
}

bool is_imagination(std::string_view word) {
  // Most words are shorter than any verb of imagining: no fold, no look-up.
  return word.size() >= table().imagination_min_length() &&
         entry_has(word, &VerbTable::Entry::imagination);
}

size_t imagination_min_length() { return table().imagination_min_length(); }

bool is_endpoint(std::string_view word) {
  return entry_has(word, &VerbTable::Entry::endpoint);
}

bool is_ahead(std::string_view word) { return entry_has(word, &VerbTable::Entry::ahead); }

bool is_change(std::string_view word) { return entry_has(word, &VerbTable::Entry::change); }

bool is_ing_adjective(std::string_view word) {
  return entry_has(word, &VerbTable::Entry::adjective);
}

bool is_frame_or_be(std::string_view word) {
  if (table().surely_none(word)) return false;
  const VerbTable::Entry* e = entry_of(word);
  return e && (e->frame || e->cls == VerbClass::kBe);
}

VerbClass classify_after(std::string_view prev, std::string_view word) {
  if (word == "'s" || word == "\xE2\x80\x99s") {
    Folded f;
    if (!fold(prev, f)) return VerbClass::kNone;
    const std::string_view p = f.view();
    static constexpr std::array<std::string_view, 9> kPronouns = {
        "it", "that", "he", "she", "there", "what", "here", "who", "where"};
    for (auto x : kPronouns)
      if (p == x) return VerbClass::kBe;
    return VerbClass::kNone;
  }
  const VerbClass c = classify(word);
  // The verb table leaves "used" and "owed" alone ("used cars"); after a subject pronoun
  // they are past verbs: "a term that you used earlier this year".
  if (c == VerbClass::kNone && (word == "used" || word == "owed")) {
    Folded f;
    if (!fold(prev, f)) return c;
    const std::string_view p = f.view();
    static constexpr std::array<std::string_view, 6> kSubjects = {"i",  "you", "we",
                                                                  "he", "she", "they"};
    for (auto x : kSubjects)
      if (p == x) return VerbClass::kPast;
  }
  return c;
}

const VerbShapes& verb_shapes() { return table().shapes(); }

bool looks_like_verb(std::string_view word) {
  if (word.empty() || !(word[0] >= 'a' && word[0] <= 'z')) return false;
  return classify(word) != VerbClass::kNone;
}

Tense nearest_tense(std::string_view text, const std::vector<Token>& tokens, uint32_t first,
                    uint32_t end, uint32_t near, Tense fallback) {
  // Only the tokens within kReach of `near` are read: a verb farther away governs another
  // clause, and a run-on sentence of times (a hostile file) then costs each time the same.
  constexpr uint32_t kReach = 32;
  if (end - first > 2 * kReach) {
    const auto at = static_cast<uint32_t>(
        std::lower_bound(tokens.begin() + first, tokens.begin() + end, near,
                         [](const Token& t, uint32_t off) { return t.start < off; }) -
        tokens.begin());
    first = at > first + kReach ? at - kReach : first;
    end = std::min(end, at + kReach);
  }
  uint32_t best_dist = UINT32_MAX;
  Tense best = fallback;
  bool verb_before = false;  // some verb before the time was considered
  bool comma_after = false;  // a comma lies between the time and token i
  auto consider = [&](uint32_t pos, Tense t) {
    verb_before |= pos < near;
    uint32_t d = pos > near ? pos - near : near - pos;
    if (d < best_dist) {
      best_dist = d;
      best = t;
    }
  };
  uint32_t last_future = UINT32_MAX;
  const VerbShapes& shapes = table().shapes();
  // An aside between dashes or in parentheses that the time is not in has verbs of its
  // own: "From April, the package – which Labour opposed – will boost incomes".
  auto aside_opener = [&](const Token& t) {
    const std::string_view p = text.substr(t.start, t.length);
    return p == "(" || p == "\xE2\x80\x93" || p == "\xE2\x80\x94" || p == "--" ||
           (p == "-" && t.start > 0 && text[t.start - 1] == ' ');
  };
  constexpr uint32_t kMaxAsideTokens = 16;
  for (uint32_t i = first; i < end; ++i) {
    const Token& tok = tokens[i];
    if (tok.kind != TokenKind::kWord) {
      comma_after |= tok.start > near && tok.length == 1 && text[tok.start] == ',';
      if (tok.kind == TokenKind::kPunct && aside_opener(tok)) {
        const std::string_view open = text.substr(tok.start, tok.length);
        for (uint32_t j = i + 1; j < end && j <= i + kMaxAsideTokens; ++j) {
          const std::string_view q = text.substr(tokens[j].start, tokens[j].length);
          const bool closes = open == "(" ? q == ")" : q == open;
          if (q == "." || q == ";") break;
          if (!closes) continue;
          if (!(tok.start < near && near < tokens[j].start)) i = j;
          break;
        }
      }
      continue;
    }
    std::string_view w = text.substr(tok.start, tok.end() - tok.start);
    // Most words of a sentence are no verb form: the shape test rejects them unfolded.
    VerbClass c = VerbClass::kNone;
    if (!surely_no_verb(shapes, tok, w)) {
      std::string_view prev =
          i > first ? text.substr(tokens[i - 1].start, tokens[i - 1].end() - tokens[i - 1].start)
                    : std::string_view();
      c = classify_after(prev, w);
    }
    // The verb a modal governs shares its tense: "will be home", "will have gone".
    if (c != VerbClass::kNone && c != VerbClass::kFuture && last_future != UINT32_MAX &&
        i <= last_future + 3) {
      consider(tok.start, Tense::kFuture);
      continue;
    }
    if (c == VerbClass::kFuture) last_future = i;
    if (c == VerbClass::kModal) {
      last_future = UINT32_MAX;
      // "said he would meet on Friday": the future of a report lies after the report, so
      // its date is the nearest one, not the past verb's. Not "would have gone", nor a
      // "would" after the time ("this spring that would force"): another clause's.
      if (tok.start < near && i + 1 < end && is_reported_future(w) &&
          classify(text.substr(tokens[i + 1].start, tokens[i + 1].end() - tokens[i + 1].start)) !=
              VerbClass::kHave) {
        consider(tok.start, Tense::kPresent);
        continue;
      }
    }
    // "the accession was planned for early March": a plan's date is the nearest one,
    // whatever the tense of the planning.
    if (w == "for" && i > first && tok.end() <= near && i + 1 < end &&
        (tokens[i + 1].start >= near || (i + 2 < end && tokens[i + 2].start >= near)) &&
        is_intent(text.substr(tokens[i - 1].start, tokens[i - 1].end() - tokens[i - 1].start))) {
      consider(tok.start, Tense::kPresent);
      continue;
    }
    // "invited the Prime Minister to come ... in December": the infinitive looks ahead.
    if (w == "to" && i + 1 < end && i > first) {
      const Token& nx = tokens[i + 1];
      unsigned char c0 = static_cast<unsigned char>(text[nx.start]);
      // "the election to be held on 28 October": a passive infinitive after a noun.
      if (i + 2 < end && text.substr(nx.start, nx.length) == "be" && tokens[i + 2].start < near &&
          classify(text.substr(tokens[i + 2].start, tokens[i + 2].length)) == VerbClass::kPast) {
        consider(tok.start, Tense::kFuture);
        last_future = i;
        continue;
      }
      // "is to resume trading Tuesday", "are to meet in May": be and an infinitive is a
      // plan (not "what is to be done": "be" is the passive's above).
      if (nx.kind == TokenKind::kWord && c0 >= 'a' && c0 <= 'z' && nx.start < near) {
        const std::string_view pv = text.substr(tokens[i - 1].start, tokens[i - 1].length);
        if (pv == "is" || pv == "are" || pv == "am") {
          consider(tok.start, Tense::kFuture);
          last_future = i;
          continue;
        }
      }
      if (nx.kind == TokenKind::kWord && c0 >= 'a' && c0 <= 'z') {
        for (uint32_t j = i; j-- > first && j + 6 > i;) {
          if (is_intent(text.substr(tokens[j].start, tokens[j].end() - tokens[j].start))) {
            // "agreed in June to buy": a time right after the verb, or after one word, is
            // the verb's; in "scheduled a news conference Thursday to announce" it is not.
            const bool verbs_time =
                tokens[j].end() <= near && near < tok.start && j + 1 < i &&
                (tokens[j + 1].start >= near || (j + 2 < i && tokens[j + 2].start >= near));
            if (!verbs_time) {
              consider(tok.start, Tense::kFuture);
              last_future = i;  // the infinitive's verb shares it: "hope to do so in May"
            }
            break;
          }
        }
      }
      continue;
    }
    switch (c) {
      case VerbClass::kFuture:
        consider(tok.start, Tense::kFuture);
        break;
      case VerbClass::kPastAux:
        consider(tok.start, Tense::kPast);
        break;
      case VerbClass::kPast:
        // "is expected", "be deployed": a participle after be is not a past tense.
        if (i > first) {
          VerbClass p = classify(text.substr(tokens[i - 1].start,
                                             tokens[i - 1].end() - tokens[i - 1].start));
          if (p == VerbClass::kBe || p == VerbClass::kFuture || p == VerbClass::kModal) break;
        }
        if (w[0] >= 'A' && w[0] <= 'Z' && i == first) break;
        // "has decided to admit them in early March, an official said": the attribution
        // after a comma is not the verb of the clause the time is in.
        if (comma_after && verb_before && entry_has(w, &VerbTable::Entry::attribution)) break;
        // "planned a demonstration on Saturday", "scheduled a vote for Monday": what was
        // planned lies at the nearest such date.
        if (tok.start < near && entry_has(w, &VerbTable::Entry::plan)) {
          consider(tok.start, Tense::kPresent);
          break;
        }
        // "the repeated promises", "our elected members": after a determiner an -ed
        // form is an adjective.
        if (i > first && is_determiner(text.substr(tokens[i - 1].start,
                                                   tokens[i - 1].end() - tokens[i - 1].start)))
          break;
        consider(tok.start, Tense::kPast);
        break;
      case VerbClass::kHave: {
        // A perfect ("has built", "have seen") is past; "have to" is not.
        if (i + 1 < end) {
          std::string_view nx =
              text.substr(tokens[i + 1].start, tokens[i + 1].end() - tokens[i + 1].start);
          VerbClass n = classify(nx);
          // "A June 3 hearing has been scheduled": a plan's date is the nearest one.
          if (i + 2 < end && tok.start > near &&
              entry_has(text.substr(tokens[i + 2].start, tokens[i + 2].length),
                        &VerbTable::Entry::plan)) {
            consider(tok.start, Tense::kPresent);
            break;
          }
          if (n == VerbClass::kPast || n == VerbClass::kParticiple || n == VerbClass::kPastAux ||
              (i + 2 < end && classify(text.substr(tokens[i + 2].start,
                                                   tokens[i + 2].end() - tokens[i + 2].start)) ==
                                  VerbClass::kPast))
            consider(tok.start, Tense::kPast);
        }
        break;
      }
      case VerbClass::kBe: {
        // "going to" + verb is a future.
        if (i + 2 < end) {
          std::string_view nx =
              text.substr(tokens[i + 1].start, tokens[i + 1].end() - tokens[i + 1].start);
          std::string_view nx2 =
              text.substr(tokens[i + 2].start, tokens[i + 2].end() - tokens[i + 2].start);
          if (nx == "going" && nx2 == "to") {
            consider(tok.start, Tense::kFuture);
            break;
          }
        }
        consider(tok.start, Tense::kPresent);
        break;
      }
      default:
        break;
    }
  }
  return best;
}

}  // namespace speechscan::tense
