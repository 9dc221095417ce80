package dev.lockstep.validator.host;

import dev.lockstep.validator.log.HitShare;
import dev.lockstep.validator.log.RawState;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.List;

/**
 * The steps a worker has found to conform, so that a transition the log repeats (heartbeats,
 * retries, the first steps of every run from {@code Init}) is not evaluated by TLC again. A step is
 * keyed by a 128-bit hash of the logged action's name, its parameters' text in the line, and, per
 * variable of the spec, the hashes of its value's text before and after the step; but a variable
 * the action's {@link ActionFootprint} does not use (the action only asserts it {@code UNCHANGED})
 * contributes only a mark "same text before and after" when it is so. A key found here was a step
 * that conformed, and another step with the same key conforms too as long as the spec's verdict is
 * a function of the action, the parameters, the used variables' values and whether the others are
 * unchanged: no {@code TLCGet}, {@code RandomElement}, ... ({@link SideEffects} decides that once at
 * load), and the footprint conservative (it is). Keying on footprints is what makes a timeout hit
 * whatever the messages in flight and the logs hold: on specs/RaftLog's sampled log, 27% of lookups
 * hit with whole states as keys, 51% with footprints (docs/validation.md). Only conforming
 * steps are kept: a failure ends the trace and is explained as without the cache.
 *
 * <p>A lookup is not free (hashing the line; after a hit, the next miss builds two states): the
 * cache pauses while few lookups hit ({@link HitShare}); specs/RaftLog's sampled log, at 26% hits,
 * cost about 7% more CPU with the cache than without (docs/performance.md, validate, session 11).
 *
 * <p>Memory is fixed: an open-addressing table of {@value #CAPACITY} keys (two {@code long}s each,
 * 4 MiB), probed over {@value #PROBES} slots; when they are all taken, one of them is overwritten (a
 * lost entry is only a later miss). One table per worker: no locking.
 *
 * <p>Text, not TLC's values, is hashed: a hit then needs no TLC state at all (the checker builds
 * the states of skipped lines only when a later line misses). Two texts of the same value (another
 * order of a set's elements, other spacing) are two keys: fewer hits, never a wrong one. Each
 * variable is hashed on its own, by name, so the order of the line's variables does not matter.
 */
final class StepCache {
    /** Slots of the table: a power of two. */
    static final int CAPACITY = 1 << 18;
    private static final int PROBES = 4;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;

    private final long[] keys = new long[2 * CAPACITY];
    private final HitShare share = new HitShare();
    /** The spec's variables, in TLC's order (as {@link LoggedStates#variables}). */
    private final String[] variables;
    /** The last state hashed completely, its variables' hashes, and where each variable was in it. */
    private RawState lastState;
    private final long[] lastHashes;
    private final int[] lastIndex;

    // the hash being computed: MurmurHash3 x64 128 over a stream of 64-bit words
    private long h1;
    private long h2;
    private long pending;
    private boolean hasPending;
    private long words;

    StepCache(List<String> variables) {
        this.variables = variables.toArray(String[]::new);
        this.lastIndex = new int[this.variables.length];
        this.lastHashes = new long[2 * this.variables.length];
    }

    /** Room for the hashes of a state's variables ({@link #hashState}). */
    long[] stateHashes() {
        return new long[2 * variables.length];
    }

    long hits() {
        return share.hits();
    }

    long misses() {
        return share.misses();
    }

    /** Whether to hash and look up the next line (false while paused: its turn counts towards the pause). */
    boolean active() {
        return share.active();
    }

    /** Whether the step keyed {@code (k1, k2)} was found to conform; counts a hit or a miss. */
    boolean conforms(long k1, long k2) {
        return share.count(find(k1, k2));
    }

    private boolean find(long k1, long k2) {
        int mask = CAPACITY - 1;
        int at = (int) k1 & mask;
        for (int i = 0; i < PROBES; i++) {
            int s = 2 * ((at + i) & mask);
            if (keys[s] == k1 && keys[s + 1] == k2) {
                return true;
            }
            if (keys[s] == 0 && keys[s + 1] == 0) {
                return false;
            }
        }
        return false;
    }

    /** Remembers that the step keyed {@code (k1, k2)} conforms. */
    void add(long k1, long k2) {
        if (k1 == 0 && k2 == 0) {
            return; // the empty slot's mark: such a step is never found, only checked again
        }
        int mask = CAPACITY - 1;
        int at = (int) k1 & mask;
        for (int i = 0; i < PROBES; i++) {
            int s = 2 * ((at + i) & mask);
            if (keys[s] == 0 && keys[s + 1] == 0 || keys[s] == k1 && keys[s + 1] == k2) {
                keys[s] = k1;
                keys[s + 1] = k2;
                return;
            }
        }
        int s = 2 * ((at + (int) (k2 >>> 62)) & mask);
        keys[s] = k1;
        keys[s + 1] = k2;
    }

    /**
     * The hashes of a logged full state's variables, in TLC's order of the spec's variables, into
     * {@code out[2i..2i+1]} for variable {@code i}; false when the line does not log exactly the
     * spec's variables (such a step is not looked up: it fails, or takes the general way). Each is a
     * hash of the value's bytes when the line is ASCII, else of its characters, never mixed up (a
     * tag word says which). A value with the same text as in the last state hashed (most of a line,
     * as a step changes few variables) takes that state's hash: comparing bytes is cheaper than
     * hashing them.
     */
    boolean hashState(RawState state, long[] out) {
        if (state.size() != variables.length) {
            return false;
        }
        byte[] ascii = state.ascii();
        RawState last = lastState;
        boolean reuse = last != null && (last.ascii() == null) == (ascii == null);
        for (int i = 0; i < variables.length; i++) {
            int at = state.indexOf(variables[i], lastIndex[i]);
            if (at < 0) {
                lastState = null;
                return false;
            }
            int k = 2 * i;
            if (reuse && state.sameText(at, last, lastIndex[i])) {
                out[k] = lastHashes[k];
                out[k + 1] = lastHashes[k + 1];
            } else {
                start();
                if (ascii != null) {
                    word(1);
                    bytes(ascii, state.starts()[at], state.ends()[at]);
                } else {
                    word(2);
                    text(state.text(), state.starts()[at], state.ends()[at]);
                }
                finish(out, k);
            }
            lastIndex[i] = at;
        }
        lastState = state;
        System.arraycopy(out, 0, lastHashes, 0, lastHashes.length);
        return true;
    }

    /**
     * The key of a step, into {@code out[0..1]}: the action's name, the parameters' text (null when
     * the line has none) and, per variable, its hashes before and after when the action's footprint
     * uses it or its value changed (one of them when they are the same), else only a mark that it
     * is unchanged. A value whose text
     * changed keeps both hashes even when the action reads no more of it than {@code UNCHANGED}:
     * two texts of one value ({@code {"#set":[1,2]}} and {@code {"#set":[2,1]}}) are unchanged to
     * TLC, and a mark "changed" would then stand for a step that conformed and for one that does not.
     */
    void hashStep(String action, String paramsText, ActionFootprint footprint, long[] before, long[] after,
                  long[] out) {
        start();
        text(action, 0, action.length());
        if (paramsText == null) {
            word(-1L);
        } else {
            text(paramsText, 0, paramsText.length());
        }
        if (hasPending) {
            word(0);   // the variables' words go in pairs, in local variables (this runs for every line)
        }
        long a1 = h1;
        long a2 = h2;
        long n = 0;
        for (int i = 0; i < variables.length; i++) {
            int k = 2 * i;
            long b1 = before[k];
            long b2 = before[k + 1];
            boolean same = b1 == after[k] && b2 == after[k + 1];
            if (!footprint.uses(i) && same) {
                a1 = first(a1, a2, 0);
                a2 = second(a2, a1, 0);
                n += 2;
            } else if (same) {
                a1 = first(a1, a2, 1);
                a2 = second(a2, a1, b1);
                a1 = first(a1, a2, b2);
                a2 = second(a2, a1, 1);
                n += 4;
            } else {
                a1 = first(a1, a2, 2);
                a2 = second(a2, a1, b1);
                a1 = first(a1, a2, b2);
                a2 = second(a2, a1, after[k]);
                a1 = first(a1, a2, after[k + 1]);
                a2 = second(a2, a1, 2);
                n += 6;
            }
        }
        h1 = a1;
        h2 = a2;
        words += n;
        finish(out, 0);
    }

    private void start() {
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
    private void bytes(byte[] b, int from, int to) {
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
    private void text(String s, int from, int to) {
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

    private void word(long k) {
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

    private void finish(long[] out, int at) {
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
