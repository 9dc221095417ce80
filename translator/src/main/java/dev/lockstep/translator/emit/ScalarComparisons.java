package dev.lockstep.translator.emit;

import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.ast.Operator;
import dev.lockstep.translator.analysis.TlaType;
import java.math.BigInteger;

/**
 * Comparisons the types let Java do on its own scalars: {@code s.count() < 3} rather than
 * {@code Tla.lt(Tla.integer(s.count()), Tla.integer(3))}, {@code s.tmState() == TmState.INIT}
 * rather than comparing TLA+ strings. The state record holds such variables as {@code long}s and
 * enum constants, so the two forms mean the same.
 */
final class ScalarComparisons {
    private final EmitContext cx;

    ScalarComparisons(EmitContext cx) {
        this.cx = cx;
    }

    /** A comparison operand that is a Java scalar: a {@code long} or a constant of one of the state's enums. */
    private record Scalar(String java, TlaType type) {
    }

    /**
     * {@code l op r} compared as Java scalars, {@code s.count() < 3} or {@code s.tmState() ==
     * TmState.INIT}, when the types allow: integers as {@code long}s, a variable of a fixed set
     * of strings against a member of that set or a variable of the same set. Else null.
     */
    String compare(Operator op, Expr l, Expr r, Scope sc) {
        Scalar x = scalar(l, sc, null);
        Scalar y = scalar(r, sc, x == null ? null : x.type());
        if (y != null && x == null) {
            x = scalar(l, sc, y.type());
        }
        if (x == null || y == null || !x.type().equals(y.type())
                || !(x.type() instanceof TlaType.Int) && op != Operator.EQ && op != Operator.NEQ) {
            return null;
        }
        String symbol = switch (op) {
            case EQ -> "==";
            case NEQ -> "!=";
            case LT -> "<";
            case LEQ -> "<=";
            case GT -> ">";
            default -> ">=";
        };
        return x.java() + " " + symbol + " " + y.java();
    }

    /**
     * {@code e} as a Java scalar: a variable of type integer or fixed set of strings read from the
     * state, an integer literal, or a string literal when {@code other} is the fixed set it belongs to.
     */
    private Scalar scalar(Expr e, Scope sc, TlaType other) {
        if (e instanceof Expr.NameExpr n && n.args().isEmpty() && !sc.init && sc.lookup(n.name().text()) == null
                && cx.spec().variables().contains(n.name().text())) {
            TlaType t = cx.types().get(n.name().text());
            return t instanceof TlaType.Int || t instanceof TlaType.Strings
                    ? new Scalar(sc.state + "." + cx.naming().variable(n.name().text()) + "()", t) : null;
        }
        if (e instanceof Expr.Literal lit && lit.kind() == Expr.LiteralKind.NUMBER) {
            BigInteger v = new BigInteger(lit.text());
            return v.bitLength() < 31 ? new Scalar(v.toString(), TlaType.INT)
                    : v.bitLength() < 63 ? new Scalar(v + "L", TlaType.INT) : null;
        }
        if (e instanceof Expr.Literal lit && lit.kind() == Expr.LiteralKind.STRING && other instanceof TlaType.Strings s
                && s.members().contains(lit.text())) {
            String constant = ValueEnums.constantNames(s.members()).get(s.members().indexOf(lit.text()));
            return new Scalar(cx.javaTypes().boxed(s) + "." + constant, s);
        }
        return null;
    }
}
