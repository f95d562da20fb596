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
# The keychain must work in that session: a store and a lookup prove it, else the tests do not start.
exec dbus-run-session -- bash -c '
  set -e
  echo -n hotline-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  echo -n probe | secret-tool store --label=hotline0150-test-probe service hotline0150-test-probe
  if [[ "$(secret-tool lookup service hotline0150-test-probe)" != probe ]]; then
    echo "run-tests: the session keyring does not work (gnome-keyring-daemon, secret-tool): the keychain tests need it" >&2
    exit 1
  fi
  secret-tool clear service hotline0150-test-probe
  ctest --preset ci --no-tests=error -j2 "$@"' ctest "$@"
