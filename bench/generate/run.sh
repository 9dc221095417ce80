#!/usr/bin/env bash
# Benchmarks generated code: steps per second of a spec's generated skeleton under a seeded random
# scheduler, without logging (baseline) and with the native log written to a file, in one run.
# Usage: bench/generate/run.sh [SPEC] [STEPS]   (default: TwoPhaseCommit 20000)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
spec="${1:-TwoPhaseCommit}"
steps="${2:-20000}"
jar="$root/cli/target/lockstep.jar"
"$root/lockstep" --version > /dev/null   # builds the jar when missing or stale
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$root/lockstep" generate "$root/specs/$spec/$spec.tla" --package bench.gen --out "$work/src" >/dev/null
javac -nowarn -d "$work/classes" -cp "$jar" $(find "$work/src" -name '*.java')
java -cp "$jar" "$root/bench/generate/GenerateBench.java" "$work/classes" bench.gen "$spec" "$steps"
