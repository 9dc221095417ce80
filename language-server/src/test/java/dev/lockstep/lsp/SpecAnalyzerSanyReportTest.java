package dev.lockstep.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.bridge.Tla2Tools;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SANY's in-process report, read by check's reader ({@code SanyOutput}): the editor's codes,
 * messages and ranges for each kind of error SANY prints.
 */
class SpecAnalyzerSanyReportTest {
    @TempDir
    Path work;
    @TempDir
    Path dir;

    private SpecAnalyzer analyzer;

    @BeforeEach
    void setUp() throws Exception {
        analyzer = new SpecAnalyzer(work, StandardModules.extract(Tla2Tools.fromClasspath(), work.resolve("std")));
    }

    private List<Diagnostic> sany(String module, String text) {
        Path file = dir.resolve(module + ".tla");
        return analyzer.check(file, text, Map.of()).diagnosticsOf(file.toAbsolutePath().normalize());
    }

    @Test
    void aParseErrorSpansTheTokenSanyEncountered() {
        List<Diagnostic> d = sany("P", "---- MODULE P ----\nEXTENDS Naturals\nx == 1 +\n====\n");
        assertEquals(1, d.size(), d.toString());
        assertEquals(DiagnosticCode.LS401_SANY_PARSE, d.get(0).code());
        assertTrue(d.get(0).message().startsWith("syntax error: unexpected '===='"), d.get(0).message());
        assertEquals(3, d.get(0).range().start().line());
        assertEquals(0, d.get(0).range().start().column());
        assertEquals(4, d.get(0).range().end().column());
    }

    @Test
    void aLexicalErrorIsSanysParseError() {
        List<Diagnostic> d = sany("L", "---- MODULE L ----\nx == \"abc\n====\n");
        assertEquals(1, d.size(), d.toString());
        assertEquals(DiagnosticCode.LS401_SANY_PARSE, d.get(0).code());
        assertTrue(d.get(0).message().startsWith("lexical error: "), d.get(0).message());
        assertEquals(1, d.get(0).range().start().line());
        assertEquals(9, d.get(0).range().start().column());
    }

    @Test
    void aMissingModuleIsReportedAtItsNameInTheExtends() {
        List<Diagnostic> d = sany("M", "---- MODULE M ----\nEXTENDS Naturals, Nowhere\nx == 1\n====\n");
        assertEquals(1, d.size(), d.toString());
        assertEquals(DiagnosticCode.LS001_FILE_NOT_FOUND, d.get(0).code());
        assertTrue(d.get(0).message().startsWith("cannot find module Nowhere "), d.get(0).message());
        assertEquals(1, d.get(0).range().start().line());
        assertEquals(18, d.get(0).range().start().column());
        assertEquals(25, d.get(0).range().end().column());
    }

    @Test
    void semanticErrorsAndWarningsKeepTheirSeverityAndRange() {
        List<Diagnostic> d = sany("S", "---- MODULE S ----\nEXTENDS Naturals\nx == y + 1\nz == 1\nz == 2\n====\n");
        assertEquals(List.of(Severity.ERROR, Severity.ERROR, Severity.WARNING), d.stream().map(Diagnostic::severity).toList(), d.toString());
        assertTrue(d.stream().allMatch(x -> x.code() == DiagnosticCode.LS402_SANY_SEMANTIC), d.toString());
        assertEquals("Unknown operator: 'y'.", d.get(0).message());
        assertEquals(2, d.get(0).range().start().line());
        assertEquals(5, d.get(0).range().start().column());
        assertEquals(6, d.get(0).range().end().column());
        assertEquals(4, d.get(2).range().start().line());
        assertTrue(d.get(2).message().startsWith("Multiple declarations or definitions for symbol z. This duplicates"), d.get(2).message());
    }
}
