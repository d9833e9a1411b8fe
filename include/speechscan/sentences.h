// Sentence splitter, per spec/annotation-guide.md ("Sentences").
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "speechscan/span.h"
#include "speechscan/tokenizer.h"

namespace speechscan {

struct Sentence {
  Span span;                // first token's start to last token's end
  uint32_t first_token = 0; // index into the token vector
  uint32_t end_token = 0;   // one past the last token
};

// Splits tokens of `text` into sentences. Every token belongs to exactly one sentence,
// in order. Abbreviations come from data/lexicon/abbreviations.tsv.
std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens);

// The same, with the document's header line (its dateline, see document.h) kept as a
// sentence of its own even when no blank line sets it apart.
std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens,
                                      std::optional<Span> header_line);

// The signs that open a list item wherever they stand (the bullet, the small square,
// ...), and those that open one only at a line's start ("*", "-").
bool is_bullet_sign(std::string_view s);
inline bool is_line_bullet_sign(std::string_view s) { return s == "*" || s == "-"; }

}  // namespace speechscan
