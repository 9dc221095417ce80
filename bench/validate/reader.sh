#!/usr/bin/env bash
# The native log reader alone, with and without its fast path (NativeLineScanner): reads each
# log whole in one JVM, by turns with the scanner and with Jackson's path only, ROUNDS times, and
# prints the reading thread's CPU seconds (stable on a loaded machine) and wall seconds per pass,
# the load average, and whether both paths gave the same events (a digest of every event's fields,
# spans included). The JVM gets the evaluator host's heap, collector and compiler bounds (HostLaunch).
#
#   bench/validate/reader.sh LOG...                  ROUNDS=3
#   bench/validate/reader.sh /tmp/b13/RaftLog-1000000.ndjson
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
[[ $# -ge 1 ]] || { sed -n '2,9p' "$0"; exit 2; }
"$root/lockstep" --version > /dev/null   # builds cli/target/lockstep.jar when missing or stale
(cd "$root" && mvn -B -q -o -pl trace-validator test-compile)
cp="$root/trace-validator/target/test-classes:$root/trace-validator/target/classes:$root/cli/target/lockstep.jar"
exec nice -n 15 java -Xms128m -Xmx2g -XX:+UseParallelGC -Xmn64m -XX:-UseAdaptiveSizePolicy \
  -XX:FreqInlineSize=100 -XX:InlineSmallCode=1000 -XX:MaxNodeLimit=20000 -cp "$cp" dev.lockstep.validator.log.ReaderBench "${ROUNDS:-3}" "$@"
