package dev.lockstep.translator.emit;

import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.ast.Operator;
import dev.lockstep.translator.analysis.Exprs;
import dev.lockstep.translator.analysis.SpecModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The parts of a spec's expressions that are not translated, each a method the user implements
 * (a hole): named after the definition or action being compiled and the position, or after the
 * unknown operator; found once per generation, in order, and forgotten again when the code that
 * calls them is thrown away.
 */
final class Holes {
    /**
     * A part of an expression outside the translatable subset, which becomes a method the user
     * implements: an operator the translator does not know ({@code operator} is then its name and
     * the method takes the evaluated arguments), or any other sub-expression, which takes the
     * bound names and primed variables it mentions.
     *
     * @param method    the Java method's name
     * @param bool      whether it returns a Java {@code boolean} (else a {@code Value})
     * @param params    the Java parameter names (after the state {@code s})
     * @param paramTypes the Java parameter types
     * @param expr      the TLA+ expression (the first use, for an operator)
     * @param reason    why it is not translated
     * @param operator  the operator's name, or null
     */
    record Hole(String method, boolean bool, List<String> params, List<String> paramTypes, Expr expr, String reason,
                String operator) {
    }

    /** Compiles an expression to a Java {@code Value} expression. */
    @FunctionalInterface
    interface Compile {
        String apply(Expr e, Scope sc) throws Untranslatable;
    }

    private final SpecModel spec;
    private final Naming naming;
    private final Map<MethodKey, Hole> holes = new LinkedHashMap<>();
    /** The action or definition being compiled (names positional holes); null: no holes, fail instead. */
    private String owner;

    Holes(SpecModel spec, Naming naming) {
        this.spec = spec;
        this.naming = naming;
    }

    /** From now on, parts outside the subset become holes named after {@code owner} (null: none). */
    void owner(String owner) {
        this.owner = owner;
    }

    /** The holes so far, in the order they were found. */
    List<Hole> holes() {
        return new ArrayList<>(holes.values());
    }

    /** A mark to {@link #rollback} to. */
    int mark() {
        return holes.size();
    }

    /** Forgets the holes found since {@code mark} (their code was thrown away). */
    void rollback(int mark) {
        List<MethodKey> keys = new ArrayList<>(holes.keySet());
        for (int i = mark; i < keys.size(); i++) {
            holes.remove(keys.get(i));
        }
    }

    /**
     * {@code e} as a call of a method the user implements, passing the state and every bound
     * name, {@code @} and primed variable it mentions; rethrows {@code why} when that is not
     * possible (no owner, in Init, an unassigned primed variable, a LET operator with parameters).
     * {@code strict} compiles the LET definitions without parameters it mentions.
     */
    String expression(Expr e, Scope sc, Untranslatable why, boolean bool, Compile strict) throws Untranslatable {
        // a bare name (Nat, STRING, a bound name) is no part worth a method: the expression around it is
        if (owner == null || sc.init || e.range() == null || e instanceof Expr.Label || e instanceof Expr.Junction
                || e instanceof Expr.NameExpr n && n.args().isEmpty() || e instanceof Expr.Literal
                || e instanceof Expr.Binder b && b.kind() == Expr.BinderKind.LAMBDA
                || e == why.where && why.getMessage().contains(" is infinite")) {
            throw why;
        }
        Map<String, String> free = new LinkedHashMap<>();
        boolean[] ok = {true};
        List<Expr> macros = new ArrayList<>();
        Exprs.any(e, x -> {
            if (x instanceof Expr.OpApp o && o.op() == Operator.PRIME) {
                String v = o.args().get(0) instanceof Expr.NameExpr n && n.args().isEmpty() ? n.name().text() : null;
                if (v == null || !spec.variables().contains(v) || sc.assigned(v) == null) {
                    ok[0] = false;
                } else {
                    free.putIfAbsent(v + "'", sc.assigned(v));
                }
            } else if (x instanceof Expr.OpApp o && (o.op() == Operator.UNCHANGED || o.op() == Operator.ENABLED)) {
                ok[0] = false;
            } else if (x instanceof Expr.OpApp o && o.op() == Operator.AT && sc.lookup("@") instanceof Scope.Local l) {
                free.putIfAbsent("@", l.java());
            } else if (x instanceof Expr.NameExpr n) {
                Scope.Binding b = sc.lookup(n.name().text());
                if (b instanceof Scope.Local l) {
                    free.putIfAbsent(n.name().text(), l.java());
                } else if (b instanceof Scope.Macro m && m.params().isEmpty() && n.args().isEmpty()) {
                    macros.add(n);
                } else if (b != null || spec.isActionDef(n.name().text())) {
                    ok[0] = false;
                }
            }
            return false;
        });
        if (!ok[0]) {
            throw why;
        }
        for (Expr m : macros) {
            String name = ((Expr.NameExpr) m).name().text();
            if (!free.containsKey(name)) {
                free.put(name, strict.apply(m, sc));
            }
        }
        MethodKey key = new MethodKey.ExpressionHole(bool, e.range(), new ArrayList<>(free.keySet()));
        Hole h = holes.get(key);
        if (h == null) {
            JavaNames names = new JavaNames();
            names.reserve("s");
            List<String> params = new ArrayList<>();
            for (String tla : free.keySet()) {
                params.add(names.fresh(tla.equals("@") ? "at" : tla.endsWith("'") ? tla.substring(0, tla.length() - 1)
                        + "Next" : tla));
            }
            String at = "L" + (e.range().start().line() + 1) + "C" + (e.range().start().column() + 1);
            String method = naming.method(key, owner + "_" + at);
            h = new Hole(method, bool, params, params.stream().map(p -> "Value").toList(), e, why.getMessage(), null);
            holes.put(key, h);
        }
        StringJoiner call = new StringJoiner(", ", h.method() + "(", ")");
        call.add(sc.state);
        free.values().forEach(call::add);
        return call.toString();
    }

    /**
     * A call of an operator the translator does not know: a method named after it, taking the
     * arguments, which {@code value} compiles.
     */
    String operator(Expr.NameExpr n, Scope sc, Compile value) throws Untranslatable {
        String id = n.name().text();
        String reason = spec.isOperatorConstant(id) ? id + " is an operator constant"
                : n.args().isEmpty() && (id.equals("Nat") || id.equals("Int")) || n.args().size() == 1 && id.equals("Seq")
                ? id + " is infinite: only membership in it is translated"
                : "the operator " + id + " is not defined in the spec or the standard modules Lockstep translates";
        if (owner == null || sc.init || reason.contains("infinite")) {
            throw new Untranslatable(n, reason);
        }
        List<String> args = new ArrayList<>();
        for (Expr a : n.args()) {
            args.add(value.apply(a, sc));
        }
        MethodKey key = new MethodKey.OperatorHole(id, n.args().size());
        Hole h = holes.get(key);
        if (h == null) {
            List<String> params = new ArrayList<>();
            for (int i = 1; i <= n.args().size(); i++) {
                params.add("arg" + i);
            }
            h = new Hole(naming.method(key, id), false, params, params.stream().map(p -> "Value").toList(), n,
                    reason, id);
            holes.put(key, h);
        }
        StringJoiner call = new StringJoiner(", ", h.method() + "(", ")");
        call.add(sc.state);
        args.forEach(call::add);
        return call.toString();
    }
}
