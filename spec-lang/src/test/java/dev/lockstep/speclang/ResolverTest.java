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
}
