package dev.lockstep.validator.host;

import dev.lockstep.validator.log.EventSource;
import dev.lockstep.validator.log.LogEvent;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * Keeps the host's old generation near its live data while the mapped search reads a long log.
 * The search's live data is small (the frontier, the spec's state: 10-14 MB on the million-event
 * per-node Raft logs), but young collections tenure values that die soon after (a node's log
 * sequence lives until that node's next append), and the parallel collector lets the old
 * generation fill with them and grow before it collects it: the host's resident size then grew
 * with the log's length although its live data did not (on the million-event logs the old
 * generation gains 5-10 MB per young collection, about 500 events). Every {@value #EVERY} events this source
 * looks at the old generation's use and, above its bound, collects it in full: the collection
 * compacts the live data to the bottom of the old generation, so the pages the host touches stay
 * the same whatever the log's length. The bound is {@value #MIN_BOUND_MB} MB or twice the live
 * data after the last such collection, whichever is more: a spec whose state grows gets room in
 * proportion, and a collection costs in proportion to the live data, not to the garbage.
 */
final class OldGenerationBound implements EventSource {
    static final int EVERY = 256;
    static final long MIN_BOUND_MB = 32;

    private final EventSource source;
    private final LongSupplier used;
    private final Runnable collect;
    private long bound = MIN_BOUND_MB << 20;
    private long events;
    private long collections;

    /** Over {@code source}, with this JVM's old generation (none known: the events unchanged). */
    static EventSource of(EventSource source) {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            String n = pool.getName();
            if (pool.getType() == MemoryType.HEAP && (n.contains("Old") || n.contains("Tenured"))) {
                return new OldGenerationBound(source, () -> pool.getUsage().getUsed(), System::gc);
            }
        }
        return source;
    }

    OldGenerationBound(EventSource source, LongSupplier used, Runnable collect) {
        this.source = source;
        this.used = used;
        this.collect = collect;
    }

    @Override
    public Path file() {
        return source.file();
    }

    @Override
    public LogEvent next() {
        if (++events % EVERY == 0 && used.getAsLong() > bound) {
            collect.run();
            collections++;
            bound = Math.max(MIN_BOUND_MB << 20, 2 * used.getAsLong());
        }
        return source.next();
    }

    /** The full collections this source asked for. */
    long collections() {
        return collections;
    }

    @Override
    public void close() {
        source.close();
    }
}
