#!/usr/bin/env bash
# The test command: installs dependencies, builds the release preset and runs every test.
#   scripts/test.sh             release build + all tests
#   scripts/test.sh asan-ubsan  the same under AddressSanitizer and UBSan
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-release}
scripts/setup.sh
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
ctest --preset "$preset" -j "$(nproc)"
