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
 * tabulated over its domain. A function of several arguments ({@code f[a \in S, b \in T]}) takes the
 * tuple of them, as in TLA+ ({@code f[a, b] = f[<<a, b>>]}).
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
        if (parameters(fn).isEmpty()) {
            throw new Untranslatable(fn, "a recursive function over an unbounded domain is not translated");
        }
        String self = sc.names.fresh(name);
        String x = sc.names.fresh(argumentName(fn));
        Scope body = bindArgument(fn, x, sc.bind(name, new Scope.RecursiveFunction(self, fn)));
        String fixed = "Tla.fix1(" + self + " -> " + x + " -> " + ex.value(f.body(), body) + ")";
        String outer = sc.names.fresh(name);
        return "Tla.letOperator(" + fixed + ", " + outer + " -> "
                + rest.apply(sc.bind(name, new Scope.RecursiveFunction(outer, fn))) + ")";
    }

    /**
     * The bound names of a recursive function, in order: one ({@code f[x \in S]}) or several
     * ({@code f[a \in S, b \in T]}, {@code f[<<a, b>> \in S \X T]}: f takes the tuple). None when a
     * bound has no set: such a function is not translated.
     */
    static List<String> parameters(Expr.Binder fn) {
        List<String> out = new ArrayList<>();
        for (Bound b : fn.bounds()) {
            if (b.set() == null) {
                return List.of();
            }
            b.names().forEach(n -> out.add(n.text()));
        }
        return out;
    }

    /** Whether {@code fn} takes one argument that is no tuple pattern. */
    private static boolean oneArgument(Expr.Binder fn) {
        return parameters(fn).size() == 1 && !fn.bounds().get(0).tuple();
    }

    /** The name of the Java parameter that holds the argument: the bound name, or {@code args} for a tuple. */
    static String argumentName(Expr.Binder fn) {
        return oneArgument(fn) ? parameters(fn).get(0) : "args";
    }

    /** {@code sc} with {@code fn}'s bound names bound to the argument {@code x}: x itself, or its components. */
    static Scope bindArgument(Expr.Binder fn, String x, Scope sc) {
        List<String> ps = parameters(fn);
        if (oneArgument(fn)) {
            return sc.local(ps.get(0), x);
        }
        Scope out = sc;
        for (int i = 0; i < ps.size(); i++) {
            out = out.local(ps.get(i), "Tla.component(" + x + ", " + (i + 1) + ")");
        }
        return out;
    }

    /** Whether {@code d} is a top-level recursive function over bounded domains, applied lazily. */
    static boolean lazy(Definition d) {
        return d.recursiveFunction() && d.body() instanceof Expr.Binder b && !parameters(b).isEmpty();
    }

    /** {@code f[arg]} or {@code f[a, b]} for a recursive function {@code f} (applied lazily); null when {@code f} is not one. */
    String apply(Expr.OpApp o, Scope sc) throws Untranslatable {
        if (o.op() != Operator.FUNCTION_APPLY || o.args().size() < 2 || !(o.args().get(0) instanceof Expr.NameExpr f)
                || !f.args().isEmpty()) {
            return null;
        }
        String name = f.name().text();
        Scope.Binding b = sc.lookup(name);
        Definition d = spec.definition(name);
        if (!(b instanceof Scope.RecursiveFunction) && !(b == null && d != null && lazy(d))) {
            return null;
        }
        String arg = o.args().size() == 2 ? ex.value(o.args().get(1), sc) : ex.call("Tla.tuple", o.args().subList(1, o.args().size()), sc);
        if (b instanceof Scope.RecursiveFunction r) {
            return r.java() + ".apply(" + arg + ")";
        }
        return naming.definition(name) + "(" + (sc.init ? "null" : sc.state) + ", " + arg + ")";
    }

    /** A recursive function {@code f} used as a value: {@code [x \in S |-> f[x]]}, tabulated over its domain. */
    String tabulate(String name, Expr.Binder fn, Scope sc) throws Untranslatable {
        var r = fn.range();
        List<Expr> args = new ArrayList<>();
        args.add(new Expr.NameExpr(new Name(name, r), List.of(), r));
        List<Expr> names = new ArrayList<>();
        for (String p : parameters(fn)) {
            names.add(new Expr.NameExpr(new Name(p, r), List.of(), r));
        }
        // f[x], f[a, b], or f[<<a, b>>] for a tuple pattern
        args.addAll(fn.bounds().size() == 1 && fn.bounds().get(0).tuple() ? List.of(new Expr.OpApp(Operator.TUPLE, names, r))
                : names);
        Expr apply = new Expr.OpApp(Operator.FUNCTION_APPLY, args, r);
        return ex.value(new Expr.Binder(Expr.BinderKind.FUNCTION, fn.bounds(), apply, r), sc);
    }
}
