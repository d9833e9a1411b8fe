// Data files from data/lexicon/, compiled into the binary at build time
// (cmake/embed.cmake generates embedded_data.cc).
#pragma once

#include <span>
#include <string_view>

namespace speechscan::data {

struct EmbeddedFile {
  std::string_view name;  // path relative to data/, e.g. "lexicon/abbreviations.tsv"
  std::string_view bytes;
};

// All embedded files, sorted by name.
std::span<const EmbeddedFile> files();

// The bytes of data/NAME, or an empty view when there is no such file.
std::string_view get(std::string_view name);

// Calls fn(fields, line_number) for every data line of a tab-separated file: blank lines
// and lines starting with '#' are skipped; fields are views into `bytes`.
template <typename Fn>
void for_each_tsv_row(std::string_view bytes, Fn&& fn);

// Calls fn(alternative) for every non-empty alternative of a field that lists several
// separated by '|' ("spoke|spake"); alternatives are views into `field`.
template <typename Fn>
void for_each_alternative(std::string_view field, Fn&& fn);

}  // namespace speechscan::data

#include "speechscan/data_inl.h"
