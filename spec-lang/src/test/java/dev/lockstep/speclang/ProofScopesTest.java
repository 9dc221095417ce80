package dev.lockstep.speclang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.Severity;
import dev.lockstep.speclang.resolve.ModuleLoader;
import dev.lockstep.speclang.resolve.ResolvedSpec;
import dev.lockstep.speclang.resolve.Resolver;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Proofs and scopes as SANY reads them (issue 12, session 12): which errors its parser raises (so
 * that its semantic pass never runs), and in which order its semantic pass reports the rest. The
 * differential corpus pins the same shapes against SANY itself; these tests pin the phase, the
 * order and the code of each.
 */
class ProofScopesTest {

    private static ResolvedSpec resolve(String body) {
        return Resolver.resolve(SpecParser.parse("---- MODULE M ----\n" + body + "====\n", Path.of("M.tla")), ModuleLoader.none());
    }

    /** The errors in the order SANY would report them: the parser's if any, else the semantic pass's in walk order. */
    private static List<Diagnostic> errors(ResolvedSpec r) {
        List<Diagnostic> all = r.parsed().hasErrors() ? r.parsed().diagnostics() : r.diagnostics();
        return all.stream().filter(Diagnostic::isError).toList();
    }

    /** 1-based line of a diagnostic. */
    private static int line(Diagnostic d) {
        return d.range().start().line() + 1;
    }

    @Test
    void aDefinitionsNameClashComesBeforeTheErrorsInItsBody() {
        ResolvedSpec r = resolve("""
                CONSTANT S
                D == S
                A == LET D == LET x ==
                                    y
                              IN x
                     IN D
                """);
        List<Diagnostic> errors = errors(r);
        assertEquals(DiagnosticCode.LS202_DUPLICATE_DEFINITION, errors.get(0).code());
        assertEquals(4, line(errors.get(0)));
        assertEquals(DiagnosticCode.LS201_UNKNOWN_NAME, errors.get(1).code());
        assertEquals(5, line(errors.get(1)));
    }

    @Test
    void aFunctionsBoundSetsComeBeforeItsNameClash() {
        ResolvedSpec r = resolve("""
                CONSTANT S
                f == S
                A == LET f[j \\in
                           y] == j
                     IN f
                """);
        List<Diagnostic> errors = errors(r);
        assertEquals(List.of(DiagnosticCode.LS201_UNKNOWN_NAME, DiagnosticCode.LS202_DUPLICATE_DEFINITION),
                errors.stream().map(Diagnostic::code).toList());
        assertEquals(5, line(errors.get(0)));
    }

    @Test
    void stepNumbersOutsideAProofsStepsAreParseErrors() {
        for (String outside : List.of("USE <1>1\n", "THEOREM T == TRUE\nBY ONLY <1>9\n", "THEOREM T == TRUE\nPROOF BY <2>1\n",
                "THEOREM <1>1 = 1\n", "A == <1>a\n", "THEOREM T == TRUE\nBY <*>1\n", "USE <+>1\n")) {
            ResolvedSpec r = resolve("A0 == x\n" + outside);
            assertTrue(r.parsed().hasErrors(), outside);
            List<Diagnostic> errors = errors(r);
            assertEquals(List.of(DiagnosticCode.LS107_PROOF_STEP_LEVEL), errors.stream().map(Diagnostic::code).toList(), outside);
            assertTrue(r.diagnostics().isEmpty(), "SANY's semantic pass never runs: " + r.diagnostics());
        }
    }

    @Test
    void insideAProofsStepsAnUnknownStepIsASemanticError() {
        ResolvedSpec r = resolve("""
                THEOREM T == TRUE
                <1>1. TRUE BY <2>1
                <1>2. QED
                """);
        assertFalse(r.parsed().hasErrors());
        assertEquals(List.of(DiagnosticCode.LS201_UNKNOWN_NAME), errors(r).stream().map(Diagnostic::code).toList());
        ResolvedSpec plus = resolve("THEOREM T == TRUE\n<1>1. TRUE\n<1>2. QED BY <+>1\n");
        assertEquals(List.of(DiagnosticCode.LS107_PROOF_STEP_LEVEL), errors(plus).stream().map(Diagnostic::code).toList());
    }

    @Test
    void aDeclaredOperatorTakesExpressionsNotOperators() {
        assertEquals(List.of(DiagnosticCode.LS203_ARITY_MISMATCH),
                errors(resolve("CONSTANT P(_)\nG(x) == x\nA == P(G)\n")).stream().map(Diagnostic::code).toList());
        assertEquals(List.of(DiagnosticCode.LS203_ARITY_MISMATCH),
                errors(resolve("CONSTANT P(_)\nTHEOREM ASSUME NEW n(_) PROVE P(n)\n")).stream().map(Diagnostic::code).toList());
        assertEquals(List.of(DiagnosticCode.LS203_ARITY_MISMATCH),
                errors(resolve("G(x) == x\nH(Op(_)) == Op(G)\n")).stream().map(Diagnostic::code).toList());
        assertFalse(resolve("CONSTANT P(_), S\nA == P(S)\nH(Op(_), x) == Op(x)\n").hasErrors());
    }

    @Test
    void aNewSymbolDeclaredAgainWithAnotherKindIsAnError() {
        for (String twice : List.of("NEW a, ACTION a", "NEW VARIABLE a, NEW a", "STATE a, TEMPORAL a", "NEW a(_), NEW a")) {
            ResolvedSpec r = resolve("THEOREM ASSUME " + twice + " PROVE TRUE\n");
            assertEquals(List.of(DiagnosticCode.LS202_DUPLICATE_DEFINITION), errors(r).stream().map(Diagnostic::code).toList(), twice);
        }
        for (String same : List.of("NEW a, NEW a", "CONSTANT a, NEW CONSTANT a", "NEW TEMPORAL a, TEMPORAL a")) {
            ResolvedSpec r = resolve("THEOREM ASSUME " + same + " PROVE TRUE\n");
            assertFalse(r.hasErrors(), same);
            assertEquals(List.of(DiagnosticCode.LS210_MULTIPLE_DEFINITIONS), r.diagnostics().stream()
                    .filter(d -> d.severity() == Severity.WARNING).map(Diagnostic::code).toList(), same);
        }
    }

    @Test
    void proofBeforeAnImplicitStepStartsThePreviousStepsProof() {
        assertFalse(resolve("""
                CONSTANT S
                THEOREM TRUE
                <1>1. TRUE
                  PROOF
                  <*> S = S
                    OBVIOUS
                  <2>b. QED
                <1>2. QED
                """).hasErrors());
    }

    @Test
    void proofAfterAStepsTerminalProofIsASyntaxErrorAtProof() {
        ResolvedSpec r = resolve("THEOREM U == TRUE\n<1>1. TRUE OBVIOUS\nPROOF\n<1>2. QED\n");
        Diagnostic first = errors(r).get(0);
        assertEquals(DiagnosticCode.LS102_SYNTAX_ERROR, first.code());
        assertEquals(4, line(first));
    }

    @Test
    void syntaxErrorsStandWhereSanysLookaheadDecided() {
        // OBVIOUS then BY opens a proof read as PROOF BY: SANY fails at OBVIOUS, not at BY
        assertEquals(5, line(errors(resolve("CONSTANT S\nTHEOREM T == TRUE\n<1>1. TRUE\n  OBVIOUS\n  BY T\n<1>2. QED\n")).get(0)));
        assertEquals(6, line(errors(resolve("CONSTANT S\nTHEOREM T == TRUE\n<1>1. TRUE\n  PROOF OBVIOUS\n  BY T\n<1>2. QED\n")).get(0)));
        // NEW CONSTANT is taken, then a name is missing; a lone CONSTANT fails as a whole
        assertEquals(3, line(errors(resolve("THEOREM ASSUME TRUE, NEW CONSTANT\n        PROVE TRUE\n")).get(0)));
        assertEquals(2, line(errors(resolve("THEOREM ASSUME TRUE, CONSTANT\n        PROVE TRUE\n")).get(0)));
        // a theorem's ASSUME/PROVE is chosen on its first three tokens
        assertEquals(3, line(errors(resolve("CONSTANT S\nTHEOREM L == ASSUME TRUE\nBY S\n")).get(0)));
        assertEquals(4, line(errors(resolve("CONSTANT S\nTHEOREM ASSUME S = S\nBY S\n")).get(0)));
    }

    @Test
    void aPicksNamesHoldInItsFormulaAndTheStepsAfterItNotInItsProof() {
        ResolvedSpec r = resolve("""
                CONSTANT S
                THEOREM U == TRUE
                <1>1. PICK x \\in S : x = x
                  BY x = x
                <1>2. x = x
                <1>3. QED
                """);
        List<Diagnostic> errors = errors(r);
        assertEquals(List.of(DiagnosticCode.LS201_UNKNOWN_NAME, DiagnosticCode.LS201_UNKNOWN_NAME),
                errors.stream().map(Diagnostic::code).toList());
        assertTrue(errors.stream().allMatch(d -> line(d) == 5), errors.toString());
    }

    @Test
    void newSymbolsKeepTheirLevelsInTheProof() {
        assertEquals(List.of(DiagnosticCode.LS205_LEVEL_ARGUMENT), errors(resolve("""
                CONSTANT S
                THEOREM U == ASSUME NEW TEMPORAL z PROVE TRUE
                <1>1. z = S
                <1>2. QED
                """)).stream().map(Diagnostic::code).toList());
        assertEquals(List.of(DiagnosticCode.LS205_LEVEL_ARGUMENT), errors(resolve("""
                CONSTANT S
                THEOREM U == TRUE
                <1>1. SUFFICES ASSUME NEW TEMPORAL z PROVE TRUE
                <1>2. z = S
                <1>3. QED
                """)).stream().map(Diagnostic::code).toList());
        assertFalse(resolve("CONSTANT S\nTHEOREM U == ASSUME NEW VARIABLE x PROVE TRUE\n<1>1. x' = x\n<1>2. QED\n").hasErrors());
    }

    @Test
    void theNameOfAnAssumeProveIsAFactNotAFormula() {
        assertEquals(List.of(DiagnosticCode.LS108_UNSUPPORTED_EXPRESSION),
                errors(resolve("THEOREM T == ASSUME NEW x PROVE x = x\nA == T\n")).stream().map(Diagnostic::code).toList());
        assertEquals(List.of(DiagnosticCode.LS108_UNSUPPORTED_EXPRESSION), errors(resolve(
                "THEOREM U == TRUE\n<1>1. ASSUME NEW x PROVE x = x\n<1>2. <1>1\n<1>3. QED\n")).stream().map(Diagnostic::code).toList());
        assertFalse(resolve("THEOREM T == ASSUME NEW x PROVE x = x\nTHEOREM U == TRUE\nBY T\n").hasErrors());
        assertFalse(resolve("CONSTANT S\nTHEOREM T == S = S\nA == T\n").hasErrors());
    }
}
