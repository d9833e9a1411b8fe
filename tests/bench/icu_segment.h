// The segmentation baseline: ICU's sentence and word BreakIterators over UTF-8 text, read
// through a UText (no UTF-16 copy). speechscan's speed is quoted as a ratio to this, measured
// in the same run (issue 7); icu_baseline.cc runs it as a process, speechscan_bench as a
// benchmark.
#pragma once

#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace speechscan::bench {

struct IcuCounts {
  int64_t sentences = 0;
  int64_t word_boundaries = 0;
  int64_t words = 0;  // word segments whose rule status is not UBRK_WORD_NONE
  std::string error;  // ICU error name, empty on success
};

// One pass of the sentence iterator and one of the word iterator over `text`.
inline IcuCounts icu_segment(std::string_view text) {
  IcuCounts c;
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  auto fail = [&](UBreakIterator* bi) {
    c.error = u_errorName(status);
    if (bi != nullptr) ubrk_close(bi);
    utext_close(ut);
    return c;
  };
  if (U_FAILURE(status)) return fail(nullptr);
  UBreakIterator* sentences = ubrk_open(UBRK_SENTENCE, "en", nullptr, 0, &status);
  if (U_FAILURE(status)) return fail(sentences);
  ubrk_setUText(sentences, ut, &status);
  if (U_FAILURE(status)) return fail(sentences);
  while (ubrk_next(sentences) != UBRK_DONE) ++c.sentences;
  ubrk_close(sentences);

  UBreakIterator* words = ubrk_open(UBRK_WORD, "en", nullptr, 0, &status);
  if (U_FAILURE(status)) return fail(words);
  ubrk_setUText(words, ut, &status);
  if (U_FAILURE(status)) return fail(words);
  while (ubrk_next(words) != UBRK_DONE) {
    ++c.word_boundaries;
    if (ubrk_getRuleStatus(words) != UBRK_WORD_NONE) ++c.words;
  }
  ubrk_close(words);
  utext_close(ut);
  return c;
}

}  // namespace speechscan::bench
