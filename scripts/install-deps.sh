#!/usr/bin/env bash
# Installs the Debian 12 packages gazette builds with, when any is missing. Run as root.
# Usage: scripts/install-deps.sh [--tests]   (--tests adds python3 for the reference-scorer check,
# GNU parallel and python3-distributed (Dask) for the tests of the README's parallel and Dask
# recipes, python3-jsonschema for the SARIF schema test and chromium for the test that renders
# --format html: about 140 MB to fetch, 480 MB on disk, 77 s to install on the development
# machine, before python3-distributed, which adds 3 MB to fetch and 15 MB on disk)
set -euo pipefail
packages=(cmake g++ make pkg-config libcli11-dev libicu-dev libre2-dev libfmt-dev zlib1g-dev libzstd-dev catch2)
if [ "${1:-}" = "--tests" ]; then packages+=(python3 python3-jsonschema parallel python3-distributed chromium); fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
