#!/usr/bin/env bash
# Quick start: installs dependencies, builds, and analyses the sample transcript.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release --target speechscan >/dev/null
build/release/speechscan "${@:-data/samples/starmer-paris-2026-01-08.txt}"
