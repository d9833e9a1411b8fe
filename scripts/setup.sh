#!/usr/bin/env bash
# Installs what speechscan needs to build and test on Debian 12, from Debian's packages
# only. Idempotent: installs nothing when everything is there already.
#   scripts/setup.sh          build and test dependencies
#   scripts/setup.sh --fuzz   also clang and its sanitizer runtimes for the fuzz targets
set -euo pipefail
packages=(g++ cmake ninja-build pkg-config libicu-dev libfmt-dev libcli11-dev rapidjson-dev
          libgtest-dev libbenchmark-dev python3 python3-jsonschema time)
if [[ ${1:-} == --fuzz ]]; then
  packages+=(clang libclang-rt-14-dev)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  exit 0
fi
echo "setup: installing ${missing[*]}" >&2
sudo=""
if [[ $(id -u) -ne 0 ]]; then sudo=sudo; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
