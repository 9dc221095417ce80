package dev.lockstep.validator.log;

/**
 * When a cache is worth its lookups: it counts hits over windows of {@value #WINDOW} lookups, and
 * when fewer than one in {@value #MIN_HIT_SHARE} of a window hit (a log whose steps or lines rarely
 * recur) it pauses the cache for {@value #PAUSE} windows' worth of turns (no hashing, no lookup),
 * then tries again. The bar is low on purpose: every log's first window meets a cold table, and a
 * bar of 40% paused specs/PrimaryBackup's sampled log there (a quarter of its lines not looked up,
 * 95% of them repeats; docs/performance.md, validate, session 11). Used by the host's step cache
 * and by the reader's table of lines ({@link LineTable}); one per cache, one thread each.
 */
public final class HitShare {
    public static final int WINDOW = 1 << 14;
    public static final int MIN_HIT_SHARE = 16;
    public static final int PAUSE = 15;

    private long hits;
    private long misses;
    private int windowLookups;
    private int windowHits;
    private long paused;

    public long hits() {
        return hits;
    }

    public long misses() {
        return misses;
    }

    /** Whether to look up this turn (false while paused: the turn counts towards the pause). */
    public boolean active() {
        if (paused > 0) {
            paused--;
            return false;
        }
        return true;
    }

    /** Counts a lookup that hit or missed; returns {@code hit}. */
    public boolean count(boolean hit) {
        if (hit) {
            hits++;
            windowHits++;
        } else {
            misses++;
        }
        if (++windowLookups == WINDOW) {
            if (windowHits * MIN_HIT_SHARE < WINDOW) {
                paused = (long) PAUSE * WINDOW;
            }
            windowLookups = 0;
            windowHits = 0;
        }
        return hit;
    }
}
