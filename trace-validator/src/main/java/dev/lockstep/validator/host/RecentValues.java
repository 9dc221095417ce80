package dev.lockstep.validator.host;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import tlc2.value.impl.Value;

/**
 * The TLC values of value texts read lately, by their exact bytes: a variable that changes often
 * takes a few values again and again (a server's role, the votes, the messages in flight), and
 * finding a text here costs a hash and a comparison of its bytes where parsing it costs Jackson's
 * tokens and TLC's values (specs/RaftLog's sampled log: of the 1.3 values a line changes, three in
 * four had been logged before for that variable, and a table of 4096 texts finds three in five; docs/performance.md, validate, session 13).
 *
 * <p>A text is found only when its bytes equal those kept (not on a hash alone), so the value given
 * is the one {@link dev.lockstep.bridge.eval.ItfValues} gives for that text: the same bytes always
 * parse to the same value, and TLC's values do not change once built (the states of consecutive
 * lines already share the values of unchanged variables). Memory is fixed: {@value #SLOTS} slots,
 * one text of at most {@value #MAX_BYTES} bytes each (a newer text takes its slot); one table per
 * checker, so per thread: no locking.
 */
final class RecentValues {
    /** Slots of the table: a power of two. */
    static final int SLOTS = 1 << 12;
    /** The longest text kept: longer values are parsed every time (their values would be large to keep). */
    static final int MAX_BYTES = 1024;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final byte[][] texts = new byte[SLOTS][];
    private final Value[] values = new Value[SLOTS];

    /** The value of the text {@code b[from..to)} if kept, else null. */
    Value find(byte[] b, int from, int to) {
        if (to - from > MAX_BYTES) {
            return null;
        }
        int s = slot(b, from, to);
        byte[] t = texts[s];
        return t != null && Arrays.equals(t, 0, t.length, b, from, to) ? values[s] : null;
    }

    /** Keeps {@code v} as the value of the text {@code b[from..to)} (not when the text is too long). */
    void keep(byte[] b, int from, int to, Value v) {
        if (to - from > MAX_BYTES) {
            return;
        }
        int s = slot(b, from, to);
        texts[s] = Arrays.copyOfRange(b, from, to);
        values[s] = v;
    }

    /** The slot of a text: a multiply-xor hash of its 8-byte words, only to index the table. */
    private static int slot(byte[] b, int from, int to) {
        long h = to - from;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            h = Long.rotateLeft((h ^ (long) LONGS.get(b, i)) * 0x9e3779b97f4a7c15L, 29);
        }
        long last = 0;
        for (int shift = 0; i < to; i++, shift += 8) {
            last |= (b[i] & 0xffL) << shift;
        }
        h = (h ^ last) * 0xbf58476d1ce4e5b9L;
        h ^= h >>> 31;
        h *= 0x94d049bb133111ebL;
        return (int) (h ^ h >>> 29) & (SLOTS - 1);
    }
}
