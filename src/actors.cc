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
#include <cstring>
#include <deque>
#include <unordered_map>
#include <unordered_set>

#include "speechscan/data.h"
#include "speechscan/unicode.h"

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
  if (s == "person") return ActorType::kPerson;
  if (s == "country") return ActorType::kCountry;
  if (s == "organization" || s == "organisation") return ActorType::kOrganization;
  if (s == "group") return ActorType::kGroup;
  if (s == "place") return ActorType::kPlace;
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
  if (s.compare(i, 3, "\xE2\x80\x99") == 0) {
    *len = 3;
    return true;
  }
  return false;
}

}  // namespace

std::string slugify(std::string_view name) {
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

// What the gazetteer knows about one actor before reading any document.
struct Known {
  std::string id;
  std::string name;
  std::string role;
  ActorType type = ActorType::kPerson;
  std::string_view first;  // persons: first and last word of `name` (views into name)
  std::string_view last;
};

struct TitleInfo {
  std::string text;  // as written in the table: "Prime Minister"
  bool honorific = false;
  bool weak = false;
};

// Multi-token phrases keyed by their first token's bytes. The phrases' tokens come from
// the same tokenizer as the text, so "Her Majesty’s Government" and "U.S." split alike.
class PhraseTable {
 public:
  struct Match {
    uint32_t length = 0;  // tokens
    uint32_t value = kNone;
  };

  // REQUIRES: `form` outlives the table (it is kept in the owner's string store).
  void add(std::string_view form, uint32_t value) {
    std::vector<Token> toks = tokenize(form);
    if (toks.empty()) return;
    std::string_view first = slice(form, toks[0].span());
    Phrase p;
    p.value = value;
    for (size_t k = 1; k < toks.size(); ++k) p.rest.push_back(slice(form, toks[k].span()));
    auto& list = by_first_[first];
    for (const auto& q : list) {
      if (q.rest == p.rest) return;  // first definition wins
    }
    list.push_back(std::move(p));
    // Longest first, so that the first full match is the longest one.
    std::stable_sort(list.begin(), list.end(),
                     [](const Phrase& a, const Phrase& b) { return a.rest.size() > b.rest.size(); });
    auto b0 = static_cast<unsigned char>(first[0]);
    if (!(b0 >= 'A' && b0 <= 'Z') && b0 < 0x80) other_first_[filter_bit(first)] = true;
  }

  // Whether a word token that is not capitalised might start a phrase: only when a
  // phrase starts with a word of the same first two bytes and length ("al Qaeda", "von
  // der Leyen"), so that ordinary lower-case words cost no hash look-up.
  bool may_start_lower(std::string_view text, const Token& t) const {
    auto b0 = static_cast<unsigned char>(text[t.start]);
    auto b1 = t.end - t.start > 1 ? static_cast<unsigned char>(text[t.start + 1]) : 0u;
    return b0 >= 0x80 || other_first_[filter_bit(b0, b1, t.end - t.start)];
  }

  struct Phrase {
    std::vector<std::string_view> rest;  // tokens after the first
    uint32_t value = kNone;
  };
  using List = std::vector<Phrase>;

  // The phrases starting with `word`, or nullptr. The pointer stays valid while no
  // phrase is added (unordered_map nodes do not move).
  const List* list(std::string_view word) const {
    auto it = by_first_.find(word);
    return it == by_first_.end() ? nullptr : &it->second;
  }
  template <typename Fn>
  void for_each_first(Fn&& fn) const {
    for (const auto& [w, l] : by_first_) fn(w, &l);
  }

  // Longest phrase of `phrases` (those starting with token i) ending before token `end`.
  static Match match(const List* phrases, std::string_view text, const std::vector<Token>& tokens,
                     uint32_t i, uint32_t end) {
    if (phrases == nullptr) return {};
    for (const Phrase& p : *phrases) {
      if (i + 1 + p.rest.size() > end) continue;
      bool ok = true;
      for (size_t k = 0; k < p.rest.size() && ok; ++k) {
        ok = slice(text, tokens[i + 1 + k].span()) == p.rest[k];
      }
      if (ok) return {static_cast<uint32_t>(1 + p.rest.size()), p.value};
    }
    return {};
  }

  // The value of a one-token phrase equal to `word`, or kNone.
  uint32_t single(std::string_view word) const {
    const List* l = list(word);
    if (l == nullptr) return kNone;
    for (const Phrase& p : *l) {
      if (p.rest.empty()) return p.value;
    }
    return kNone;
  }

 private:
  std::unordered_map<std::string_view, std::vector<Phrase>> by_first_;
  static size_t filter_bit(unsigned b0, unsigned b1, size_t size) {
    return ((b0 * 31u + b1) * 31u + (size < 31 ? size : 31)) % 4096u;
  }
  static size_t filter_bit(std::string_view w) {
    return filter_bit(static_cast<unsigned char>(w[0]),
                      w.size() > 1 ? static_cast<unsigned char>(w[1]) : 0u, w.size());
  }
  std::array<bool, 4096> other_first_{};
};

// A hash map from words to values for the hot loop: open addressing over a power-of-two
// array, a cheap hash of the first and last eight bytes, no allocation on look-up. Keys
// are views: their bytes must outlive the table.
template <typename V>
class WordTable {
 public:
  // The value for `w`, default-constructed on first use.
  V& operator[](std::string_view w) {
    if ((values_.size() + 1) * 2 > slots_.size()) grow();
    size_t i = probe(w);
    if (slots_[i].value == kEmpty) {
      slots_[i] = {w.data(), static_cast<uint32_t>(w.size()), static_cast<uint32_t>(values_.size()),
                   head(w)};
      values_.emplace_back();
    }
    return values_[slots_[i].value];
  }
  const V* find(std::string_view w) const {
    if (slots_.empty()) return nullptr;
    const Slot& s = slots_[probe(w)];
    return s.value == kEmpty ? nullptr : &values_[s.value];
  }
  V* find(std::string_view w) {
    return const_cast<V*>(static_cast<const WordTable*>(this)->find(w));
  }
  bool empty() const { return values_.empty(); }
  void clear() {
    slots_.clear();
    values_.clear();
  }

 private:
  static constexpr uint32_t kEmpty = 0xFFFFFFFFu;
  struct Slot {
    const char* data = nullptr;
    uint32_t size = 0;
    uint32_t value = kEmpty;
    uint64_t head = 0;  // the first eight bytes, zero-padded: most compares end here
  };

  static uint64_t head(std::string_view w) {
    uint64_t a = 0;
    if (w.size() >= 8) {
      std::memcpy(&a, w.data(), 8);
    } else {
      for (size_t k = 0; k < w.size(); ++k) {
        a |= static_cast<uint64_t>(static_cast<unsigned char>(w[k])) << (8 * k);
      }
    }
    return a;
  }
  static uint64_t hash(uint64_t a, std::string_view w) {
    uint64_t b = 0;
    if (w.size() > 8) std::memcpy(&b, w.data() + w.size() - 8, 8);
    uint64_t h = (a ^ (b * 0x9E3779B97F4A7C15ull) ^ w.size()) * 0xFF51AFD7ED558CCDull;
    return h ^ (h >> 29);
  }
  // The slot holding `w`, or the empty slot where it would go.
  size_t probe(std::string_view w) const {
    size_t mask = slots_.size() - 1;
    uint64_t a = head(w);
    size_t i = hash(a, w) & mask;
    while (true) {
      const Slot& s = slots_[i];
      if (s.value == kEmpty) return i;
      if (s.head == a && s.size == w.size() &&
          (w.size() <= 8 || std::memcmp(s.data + 8, w.data() + 8, w.size() - 8) == 0)) {
        return i;
      }
      i = (i + 1) & mask;
    }
  }
  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
    for (const Slot& s : old) {
      if (s.value != kEmpty) slots_[probe({s.data, s.size})] = s;
    }
  }

  std::vector<Slot> slots_;
  std::vector<V> values_;
};

enum class StopKind : uint8_t { kNotStop, kOrdinary, kCalendar };

// Everything the tables say about one word, so that a token costs one hash look-up.
struct Lexeme {
  const PhraseTable::List* names = nullptr;   // known names starting with the word
  const PhraseTable::List* titles = nullptr;  // titles starting with the word
  StopKind stop = StopKind::kNotStop;
  bool given = false;                         // a given name
};

bool is_word(const Token& t) { return t.kind == TokenKind::kWord; }
bool is_cap(const Token& t) { return t.kind == TokenKind::kWord && t.has(kUpperInitial); }

// Lower-case words that join the parts of a person's name: "Osama bin Laden".
bool is_name_particle(std::string_view w) {
  static constexpr std::string_view kParticles[] = {"bin", "ibn", "al", "el", "de", "del", "della",
                                                    "der", "van", "von", "da", "di", "du", "la",
                                                    "le", "ben", "dos", "das", "ter", "den"};
  for (auto p : kParticles) {
    if (w == p) return true;
  }
  return false;
}

// Lower-case words that make the name before them an organisation: "the Qaddafi regime".
bool is_regime_word(std::string_view w) {
  return w == "regime" || w == "government" || w == "administration" || w == "junta" ||
         w == "Government" || w == "Administration" || w == "Regime";
}

// Words that title case leaves in lower case: "Statement on the Response to ...".
bool is_function_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {"a",  "an", "the", "of",   "on", "in",  "at",
                                                "to", "for", "by", "and", "or", "with", "from",
                                                "as", "vs", "de", "into", "upon"};
  for (auto f : kWords) {
    if (w == f) return true;
  }
  return false;
}

// Connectors inside an organisation's name: "College of Policing", "Department of Health
// and Social Care". "in" and "on" are left out: "the Council of Ministers in Brussels".
bool is_of_word(std::string_view w) { return w == "of" || w == "for"; }
bool is_inner_connector(std::string_view w) {
  return w == "and" || w == "&" || w == "de";
}

// Everything known before reading a document; read-only while documents are analysed.
struct Gazetteer {
  std::deque<std::string> strings;  // owns every key and form the tables view
  std::deque<Known> known;          // stable addresses: Known::first/last view into it
  std::unordered_map<std::string_view, uint32_t> by_id;
  std::unordered_map<std::string_view, uint32_t> known_person_by_name;  // "Keir Starmer"
  PhraseTable names;                // value: index into known
  PhraseTable titles;               // value: index into title_info
  std::vector<TitleInfo> title_info;
  std::unordered_map<std::string_view, ActorType> heads;
  std::unordered_map<std::string_view, StopKind> stop;
  std::unordered_set<std::string_view> given;
  WordTable<Lexeme> lexemes;  // built by index_words()

  // Rebuilds `lexemes` from the tables; call after every change to them.
  void index_words() {
    lexemes.clear();
    names.for_each_first([&](std::string_view w, const PhraseTable::List* l) { lexemes[w].names = l; });
    titles.for_each_first([&](std::string_view w, const PhraseTable::List* l) { lexemes[w].titles = l; });
    for (const auto& [w, k] : stop) lexemes[w].stop = k;
    for (std::string_view w : given) lexemes[w].given = true;
  }

  std::string_view keep(std::string_view s) { return strings.emplace_back(s); }

  // Adds a form with its apostrophe variants (’ and ').
  void add_form(std::string_view form, uint32_t value) {
    std::string_view kept = keep(form);
    names.add(kept, value);
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
    if (curly != form) names.add(keep(curly), value);
    if (straight != form) names.add(keep(straight), value);
  }

  // One row of an actor lexicon. Returns an error message or "".
  std::string add_actor_row(std::span<const std::string_view> f) {
    if (f.size() < 4) return "expected at least 4 tab-separated columns: id, type, name, forms";
    std::string_view id = f[0], type_s = f[1], name = f[2], forms = f[3];
    if (id.empty()) return "empty id";
    if (slugify(id) != id) return "id must be a lower-case slug such as \"" + slugify(id) + "\"";
    auto type = parse_actor_type(type_s);
    if (!type) {
      return "unknown type \"" + std::string(type_s) +
             "\" (person, country, organization, group or place)";
    }
    if (name.empty()) return "empty canonical name";
    std::string_view role = f.size() >= 5 ? f[4] : std::string_view();
    uint32_t idx;
    auto it = by_id.find(id);
    if (it != by_id.end()) {
      // Later rows add forms (their name column too); the first row's name and type stay.
      idx = it->second;
      if (known[idx].role.empty()) known[idx].role = std::string(role);
      add_form(name, idx);
    } else {
      idx = static_cast<uint32_t>(known.size());
      Known& k = known.emplace_back();
      k.id = std::string(id);
      k.name = std::string(name);
      k.role = std::string(role);
      k.type = *type;
      by_id.emplace(k.id, idx);
      if (k.type == ActorType::kPerson) {
        std::vector<Token> toks = tokenize(k.name);
        if (!toks.empty()) {
          k.first = slice(k.name, toks.front().span());
          k.last = slice(k.name, toks.back().span());
        }
        known_person_by_name.emplace(k.name, idx);
      }
      add_form(k.name, idx);
    }
    size_t pos = 0;
    while (pos <= forms.size()) {
      size_t bar = forms.find('|', pos);
      if (bar == std::string_view::npos) bar = forms.size();
      std::string_view form = forms.substr(pos, bar - pos);
      while (!form.empty() && form.front() == ' ') form.remove_prefix(1);
      while (!form.empty() && form.back() == ' ') form.remove_suffix(1);
      if (!form.empty()) add_form(form, idx);
      pos = bar + 1;
    }
    return {};
  }

  std::string add_actor_file(std::string_view bytes, std::string_view file_name) {
    std::string error;
    data::for_each_tsv_row(bytes, [&](auto fields, int line) {
      if (!error.empty()) return;
      std::string e = add_actor_row(fields);
      if (!e.empty()) error = std::string(file_name) + ":" + std::to_string(line) + ": " + e;
    });
    return error;
  }

  void load_builtin() {
    // Hand-written tables first: their canonical names win over generated ones.
    for (const char* f : {"lexicon/actors_organizations.tsv", "lexicon/actors_people.tsv",
                          "lexicon/actors_countries.tsv", "lexicon/actors_country_aliases.tsv",
                          "lexicon/actors_places.tsv"}) {
      add_actor_file(data::get(f), f);
    }
    data::for_each_tsv_row(data::get("lexicon/actors_titles.tsv"), [&](auto f, int) {
      if (f.size() < 3) return;
      auto idx = static_cast<uint32_t>(title_info.size());
      title_info.push_back({std::string(f[0]), f[1] == "honorific", f[2] == "weak"});
      titles.add(keep(f[0]), idx);
    });
    data::for_each_tsv_row(data::get("lexicon/actors_heads.tsv"), [&](auto f, int) {
      if (f.size() < 2) return;
      heads.emplace(f[0], f[1] == "group" ? ActorType::kGroup : ActorType::kOrganization);
    });
    data::for_each_tsv_row(data::get("lexicon/actors_stop.tsv"), [&](auto f, int) {
      stop.emplace(f[0], f.size() >= 2 && f[1] == "calendar" ? StopKind::kCalendar
                                                              : StopKind::kOrdinary);
    });
    data::for_each_tsv_row(data::get("lexicon/given_names.tsv"),
                           [&](auto f, int) { given.insert(f[0]); });
    index_words();
  }
};

// One actor as it is being found in one document.
struct DocActor {
  uint32_t known = kNone;  // index into Impl::known, or kNone
  ActorType type = ActorType::kPerson;
  std::string name;        // unknown actors: canonical name built from the text
  std::string role;
  std::string_view first;  // persons: first name (may be empty) and surname
  std::string_view last;
  bool titled = false;     // a title was seen with the name
  std::vector<uint32_t> starts;  // persons: where pass one named them, sorted
};

// What a lone word can refer back to in one document.
struct Ref {
  std::vector<uint32_t> last;    // persons with this surname
  std::vector<uint32_t> first;   // persons with this first name
  uint32_t head = kNone;         // the one body with this head word ("College")
  bool head_seen = false;
  uint32_t acronym = kNone;      // the body introduced with this acronym in brackets
  bool vocative = false;         // a given name that may join a titled person
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
};

// The work of ActorFinder::find for one document.
class DocFinder {
 public:
  DocFinder(const Gazetteer& kb, const Document& doc, const std::vector<Token>& tokens,
            const std::vector<Sentence>& sentences)
      : kb_(kb), doc_(doc), text_(doc.text), tok_(tokens), sent_(sentences),
        covered_(tokens.size()) {}

  ActorResult run() {
    find_header();
    for (uint32_t s = 0; s < sent_.size(); ++s) first_pass(s);
    index_persons();
    second_pass();
    return finish();
  }

 private:
  std::string_view word(uint32_t i) const { return slice(text_, tok_[i].span()); }

  // What the tables say about token i's word: one hash look-up, remembered for the
  // last few tokens (the rules ask about the same and the next tokens several times).
  const Lexeme& lex(uint32_t i) {
    auto& slot = lex_memo_[i & 7];
    if (slot.first != i) {
      const Lexeme* found = kb_.lexemes.find(word(i));
      slot = {i, found == nullptr ? &kNoLexeme : found};
    }
    return *slot.second;
  }

  // Stop words match as listed ("Today") and, in upper-case headings, as "TODAY".
  StopKind stop_at(uint32_t i) {
    StopKind k = lex(i).stop;
    if (k != StopKind::kNotStop || !tok_[i].has(kAllUpper)) return k;
    std::string_view w = word(i);
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
  bool title_at(uint32_t i) { return lex(i).titles != nullptr; }
  PhraseTable::Match names_match(uint32_t i, uint32_t end) {
    return PhraseTable::match(lex(i).names, text_, tok_, i, end);
  }

  // The header: the first three non-blank lines (title, dateline, byline), where the
  // speaker is named and "Label: Name" is allowed.
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
  }
  bool in_header(uint32_t i) const { return tok_[i].start < header_end_; }
  uint32_t no_line_break_from_ = UINT32_MAX;  // see byline()

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
    bool ends_sentence = word(b - 1) == "." || word(b - 1) == "?" || word(b - 1) == "!";
    bool standalone = !ends_sentence &&
                      (in_header(a) || (tok_[a].has(kAfterBlankLine) &&
                                        (b == n || tok_[b].has(kAfterBlankLine))));
    if (!standalone) return false;
    uint32_t words = 0, caps = 0;
    for (uint32_t k = a; k < b; ++k) {
      // Title case leaves function words and clitics ("’s") in lower case.
      if (!is_word(tok_[k]) || is_function_word(word(k))) continue;
      size_t alen = 0;
      if (is_apostrophe_at(word(k), 0, &alen)) continue;
      ++words;
      if (tok_[k].has(kUpperInitial)) ++caps;
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
      std::string_view w = word(k - 1);
      if (w == ":" || w == "|") return true;
    }
    return true;
  }

  uint32_t add_actor(DocActor a) {
    actors_.push_back(std::move(a));
    return static_cast<uint32_t>(actors_.size() - 1);
  }

  uint32_t actor_for_known(uint32_t k) {
    auto it = by_known_.find(k);
    if (it != by_known_.end()) return it->second;
    const Known& kn = kb_.known[k];
    // A person first found without the lexicon ("President Zelenskyy" before the full
    // name was known) joins the known person with the same surname.
    if (kn.type == ActorType::kPerson) {
      for (uint32_t a = 0; a < actors_.size(); ++a) {
        DocActor& d = actors_[a];
        if (d.known == kNone && d.type == ActorType::kPerson && d.last == kn.last &&
            (d.first.empty() || d.first == kn.first)) {
          d.known = k;
          d.first = kn.first;
          by_known_.emplace(k, a);
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
    by_known_.emplace(k, a);
    return a;
  }

  void mention(uint32_t actor, uint32_t from, uint32_t to, uint32_t sentence) {
    mentions_.push_back({{tok_[from].start, tok_[to - 1].end}, sentence, actor});
    covered_.set(from, to);
  }
  void mention_span(uint32_t actor, Span span, uint32_t sentence) {
    mentions_.push_back({span, sentence, actor});
  }

  // Text of tokens [from, to) with white space collapsed to one space.
  std::string joined(uint32_t from, uint32_t to) const {
    std::string s;
    for (uint32_t k = from; k < to; ++k) {
      if (k > from && tok_[k].start > tok_[k - 1].end) s += ' ';
      s += word(k);
    }
    return s;
  }

  // Capitalised name words from token j: "Keir Starmer", "Bernard Hogan-Howe",
  // "Osama bin Laden". Returns the number of tokens (0 when there is no name).
  uint32_t take_name(uint32_t j, uint32_t end) {
    uint32_t k = j, count = 0;
    while (k < end && count < 4) {
      const Token& t = tok_[k];
      if (!is_word(t)) break;
      std::string_view w = word(k);
      if (t.has(kUpperInitial)) {
        StopKind sk = stop_at(k);
        if (sk != StopKind::kNotStop && !(sk == StopKind::kCalendar && count > 0)) break;
        if (title_at(k) && !(count > 0 && given_at(k - 1))) break;
        // A country after the first name ends it ("Will Britain act?"); a place may be
        // part of a name ("Paris Hilton").
        if (count > 0) {
          auto m = names_match(k, end);
          if (m.length > 0 && kb_.known[m.value].type == ActorType::kCountry) break;
        }
        ++count;
        ++k;
        continue;
      }
      if (count > 0 && is_name_particle(w) && k + 1 < end && is_cap(tok_[k + 1])) {
        ++k;
        continue;
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

  // Registers a person named by tokens [from, to) (no title inside) and returns its actor.
  uint32_t person(uint32_t from, uint32_t to, std::string_view role, bool titled) {
    std::string_view first, last = word(to - 1);
    uint32_t name_words = 0;
    for (uint32_t k = from; k < to; ++k) name_words += is_cap(tok_[k]) ? 1 : 0;
    if (to - from >= 2) first = word(from);
    // The lexicon may know this person by full name or, for one word, by surname.
    if (!first.empty()) {
      std::string full = joined(from, to);
      auto it = kb_.known_person_by_name.find(full);
      if (it != kb_.known_person_by_name.end()) return with_role(actor_for_known(it->second), role, titled);
    }
    for (uint32_t a = 0; a < actors_.size(); ++a) {
      DocActor& d = actors_[a];
      if (d.type != ActorType::kPerson || d.last != last) continue;
      if (!first.empty() && !d.first.empty() && d.first != first) continue;
      if (d.first.empty() && !first.empty()) {
        d.first = first;
        if (d.known == kNone) d.name = joined(from, to);
      }
      return with_role(a, role, titled);
    }
    (void)name_words;
    DocActor d;
    d.type = ActorType::kPerson;
    d.name = joined(from, to);
    d.first = first;
    d.last = last;
    return with_role(add_actor(std::move(d)), role, titled);
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
    DocActor d;
    d.type = type;
    d.name = std::move(name);
    uint32_t a = add_actor(std::move(d));
    by_slug_.emplace(std::move(id), a);
    register_head(a);
    return a;
  }

  // The head word of an organisation's name: the last word before the first "of"/"for",
  // or the last word. "Coalition of the Willing" -> "Coalition".
  void register_head(uint32_t a) {
    DocActor& d = actors_[a];
    if (d.type != ActorType::kOrganization && d.type != ActorType::kGroup) return;
    std::string_view name = d.known != kNone ? std::string_view(kb_.known[d.known].name)
                                             : std::string_view(d.name);
    std::string_view head;
    size_t pos = 0;
    while (pos < name.size()) {
      size_t sp = name.find(' ', pos);
      if (sp == std::string_view::npos) sp = name.size();
      std::string_view w = name.substr(pos, sp - pos);
      if (is_of_word(w)) break;
      head = w;
      pos = sp + 1;
    }
    if (head.empty() || name.find(' ') == std::string_view::npos) return;
    auto h = kb_.heads.find(head);
    if (h == kb_.heads.end()) return;
    Ref& r = refs_[h->first];
    if (r.head_seen && r.head != a) {
      r.head = kNone;  // two bodies share the head word: it names neither
    } else if (!r.head_seen) {
      r.head = a;
      r.head_seen = true;
    }
  }

  // "the United Nations (UN)": an acronym in brackets after a name refers to it.
  uint32_t acronym_after(uint32_t actor, uint32_t i, uint32_t end, uint32_t sentence) {
    if (i + 2 >= end || word(i) != "(" || word(i + 2) != ")") return i;
    const Token& t = tok_[i + 1];
    if (!is_word(t) || !t.has(kAllUpper) || t.span().size() < 2) return i;
    if (!covered_[i + 1]) {
      refs_[word(i + 1)].acronym = actor;
      mention(actor, i + 1, i + 2, sentence);
    }
    return i + 3;
  }

  void first_pass(uint32_t s) {
    const uint32_t first = sent_[s].first_token, end = sent_[s].end_token;
    uint32_t i = first;
    while (i < end) {
      const Token& t = tok_[i];
      if (!is_word(t) || covered_[i]) {
        ++i;
        continue;
      }
      bool cap = t.has(kUpperInitial);
      if (cap && t.end - t.start == 1) {  // "I", "A": never a name on their own
        ++i;
        continue;
      }
      if (!cap) {
        // Most tokens: a lower-case word that starts no known name.
        if (kb_.names.may_start_lower(text_, t)) {
          if (uint32_t next = known_name(i, end, s); next != i) {
            i = next;
            continue;
          }
        }
        ++i;
        continue;
      }
      if (in_header(i) && i + 2 < end && word(i + 1) == "," && given_at(i + 2) &&
          !is_stop(i) && !given_at(i)) {
        // "Gillard, Julia": surname, given name in a transcript's header.
        uint32_t a = inverted_person(i, s);
        byline(a, i);
        mention(a, i, i + 3, s);
        i += 3;
        continue;
      }
      if (uint32_t next = known_name(i, end, s); next != i) {
        i = next;
        continue;
      }
      // Sentence openers and other stop words that start no title: nothing to do, in
      // this pass or the next.
      if (const Lexeme& l = lex(i); l.stop != StopKind::kNotStop && l.titles == nullptr &&
                                    !(i + 1 < end && word(i + 1) == "Majesty")) {
        covered_.set(i, i + 1);
        ++i;
        continue;
      }
      if (uint32_t next = titled_person(i, end, s); next != i) {
        i = next;
        continue;
      }
      if (given_at(i) && i + 1 < end && is_cap(tok_[i + 1])) {
        if (uint32_t n = take_name(i, end); n >= 2) {
          uint32_t a = person(i, i + n, {}, false);
          if (i > first && word(i - 1) == "by") byline(a, i);  // "Remarks by Joe Smith"
          mention(a, i, i + n, s);
          i = regime_after(i, i + n, end, s);
          continue;
        }
      }
      if (uint32_t next = unknown_name(i, first, end, s); next != i) {
        i = next;
        continue;
      }
      lone_.emplace_back(i, s);
      ++i;
    }
  }

  // A known name at token i (or known parts of a hyphenated word). Returns the token
  // after it, or i when there is none.
  uint32_t known_name(uint32_t i, uint32_t end, uint32_t s) {
    const Token& t = tok_[i];
    std::string_view w = word(i);
    auto m = names_match(i, end);
    if (m.length > 0) {
      const Known& k = kb_.known[m.value];
      uint32_t after = i + m.length;
      if (k.type == ActorType::kPerson && after < end && is_regime_word(word(after))) {
        uint32_t a = organization(joined(i, after + 1), ActorType::kOrganization);
        mention(a, i, after + 1, s);
        return after + 1;
      }
      if (k.type == ActorType::kCountry || k.type == ActorType::kPlace) {
        if (uint32_t e = longer_name(after, end); e != after) {
          covered_.set(i, e);
          return e;
        }
      }
      uint32_t a = actor_for_known(m.value);
      if (k.type == ActorType::kOrganization || k.type == ActorType::kGroup) register_head(a);
      mention(a, i, after, s);
      if (k.type != ActorType::kPerson) return acronym_after(a, after, end, s);
      return after;
    }
    if (!t.has(kHasHyphen)) return i;
    // "US-led", "U.S-Belarus": each capitalised part on its own.
    bool any = false;
    size_t pos = 0;
    while (pos < w.size()) {
      size_t dash = w.find('-', pos);
      if (dash == std::string_view::npos) dash = w.size();
      std::string_view part = w.substr(pos, dash - pos);
      if (!part.empty() && part[0] >= 'A' && part[0] <= 'Z') {
        uint32_t k = kb_.names.single(part);
        if (k != kNone && kb_.known[k].type != ActorType::kPerson) {
          auto start = static_cast<uint32_t>(t.start + pos);
          mention_span(actor_for_known(k), {start, static_cast<uint32_t>(start + part.size())}, s);
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

  // A title and the person it introduces: "Prime Minister Keir Starmer",
  // "President: Barack Obama" (header only). Returns the token after the name, or i.
  uint32_t titled_person(uint32_t i, uint32_t end, uint32_t s) {
    auto m = PhraseTable::match(lex(i).titles, text_, tok_, i, end);
    if (m.length == 0) return i;
    const TitleInfo& ti = kb_.title_info[m.value];
    uint32_t j = i + m.length;
    if (j < end && word(j) == ":" && in_header(i)) ++j;
    if (j >= end || !is_cap(tok_[j])) return i;
    std::string_view role = ti.honorific ? std::string_view() : std::string_view(ti.text);
    auto km = names_match(j, end);
    if (km.length > 0 && kb_.known[km.value].type == ActorType::kPerson) {
      uint32_t a = with_role(actor_for_known(km.value), role, true);
      byline(a, i);
      mention(a, j, j + km.length, s);
      covered_.set(i, j);
      return regime_after(j, j + km.length, end, s);
    }
    if (km.length > 0) return i;  // "President of ...", "General Assembly"
    uint32_t n = take_name(j, end);
    if (n == 0) return i;
    if (ti.weak && n < 2 && !given_at(j) && !known_surname(word(j))) return i;
    uint32_t a = person(j, j + n, role, true);
    byline(a, i);
    mention(a, j, j + n, s);
    covered_.set(i, j);
    return regime_after(j, j + n, end, s);
  }

  bool known_surname(std::string_view w) const {
    for (const DocActor& d : actors_) {
      if (d.type == ActorType::kPerson && d.last == w) return true;
    }
    return false;
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
    auto it = kb_.known_person_by_name.find(full);
    if (it != kb_.known_person_by_name.end()) return actor_for_known(it->second);
    for (uint32_t a = 0; a < actors_.size(); ++a) {
      if (actors_[a].type == ActorType::kPerson && actors_[a].last == word(i)) {
        if (actors_[a].first.empty()) actors_[a].first = word(i + 2);
        return a;
      }
    }
    DocActor d;
    d.type = ActorType::kPerson;
    d.name = std::move(full);
    d.first = word(i + 2);
    d.last = word(i);
    return add_actor(std::move(d));
  }

  // An unknown capitalised name from token i: an organisation or group when its head
  // word says so ("Federal Aviation Administration", "Department of Justice",
  // "Shadow Fleet"), an organisation before "regime" ("the Qaddafi regime"); otherwise
  // nothing. Returns the token after the name, or i.
  uint32_t unknown_name(uint32_t i, uint32_t first, uint32_t end, uint32_t s) {
    if (on_heading(i)) return i;
    // "Her Majesty’s Revenue and Customs": the crown's prefix starts a body's name.
    if (uint32_t body = i + 3; body < end && (word(i) == "Her" || word(i) == "His") &&
                               word(i + 1) == "Majesty" &&
                               (word(i + 2) == "\xE2\x80\x99s" || word(i + 2) == "'s") &&
                               is_cap(tok_[body]) && !is_stop(body)) {
      uint32_t head_end = kNone;
      uint32_t stop_at = run_end(body, end, &head_end);
      auto h = kb_.heads.find(word(head_end - 1));
      if (h == kb_.heads.end()) return i;
      uint32_t a = organization(joined(i, stop_at), h->second);
      mention(a, i, stop_at, s);
      return acronym_after(a, stop_at, end, s);
    }
    // A title here would have been read as one; "Home" of "Home Secretary" may still
    // start "Home Office".
    if (is_stop(i) || tok_[i].has(kHasApostrophe)) return i;
    if (PhraseTable::match(lex(i).titles, text_, tok_, i, end).length > 0) return i;
    bool initial = sentence_initial(i, first);
    uint32_t head_end = kNone;
    uint32_t stop_at = run_end(i, end, &head_end);
    if (stop_at - i >= 2) {
      auto h = kb_.heads.find(word(head_end - 1));
      if (h != kb_.heads.end() && !(initial && stop_at - i < 2)) {
        uint32_t a = organization(joined(i, stop_at), h->second);
        mention(a, i, stop_at, s);
        return acronym_after(a, stop_at, end, s);
      }
    }
    // "the Qaddafi regime": one or two capitalised words before a regime word.
    if (!initial && stop_at - i <= 2 && stop_at < end && is_regime_word(word(stop_at))) {
      uint32_t a = organization(joined(i, stop_at + 1), ActorType::kOrganization);
      mention(a, i, stop_at + 1, s);
      return stop_at + 1;
    }
    return i;
  }

  // The end of a capitalised name starting at token i ("Higher Coordinating Committee of
  // the Strategic Framework Agreement"); *head_end is one past the words before the
  // first "of"/"for", whose last word is the head.
  uint32_t run_end(uint32_t i, uint32_t end, uint32_t* head_end) {
    uint32_t k = i + 1, last_cap = i + 1;
    bool seen_of = false;
    *head_end = kNone;
    while (k < end) {
      std::string_view x = word(k);
      if (is_cap(tok_[k]) && !is_stop(k)) {
        ++k;
        last_cap = k;
        continue;
      }
      if (is_of_word(x) || (seen_of && is_inner_connector(x))) {
        uint32_t n = k + 1;
        if (n < end && word(n) == "the") ++n;
        if (n < end && is_cap(tok_[n]) && !is_stop(n)) {
          if (!seen_of) *head_end = k;
          seen_of = seen_of || is_of_word(x);
          k = n;
          continue;
        }
      }
      break;
    }
    if (*head_end == kNone) *head_end = last_cap;
    return last_cap;
  }

  // Whether a known country or place at [i, after) is only the start of a longer name
  // that is no actor: "American Rescue Plan", "New York Stock Exchange". A longer name
  // with a head word keeps the country and becomes an organisation after it ("Iraqi
  // Security Forces"). Returns the end of the longer name, or `after`.
  uint32_t longer_name(uint32_t after, uint32_t end) {
    if (after >= end || !is_cap(tok_[after]) || is_stop(after) || tok_[after].has(kHasApostrophe)) {
      return after;
    }
    if (PhraseTable::match(lex(after).titles, text_, tok_, after, end).length > 0) return after;
    if (names_match(after, end).length > 0) return after;
    uint32_t head_end = kNone;
    uint32_t stop_at = run_end(after, end, &head_end);
    if (stop_at - after < 2 || kb_.heads.count(word(head_end - 1)) != 0) return after;
    return stop_at;
  }

  // Lone words that refer back: a surname or first name of a person in this document,
  // a head word ("the College"), an acronym learnt from brackets.
  void second_pass() {
    if (refs_.empty()) return;
    for (auto [i, s] : lone_) {
      const uint32_t first = sent_[s].first_token, end = sent_[s].end_token;
      const Token& t = tok_[i];
      if (covered_[i] || !is_cap(t) || t.end - t.start == 1) continue;
      std::string_view w = word(i);
      const Ref* ref = refs_.find(w);
      if (ref == nullptr || is_stop(i)) continue;
      if (uint32_t a = person_by_name(*ref, t.start); a != kNone) {
        mention(a, i, i + 1, s);
        continue;
      }
      bool initial = sentence_initial(i, first);
      // A head word alone, not part of another name: "the College", not "Police and
      // Criminal Evidence Act" nor "Police Scotland".
      bool lone = (i == first || !is_cap(tok_[i - 1])) &&
                  (i + 1 >= end || (!is_cap(tok_[i + 1]) &&
                                    !(is_of_word(word(i + 1)) || is_inner_connector(word(i + 1)))));
      if (!initial && lone && ref->head != kNone) {
        mention(ref->head, i, i + 1, s);
        continue;
      }
      if (ref->acronym != kNone) {
        mention(ref->acronym, i, i + 1, s);
        continue;
      }
      // "Thank you, Emmanuel.": a given name alone, said to someone, is the first name of
      // the most recent titled person whose first name is not known yet.
      if (!initial && ref->vocative && i > first && word(i - 1) == "," &&
          (i + 1 == end || !is_word(tok_[i + 1]))) {
        std::vector<uint32_t> untold;  // titled persons named before, first name unknown
        for (uint32_t a = 0; a < actors_.size(); ++a) {
          const DocActor& d = actors_[a];
          if (d.type == ActorType::kPerson && d.titled && d.first.empty() &&
              last_before(a, t.start) != kNone) {
            untold.push_back(a);
          }
        }
        if (!untold.empty()) {
          uint32_t best = most_recent(untold, t.start);
          DocActor& d = actors_[best];
          d.first = w;
          d.name = std::string(w) + " " + d.name;
          refs_[w].first.push_back(best);
          mention(best, i, i + 1, s);
        }
      }
    }
  }

  // Indexes persons by surname and first name, with where pass one found them, so that
  // each lone word in pass two costs one hash look-up.
  void index_persons() {
    index_initials();
    for (const RawMention& m : mentions_) {
      if (actors_[m.actor].type == ActorType::kPerson) actors_[m.actor].starts.push_back(m.span.start);
    }
    for (uint32_t a = 0; a < actors_.size(); ++a) {
      DocActor& d = actors_[a];
      if (d.type != ActorType::kPerson) continue;
      std::sort(d.starts.begin(), d.starts.end());
      if (!d.last.empty()) refs_[d.last].last.push_back(a);
      if (!d.first.empty()) refs_[d.first].first.push_back(a);
    }
    // Given names may be said alone to a titled person ("Thank you, Emmanuel."): only
    // when such a person exists do they need a look-up in pass two.
    bool untold = false;
    for (const DocActor& d : actors_) untold = untold || (d.type == ActorType::kPerson && d.titled && d.first.empty());
    if (untold) {
      for (auto [i, s] : lone_) {
        if (!covered_[i] && given_at(i)) refs_[word(i)].vocative = true;
      }
    }
  }

  // "HMIC" after "Her Majesty’s Inspectorate of Constabulary": an upper-case word made
  // of the initials of a body's capitalised words (with or without those of "of", "and")
  // names that body.
  void index_initials() {
    for (uint32_t a = 0; a < actors_.size(); ++a) {
      const DocActor& d = actors_[a];
      if (d.type != ActorType::kOrganization || d.known != kNone) continue;
      std::string caps, all;
      std::vector<Token> toks = tokenize(d.name);
      for (const Token& t : toks) {
        if (t.kind != TokenKind::kWord) continue;
        char c = d.name[t.start];
        if (t.has(kUpperInitial) && c >= 'A' && c <= 'Z') {
          caps += c;
          all += c;
        } else if (c >= 'a' && c <= 'z' && std::string_view(d.name).substr(t.start, t.end - t.start) != "the") {
          all += static_cast<char>(c - 32);
        }
      }
      for (const std::string* v : {&caps, &all}) {
        if (v->size() < 2 || v->size() > 6) continue;
        Ref& r = refs_[initials_.emplace_back(*v)];
        if (r.acronym == kNone) r.acronym = a;
      }
    }
  }

  // Where actor `a` was last named before `pos` (pass one), or kNone.
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

  // The person whose surname, or failing that first name, is the word of `ref`.
  uint32_t person_by_name(const Ref& ref, uint32_t pos) const {
    if (!ref.last.empty()) return most_recent(ref.last, pos);
    if (!ref.first.empty()) return most_recent(ref.first, pos);
    return kNone;
  }

  // A person named the way a title line or byline names the speaker: with a title
  // ("Prime Minister Keir Starmer's remarks", "President: Barack Obama"), inverted in a
  // transcript header ("Gillard, Julia") or after "by". The first one in the header,
  // when more text follows its line, is the speaker.
  void byline(uint32_t actor, uint32_t i) {
    if (speaker_ != kNone || !in_header(i)) return;
    // Where a byline starts: the line's start, after a number or a separator
    // (" date 2026-01-08 Prime Minister ...", "... | Gillard, Julia |"), or after "by".
    if (i > 0 && !tok_[i].has(kLineStart)) {
      const Token& p = tok_[i - 1];
      std::string_view w = word(i - 1);
      bool ok = p.kind == TokenKind::kNumber || p.kind == TokenKind::kPunct ||
                p.kind == TokenKind::kSymbol || w == "by" || w == "By";
      if (!ok) return;
    }
    // Text with no line break after some point must not be searched again for every
    // candidate there (that made a 64 MB single-line input quadratic).
    if (tok_[i].end >= no_line_break_from_) return;
    size_t eol = text_.find('\n', tok_[i].end);
    if (eol == std::string_view::npos) {
      no_line_break_from_ = tok_[i].end;
      return;  // no body after the line
    }
    if (text_.find_first_not_of(" \t\r\n", eol) == std::string_view::npos) return;
    speaker_ = actor;
  }

  ActorResult finish() {
    uint32_t speaker = speaker_;
    // Order actors by first mention; mentions by position.
    std::sort(mentions_.begin(), mentions_.end(), [](const RawMention& a, const RawMention& b) {
      return a.span.start < b.span.start;
    });
    std::vector<uint32_t> order(actors_.size(), kNone);
    ActorResult r;
    std::unordered_map<std::string, uint32_t> by_id;
    for (const RawMention& m : mentions_) {
      if (order[m.actor] == kNone) {
        const DocActor& d = actors_[m.actor];
        Actor a;
        if (d.known != kNone) {
          const Known& k = kb_.known[d.known];
          a.id = k.id;
          a.name = k.name;
          a.role = d.role.empty() ? k.role : d.role;
        } else {
          a.name = d.name;
          a.id = slugify(d.name);
          a.role = d.role;
        }
        a.type = d.type;
        // Two routes to the same id (a known person met first by surname) are one actor.
        auto [it, inserted] = by_id.emplace(a.id, static_cast<uint32_t>(r.actors.size()));
        if (inserted) r.actors.push_back(std::move(a));
        order[m.actor] = it->second;
      }
      auto& ms = r.actors[order[m.actor]].mentions;
      if (!ms.empty() && ms.back().span.overlaps(m.span)) continue;
      ms.push_back({m.span, m.sentence});
    }
    if (speaker != kNone && order[speaker] != kNone) r.speaker = order[speaker];
    return r;
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
  // Capitalised words pass one left alone, with their sentence: pass two's candidates.
  std::vector<std::pair<uint32_t, uint32_t>> lone_;
  std::array<std::pair<uint32_t, const Lexeme*>, 8> lex_memo_{
      {{kNone, nullptr}, {kNone, nullptr}, {kNone, nullptr}, {kNone, nullptr},
       {kNone, nullptr}, {kNone, nullptr}, {kNone, nullptr}, {kNone, nullptr}}};
  uint32_t header_end_ = 0;
  uint32_t speaker_ = kNone;
  std::deque<std::string> initials_;  // keys of refs_ built from names
  std::vector<DocActor> actors_;
  std::vector<RawMention> mentions_;
  std::unordered_map<uint32_t, uint32_t> by_known_;
  std::unordered_map<std::string, uint32_t> by_slug_;
  // Words that refer back to an actor of this document, looked up in pass two.
  WordTable<Ref> refs_;
};

}  // namespace

struct ActorFinder::Impl : Gazetteer {};

ActorFinder::ActorFinder() : impl_(std::make_unique<Impl>()) { impl_->load_builtin(); }
ActorFinder::~ActorFinder() = default;
ActorFinder::ActorFinder(ActorFinder&&) noexcept = default;
ActorFinder& ActorFinder::operator=(ActorFinder&&) noexcept = default;

std::string ActorFinder::add_lexicon(std::string_view bytes, std::string_view file_name) {
  // Keep the user's bytes: the tables hold views into them.
  std::string_view kept = impl_->keep(bytes);
  std::string error = impl_->add_actor_file(kept, file_name);
  impl_->index_words();
  return error;
}

ActorResult ActorFinder::find(const Document& doc, const std::vector<Token>& tokens,
                              const std::vector<Sentence>& sentences) const {
  return DocFinder(*impl_, doc, tokens, sentences).run();
}

}  // namespace speechscan
