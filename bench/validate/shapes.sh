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
# bench/validate/workers.sh compares 1 with auto). Each model runs REPEAT times, in rounds over all
# the models (so a slow minute of a shared machine touches every model alike); a row gives the run
# of median wall time, with the fastest and slowest walls beside it.
#
#   bench/validate/shapes.sh                 EVENTS=200000 RUNLEN=200 WORKERS=(unset) REPEAT=3
#   ONLY="Bank PrimaryBackup" bench/validate/shapes.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
EVENTS="${EVENTS:-200000}"
RUNLEN="${RUNLEN:-200}"
WORKERS="${WORKERS:-}"
REPEAT="${REPEAT:-3}"
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
logs=()
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
  logs+=("$m")
done
for round in $(seq "$REPEAT"); do
  for m in ${logs[@]+"${logs[@]}"}; do
    name="$(basename "$m")"
    log="$out/$name-$EVENTS.ndjson"
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
done

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)   cores: $(nproc)   events per model: $EVENTS (runs of <= $RUNLEN steps)   workers: ${WORKERS:-default}"
python3 - "$results" <<'PY'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    name, n, wall, cpu, rss, load, psi = line.split()
    runs.setdefault(name, []).append((float(wall), int(n), float(cpu), int(rss), load, psi))
if "PrimaryBackup" not in runs:
    print("no PrimaryBackup run: no baseline")
    sys.exit(1)
rows = {}
for name, rs in runs.items():
    rs.sort()
    rows[name] = (rs[(len(rs) - 1) // 2], rs[0][0], rs[-1][0], len(rs))   # the median run (the lower one of an even count)
(bwall, bn, bcpu, _, _, _), _, _, _ = rows["PrimaryBackup"]
bw, bc = bn / bwall, bn / bcpu
print(f"{'model':22s} {'events':>9s} {'wall s':>8s} {'min-max s':>11s} {'cpu s':>8s} {'events/s':>11s} {'ev/cpu-s':>11s}"
      f" {'/base':>8s} {'/base cpu':>9s} {'rss MB':>7s} {'load':>6s} {'cpu-wait':>8s} {'runs':>4s}")
for name in sorted(rows):
    (wall, n, cpu, rss, load, psi), lo, hi, k = rows[name]
    rw, rc = n / wall, n / cpu
    print(f"{name:22s} {n:9d} {wall:8.2f} {lo:5.2f}-{hi:<5.2f} {cpu:8.2f} {rw:11.0f} {rc:11.0f} {rw / bw:7.2f}x {rc / bc:8.2f}x"
          f" {rss / 1024:7.0f} {load:>6s} {psi:>7s}% {k:4d}")
slow_cpu = min(rows, key=lambda m: rows[m][0][1] / rows[m][0][2])
slow_wall = min(rows, key=lambda m: rows[m][0][1] / rows[m][0][0])
for label, m in (("cpu", slow_cpu), ("wall", slow_wall)):
    (wall, n, cpu, _, _, _), lo, hi, k = rows[m]
    print(f"slowest ({label}): {m}, {n / wall:.0f} events/s wall (median of {k}; {n / hi:.0f}-{n / lo:.0f}),"
          f" {n / cpu:.0f} events/cpu-s, {(n / cpu) / bc:.2f}x the baseline PrimaryBackup (cpu)")
PY
