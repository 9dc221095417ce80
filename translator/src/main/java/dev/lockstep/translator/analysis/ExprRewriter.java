package dev.lockstep.translator.analysis;

import dev.lockstep.speclang.ast.Bound;
import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.ast.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Rebuilds an expression top-down: where {@code replace} returns a non-null expression, that
 * expression takes the node's place (and is not visited further); elsewhere the node is rebuilt
 * from its rewritten children. Pure; the AST records are immutable.
 */
public final class ExprRewriter {
    private final Function<Expr, Expr> replace;

    public ExprRewriter(Function<Expr, Expr> replace) {
        this.replace = replace;
    }

    public Expr rewrite(Expr e) {
        if (e == null) {
            return null;
        }
        Expr r = replace.apply(e);
        if (r != null) {
            return r;
        }
        if (e instanceof Expr.NameExpr n) {
            return new Expr.NameExpr(n.name(), all(n.args()), n.range());
        } else if (e instanceof Expr.Selector s) {
            return new Expr.Selector(rewrite(s.base()), s.selector(), all(s.args()), s.range());
        } else if (e instanceof Expr.OpApp o) {
            return new Expr.OpApp(o.op(), all(o.args()), o.range());
        } else if (e instanceof Expr.Binder b) {
            return new Expr.Binder(b.kind(), bounds(b.bounds()), rewrite(b.body()), b.range());
        } else if (e instanceof Expr.Record r2) {
            return new Expr.Record(r2.set(),
                    r2.fields().stream().map(f -> new Expr.Field(f.name(), rewrite(f.value()))).toList(), r2.range());
        } else if (e instanceof Expr.FieldAccess f) {
            return new Expr.FieldAccess(rewrite(f.record()), f.field(), f.range());
        } else if (e instanceof Expr.Except x) {
            return new Expr.Except(rewrite(x.function()), x.clauses().stream()
                    .map(c -> new Expr.ExceptClause(c.path().stream()
                            .map(p -> new Expr.PathElement(p.field(), p.index() == null ? null : all(p.index())))
                            .toList(), rewrite(c.value())))
                    .toList(), x.range());
        } else if (e instanceof Expr.Case c) {
            return new Expr.Case(c.arms().stream()
                    .map(a -> new Expr.CaseArm(rewrite(a.guard()), rewrite(a.value()))).toList(),
                    rewrite(c.other()), c.range());
        } else if (e instanceof Expr.Let l) {
            return new Expr.Let(l.definitions().stream().map(this::unit).toList(), rewrite(l.body()),
                    l.range());
        } else if (e instanceof Expr.Junction j) {
            return new Expr.Junction(j.kind(), all(j.items()), j.range());
        } else if (e instanceof Expr.Label l) {
            return new Expr.Label(l.label(), l.params(), rewrite(l.body()), l.range());
        } else if (e instanceof Expr.AssumeProve a) {
            return new Expr.AssumeProve(all(a.assumptions()), rewrite(a.goal()), a.range());
        } else if (e instanceof Expr.NewSymbol n) {
            return new Expr.NewSymbol(n.kind(), n.decl(), rewrite(n.set()), n.range());
        } else if (e instanceof Expr.Literal l) {
            return l;
        } else if (e instanceof Expr.Error err) {
            return err;
        }
        throw new IllegalArgumentException("unknown expression kind " + e.getClass());
    }

    /** A definition unit with its body (and bounds) rewritten; other units unchanged. */
    public Unit unit(Unit u) {
        if (u instanceof Unit.OperatorDef d) {
            return new Unit.OperatorDef(d.local(), d.name(), d.fixity(), d.params(), rewrite(d.body()), d.range());
        }
        if (u instanceof Unit.FunctionDef f) {
            return new Unit.FunctionDef(f.local(), f.name(), bounds(f.bounds()), rewrite(f.body()), f.range());
        }
        if (u instanceof Unit.Assumption a) {
            return new Unit.Assumption(a.kind(), a.name(), rewrite(a.body()), a.range());
        }
        return u;
    }

    private List<Expr> all(List<Expr> es) {
        List<Expr> out = new ArrayList<>(es.size());
        for (Expr e : es) {
            out.add(rewrite(e));
        }
        return out;
    }

    private List<Bound> bounds(List<Bound> bs) {
        return bs.stream().map(b -> new Bound(b.names(), b.tuple(), rewrite(b.set()), b.range())).toList();
    }
}
