package dev.lockstep.junit;

import dev.lockstep.runtime.trace.MemoryTraceSink;
import dev.lockstep.runtime.trace.TraceWriter;

/**
 * One test's trace: the in-memory sink and the writer handed to the test. Lives in the test's
 * {@code ExtensionContext.Store}; closing the store (at the end of the test) closes the writer.
 */
record Recording(MemoryTraceSink sink, TraceWriter writer)
        implements org.junit.jupiter.api.extension.ExtensionContext.Store.CloseableResource {

    static Recording create() {
        MemoryTraceSink sink = new MemoryTraceSink();
        return new Recording(sink, TraceWriter.to(sink).build());
    }

    @Override
    public void close() {
        writer.close();
    }
}
