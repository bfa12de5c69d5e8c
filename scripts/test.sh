#!/usr/bin/env bash
# Installs what is missing, builds gazette and its tests, and runs the whole suite: once as
# released (build/), once under AddressSanitizer and UndefinedBehaviorSanitizer
# (build-sanitize/, no benchmarks). --no-sanitize runs the first only.
set -euo pipefail
cd "$(dirname "$0")/.."
sanitize=1
if [ "${1:-}" = "--no-sanitize" ]; then sanitize=0; fi
bash scripts/install-deps.sh --tests
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j "$(nproc)"
(cd build && ctest --output-on-failure -j "$(nproc)")
if [ "$sanitize" = 1 ]; then
  cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=Release -DGAZETTE_SANITIZE=ON -DGAZETTE_BUILD_BENCH=OFF >/dev/null
  cmake --build build-sanitize -j "$(nproc)"
  (cd build-sanitize && ctest --output-on-failure -j "$(nproc)")
fi
