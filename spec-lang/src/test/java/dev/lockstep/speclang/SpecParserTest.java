package dev.lockstep.speclang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.speclang.ast.AstDump;
import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.ast.Module;
import dev.lockstep.speclang.ast.Operator;
import dev.lockstep.speclang.ast.Unit;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecParserTest {

    private static ParseResult parse(String body) {
        return SpecParser.parse("---- MODULE M ----\n" + body + "\n====\n", Path.of("M.tla"));
    }

    private static Expr def(String body, String name) {
        ParseResult r = parse(body);
        assertFalse(r.hasErrors(), () -> r.diagnostics().toString());
        return r.module().orElseThrow().units().stream()
                .filter(u -> u instanceof Unit.OperatorDef d && d.name().text().equals(name))
                .map(u -> ((Unit.OperatorDef) u).body()).findFirst().orElseThrow();
    }

    private static List<DiagnosticCode> codes(ParseResult r) {
        return r.diagnostics().stream().map(Diagnostic::code).toList();
    }

    @Test
    void higherPrecedenceBindsTighter() {
        Expr e = def("A == 1 + 2 * 3 = 7 /\\ TRUE", "A");
        Expr.OpApp and = assertInstanceOf(Expr.OpApp.class, e);
        assertEquals(Operator.AND, and.op());
        Expr.OpApp eq = assertInstanceOf(Expr.OpApp.class, and.args().get(0));
        assertEquals(Operator.EQ, eq.op());
        Expr.OpApp plus = assertInstanceOf(Expr.OpApp.class, eq.args().get(0));
        assertEquals(Operator.PLUS, plus.op());
        assertEquals(Operator.TIMES, ((Expr.OpApp) plus.args().get(1)).op());
    }

    @Test
    void prefixOperatorsTakeTheirRange() {
        // ~ (4-4) is looser than = (5-5); unary minus (12) is tighter than + (10)
        assertEquals("(OpApp op=NOT args=[(OpApp op=EQ args=[(NameExpr name=a args=[]) (NameExpr name=b args=[])])])",
                AstDump.dumpLine(def("a == 1\nb == 2\nA == ~ a = b", "A")));
        assertEquals("(OpApp op=PLUS args=[(OpApp op=NEGATE args=[(NameExpr name=a args=[])]) (NameExpr name=b args=[])])",
                AstDump.dumpLine(def("a == 1\nb == 2\nA == -a + b", "A")));
    }

    @Test
    void leftAssociativeOperatorsChain() {
        Expr e = def("A == 1 - 2 - 3", "A");
        assertEquals("(OpApp op=MINUS args=[(OpApp op=MINUS args=[(Literal kind=NUMBER text=\"1\") "
                + "(Literal kind=NUMBER text=\"2\")]) (Literal kind=NUMBER text=\"3\")])", AstDump.dumpLine(e));
    }

    @Test
    void cartesianProductIsNary() {
        Expr.OpApp e = (Expr.OpApp) def("A == {1} \\X {2} \\X {3}", "A");
        assertEquals(Operator.CARTESIAN, e.op());
        assertEquals(3, e.args().size());
        Expr.OpApp nested = (Expr.OpApp) def("A == ({1} \\X {2}) \\X {3}", "A");
        assertEquals(2, nested.args().size());
    }

    @Test
    void overlappingPrecedenceIsAConflict() {
        assertEquals(List.of(DiagnosticCode.LS103_PRECEDENCE_CONFLICT), codes(parse("A == 1 < 2 < 3")));
        assertEquals(List.of(DiagnosticCode.LS103_PRECEDENCE_CONFLICT), codes(parse("A == 1 - 2 % 3")));
        assertEquals(List.of(DiagnosticCode.LS103_PRECEDENCE_CONFLICT), codes(parse("A == TRUE /\\ FALSE \\/ TRUE")));
        assertEquals(List.of(), codes(parse("A == (1 < 2) = TRUE")));
    }

    @Test
    void junctionListsFollowColumns() {
        Expr e = def("""
                A == /\\ TRUE
                     /\\ \\/ FALSE
                        \\/ TRUE
                     /\\ TRUE
                """, "A");
        Expr.Junction j = assertInstanceOf(Expr.Junction.class, e);
        assertEquals(3, j.items().size());
        Expr.Junction inner = assertInstanceOf(Expr.Junction.class, j.items().get(1));
        assertEquals(Expr.JunctionKind.OR, inner.kind());
        assertEquals(2, inner.items().size());
    }

    @Test
    void tabsCountAsEightColumns() {
        // "\t/\\" is at column 8, the same as the first bullet
        Expr e = def("A ==    /\\ TRUE\n\t/\\ FALSE", "A");
        assertEquals(2, assertInstanceOf(Expr.Junction.class, e).items().size());
    }

    @Test
    void bulletLeftOfTheListEndsIt() {
        ParseResult r = parse("A == /\\ TRUE\n   /\\ FALSE");
        // the second bullet is left of the first: it ends the list and is an infix /\
        Expr body = ((Unit.OperatorDef) r.module().orElseThrow().units().get(0)).body();
        assertEquals(Operator.AND, assertInstanceOf(Expr.OpApp.class, body).op());
    }

    @Test
    void textOutsideModulesIsIgnoredAndRangesAreZeroBased() {
        ParseResult r = SpecParser.parse("junk (* \" \n---- MODULE M ----\nVARIABLE x\n==== more junk \"", Path.of("M.tla"));
        assertFalse(r.hasErrors(), r.diagnostics().toString());
        Module m = r.module().orElseThrow();
        assertEquals(1, m.name().range().start().line());
        assertEquals(12, m.name().range().start().column());
        Unit.Variables v = (Unit.Variables) m.units().get(0);
        assertEquals(2, v.names().get(0).range().start().line());
        assertEquals(9, v.names().get(0).range().start().column());
    }

    @Test
    void noModuleIsADiagnostic() {
        ParseResult r = SpecParser.parse("just text", null);
        assertEquals(List.of(DiagnosticCode.LS104_NO_MODULE), codes(r));
    }

    @Test
    void moduleNameMustMatchFileName() {
        ParseResult r = SpecParser.parse("---- MODULE Other ----\n====\n", Path.of("dir/M.tla"));
        assertEquals(List.of(DiagnosticCode.LS105_MODULE_NAME_MISMATCH), codes(r));
    }

    @Test
    void errorRecoveryReportsSeveralErrorsAndKeepsGoodDefinitions() {
        ParseResult r = parse("A == 1 +\nB == 2\nC == (3\nD == 4");
        assertTrue(codes(r).stream().filter(c -> c == DiagnosticCode.LS102_SYNTAX_ERROR).count() >= 2, r.diagnostics().toString());
        List<String> names = r.module().orElseThrow().units().stream()
                .filter(u -> u instanceof Unit.OperatorDef).map(u -> ((Unit.OperatorDef) u).name().text()).toList();
        assertTrue(names.contains("D"), names.toString());
    }

    @Test
    void unknownCharacterIsLexical() {
        assertTrue(codes(parse("A == 1 ` 2")).contains(DiagnosticCode.LS101_LEXICAL_ERROR));
    }

    @Test
    void plusCalLabelRules() {
        ParseResult r = SpecParser.parse("""
                ---- MODULE M ----
                (* --algorithm a
                variables x = 0;
                begin
                  x := 1;
                  l1: while x < 3 do x := x + 1; end while;
                  goto nowhere;
                end algorithm *)
                ====
                """, Path.of("M.tla"));
        assertEquals(List.of(DiagnosticCode.LS304_PLUSCAL_MISSING_LABEL, DiagnosticCode.LS305_PLUSCAL_LABEL), codes(r));
        assertEquals(4, r.diagnostics().get(0).range().start().line());
    }

    @Test
    void plusCalSyntaxErrorIsLS303() {
        ParseResult r = SpecParser.parse("---- MODULE M ----\n(* --algorithm a begin l: x := ; end algorithm *)\n====\n",
                Path.of("M.tla"));
        assertEquals(DiagnosticCode.LS303_PLUSCAL_SYNTAX, codes(r).get(0));
        assertEquals(1, r.diagnostics().get(0).range().start().line());
    }

    @Test
    void uncalledMacroExpressionsAreNotParsed() {
        // pcal.trans reads an assignment's sides as raw tokens and drops a macro no statement calls
        ParseResult c = SpecParser.parse("""
                ---- MODULE M ----
                (* --algorithm a {
                variables x = 0;
                macro m(p) { x := p p; }
                { l: x := 1; }
                } *)
                ====
                """, Path.of("M.tla"));
        assertFalse(c.hasErrors(), c.diagnostics().toString());
        assertEquals(List.of(DiagnosticCode.LS303_PLUSCAL_SYNTAX), codes(c));
        assertEquals(3, c.diagnostics().get(0).range().start().line());
        assertEquals(dev.lockstep.speclang.diag.Severity.INFO, c.diagnostics().get(0).severity());
        // await(2) is an await statement, not a call; "begin gv" is the assignment's left side
        ParseResult p = SpecParser.parse("""
                ---- MODULE M ----
                (* --algorithm a
                variables gv = 0;
                macro await(mp) begin begin gv := mp; end macro;
                begin
                  l: await(2);
                end algorithm *)
                ====
                """, Path.of("M.tla"));
        assertFalse(p.hasErrors(), p.diagnostics().toString());
        // called, the macro's body is an error as before
        ParseResult called = SpecParser.parse("""
                ---- MODULE M ----
                (* --algorithm a {
                variables x = 0;
                macro m(p) { x := p p; }
                { l: m(1); }
                } *)
                ====
                """, Path.of("M.tla"));
        assertTrue(called.hasErrors());
        assertEquals(DiagnosticCode.LS303_PLUSCAL_SYNTAX, codes(called).get(0));
        // what pcal.trans rejects itself stays an error in an uncalled macro: a missing ';' between two assignments
        ParseResult missing = SpecParser.parse("""
                ---- MODULE M ----
                (* --algorithm a
                variables x = 0;
                macro m(p) begin x := p y := p; end macro;
                begin
                  l: x := 1;
                end algorithm *)
                ====
                """, Path.of("M.tla"));
        assertTrue(missing.hasErrors());
    }

    @Test
    void unreadableInputIsADiagnostic(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path binary = dir.resolve("Bin.tla");
        java.nio.file.Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
        assertEquals(List.of(DiagnosticCode.LS002_FILE_UNREADABLE), codes(SpecParser.parse(binary)));
        assertEquals(List.of(DiagnosticCode.LS002_FILE_UNREADABLE), codes(SpecParser.parse(dir)));
        assertEquals(List.of(DiagnosticCode.LS001_FILE_NOT_FOUND), codes(SpecParser.parse(dir.resolve("None.tla"))));
        assertEquals(List.of(DiagnosticCode.LS104_NO_MODULE), codes(SpecParser.parse("", null)));
    }

    @Test
    void parseExpression() {
        SpecParser.ExpressionResult r = SpecParser.parseExpression("x' = x + 1");
        assertFalse(r.hasErrors());
        assertEquals(Operator.EQ, ((Expr.OpApp) r.expr()).op());
    }

    @Test
    void algorithmSearchMatchesTheRegularExpression() {
        java.util.regex.Pattern regex = java.util.regex.Pattern.compile("--(fair\\s+)?algorithm\\b");
        for (String s : List.of("(* --algorithm A", "(*--fair algorithm A", "--fair \t\n algorithm", "--algorithms",
                "--algorithm_x", "--algorithm\u00e9", "--fairalgorithm", "-- algorithm", "----algorithm x",
                "fair algorithm --algorithm", "--fair--algorithm", "algorithm", "--fair  algorithm1 --algorithm;",
                "x --algorithm", "--algorithm")) {
            java.util.regex.Matcher m = regex.matcher(s);
            int from = 0;
            while (true) {
                int expected = m.find() ? m.start() : -1;
                int actual = SpecParser.findAlgorithm(s, from);
                assertEquals(expected, actual, s);
                if (expected < 0) {
                    break;
                }
                from = m.end();
            }
        }
    }

    @Test
    void junctionColumnsCountCodePointsNotUtf16Units() {
        // U+1D538 is one code point (one column, as in SANY) but two UTF-16 units; the second line's
        // bullet is at the first one's column only when columns count code points
        Expr e = def("A == /\\ x = \"\uD835\uDD38\"\n     /\\ y = 2", "A");
        Expr.Junction j = assertInstanceOf(Expr.Junction.class, e);
        assertEquals(2, j.items().size(), AstDump.dump(e));
        // with tabs (to column 8)
        Expr f = def("B ==\n\t/\\ x = \"\uD835\uDD38\uD835\uDD38\"\n\t/\\ y = 2", "B");
        assertEquals(2, assertInstanceOf(Expr.Junction.class, f).items().size(), AstDump.dump(f));
    }
}
