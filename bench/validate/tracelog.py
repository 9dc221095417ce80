#!/usr/bin/env python3
"""Writes module TraceLog (Trace == <<...>>) from the first N lines of a native NDJSON log of
PrimaryBackup, for the hand-written baseline PrimaryBackupTrace.tla.

    tracelog.py LOG.ndjson N OUT_DIR
"""
import json
import sys

from tlavalue import tla

MODEL_VALUES = ("b1", "b2", "b3")


def main():
    log, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    rows = []
    with open(log) as f:
        for k, line in enumerate(f):
            if k == n:
                break
            e = json.loads(line)
            fields = ['action |-> "%s"' % e["action"]]
            fields += ["%s |-> %s" % (p, tla(x, MODEL_VALUES)) for p, x in (e.get("params") or {}).items()]
            fields += ["%s |-> %s" % (s, tla(x, MODEL_VALUES)) for s, x in e["state"].items()]
            rows.append("[" + ", ".join(fields) + "]")
    with open(out + "/TraceLog.tla", "w") as f:
        f.write("---- MODULE TraceLog ----\nEXTENDS TLC\nCONSTANTS b1, b2, b3\nTrace == <<\n")
        f.write("\n, ".join(rows))
        f.write("\n>>\n====\n")


main()
