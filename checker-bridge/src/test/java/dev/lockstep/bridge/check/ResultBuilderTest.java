package dev.lockstep.bridge.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.bridge.Resources;
import dev.lockstep.bridge.tlc.TlcStreamParser;
import dev.lockstep.bridge.trace.Trace;
import dev.lockstep.bridge.value.TlcValue;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Folds recorded TLC 2.18 output (test resources, recorded from real runs) into results. */
class ResultBuilderTest {
    private static final Path DIR = Path.of("/fixtures");

    private static CheckResult build(String recording, int tlcExit, List<String> properties) throws IOException {
        return build(recording, tlcExit, properties, List.of("Inv"));
    }

    private static CheckResult build(String recording, int tlcExit, List<String> properties, List<String> invariants)
            throws IOException {
        ResultBuilder b = new ResultBuilder(m -> DIR.resolve(m + ".tla"), p -> p, DIR.resolve("M.cfg"), 3, properties, invariants);
        TlcStreamParser p = new TlcStreamParser(b::accept);
        p.consume(new StringReader(Resources.text("tlc-output/" + recording + ".out")));
        return b.build(tlcExit, false, 5, null, Optional.empty());
    }

    @Test
    void invariantViolation() throws IOException {
        CheckResult r = build("Values", 12, List.of());
        assertEquals(Outcome.SAFETY_FAILURE, r.outcome());
        assertEquals(12, r.exitCode());
        assertEquals(Violation.Kind.INVARIANT, r.violation().orElseThrow().kind());
        assertEquals("Inv", r.violation().orElseThrow().property());
        Trace t = r.trace().orElseThrow();
        assertEquals(2, t.states().size());
        assertEquals(List.of("e", "f", "i", "m", "n", "r", "s", "t"), t.variables());
        assertEquals("Next", t.states().get(1).action());
        assertEquals(TlcValue.Int.of(-1234567889), t.states().get(1).values().get("n"));
        assertFalse(t.isLasso());
        assertEquals(new CheckStats(2, 2, 2, 0, 5), r.stats());
        assertEquals(List.of("<<\"hello\", -1234567890>>", "<<\"hello\", -1234567890>>"), r.output());
        assertEquals("TLC2 Version 2.18 of 20 March 2023", r.tlcVersion());
    }

    @Test
    void livenessLassoBackToState() throws IOException {
        CheckResult r = build("Live", 13, List.of("Done"));
        assertEquals(Outcome.LIVENESS_FAILURE, r.outcome());
        assertEquals("Done", r.violation().orElseThrow().property());
        Trace t = r.trace().orElseThrow();
        assertEquals(3, t.states().size());
        assertEquals(1, t.loopIndex());
        assertEquals("Reset", t.loopAction());
        assertFalse(t.stuttering());
        // no 2194 depth line after a liveness violation: the depth is the last "Progress(3)" level
        assertEquals(3, r.stats().depth());
        assertEquals(3, r.stats().distinctStates());
        assertEquals(4, r.stats().totalStates());
    }

    @Test
    void livenessStuttering() throws IOException {
        CheckResult r = build("Stutter", 13, List.of("Reach"));
        Trace t = r.trace().orElseThrow();
        assertTrue(t.stuttering());
        assertEquals(2, t.states().size());
        assertEquals(1, t.loopIndex());
    }

    @Test
    void deadlock() throws IOException {
        CheckResult r = build("Deadlock", 11, List.of());
        assertEquals(Outcome.DEADLOCK_FAILURE, r.outcome());
        assertEquals(Violation.Kind.DEADLOCK, r.violation().orElseThrow().kind());
        assertEquals(3, r.trace().orElseThrow().states().size());
        assertEquals(3, r.stats().depth());
    }

    @Test
    void assumption() throws IOException {
        CheckResult r = build("Assume", 10, List.of());
        assertEquals(Outcome.ASSUMPTION_FAILURE, r.outcome());
        Violation v = r.violation().orElseThrow();
        assertEquals(Violation.Kind.ASSUMPTION, v.kind());
        assertEquals(0, r.stats().distinctStates(), "no state explored, rather than unknown");
        assertEquals(DIR.resolve("Assume.tla"), v.location().file());
        assertEquals(3, v.location().start().line());
        assertEquals(7, v.location().start().column());
    }

    @Test
    void assertFailureHasPositionOfInnermostExpression() throws IOException {
        CheckResult r = build("Assert", 14, List.of());
        assertEquals(Outcome.SAFETY_FAILURE, r.outcome());
        assertEquals(14, r.exitCode());
        Violation v = r.violation().orElseThrow();
        assertEquals(Violation.Kind.ASSERT, v.kind());
        assertTrue(v.message().contains("\"x too big\""), v.message());
        // the last of TLC's nested positions: "3. Line 5, column 18 to line 5, column 43 in Assert"
        assertEquals(4, v.location().start().line());
        assertEquals(17, v.location().start().column());
    }

    @Test
    void syntaxErrorBecomesLocatedDiagnostic() throws IOException {
        CheckResult r = build("Syntax", 150, List.of());
        assertEquals(Outcome.ERROR, r.outcome());
        assertEquals(150, r.exitCode());
        Diagnostic d = r.diagnostics().get(0);
        assertEquals(DiagnosticCode.LS401_SANY_PARSE, d.code());
        assertEquals(Path.of("/tmp/rec/Syntax.tla"), d.range().file());
        assertEquals(3, d.range().start().line());
        assertEquals(8, d.range().start().column());
    }

    @Test
    void semanticErrorBecomesLocatedDiagnostic() throws IOException {
        CheckResult r = build("Semantic", 150, List.of());
        Diagnostic d = r.diagnostics().get(0);
        assertEquals(DiagnosticCode.LS402_SANY_SEMANTIC, d.code());
        assertEquals(DIR.resolve("Semantic.tla"), d.range().file());
        assertEquals(4, d.range().start().line());
        assertEquals(13, d.range().start().column());
        assertTrue(d.message().contains("Unknown operator: 'y'"), d.message());
    }

    @Test
    void nestedConfigErrorMapsToConfigExitCode() throws IOException {
        CheckResult r = build("BadCfg", 255, List.of());
        assertEquals(151, r.exitCode());
        Diagnostic d = r.diagnostics().get(0);
        assertEquals(DiagnosticCode.LS501_CONFIG, d.code());
        assertEquals(2, d.range().start().line());
    }

    @Test
    void unassignedConstant() throws IOException {
        CheckResult r = build("Unassigned", 151, List.of());
        assertEquals(151, r.exitCode());
        assertEquals(DiagnosticCode.LS502_CONSTANT_UNASSIGNED, r.diagnostics().get(0).code());
    }

    @Test
    void evaluationErrorIsSystemErrorWithTraceAndPosition() throws IOException {
        CheckResult r = build("EvalErr", 255, List.of());
        assertEquals(Outcome.ERROR, r.outcome());
        assertEquals(153, r.exitCode());
        Violation v = r.violation().orElseThrow();
        assertEquals(Violation.Kind.EVALUATION_ERROR, v.kind());
        assertTrue(v.message().contains("second argument of \\div is 0"), v.message());
        assertEquals(4, v.location().start().line());
        assertEquals(1, r.trace().orElseThrow().states().size());
    }

    @Test
    void simulationCountsGeneratedStatesOnly() throws IOException {
        CheckResult r = build("Sim", 11, List.of());
        assertEquals(7, r.stats().totalStates());
        assertEquals(-1, r.stats().distinctStates());
    }

    @Test
    void depthFirstStatesHaveNoAction() throws IOException {
        CheckResult r = build("Dfid", 11, List.of());
        Trace t = r.trace().orElseThrow();
        assertEquals(3, t.states().size());
        assertEquals(null, t.states().get(1).action());
    }

    @Test
    void killedRunIsSystemError() throws IOException {
        ResultBuilder b = new ResultBuilder(m -> null, p -> p, null, 0, List.of(), List.of());
        CheckResult r = b.build(137, false, 1, null, Optional.empty());
        assertEquals(153, r.exitCode());
        assertTrue(r.diagnostics().get(0).message().contains("signal 9"), r.diagnostics().get(0).message());
    }

    @Test
    void outOfMemoryInsideGeneralMessageIsReported() throws IOException {
        CheckResult r = build("Grow", 75, List.of());
        assertEquals(153, r.exitCode());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.message().startsWith("TLC ran out of memory")), r.diagnostics().toString());
    }

    @Test
    void distributedServerCounterexampleWithoutVerdictIsAViolation() throws IOException {
        // recorded from TLC 2.18's TLCServer: the behaviour is printed, no "Invariant ... is violated", exit 0
        CheckResult r = build("DistributedValues", 0, List.of());
        assertEquals(Outcome.SAFETY_FAILURE, r.outcome());
        assertEquals(12, r.exitCode());
        assertEquals("Inv", r.violation().orElseThrow().property());
        assertEquals(2, r.trace().orElseThrow().states().size());
    }

    @Test
    void distributedServerBehaviourWithoutInvariantsIsADeadlock() throws IOException {
        // recorded from TLC 2.18's TLCServer on a spec that deadlocks at x = 3, no invariant: it prints
        // one state as the "behaviour" (the first states are missing), no "Deadlock reached", exit 0
        CheckResult r = build("DistributedDeadlock", 0, List.of(), List.of());
        assertEquals(Outcome.DEADLOCK_FAILURE, r.outcome());
        assertEquals(11, r.exitCode());
        assertEquals(Violation.Kind.DEADLOCK, r.violation().orElseThrow().kind());
        assertEquals(1, r.trace().orElseThrow().states().size());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.message().contains("check without --distributed")),
                r.diagnostics().toString());
        assertEquals(4, r.stats().distinctStates());
    }

    @Test
    void distributedServerThatCannotBindItsPortFailsInsteadOfSucceeding() throws IOException {
        // recorded from TLC 2.18's TLCServer started on a port another process listened on: it
        // prints the exception and exits with 0, having explored nothing
        CheckResult r = build("DistributedPortInUse", 0, List.of(), List.of());
        assertEquals(Outcome.ERROR, r.outcome());
        assertEquals(153, r.exitCode());
        assertEquals(0, r.tlcExitCode());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.isError()
                && d.message().equals("TLC's server cannot listen on port 18555: another process uses it; choose another port")),
                r.diagnostics().toString());
    }
}
