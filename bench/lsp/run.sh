#!/usr/bin/env bash
# Diagnostics latency of the language server after edits to a 3,000-line spec (median, p95 over
# 200 edits through the real server over stdio), with a small spec from specs/ as the baseline
# measured in the same run. Not part of the test suite.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
"$root/lockstep" --version > /dev/null   # builds cli/target/lockstep.jar when missing or stale
if [[ ! -d "$root/vscode-ext/node_modules/vscode-jsonrpc" ]]; then
  (cd "$root/vscode-ext" && npm ci --no-audit --no-fund --loglevel=error)
fi
exec node "$here/bench.js" "${1:-200}" "${2:-50}"
