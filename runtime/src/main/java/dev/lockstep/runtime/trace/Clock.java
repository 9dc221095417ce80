package dev.lockstep.runtime.trace;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The logical clock of a log line, used to merge logs written by several processes: a Lamport
 * clock (one integer) or a vector clock (node name to integer).
 */
public sealed interface Clock permits Clock.Lamport, Clock.Vector {

    /** A Lamport clock value. */
    record Lamport(long value) implements Clock {
    }

    /** A vector clock: each node's count of events known to the writer. */
    record Vector(SortedMap<String, Long> entries) implements Clock {
        public Vector {
            entries = Collections.unmodifiableSortedMap(new TreeMap<>(entries));
        }
    }
}
