package dev.lockstep.validator.host;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.validator.log.HitShare;
import dev.lockstep.validator.log.RawState;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link StepCache} on its own: what its keys tell apart, its fixed table, its pause. */
class StepCacheUnitTest {

    /** The state object of {@code line} with its variables' value spans, as the native reader gives it. */
    private static RawState state(String line, boolean ascii, String... names) {
        int[] starts = new int[names.length];
        int[] ends = new int[names.length];
        int from = 0;
        for (int i = 0; i < names.length; i++) {
            int colon = line.indexOf("\"" + names[i] + "\":", from) + names[i].length() + 3;
            int end = colon;
            int depth = 0;
            while (end < line.length() && (depth > 0 || line.charAt(end) != ',' && line.charAt(end) != '}')) {
                char c = line.charAt(end);
                depth += c == '{' || c == '[' ? 1 : c == '}' || c == ']' ? -1 : 0;
                end++;
            }
            starts[i] = colon;
            ends[i] = end;
            from = end;
        }
        return new RawState(line, List.of(names), starts, ends, ascii ? line.getBytes(StandardCharsets.ISO_8859_1) : null);
    }

    private static final List<String> XY = List.of("x", "y");

    private static long[] hash(StepCache c, RawState s) {
        long[] out = c.stateHashes();
        assertTrue(c.hashState(s, out));
        return out;
    }

    private static long[] step(StepCache c, String action, String params, ActionFootprint f, long[] before, long[] after) {
        long[] out = new long[2];
        c.hashStep(action, params, f, before, after, out);
        return out;
    }

    @Test
    void keysTellStatesApartByValuesAndEncodingButNotByTheLinesOrder() {
        StepCache c = new StepCache(XY);
        String a = "{\"x\":[1,2],\"y\":\"abcdefghij\"}";
        long[] h = hash(c, state(a, true, "x", "y"));
        assertArrayEquals(h, hash(c, state(a, true, "x", "y")), "the same text, the same hash");
        assertArrayEquals(h, hash(c, state("{\"y\":\"abcdefghij\",\"x\":[1,2]}", true, "y", "x")),
                "the line's order of variables does not matter");
        assertFalse(c.hashState(state("{\"z\":[1,2],\"y\":\"abcdefghij\"}", true, "z", "y"), c.stateHashes()),
                "not the spec's variables: not hashed");
        assertFalse(c.hashState(state("{\"x\":[1,2]}", true, "x"), c.stateHashes()), "a variable missing");
        assertFalse(java.util.Arrays.equals(h, hash(c, state("{\"x\":[1,2],\"y\":\"abcdefghik\"}", true, "x", "y"))),
                "another value");
        assertFalse(java.util.Arrays.equals(h, hash(c, state(a, false, "x", "y"))), "characters, not bytes");
        assertArrayEquals(hash(c, state(a, false, "x", "y")), hash(c, state(a, false, "x", "y")));

        ActionFootprint all = ActionFootprint.all(2);
        long[] key = step(c, "Send", "{\"m\":1}", all, h, h);
        assertFalse(java.util.Arrays.equals(key, step(c, "Send", "{\"m\":2}", all, h, h)), "other parameters");
        assertFalse(java.util.Arrays.equals(key, step(c, "Send", null, all, h, h)), "no parameters");
        assertFalse(java.util.Arrays.equals(key, step(c, "Recv", "{\"m\":1}", all, h, h)), "another action");
    }

    @Test
    void aVariableTheActionOnlyKeepsIsKeyedOnBeingTheSameTextOnly() {
        StepCache c = new StepCache(XY);
        ActionFootprint usesX = ActionFootprint.all(2).without(1);
        long[] y1 = hash(c, state("{\"x\":1,\"y\":{\"#set\":[1,2]}}", true, "x", "y"));
        long[] y1x2 = hash(c, state("{\"x\":2,\"y\":{\"#set\":[1,2]}}", true, "x", "y"));
        long[] y7 = hash(c, state("{\"x\":1,\"y\":7}", true, "x", "y"));
        long[] y7x2 = hash(c, state("{\"x\":2,\"y\":7}", true, "x", "y"));
        long[] y2x2 = hash(c, state("{\"x\":2,\"y\":{\"#set\":[2,1]}}", true, "x", "y"));
        long[] y3x2 = hash(c, state("{\"x\":2,\"y\":{\"#set\":[1,3]}}", true, "x", "y"));
        // y unchanged: whatever its value, one key
        assertArrayEquals(step(c, "Inc", null, usesX, y1, y1x2), step(c, "Inc", null, usesX, y7, y7x2));
        // but not when the action uses y
        ActionFootprint all = ActionFootprint.all(2);
        assertFalse(java.util.Arrays.equals(step(c, "Inc", null, all, y1, y1x2), step(c, "Inc", null, all, y7, y7x2)));
        // x is used: its values count
        assertFalse(java.util.Arrays.equals(step(c, "Inc", null, usesX, y1, y1x2), step(c, "Inc", null, usesX, y1, y1)));
        // y's text changed: both texts count, so another text of the same set (TLC: unchanged, the step
        // may conform) and a set that did change (it may not) are two keys
        long[] reordered = step(c, "Inc", null, usesX, y1, y2x2);
        assertFalse(java.util.Arrays.equals(reordered, step(c, "Inc", null, usesX, y1, y3x2)));
        assertFalse(java.util.Arrays.equals(reordered, step(c, "Inc", null, usesX, y1, y1x2)));
    }

    @Test
    void aConformingStepIsFoundAndTheTableStaysItsSize() {
        StepCache c = new StepCache(XY);
        assertFalse(c.conforms(5, 7));
        c.add(5, 7);
        assertTrue(c.conforms(5, 7));
        assertFalse(c.conforms(5, 8));
        // many more keys than slots: the table overwrites, every key just added is still found
        for (long k = 1; k <= 4L * StepCache.CAPACITY; k++) {
            c.add(k * 0x9e3779b97f4a7c15L, k);
            assertTrue(c.conforms(k * 0x9e3779b97f4a7c15L, k));
        }
        assertEquals(1 + 4L * StepCache.CAPACITY, c.hits());
        assertEquals(2, c.misses());
    }

    @Test
    void theWorkersOfAHostShareOneTableAndCountTheirOwnHits() {
        StepCache.Table table = new StepCache.Table();
        StepCache a = new StepCache(XY, table);
        StepCache b = new StepCache(XY, table);
        a.add(11, 13);
        assertTrue(b.conforms(11, 13), "found by the other worker");
        assertFalse(b.conforms(11, 14));
        assertFalse(new StepCache(XY).conforms(11, 13), "a cache of its own does not see it");
        assertEquals(0, a.hits());
        assertEquals(1, b.hits());
        assertEquals(1, b.misses());
    }

    @Test
    void pausesWhenFewLookupsHitThenTriesAgain() {
        StepCache c = new StepCache(XY);
        for (int i = 0; i < HitShare.WINDOW; i++) {
            assertTrue(c.active());
            c.conforms(i + 1, i + 1);   // never added: all misses
        }
        for (long i = 0; i < (long) HitShare.PAUSE * HitShare.WINDOW; i++) {
            assertFalse(c.active());
        }
        assertTrue(c.active());
    }
}
