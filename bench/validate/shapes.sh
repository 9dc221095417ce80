#!/usr/bin/env bash
# The direct engine on every spec shape. For every model in specs/ (and
# specs/corpus/) that loads, samples a full-state log of EVENTS events from TLC's successor
# function (BehaviourSampler, seed 1; runs of at most RUNLEN steps, a new Init line starting each,
# so models whose behaviours end still give long logs), then times the whole command
# `lockstep validate SPEC --trace LOG --json` and prints, per model, events/s of wall-clock and of
# CPU time (user+sys of both JVMs), and peak RSS (the largest process: the evaluator host). The
# baseline, measured in the same run, is PrimaryBackup (the shape the engine was first tuned on);
# every model's ratio to it is printed, and the slowest model last. On a shared machine the CPU
# figure is the stable one; each row also gives the load when its run started and the share of
# the last minute some task waited for a CPU (cpu-wait, /proc/pressure/cpu). The log holds
# EVENTS/RUNLEN runs, which the host checks as independent traces (one verdict each) with WORKERS
# workers (--workers N|auto; unset: no option, the command's default of one checker per core;
# bench/validate/workers.sh compares 1 with auto).
#
#   bench/validate/shapes.sh                 EVENTS=200000 RUNLEN=200 WORKERS=(unset)
#   ONLY="Bank PrimaryBackup" bench/validate/shapes.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
EVENTS="${EVENTS:-200000}"
RUNLEN="${RUNLEN:-200}"
WORKERS="${WORKERS:-}"
out="${OUT:-${TMPDIR:-/tmp}/lockstep-bench-shapes}"
mkdir -p "$out"
jar="$root/cli/target/lockstep.jar"
"$root/lockstep" --version > /dev/null   # builds cli/target/lockstep.jar when missing or stale

models=()
for dir in "$root"/specs/*/ "$root"/specs/corpus/*/; do
  name="$(basename "$dir")"
  [[ -f "$dir/$name.tla" && -f "$dir/$name.cfg" ]] || continue
  if [[ -n "${ONLY:-}" && " $ONLY " != *" $name "* ]]; then continue; fi
  models+=("$dir$name")
done

results="$out/results.txt"
: > "$results"
for m in "${models[@]}"; do
  name="$(basename "$m")"
  log="$out/$name-$EVENTS.ndjson"
  if [[ ! -f "$log" ]]; then
    if ! java -XX:+UseParallelGC -Djava.io.tmpdir="$out" -cp "$jar" dev.lockstep.validator.host.BehaviourSampler \
        "$m.tla" "$m.cfg" 1 "$EVENTS" "$log" "$RUNLEN" > "$out/$name.sample" 2>&1; then
      echo "$name: skipped (TLC does not load it: see $out/$name.sample)" >&2
      rm -f "$log"
      continue
    fi
  fi
  n=$(wc -l < "$log")
  load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -o "$out/$name.time" -f "%e %U %S %M" env LOCKSTEP_NO_BUILD=1 "$root/lockstep" validate "$m.tla" --trace "$log" \
    ${WORKERS:+--workers "$WORKERS"} --json \
    > "$out/$name.out" 2> "$out/$name.err" || true
  verdict=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["verdict"])' "$out/$name.out" 2>/dev/null || echo "error")
  if [[ "$verdict" != conforms ]]; then
    echo "$name: unexpected verdict '$verdict', see $out/$name.out and $out/$name.err" >&2
    continue
  fi
  read -r wall user sys rss < <(tail -1 "$out/$name.time")
  # the load when the run started, and the share of the last minute in which some runnable task
  # waited for a CPU (/proc/pressure/cpu, "some avg60"; "-" where the kernel has no PSI): wall
  # time above CPU time on 2 cores is that wait (docs/performance.md, validate, session 10)
  psi=$(sed -n 's/^some .*avg60=\([0-9.]*\).*/\1/p' /proc/pressure/cpu 2>/dev/null || true)
  echo "$name $n $wall $(echo "$user + $sys" | bc) $rss $load ${psi:--}" >> "$results"
done

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)   cores: $(nproc)   events per model: $EVENTS (runs of <= $RUNLEN steps)   workers: ${WORKERS:-default}"
sort -k1,1 "$results" | awk '
  { name[NR]=$1; n[NR]=$2; wall[NR]=$3; cpu[NR]=$4; rss[NR]=$5; load[NR]=$6; psi[NR]=$7; if ($1 == "PrimaryBackup") base = NR }
  END {
    if (!base) { print "no PrimaryBackup run: no baseline"; exit 1 }
    bw = n[base]/wall[base]; bc = n[base]/cpu[base]
    printf "%-22s %9s %8s %8s %11s %11s %9s %9s %7s %6s %8s\n", "model", "events", "wall s", "cpu s", "events/s", "ev/cpu-s", "/base", "/base cpu", "rss MB", "load", "cpu-wait"
    slow = 0
    for (i = 1; i <= NR; i++) {
      rw = n[i]/wall[i]; rc = n[i]/cpu[i]
      printf "%-22s %9d %8.2f %8.2f %11.0f %11.0f %8.2fx %8.2fx %7.0f %6s %7s%%\n", name[i], n[i], wall[i], cpu[i], rw, rc, rw/bw, rc/bc, rss[i]/1024, load[i], psi[i]
      if (!slow || rc < n[slow]/cpu[slow]) slow = i
    }
    printf "slowest (cpu): %s, %.0f events/s wall, %.0f events/cpu-s, %.2fx the baseline PrimaryBackup (cpu)\n",
      name[slow], n[slow]/wall[slow], n[slow]/cpu[slow], (n[slow]/cpu[slow])/bc
  }'
