#!/bin/bash
# Regenerates data/lexicon/actors_countries.tsv from ICU's CLDR English region names.
#   scripts/gen_countries.sh      (needs a C++ compiler, pkg-config and ICU's headers)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
c++ -O1 "$here/gen_countries.cc" $(pkg-config --cflags --libs icu-uc icu-i18n) -o "$tmp/gen"
"$tmp/gen" | python3 "$here/gen_countries.py" > "$here/../data/lexicon/actors_countries.tsv"
