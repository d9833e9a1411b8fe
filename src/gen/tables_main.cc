// Build-time generator of the built-in lexicon tables (src/tables.h):
//
//   speechscan_gen_tables OUT_DIR
//
// writes OUT_DIR/actor_tables.inc, commitment_tables.inc and time_tables.inc, the constant
// arrays of the actor gazetteer, the commitment lexicon and the time lexicon. It links a
// build of the library without generated tables, whose loaders build them from the
// embedded data files as they would at run time, so that the two cannot drift. CMake
// runs it whenever a data file or a loader changes.
#include <fstream>
#include <iostream>
#include <string>
#include <utility>

#include "tables.h"

namespace {

bool write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  return static_cast<bool>(out.flush());
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: speechscan_gen_tables OUT_DIR\n";
    return 2;
  }
  const std::string dir = argv[1];
  const std::pair<const char*, std::string (*)()> files[] = {
      {"actor_tables.inc", speechscan::tables::actor_source_built},
      {"commitment_tables.inc", speechscan::tables::commitment_source_built},
      {"time_tables.inc", speechscan::tables::time_source_built},
  };
  for (const auto& [name, source] : files) {
    if (!write_file(dir + "/" + name, source())) {
      std::cerr << "speechscan_gen_tables: cannot write " << dir << "/" << name << "\n";
      return 1;
    }
  }
  return 0;
}
