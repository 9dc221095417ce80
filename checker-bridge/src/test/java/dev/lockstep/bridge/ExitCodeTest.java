package dev.lockstep.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one exit-code mapping: distinct numbers, TLC's where TLC has one, found again by number. */
class ExitCodeTest {
    @Test
    void everyCodeHasItsOwnNumberAndIsFoundByIt() {
        Set<Integer> seen = new HashSet<>();
        for (ExitCode e : ExitCode.values()) {
            assertTrue(seen.add(e.code()), "two exit codes numbered " + e.code());
            assertEquals(Optional.of(e), ExitCode.of(e.code()));
        }
        assertEquals(Optional.empty(), ExitCode.of(1));
        assertEquals(Optional.empty(), ExitCode.of(152));
    }

    /** TLC's own number for {@code name} in {@code tlc2.output.EC.ExitStatus} of the bundled TLC. */
    private static int tlc(String name) throws ReflectiveOperationException {
        return Class.forName("tlc2.output.EC$ExitStatus").getField(name).getInt(null);
    }

    @Test
    void modelCheckingCodesAreTheBundledTlcsOwn() throws ReflectiveOperationException {
        assertEquals(tlc("SUCCESS"), ExitCode.SUCCESS.code());
        assertEquals(tlc("VIOLATION_ASSUMPTION"), ExitCode.VIOLATION_ASSUMPTION.code());
        assertEquals(tlc("VIOLATION_DEADLOCK"), ExitCode.VIOLATION_DEADLOCK.code());
        assertEquals(tlc("VIOLATION_SAFETY"), ExitCode.VIOLATION_SAFETY.code());
        assertEquals(tlc("VIOLATION_LIVENESS"), ExitCode.VIOLATION_LIVENESS.code());
        assertEquals(tlc("VIOLATION_ASSERT"), ExitCode.VIOLATION_ASSERT.code());
        assertEquals(tlc("ERROR_SPEC_PARSE"), ExitCode.SPEC_ERROR.code());
        assertEquals(tlc("ERROR_CONFIG_PARSE"), ExitCode.CONFIG_ERROR.code());
        assertEquals(tlc("ERROR_SYSTEM"), ExitCode.SYSTEM_ERROR.code());
    }
}
