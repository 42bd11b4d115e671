#!/bin/sh
# The Debian/Ubuntu packages Arkan Desktop needs, installed without a prompt.
#
#   sh packaging/install-deps.sh          install what is missing (as root, or through sudo)
#   sh packaging/install-deps.sh --list   print the packages, one line (README, CI)
#
# WINDOW is what Qt's xcb platform plugin (the real window) and the Qt modules the app
# loads link against: found with `ldd` / `readelf -d` on PySide6's
# Qt/plugins/platforms/libqxcb.so, the xcb GL integrations, the print, image, TLS and
# multimedia plugins and the Qt libraries they load; each library mapped to its package
# with `dpkg -S` (docs/RELIABILITY.md, "A fresh machine"). apt brings their own
# dependencies. TESTS is what the test suite uses to look at what users see: poppler
# (PDFs), zbar (barcodes), Xvfb, xauth and xdotool (the real window, tests/test_real_window.py).
set -eu

WINDOW="libegl1 libgl1 libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6 \
libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-glx0 libxcb-icccm4 libxcb-image0 \
libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 \
libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxkbcommon0 libxkbcommon-x11-0 \
libcups2 libgssapi-krb5-2 libbrotli1 libdrm2 libxext6 libxrandr2 libpulse0"
TESTS="poppler-utils zbar-tools xvfb xauth xdotool"

if [ "${1:-}" = "--list" ]; then
  echo $WINDOW $TESTS
  exit 0
fi

missing=""
for package in $WINDOW $TESTS; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" ||
    missing="$missing $package"
done
if [ -z "$missing" ]; then
  echo "install-deps: every package is already installed"
  exit 0
fi

if [ "$(id -u)" = 0 ]; then
  as_root=""
elif command -v sudo >/dev/null 2>&1; then
  as_root="sudo"
else
  echo "install-deps: not root and no sudo; as root, run:" >&2
  echo "  apt-get update && apt-get install -y --no-install-recommends$missing" >&2
  exit 1
fi
echo "install-deps: installing$missing"
$as_root apt-get update -qq
# env, not a plain assignment: sudo drops the caller's environment
# shellcheck disable=SC2086  # the list is meant to split into words
$as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
