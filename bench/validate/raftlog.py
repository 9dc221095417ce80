#!/usr/bin/env python3
"""Writes module RaftTraceLog (Trace == <<...>>) from examples/raft's per-node logs, merged by their
Lamport clocks, the first N events that are steps (timer ticks are no step), for the hand-written
baseline RaftLogTrace.tla.

    raftlog.py N OUT_DIR node-1.ndjson node-2.ndjson ...
"""
import json
import sys

from tlavalue import tla


def main():
    n, out, logs = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
    events = []
    for log in logs:
        with open(log) as f:
            events += [json.loads(line) for line in f]
    events = [e for e in sorted(events, key=lambda e: e["clock"]) if e["event"] != "Tick"][:n]
    with open(out + "/RaftTraceLog.tla", "w") as f:
        f.write("---- MODULE RaftTraceLog ----\nTrace == <<\n")
        f.write("\n, ".join(tla(e, skip=("clock",)) for e in events))
        f.write("\n>>\n====\n")
    print(len(events))


main()
