package dev.lockstep.translator.emit;

import dev.lockstep.speclang.ast.Bound;
import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.ast.Name;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Applications of the standard modules' operators (Sequences, FiniteSets, Bags, TLC) that are not
 * syntax, compiled for {@link ExprCompiler}: a call of the runtime's function of the same meaning
 * ({@code Tla}, {@code TlaBags}), with operator arguments ({@code LAMBDA}, a definition's name, an
 * operator parameter) as Java lambdas. What TLC evaluates there is translated; an operator the
 * translator does not know becomes a method the user implements ({@link Holes#operator}).
 */
final class StandardOperators {
    /** Operators (name/arity) that are a call of the runtime's function of the same meaning on their compiled arguments. */
    private static final Map<String, String> RUNTIME_FUNCTIONS = Map.ofEntries(
            Map.entry("Len/1", "Tla.len"), Map.entry("Append/2", "Tla.append"), Map.entry("Head/1", "Tla.head"),
            Map.entry("Tail/1", "Tla.tail"), Map.entry("SubSeq/3", "Tla.subSeq"),
            Map.entry("Cardinality/1", "Tla.cardinality"), Map.entry("Permutations/1", "Tla.permutations"),
            Map.entry("RandomElement/1", "Tla.randomElement"), Map.entry("ToString/1", "Tla.tlcToString"),
            Map.entry("EmptyBag/0", "TlaBags.emptyBag"), Map.entry("SetToBag/1", "TlaBags.setToBag"),
            Map.entry("BagToSet/1", "TlaBags.bagToSet"), Map.entry("CopiesIn/2", "TlaBags.copiesIn"),
            Map.entry("BagCardinality/1", "TlaBags.bagCardinality"), Map.entry("BagUnion/1", "TlaBags.bagUnion"),
            Map.entry("SubBag/1", "TlaBags.subBag"));
    /** Operators (name/arity) that are a Java {@code boolean} function of the runtime on their compiled arguments. */
    private static final Map<String, String> RUNTIME_TESTS = Map.of("BagIn/2", "TlaBags.bagIn", "IsABag/1",
            "TlaBags.isABag");

    private final ExprCompiler ex;
    private final Holes holes;

    StandardOperators(ExprCompiler ex, Holes holes) {
        this.ex = ex;
        this.holes = holes;
    }

    /** The Java type of an operator parameter of arity {@code arity}. */
    static String operatorType(int arity) {
        return arity == 1 ? "UnaryOperator<Value>" : arity == 2 ? "BinaryOperator<Value>" : "Function<Value[], Value>";
    }

    /** Whether {@code e} is TLC's {@code TLCGet("level")}, the current state's level (1 for an initial state). */
    static boolean readsLevel(Expr e) {
        return e instanceof Expr.NameExpr n && n.name().text().equals("TLCGet") && n.args().size() == 1
                && n.args().get(0) instanceof Expr.Literal l && l.kind() == Expr.LiteralKind.STRING
                && l.text().equals("level");
    }

    /** {@code n}, an application of an operator the spec does not define, as a Java {@code Value}. */
    String value(Expr.NameExpr n, Scope sc) throws Untranslatable {
        String id = n.name().text();
        List<Expr> a = n.args();
        String fn = RUNTIME_FUNCTIONS.get(id + "/" + a.size());
        if (fn != null) {
            return ex.call(fn, a, sc);
        }
        String test = RUNTIME_TESTS.get(id + "/" + a.size());
        if (test != null) {
            return "Tla.bool(" + ex.call(test, a, sc) + ")";
        }
        switch (id + "/" + a.size()) {
            case "IsFiniteSet/1":
                return "Tla.bool(" + ex.value(a.get(0), sc) + " instanceof SetValue)";
            case "Assert/2":
                return "Tla.bool(" + ex.bool(n, sc) + ")";
            case "Print/2":
                return ex.value(a.get(1), sc);
            case "PrintT/1":
                return "BoolValue.TRUE";
            case "TLCGet/1":
                if (readsLevel(n)) {
                    return "Tla.integer(this.level)";   // told by the step runner: SpecMachine.atLevel
                }
                return holes.operator(n, sc, ex::value);
            case "SelectSeq/2":
                return "Tla.selectSeq(" + ex.value(a.get(0), sc) + ", " + lambda(a.get(1), 1, true, sc) + ")";
            case "SortSeq/2":
                return "Tla.sortSeq(" + ex.value(a.get(0), sc) + ", " + lambda(a.get(1), 2, true, sc) + ")";
            case "BagOfAll/2":
                return "TlaBags.bagOfAll(" + lambda(a.get(0), 1, false, sc) + ", " + ex.value(a.get(1), sc) + ")";
            default:
                return holes.operator(n, sc, ex::value);
        }
    }

    /**
     * An operator passed to a higher-order operator of the spec, as a Java lambda of the type
     * {@link #operatorType}: {@code LAMBDA x, y : e}, a definition of the spec, a standard
     * operator, or an operator parameter passed on.
     */
    String operatorArgument(Expr arg, int arity, Scope sc) throws Untranslatable {
        if (arg instanceof Expr.NameExpr n && n.args().isEmpty() && sc.lookup(n.name().text()) instanceof Scope.OpParam op) {
            if (op.arity() != arity) {
                throw new Untranslatable(arg, n.name().text() + " takes " + op.arity() + " arguments, not " + arity);
            }
            return op.java();
        }
        return "(" + operatorType(arity) + ") " + lambda(arg, arity, false, sc);
    }

    /**
     * {@code arg}, an operator of arity {@code arity}, as a Java lambda {@code (x, y) -> ...}
     * giving a {@code Value}, or with {@code test} a Java {@code boolean} (a predicate, a
     * comparison of two values).
     */
    private String lambda(Expr arg, int arity, boolean test, Scope sc) throws Untranslatable {
        List<String> tlaParams = new ArrayList<>();
        Expr body;
        if (arg instanceof Expr.Binder b && b.kind() == Expr.BinderKind.LAMBDA) {
            for (Bound bd : b.bounds()) {
                bd.names().forEach(x -> tlaParams.add(x.text()));
            }
            if (tlaParams.size() != arity) {
                throw new Untranslatable(arg, "this LAMBDA takes " + tlaParams.size() + " arguments, not " + arity);
            }
            body = b.body();
        } else if (arg instanceof Expr.NameExpr n && n.args().isEmpty()) {
            List<Expr> callArgs = new ArrayList<>();
            for (int i = 0; i < arity; i++) {
                String p = "_arg" + (i + 1);
                tlaParams.add(p);
                callArgs.add(new Expr.NameExpr(new Name(p, arg.range()), List.of(), arg.range()));
            }
            body = new Expr.NameExpr(n.name(), callArgs, arg.range());
        } else {
            throw new Untranslatable(arg, "only LAMBDA and operator names are translated as operator arguments");
        }
        String array = arity > 2 && !test ? sc.names.fresh("args") : null;
        List<String> javaParams = new ArrayList<>();
        Scope inner = sc;
        for (int i = 0; i < arity; i++) {
            String x = array != null ? array + "[" + i + "]" : sc.names.fresh(tlaParams.get(i));
            javaParams.add(x);
            inner = inner.local(tlaParams.get(i), x);
        }
        String head = array != null ? array : arity == 1 ? javaParams.get(0) : "(" + String.join(", ", javaParams) + ")";
        return head + " -> " + (test ? ex.bool(body, inner) : ex.value(body, inner));
    }
}
