// The verb lexicon as one static hash table, derived from data/lexicon/words_verbs.tsv and
// data/lexicon/verbs_irregular.tsv at build time by src/gen/verb_table_main.cc and read by
// src/verbs.cc. Building it at start-up took 1.1 M instructions, a fifth of a one-speech
// run; the generated table costs nothing until a word is looked up.
//
// This header is the contract between the generator and the reader: the word hash (the
// generator places every word by it) and the layout of the table.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace speechscan::verb_table {

// The n bytes at p as a little-endian number, zero-padded, whatever the host's byte
// order (so that the generated placement holds on every machine). REQUIRES: n <= 8.
inline uint64_t load_le(const char* p, size_t n) {
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

inline uint64_t mix(uint64_t h) {
  h *= 0x9E3779B97F4A7C15ull;
  return h ^ (h >> 29);
}

// Eight-byte chunks, then the zero-padded tail with the length.
inline uint64_t hash_word(std::string_view s) {
  uint64_t h = 0;
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) h = mix(h ^ load_le(s.data() + i, 8));
  const size_t n = s.size();
  return mix(h ^ load_le(s.data() + i, n - i) ^ (uint64_t{n} << 56));
}

enum EntryFlag : uint8_t {
  kBase = 1u << 0,       // a base form: a line of words_verbs.tsv or an irregular verb
  kIrregular = 1u << 1,  // listed in verbs_irregular.tsv (as a base or any of its forms)
};

// One word the lexicon knows. Words and lemmas are byte ranges of Table::words.
struct Entry {
  uint32_t word;        // offset of the word
  uint32_t lemma;       // kIrregular: offset of its lemma (itself or the verb it is a form of)
  uint16_t word_size;
  uint16_t lemma_size;
  uint8_t forms;        // kIrregular: the VerbForm bits it has as an irregular form
  uint8_t flags;        // EntryFlag
};

// Open addressing with linear probing: word w is in slot hash_word(w) >> (64 - slot_bits)
// or after it, before the next empty slot.
struct Table {
  const char* words;
  const Entry* entries;
  const uint32_t* slots;  // 1 << slot_bits of them: index + 1 into entries; 0 = empty
  int slot_bits;
  size_t max_base;        // the longest base form, in bytes

  std::string_view word(const Entry& e) const { return {words + e.word, e.word_size}; }
  std::string_view lemma(const Entry& e) const { return {words + e.lemma, e.lemma_size}; }

  const Entry* find(std::string_view w) const {
    const size_t mask = (size_t{1} << slot_bits) - 1;
    for (size_t i = hash_word(w) >> (64 - slot_bits);; i = (i + 1) & mask) {
      const uint32_t s = slots[i];
      if (s == 0) return nullptr;
      const Entry& e = entries[s - 1];
      if (e.word_size == w.size() &&
          (w.empty() || std::memcmp(words + e.word, w.data(), w.size()) == 0)) {
        return &e;
      }
    }
  }
};

// Defined in the generated verb_table.cc.
extern const Table kTable;

}  // namespace speechscan::verb_table
