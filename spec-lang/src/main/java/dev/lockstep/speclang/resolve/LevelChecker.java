package dev.lockstep.speclang.resolve;

import static dev.lockstep.speclang.resolve.Level.CONSTANT;
import static dev.lockstep.speclang.resolve.Level.STATE;

import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.ast.Module;
import dev.lockstep.speclang.ast.OpDecl;
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
 *
 * <p>This class walks the units and proofs and evaluates definitions and their applications
 * (once per definition, and once per level of the arguments); {@link LevelExpressions} gives the
 * level of each expression form.
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
    /** The level of each expression form. */
    private final LevelExpressions expressions;

    private LevelChecker(List<Reference> references, ModuleLoader loader) {
        this.known = new LevelIndex(references, loader);
        this.expressions = new LevelExpressions(this, known);
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
                    proof(t.proof(), assuming(t.body(), ctx.child()));
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
            expressions.boundsLevel(step.bounds(), ctx);
            LevelExpressions.bounds(step.bounds(), ctx);
            step.exprs().forEach(e -> eval(e, ctx));
            Map<SourceRange, Unit> defined = new HashMap<>();
            LevelIndex.indexUnits(step.definitions(), defined);
            defined.forEach((range, def) -> ctx.bindings.put(range, closureOf(def, ctx)));
            for (Unit d : step.definitions()) {
                if (d instanceof Unit.OperatorDef || d instanceof Unit.FunctionDef) {
                    definitionCheck((Closure) ctx.bindings.get(LevelExpressions.nameRange(d)));
                }
            }
            if (step.use() != null) {
                step.use().facts().forEach(f -> eval(f, ctx));
            }
            boolean suffices = step.kind() == ProofStep.StepKind.SUFFICES;
            if (step.proof() != null) {
                Ctx inner = ctx.child();
                step.exprs().forEach(e -> assuming(suffices ? null : e, inner));
                proof(step.proof(), inner);
            }
            if (suffices) { // its assumptions hold in the rest of the proof
                step.exprs().forEach(e -> assuming(e, ctx));
            }
        }
    }

    /**
     * The NEW symbols an ASSUME/PROVE declares, at their levels ({@code NEW VARIABLE x} a state
     * function, {@code NEW TEMPORAL F} a temporal formula), bound in {@code ctx}: the proof of the
     * theorem or step, or for SUFFICES the rest of its proof, sees them so (SANY: "Level error in
     * applying operator =" for a temporal NEW symbol compared in a step).
     */
    private static Ctx assuming(Expr e, Ctx ctx) {
        if (e instanceof Expr.AssumeProve ap) {
            for (Expr a : ap.assumptions()) {
                if (a instanceof Expr.NewSymbol ns) {
                    ctx.bindings.put(ns.decl().name().range(), new LevelBinding(LevelRules.newLevel(ns.kind())));
                }
            }
        }
        return ctx;
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

    Closure closureOf(Object def, Ctx env) {
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
    Lv definitionCheck(Closure c) {
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
        return c.def() instanceof Unit u && known.definition(LevelExpressions.nameRange(u)) == u ? null : c.env();
    }

    /** A definition's body (and a function's sets) evaluated in {@code ctx}, parameters at constant level. */
    private Lv evaluate(Closure c, Ctx ctx) {
        if (c.def() instanceof Unit.FunctionDef f) {
            Ctx inner = LevelExpressions.bounds(f.bounds(), ctx.child());
            Lv setsLv = expressions.boundsLevel(f.bounds(), ctx);
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
    Lv apply(Closure c, List<Expr> args, Ctx caller, SourceRange site, String opName) {
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
    boolean isOperatorArgument(Expr e, Ctx ctx) {
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
    Lv operatorLevel(Expr e, Ctx ctx) {
        Binding b = operatorBinding(e, ctx);
        return b instanceof Closure c ? definitionCheck(c) : new Lv(((LevelBinding) b).level(), true);
    }

    private Lv eval(Expr e, Ctx ctx) {
        return expressions.eval(e, ctx);
    }
}
