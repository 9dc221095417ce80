package dev.lockstep.speclang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.SourcePosition;
import dev.lockstep.speclang.resolve.ModuleLoader;
import dev.lockstep.speclang.resolve.ResolvedSpec;
import dev.lockstep.speclang.resolve.Resolver;
import dev.lockstep.speclang.resolve.Symbol;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResolverTest {

    private static ResolvedSpec resolve(String text) {
        return Resolver.resolve(SpecParser.parse(text, Path.of("M.tla")), ModuleLoader.none());
    }

    @Test
    void usesLinkToDefinitions() {
        ResolvedSpec r = resolve("""
                ---- MODULE M ----
                EXTENDS Naturals
                CONSTANT N
                VARIABLE x
                Inc(k) == k + 1
                Next == x' = Inc(N)
                ====
                """);
        assertFalse(r.hasErrors(), r.allDiagnostics().toString());
        // "Inc" in Next (line 5, col 13) goes to the definition on line 4
        Symbol inc = r.symbolAt(new SourcePosition(5, 13)).orElseThrow();
        assertEquals("Inc", inc.name());
        assertEquals(Symbol.Kind.OPERATOR, inc.kind());
        assertEquals(1, inc.arity());
        assertEquals(4, inc.definition().start().line());
        Symbol n = r.symbolAt(new SourcePosition(5, 17)).orElseThrow();
        assertEquals(Symbol.Kind.CONSTANT, n.kind());
        Symbol k = r.symbolAt(new SourcePosition(4, 10)).orElseThrow();
        assertEquals(Symbol.Kind.PARAMETER, k.kind());
    }

    @Test
    void standardOperatorsNeedTheirModule() {
        List<DiagnosticCode> codes = resolve("---- MODULE M ----\nA == 1 + 2\nB == Len(<<>>)\n====\n").diagnostics()
                .stream().map(Diagnostic::code).toList();
        assertEquals(List.of(DiagnosticCode.LS201_UNKNOWN_NAME, DiagnosticCode.LS201_UNKNOWN_NAME), codes);
        assertFalse(resolve("---- MODULE M ----\nEXTENDS Integers, Sequences\nA == -1 + Len(<<>>)\n====\n").hasErrors());
    }

    @Test
    void localDefinitionsOfExtendedModulesAreNotExported(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("Lib.tla"), "---- MODULE Lib ----\nPub == 1\nLOCAL Priv == 2\n====\n");
        Path main = dir.resolve("Main.tla");
        Files.writeString(main, "---- MODULE Main ----\nEXTENDS Lib\nA == Pub\nB == Priv\n====\n");
        ResolvedSpec r = Resolver.resolve(SpecParser.parse(main));
        assertEquals(1, r.diagnostics().size(), r.diagnostics().toString());
        assertTrue(r.diagnostics().get(0).message().contains("Priv"));
        Symbol pub = r.symbolAt(new SourcePosition(2, 5)).orElseThrow();
        assertEquals("Lib", pub.module());
    }

    @Test
    void brokenFilesStillLinkButReportNoNameErrors() {
        ResolvedSpec r = resolve("---- MODULE M ----\nVARIABLE x\nA == x + \nB == Unknown\n====\n");
        assertTrue(r.parsed().hasErrors());
        assertEquals(List.of(), r.diagnostics());
        assertEquals(Symbol.Kind.VARIABLE, r.symbolAt(new SourcePosition(2, 5)).orElseThrow().kind());
    }

    @Test
    void plusCalNamesResolve() {
        ResolvedSpec r = resolve("""
                ---- MODULE M ----
                EXTENDS Naturals
                (* --algorithm a
                variables x = 0;
                process (P \\in 1..2) variables y = self;
                begin l: x := y + undefinedThing;
                end process;
                end algorithm *)
                ====
                """);
        assertEquals(List.of(DiagnosticCode.LS201_UNKNOWN_NAME),
                r.diagnostics().stream().map(Diagnostic::code).toList());
        assertTrue(r.diagnostics().get(0).message().contains("undefinedThing"));
    }

    private static List<DiagnosticCode> errorCodes(String text) {
        return resolve(text).allDiagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::code).toList();
    }

    @Test
    void selectorChainsAsSanysSubexpressionAlgorithm() {
        String head = "---- MODULE M ----\n---- MODULE H ----\nCONSTANT C(_)\nF(x) == x\nG == 1\nK == lab :: 1\n====\n"
                + "I == INSTANCE H WITH C <- LAMBDA x : x\nW(x) == x\nTHEOREM T == TRUE\n";
        // I!F names an operator that takes an argument: bare, it needs one, unless passed as an operator
        assertEquals(List.of(DiagnosticCode.LS203_ARITY_MISMATCH), errorCodes(head + "Use == I!F\n====\n"));
        assertEquals(List.of(), errorCodes(head + "Ap(Op(_)) == Op(1)\nUse == Ap(I!F)\n====\n"));
        // a definition's or theorem's part is a label of its body
        assertEquals(List.of(), errorCodes(head + "Use == I!K!lab\n====\n"));
        assertEquals(List.of(DiagnosticCode.LS201_UNKNOWN_NAME), errorCodes(head + "Use == I!G!C\n====\n"));
        assertEquals(List.of(DiagnosticCode.LS201_UNKNOWN_NAME), errorCodes(head + "Use == T!C\n====\n"));
        // every definition, instance and theorem along the chain takes exactly its arguments
        assertEquals(List.of(DiagnosticCode.LS203_ARITY_MISMATCH), errorCodes(head + "Use == W!C\n====\n"));
        assertEquals(List.of(DiagnosticCode.LS203_ARITY_MISMATCH), errorCodes(head + "Use == T(1)!C\n====\n"));
        assertEquals(List.of(DiagnosticCode.LS203_ARITY_MISMATCH), errorCodes(head + "Use == I(1)!G\n====\n"));
        // only a name starts a chain
        assertEquals(List.of(DiagnosticCode.LS102_SYNTAX_ERROR), errorCodes(head + "Use == (G)!C\n====\n"));
    }

    @Test
    void substitutionTargetsAsSanyChecksThem() {
        String head = "---- MODULE M ----\n---- MODULE H ----\nCONSTANT C(_), D\n====\n"
                + "---- MODULE U ----\nCONSTANT Foo(_)\nG == Foo(1)\n====\n";
        assertEquals(List.of(DiagnosticCode.LS202_DUPLICATE_DEFINITION),
                errorCodes(head + "I == INSTANCE H WITH C <- LAMBDA x : x, C <- LAMBDA y : y, D <- 1\n====\n"));
        // an operator symbol for a constant that takes none; '-' at a line's end is the symbol, not a prefix minus
        assertEquals(List.of(DiagnosticCode.LS203_ARITY_MISMATCH),
                errorCodes(head + "I == INSTANCE H WITH C <- LAMBDA x : x, D <- \\cup\n====\n"));
        assertEquals(List.of(DiagnosticCode.LS201_UNKNOWN_NAME), // no Naturals: no '-' (SANY: "Could not find ... '-'")
                errorCodes(head + "I == INSTANCE H WITH D <- 1, C <- -\nUse == 1\n====\n"));
        // the symbol in scope with a constant's name is checked, substituted or not
        assertEquals(List.of(DiagnosticCode.LS203_ARITY_MISMATCH),
                errorCodes(head + "D(x) == x\nI == INSTANCE H WITH C <- LAMBDA x : x, D <- 1\n====\n"));
        // an expression in scope for an operator constant: SANY fails only after its semantic pass, and only
        // where the module applies the constant
        assertEquals(List.of(DiagnosticCode.LS203_ARITY_MISMATCH), errorCodes(head + "Foo == 1\nI == INSTANCE U\n====\n"));
        assertEquals(List.of(DiagnosticCode.LS201_UNKNOWN_NAME),
                errorCodes(head + "Foo == 1\nI == INSTANCE U\nB == Undefined\n====\n"));
        assertEquals(List.of(), errorCodes(head + "C == 1\nD == 2\nI == INSTANCE H\n====\n"));
    }

    @Test
    void builtInNamesAppliedAreArityErrors() {
        assertEquals(List.of(DiagnosticCode.LS203_ARITY_MISMATCH), errorCodes("---- MODULE M ----\nA == {TRUE(1)}\n====\n"));
    }

    @Test
    void everyCSyntaxBlockNeedsAStatement() {
        String alg = "---- MODULE M ----\n(* --algorithm A {\nvariables x = 0;\n{\n  L0: either { skip; } or {\n  };\n}\n} *)\n====\n";
        ResolvedSpec r = resolve(alg);
        assertEquals(List.of(DiagnosticCode.LS303_PLUSCAL_SYNTAX), r.allDiagnostics().stream().filter(Diagnostic::isError)
                .map(Diagnostic::code).toList());
        assertEquals(5, r.allDiagnostics().get(0).range().start().line() + 1); // the empty block's opening brace
    }
}
