#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine (as root) or a warm developer machine:
#   scripts/certdesk.sh run    install what is missing, build, start CertDesk on a seeded sandbox
#   scripts/certdesk.sh test   install what is missing, build, run the whole test suite and a
#                              short run of each fuzz target
#   scripts/certdesk.sh build  install what is missing and build
#   scripts/certdesk.sh package  install what is missing, build the release, make the .deb
# Every step is skipped when it has nothing to do, so a second run is fast.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
    cmake ninja-build g++ pkg-config git
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev libqt6opengl6-dev
    qt6-translations-l10n libqt6svg6 qtkeychain-qt6-dev libssl-dev openssl libsimdjson-dev
    libsecret-1-0 gnome-keyring libsecret-tools dbus dbus-x11
    xvfb xauth imagemagick x11-apps curl clang-format dpkg-dev fonts-ipafont-gothic
)

# The fuzz smoke run of `test` builds the decoders with clang and libFuzzer.
FUZZ_PACKAGES=(clang libclang-rt-14-dev)

install_packages() {
    local missing=()
    for p in "${PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "certdesk: installing ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    install_packages
    if [ ! -f build/dev/build.ninja ]; then
        cmake --preset dev
    fi
    cmake --build --preset dev
}

case "${1:-}" in
run)
    build
    shift
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        exec xvfb-run -a -s "-screen 0 1280x800x24" bash -c \
            'echo "certdesk: no display found; running under Xvfb on $DISPLAY. Screenshot from another terminal: XAUTHORITY=$XAUTHORITY import -display $DISPLAY -window root shot.png" >&2
             exec build/dev/bin/certdesk --sandbox "$@"' certdesk "$@"
    fi
    exec build/dev/bin/certdesk --sandbox "$@"
    ;;
test)
    install_packages "${FUZZ_PACKAGES[@]}"
    build
    # ctest runs inside a private D-Bus session with an unlocked gnome-keyring (scratch HOME).
    scripts/with-keyring.sh ctest --preset dev -j2
    # A short smoke run of every fuzz target (5 s each); scripts/fuzz.sh 60 is the full run.
    FUZZ_JOBS=2 scripts/fuzz.sh 5
    ;;
build)
    build
    ;;
asan)
    # The whole suite built with AddressSanitizer and UndefinedBehaviorSanitizer (the asan
    # preset). Not part of "test": it builds everything a second time (see the README).
    install_packages
    [ -f build/asan/build.ninja ] || cmake --preset asan
    cmake --build --preset asan
    # The whole suite, then the unit tests again with full stacks for OpenSSL's allocations
    # (slower; see tests/sanitizers/lsan.supp).
    scripts/with-keyring.sh ctest --preset asan -j2
    scripts/with-keyring.sh ctest --preset asan-openssl -j2
    ;;
package)
    install_packages
    [ -f build/release/build.ninja ] || cmake --preset release
    cmake --build --preset release
    (cd build/release && cpack -G DEB)
    ls -1 build/release/certdesk_*.deb
    ;;
*)
    echo "usage: scripts/certdesk.sh run|test|build|asan|package" >&2
    exit 2
    ;;
esac
