package dev.lockstep.speclang;

import dev.lockstep.speclang.ast.Algorithm;
import dev.lockstep.speclang.ast.Stmt;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The structural rules the PlusCal translator enforces before translating (the PlusCal manual,
 * section 3.7, "Labeling rules"): the first statement of a process, procedure and uniprocess body
 * is labelled; a while statement is labelled; a statement after a call, return or goto is labelled;
 * labels are unique; goto names a label; call names a procedure; return only in a procedure;
 * macro calls name a macro.
 */
final class PlusCalChecks {
    private final List<Diagnostic> out = new ArrayList<>();
    private final Set<String> procedures = new HashSet<>();
    private final Set<String> macros = new HashSet<>();
    private final Map<String, Stmt.Labeled> labels = new HashMap<>();
    private final List<Stmt.Goto> gotos = new ArrayList<>();

    private PlusCalChecks() {
    }

    static List<Diagnostic> check(Algorithm a) {
        PlusCalChecks c = new PlusCalChecks();
        a.procedures().forEach(p -> c.procedures.add(p.name().text()));
        a.macros().forEach(m -> c.macros.add(m.name().text()));
        for (Algorithm.Macro m : a.macros()) {
            c.body(m.body(), false, false, true);
        }
        for (Algorithm.Procedure p : a.procedures()) {
            c.body(p.body(), true, true, false);
        }
        for (Algorithm.Process p : a.processes()) {
            c.body(p.body(), true, false, false);
        }
        if (!a.body().isEmpty()) {
            c.body(a.body(), true, false, false);
        }
        for (Stmt.Goto g : c.gotos) {
            if (!c.labels.containsKey(g.label().text()) && !g.label().text().equals("Done")) {
                c.out.add(Diagnostic.error(DiagnosticCode.LS305_PLUSCAL_LABEL, g.label().range(),
                        "goto names unknown label '" + g.label().text() + "'"));
            }
        }
        return c.out;
    }

    private void body(List<Stmt> stmts, boolean firstNeedsLabel, boolean inProcedure, boolean inMacro) {
        if (firstNeedsLabel && !stmts.isEmpty() && !(stmts.get(0) instanceof Stmt.Labeled)) {
            out.add(Diagnostic.error(DiagnosticCode.LS304_PLUSCAL_MISSING_LABEL, stmts.get(0).range(),
                    "the first statement of a process, procedure or algorithm body must be labelled"));
        }
        sequence(stmts, inProcedure, inMacro);
    }

    private void sequence(List<Stmt> stmts, boolean inProcedure, boolean inMacro) {
        boolean needLabel = false;
        for (Stmt s : stmts) {
            if (needLabel && !(s instanceof Stmt.Labeled)) {
                out.add(Diagnostic.error(DiagnosticCode.LS304_PLUSCAL_MISSING_LABEL, s.range(),
                        "a statement after a call, return or goto must be labelled"));
            }
            needLabel = statement(s, false, inProcedure, inMacro);
        }
    }

    /** Checks one statement; returns whether the next statement in sequence needs a label. */
    private boolean statement(Stmt s, boolean labelled, boolean inProcedure, boolean inMacro) {
        if (s instanceof Stmt.Labeled l) {
            Stmt.Labeled prev = labels.putIfAbsent(l.label().text(), l);
            if (prev != null) {
                out.add(new Diagnostic(DiagnosticCode.LS305_PLUSCAL_LABEL, dev.lockstep.speclang.diag.Severity.ERROR,
                        l.label().range(), "label '" + l.label().text() + "' is defined twice",
                        List.of(new Diagnostic.Related(prev.label().range(), "first defined here"))));
            }
            if (inMacro) {
                out.add(Diagnostic.error(DiagnosticCode.LS304_PLUSCAL_MISSING_LABEL, l.label().range(),
                        "a macro body cannot contain labels"));
            }
            return statement(l.stmt(), true, inProcedure, inMacro);
        }
        if (s instanceof Stmt.While w) {
            if (!labelled) {
                out.add(Diagnostic.error(DiagnosticCode.LS304_PLUSCAL_MISSING_LABEL, w.range(),
                        "a while statement must be labelled"));
            }
            sequence(w.body(), inProcedure, inMacro);
            return false;
        }
        if (s instanceof Stmt.If i) {
            sequence(i.then(), inProcedure, inMacro);
            sequence(i.otherwise(), inProcedure, inMacro);
            return false;
        }
        if (s instanceof Stmt.Either e) {
            e.branches().forEach(b -> sequence(b, inProcedure, inMacro));
            return false;
        }
        if (s instanceof Stmt.With w) {
            sequence(w.body(), inProcedure, inMacro);
            return false;
        }
        if (s instanceof Stmt.Call c) {
            if (c.macro() && !macros.contains(c.target().text())) {
                out.add(Diagnostic.error(DiagnosticCode.LS306_PLUSCAL_CALL, c.target().range(),
                        "unknown macro '" + c.target().text() + "'"));
            } else if (!c.macro() && !procedures.contains(c.target().text())) {
                out.add(Diagnostic.error(DiagnosticCode.LS306_PLUSCAL_CALL, c.target().range(),
                        "call of unknown procedure '" + c.target().text() + "'"));
            }
            return !c.macro();
        }
        if (s instanceof Stmt.Keyword k) {
            if (k.kind() == Stmt.KeywordKind.RETURN) {
                if (!inProcedure && !inMacro) {
                    out.add(Diagnostic.error(DiagnosticCode.LS306_PLUSCAL_CALL, k.range(),
                            "return outside a procedure"));
                }
                return true;
            }
            return false;
        }
        if (s instanceof Stmt.Goto g) {
            gotos.add(g);
            return true;
        }
        return false;
    }
}
