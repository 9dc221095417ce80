package dev.lockstep.runtime.trace;

/**
 * Where trace events go: a file ({@link NdjsonTraceSink}), memory ({@link MemoryTraceSink}, for
 * tests and a JUnit extension), or anything else. Implementations must be thread-safe.
 */
public interface TraceSink extends AutoCloseable {
    /** Takes one event. */
    void accept(TraceEvent event);

    /** Pushes buffered events to their destination. */
    default void flush() {
    }

    /** Flushes and releases the destination. */
    @Override
    default void close() {
        flush();
    }
}
