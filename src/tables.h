// The built-in lexicon tables as C++ source. src/gen/tables_main.cc writes them at build
// time from the embedded data files, through the same loaders that build the tables at
// run time (user lexicons still go through those); the library compiles the generated
// arrays in and uses them as they are, with no start-up work (see frozen.h).
#pragma once

#include <string>

namespace speechscan::tables {

// The actor gazetteer's arrays (actor_tables.inc), as the run-time loader builds them
// from the embedded lexicons.
std::string actor_source_built();
// The same arrays written from the tables the library uses: the generated ones (in the
// generator's own build, which has none yet, the built ones). Equal to
// actor_source_built() when the generated file is current: a unit test checks it.
std::string actor_source_in_use();

// The same for the commitment lexicon (commitment_tables.inc).
std::string commitment_source_built();
std::string commitment_source_in_use();
// The same for the time lexicon (time_tables.inc).
std::string time_source_built();
std::string time_source_in_use();

// The two sides of the functions above for a table type T with load_builtin(),
// load_generated() and source(): what its loader builds, and what the library holds.
template <typename T>
std::string source_built() {
  T table;
  table.load_builtin();
  return table.source();
}

// Fills `table` as the library uses it: from the generated arrays, or (in the
// generator's own build, which has none yet) through the run-time loader.
template <typename T>
void load_in_use(T& table) {
#if SPEECHSCAN_BOOTSTRAP_TABLES
  table.load_builtin();
#else
  table.load_generated();
#endif
}

template <typename T>
std::string source_in_use() {
  T table;
  load_in_use(table);
  return table.source();
}

}  // namespace speechscan::tables
