#!/usr/bin/env bash
# Installs the Debian 12 packages the project needs. Idempotent; runs `apt-get update` at most once a day.
#   scripts/install-deps.sh          build + run the app
#   scripts/install-deps.sh --test   also what the tests need (Xvfb, keyring, Redmine, ...)
set -euo pipefail

want_tests=0
[[ "${1:-}" == "--test" ]] && want_tests=1

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi

build_pkgs=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev qt6-svg-dev libqt6opengl6-dev libgl-dev libqt6sql6-sqlite qt6-translations-l10n
  qtkeychain-qt6-dev libsecret-1-0 libstemmer-dev libsqlite3-dev libphonenumber-dev libcmark-dev
  fonts-dejavu-core catch2 clang-format
)
test_pkgs=(
  xvfb xauth dbus gnome-keyring libsecret-tools appstream dpkg-dev file openssl curl python3 python3-phonenumbers
  redmine redmine-sqlite puma ruby-bundler postgresql ruby-pg
  baresip-core sip-tester ruby-commonmarker
)

pkgs=("${build_pkgs[@]}")
((want_tests)) && pkgs+=("${test_pkgs[@]}")

missing=()
for p in "${pkgs[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
((${#missing[@]} == 0)) && { echo "install-deps: all ${#pkgs[@]} packages present"; exit 0; }

echo "install-deps: installing ${missing[*]}"
stamp=/var/lib/apt/periodic/hotline0150-update-stamp
if [[ ! -f $stamp ]] || [[ -n $(find "$stamp" -mmin +1440 2>/dev/null) ]]; then
  $SUDO apt-get update -qq
  $SUDO mkdir -p "$(dirname "$stamp")" && $SUDO touch "$stamp"
fi
# Debian 12's redmine package fails in its own set-up with Ruby's newer bundled Bundler unless
# Debian's Bundler is pinned; any later install of a Ruby package re-runs that trigger, so pin it always.
export BUNDLER_VERSION=2.3.15
export DEBIAN_FRONTEND=noninteractive
$SUDO env BUNDLER_VERSION=2.3.15 DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
