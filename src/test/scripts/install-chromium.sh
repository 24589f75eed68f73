#!/usr/bin/env bash
# Installs the browser the end-to-end tests drive: Debian's chromium and chromium-driver.
# Run by `mvn verify` (pre-integration-test) so that a fresh machine with only Java and Maven can run the
# browser tests; does nothing when both are already present. Needs root (as CI runs) to install.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
DRIVER=/usr/bin/chromedriver

if [[ -x "$CHROMIUM" && -x "$DRIVER" ]]; then
    echo "install-chromium: $("$CHROMIUM" --version 2>/dev/null || echo chromium) and driver already installed"
    exit 0
fi

if [[ "$(id -u)" != 0 ]]; then
    echo "install-chromium: $CHROMIUM or $DRIVER is missing and this user is not root;" \
         "install the Debian packages chromium and chromium-driver first" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-noto-core fonts-dejavu-core >/dev/null
echo "install-chromium: installed $("$CHROMIUM" --version)"
