#include "speechscan/data.h"

#include <algorithm>

namespace speechscan::data {

std::string_view get(std::string_view name) {
  auto all = files();
  auto it = std::lower_bound(all.begin(), all.end(), name,
                             [](const EmbeddedFile& f, std::string_view n) { return f.name < n; });
  if (it != all.end() && it->name == name) return it->bytes;
  return {};
}

}  // namespace speechscan::data
