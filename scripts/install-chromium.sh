#!/usr/bin/env bash
# The browser tests (test/node/web) drive Debian's Chromium through playwright-core (no browser
# download from the Playwright CDN). `npm test` runs this first (the "pretest" script): it installs
# Debian's chromium with apt when no browser is there, and does nothing when one is. CHROMIUM_PATH
# names another browser binary (then nothing is installed).
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then
  exit 0
fi
if [ -n "${CHROMIUM_PATH:-}" ]; then
  echo "install-chromium: CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null; then
  # Not Debian or Ubuntu: the other tests still run; the browser tests say what is missing.
  echo "install-chromium: no /usr/bin/chromium and no apt-get here; install Chromium and set CHROMIUM_PATH for the browser tests" >&2
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-chromium: installing Debian's chromium for the browser tests (once)" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium >/dev/null
/usr/bin/chromium --version 2>/dev/null
