#!/usr/bin/env bash
# Trace-validation benchmark. Prints events/s for:
#   direct   lockstep validate on a full-state log of EVENTS events (and of SMALL events, to compare
#            peak memory: flat in log length means within 10%), with the evaluator host's heap
#            after a final full GC (live data) as the host reports it
#   search   lockstep validate --engine search on a SEARCH-event log with `committed` unlogged, in
#            both search orders (search-dfs: the default, depth-first with TLC's evaluator;
#            search-bfs: TLC's breadth-first model checker), and their ratio
#   baseline the hand-written trace spec PrimaryBackupTrace.tla (log as a TLA+ sequence, a cursor,
#            one constraint per line) checked by TLC on the first BASE events of the same log
# and each engine's ratio to the baseline. Wall-clock and CPU (user+sys) figures are both printed:
# on a shared machine the CPU figure is the stable one.
#
#   bench/validate/run.sh            EVENTS=1000000 SMALL=100000 SEARCH=10000 BASE=20000
#   EVENTS=200000 bench/validate/run.sh
#   PARTS=search bench/validate/run.sh   only the two search runs (no direct, no baseline)
#
# bench/validate/shapes.sh runs the direct engine on every model of specs/ instead of this one and
# prints the slowest, with each model's ratio to PrimaryBackup measured in the same run.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
EVENTS="${EVENTS:-1000000}"
SMALL="${SMALL:-100000}"
SEARCH="${SEARCH:-10000}"
BASE="${BASE:-20000}"
PARTS="${PARTS:-all}"
out="${OUT:-${TMPDIR:-/tmp}/lockstep-bench-validate}"
mkdir -p "$out"
jar="$root/cli/target/lockstep.jar"
"$root/lockstep" --version > /dev/null   # builds cli/target/lockstep.jar when missing or stale
spec="$root/specs/PrimaryBackup/PrimaryBackup.tla"
cfg="$root/specs/PrimaryBackup/PrimaryBackup.cfg"

if [[ "$PARTS" == search ]]; then EVENTS="$SEARCH"; fi
log="$out/primary-backup-$EVENTS.ndjson"
if [[ ! -f "$log" ]]; then
  echo "sampling $EVENTS events of PrimaryBackup (TLC's successor function, seed 1)..." >&2
  java -XX:+UseParallelGC -Djava.io.tmpdir="$out" -cp "$jar" dev.lockstep.validator.host.BehaviourSampler \
    "$spec" "$cfg" 1 "$EVENTS" "$log" >/dev/null
fi
small="$out/primary-backup-$SMALL.ndjson"
[[ "$PARTS" == search ]] || head -n "$SMALL" "$log" > "$small"
partial="$out/primary-backup-$SEARCH-partial.ndjson"
head -n "$SEARCH" "$log" | python3 -c '
import json, sys
for line in sys.stdin:
    e = json.loads(line)
    del e["state"]["committed"]
    print(json.dumps(e))' > "$partial"

# run NAME EVENTS CMD...: prints "NAME events wall_s cpu_s maxrss_kb jvms_kb" where maxrss_kb is
# time's peak RSS of the largest process (rusage includes the child JVM) and jvms_kb the sum of the
# peak RSS (VmHWM) of every java process under CMD (Lockstep's JVM and the evaluator host), sampled
# every 0.1 s while they run.
run() {
  local name="$1" n="$2"; shift 2
  local t pid
  /usr/bin/time -o "$out/$name.time" -f "%e %U %S %M" "$@" >"$out/$name.out" 2>"$out/$name.err" &
  pid=$!
  declare -A hwm=()
  while kill -0 "$pid" 2>/dev/null; do
    for p in $(descendants "$pid"); do
      local v
      v=$(awk '/^VmHWM/{print $2}' "/proc/$p/status" 2>/dev/null || true)
      if [[ -n "$v" ]] && grep -q java "/proc/$p/comm" 2>/dev/null; then hwm[$p]=$v; fi
    done
    sleep 0.1
  done
  wait "$pid" || true
  local sum=0
  for p in "${!hwm[@]}"; do sum=$((sum + hwm[$p])); done
  t="$(tail -1 "$out/$name.time")"
  if ! grep -q -E "conforms|TraceNotDone is violated" "$out/$name.out"; then
    echo "$name: unexpected result, see $out/$name.out and $out/$name.err" >&2
    cat "$out/$name.out" >&2
    exit 1
  fi
  read -r wall user sys rss <<<"$t"
  echo "$name $n $wall $(echo "$user + $sys" | bc) $rss $sum"
}

descendants() {
  local c
  for c in $(pgrep -P "$1" || true); do
    echo "$c"
    descendants "$c"
  done
}

results="$out/results.txt"
: > "$results"
run search-dfs "$SEARCH" env LOCKSTEP_NO_BUILD=1 "$root/lockstep" validate "$spec" --trace "$partial" --engine search --search-order dfs >> "$results"
run search-bfs "$SEARCH" env LOCKSTEP_NO_BUILD=1 "$root/lockstep" validate "$spec" --trace "$partial" --engine search --search-order bfs >> "$results"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)   cores: $(nproc)"
if [[ "$PARTS" == search ]]; then
  awk '{ n[$1]=$2; wall[$1]=$3; cpu[$1]=$4 }
    END { for (r in n) printf "%-10s %9d events %9.2f s wall %9.2f s cpu %9.0f ev/s %9.0f ev/cpu-s\n", r, n[r], wall[r], cpu[r], n[r]/wall[r], n[r]/cpu[r]
          printf "search dfs / bfs: %.2fx (wall), %.2fx (cpu)\n", wall["search-bfs"]/wall["search-dfs"], cpu["search-bfs"]/cpu["search-dfs"] }' "$results"
  exit 0
fi
run direct "$EVENTS" env LOCKSTEP_NO_BUILD=1 "$root/lockstep" validate "$spec" --trace "$log" --json >> "$results"
run direct-small "$SMALL" env LOCKSTEP_NO_BUILD=1 "$root/lockstep" validate "$spec" --trace "$small" --json >> "$results"

bl="$out/baseline"
rm -rf "$bl" && mkdir -p "$bl"
cp "$spec" "$here/PrimaryBackupTrace.tla" "$here/PrimaryBackupTrace.cfg" "$bl/"
python3 "$here/tracelog.py" "$log" "$BASE" "$bl"
run baseline "$BASE" bash -c "cd '$bl' && java -XX:+UseParallelGC -Djava.io.tmpdir='$bl' -cp '$jar' tlc2.TLC \
  -workers 1 -metadir '$bl/states' -config PrimaryBackupTrace.cfg PrimaryBackupTrace.tla" >> "$results"

heap() { python3 -c 'import json,sys; s=json.load(open(sys.argv[1]))["stats"]; print(s["hostOldGenPeakBytes"]//1048576, s["hostHeapAfterGcBytes"]//1048576)' "$1"; }
read -r oldbig gcbig <<<"$(heap "$out/direct.out")"
read -r oldsmall gcsmall <<<"$(heap "$out/direct-small.out")"
echo "evaluator host heap, $EVENTS events: old generation peak ${oldbig} MB, after final GC ${gcbig} MB"
echo "evaluator host heap, $SMALL events: old generation peak ${oldsmall} MB, after final GC ${gcsmall} MB"
awk '
  { n[$1]=$2; wall[$1]=$3; cpu[$1]=$4; rss[$1]=$5; jvms[$1]=$6 }
  END {
    printf "%-13s %9s %9s %9s %12s %12s %10s %10s\n", "run", "events", "wall s", "cpu s", "events/s", "ev/cpu-s", "peak MB", "JVMs MB"
    split("direct direct-small search-dfs search-bfs baseline", order, " ")
    for (k = 1; k <= 5; k++) { r = order[k]
      printf "%-13s %9d %9.2f %9.2f %12.0f %12.0f %10.0f %10.0f\n", r, n[r], wall[r], cpu[r], n[r]/wall[r], n[r]/cpu[r], rss[r]/1024, jvms[r]/1024 }
    bw = n["baseline"]/wall["baseline"]; bc = n["baseline"]/cpu["baseline"]
    printf "direct / baseline: %.1fx (wall), %.1fx (cpu)\n", (n["direct"]/wall["direct"])/bw, (n["direct"]/cpu["direct"])/bc
    printf "search dfs / baseline: %.2fx (wall), %.2fx (cpu)\n", (n["search-dfs"]/wall["search-dfs"])/bw, (n["search-dfs"]/cpu["search-dfs"])/bc
    printf "search bfs / baseline: %.2fx (wall), %.2fx (cpu)\n", (n["search-bfs"]/wall["search-bfs"])/bw, (n["search-bfs"]/cpu["search-bfs"])/bc
    printf "search dfs / bfs: %.2fx (wall), %.2fx (cpu)\n", wall["search-bfs"]/wall["search-dfs"], cpu["search-bfs"]/cpu["search-dfs"]
    printf "peak RSS %d events / %d events: %.3f (largest process), %.3f (both JVMs)\n", n["direct"], n["direct-small"], rss["direct"]/rss["direct-small"], jvms["direct"]/jvms["direct-small"]
  }' "$results"
