package dev.lockstep.runtime.trace;

import dev.lockstep.runtime.machine.ActionCall;
import dev.lockstep.runtime.value.Value;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Logs the steps of a running implementation in the native log format that {@code lockstep
 * validate} reads: one {@link TraceEvent} per step with the action, its parameters and the state
 * after the step, stamped with this writer's node name and Lamport clock when configured.
 *
 * <p>Thread-safe: events are stamped and handed to the sink under one lock, so clock values in the
 * log increase line by line. {@link #close()} flushes and closes the sink.
 *
 * <pre>{@code
 * try (TraceWriter log = TraceWriter.to(NdjsonTraceSink.create(path, codec)).node("n1").lamportClock().build()) {
 *     log.init(Map.of("x", Values.integer(0)));
 *     log.step("Incr", Map.of(), Map.of("x", Values.integer(1)));
 * }
 * }</pre>
 */
public final class TraceWriter implements AutoCloseable {
    private final TraceSink sink;
    private final Optional<String> node;
    private final boolean lamport;
    private long clock;
    private boolean closed;

    private TraceWriter(Builder b) {
        this.sink = b.sink;
        this.node = b.node;
        this.lamport = b.lamport;
    }

    /** Starts building a writer that sends events to {@code sink}. */
    public static Builder to(TraceSink sink) {
        return new Builder(sink);
    }

    /** Logs the initial state (action {@code Init}). */
    public void init(Map<String, Value> state) {
        step(TraceEvent.INIT, Map.of(), state);
    }

    /** Logs one step: the action, its parameters, the state after the step. */
    public void step(String action, Map<String, Value> params, Map<String, Value> state) {
        step(action, params, state, List.of());
    }

    /**
     * Logs one step, with the action instances the spec enables in the state after it that the
     * implementation refuses to take ({@link TraceEvent#refused()}).
     */
    public void step(String action, Map<String, Value> params, Map<String, Value> state,
            List<ActionCall> refused) {
        step(action, params, state, refused, Optional.empty());
    }

    /**
     * Logs one step with its refusals and the instances the implementation would take from the state
     * after it ({@link TraceEvent#allowed()}: the whole set or its change since the previous line).
     */
    public synchronized void step(String action, Map<String, Value> params, Map<String, Value> state,
            List<ActionCall> refused, Optional<Allowed> allowed) {
        ensureOpen();
        Optional<Clock> c = Optional.empty();
        if (lamport) {
            clock++;
            c = Optional.of(new Clock.Lamport(clock));
        }
        sink.accept(new TraceEvent(action, params, state, node, c, refused, allowed));
    }

    /** Logs an event as given (no node or clock is added). */
    public synchronized void event(TraceEvent event) {
        ensureOpen();
        sink.accept(event);
    }

    /** The Lamport clock value of the last event (0 before the first). */
    public synchronized long clock() {
        return clock;
    }

    /** Merges a clock received in a message: the next event's clock exceeds both (Lamport 1978). */
    public synchronized void receive(long remoteClock) {
        clock = Math.max(clock, remoteClock);
    }

    public synchronized void flush() {
        sink.flush();
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            sink.close();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("trace writer is closed");
        }
    }

    /** Configures a {@link TraceWriter}. */
    public static final class Builder {
        private final TraceSink sink;
        private Optional<String> node = Optional.empty();
        private boolean lamport;

        private Builder(TraceSink sink) {
            this.sink = Objects.requireNonNull(sink, "sink");
        }

        /** Stamps every event with this node name. */
        public Builder node(String name) {
            this.node = Optional.of(name);
            return this;
        }

        /** Stamps every event with a Lamport clock that ticks once per event. */
        public Builder lamportClock() {
            this.lamport = true;
            return this;
        }

        public TraceWriter build() {
            return new TraceWriter(this);
        }
    }
}
