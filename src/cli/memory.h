// Memory placement for speed: see memory.cc.
#pragma once

namespace speechscan::cli {

// Puts the start of malloc's heap, where the lexicon tables and a short speech's analysis
// live, in a transparent huge page. Call once at the start of main(), after mallopt.
void heap_in_huge_pages();

}  // namespace speechscan::cli
