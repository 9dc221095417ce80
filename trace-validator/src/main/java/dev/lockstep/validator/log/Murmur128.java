package dev.lockstep.validator.log;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * MurmurHash3 x64 128 over a stream of 64-bit words: the one hash of log text in the validator. The
 * reader hashes each state value of a scanned line with it ({@link #value}), and the direct engine's
 * step cache keys steps with it; a value the reader hashed and one the cache hashes from the same
 * bytes get the same hash. Not thread-safe: one per user.
 */
public final class Murmur128 {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;

    private long h1;
    private long h2;
    private long pending;
    private boolean hasPending;
    private long words;

    /**
     * The hash of a state value's UTF-8 (here ASCII) bytes {@code b[from..to)} into
     * {@code out[at..at+1]}: a tag word 1 (bytes; characters are tagged 2, and the two never meet),
     * then the bytes.
     */
    public void value(byte[] b, int from, int to, long[] out, int at) {
        start();
        word(1);
        bytes(b, from, to);
        finish(out, at);
    }

    /** The hash of a state value's characters {@code s[from..to)} (tag word 2), into {@code out[at..at+1]}. */
    public void value(String s, int from, int to, long[] out, int at) {
        start();
        word(2);
        text(s, from, to);
        finish(out, at);
    }

    /** Starts a new hash. */
    public void start() {
        h1 = 0x9368e53c2f6af274L;
        h2 = 0x586dcd208f7cd3fdL;
        hasPending = false;
        words = 0;
    }

    /**
     * {@code b[from..to)}, eight bytes a word, the last one padded with zeros, then its length. The
     * same words as {@link #word} one by one, two at a time in local variables (a state's bytes are
     * most of what is hashed).
     */
    public void bytes(byte[] b, int from, int to) {
        int i = from;
        if (hasPending && i + 8 <= to) {
            word((long) LONGS.get(b, i));
            i += 8;
        }
        long a1 = h1;
        long a2 = h2;
        long pairs = 0;
        for (; i + 16 <= to; i += 16) {
            a1 = first(a1, a2, (long) LONGS.get(b, i));
            a2 = second(a2, a1, (long) LONGS.get(b, i + 8));
            pairs++;
        }
        h1 = a1;
        h2 = a2;
        words += 2 * pairs;
        for (; i + 8 <= to; i += 8) {
            word((long) LONGS.get(b, i));
        }
        long last = 0;
        for (int shift = 0; i < to; i++, shift += 8) {
            last |= (b[i] & 0xffL) << shift;
        }
        word(last);
        word(to - from);
    }

    /**
     * {@code s[from..to)}, four characters a word, the last one padded with zeros, then its length;
     * two words at a time in local variables, as {@link #bytes} (a line's parameters are hashed so).
     */
    public void text(String s, int from, int to) {
        int i = from;
        if (hasPending && i + 4 <= to) {
            word(four(s, i));
            i += 4;
        }
        long a1 = h1;
        long a2 = h2;
        long pairs = 0;
        for (; i + 8 <= to; i += 8) {
            a1 = first(a1, a2, four(s, i));
            a2 = second(a2, a1, four(s, i + 4));
            pairs++;
        }
        h1 = a1;
        h2 = a2;
        words += 2 * pairs;
        for (; i + 4 <= to; i += 4) {
            word(four(s, i));
        }
        long last = 0;
        for (int shift = 0; i < to; i++, shift += 16) {
            last |= (long) s.charAt(i) << shift;
        }
        word(last);
        word(to - from);
    }

    private static long four(String s, int i) {
        return s.charAt(i) | (long) s.charAt(i + 1) << 16 | (long) s.charAt(i + 2) << 32 | (long) s.charAt(i + 3) << 48;
    }

    /** One 64-bit word. */
    public void word(long k) {
        words++;
        if (!hasPending) {
            pending = k;
            hasPending = true;
            return;
        }
        hasPending = false;
        h1 = first(h1, h2, pending);
        h2 = second(h2, h1, k);
    }

    /**
     * Two words, {@code k1} then {@code k2}, with no word pending before them (as after
     * {@link #alignPairs}): the hot loops of a step's key feed words so.
     */
    public void pair(long k1, long k2) {
        h1 = first(h1, h2, k1);
        h2 = second(h2, h1, k2);
        words += 2;
    }

    /** Pads the stream with a zero word if one word is pending, so that {@link #pair} may follow. */
    public void alignPairs() {
        if (hasPending) {
            word(0);
        }
    }

    /** MurmurHash3's step for the first word of a pair: the new {@code h1}. */
    private static long first(long h1, long h2, long k1) {
        k1 *= C1;
        k1 = Long.rotateLeft(k1, 31);
        k1 *= C2;
        h1 ^= k1;
        h1 = Long.rotateLeft(h1, 27);
        h1 += h2;
        return h1 * 5 + 0x52dce729;
    }

    /** MurmurHash3's step for the second word of a pair, after {@link #first}: the new {@code h2}. */
    private static long second(long h2, long h1, long k2) {
        k2 *= C2;
        k2 = Long.rotateLeft(k2, 33);
        k2 *= C1;
        h2 ^= k2;
        h2 = Long.rotateLeft(h2, 31);
        h2 += h1;
        return h2 * 5 + 0x38495ab5;
    }

    /** Ends the hash: its two halves into {@code out[at..at+1]}. */
    public void finish(long[] out, int at) {
        if (hasPending) {
            long w = words;
            word(0);
            words = w;
        }
        h1 ^= words;
        h2 ^= words;
        h1 += h2;
        h2 += h1;
        h1 = mix(h1);
        h2 = mix(h2);
        h1 += h2;
        h2 += h1;
        out[at] = h1;
        out[at + 1] = h2;
    }

    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
