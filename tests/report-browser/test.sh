#!/usr/bin/env bash
# Browser test of `lockstep check --report`: installs its npm packages and Debian's chromium when
# missing, then runs node's test runner. The root ./test runs this after Maven.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
"$root/scripts/ensure-chromium.sh"
cd "$here"
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
npm ci --no-audit --no-fund --loglevel=error
node --test report.test.mjs
