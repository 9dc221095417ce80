package dev.lockstep.translator.analysis;

import dev.lockstep.speclang.ast.Bound;
import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.ast.Operator;
import dev.lockstep.speclang.ast.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Small structural helpers over spec-lang expressions. */
public final class Exprs {
    private Exprs() {
    }

    /** The direct subexpressions of {@code e} (bound sets included). */
    public static List<Expr> children(Expr e) {
        List<Expr> out = new ArrayList<>();
        if (e instanceof Expr.NameExpr n) {
            out.addAll(n.args());
        } else if (e instanceof Expr.Selector s) {
            out.add(s.base());
            out.addAll(s.args());
        } else if (e instanceof Expr.OpApp o) {
            out.addAll(o.args());
        } else if (e instanceof Expr.Binder b) {
            for (Bound bd : b.bounds()) {
                if (bd.set() != null) {
                    out.add(bd.set());
                }
            }
            out.add(b.body());
        } else if (e instanceof Expr.Record r) {
            r.fields().forEach(f -> out.add(f.value()));
        } else if (e instanceof Expr.FieldAccess f) {
            out.add(f.record());
        } else if (e instanceof Expr.Except x) {
            out.add(x.function());
            for (Expr.ExceptClause c : x.clauses()) {
                for (Expr.PathElement p : c.path()) {
                    if (p.index() != null) {
                        out.addAll(p.index());
                    }
                }
                out.add(c.value());
            }
        } else if (e instanceof Expr.Case c) {
            for (Expr.CaseArm a : c.arms()) {
                out.add(a.guard());
                out.add(a.value());
            }
            if (c.other() != null) {
                out.add(c.other());
            }
        } else if (e instanceof Expr.Let l) {
            for (Unit u : l.definitions()) {
                if (u instanceof Unit.OperatorDef d) {
                    out.add(d.body());
                } else if (u instanceof Unit.FunctionDef f) {
                    f.bounds().forEach(b -> {
                        if (b.set() != null) {
                            out.add(b.set());
                        }
                    });
                    out.add(f.body());
                }
            }
            out.add(l.body());
        } else if (e instanceof Expr.Junction j) {
            out.addAll(j.items());
        } else if (e instanceof Expr.Label l) {
            out.add(l.body());
        } else if (e instanceof Expr.AssumeProve a) {
            out.addAll(a.assumptions());
            out.add(a.goal());
        }
        return out;
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
        for (Expr c : children(e)) {
            if (c != null && any(c, p, skip)) {
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
