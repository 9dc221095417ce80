package dev.lockstep.speclang.resolve;

import static dev.lockstep.speclang.resolve.Level.ACTION;
import static dev.lockstep.speclang.resolve.Level.CONSTANT;
import static dev.lockstep.speclang.resolve.Level.STATE;
import static dev.lockstep.speclang.resolve.Level.TEMPORAL;

import dev.lockstep.speclang.ast.Bound;
import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.ast.Module;
import dev.lockstep.speclang.ast.OpDecl;
import dev.lockstep.speclang.ast.Operator;
import dev.lockstep.speclang.ast.Proof;
import dev.lockstep.speclang.ast.ProofStep;
import dev.lockstep.speclang.ast.Substitution;
import dev.lockstep.speclang.ast.Unit;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.SourceRange;
import dev.lockstep.speclang.resolve.LevelContext.Binding;
import dev.lockstep.speclang.resolve.LevelContext.Closure;
import dev.lockstep.speclang.resolve.LevelContext.Ctx;
import dev.lockstep.speclang.resolve.LevelContext.LevelBinding;
import dev.lockstep.speclang.resolve.LevelContext.Lv;
import dev.lockstep.speclang.resolve.LevelContext.Sink;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SANY's level checking (Specifying Systems, section 17.2; tla2sany's {@code LevelNode} and
 * {@code BuiltInLevel}) on a resolved module. Every expression has a {@link Level}: constant, state
 * (it mentions a variable), action (a prime or an action operator) or temporal. Each
 * built-in operator has a maximum level per argument (the argument of {@code '} and
 * {@code UNCHANGED} at most state level, of {@code ENABLED}, {@code =}, set and tuple constructors
 * at most action level, ...), and a user-defined operator inherits the limits its body puts on its
 * parameters. Reports, only where the parts are themselves level-correct, as SANY does:
 * <ul>
 * <li>LS205: an argument (or a bound's set) above the level its operator allows; for a
 * user-defined operator the body is evaluated with the arguments' levels, so {@code G(p) == p'}
 * rejects {@code G(x')};</li>
 * <li>LS206: an action where only a temporal formula or state predicate may stand: {@code []A} or
 * {@code <>A} with A an action not of the form {@code [A]_v} / {@code <<A>>_v}, an action operand
 * of {@code ~>} or {@code -+->}, a conjunction, disjunction, implication or equivalence with both
 * an action and a temporal operand;</li>
 * <li>LS207: an ASSUME whose level is not constant;</li>
 * <li>LS208: an INSTANCE substitution above the level of the parameter it replaces (a constant by
 * a non-constant, a variable by an action).</li>
 * </ul>
 * As in SANY, the LS206 checks look at each expression where it is written: an operator whose body
 * is {@code []p} may be applied to an action. Operators of modules in other files are read (through
 * the {@link ModuleLoader}) when applied, so their levels and limits count; errors inside those
 * modules are left to checking them. A fresh checker per call: no shared state.
 */
final class LevelChecker {

    /** The definitions, instances and resolved names the checker looks up. */
    private final LevelIndex known;
    /** Definitions already checked, by definition and the bindings it was defined in (a LET's differ per application). */
    private final Map<Object, Map<Ctx, Lv>> definitionChecks = new IdentityHashMap<>();
    /** Applications already evaluated, by definition, the bindings it was defined in, and argument levels. */
    private final Map<Object, Map<Ctx, Map<List<Level>, Lv>>> applications = new IdentityHashMap<>();
    private final Set<Object> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Sink report = new Sink(diagnostics);

    private LevelChecker(List<Reference> references, ModuleLoader loader) {
        this.known = new LevelIndex(references, loader);
    }

    /** The LS205-LS208 errors in the root module and, when asked, the levels of what it defines. */
    record Result(List<Diagnostic> diagnostics, Map<String, Level> definitions) {
    }

    /**
     * Level-checks {@code root} (whose names {@code references} resolve); modules it uses from other
     * files are read through {@code loader} when one of their definitions is applied. Returns the
     * LS205-LS208 errors in {@code root} and, with {@code levels}, the level of every definition the
     * root module sees ({@link DefinitionLevels}).
     */
    static Result check(Module root, List<Reference> references, ModuleLoader loader, boolean levels) {
        LevelChecker c = new LevelChecker(references, loader);
        c.known.index(root);
        c.module(root);
        return new Result(List.copyOf(c.diagnostics), levels ? DefinitionLevels.of(root, c, c.known) : Map.of());
    }

    // ------------------------------------------------------------------ units

    private void module(Module m) {
        for (Unit u : m.units()) {
            Ctx ctx = new Ctx(null, report, CONSTANT);
            if (u instanceof Unit.OperatorDef || u instanceof Unit.FunctionDef) {
                definitionCheck(closureOf(u, null)); // as its uses see it: reported once
            } else if (u instanceof Unit.ModuleDef md) {
                Ctx inner = ctx.child();
                md.params().forEach(p -> inner.bindings.put(p.name().range(), new LevelBinding(CONSTANT)));
                substitutions(md.instance(), inner);
            } else if (u instanceof Unit.Instance i) {
                substitutions(i, ctx);
            } else if (u instanceof Unit.Assumption a) {
                Lv lv = eval(a.body(), ctx);
                if (lv.ok() && lv.level().isAbove(CONSTANT)) {
                    report.report(DiagnosticCode.LS207_LEVEL_ASSUMPTION, a.range(),
                            "an assumption must be constant, but this one has " + lv.level().text() + " level");
                }
            } else if (u instanceof Unit.Theorem t) {
                eval(t.body(), ctx);
                if (t.proof() != null) {
                    proof(t.proof(), ctx.child());
                }
            } else if (u instanceof Unit.UseOrHide uh) {
                uh.facts().forEach(f -> eval(f, ctx));
            } else if (u instanceof Module nested) {
                module(nested);
            }
        }
    }

    /** SANY level-checks proofs too: step formulas, PICK sets, DEFINEd operators, BY facts. */
    private void proof(Proof p, Ctx ctx) {
        if (p instanceof Proof.Terminal t) {
            t.facts().forEach(f -> eval(f, ctx));
            return;
        }
        for (ProofStep step : ((Proof.Steps) p).steps()) {
            boundsLevel(step.bounds(), ctx);
            bounds(step.bounds(), ctx);
            step.exprs().forEach(e -> eval(e, ctx));
            Map<SourceRange, Unit> defined = new HashMap<>();
            LevelIndex.indexUnits(step.definitions(), defined);
            defined.forEach((range, def) -> ctx.bindings.put(range, closureOf(def, ctx)));
            for (Unit d : step.definitions()) {
                if (d instanceof Unit.OperatorDef || d instanceof Unit.FunctionDef) {
                    definitionCheck((Closure) ctx.bindings.get(nameRange(d)));
                }
            }
            if (step.use() != null) {
                step.use().facts().forEach(f -> eval(f, ctx));
            }
            if (step.proof() != null) {
                proof(step.proof(), ctx.child());
            }
        }
    }

    /** Checks an INSTANCE's substitutions: constants by constants, variables by at most state level. */
    private void substitutions(Unit.Instance i, Ctx ctx) {
        for (Substitution s : i.substitutions()) {
            Lv lv = isOperatorArgument(s.value(), ctx) ? operatorLevel(s.value(), ctx) : eval(s.value(), ctx);
            Symbol param = known.parameterOf(i, s.parameter().text());
            if (param == null || !lv.ok()) {
                continue;
            }
            Level max = param.kind() == Symbol.Kind.CONSTANT ? CONSTANT : STATE;
            if (lv.level().isAbove(max)) {
                ctx.sink.report(DiagnosticCode.LS208_LEVEL_SUBSTITUTION, s.value().range(),
                        "INSTANCE " + i.module().text() + ": '" + s.parameter().text() + "' is a "
                                + (max == CONSTANT ? "constant" : "variable") + " and cannot be replaced by an expression of "
                                + lv.level().text() + " level");
            }
        }
    }

    // ------------------------------------------------------------------ definitions

    private Closure closureOf(Object def, Ctx env) {
        if (def instanceof Unit.OperatorDef d) {
            return new Closure(d, d.params().stream().map(OpDecl::name).toList(), d.body(), env);
        }
        if (def instanceof Unit.FunctionDef f) {
            return new Closure(f, List.of(), null, env);
        }
        Expr.Binder lambda = (Expr.Binder) def;
        return new Closure(lambda, lambda.bounds().stream().flatMap(b -> b.names().stream()).toList(), lambda.body(), env);
    }

    /** The level of a definition with its parameters at constant level; reports what it finds once. */
    private Lv definitionCheck(Closure c) {
        Map<Ctx, Lv> byEnv = definitionChecks.get(c.def());
        Ctx key = memoEnv(c);
        Lv done = byEnv == null ? null : byEnv.get(key);
        if (done != null) {
            return done;
        }
        if (!inProgress.add(c.def())) {
            return Lv.ZERO; // a recursive use: the level found so far is constant
        }
        Sink sink = c.env() != null ? c.env().sink : known.external(c.def()) ? new Sink(null) : report;
        Lv lv = evaluate(c, new Ctx(c.env(), sink, CONSTANT));
        inProgress.remove(c.def());
        definitionChecks.computeIfAbsent(c.def(), k -> new HashMap<>()).put(key, lv);
        return lv;
    }

    /**
     * What a definition's check is remembered by besides the definition: nothing for a module's
     * definitions (checked once, as written), the bindings for a LET or LAMBDA, whose body reads
     * the parameters of the application it is in (an operator passed to {@code FoldSet}).
     */
    private Ctx memoEnv(Closure c) {
        return c.def() instanceof Unit u && known.definition(nameRange(u)) == u ? null : c.env();
    }

    /** A definition's body (and a function's sets) evaluated in {@code ctx}, parameters at constant level. */
    private Lv evaluate(Closure c, Ctx ctx) {
        if (c.def() instanceof Unit.FunctionDef f) {
            Ctx inner = bounds(f.bounds(), ctx.child());
            Lv setsLv = boundsLevel(f.bounds(), ctx);
            Lv body = eval(f.body(), inner);
            return new Lv(setsLv.level().join(body.level()), setsLv.ok() && body.ok());
        }
        c.params().forEach(p -> ctx.bindings.put(p.range(), new LevelBinding(CONSTANT)));
        return eval(c.body(), ctx);
    }

    /** The level of a module's definition {@code def} (parameters at constant level); reports nothing new. */
    Level levelOf(Unit def) {
        return definitionCheck(closureOf(def, null)).level();
    }

    /**
     * Applies an operator to arguments: its body evaluated with the arguments' levels (operators
     * passed as arguments bound to themselves). A limit the body puts on a parameter that an
     * argument exceeds is LS205 at the application.
     */
    private Lv apply(Closure c, List<Expr> args, Ctx caller, SourceRange site, String opName) {
        boolean argsOk = true;
        Level maxArg = CONSTANT;
        List<Binding> bound = new ArrayList<>();
        List<Level> levels = new ArrayList<>();
        for (Expr a : args) {
            if (isOperatorArgument(a, caller)) {
                Binding op = operatorBinding(a, caller);
                bound.add(op);
                levels = null;
                continue;
            }
            Lv lv = eval(a, caller);
            argsOk &= lv.ok();
            maxArg = maxArg.join(lv.level());
            bound.add(new LevelBinding(lv.level()));
            if (levels != null) {
                levels.add(lv.level());
            }
        }
        Lv def = definitionCheck(c);
        if (c.def() instanceof Unit.FunctionDef) {
            return new Lv(def.level().join(maxArg), def.ok() && argsOk);
        }
        if (!def.ok() || !argsOk || c.params().size() != bound.size() || inProgress.contains(c.def())) {
            // an error already reported inside, an arity error (the resolver's), or a recursive use
            return new Lv(def.level().join(maxArg), def.ok() && argsOk);
        }
        boolean memo = levels != null;
        Map<List<Level>, Lv> known = null;
        if (memo) {
            // the same closure applied to arguments of the same levels has the same outcome: keeps
            // chains like F2(p) == F1(F1(p)) linear
            known = applications.computeIfAbsent(c.def(), k -> new IdentityHashMap<>())
                    .computeIfAbsent(c.env(), k -> new HashMap<>());
            Lv done = known.get(levels);
            if (done != null) {
                if (!done.ok()) {
                    LevelRules.levelError(caller, site, opName);
                }
                return done;
            }
        }
        Sink quiet = new Sink(null);
        Ctx ctx = new Ctx(c.env(), quiet, CONSTANT);
        for (int i = 0; i < bound.size(); i++) {
            ctx.bindings.put(c.params().get(i).range(), bound.get(i));
        }
        inProgress.add(c.def());
        Lv body = eval(c.body(), ctx);
        inProgress.remove(c.def());
        Lv result = new Lv(body.level(), !quiet.violated);
        if (memo) {
            known.put(levels, result);
        }
        if (quiet.violated) {
            LevelRules.levelError(caller, site, opName);
        }
        return result;
    }

    /** Whether {@code e}, as an argument, passes an operator (a LAMBDA or an operator's bare name). */
    private boolean isOperatorArgument(Expr e, Ctx ctx) {
        if (e instanceof Expr.Binder b && b.kind() == Expr.BinderKind.LAMBDA) {
            return true;
        }
        if (e instanceof Expr.NameExpr n && n.args().isEmpty()) {
            Symbol s = known.symbol(n.name().range());
            return s != null && s.arity() > 0 && (s.kind() == Symbol.Kind.OPERATOR || s.kind() == Symbol.Kind.PARAMETER
                    || s.kind() == Symbol.Kind.CONSTANT);
        }
        return false;
    }

    private Binding operatorBinding(Expr e, Ctx ctx) {
        if (e instanceof Expr.Binder b) {
            return closureOf(b, ctx);
        }
        Symbol s = known.symbol(((Expr.NameExpr) e).name().range());
        Binding local = s.definition() == null ? null : ctx.lookup(s.definition());
        if (local != null) {
            return local;
        }
        Unit def = known.inFile(s) ? known.definition(s.definition()) : null;
        return def == null ? new LevelBinding(CONSTANT) : closureOf(def, null);
    }

    /** The level of an operator passed as an argument or substituted for an operator constant. */
    private Lv operatorLevel(Expr e, Ctx ctx) {
        Binding b = operatorBinding(e, ctx);
        return b instanceof Closure c ? definitionCheck(c) : new Lv(((LevelBinding) b).level(), true);
    }

    // ------------------------------------------------------------------ expressions

    private Lv eval(Expr e, Ctx ctx) {
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
            local.forEach((range, def) -> inner.bindings.put(range, closureOf(def, inner)));
            boolean ok = true;
            for (Unit d : l.definitions()) {
                if (d instanceof Unit.OperatorDef || d instanceof Unit.FunctionDef) {
                    ok &= definitionCheck((Closure) inner.bindings.get(nameRange(d))).ok();
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

    private static SourceRange nameRange(Unit d) {
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
                b = closureOf(def, null);
            }
        }
        if (b instanceof Closure c) {
            return apply(c, n.args(), ctx, n.range(), text);
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
        boolean standard = s.definition() == null && s.kind() == Symbol.Kind.OPERATOR;
        return builtin(text, n.args(), standard ? ACTION : TEMPORAL, own, true, ctx, n.range());
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
                    if (param != null && !isOperatorArgument(sub.value(), instanceArgs)) {
                        Lv v = evalQuiet(sub.value(), instanceArgs);
                        env.bindings.put(param.definition(), new LevelBinding(v.level()));
                    }
                }
                if (!ok) {
                    return new Lv(CONSTANT, false);
                }
                return apply(closureOf(def, env.bindings.isEmpty() ? null : env), s.args(), ctx, s.range(),
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
            out.add(isOperatorArgument(a, ctx) ? operatorLevel(a, ctx) : eval(a, ctx));
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
                    b = closureOf(known.definition(s.definition()), null);
                }
                if (b instanceof Closure c) {
                    return apply(c, args, ctx, o.range(), sym);
                }
                if (b instanceof LevelBinding || s.kind() == Symbol.Kind.CONSTANT || s.kind() == Symbol.Kind.PARAMETER) {
                    return builtin(sym, args, TEMPORAL, b instanceof LevelBinding lb ? lb.level() : CONSTANT, true, ctx, o.range());
                }
            }
            if (s != null && s.definition() != null) {
                return builtin(sym, args, TEMPORAL, CONSTANT, true, ctx, o.range()); // another file's operator
            }
        }
        return builtin(sym, args, ACTION, CONSTANT, true, ctx, o.range());
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

    private Lv boundsLevel(List<Bound> bounds, Ctx ctx) {
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
    private static Ctx bounds(List<Bound> bounds, Ctx inner) {
        bounds.forEach(bd -> bd.names().forEach(n -> inner.bindings.put(n.range(), new LevelBinding(CONSTANT))));
        return inner;
    }
}
