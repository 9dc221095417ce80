package dev.lockstep.speclang;

import dev.lockstep.speclang.ast.Algorithm;
import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.ast.Name;
import dev.lockstep.speclang.ast.Stmt;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.Severity;
import dev.lockstep.speclang.diag.SourceRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The structural rules the PlusCal translator ({@code pcal.trans}) enforces before translating (the
 * PlusCal manual, section 3.7 "Labeling rules", and the translator's own errors), each checked
 * against the translator by a corpus file:
 * <ul>
 * <li>labels (LS304): on the first statement of each process, procedure and uniprocess body; on
 * every {@code while} (also one a macro call starts with); on the statement after a {@code call}
 * (unless it is a {@code return} or {@code goto}), a {@code return} or a {@code goto}; on the
 * statement after an {@code if}, {@code either} or {@code with} that contains a label, call,
 * return or goto (directly or through a macro);</li>
 * <li>label names (LS305): unique within a process, procedure or the main body (the same label in
 * two processes is fine); a {@code goto} names a label of its own body or {@code Done}, written as
 * a name or a string ({@code goto "Done"});</li>
 * <li>label placement (LS308): no label in a macro or inside a {@code with}; {@code Done} and
 * {@code Error} are not labels;</li>
 * <li>calls (LS306): {@code call} names a procedure, a macro call a macro (inside a macro, one
 * defined before it); {@code return} only in procedures (and macros); procedures, macros and
 * processes defined once, a process not named like a procedure, calls with as many arguments as
 * parameters; a macro that returns called only in a procedure; a macro that assigns a parameter
 * called with a variable there, not a number or string;</li>
 * <li>variables (LS309): a procedure's parameters and locals and a process's locals do not reuse
 * a global variable's name or each other's; {@code pc}, {@code stack} (with procedures) and
 * {@code defaultInitValue} (when a variable has no initial value) are the translation's; a called
 * procedure is not named like a variable (LS306);</li>
 * <li>one assignment per variable and step (LS307, section 3.7.3), counting the assignments of
 * expanded macro calls and counting a {@code return} as assigning the procedure's parameters and
 * locals (in an algorithm without labels the translator adds the labels itself, so
 * only {@code x := a || x := b} remains an error); {@code x[1] := a || x[2] := b} is one multiple
 * assignment.</li>
 * </ul>
 * A uniprocess algorithm without any label is labelled by the translator itself, so the labelling
 * rules apply only when it has some or has processes.
 */
final class PlusCalChecks {
    private final List<Diagnostic> out = new ArrayList<>();
    private final Map<String, Integer> procedures = new HashMap<>();
    private final Map<String, Algorithm.Macro> macros = new LinkedHashMap<>();
    private final Set<SourceRange> reportedGotos = new HashSet<>();
    private boolean labelsRequired = true;
    /** What a macro parameter stands for when the call passes a number or string (no variable name has it). */
    private static final String NOT_A_VARIABLE = "";
    /** The parameters and locals of the procedure being checked (what its return assigns). */
    private Set<String> frame = Set.of();

    /** What the statement after a given one needs. */
    private enum After { NOTHING, LABEL, LABEL_UNLESS_GOTO_OR_RETURN }

    private PlusCalChecks() {
    }

    static List<Diagnostic> check(Algorithm a) {
        PlusCalChecks c = new PlusCalChecks();
        // the translator labels a uniprocess algorithm that has no label at all, never processes
        c.labelsRequired = hasLabels(a) || !a.processes().isEmpty();
        c.names(a);
        c.reserved(a);
        List<String> earlier = new ArrayList<>();
        for (Algorithm.Macro m : a.macros()) {
            c.macroBody(m.body(), m, Set.copyOf(earlier));
            earlier.add(m.name().text());
        }
        for (Algorithm.Procedure p : a.procedures()) {
            // return restores the procedure's parameters and locals: it assigns them in its step
            c.frame = new HashSet<>();
            p.params().forEach(v -> c.frame.add(v.name().text()));
            p.locals().forEach(v -> c.frame.add(v.name().text()));
            c.body(p.body(), true);
            c.frame = Set.of();
        }
        for (Algorithm.Process p : a.processes()) {
            c.body(p.body(), false);
        }
        if (!a.body().isEmpty()) {
            c.body(a.body(), false);
        }
        return c.out;
    }

    private void error(DiagnosticCode code, SourceRange range, String message) {
        out.add(Diagnostic.error(code, range, message));
    }

    /** Procedures, macros and processes are defined once; a process is not named like a procedure. */
    private void names(Algorithm a) {
        Map<String, Name> seen = new HashMap<>();
        for (Algorithm.Procedure p : a.procedures()) {
            if (procedures.put(p.name().text(), p.params().size()) != null) {
                error(DiagnosticCode.LS306_PLUSCAL_CALL, p.name().range(), "procedure '" + p.name().text() + "' is defined twice");
            }
        }
        for (Algorithm.Macro m : a.macros()) {
            if (macros.putIfAbsent(m.name().text(), m) != null) {
                error(DiagnosticCode.LS306_PLUSCAL_CALL, m.name().range(), "macro '" + m.name().text() + "' is defined twice");
            }
        }
        Set<String> globals = new HashSet<>();
        a.variables().forEach(v -> globals.add(v.name().text()));
        for (Algorithm.Procedure p : a.procedures()) {
            Set<String> own = new HashSet<>();
            List<Algorithm.VarDecl> vars = new ArrayList<>(p.params());
            vars.addAll(p.locals());
            for (Algorithm.VarDecl v : vars) {
                redefined(v, globals, own, "procedure");
            }
        }
        for (Algorithm.Process p : a.processes()) {
            Set<String> own = new HashSet<>();
            p.locals().forEach(v -> redefined(v, globals, own, "process"));
        }
        for (Algorithm.Process p : a.processes()) {
            if (seen.putIfAbsent(p.name().text(), p.name()) != null) {
                error(DiagnosticCode.LS306_PLUSCAL_CALL, p.name().range(), "process '" + p.name().text() + "' is defined twice");
            } else if (procedures.containsKey(p.name().text())) {
                // the translator reports it at the procedure
                a.procedures().stream().filter(q -> q.name().text().equals(p.name().text())).findFirst().ifPresent(q ->
                        error(DiagnosticCode.LS306_PLUSCAL_CALL, q.name().range(), "procedure '" + q.name().text()
                                + "' has the name of a process"));
            }
        }
    }

    /**
     * Names the translator reserves ({@code PcalSymTab}): {@code pc}, and {@code stack} when there
     * are procedures, are its variables; when some variable has no initial value,
     * {@code defaultInitValue} names none of the algorithm's variables, labels, procedures or
     * processes. The symbol table renames a procedure that shares a variable's name, and calls and
     * its returns, looked up by the written name, then find no procedure.
     */
    private void reserved(Algorithm a) {
        List<Algorithm.VarDecl> vars = new ArrayList<>(a.variables());
        a.procedures().forEach(p -> {
            vars.addAll(p.params());
            vars.addAll(p.locals());
        });
        a.processes().forEach(p -> vars.addAll(p.locals()));
        Set<String> variables = new HashSet<>(List.of("pc", "stack"));
        List<Name> named = new ArrayList<>();
        for (Algorithm.VarDecl v : vars) {
            String n = v.name().text();
            variables.add(n);
            named.add(v.name());
            if (n.equals("pc") || n.equals("stack") && !a.procedures().isEmpty()) {
                error(DiagnosticCode.LS309_PLUSCAL_VARIABLE_REDEFINED, v.name().range(), "'" + n
                        + "' is a variable of the translation" + (n.equals("pc") ? "" : " of procedures"));
            }
        }
        a.procedures().forEach(p -> named.add(p.name()));
        a.processes().forEach(p -> named.add(p.name()));
        List<Stmt> all = new ArrayList<>(a.body());
        a.processes().forEach(p -> all.addAll(p.body()));
        a.procedures().forEach(p -> all.addAll(p.body()));
        Set<String> called = new HashSet<>();
        for (Stmt s : all) {
            contains(s, x -> {
                if (x instanceof Stmt.Labeled l) {
                    named.add(l.label());
                } else if (x instanceof Stmt.Call c && !c.macro()) {
                    called.add(c.target().text());
                }
                return false;
            }, null);
        }
        if (vars.stream().anyMatch(v -> v.init() == null)) {
            named.stream().filter(n -> n.text().equals("defaultInitValue")).forEach(n -> error(
                    DiagnosticCode.LS309_PLUSCAL_VARIABLE_REDEFINED, n.range(),
                    "'defaultInitValue' is the translation's initial value of variables declared without one"));
        }
        for (Algorithm.Procedure p : a.procedures()) {
            boolean returns = p.body().stream().anyMatch(s -> contains(s, PlusCalChecks::isReturn, this));
            if ((called.contains(p.name().text()) || returns) && variables.contains(p.name().text())) {
                error(DiagnosticCode.LS306_PLUSCAL_CALL, p.name().range(), "procedure '" + p.name().text()
                        + "' has the name of a variable: the translator renames it, and its calls and returns find no procedure");
            }
        }
    }

    /** A procedure's or process's variable may not reuse a global variable's name or another of its own. */
    private void redefined(Algorithm.VarDecl v, Set<String> globals, Set<String> own, String where) {
        String n = v.name().text();
        if (globals.contains(n)) {
            error(DiagnosticCode.LS309_PLUSCAL_VARIABLE_REDEFINED, v.name().range(), where + " variable '" + n
                    + "' has the name of a global variable");
        } else if (!own.add(n)) {
            error(DiagnosticCode.LS309_PLUSCAL_VARIABLE_REDEFINED, v.name().range(), where + " variable '" + n + "' is declared twice");
        }
    }

    private static boolean hasLabels(Algorithm a) {
        List<Stmt> all = new ArrayList<>(a.body());
        a.processes().forEach(p -> all.addAll(p.body()));
        a.procedures().forEach(p -> all.addAll(p.body()));
        return all.stream().anyMatch(s -> contains(s, x -> x instanceof Stmt.Labeled, null));
    }

    /** Whether {@code s} or a statement nested in it satisfies {@code test} (through macro calls if {@code self} is given). */
    private static boolean contains(Stmt s, java.util.function.Predicate<Stmt> test, PlusCalChecks self) {
        return contains(s, test, self, new HashSet<>());
    }

    private static boolean contains(Stmt s, java.util.function.Predicate<Stmt> test, PlusCalChecks self, Set<String> expanding) {
        if (test.test(s)) {
            return true;
        }
        for (List<Stmt> nested : s.nested()) {
            for (Stmt n : nested) {
                if (contains(n, test, self, expanding)) {
                    return true;
                }
            }
        }
        if (self != null && s instanceof Stmt.Call c && c.macro()) {
            Algorithm.Macro m = self.macros.get(c.target().text());
            if (m != null && expanding.add(m.name().text())) {
                boolean found = m.body().stream().anyMatch(b -> contains(b, test, self, expanding));
                expanding.remove(m.name().text());
                return found;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ macros

    private void macroBody(List<Stmt> stmts, Algorithm.Macro m, Set<String> earlier) {
        for (Stmt s : stmts) {
            if (s instanceof Stmt.Labeled l) {
                error(DiagnosticCode.LS308_PLUSCAL_LABEL_PLACEMENT, l.label().range(), "a label may not appear in a macro");
            } else if (s instanceof Stmt.Call c && c.macro() && macros.containsKey(c.target().text())
                    && !earlier.contains(c.target().text())) {
                error(DiagnosticCode.LS306_PLUSCAL_CALL, c.target().range(), "macro '" + c.target().text()
                        + "' must be defined before macro '" + m.name().text() + "' that calls it");
            } else {
                callTarget(s);
            }
            s.nested().forEach(n -> macroBody(n, m, earlier));
        }
    }

    /** Reports a call of an unknown procedure or macro. */
    private void callTarget(Stmt s) {
        if (s instanceof Stmt.Call c) {
            if (c.macro() && !macros.containsKey(c.target().text())) {
                error(DiagnosticCode.LS306_PLUSCAL_CALL, c.target().range(), "unknown macro '" + c.target().text() + "'");
            } else if (!c.macro() && !procedures.containsKey(c.target().text())) {
                error(DiagnosticCode.LS306_PLUSCAL_CALL, c.target().range(), "call of unknown procedure '" + c.target().text() + "'");
            } else {
                int arity = c.macro() ? macros.get(c.target().text()).params().size() : procedures.get(c.target().text());
                if (arity != c.args().size()) {
                    error(DiagnosticCode.LS306_PLUSCAL_CALL, c.range(), (c.macro() ? "macro '" : "procedure '") + c.target().text()
                            + "' takes " + arity + " argument" + (arity == 1 ? "" : "s") + ", not " + c.args().size());
                }
            }
        }
    }

    // ------------------------------------------------------------------ bodies

    /** One process, procedure or main body: its labels, gotos, label rules and steps. */
    private void body(List<Stmt> stmts, boolean inProcedure) {
        Map<String, Stmt.Labeled> labels = new HashMap<>();
        List<Stmt.Goto> gotos = new ArrayList<>();
        collect(stmts, labels, gotos, false, new HashSet<>());
        for (Stmt.Goto g : gotos) {
            String target = g.label().text();
            // a goto inside a macro is checked in every body that calls the macro, reported once
            if (!labels.containsKey(target) && !target.equals("Done") && reportedGotos.add(g.label().range())) {
                error(DiagnosticCode.LS305_PLUSCAL_LABEL, g.label().range(), "goto names unknown label '" + target
                        + "' (a goto can only reach labels of its own process or procedure, or Done)");
            }
        }
        assigned(stmts, new HashSet<>(), Map.of(), null, new HashSet<>());
        if (labelsRequired && !stmts.isEmpty() && !(stmts.get(0) instanceof Stmt.Labeled)) {
            error(DiagnosticCode.LS304_PLUSCAL_MISSING_LABEL, stmts.get(0).range(),
                    "the first statement of a process, procedure or algorithm body must be labelled");
        }
        sequence(stmts, inProcedure);
    }

    /** Collects labels (duplicates, reserved names, labels inside with) and gotos, also those of expanded macros. */
    private void collect(List<Stmt> stmts, Map<String, Stmt.Labeled> labels, List<Stmt.Goto> gotos, boolean inWith,
                         Set<String> expanding) {
        for (Stmt s : stmts) {
            if (s instanceof Stmt.Labeled l) {
                String name = l.label().text();
                Stmt.Labeled prev = labels.putIfAbsent(name, l);
                if (name.equals("Done") || name.equals("Error")) {
                    error(DiagnosticCode.LS308_PLUSCAL_LABEL_PLACEMENT, l.label().range(), "'" + name + "' cannot be used as a label");
                } else if (prev != null) {
                    out.add(new Diagnostic(DiagnosticCode.LS305_PLUSCAL_LABEL, Severity.ERROR, l.label().range(),
                            "label '" + name + "' is defined twice",
                            List.of(new Diagnostic.Related(prev.label().range(), "first defined here"))));
                }
                if (inWith) {
                    error(DiagnosticCode.LS308_PLUSCAL_LABEL_PLACEMENT, l.label().range(), "a label may not appear inside a with statement");
                }
            } else if (s instanceof Stmt.Goto g) {
                gotos.add(g);
            } else if (s instanceof Stmt.Call c && c.macro()) {
                Algorithm.Macro m = macros.get(c.target().text());
                if (m != null && expanding.add(m.name().text())) {
                    collect(m.body(), new HashMap<>(), gotos, inWith, expanding);
                    expanding.remove(m.name().text());
                }
            }
            if (expanding.isEmpty()) {
                callTarget(s); // inside a macro, reported once by macroBody
            }
            s.nested().forEach(n -> collect(n, labels, gotos, inWith || s instanceof Stmt.With, expanding));
        }
    }

    private void sequence(List<Stmt> stmts, boolean inProcedure) {
        After need = After.NOTHING;
        for (Stmt s : stmts) {
            if (labelsRequired && !(s instanceof Stmt.Labeled) && (need == After.LABEL
                    || need == After.LABEL_UNLESS_GOTO_OR_RETURN && !(s instanceof Stmt.Goto || isReturn(s)))) {
                error(DiagnosticCode.LS304_PLUSCAL_MISSING_LABEL, s.range(),
                        "this statement must be labelled: it follows a call, return or goto, or a statement containing one or a label");
            }
            need = statement(s, false, inProcedure);
        }
    }

    private static boolean isReturn(Stmt s) {
        return s instanceof Stmt.Keyword k && k.kind() == Stmt.KeywordKind.RETURN;
    }

    /** Checks one statement; returns what the next statement in sequence needs. */
    private After statement(Stmt s, boolean labelled, boolean inProcedure) {
        if (s instanceof Stmt.Labeled l) {
            return statement(l.stmt(), true, inProcedure);
        }
        if (s instanceof Stmt.While w) {
            if (!labelled && labelsRequired) {
                error(DiagnosticCode.LS304_PLUSCAL_MISSING_LABEL, w.range(), "a while statement must be labelled");
            }
            sequence(w.body(), inProcedure);
            return After.NOTHING;
        }
        if (s instanceof Stmt.If || s instanceof Stmt.Either || s instanceof Stmt.With) {
            s.nested().forEach(n -> sequence(n, inProcedure));
            boolean jumps = s.nested().stream().flatMap(List::stream).anyMatch(n -> contains(n,
                    x -> x instanceof Stmt.Labeled || x instanceof Stmt.Goto || isReturn(x) || x instanceof Stmt.Call c && !c.macro(), this));
            return jumps ? After.LABEL : After.NOTHING;
        }
        if (s instanceof Stmt.Call c) {
            if (!c.macro()) {
                return After.LABEL_UNLESS_GOTO_OR_RETURN;
            }
            Algorithm.Macro m = macros.get(c.target().text());
            if (m == null || m.body().isEmpty()) {
                return After.NOTHING;
            }
            if (!inProcedure && m.body().stream().anyMatch(n -> contains(n, PlusCalChecks::isReturn, this))) {
                error(DiagnosticCode.LS306_PLUSCAL_CALL, c.range(), "macro '" + m.name().text()
                        + "' returns, but this call is not in a procedure");
            }
            if (!labelled && labelsRequired && m.body().get(0) instanceof Stmt.While) {
                error(DiagnosticCode.LS304_PLUSCAL_MISSING_LABEL, c.range(),
                        "macro '" + m.name().text() + "' begins with a while statement, so this call must be labelled");
            }
            boolean jumps = m.body().stream().anyMatch(n -> contains(n,
                    x -> x instanceof Stmt.Goto || isReturn(x) || x instanceof Stmt.Call cc && !cc.macro(), this));
            Stmt last = m.body().get(m.body().size() - 1);
            return !jumps ? After.NOTHING : last instanceof Stmt.Call lc && !lc.macro() ? After.LABEL_UNLESS_GOTO_OR_RETURN : After.LABEL;
        }
        if (isReturn(s)) {
            if (!inProcedure) {
                error(DiagnosticCode.LS306_PLUSCAL_CALL, s.range(), "return outside a procedure");
            }
            return After.LABEL;
        }
        if (s instanceof Stmt.Goto) {
            return After.LABEL;
        }
        return After.NOTHING;
    }

    // ------------------------------------------------------------------ one assignment per step

    /**
     * Variables assigned so far in the current step, along the current path. Macro calls are
     * expanded: {@code subst} maps the macro's parameters to the variables passed, and problems
     * inside an expansion are reported at {@code callSite}.
     */
    private Set<String> assigned(List<Stmt> stmts, Set<String> before, Map<String, String> subst, SourceRange callSite,
                                 Set<String> expanding) {
        Set<String> current = new HashSet<>(before);
        for (Stmt s : stmts) {
            current = assigned(s, current, subst, callSite, expanding);
        }
        return current;
    }

    private Set<String> assigned(Stmt s, Set<String> before, Map<String, String> subst, SourceRange callSite,
                                 Set<String> expanding) {
        if (s instanceof Stmt.Labeled l) {
            return assigned(l.stmt(), new HashSet<>(), subst, callSite, expanding);
        }
        if (s instanceof Stmt.Assign a) {
            Map<String, Stmt.Assignment> here = new HashMap<>();
            for (Stmt.Assignment as : a.assignments()) {
                String v = subst.getOrDefault(as.variable().text(), as.variable().text());
                SourceRange at = callSite != null ? callSite : as.variable().range();
                if (v.equals(NOT_A_VARIABLE)) {
                    error(DiagnosticCode.LS306_PLUSCAL_CALL, at, "the macro assigns its parameter '" + as.variable().text()
                            + "', but this call passes a value, not a variable");
                    continue;
                }
                Stmt.Assignment same = here.get(v);
                if (before.contains(v) && labelsRequired) {
                    error(DiagnosticCode.LS307_PLUSCAL_MULTIPLE_ASSIGNMENT, at,
                            "'" + v + "' is assigned twice in one step: add a label before this statement");
                } else if (same != null && (same.path().isEmpty() || as.path().isEmpty())) {
                    error(DiagnosticCode.LS307_PLUSCAL_MULTIPLE_ASSIGNMENT, at,
                            "'" + v + "' is assigned twice in one multiple assignment");
                }
                here.put(v, as);
            }
            Set<String> after = new HashSet<>(before);
            after.addAll(here.keySet());
            return after;
        }
        if (s instanceof Stmt.If i) {
            Set<String> after = assigned(i.then(), before, subst, callSite, expanding);
            after.addAll(assigned(i.otherwise(), before, subst, callSite, expanding));
            return after;
        }
        if (s instanceof Stmt.Either e) {
            Set<String> after = new HashSet<>(before);
            e.branches().forEach(b -> after.addAll(assigned(b, before, subst, callSite, expanding)));
            return after;
        }
        if (s instanceof Stmt.With w) {
            return assigned(w.body(), before, subst, callSite, expanding);
        }
        if (s instanceof Stmt.While w) {
            assigned(w.body(), before, subst, callSite, expanding);
            return new HashSet<>();
        }
        if (s instanceof Stmt.Call c && c.macro()) {
            Algorithm.Macro m = macros.get(c.target().text());
            if (m == null || !expanding.add(m.name().text())) {
                return before;
            }
            Map<String, String> inner = new HashMap<>();
            for (int i = 0; i < m.params().size() && i < c.args().size(); i++) {
                Name variable = Algorithm.Macro.assignedVariable(c.args().get(i));
                if (variable == null) {
                    inner.put(m.params().get(i).text(), NOT_A_VARIABLE);
                } else if (c.args().get(i) instanceof Expr.NameExpr n && n.args().isEmpty()) {
                    inner.put(m.params().get(i).text(), subst.getOrDefault(n.name().text(), n.name().text()));
                }
            }
            Set<String> after = assigned(m.body(), before, inner, callSite != null ? callSite : c.range(), expanding);
            expanding.remove(m.name().text());
            return after;
        }
        if (isReturn(s) && labelsRequired) {
            for (String v : frame) {
                if (before.contains(v)) {
                    error(DiagnosticCode.LS307_PLUSCAL_MULTIPLE_ASSIGNMENT, callSite != null ? callSite : s.range(),
                            "'" + v + "' is assigned in the step of a return, which restores it: add a label before the return");
                    break;
                }
            }
        }
        if (s instanceof Stmt.Call || s instanceof Stmt.Goto || isReturn(s)) {
            return new HashSet<>();
        }
        return before;
    }
}
