/**
 * The native log: what generated code writes and {@code lockstep validate} reads without any
 * mapping. One JSON object per line (NDJSON) with {@code action}, {@code params}, {@code state}
 * (ITF values, see {@link dev.lockstep.runtime.itf}), and optionally {@code node} and
 * {@code clock}.
 *
 * <p>{@link dev.lockstep.runtime.trace.TraceWriter} stamps and writes events;
 * {@link dev.lockstep.runtime.trace.TraceSink} is where they go (a buffered file, memory for tests);
 * {@link dev.lockstep.runtime.trace.NativeLogCodec} reads and writes single lines. Logical clocks
 * follow Lamport, "Time, Clocks, and the Ordering of Events in a Distributed System" (1978), so logs
 * written by several processes can be merged into one behaviour.
 */
package dev.lockstep.runtime.trace;
