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

    private static long[] hash(StepCache c, RawState s) {
        long[] out = new long[2];
        c.hashState(s, out);
        return out;
    }

    @Test
    void keysTellStatesApartByNamesValuesAndEncoding() {
        StepCache c = new StepCache();
        String a = "{\"x\":[1,2],\"y\":\"abcdefghij\"}";
        long[] h = hash(c, state(a, true, "x", "y"));
        assertArrayEquals(h, hash(c, state(a, true, "x", "y")), "the same text, the same hash");
        assertFalse(java.util.Arrays.equals(h, hash(c, state("{\"z\":[1,2],\"y\":\"abcdefghij\"}", true, "z", "y"))),
                "another first name");
        assertFalse(java.util.Arrays.equals(h, hash(c, state("{\"x\":[1,2],\"w\":\"abcdefghij\"}", true, "x", "w"))),
                "another second name");
        assertFalse(java.util.Arrays.equals(h, hash(c, state("{\"x\":[1,2],\"y\":\"abcdefghik\"}", true, "x", "y"))),
                "another value");
        assertFalse(java.util.Arrays.equals(h, hash(c, state(a, false, "x", "y"))), "characters, not bytes");
        assertArrayEquals(hash(c, state(a, false, "x", "y")), hash(c, state(a, false, "x", "y")));

        long[] step = new long[2];
        long[] other = new long[2];
        c.hashStep("Send", "{\"m\":1}", h, h, step);
        c.hashStep("Send", "{\"m\":2}", h, h, other);
        assertFalse(java.util.Arrays.equals(step, other), "other parameters");
        c.hashStep("Send", null, h, h, other);
        assertFalse(java.util.Arrays.equals(step, other), "no parameters");
        c.hashStep("Recv", "{\"m\":1}", h, h, other);
        assertFalse(java.util.Arrays.equals(step, other), "another action");
    }

    @Test
    void aConformingStepIsFoundAndTheTableStaysItsSize() {
        StepCache c = new StepCache();
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
    void pausesWhenFewLookupsHitThenTriesAgain() {
        StepCache c = new StepCache();
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
