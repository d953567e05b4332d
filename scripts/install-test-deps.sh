#!/usr/bin/env bash
# Installs what the test suite needs beyond a JDK 17 and Maven: Debian's headless Chromium and its
# driver for the dashboard's browser test. Idempotent; needs root (or sudo) on first run.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
echo "installed $(/usr/bin/chromium --version)"
