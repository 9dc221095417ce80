package dev.lockstep.speclang.resolve;

import static dev.lockstep.speclang.resolve.Level.ACTION;
import static dev.lockstep.speclang.resolve.Level.CONSTANT;
import static dev.lockstep.speclang.resolve.Level.STATE;
import static dev.lockstep.speclang.resolve.Level.TEMPORAL;

import dev.lockstep.speclang.ast.Bound;
import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.ast.Operator;
import dev.lockstep.speclang.ast.Substitution;
import dev.lockstep.speclang.ast.Unit;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.SourceRange;
import dev.lockstep.speclang.resolve.LevelContext.Binding;
import dev.lockstep.speclang.resolve.LevelContext.Closure;
import dev.lockstep.speclang.resolve.LevelContext.Ctx;
import dev.lockstep.speclang.resolve.LevelContext.LevelBinding;
import dev.lockstep.speclang.resolve.LevelContext.Lv;
import dev.lockstep.speclang.resolve.LevelContext.Sink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The level of each expression form for {@link LevelChecker} (Specifying Systems, section 17.2;
 * tla2sany's {@code BuiltInLevel}): names, instance selectors, built-in operators with their
 * argument limits, the action forms {@code [A]_v} and {@code WF_v(A)}, quantifiers and the other
 * binders, LET, EXCEPT, CASE and ASSUME/PROVE. Applications of user-defined operators are
 * handed to the checker, which evaluates each definition once per level of its arguments.
 */
final class LevelExpressions {
    /** Definitions and their applications (the checker this evaluator belongs to). */
    private final LevelChecker definitions;
    /** The definitions, instances and resolved names looked up. */
    private final LevelIndex known;

    LevelExpressions(LevelChecker definitions, LevelIndex known) {
        this.definitions = definitions;
        this.known = known;
    }

    /** The level of {@code e} in {@code ctx}; level errors go to {@code ctx}'s sink. */
    Lv eval(Expr e, Ctx ctx) {
        if (e == null || e instanceof Expr.Literal || e instanceof Expr.Error) {
            return Lv.ZERO;
        }
        if (e instanceof Expr.NameExpr n) {
            return name(n, ctx);
        }
        if (e instanceof Expr.Selector s) {
            return selector(s, ctx);
        }
        if (e instanceof Expr.OpApp o) {
            return opApp(o, ctx);
        }
        if (e instanceof Expr.Binder b) {
            return binder(b, ctx);
        }
        if (e instanceof Expr.Record r) {
            List<Expr> values = r.fields().stream().map(Expr.Field::value).toList();
            return builtin(r.set() ? "a set of records" : "a record", values, r.set() ? ACTION : TEMPORAL, CONSTANT, true, ctx, r.range());
        }
        if (e instanceof Expr.FieldAccess f) {
            return builtin("a field selection", List.of(f.record()), ACTION, CONSTANT, true, ctx, f.range());
        }
        if (e instanceof Expr.Except x) {
            return except(x, ctx);
        }
        if (e instanceof Expr.Case c) {
            List<Expr> parts = new ArrayList<>();
            c.arms().forEach(a -> {
                parts.add(a.guard());
                parts.add(a.value());
            });
            if (c.other() != null) {
                parts.add(c.other());
            }
            return builtin("CASE", parts, TEMPORAL, CONSTANT, true, ctx, c.range());
        }
        if (e instanceof Expr.Let l) {
            Ctx inner = ctx.child();
            Map<SourceRange, Unit> local = new HashMap<>();
            LevelIndex.indexUnits(l.definitions(), local);
            local.forEach((range, def) -> inner.bindings.put(range, definitions.closureOf(def, inner)));
            boolean ok = true;
            for (Unit d : l.definitions()) {
                if (d instanceof Unit.OperatorDef || d instanceof Unit.FunctionDef) {
                    ok &= definitions.definitionCheck((Closure) inner.bindings.get(nameRange(d))).ok();
                }
            }
            Lv body = eval(l.body(), inner);
            return new Lv(body.level(), body.ok() && ok);
        }
        if (e instanceof Expr.Junction j) {
            List<Lv> lvs = evalArgs(j.items(), ctx);
            Lv lv = LevelRules.limit(j.kind() == Expr.JunctionKind.AND ? "/\\" : "\\/", lvs, TEMPORAL, CONSTANT, true, ctx, j.range());
            return LevelRules.mixing(j.kind() == Expr.JunctionKind.AND ? "a conjunction list" : "a disjunction list", lvs, lv, ctx, j.range());
        }
        if (e instanceof Expr.Label l) {
            return eval(l.body(), ctx);
        }
        if (e instanceof Expr.AssumeProve ap) {
            Ctx inner = ctx.child();
            boolean ok = true;
            for (Expr a : ap.assumptions()) {
                if (a instanceof Expr.NewSymbol ns) {
                    ok &= eval(ns.set(), inner).ok();
                    inner.bindings.put(ns.decl().name().range(), new LevelBinding(LevelRules.newLevel(ns.kind())));
                } else {
                    ok &= eval(a, inner).ok();
                }
            }
            Lv goal = eval(ap.goal(), inner);
            return new Lv(CONSTANT, ok && goal.ok());
        }
        if (e instanceof Expr.NewSymbol ns) {
            return eval(ns.set(), ctx);
        }
        return Lv.ZERO;
    }

    /** The name of an operator or function definition. */
    static SourceRange nameRange(Unit d) {
        return d instanceof Unit.OperatorDef o ? o.name().range() : ((Unit.FunctionDef) d).name().range();
    }

    private Lv name(Expr.NameExpr n, Ctx ctx) {
        Symbol s = known.symbol(n.name().range());
        String text = n.name().text();
        if (s == null) {
            // built-in constants (TRUE, BOOLEAN, ...), proof step names, unresolved
            return builtin(text, n.args(), ACTION, CONSTANT, true, ctx, n.range());
        }
        Binding b = s.definition() == null ? null : ctx.lookup(s.definition());
        if (b == null && known.inFile(s)) {
            Unit def = known.definition(s.definition());
            if (def != null) {
                b = definitions.closureOf(def, null);
            }
        }
        if (b instanceof Closure c) {
            return definitions.apply(c, n.args(), ctx, n.range(), text);
        }
        Level own;
        if (b instanceof LevelBinding lb) {
            own = lb.level();
            if (s.module() != null && (s.kind() == Symbol.Kind.CONSTANT && own.isAbove(CONSTANT) || s.kind() == Symbol.Kind.VARIABLE && own.isAbove(STATE))) {
                // a module parameter replaced by a higher-level expression (INSTANCE with parameters)
                ctx.sink.report(DiagnosticCode.LS208_LEVEL_SUBSTITUTION, n.range(),
                        "'" + text + "' is replaced by an expression of " + own.text() + " level");
                return new Lv(own, false);
            }
        } else {
            own = switch (s.kind()) {
                case VARIABLE, PLUSCAL_VARIABLE -> STATE;
                default -> CONSTANT;
            };
        }
        if (s.definition() == null && s.kind() == Symbol.Kind.OPERATOR) { // a standard module's
            return LevelRules.limit(text, evalArgs(n.args(), ctx), StandardModules.argumentLevels(text, n.args().size()),
                    own, true, ctx, n.range());
        }
        return builtin(text, n.args(), TEMPORAL, own, true, ctx, n.range());
    }

    private Lv selector(Expr.Selector s, Ctx ctx) {
        Symbol target = known.symbol(s.selector().range());
        if (s.base() instanceof Expr.NameExpr base && target != null && known.inFile(target)) {
            Symbol inst = known.symbol(base.name().range());
            Unit.ModuleDef md = inst == null ? null : known.instance(inst.definition());
            Unit def = known.definition(target.definition());
            if (md != null && def != null && md.params().size() == base.args().size()) {
                // the instance's parameters take the arguments' levels; the module's constants and
                // variables the levels of what replaces them
                Ctx instanceArgs = new Ctx(null, ctx.sink, ctx.atLevel);
                boolean ok = true;
                for (int i = 0; i < md.params().size(); i++) {
                    Lv a = eval(base.args().get(i), ctx);
                    ok &= a.ok();
                    instanceArgs.bindings.put(md.params().get(i).name().range(), new LevelBinding(a.level()));
                }
                Ctx env = new Ctx(null, ctx.sink, ctx.atLevel);
                for (Substitution sub : md.instance().substitutions()) {
                    Symbol param = known.parameterOf(md.instance(), sub.parameter().text());
                    if (param != null && !definitions.isOperatorArgument(sub.value(), instanceArgs)) {
                        Lv v = evalQuiet(sub.value(), instanceArgs);
                        env.bindings.put(param.definition(), new LevelBinding(v.level()));
                    }
                }
                if (!ok) {
                    return new Lv(CONSTANT, false);
                }
                return definitions.apply(definitions.closureOf(def, env.bindings.isEmpty() ? null : env), s.args(), ctx, s.range(),
                        base.name().text() + "!" + s.selector().text());
            }
        }
        List<Expr> parts = new ArrayList<>(s.args());
        if (s.base() instanceof Expr.NameExpr base) {
            parts.addAll(base.args());
        }
        return builtin("!", parts, TEMPORAL, CONSTANT, true, ctx, s.range());
    }

    private Lv evalQuiet(Expr e, Ctx ctx) {
        Ctx quiet = new Ctx(ctx, new Sink(null), ctx.atLevel);
        return eval(e, quiet);
    }

    private Lv except(Expr.Except x, Ctx ctx) {
        Lv f = eval(x.function(), ctx);
        boolean ok = f.ok();
        Level level = f.level();
        boolean tooHigh = f.level().isAbove(ACTION);
        for (Expr.ExceptClause c : x.clauses()) {
            Level at = f.level();
            for (Expr.PathElement p : c.path()) {
                if (p.index() != null) {
                    for (Expr i : p.index()) {
                        Lv lv = eval(i, ctx);
                        ok &= lv.ok();
                        at = at.join(lv.level());
                        tooHigh |= lv.level().isAbove(ACTION);
                        level = level.join(lv.level());
                    }
                }
            }
            Lv v = eval(c.value(), new Ctx(ctx, ctx.sink, at));
            ok &= v.ok();
            tooHigh |= v.level().isAbove(ACTION);
            level = level.join(v.level());
        }
        if (ok && tooHigh) {
            LevelRules.argumentError(ctx, x.range(), "EXCEPT", ACTION);
            return new Lv(level, false);
        }
        return new Lv(level, ok);
    }

    /**
     * A built-in (or standard-module, or declared) operator: each argument at most {@code maxArg};
     * the result is {@code opLevel} or, with {@code weighted}, at least the arguments' levels.
     */
    private Lv builtin(String op, List<Expr> args, Level maxArg, Level opLevel, boolean weighted, Ctx ctx, SourceRange site) {
        return LevelRules.limit(op, evalArgs(args, ctx), maxArg, opLevel, weighted, ctx, site);
    }

    private List<Lv> evalArgs(List<Expr> args, Ctx ctx) {
        List<Lv> out = new ArrayList<>(args.size());
        for (Expr a : args) {
            out.add(definitions.isOperatorArgument(a, ctx) ? definitions.operatorLevel(a, ctx) : eval(a, ctx));
        }
        return out;
    }

    private Lv opApp(Expr.OpApp o, Ctx ctx) {
        Operator op = o.op();
        List<Expr> args = o.args();
        String sym = op.symbol();
        switch (op) {
            case NOT:
                return builtin(sym, args, TEMPORAL, CONSTANT, true, ctx, o.range());
            case AND, OR, IMPLIES, EQUIV: {
                List<Lv> lvs = evalArgs(args, ctx);
                Lv lv = LevelRules.limit(sym, lvs, TEMPORAL, CONSTANT, true, ctx, o.range());
                return LevelRules.mixing("'" + sym + "'", lvs, lv, ctx, o.range());
            }
            case ALWAYS, EVENTUALLY: {
                List<Lv> lvs = evalArgs(args, ctx);
                Lv lv = LevelRules.limit(sym, lvs, TEMPORAL, TEMPORAL, false, ctx, o.range());
                Expr arg = args.get(0);
                Operator form = op == Operator.ALWAYS ? Operator.BOX_ACTION : Operator.ANGLE_ACTION;
                if (lv.ok() && lvs.get(0).level() == ACTION && !(arg instanceof Expr.Let)
                        && !(arg instanceof Expr.Label) && !(arg instanceof Expr.OpApp a && a.op() == form)) {
                    ctx.sink.report(DiagnosticCode.LS206_LEVEL_TEMPORAL_ACTION, o.range(), sym + " followed by an action not of the form "
                            + (op == Operator.ALWAYS ? "[A]_v" : "<<A>>_v"));
                    return new Lv(TEMPORAL, false);
                }
                return lv;
            }
            case LEADS_TO, WHILE_PLUS: {
                List<Lv> lvs = evalArgs(args, ctx);
                Lv lv = LevelRules.limit(sym, lvs, TEMPORAL, TEMPORAL, false, ctx, o.range());
                if (lv.ok() && lvs.stream().anyMatch(a -> a.level() == ACTION)) {
                    ctx.sink.report(DiagnosticCode.LS206_LEVEL_TEMPORAL_ACTION, o.range(),
                            "an action where only a temporal formula or state predicate is allowed (" + sym + ")");
                    return new Lv(TEMPORAL, false);
                }
                return lv;
            }
            case ENABLED:
                return builtin(sym, args, ACTION, STATE, false, ctx, o.range());
            case UNCHANGED, PRIME:
                return builtin(sym, args, STATE, ACTION, false, ctx, o.range());
            case CDOT:
                return builtin(sym, args, ACTION, ACTION, false, ctx, o.range());
            case BOX_ACTION, ANGLE_ACTION:
                return actionForm(op == Operator.BOX_ACTION ? "[A]_v" : "<<A>>_v", args.get(0), args.get(1), ACTION, ctx, o.range());
            case WEAK_FAIRNESS, STRONG_FAIRNESS:
                return actionForm(op == Operator.WEAK_FAIRNESS ? "WF_" : "SF_", args.get(1), args.get(0), TEMPORAL, ctx, o.range());
            case IF_THEN_ELSE:
                return builtin("IF", args, TEMPORAL, CONSTANT, true, ctx, o.range());
            case AT:
                return new Lv(ctx.atLevel, true);
            default:
                break;
        }
        if (op.fixity() != Operator.Fixity.CONSTRUCT) {
            Symbol s = known.symbol(o.range());
            if (s != null && known.inFile(s)) {
                Binding b = ctx.lookup(s.definition());
                if (b == null && known.definition(s.definition()) != null) {
                    b = definitions.closureOf(known.definition(s.definition()), null);
                }
                if (b instanceof Closure c) {
                    return definitions.apply(c, args, ctx, o.range(), sym);
                }
                if (b instanceof LevelBinding || s.kind() == Symbol.Kind.CONSTANT || s.kind() == Symbol.Kind.PARAMETER) {
                    return builtin(sym, args, TEMPORAL, b instanceof LevelBinding lb ? lb.level() : CONSTANT, true, ctx, o.range());
                }
            }
            if (s != null && s.definition() != null) {
                return builtin(sym, args, TEMPORAL, CONSTANT, true, ctx, o.range()); // another file's operator
            }
        }
        // a built-in or a standard module's operator
        return LevelRules.limit(sym, evalArgs(args, ctx), StandardModules.argumentLevels(sym, args.size()), CONSTANT, true, ctx,
                o.range());
    }

    /** {@code [A]_v}, {@code <<A>>_v}, {@code WF_v(A)}, {@code SF_v(A)}: A at most action, v at most state level. */
    private Lv actionForm(String op, Expr action, Expr sub, Level level, Ctx ctx, SourceRange site) {
        Lv a = eval(action, ctx);
        Lv v = eval(sub, ctx);
        if (!a.ok() || !v.ok()) {
            return new Lv(level, false);
        }
        if (a.level().isAbove(ACTION)) {
            LevelRules.argumentError(ctx, site, op, ACTION);
            return new Lv(level, false);
        }
        if (v.level().isAbove(STATE)) {
            LevelRules.argumentError(ctx, site, op + " (its subscript)", STATE);
            return new Lv(level, false);
        }
        return new Lv(level, true);
    }

    private Lv binder(Expr.Binder b, Ctx ctx) {
        switch (b.kind()) {
            case TEMPORAL_FORALL, TEMPORAL_EXISTS: {
                Ctx inner = ctx.child();
                b.bounds().forEach(bd -> bd.names().forEach(n -> inner.bindings.put(n.range(), new LevelBinding(STATE))));
                Lv body = eval(b.body(), inner);
                return new Lv(TEMPORAL, body.ok());
            }
            case LAMBDA: {
                Ctx inner = ctx.child();
                b.bounds().forEach(bd -> bd.names().forEach(n -> inner.bindings.put(n.range(), new LevelBinding(CONSTANT))));
                return eval(b.body(), inner);
            }
            default:
                break;
        }
        Level maxBody = switch (b.kind()) {
            case CHOOSE, SET_FILTER, SET_MAP -> ACTION;
            default -> TEMPORAL;
        };
        Lv sets = boundsLevel(b.bounds(), ctx);
        Ctx inner = bounds(b.bounds(), ctx.child());
        Lv body = eval(b.body(), inner);
        Level level = sets.level().join(body.level());
        if (!sets.ok() || !body.ok()) {
            return new Lv(level, false);
        }
        String what = switch (b.kind()) {
            case CHOOSE -> "CHOOSE";
            case SET_FILTER -> "a set filter {x \\in S : P}";
            case SET_MAP -> "a set map {e : x \\in S}";
            case FUNCTION -> "a function constructor";
            default -> b.kind() == Expr.BinderKind.FORALL ? "\\A" : "\\E";
        };
        if (body.level().isAbove(maxBody)) {
            LevelRules.argumentError(ctx, b.range(), what, maxBody);
            return new Lv(level, false);
        }
        if (sets.level().isAbove(ACTION)) {
            ctx.sink.report(DiagnosticCode.LS205_LEVEL_ARGUMENT, b.range(), "level error in " + what
                    + ": the set a bound variable ranges over is above action level");
            return new Lv(level, false);
        }
        if (level == TEMPORAL && (b.kind() == Expr.BinderKind.FORALL || b.kind() == Expr.BinderKind.EXISTS)
                && sets.level() == ACTION) {
            ctx.sink.report(DiagnosticCode.LS206_LEVEL_TEMPORAL_ACTION, b.range(), "action-level bound of a quantified temporal formula");
            return new Lv(level, false);
        }
        return new Lv(level, true);
    }

    /** The level of the sets bound variables range over. */
    Lv boundsLevel(List<Bound> bounds, Ctx ctx) {
        Level level = CONSTANT;
        boolean ok = true;
        for (Bound bd : bounds) {
            if (bd.set() != null) {
                Lv lv = eval(bd.set(), ctx);
                ok &= lv.ok();
                level = level.join(lv.level());
            }
        }
        return new Lv(level, ok);
    }

    /** Binds bound variables (constant level, as in SANY) in {@code inner}. */
    static Ctx bounds(List<Bound> bounds, Ctx inner) {
        bounds.forEach(bd -> bd.names().forEach(n -> inner.bindings.put(n.range(), new LevelBinding(CONSTANT))));
        return inner;
    }
}
