#!/usr/bin/env bash
# Per-node log benchmark: lockstep validate with mapping rules on the per-node
# logs of examples/raft (three servers, each logging only its own state; merged by Lamport clocks)
# against specs/RaftLog, on EVENTS and SMALL events and, when LONG is set, on LONG events (peak
# memory: flat in log length means they are close), and the hand-written baseline
# RaftLogTrace.tla (the log as a TLA+ sequence, a cursor, one constraint per line, as published
# trace validation does) checked by TLC on the first BASE steps of the same run, in the same run
# of this script. Prints events/s (wall and CPU: on a shared
# machine the CPU figure is the stable one), peak RSS (the largest process: the evaluator host), and
# the ratio to the baseline. The host runs Java's quick compiler alone on logs of up to 250,000 lines
# and both compilers above (HostLaunch.QUICK_COMPILER_MAX_LINES): a peak RSS ratio across that line
# includes the optimizing compiler's fixed cost, so the memory ratio to read for "flat in the log's
# length" is between two lengths on the same side of it, e.g. (docs/performance.md, validate):
#
#   bench/validate/mapped.sh            EVENTS=100000 SMALL=10000 BASE=2000 SEED=1 (LONG unset)
#   EVENTS=1000000 SMALL=300000 LONG=2000000 bench/validate/mapped.sh    memory over 300k, 1M, 2M
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
EVENTS="${EVENTS:-100000}"
SMALL="${SMALL:-10000}"
BASE="${BASE:-2000}"
SEED="${SEED:-1}"
out="${OUT:-${TMPDIR:-/tmp}/lockstep-bench-mapped}"
mkdir -p "$out"
jar="$root/cli/target/lockstep.jar"
"$root/lockstep" --version > /dev/null   # builds cli/target/lockstep.jar when missing or stale
spec="$root/specs/RaftLog/RaftLog.tla"
cfg="$root/examples/raft/RaftLog.cfg"
mapping="$root/examples/raft/raft.yaml"

rm -rf "$out/classes"
javac -d "$out/classes" $(find "$root/examples/raft/src/main/java" -name '*.java')
for n in "$EVENTS" "$SMALL" ${LONG:+"$LONG"}; do
  [[ -d "$out/logs-$n" ]] || java -cp "$out/classes" com.example.raft.Cluster --events "$n" --seed "$SEED" --out "$out/logs-$n"
done

# run NAME CMD...: "NAME events wall_s cpu_s maxrss_kb", events from lockstep's "(N events" or TLC's depth
run() {
  local name="$1"; shift
  /usr/bin/time -o "$out/$name.time" -f "%e %U %S %M" "$@" >"$out/$name.out" 2>"$out/$name.err" || true
  local n
  n=$(grep -oE '\(([0-9]+) events' "$out/$name.out" | grep -oE '[0-9]+' | head -1 || true)
  [[ -n "$n" ]] || n=$(grep -oE 'depth of the complete state graph search is [0-9]+' "$out/$name.out" | grep -oE '[0-9]+$' || true)
  [[ -n "$n" ]] || n=$(grep -oE '^State [0-9]+:' "$out/$name.out" | tail -1 | grep -oE '[0-9]+' || echo 0)
  read -r wall user sys rss < <(tail -1 "$out/$name.time")   # after "Command exited with non-zero status N"
  echo "$name $n $wall $(echo "$user + $sys" | bc) $rss"
}

results="$out/results.txt"
: > "$results"
run mapped env LOCKSTEP_NO_BUILD=1 "$root/lockstep" validate "$spec" --config "$cfg" --mapping "$mapping" --trace "$out/logs-$EVENTS"/node-*.ndjson >> "$results"
grep -q conforms "$out/mapped.out" || { echo "mapped run did not conform:"; cat "$out/mapped.out" "$out/mapped.err"; exit 1; }
run mapped-small env LOCKSTEP_NO_BUILD=1 "$root/lockstep" validate "$spec" --config "$cfg" --mapping "$mapping" --trace "$out/logs-$SMALL"/node-*.ndjson >> "$results"
if [[ -n "${LONG:-}" ]]; then
  run mapped-long env LOCKSTEP_NO_BUILD=1 "$root/lockstep" validate "$spec" --config "$cfg" --mapping "$mapping" --trace "$out/logs-$LONG"/node-*.ndjson >> "$results"
  grep -q conforms "$out/mapped-long.out" || { echo "mapped-long run did not conform:"; cat "$out/mapped-long.out" "$out/mapped-long.err"; exit 1; }
fi

bl="$out/baseline"
rm -rf "$bl" && mkdir -p "$bl"
cp "$spec" "$here/RaftLogTrace.tla" "$here/RaftLogTrace.cfg" "$bl/"
python3 "$here/raftlog.py" "$BASE" "$bl" "$out/logs-$EVENTS"/node-*.ndjson > /dev/null
run baseline bash -c "cd '$bl' && java -XX:+UseParallelGC -Djava.io.tmpdir='$bl' -cp '$jar' tlc2.TLC -workers 1 -deadlock RaftLogTrace" >> "$results"
grep -q "Invariant TraceNotDone is violated" "$out/baseline.out" || { echo "baseline did not explain the log:"; tail -20 "$out/baseline.out"; exit 1; }

awk -v events="$EVENTS" -v small="$SMALL" -v long="${LONG:-0}" '
BEGIN { lines["mapped"]=events; lines["mapped-small"]=small; lines["mapped-long"]=long }
{ n[$1]=$2; wall[$1]=$3; cpu[$1]=$4; rss[$1]=$5; order[NR]=$1 }
END {
    printf "%-13s %9s %8s %8s %12s %12s %9s\n", "run", "events", "wall_s", "cpu_s", "events/s", "events/cpu_s", "rss_MB"
    for (i = 1; i <= NR; i++) { k = order[i]
        printf "%-13s %9d %8.2f %8.2f %12.0f %12.0f %9.0f\n", k, n[k], wall[k], cpu[k], n[k]/wall[k], n[k]/cpu[k], rss[k]/1024 }
    printf "mapped / baseline: %.1fx (wall), %.1fx (cpu)\n", (n["mapped"]/wall["mapped"])/(n["baseline"]/wall["baseline"]), (n["mapped"]/cpu["mapped"])/(n["baseline"]/cpu["baseline"])
    ratio("mapped", "mapped-small")
    if ("mapped-long" in n) { ratio("mapped-long", "mapped"); ratio("mapped-long", "mapped-small") }
}
function ratio(a, b) {
    printf "peak RSS %d events / %d events: %.2f%s\n", n[a], n[b], rss[a]/rss[b], \
        (lines[a] > 250000) == (lines[b] > 250000) ? "" : " (across the compiler switch: the longer run also has C2 and its fixed cost)"
}' "$results"
