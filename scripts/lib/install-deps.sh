#!/usr/bin/env bash
# Installs every Debian package ButtCloud builds, runs and tests with. Idempotent: a package that is
# already installed costs one dpkg query, and apt is only called when something is missing.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git ca-certificates curl
  ccache  # scripts/test compiles through it when installed
  lld     # the faster linker CMake picks when it is there (BUTTCLOUD_USE_LLD)
  # Qt 6.4 (Debian 12); charts needs the OpenGL dev package that qt6-charts-dev does not pull in
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-websockets-dev qt6-httpserver-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qtkeychain-qt6-dev
  libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-qpa-plugins
  # libraries
  libssh2-1-dev libsodium-dev libqrencode-dev libcurl4-openssl-dev
  # real peers the demo and the tests run against
  docker.io postgresql openssh-server openssh-client  # sshd and ssh-keygen: the hub tests
  gnome-keyring dbus-daemon dbus-x11 libsecret-1-0 libsecret-tools
  xvfb xauth fonts-dejavu-core
  # a real SMTP server on loopback for the mail tests, and its test certificates
  python3-aiosmtpd openssl
  # npm: the pub image is built from the registry's ssb-server
  nodejs npm
  # the Debian packages (scripts/lib/package-check.sh): shlibdeps, the desktop file and AppStream checks
  dpkg-dev file desktop-file-utils appstream man-db
  # the sanitizer build and the fuzzers (clang with libFuzzer: scripts/test sanitize, scripts/fuzz)
  clang libclang-rt-14-dev
  # the load test (bench/load.sh) and the data-disk-full test's small ext4 image (tst_diskfull)
  wrk socat e2fsprogs
  # a private two-machine swarm for tst_multihub (network namespaces, veths, a bridge: ip; nsenter and
  # unshare come with util-linux)
  iproute2 util-linux
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

# Debian's npm conflicts with a Node.js that brings its own npm (as on some build machines): keep theirs.
if command -v npm >/dev/null 2>&1 && command -v node >/dev/null 2>&1; then
  filtered=()
  for p in "${missing[@]}"; do [[ $p == nodejs || $p == npm ]] || filtered+=("$p"); done
  missing=("${filtered[@]}")
fi

if ((${#missing[@]})); then
  if [[ $(id -u) != 0 ]]; then
    echo "install-deps: these packages are missing and installing them needs root: ${missing[*]}" >&2
    exit 1
  fi
  echo "install-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
echo "install-deps: all ${#packages[@]} packages are installed"

# The Stripe emulator the billing integration tests run (npm, pinned; emulates API version 2020-08-27).
# A local prefix, not a global install: tests find it at $BUTTCLOUD_STRIPE_MOCK_PREFIX or this default.
stripe_mock_version=0.0.16
stripe_mock_prefix=${BUTTCLOUD_STRIPE_MOCK_PREFIX:-/var/lib/buttcloud-dev/stripe-mock}
if [[ $(cat "$stripe_mock_prefix/node_modules/stripe-stateful-mock/package.json" 2>/dev/null | grep -o '"version": *"[^"]*"') != "\"version\": \"$stripe_mock_version\"" ]]; then
  echo "install-deps: installing stripe-stateful-mock $stripe_mock_version in $stripe_mock_prefix"
  mkdir -p "$stripe_mock_prefix"
  npm install --prefix "$stripe_mock_prefix" --no-audit --no-fund --silent "stripe-stateful-mock@$stripe_mock_version"
fi
echo "install-deps: stripe-stateful-mock $stripe_mock_version is installed"
