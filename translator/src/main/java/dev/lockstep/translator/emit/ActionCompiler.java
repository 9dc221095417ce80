package dev.lockstep.translator.emit;

import dev.lockstep.speclang.ast.Bound;
import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.ast.Operator;
import dev.lockstep.speclang.ast.OpDecl;
import dev.lockstep.speclang.ast.Unit;
import dev.lockstep.translator.analysis.Definition;
import dev.lockstep.translator.analysis.Exprs;
import dev.lockstep.translator.analysis.SpecModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.SourceVersion;

/**
 * Compiles an action (or Init) into Java statements that enumerate its successor states the way
 * TLC does: conjuncts left to right; {@code x' = e} assigns the first time and tests afterwards;
 * {@code x' \in S}, {@code \E} and disjunctions try each alternative (recorded in the
 * {@code Successors} trail so a {@code Choice} can pick among them); IF and CASE branch; actions
 * defined by the spec are expanded in place. Every path that reaches the end emits one state.
 */
final class ActionCompiler {
    /** A conjunct still to be compiled, with the names in scope where it was written. */
    private record Item(Expr expr, Scope scope) {
    }

    private final SpecModel spec;
    private final ExprCompiler ex;
    private final Function<Map<String, String>, String> newState;
    /** Conjuncts of the action that hold already (its guard, checked before the successors are enumerated). */
    private final Set<Expr> holding;
    /** {@code \A} conjuncts whose first element has assigned already: only tested from there on. */
    private final Set<Expr> forallTests = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * @param newState builds the Java expression of the successor from the locals holding each
     *                 variable's new value
     * @param holding  conjuncts of the action known to hold (by identity): they are not tested again
     */
    ActionCompiler(SpecModel spec, ExprCompiler ex, Function<Map<String, String>, String> newState,
                   Collection<Expr> holding) {
        this.spec = spec;
        this.ex = ex;
        this.newState = newState;
        this.holding = Collections.newSetFromMap(new IdentityHashMap<>());
        this.holding.addAll(holding);
    }

    /** Emits the enumeration of {@code body}'s successors into {@code code}; reasons start with {@code action}. */
    void successors(Expr body, Scope scope, Code code, String action) throws Untranslatable {
        List<Item> todo = new ArrayList<>();
        todo.add(new Item(body, scope));
        conj(todo, new LinkedHashMap<>(), code, action);
    }

    private void conj(List<Item> todo, Map<String, String> assigned, Code c, String action) throws Untranslatable {
        if (todo.isEmpty()) {
            for (String v : spec.variables()) {
                if (!assigned.containsKey(v)) {
                    throw new Untranslatable(null, action + " does not give " + v + " a value on every path");
                }
            }
            c.line("out.emit(" + newState.apply(assigned) + ");");
            return;
        }
        Item item = todo.get(0);
        List<Item> rest = todo.subList(1, todo.size());
        Expr e = item.expr();
        Scope sc = item.scope().withAssigned(assigned);
        List<Expr> parts = Exprs.conjuncts(e);
        if (parts.size() > 1 || parts.get(0) != e) {
            List<Item> next = new ArrayList<>();
            parts.forEach(p -> next.add(new Item(p, item.scope())));
            next.addAll(rest);
            conj(next, assigned, c, action);
            return;
        }
        if (holding.contains(e)) {
            conj(rest, assigned, c, action);
            return;
        }
        if (forallTests.contains(e)) {
            if (!primesOnlyAssigned(e, assigned)) {
                throw new Untranslatable(e, "this \\A of " + action + " primes a variable its first element gives no value");
            }
            c.open("if (" + ex.bool(e, sc) + ") {");
            conj(rest, assigned, c, action);
            c.close("}");
            return;
        }
        String target = target(e, sc);
        if (target != null) {
            assignOrTest(target, (Expr.OpApp) e, rest, sc, assigned, c, action);
            return;
        }
        if (e instanceof Expr.Literal lit && lit.kind() == Expr.LiteralKind.TRUE) {
            conj(rest, assigned, c, action);
            return;
        }
        if (e instanceof Expr.Literal lit && lit.kind() == Expr.LiteralKind.FALSE) {
            c.line("// FALSE: no successor on this path");
            return;
        }
        if (!spec.isAction(e) && (!sc.init || readsOnlyAssigned(e, assigned))) {
            c.open("if (" + ex.bool(e, sc) + ") {");
            conj(rest, assigned, c, action);
            c.close("}");
            return;
        }
        if (e instanceof Expr.OpApp o && o.op() == Operator.UNCHANGED && !sc.init) {
            List<Item> next = new ArrayList<>();
            for (String v : unchangedVariables(o.args().get(0), sc)) {
                next.add(new Item(equalsPrimed(v, o), Scope.method(sc.names, sc.state, false)));
            }
            next.addAll(rest);
            conj(next, assigned, c, action);
            return;
        }
        List<Expr> ors = Exprs.disjuncts(e);
        if (ors.size() > 1) {
            for (int k = 0; k < ors.size(); k++) {
                c.line("out.push(" + JavaText.literal(action + ":either") + ", Tla.integer(" + (k + 1) + "));");
                conj(prepend(new Item(ors.get(k), item.scope()), rest), assigned, c, action);
                c.line("out.pop();");
            }
            return;
        }
        if (e instanceof Expr.Binder b && b.kind() == Expr.BinderKind.EXISTS) {
            exists(b, 0, item.scope(), rest, assigned, c, action);
            return;
        }
        if (e instanceof Expr.Binder b && b.kind() == Expr.BinderKind.FORALL && !sc.init) {
            forall(b, item.scope(), sc, rest, assigned, c, action);
            return;
        }
        if (e instanceof Expr.OpApp o && o.op() == Operator.IF_THEN_ELSE) {
            c.open("if (" + ex.bool(o.args().get(0), sc) + ") {");
            conj(prepend(new Item(o.args().get(1), item.scope()), rest), assigned, c, action);
            c.reopen("} else {");
            conj(prepend(new Item(o.args().get(2), item.scope()), rest), assigned, c, action);
            c.close("}");
            return;
        }
        if (e instanceof Expr.Case cs) {
            for (int k = 0; k < cs.arms().size(); k++) {
                Expr.CaseArm arm = cs.arms().get(k);
                String cond = ex.bool(arm.guard(), sc);
                if (k == 0) {
                    c.open("if (" + cond + ") {");
                } else {
                    c.reopen("} else if (" + cond + ") {");
                }
                conj(prepend(new Item(arm.value(), item.scope()), rest), assigned, c, action);
            }
            if (cs.other() != null) {
                c.reopen("} else {");
                conj(prepend(new Item(cs.other(), item.scope()), rest), assigned, c, action);
            }
            c.close("}");
            return;
        }
        // an action definition, or in Init a definition that gives variables their first values
        // (Init == TypeOK /\ ..., Init == Buffer!Init /\ ...)
        if (e instanceof Expr.NameExpr n && item.scope().lookup(n.name().text()) == null
                && spec.definition(n.name().text()) != null
                && (spec.isActionDef(n.name().text()) || sc.init)) {
            inline(n, item.scope(), sc, rest, assigned, c, action);
            return;
        }
        if (e instanceof Expr.Let l) {
            let(l, 0, item.scope(), rest, assigned, c, action);
            return;
        }
        if (!sc.init && primesOnlyAssigned(e, assigned)) {
            c.open("if (" + ex.bool(e, sc) + ") {");
            conj(rest, assigned, c, action);
            c.close("}");
            return;
        }
        throw new Untranslatable(e, "this part of " + action + " is outside the translatable subset");
    }

    private static List<Item> prepend(Item first, List<Item> rest) {
        List<Item> out = new ArrayList<>();
        out.add(first);
        out.addAll(rest);
        return out;
    }

    /** The variable that {@code e} gives a value to ({@code x' = e}, {@code x' \in S}; in Init {@code x = e}). */
    private String target(Expr e, Scope sc) {
        if (!(e instanceof Expr.OpApp o) || (o.op() != Operator.EQ && o.op() != Operator.IN)) {
            return null;
        }
        Expr lhs = o.args().get(0);
        if (sc.init) {
            if (lhs instanceof Expr.NameExpr n && n.args().isEmpty() && sc.lookup(n.name().text()) == null
                    && spec.variables().contains(n.name().text())) {
                return n.name().text();
            }
            return null;
        }
        if (lhs instanceof Expr.OpApp p && p.op() == Operator.PRIME && p.args().get(0) instanceof Expr.NameExpr n
                && n.args().isEmpty() && sc.lookup(n.name().text()) == null && spec.variables().contains(n.name().text())) {
            return n.name().text();
        }
        return null;
    }

    private void assignOrTest(String v, Expr.OpApp o, List<Item> rest, Scope sc, Map<String, String> assigned,
                              Code c, String action) throws Untranslatable {
        String current = assigned.get(v);
        Expr rhs = o.args().get(1);
        String shown = sc.init ? v : v + "'";
        if (o.op() == Operator.EQ) {
            if (current == null) {
                String local = sc.names.fresh(v + (sc.init ? "0" : "1"));
                c.line("Value " + local + " = " + ex.value(rhs, sc) + ";");
                Map<String, String> next = new LinkedHashMap<>(assigned);
                next.put(v, local);
                conj(rest, next, c, action);
            } else {
                c.open("if (" + current + ".equals(" + ex.value(rhs, sc) + ")) {");
                conj(rest, assigned, c, action);
                c.close("}");
            }
            return;
        }
        if (current == null) {
            String local = sc.names.fresh(v + (sc.init ? "0" : "1"));
            c.open("for (Value " + local + " : Tla.each(" + ex.value(rhs, sc) + ")) {");
            c.line("out.push(" + JavaText.literal(action + ":" + shown) + ", " + local + ");");
            Map<String, String> next = new LinkedHashMap<>(assigned);
            next.put(v, local);
            conj(rest, next, c, action);
            c.line("out.pop();");
            c.close("}");
        } else {
            c.open("if (" + ex.membership(current, rhs, sc) + ") {");
            conj(rest, assigned, c, action);
            c.close("}");
        }
    }

    private void exists(Expr.Binder b, int bi, Scope lexical, List<Item> rest, Map<String, String> assigned, Code c,
                        String action) throws Untranslatable {
        if (bi == b.bounds().size()) {
            conj(prepend(new Item(b.body(), lexical), rest), assigned, c, action);
            return;
        }
        Bound bd = b.bounds().get(bi);
        if (bd.set() == null) {
            throw new Untranslatable(b, "unbounded \\E in " + action);
        }
        Scope sc = lexical.withAssigned(assigned);
        String set = ex.value(bd.set(), sc);
        if (bd.tuple()) {
            String t = sc.names.fresh("t");
            c.open("for (Value " + t + " : Tla.each(" + set + ")) {");
            String names = String.join(", ", bd.names().stream().map(n -> n.text()).toList());
            c.line("out.push(" + JavaText.literal(action + ":" + names) + ", " + t + ");");
            Scope inner = lexical;
            for (int i = 0; i < bd.names().size(); i++) {
                inner = inner.local(bd.names().get(i).text(), "Tla.component(" + t + ", " + (i + 1) + ")");
            }
            exists(b, bi + 1, inner, rest, assigned, c, action);
            c.line("out.pop();");
            c.close("}");
            return;
        }
        List<String> locals = new ArrayList<>();
        Scope inner = lexical;
        for (var n : bd.names()) {
            String x = sc.names.fresh(n.text());
            locals.add(x);
            c.open("for (Value " + x + " : Tla.each(" + set + ")) {");
            c.line("out.push(" + JavaText.literal(action + ":" + n.text()) + ", " + x + ");");
            inner = inner.local(n.text(), x);
        }
        exists(b, bi + 1, inner, rest, assigned, c, action);
        for (int i = 0; i < locals.size(); i++) {
            c.line("out.pop();");
            c.close("}");
        }
    }

    /**
     * An action under {@code \A x \in S : P}: TLC evaluates it as the conjunction of {@code P} over
     * {@code S} (Specifying Systems, 14.2.6), so the first element's conjuncts assign the primed
     * variables and the later ones compare. When the conjuncts that mention {@code x} are state
     * predicates, or prime only variables assigned already ({@code \A q \in Procs : pc'[q] # "cs"}
     * after {@code pc' = ...}), it is {@code S # {} /\ (\A x \in S : those) /\ the rest} (the rest
     * once, as its later copies only compare against the values the first one gave; over an empty
     * {@code S} nothing is assigned). Otherwise ({@code \A a \in Q : chosen' \in accepted[a]}) see
     * {@link #forallAssigning}.
     */
    private void forall(Expr.Binder b, Scope lexical, Scope sc, List<Item> rest, Map<String, String> assigned, Code c,
                        String action) throws Untranslatable {
        Set<String> bound = new HashSet<>();
        for (Bound bd : b.bounds()) {
            if (bd.set() == null) {
                throw new Untranslatable(b, "unbounded \\A in " + action);
            }
            bd.names().forEach(n -> bound.add(n.text()));
        }
        List<Expr> each = new ArrayList<>();
        List<Item> once = new ArrayList<>();
        for (Expr p : Exprs.conjuncts(b.body())) {
            boolean mentions = Exprs.any(p, x -> x instanceof Expr.NameExpr n && n.args().isEmpty()
                    && bound.contains(n.name().text()));
            if (!mentions) {
                once.add(new Item(p, lexical));
            } else if (spec.isAction(p) && !primesOnlyAssigned(p, assigned)) {
                forallAssigning(b, lexical, sc, rest, assigned, c, action);
                return;
            } else {
                each.add(p);
            }
        }
        var r = b.range();
        Expr some = new Expr.Binder(Expr.BinderKind.EXISTS, b.bounds(), new Expr.Literal(Expr.LiteralKind.TRUE, "TRUE", r), r);
        String cond = ex.bool(some, sc);
        if (!each.isEmpty()) {
            Expr all = new Expr.Binder(Expr.BinderKind.FORALL, b.bounds(),
                    each.size() == 1 ? each.get(0) : new Expr.Junction(Expr.JunctionKind.AND, each, r), r);
            cond += " && " + ex.bool(all, sc);
        }
        c.open("if (" + cond + ") {");
        once.addAll(rest);
        conj(once, assigned, c, action);
        c.close("}");
    }

    /**
     * {@code \A x \in S : P} where {@code P} gives a primed variable a value for {@code x}: as TLC
     * evaluates the conjunction over {@code S}, the first element ({@code S}'s least in the canonical
     * order; which one comes first does not change the successors, since every later element
     * compares) goes through {@code P} as the action's conjuncts (assigning, choosing), and then
     * {@code P} must hold for every element as a test of the values given. Over an empty {@code S}
     * the rest of the action goes on without {@code P}; when the rest then leaves a variable without
     * a value, there is no successor on that path (TLC reports that state as not completely specified).
     */
    private void forallAssigning(Expr.Binder b, Scope lexical, Scope sc, List<Item> rest, Map<String, String> assigned,
                                 Code c, String action) throws Untranslatable {
        List<String> sets = new ArrayList<>();
        for (Bound bd : b.bounds()) {
            String set = sc.names.fresh("all");
            c.line("Value " + set + " = " + ex.value(bd.set(), sc) + ";");
            sets.add(set);
        }
        c.open("if (" + String.join(" && ", sets.stream().map(t -> "!" + t + ".asSet().isEmpty()").toList()) + ") {");
        // the first element of each bound's set: a tuple's names are its components (\A <<a, b>> \in S)
        Scope first = lexical;
        for (int i = 0; i < sets.size(); i++) {
            Bound bd = b.bounds().get(i);
            List<String> picks = new ArrayList<>();
            for (int k = 0; k < (bd.tuple() ? 1 : bd.names().size()); k++) {
                String x = sc.names.fresh(bd.tuple() ? "t" : bd.names().get(k).text());
                c.line("Value " + x + " = Tla.choose(" + sets.get(i) + ", " + sc.names.fresh("any") + " -> true);");
                picks.add(x);
            }
            for (int k = 0; k < bd.names().size(); k++) {
                first = first.local(bd.names().get(k).text(),
                        bd.tuple() ? "Tla.component(" + picks.get(0) + ", " + (k + 1) + ")" : picks.get(k));
            }
        }
        forallTests.add(b);
        List<Item> todo = new ArrayList<>();
        todo.add(new Item(b.body(), first));
        todo.add(new Item(b, lexical));
        todo.addAll(rest);
        conj(todo, assigned, c, action);
        Code.Mark mark = c.mark();
        c.reopen("} else {");
        try {
            conj(rest, assigned, c, action);
        } catch (Untranslatable e) {
            c.reset(mark);
            c.reopen("} else {");
            c.line("// no successor (TLC: not completely specified): " + e.getMessage());
        }
        c.close("}");
    }

    private void inline(Expr.NameExpr n, Scope lexical, Scope sc, List<Item> rest, Map<String, String> assigned,
                        Code c, String action) throws Untranslatable {
        Definition d = spec.definition(n.name().text());
        if (d.higherOrder() || d.params().size() != n.args().size()) {
            throw new Untranslatable(n, "cannot expand " + d.name());
        }
        Scope body = Scope.method(sc.names, sc.state, sc.init);
        for (int i = 0; i < d.params().size(); i++) {
            Expr arg = n.args().get(i);
            // an argument that is a name bound to a Java local already (Write(k, v) called with its own
            // parameters) is passed on as that local, not copied into another
            if (arg instanceof Expr.NameExpr a && a.args().isEmpty() && sc.lookup(a.name().text()) instanceof Scope.Local l
                    && SourceVersion.isIdentifier(l.java())) {
                body = body.local(d.params().get(i), l.java());
                continue;
            }
            String local = sc.names.fresh(d.params().get(i));
            c.line("Value " + local + " = " + ex.value(arg, sc) + ";");
            body = body.local(d.params().get(i), local);
        }
        conj(prepend(new Item(d.body(), body), rest), assigned, c, action);
    }

    private void let(Expr.Let l, int i, Scope lexical, List<Item> rest, Map<String, String> assigned, Code c,
                     String action) throws Untranslatable {
        if (i == l.definitions().size()) {
            conj(prepend(new Item(l.body(), lexical), rest), assigned, c, action);
            return;
        }
        Unit u = l.definitions().get(i);
        Scope sc = lexical.withAssigned(assigned);
        if (u instanceof Unit.OperatorDef d) {
            List<String> params = new ArrayList<>();
            for (OpDecl p : d.params()) {
                if (p.arity() > 0) {
                    throw new Untranslatable(l, "LET operator with an operator argument");
                }
                params.add(p.name().text());
            }
            let(l, i + 1, lexical.bind(d.name().text(), new Scope.Macro(params, d.body(), lexical)), rest, assigned,
                    c, action);
            return;
        }
        throw new Untranslatable(l, "this LET definition is not translated in an action");
    }

    /** The variables of {@code UNCHANGED e}: a variable, a tuple of them, or a definition of one. */
    private List<String> unchangedVariables(Expr e, Scope sc) throws Untranslatable {
        List<String> out = new ArrayList<>();
        if (e instanceof Expr.NameExpr n && n.args().isEmpty() && sc.lookup(n.name().text()) == null) {
            if (spec.variables().contains(n.name().text())) {
                out.add(n.name().text());
                return out;
            }
            Definition d = spec.definition(n.name().text());
            if (d != null && d.params().isEmpty()) {
                return unchangedVariables(d.body(), sc);
            }
        }
        if (e instanceof Expr.OpApp o && o.op() == Operator.TUPLE) {
            for (Expr a : o.args()) {
                out.addAll(unchangedVariables(a, sc));
            }
            return out;
        }
        throw new Untranslatable(e, "UNCHANGED of something other than variables");
    }

    private static Expr equalsPrimed(String v, Expr at) {
        var r = at.range();
        Expr var = new Expr.NameExpr(new dev.lockstep.speclang.ast.Name(v, r), List.of(), r);
        return new Expr.OpApp(Operator.EQ, List.of(new Expr.OpApp(Operator.PRIME, List.of(var), r), var), r);
    }

    /** Whether {@code e} reads no variable without a value yet, directly or through the definitions it calls. */
    private boolean readsOnlyAssigned(Expr e, Map<String, String> assigned) {
        return readsOnlyAssigned(e, assigned, new HashSet<>());
    }

    private boolean readsOnlyAssigned(Expr e, Map<String, String> assigned, Set<String> seen) {
        return !Exprs.any(e, x -> {
            if (!(x instanceof Expr.NameExpr n)) {
                return false;
            }
            String name = n.name().text();
            if (spec.variables().contains(name)) {
                return !assigned.containsKey(name);
            }
            Definition d = spec.definition(name);
            return d != null && seen.add(name) && !readsOnlyAssigned(d.body(), assigned, seen);
        });
    }

    private boolean primesOnlyAssigned(Expr e, Map<String, String> assigned) {
        return !Exprs.anyOutsideEnabled(e, x -> {
            if (x instanceof Expr.OpApp o && o.op() == Operator.UNCHANGED) {
                return true;
            }
            if (x instanceof Expr.OpApp o && o.op() == Operator.PRIME) {
                return !(o.args().get(0) instanceof Expr.NameExpr n && assigned.containsKey(n.name().text()));
            }
            return x instanceof Expr.NameExpr n && spec.isActionDef(n.name().text());
        });
    }
}
