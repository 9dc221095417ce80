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
 * with the log's length although its live data did not (on the per-node Raft logs, session 13: about
 * 8 KB per young collection of about 500 events, 26 MB over the first 1.2 million events, of which
 * 9 MB stayed live). Every {@value #EVERY} events this source
 * looks at the old generation's use and, above its bound, collects it in full: the collection
 * compacts the live data to the bottom of the old generation, so the pages the host touches are
 * the live data and the bound's headroom above it, whatever the log's length. The bound is the
 * live data (at the first look: the loaded spec's) plus {@value #MIN_HEADROOM_MB} MB or half the
 * live data, whichever is more: a spec whose state grows with the log (specs/RaftLog keeps every
 * server's log) gets room in proportion, the host's resident size grows only by what its state
 * does, and a collection costs in proportion to the live data, not to the garbage, once per
 * headroom's worth of tenured values.
 */
final class OldGenerationBound implements EventSource {
    static final int EVERY = 256;
    static final long MIN_HEADROOM_MB = 8;

    private final EventSource source;
    private final LongSupplier used;
    private final Runnable collect;
    private long bound = -1;
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
        if (++events % EVERY == 0) {
            long now = used.getAsLong();
            if (bound < 0) {
                bound = above(now);
            } else if (now > bound) {
                collect.run();
                collections++;
                bound = above(used.getAsLong());
            }
        }
        return source.next();
    }

    /** The bound over {@code live} bytes of live data. */
    static long above(long live) {
        return live + Math.max(MIN_HEADROOM_MB << 20, live / 2);
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
