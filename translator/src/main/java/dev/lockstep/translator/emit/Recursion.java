package dev.lockstep.translator.emit;

import dev.lockstep.speclang.ast.Bound;
import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.ast.Name;
import dev.lockstep.speclang.ast.OpDecl;
import dev.lockstep.speclang.ast.Operator;
import dev.lockstep.speclang.ast.Unit;
import dev.lockstep.translator.analysis.Definition;
import dev.lockstep.translator.analysis.Exprs;
import dev.lockstep.translator.analysis.SpecModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive operators and functions, for {@link ExprCompiler}. {@code LET RECURSIVE F(_, _) F(a, b) == e IN
 * body} becomes a Java function that receives itself ({@code Tla.fix2(f -> (a, b) -> e)}) passed to the
 * body ({@code Tla.letOperator}). A recursive function ({@code f[x \in S] == ... f[y] ...}, top-level or
 * in a LET) is applied lazily, as TLC evaluates it: {@code f[e]} evaluates the body for {@code e} and
 * nothing else, so the domain may be infinite ({@code Seq(Nat)}); only {@code f} used as a value is
 * tabulated over its domain.
 */
final class Recursion {
    /** The rest of a LET, compiled in the scope that binds the definition. */
    @FunctionalInterface
    interface Rest {
        String apply(Scope sc) throws Untranslatable;
    }

    private final SpecModel spec;
    private final Naming naming;
    private final ExprCompiler ex;

    Recursion(SpecModel spec, Naming naming, ExprCompiler ex) {
        this.spec = spec;
        this.naming = naming;
        this.ex = ex;
    }

    /** Whether {@code d}, defined in LET {@code l}, is declared {@code RECURSIVE} there. */
    static boolean declaredRecursive(Expr.Let l, Unit.OperatorDef d) {
        for (Unit u : l.definitions()) {
            if (u instanceof Unit.Recursive r && r.decls().stream().anyMatch(o -> o.name().text().equals(d.name().text()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the LET function definition {@code f} refers to itself. */
    static boolean isRecursive(Unit.FunctionDef f) {
        String name = f.name().text();
        return Exprs.any(f.body(), e -> e instanceof Expr.NameExpr n && n.name().text().equals(name));
    }

    /** {@code LET RECURSIVE d IN rest}. */
    String letOperator(Unit.OperatorDef d, Scope sc, Rest rest) throws Untranslatable {
        String name = d.name().text();
        List<String> params = new ArrayList<>();
        for (OpDecl p : d.params()) {
            if (p.arity() > 0) {
                throw new Untranslatable(d.body(), "LET operator " + name + " takes an operator argument");
            }
            params.add(p.name().text());
        }
        if (params.isEmpty()) {
            throw new Untranslatable(d.body(), "recursive LET operator " + name + " takes no argument");
        }
        int k = params.size();
        String self = sc.names.fresh(name);
        Scope body = sc.bind(name, new Scope.OpParam(self, k));
        String head;
        if (k > 2) {
            String args = sc.names.fresh("args");
            for (int i = 0; i < k; i++) {
                body = body.local(params.get(i), args + "[" + i + "]");
            }
            head = "Tla.fixN(" + self + " -> " + args;
        } else {
            List<String> locals = new ArrayList<>();
            for (String p : params) {
                String x = sc.names.fresh(p);
                locals.add(x);
                body = body.local(p, x);
            }
            head = "Tla.fix" + k + "(" + self + " -> " + (k == 1 ? locals.get(0) : "(" + String.join(", ", locals) + ")");
        }
        String fixed = head + " -> " + ex.value(d.body(), body) + ")";
        String outer = sc.names.fresh(name);
        return "Tla.letOperator(" + fixed + ", " + outer + " -> " + rest.apply(sc.bind(name, new Scope.OpParam(outer, k)))
                + ")";
    }

    /** {@code LET f[x \in S] == e IN rest} where {@code e} applies {@code f}. */
    String letFunction(Unit.FunctionDef f, Scope sc, Rest rest) throws Untranslatable {
        String name = f.name().text();
        Expr.Binder fn = new Expr.Binder(Expr.BinderKind.FUNCTION, f.bounds(), f.body(), f.range());
        String param = parameter(fn);
        String self = sc.names.fresh(name);
        String x = sc.names.fresh(param);
        Scope body = sc.bind(name, new Scope.RecursiveFunction(self, fn)).local(param, x);
        String fixed = "Tla.fix1(" + self + " -> " + x + " -> " + ex.value(f.body(), body) + ")";
        String outer = sc.names.fresh(name);
        return "Tla.letOperator(" + fixed + ", " + outer + " -> "
                + rest.apply(sc.bind(name, new Scope.RecursiveFunction(outer, fn))) + ")";
    }

    /** The bound name of a recursive function: one, not a tuple (else it is not translated). */
    static String parameter(Expr.Binder fn) throws Untranslatable {
        List<Bound> b = fn.bounds();
        if (b.size() != 1 || b.get(0).tuple() || b.get(0).names().size() != 1 || b.get(0).set() == null) {
            throw new Untranslatable(fn, "a recursive function of more than one argument is not translated");
        }
        return b.get(0).names().get(0).text();
    }

    /** Whether {@code d} is a top-level recursive function of one argument, applied lazily. */
    static boolean lazy(Definition d) {
        try {
            return d.recursiveFunction() && d.body() instanceof Expr.Binder b && parameter(b) != null;
        } catch (Untranslatable u) {
            return false;
        }
    }

    /** {@code f[arg]} for a recursive function {@code f} (applied lazily); null when {@code f} is not one. */
    String apply(Expr.OpApp o, Scope sc) throws Untranslatable {
        if (o.op() != Operator.FUNCTION_APPLY || o.args().size() != 2 || !(o.args().get(0) instanceof Expr.NameExpr f)
                || !f.args().isEmpty()) {
            return null;
        }
        String name = f.name().text();
        Scope.Binding b = sc.lookup(name);
        if (b instanceof Scope.RecursiveFunction r) {
            return r.java() + ".apply(" + ex.value(o.args().get(1), sc) + ")";
        }
        Definition d = spec.definition(name);
        if (b == null && d != null && lazy(d)) {
            return naming.definition(name) + "(" + (sc.init ? "null" : sc.state) + ", " + ex.value(o.args().get(1), sc) + ")";
        }
        return null;
    }

    /** A recursive function {@code f} used as a value: {@code [x \in S |-> f[x]]}, tabulated over its domain. */
    String tabulate(String name, Expr.Binder fn, Scope sc) throws Untranslatable {
        String param = parameter(fn);
        var r = fn.range();
        Expr x = new Expr.NameExpr(new Name(param, r), List.of(), r);
        Expr self = new Expr.NameExpr(new Name(name, r), List.of(), r);
        Expr apply = new Expr.OpApp(Operator.FUNCTION_APPLY, List.of(self, x), r);
        return ex.value(new Expr.Binder(Expr.BinderKind.FUNCTION, fn.bounds(), apply, r), sc);
    }
}
