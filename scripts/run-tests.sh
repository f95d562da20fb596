#!/usr/bin/env bash
# Installs everything the tests need (Redmine included), builds (release preset, warnings are errors)
# and runs every test: unit, CLI, widget and the integration tests against a real Redmine over HTTPS.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --test
cmake --preset ci >/dev/null
cmake --build --preset ci -j"$(nproc)"
# Integration tests need a D-Bus session with an unlocked keyring (QtKeychain) and a writable HOME.
export HOME="${HOME:-/root}"
mkdir -p "$HOME"
exec dbus-run-session -- bash -c '
  echo -n hotline-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
  ctest --preset ci --no-tests=error -j2 "$@"' ctest "$@"
