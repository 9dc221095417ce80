package dev.lockstep.runtime.trace;

import java.util.ArrayList;
import java.util.List;

/** Keeps events in memory, in the order they arrived. Thread-safe. */
public final class MemoryTraceSink implements TraceSink {
    private final List<TraceEvent> events = new ArrayList<>();

    @Override
    public synchronized void accept(TraceEvent event) {
        events.add(event);
    }

    /** A snapshot of the events so far. */
    public synchronized List<TraceEvent> events() {
        return List.copyOf(events);
    }

    /** Forgets every event so far. */
    public synchronized void clear() {
        events.clear();
    }
}
