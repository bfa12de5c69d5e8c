#!/usr/bin/env bash
# Installs what is missing, builds gazette, and runs it on the example article.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DGAZETTE_BUILD_TESTS=OFF -DGAZETTE_BUILD_BENCH=OFF >/dev/null
cmake --build build --target gazette -j "$(nproc)"
./build/gazette --format text examples/article-fr.txt
