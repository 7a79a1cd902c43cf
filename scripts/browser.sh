#!/usr/bin/env bash
# The real browser the console and widget tests drive: Debian's Chromium and its driver.
# Playwright drives /usr/bin/chromium (no `playwright install`: nothing is downloaded at test time).
set -euo pipefail

if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
  echo "browser: chromium is installed"
  exit 0
fi
echo "installing chromium and chromium-driver with apt-get"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-dejavu-core >/dev/null
echo "browser: chromium is installed"
