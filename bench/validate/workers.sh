#!/usr/bin/env bash
# Many traces in one file, --workers 1 against --workers auto. The log is the one shapes.sh samples
# for MODEL (EVENTS events of TLC's successor function, seed 1, in runs of at most RUNLEN steps,
# each starting with an Init line: EVENTS/RUNLEN independent traces); the whole command
# `lockstep validate MODEL.tla --trace LOG --workers W --json` is timed REPEAT times per setting,
# the two settings interleaved, and the per-trace verdicts of the two are compared (they must be
# the same). Prints events/s (wall and per CPU second, user+sys of both JVMs), peak RSS and the
# ratio auto / 1 of the medians. auto is one worker per available core.
#
#   bench/validate/workers.sh            MODEL=PrimaryBackup EVENTS=200000 RUNLEN=200 REPEAT=3
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
MODEL="${MODEL:-PrimaryBackup}"
EVENTS="${EVENTS:-200000}"
RUNLEN="${RUNLEN:-200}"
REPEAT="${REPEAT:-3}"
out="${OUT:-${TMPDIR:-/tmp}/lockstep-bench-workers}"
mkdir -p "$out"
jar="$root/cli/target/lockstep.jar"
"$root/lockstep" --version > /dev/null   # builds cli/target/lockstep.jar when missing or stale
m="$root/specs/$MODEL/$MODEL"
log="$out/$MODEL-$EVENTS-$RUNLEN.ndjson"
if [[ ! -f "$log" ]]; then
  java -XX:+UseParallelGC -Djava.io.tmpdir="$out" -cp "$jar" dev.lockstep.validator.host.BehaviourSampler \
    "$m.tla" "$m.cfg" 1 "$EVENTS" "$log" "$RUNLEN" > "$out/$MODEL.sample" 2>&1
fi
n=$(wc -l < "$log")

results="$out/results.txt"
: > "$results"
for r in $(seq "$REPEAT"); do
  for w in 1 auto; do
    /usr/bin/time -o "$out/$w.time" -f "%e %U %S %M" env LOCKSTEP_NO_BUILD=1 "$root/lockstep" validate "$m.tla" \
      --trace "$log" --workers "$w" --json > "$out/$w.out" 2> "$out/$w.err" || true
    python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["verdict"], len(d.get("traces", [])),
  " ".join(t["verdict"] + ":" + str(t["events"]) for t in d.get("traces", [])))' "$out/$w.out" > "$out/$w.verdicts" \
      || { echo "--workers $w: no JSON report, see $out/$w.err" >&2; exit 1; }
    read -r wall user sys rss < <(tail -1 "$out/$w.time")
    echo "$w $wall $(echo "$user + $sys" | bc) $rss $(cut -d' ' -f1-2 "$out/$w.verdicts")" >> "$results"
  done
  cmp -s "$out/1.verdicts" "$out/auto.verdicts" || { echo "the per-trace verdicts differ between --workers 1 and auto" >&2; exit 1; }
done

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)   cores: $(nproc)   model: $MODEL   events: $n in runs of <= $RUNLEN steps"
sort -k1,1 -k2,2n "$results" | awk -v n="$n" '
  { printf "--workers %-5s wall %7.2f s  cpu %7.2f s  %9.0f events/s  %9.0f events/cpu-s  rss %5.0f MB  %s, %d traces\n",
      $1, $2, $3, n/$2, n/$3, $4/1024, $5, $6
    w[$1, ++c[$1]] = $2 }
  END {
    for (k in c) { m = c[k]; for (i = 1; i <= m; i++) v[i] = w[k, i]
      for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
      med[k] = v[int((m + 1) / 2)] }
    printf "median wall: --workers 1 %.2f s, auto %.2f s: auto / 1 = %.2fx the rate\n", med["1"], med["auto"], med["1"] / med["auto"]
  }'
