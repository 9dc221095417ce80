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
 * macro calls name a macro; a variable is assigned at most once in a step (section 3.7.3; several
 * indices of one variable in a single {@code ||} assignment are fine). An algorithm without any
 * label is labelled by the translator itself, so the labelling rules apply only when it has some.
 */
final class PlusCalChecks {
    private final List<Diagnostic> out = new ArrayList<>();
    private final Set<String> procedures = new HashSet<>();
    private final Set<String> macros = new HashSet<>();
    private final Map<String, Stmt.Labeled> labels = new HashMap<>();
    private final List<Stmt.Goto> gotos = new ArrayList<>();

    private PlusCalChecks() {
    }

    private boolean labelsRequired = true;

    static List<Diagnostic> check(Algorithm a) {
        PlusCalChecks c = new PlusCalChecks();
        c.labelsRequired = hasLabels(a);
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

    private static boolean hasLabels(Algorithm a) {
        List<Stmt> all = new ArrayList<>(a.body());
        a.processes().forEach(p -> all.addAll(p.body()));
        a.procedures().forEach(p -> all.addAll(p.body()));
        return all.stream().anyMatch(PlusCalChecks::containsLabel);
    }

    private static boolean containsLabel(Stmt s) {
        if (s instanceof Stmt.Labeled) {
            return true;
        }
        if (s instanceof Stmt.If i) {
            return i.then().stream().anyMatch(PlusCalChecks::containsLabel) || i.otherwise().stream().anyMatch(PlusCalChecks::containsLabel);
        }
        if (s instanceof Stmt.While w) {
            return w.body().stream().anyMatch(PlusCalChecks::containsLabel);
        }
        if (s instanceof Stmt.Either e) {
            return e.branches().stream().flatMap(List::stream).anyMatch(PlusCalChecks::containsLabel);
        }
        if (s instanceof Stmt.With w) {
            return w.body().stream().anyMatch(PlusCalChecks::containsLabel);
        }
        return false;
    }

    /** Variables assigned so far in the current step, along the current path. */
    private Set<String> assigned(List<Stmt> stmts, Set<String> before) {
        Set<String> current = new HashSet<>(before);
        for (Stmt s : stmts) {
            current = assigned(s, current);
        }
        return current;
    }

    private Set<String> assigned(Stmt s, Set<String> before) {
        if (s instanceof Stmt.Labeled l) {
            return assigned(l.stmt(), new HashSet<>());
        }
        if (s instanceof Stmt.Assign a) {
            Set<String> here = new HashSet<>();
            for (Stmt.Assignment as : a.assignments()) {
                String v = as.variable().text();
                if (before.contains(v)) {
                    out.add(Diagnostic.error(DiagnosticCode.LS307_PLUSCAL_MULTIPLE_ASSIGNMENT, as.variable().range(),
                            "'" + v + "' is assigned twice in one step: add a label before this statement"));
                }
                here.add(v);
            }
            Set<String> after = new HashSet<>(before);
            after.addAll(here);
            return after;
        }
        if (s instanceof Stmt.If i) {
            Set<String> after = assigned(i.then(), before);
            after.addAll(assigned(i.otherwise(), before));
            return after;
        }
        if (s instanceof Stmt.Either e) {
            Set<String> after = new HashSet<>(before);
            e.branches().forEach(b -> after.addAll(assigned(b, before)));
            return after;
        }
        if (s instanceof Stmt.With w) {
            return assigned(w.body(), before);
        }
        if (s instanceof Stmt.While w) {
            assigned(w.body(), before);
            return new HashSet<>();
        }
        if (s instanceof Stmt.Call c && !c.macro() || s instanceof Stmt.Goto
                || s instanceof Stmt.Keyword k && k.kind() == Stmt.KeywordKind.RETURN) {
            return new HashSet<>();
        }
        return before;
    }

    private void body(List<Stmt> stmts, boolean firstNeedsLabel, boolean inProcedure, boolean inMacro) {
        if (!inMacro) {
            assigned(stmts, new HashSet<>());
        }
        if (!labelsRequired) {
            firstNeedsLabel = false;
        }
        if (firstNeedsLabel && !stmts.isEmpty() && !(stmts.get(0) instanceof Stmt.Labeled)) {
            out.add(Diagnostic.error(DiagnosticCode.LS304_PLUSCAL_MISSING_LABEL, stmts.get(0).range(),
                    "the first statement of a process, procedure or algorithm body must be labelled"));
        }
        sequence(stmts, inProcedure, inMacro);
    }

    private void sequence(List<Stmt> stmts, boolean inProcedure, boolean inMacro) {
        boolean needLabel = false;
        for (Stmt s : stmts) {
            if (needLabel && labelsRequired && !(s instanceof Stmt.Labeled)) {
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
            if (!labelled && labelsRequired) {
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
