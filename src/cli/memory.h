// Memory placement for speed: see memory.cc.
#pragma once

namespace speechscan::cli {

// Puts the start of malloc's heap, where the lexicon tables and a short speech's analysis
// live, in a transparent huge page. Call once at the start of main(), after mallopt.
void heap_in_huge_pages();

// Maps the executable's own pages (code, constant tables, initialised data) into the
// page table in one system call instead of one page fault per 64 KiB window touched.
// Call once at the start of main(). Advice only: nothing changes where it is unsupported.
void map_executable();

}  // namespace speechscan::cli
