#!/usr/bin/env bash
# Builds and tests the VS Code extension: npm ci, compile, TextMate grammar tests, the .vsix
# (with the Lockstep jar bundled), then the Node tests (unit, the results view in headless
# Chromium, the real language server over stdio). The root ./test runs this after Maven.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
cd "$here"

export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false

if [[ ! -x /usr/bin/chromium && -z "${CHROMIUM:-}" ]]; then
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "vscode-ext: installing Debian's chromium for the results-view test..." >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "vscode-ext: error: /usr/bin/chromium is missing; install Debian's chromium (apt-get install -y chromium)" >&2
    echo "            or point CHROMIUM at a Chromium binary, then run vscode-ext/test.sh again" >&2
    exit 1
  fi
fi

jar="$root/cli/target/lockstep.jar"
if [[ ! -f "$jar" ]]; then
  echo "vscode-ext: building $jar (mvn package -pl cli -am)..." >&2
  (cd "$root" && mvn -B -q -ntp -DskipTests -pl cli -am package)
fi
mkdir -p server
cp "$jar" server/lockstep.jar

echo "== npm ci"
npm ci --no-audit --no-fund --loglevel=error
echo "== compile"
npx tsc -p .
echo "== grammar tests"
npx vscode-tmgrammar-test -g syntaxes/tlaplus.tmLanguage.json 'test/grammar/*.tla'
echo "== package"
npx vsce package --allow-missing-repository --skip-license -o lockstep-tla.vsix
echo "== node tests"
LOCKSTEP_JAR="$jar" SPECS_DIR="$root/specs" node --test out/test/unit/ out/test/browser/ out/test/server/
