#!/usr/bin/env bash
# The closed loop (generate -> javac -> <Spec>Main for 200 random steps -> validate) over specs/
# and specs/corpus/, in one JVM; see ClosedLoop.java (and Mutation.java for --mutate). Prints a line per spec and the counts; fails
# when a spec not listed in expected-failures.txt does not close the loop, or a listed one does.
# Usage: scripts/closed-loop/run.sh [ClosedLoop options] [DIR...]   (default: specs specs/corpus)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
./lockstep --version > /dev/null   # builds the jar when missing or stale
dirs=()
opts=()
for a in "$@"; do
  if [[ -d "$a" ]]; then dirs+=("$a"); else opts+=("$a"); fi
done
if [[ ${#dirs[@]} -eq 0 ]]; then
  dirs=(specs)
  [[ -d specs/corpus ]] && dirs+=(specs/corpus)
  opts=(--expect scripts/closed-loop/expected-failures.txt "${opts[@]+"${opts[@]}"}")
fi
classes="$(mktemp -d "${TMPDIR:-/tmp}/closed-loop-classes.XXXXXX")"   # one per run: runs may overlap
trap 'rm -rf "$classes"' EXIT
javac -nowarn -d "$classes" -cp cli/target/lockstep.jar scripts/closed-loop/*.java
java -cp "cli/target/lockstep.jar:$classes" ClosedLoop "${opts[@]+"${opts[@]}"}" "${dirs[@]}"
