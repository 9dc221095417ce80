package dev.lockstep.bridge.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.bridge.ExitCode;
import dev.lockstep.bridge.Tla2Tools;
import dev.lockstep.bridge.trace.Trace;
import dev.lockstep.bridge.trace.TraceState;
import dev.lockstep.bridge.value.TlcValue;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ALIAS on the bundled TLC, which rejects the keyword: Lockstep takes it out of the config TLC
 * reads and evaluates it on the counterexample with TLC's evaluator. Each aliased state is compared
 * with the unaliased counterexample of the same model (checked without ALIAS), field by field.
 */
class AliasCheckTest {
    private static final Tla2Tools TOOLS = Tla2Tools.fromClasspath();

    private static final String SPEC = """
            ---- MODULE Lights ----
            EXTENDS Naturals, TLC
            CONSTANT Colors
            VARIABLES light, count
            Init ≜ light = "red" ∧ count = 0
            Next ≜ ∧ light′ = CASE light = "red" → "green"
                               □ light = "green" → "yellow"
                               □ OTHER → "red"
                   ∧ count′ = count + 1
            Inv ≜ count < 4
            View ≜ [phase ↦ light, step ↦ TLCGet("level"), double ↦ 2 * count, next ↦ light′, known ↦ Colors]
            NotARecord ≜ light
            Broken ≜ [phase ↦ count \\div 0]
            ====
            """;

    @TempDir
    Path dir;
    @TempDir
    Path work;

    private CheckResult check(String cfgTail) throws Exception {
        Files.writeString(dir.resolve("Lights.tla"), SPEC, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("Lights.cfg"), "CONSTANT Colors = {r, g, y}\nINIT Init\nNEXT Next\nINVARIANT Inv\n" + cfgTail,
                StandardCharsets.UTF_8);
        return new TlcRunner().run(CheckRequest.of(dir.resolve("Lights.tla"), TOOLS).withWork(work, false), TlcRunner.SILENT);
    }

    @Test
    void aliasIsEvaluatedOnEveryStateOfTheCounterexample() throws Exception {
        CheckResult plain = check("");
        CheckResult aliased = check("\\* the trace as the user wants to read it\nALIAS View\n");
        assertEquals(ExitCode.VIOLATION_SAFETY.code(), plain.exitCode(), plain.diagnostics().toString());
        assertEquals(plain.exitCode(), aliased.exitCode(), aliased.diagnostics().toString());
        assertEquals(plain.stats().distinctStates(), aliased.stats().distinctStates());
        assertTrue(aliased.diagnostics().stream().noneMatch(Diagnostic::isError), aliased.diagnostics().toString());
        Trace raw = plain.trace().orElseThrow();
        Trace view = aliased.trace().orElseThrow();
        assertEquals(raw.states().size(), view.states().size());
        assertEquals(List.of("double", "known", "next", "phase", "step"), view.variables().stream().sorted().toList());
        for (int i = 0; i < raw.states().size(); i++) {
            TraceState r = raw.states().get(i);
            TraceState v = view.states().get(i);
            assertEquals(r.action(), v.action());
            assertEquals(r.values().get("light"), v.values().get("phase"));
            assertEquals(new TlcValue.Int(BigInteger.valueOf(i + 1)), v.values().get("step"));
            BigInteger count = ((TlcValue.Int) r.values().get("count")).value();
            assertEquals(new TlcValue.Int(count.multiply(BigInteger.TWO)), v.values().get("double"));
            TraceState successor = raw.states().get(Math.min(i + 1, raw.states().size() - 1));
            assertEquals(successor.values().get("light"), v.values().get("next"));
            assertEquals(3, ((TlcValue.SetOf) v.values().get("known")).elements().size());
        }
    }

    @Test
    void anAliasThatCannotBeEvaluatedLeavesTheTraceAsTlcPrintedIt() throws Exception {
        CheckResult plain = check("");
        for (String alias : List.of("NotARecord", "Broken", "Missing")) {
            CheckResult r = check("ALIAS " + alias + "\n");
            assertEquals(ExitCode.VIOLATION_SAFETY.code(), r.exitCode(), alias + ": " + r.diagnostics());
            Diagnostic w = r.diagnostics().stream().filter(d -> d.code() == DiagnosticCode.LS612_ALIAS_NOT_EVALUATED)
                    .findFirst().orElseThrow(() -> new AssertionError(alias + ": " + r.diagnostics()));
            assertEquals(4, w.range().start().line(), w.toString());
            assertEquals(plain.trace(), r.trace());
        }
    }

    @Test
    void anAliasUsingACommunityModuleIsEvaluatedWithTheLibraryTlcUsed() throws Exception {
        // the evaluator once lacked the library TLC had: an ALIAS over Functions' Range was not evaluated
        Files.writeString(dir.resolve("Stock.tla"), """
                ---- MODULE Stock ----
                EXTENDS Naturals, Functions
                VARIABLE shelf
                Init == shelf = [i \\in 1..2 |-> 0]
                Next == \\E i \\in 1..2 : shelf' = [shelf EXCEPT ![i] = @ + 1]
                Inv == \\A i \\in 1..2 : shelf[i] < 2
                View == [counts |-> Range(shelf)]
                ====
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("Stock.cfg"), "INIT Init\nNEXT Next\nINVARIANT Inv\nALIAS View\n", StandardCharsets.UTF_8);
        CheckResult r = new TlcRunner().run(CheckRequest.of(dir.resolve("Stock.tla"), TOOLS).withWork(work, false),
                TlcRunner.SILENT);
        assertEquals(ExitCode.VIOLATION_SAFETY.code(), r.exitCode(), r.diagnostics().toString());
        assertTrue(r.diagnostics().stream().noneMatch(d -> d.code() == DiagnosticCode.LS612_ALIAS_NOT_EVALUATED),
                r.diagnostics().toString());
        Trace view = r.trace().orElseThrow();
        assertEquals(List.of("counts"), view.variables());
        assertEquals(new TlcValue.SetOf(List.of(new TlcValue.Int(BigInteger.ZERO))), view.states().get(0).values().get("counts"));
    }
}
