package dev.lockstep.validator.host;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import tlc2.value.impl.Value;

/**
 * The TLC values of variable texts seen on earlier lines, so that a value a log writes again (a
 * term that was current before, a message bag that was empty before, a node's role) is not parsed
 * and built again when the state it belongs to has to be made. {@link LoggedStates} already reuses
 * the previous line's value when a variable's text repeats; this table serves the values of older
 * lines. The same text always makes the same value, so a value found here is the one parsing would
 * build (and the very same object, which TLC compares fastest).
 *
 * <p>A value is keyed by its variable and its text's bytes (ASCII lines only: a byte is a
 * character), and a lookup compares the bytes themselves: a hash collision is a miss, never a wrong
 * value. Memory is fixed: {@value #CAPACITY} slots, one value each, texts of at most
 * {@value #MAX_TEXT} bytes (a longer one is parsed every time it changes); a slot taken by another
 * text is overwritten. One table per worker ({@link StepChecker}): no locking, and TLC's values,
 * which fill some caches of their own on first use, are never touched by two threads.
 */
final class ValueTable {
    /** Slots of the table: a power of two. */
    static final int CAPACITY = 1 << 13;
    /** Longest text kept, in bytes. */
    static final int MAX_TEXT = 2048;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final byte[][] texts = new byte[CAPACITY][];
    private final int[] variables = new int[CAPACITY];
    private final Value[] values = new Value[CAPACITY];

    /** The value of variable {@code var} whose text is {@code b[from..to)}, or null when not kept. */
    Value find(int var, byte[] b, int from, int to) {
        if (to - from > MAX_TEXT) {
            return null;
        }
        int s = slot(var, b, from, to);
        byte[] t = texts[s];
        return t != null && variables[s] == var && Arrays.equals(t, 0, t.length, b, from, to) ? values[s] : null;
    }

    /** Keeps {@code v} as the value of variable {@code var} whose text is {@code b[from..to)}. */
    void put(int var, byte[] b, int from, int to, Value v) {
        if (to - from > MAX_TEXT) {
            return;
        }
        int s = slot(var, b, from, to);
        texts[s] = Arrays.copyOfRange(b, from, to);
        variables[s] = var;
        values[s] = v;
    }

    /** The slot of a text: a multiplicative hash of its bytes, eight at a time. */
    private static int slot(int var, byte[] b, int from, int to) {
        long h = var * 0x9e3779b97f4a7c15L + (to - from);
        int i = from;
        for (; i + 8 <= to; i += 8) {
            h = Long.rotateLeft(h ^ (long) LONGS.get(b, i), 29) * 0xbf58476d1ce4e5b9L;
        }
        for (; i < to; i++) {
            h = (h ^ b[i]) * 0x94d049bb133111ebL;
        }
        h ^= h >>> 31;
        h *= 0xd6e8feb86659fd93L;
        h ^= h >>> 32;
        return (int) h & (CAPACITY - 1);
    }
}
