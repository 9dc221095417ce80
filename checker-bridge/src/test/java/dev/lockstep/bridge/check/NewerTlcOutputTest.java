package dev.lockstep.bridge.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.bridge.Resources;
import dev.lockstep.bridge.tlc.TlcStreamParser;
import dev.lockstep.bridge.trace.Trace;
import dev.lockstep.bridge.value.TlcValue;
import dev.lockstep.speclang.diag.Diagnostic;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The bridge tolerates a newer TLC: output in the formats TLC's sources document for the 1.8.0
 * series (the fixture says it was written from them, not recorded) folds into the same result as
 * TLC 2.18's: grouped numbers in statistics, codes TLC 2.18 never prints, a warning class message.
 * The bundled TLC's recorded output of the same shape is read alongside.
 */
class NewerTlcOutputTest {
    private static final Path DIR = Path.of("/fixtures");

    private static CheckResult build(String recording, int tlcExit) throws IOException {
        ResultBuilder b = new ResultBuilder(m -> DIR.resolve(m + ".tla"), p -> p, DIR.resolve("M.cfg"), 3, List.of(), List.of());
        TlcStreamParser p = new TlcStreamParser(b::accept);
        String text = Resources.text("tlc-output/" + recording + ".out").lines()
                .filter(l -> !l.startsWith("# ")).collect(Collectors.joining("\n"));
        p.consume(new StringReader(text));
        return b.build(tlcExit, false, 5, null, Optional.empty());
    }

    @Test
    void newerTlcSuccessWithGroupedNumbersAndUnknownCodes() throws IOException {
        CheckResult r = build("Newer-Success", 0);
        assertEquals(Outcome.SUCCESS, r.outcome(), r.diagnostics().toString());
        assertEquals(0, r.exitCode());
        assertEquals(4321, r.stats().distinctStates());
        assertEquals(12345, r.stats().totalStates());
        assertEquals(1012, r.stats().depth());
        assertEquals(0, r.stats().queue());
        assertEquals("TLC2 Version 2.19 of 08 August 2024 (rev: 5a47802)", r.tlcVersion());
        assertTrue(r.diagnostics().stream().noneMatch(Diagnostic::isError), r.diagnostics().toString());
        assertTrue(r.output().isEmpty(), r.output().toString());
    }

    @Test
    void newerTlcInvariantViolationWithAnUnknownCodeInsideTheTrace() throws IOException {
        CheckResult r = build("Newer-Invariant", 12);
        assertEquals(Outcome.SAFETY_FAILURE, r.outcome(), r.diagnostics().toString());
        assertEquals(12, r.exitCode());
        assertEquals(Violation.Kind.INVARIANT, r.violation().orElseThrow().kind());
        assertEquals("Inv", r.violation().orElseThrow().property());
        Trace t = r.trace().orElseThrow();
        assertEquals(3, t.states().size());
        assertEquals(List.of("holder", "passes"), t.variables());
        assertEquals("Pass", t.states().get(2).action());
        assertEquals(TlcValue.Int.of(1000), t.states().get(2).values().get("passes"));
        assertEquals(1001, r.stats().distinctStates());
        assertEquals(12345, r.stats().totalStates());
        assertEquals(3, r.stats().depth());
        assertEquals(17, r.stats().queue());
        assertEquals("TLC2 Version 2.19 of 08 August 2024 (rev: 5a47802)", r.tlcVersion());
    }

    @Test
    void bundledTlcRecordingStillReads() throws IOException {
        CheckResult r = build("Deadlock", 11);
        assertEquals(Outcome.DEADLOCK_FAILURE, r.outcome());
        assertEquals(3, r.stats().distinctStates());
        assertEquals(3, r.stats().totalStates());
        assertEquals(3, r.stats().depth());
    }
}
