package dev.lockstep.validator.log;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Events of lines read before, so that a line whose bytes repeat an earlier line's (the same
 * action, parameters and state: heartbeats and retries in a quiet cluster, the first steps of every
 * run from {@code Init}) is not tokenized again: its event is the earlier one at the new line's
 * number, its state the very same {@link RawState}. Only ASCII native lines (no mapping) that read
 * without a problem are kept; a lookup compares the whole line's bytes, so a hash collision is a
 * miss, never another line's event.
 *
 * <p>Memory is fixed: {@value #CAPACITY} slots, lines of at most {@value #MAX_LINE} bytes; a slot
 * taken by another line is overwritten. The table pauses while few lookups hit ({@link HitShare}):
 * a log whose lines rarely repeat then costs no hashing. One table per reader (one thread).
 */
final class LineTable {
    /** Slots of the table: a power of two. */
    static final int CAPACITY = 1 << 10;
    /** Longest line kept, in bytes. */
    static final int MAX_LINE = 8192;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final LogEvent[] events = new LogEvent[CAPACITY];
    private final HitShare share = new HitShare();
    /** The slot of the line last looked up, where {@link #put} keeps its event. */
    private int slot = -1;

    /**
     * The event of an earlier line with the bytes {@code line}, at line number {@code number}; null
     * when none is kept (or the table is paused, or the line is too long).
     */
    LogEvent find(byte[] line, long number) {
        slot = -1;
        if (line.length > MAX_LINE || !share.active()) {
            return null;
        }
        slot = slot(line);
        LogEvent e = events[slot];
        boolean hit = e != null && Arrays.equals(e.state().ascii(), line);
        share.count(hit);
        return hit ? e.atLine(number) : null;
    }

    /** Keeps the event just read from the line last looked up (which missed). */
    void put(LogEvent e) {
        if (slot >= 0 && e.state().ascii() != null && e.mapped() == null) {
            events[slot] = e;
        }
        slot = -1;
    }

    long hits() {
        return share.hits();
    }

    /** The slot of a line: a multiplicative hash of its bytes, eight at a time. */
    private static int slot(byte[] b) {
        long h = b.length;
        int i = 0;
        for (; i + 8 <= b.length; i += 8) {
            h = Long.rotateLeft(h ^ (long) LONGS.get(b, i), 29) * 0xbf58476d1ce4e5b9L;
        }
        for (; i < b.length; i++) {
            h = (h ^ b[i]) * 0x94d049bb133111ebL;
        }
        h ^= h >>> 31;
        h *= 0xd6e8feb86659fd93L;
        h ^= h >>> 32;
        return (int) h & (CAPACITY - 1);
    }
}
