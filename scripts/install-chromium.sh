#!/usr/bin/env bash
# The browser tests (test/node/web) drive Debian's Chromium through playwright-core (no browser
# download from the Playwright CDN). Installs it with apt only when /usr/bin/chromium is missing.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y chromium
/usr/bin/chromium --version
