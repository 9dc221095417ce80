package dev.lockstep.validator.host;

import dev.lockstep.validator.log.HitShare;
import dev.lockstep.validator.log.Murmur128;
import dev.lockstep.validator.log.RawState;
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
 * lost entry is only a later miss). A table of 2^20 keys found more on specs/RaftLog's million-line
 * log (hits 533,161 against 504,031) but the command took longer (6.57 against 6.21 s, medians of
 * four interleaved runs, session 15): a lookup is a random read, and 16 MiB do not stay in the
 * processor's caches. The workers of a host share one table ({@link Table}) without locking: each
 * of a slot's two words is read and written whole (opaque access), so a slot read while another
 * worker writes it holds at worst one word of each of two keys, and a lookup finds such a mix only
 * for a key that equals it in both words, another 128-bit coincidence of the kind the cache
 * already rests on. With two workers, each sees every other trace: tables of their own missed
 * what the other had found (hits 481,739 against 504,035 with one shared table).
 * Everything else here (the hashes of the last state, the hit share) is the worker's own.
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

    private final Table table;
    private final HitShare share = new HitShare();
    /** The spec's variables, in TLC's order (as {@link LoggedStates#variables}). */
    private final String[] variables;
    /** The last state hashed completely, its variables' hashes, and where each variable was in it. */
    private RawState lastState;
    private final long[] lastHashes;
    private final int[] lastIndex;

    private final Murmur128 hash = new Murmur128();

    /** A cache with a table of its own. */
    StepCache(List<String> variables) {
        this(variables, new Table());
    }

    /** A cache over {@code table}, which other workers' caches may share. */
    StepCache(List<String> variables, Table table) {
        this.table = table;
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
        return share.count(table.find(k1, k2));
    }

    /** Remembers that the step keyed {@code (k1, k2)} conforms. */
    void add(long k1, long k2) {
        table.add(k1, k2);
    }

    /** The table of the steps found to conform, shared by the workers of a host. */
    Table table() {
        return table;
    }

    /** The keys of conforming steps: {@value #CAPACITY} slots of two words. */
    static final class Table {
        private static final java.lang.invoke.VarHandle WORD = java.lang.invoke.MethodHandles.arrayElementVarHandle(long[].class);
        private final long[] keys = new long[2 * CAPACITY];

        private long word(int i) {
            return (long) WORD.getOpaque(keys, i);
        }

        boolean find(long k1, long k2) {
            int s = probe(k1, k2);
            return s >= 0 && (k1 != 0 || k2 != 0) && word(s) == k1 && word(s + 1) == k2;
        }

        void add(long k1, long k2) {
            if (k1 == 0 && k2 == 0) {
                return; // the empty slot's mark: such a step is never found, only checked again
            }
            int s = probe(k1, k2);
            put(s >= 0 ? s : 2 * (((int) k1 + (int) (k2 >>> 62)) & (CAPACITY - 1)), k1, k2);
        }

        /** The first of the key's {@value #PROBES} slots that holds it or is empty, else -1. */
        private int probe(long k1, long k2) {
            int mask = CAPACITY - 1;
            int at = (int) k1 & mask;
            for (int i = 0; i < PROBES; i++) {
                int s = 2 * ((at + i) & mask);
                long a = word(s);
                long b = word(s + 1);
                if (a == k1 && b == k2 || a == 0 && b == 0) {
                    return s;
                }
            }
            return -1;
        }

        private void put(int s, long k1, long k2) {
            WORD.setOpaque(keys, s, k1);
            WORD.setOpaque(keys, s + 1, k2);
        }
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
        long[] pre = state.hashes();
        RawState last = lastState;
        boolean reuse = last != null && (last.ascii() == null) == (ascii == null);
        for (int i = 0; i < variables.length; i++) {
            int at = state.indexOf(variables[i], lastIndex[i]);
            if (at < 0) {
                lastState = null;
                return false;
            }
            int k = 2 * i;
            if (pre != null) {
                out[k] = pre[2 * at];   // the reader's hash: the same function over the same bytes
                out[k + 1] = pre[2 * at + 1];
            } else if (reuse && state.sameText(at, last, lastIndex[i])) {
                out[k] = lastHashes[k];
                out[k + 1] = lastHashes[k + 1];
            } else {
                if (ascii != null) {
                    hash.value(ascii, state.starts()[at], state.ends()[at], out, k);
                } else {
                    hash.value(state.text(), state.starts()[at], state.ends()[at], out, k);
                }
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
        hash.start();
        hash.text(action, 0, action.length());
        if (paramsText == null) {
            hash.word(-1L);
        } else {
            hash.text(paramsText, 0, paramsText.length());
        }
        hash.alignPairs();   // the variables' words go in pairs (this runs for every line)
        for (int i = 0; i < variables.length; i++) {
            int k = 2 * i;
            long b1 = before[k];
            long b2 = before[k + 1];
            boolean same = b1 == after[k] && b2 == after[k + 1];
            if (!footprint.uses(i) && same) {
                hash.pair(0, 0);
            } else if (same) {
                hash.pair(1, b1);
                hash.pair(b2, 1);
            } else {
                hash.pair(2, b1);
                hash.pair(b2, after[k]);
                hash.pair(after[k + 1], 2);
            }
        }
        hash.finish(out, 0);
    }
}
