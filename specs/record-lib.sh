# Shared by specs/record-manifest.sh and specs/corpus/record.sh (sourced, not run):
# how a raw TLC run's -tool output is summarized. See record-manifest.sh for what each figure means.

# Prints "distinct total depth property" from a -tool output file ("-" for what is missing).
summarize() {
  awk '
    /^@!@!@STARTMSG [0-9]+:[0-9]+ @!@!@$/ { split($2, a, ":"); code = a[1]; first = 1; next }
    /^@!@!@ENDMSG / { code = ""; next }
    code == "" { next }
    first {
      first = 0
      line = $0
      if (code == 2199) {
        gsub(",", "", line); split(line, w, " ")
        total = w[1]; distinct = w[4]
      } else if (code == 2194) {
        sub(/^.* is /, "", line); sub(/\.$/, "", line); depth = line
      } else if (code == 2200) {
        if (match(line, /^Progress\([0-9]+\)/)) level = substr(line, 10, RLENGTH - 10)
      } else if (code == 2110) {
        sub(/^Invariant /, "", line); sub(/ is violated.*$/, "", line); prop = line
      } else if (code == 2111 || code == 2112) {
        sub(/^Action property /, "", line); sub(/ is violated.*$/, "", line); prop = line
      }
    }
    END {
      if (depth == "") depth = level
      if (prop == "") prop = "-"
      if (distinct == "") { distinct = "-"; total = "-" }
      if (depth == "") depth = "-"
      print distinct, total, depth, prop
    }' "$1"
}

result_of() {
  case "$1" in
    0) echo "success" ;; 10) echo "assumption failure" ;; 11) echo "deadlock failure" ;;
    12) echo "safety failure" ;; 13) echo "liveness failure" ;; *) echo "error" ;;
  esac
}

# Prints the names a cfg lists after PROPERTY/PROPERTIES (comments stripped), one a line.
cfg_properties() {
  sed 's/\\\*.*$//' "$1" | awk '
    /^[[:space:]]*[A-Z_]+([[:space:]]|$)/ { split($0, k, " "); inprop = (k[1] == "PROPERTY" || k[1] == "PROPERTIES"); if (inprop) { $1 = "" } else next }
    inprop { for (i = 1; i <= NF; i++) if ($i != "") print $i }'
}

# Prints the lockstep check arguments a model is recorded with: `--liveness-check final` when
# its cfg lists temporal properties, else nothing. With TLC's default (periodic) liveness
# checking the state counts printed after a liveness violation depend on when the periodic
# check ran, that is on the machine's load; checked once at the end they are the whole state
# space's, the same on every run.
liveness_args() {
  [ -n "$(cfg_properties "$1")" ] && echo "--liveness-check final" || true
}

# Runs raw TLC on <dir>/<name>.tla with <name>.cfg the way the recorders do (one worker,
# breadth-first, scratch files in <work>; with `-lncheck final` when the cfg lists temporal
# properties, see liveness_args) and prints "exit distinct total depth property";
# fails when TLC printed no final statistics. Needs $jar and $xmx; $libcp (appended to the
# classpath) and the array libopts (JVM options) are added when set (record.sh --with-library).
tlc_record() {
  local dir=$1 n=$2 w=$3 rc distinct total depth prop props lncheck=()
  mkdir -p "$w/tmp"
  [ -n "$(liveness_args "$dir/$n.cfg")" ] && lncheck=(-lncheck final)
  set +e
  (cd "$dir" && java -Xmx"$xmx" -XX:+UseParallelGC -Djava.io.tmpdir="$w/tmp" ${libopts[@]+"${libopts[@]}"} -cp "$jar${libcp:-}" \
      tlc2.TLC -tool -workers 1 ${lncheck[@]+"${lncheck[@]}"} -metadir "$w/meta" -config "$n.cfg" "$n.tla") > "$w/out.txt" 2>&1
  rc=$?
  set -e
  read -r distinct total depth prop < <(summarize "$w/out.txt")
  if [ "$rc" -eq 10 ] && [ "$distinct" = "-" ]; then distinct=0; total=0; depth=0; fi
  if [ "$distinct" = "-" ] || [ "$depth" = "-" ]; then
    echo "$n: no final statistics from TLC (exit $rc); output in $w/out.txt" >&2
    return 1
  fi
  if [ "$rc" -eq 13 ] && [ "$prop" = "-" ]; then
    props=$(cfg_properties "$dir/$n.cfg")
    [ "$(printf '%s\n' "$props" | grep -c .)" -eq 1 ] && prop=$props
  fi
  echo "$rc" "$distinct" "$total" "$depth" "$prop"
}
