package dev.lockstep.translator.analysis;

import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.ast.Operator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Small structural helpers over spec-lang expressions. */
public final class Exprs {
    private Exprs() {
    }

    /** Whether some subexpression (including {@code e}) satisfies {@code p}. */
    public static boolean any(Expr e, Predicate<Expr> p) {
        return any(e, p, x -> false);
    }

    /**
     * Whether some subexpression of {@code e} outside the arguments of {@code ENABLED} satisfies
     * {@code p}: {@code ENABLED A} is a state predicate whatever A's level (its primes and actions
     * are A's own steps, not the step the surrounding formula describes).
     */
    public static boolean anyOutsideEnabled(Expr e, Predicate<Expr> p) {
        return any(e, p, x -> x instanceof Expr.OpApp o && o.op() == Operator.ENABLED);
    }

    /** Whether some subexpression satisfies {@code p}, not looking inside those that satisfy {@code skip}. */
    private static boolean any(Expr e, Predicate<Expr> p, Predicate<Expr> skip) {
        if (skip.test(e)) {
            return false;
        }
        if (p.test(e)) {
            return true;
        }
        for (Expr c : Expr.children(e)) {
            if (any(c, p, skip)) {
                return true;
            }
        }
        return false;
    }

    /** The conjuncts of {@code e}: {@code /\} lists and infix {@code /\} flattened. */
    public static List<Expr> conjuncts(Expr e) {
        List<Expr> out = new ArrayList<>();
        flatten(e, true, out);
        return out;
    }

    /** The disjuncts of {@code e}. */
    public static List<Expr> disjuncts(Expr e) {
        List<Expr> out = new ArrayList<>();
        flatten(e, false, out);
        return out;
    }

    private static void flatten(Expr e, boolean and, List<Expr> out) {
        Operator op = and ? Operator.AND : Operator.OR;
        Expr.JunctionKind jk = and ? Expr.JunctionKind.AND : Expr.JunctionKind.OR;
        if (e instanceof Expr.OpApp o && o.op() == op) {
            o.args().forEach(a -> flatten(a, and, out));
        } else if (e instanceof Expr.Junction j && j.kind() == jk) {
            j.items().forEach(a -> flatten(a, and, out));
        } else if (e instanceof Expr.Label l) {
            flatten(l.body(), and, out);
        } else {
            out.add(e);
        }
    }

    /** Whether {@code e} is a disjunction (of more than one disjunct). */
    public static boolean isDisjunction(Expr e) {
        return disjuncts(e).size() > 1;
    }
}
