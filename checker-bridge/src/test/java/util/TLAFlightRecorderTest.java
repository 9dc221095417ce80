package util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Lockstep's TLAFlightRecorder stands in for TLC's: the same API, and no flight-recorder event class. */
class TLAFlightRecorderTest {

    @Test
    void takesTlcsCallsAndRecordsNothing() throws Exception {
        assertEquals("Starting SANY...", TLAFlightRecorder.message("Starting SANY..."));
        TLAFlightRecorder.progress(true, 3, 10, 7, 0, 600, 420);
        assertEquals(0, TLAFlightRecorder.class.getDeclaredClasses().length, "no event classes");
        assertFalse(jdk.jfr.Event.class.isAssignableFrom(TLAFlightRecorder.class));
        // the very signatures TLC's classes call (MP.printMessage, SANY's ParseUnit, ModelChecker)
        Method m = TLAFlightRecorder.class.getMethod("message", String.class);
        assertTrue(Modifier.isStatic(m.getModifiers()) && m.getReturnType() == String.class);
        Method p = TLAFlightRecorder.class.getMethod("progress", boolean.class, int.class, long.class, long.class,
                long.class, long.class, long.class);
        assertTrue(Modifier.isStatic(p.getModifiers()) && p.getReturnType() == void.class);
        assertEquals(2, Arrays.stream(TLAFlightRecorder.class.getDeclaredMethods())
                .filter(x -> Modifier.isPublic(x.getModifiers())).count());
    }
}
