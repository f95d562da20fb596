#!/usr/bin/env bash
# Installs what the app needs, builds it (release preset) and starts it on the shipped knowledge base.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j"$(nproc)"
exec ./build/release/app/hotline0150 "$@"
