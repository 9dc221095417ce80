package dev.lockstep.validator.log;

import java.util.Map;

/**
 * A log line's clock: a Lamport clock, a vector clock (node -> counter), or a wall-clock timestamp
 * (ISO-8601, for logs without logical clocks; it orders lines but cannot show causality).
 */
public sealed interface Clock permits Clock.Lamport, Clock.Vector, Clock.Timestamp {

    /** A wall-clock time, in nanoseconds since the epoch. */
    record Timestamp(long epochNanos, String text) implements Clock {
    }

    /** An integer clock that grows along each node's log and across messages. */
    record Lamport(long value) implements Clock {
    }

    /** A vector clock; {@code entries.get(n)} is how many events of node n this one has seen. */
    record Vector(Map<String, Long> entries) implements Clock {
        public Vector {
            entries = Map.copyOf(entries);
        }

        public long get(String node) {
            return entries.getOrDefault(node, 0L);
        }

        /** Whether every entry is at most {@code o}'s and some entry is smaller (happened-before). */
        public boolean before(Vector o) {
            boolean smaller = false;
            for (Map.Entry<String, Long> e : entries.entrySet()) {
                long theirs = o.get(e.getKey());
                if (e.getValue() > theirs) {
                    return false;
                }
                if (e.getValue() < theirs) {
                    smaller = true;
                }
            }
            if (!smaller) {
                for (Map.Entry<String, Long> e : o.entries.entrySet()) {
                    if (e.getValue() > get(e.getKey())) {
                        smaller = true;
                        break;
                    }
                }
            }
            return smaller;
        }

        public long sum() {
            return entries.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
