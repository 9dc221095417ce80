#!/usr/bin/env bash
# Builds and tests the VS Code extension: npm ci, compile, TextMate grammar tests, the .vsix
# (with the Lockstep jar bundled), then the Node tests (unit, the results view in headless
# Chromium, the real language server over stdio). The root ./test runs this after Maven.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
cd "$here"

export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false

# Debian's chromium for the results-view test (installed when missing and we are root).
"$root/scripts/ensure-chromium.sh"

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
