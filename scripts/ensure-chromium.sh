#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed for the headless browser tests (installs it when
# running as root with apt-get, as CI does); otherwise says how to install it and fails.
set -euo pipefail
if [[ -x /usr/bin/chromium || -n "${CHROMIUM:-}" ]]; then
  exit 0
fi
if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian's chromium for the browser tests..." >&2
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "error: /usr/bin/chromium is missing: install Debian's chromium (apt-get install -y chromium)" >&2
echo "       or point CHROMIUM at a Chromium binary" >&2
exit 1
