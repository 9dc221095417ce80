package dev.lockstep.bridge.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.bridge.ExitCode;
import dev.lockstep.bridge.Tla2Tools;
import dev.lockstep.bridge.trace.TraceState;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Specs written with TLA+'s Unicode symbols, checked by the bundled TLC (which predates them) through
 * the ASCII copy: the same verdict and state counts as the same spec written in ASCII, and every
 * location shown (counterexample actions, SANY errors, PlusCal errors) in the user's file.
 */
class UnicodeCheckTest {
    private static final Tla2Tools TOOLS = Tla2Tools.fromClasspath();

    private static final String UNICODE = """
            ---- MODULE Tokens ----
            EXTENDS Naturals, FiniteSets
            CONSTANT Procs
            VARIABLES holder, passes
            vars ≜ ⟨holder, passes⟩
            Init ≜ ∧ holder ∈ Procs
                   ∧ passes = 0
            Pass(p, q) ≜ ∧ holder = p
                         ∧ p ≠ q
                         ∧ holder′ = q
                         ∧ passes′ = passes + 1
            Next ≜ ∃ p, q ∈ Procs : Pass(p, q)
            Bounded ≜ ∨ passes ≤ 2
                      ∨ ∧ passes ≥ 3
                        ∧ holder ∉ Procs
            Spec ≜ Init ∧ □[Next]_vars
            ====
            """;

    private static final String ASCII = """
            ---- MODULE Tokens ----
            EXTENDS Naturals, FiniteSets
            CONSTANT Procs
            VARIABLES holder, passes
            vars == <<holder, passes>>
            Init == /\\ holder \\in Procs
                    /\\ passes = 0
            Pass(p, q) == /\\ holder = p
                          /\\ p /= q
                          /\\ holder' = q
                          /\\ passes' = passes + 1
            Next == \\E p, q \\in Procs : Pass(p, q)
            Bounded == \\/ passes <= 2
                       \\/ /\\ passes >= 3
                          /\\ holder \\notin Procs
            Spec == Init /\\ [][Next]_vars
            ====
            """;

    private static final String CFG = "CONSTANT Procs = {a, b, c}\nSPECIFICATION Spec\nINVARIANT Bounded\n";

    @TempDir
    Path uni;
    @TempDir
    Path ascii;
    @TempDir
    Path work;

    private CheckResult check(Path dir, String text, String cfg) throws Exception {
        Files.writeString(dir.resolve("Tokens.tla"), text, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("Tokens.cfg"), cfg, StandardCharsets.UTF_8);
        return new TlcRunner().run(CheckRequest.of(dir.resolve("Tokens.tla"), TOOLS).withWork(work, false), TlcRunner.SILENT);
    }

    @Test
    void unicodeSpecChecksLikeItsAsciiTwinAndPointsIntoTheUsersFile() throws Exception {
        CheckResult u = check(uni, UNICODE, CFG);
        CheckResult a = check(ascii, ASCII, CFG);
        assertEquals(Outcome.SAFETY_FAILURE, a.outcome(), a.diagnostics().toString());
        assertEquals(a.outcome(), u.outcome(), u.diagnostics().toString());
        assertEquals(a.exitCode(), u.exitCode());
        assertEquals(a.stats().distinctStates(), u.stats().distinctStates());
        assertEquals(a.stats().totalStates(), u.stats().totalStates());
        assertEquals("Bounded", u.violation().orElseThrow().property());
        List<TraceState> states = u.trace().orElseThrow().states();
        assertEquals(a.trace().orElseThrow().states().size(), states.size());
        List<String> lines = UNICODE.lines().toList();
        for (int i = 0; i < states.size(); i++) {
            TraceState s = states.get(i);
            assertEquals(a.trace().orElseThrow().states().get(i).values(), s.values());
            TraceState.ActionLocation l = s.location();
            if (l != null && i > 0) {
                // TLC locates an action at its body: the same token in both files, and up to
                // the last character of the body
                TraceState.ActionLocation al = a.trace().orElseThrow().states().get(i).location();
                List<String> asciiLines = ASCII.lines().toList();
                assertEquals(al.line(), l.line());
                assertEquals(al.endLine(), l.endLine());
                char mine = lines.get(l.line() - 1).charAt(l.column() - 1);
                String theirs = asciiLines.get(al.line() - 1).substring(al.column() - 1);
                assertEquals(asciiOf(mine), theirs.substring(0, asciiOf(mine).length()),
                        l + " vs " + al);
                assertEquals(lines.get(l.endLine() - 1).length(), l.endColumn(), l.toString());
                assertEquals(asciiLines.get(al.endLine() - 1).length(), al.endColumn(), al.toString());
            }
        }
    }

    /** The ASCII of the few symbols an action body starts with here. */
    private static String asciiOf(char c) {
        return switch (c) {
            case '\u2227' -> "/\\";
            case '\u2203' -> "\\E";
            default -> String.valueOf(c);
        };
    }

    @Test
    void sanyErrorInAUnicodeSpecIsLocatedInTheUsersColumns() throws Exception {
        String bad = UNICODE.replace("∧ holder′ = q", "∧ holdr′ = q");
        CheckResult r = check(uni, bad, CFG);
        assertEquals(ExitCode.SPEC_ERROR.code(), r.exitCode(), r.diagnostics().toString());
        Diagnostic d = r.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        assertEquals(DiagnosticCode.LS402_SANY_SEMANTIC, d.code());
        String line = bad.lines().toList().get(d.range().start().line());
        assertTrue(line.startsWith("holdr", d.range().start().column()), d + " in '" + line + "'");
        assertEquals(uni.resolve("Tokens.tla"), d.range().file());
    }

    @Test
    void unicodePlusCalIsTranslatedAndChecked() throws Exception {
        String pcal = """
                ---- MODULE Counter ----
                EXTENDS Naturals, TLC
                (* --algorithm Counter
                variables n = 0;
                begin
                  Loop: while n < 3 do
                    n ≔ n + 1;
                  end while;
                  assert n ≤ 3 ∧ n ≥ 3;
                end algorithm *)
                ====
                """;
        Files.writeString(uni.resolve("Counter.tla"), pcal, StandardCharsets.UTF_8);
        Files.writeString(uni.resolve("Counter.cfg"), "SPECIFICATION Spec\n", StandardCharsets.UTF_8);
        CheckResult r = new TlcRunner().run(CheckRequest.of(uni.resolve("Counter.tla"), TOOLS).withWork(work, false),
                TlcRunner.SILENT);
        assertEquals(Outcome.SUCCESS, r.outcome(), r.diagnostics().toString());
        assertEquals(5, r.stats().distinctStates());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.LS302_PLUSCAL_STALE_TRANSLATION));
        assertEquals(pcal, Files.readString(uni.resolve("Counter.tla")), "the user's file is not touched");
    }

    @Test
    void postconditionAndTlcGetConfigNeedANewerTlc() throws Exception {
        CheckResult post = check(uni, UNICODE, CFG + "POSTCONDITION Bounded\n");
        assertEquals(ExitCode.CONFIG_ERROR.code(), post.exitCode());
        Diagnostic d = post.diagnostics().get(0);
        assertEquals(DiagnosticCode.LS611_TLC_FEATURE_MISSING, d.code());
        assertTrue(d.message().contains("POSTCONDITION") && d.message().contains("--tla2tools"), d.message());
        assertEquals(3, d.range().start().line());

        String withGet = UNICODE.replace("Spec ≜", "Conf ≜ TLCGet(\"config\")\nSpec ≜").replace("EXTENDS Naturals,", "EXTENDS TLC, Naturals,");
        CheckResult get = check(uni, withGet, CFG);
        assertEquals(ExitCode.SPEC_ERROR.code(), get.exitCode());
        assertEquals(DiagnosticCode.LS611_TLC_FEATURE_MISSING, get.diagnostics().get(0).code());
        assertTrue(get.diagnostics().get(0).message().contains("TLCGet(\"config\")"));

        // in a comment it is no use of the feature
        CheckResult commented = check(uni, UNICODE.replace("Spec ≜", "\\* TLCGet(\"config\")\nSpec ≜"), CFG + "\\* POSTCONDITION P\n");
        assertEquals(ExitCode.VIOLATION_SAFETY.code(), commented.exitCode(), commented.diagnostics().toString());
    }
}
