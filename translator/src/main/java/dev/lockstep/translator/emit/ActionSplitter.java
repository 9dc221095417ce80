package dev.lockstep.translator.emit;

import dev.lockstep.speclang.ast.Bound;
import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.translator.analysis.Definition;
import dev.lockstep.translator.analysis.Exprs;
import dev.lockstep.translator.analysis.SpecModel;
import dev.lockstep.translator.analysis.TlaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Splits the next-state relation into actions the way TLC does: disjunctions, bounded {@code \E}
 * over constant-level sets, and calls of the spec's action operators are split until what is left
 * no longer splits; each piece is an {@link ActionModel}. Pure: it walks Next once and returns the
 * actions (their parameter types merged over every place Next calls them) and the walk itself as
 * {@link Step}s, from which the base class's enabled-action enumeration is written.
 */
final class ActionSplitter {
    /** A step of the walk over Next: what the enabled-action enumeration does at that point. */
    sealed interface Step permits Exists, Expand, CallDefined, CallUnnamed {
    }

    /** Loops over the bounds of a splitting {@code \E} (a tuple bound binds its components), then {@code body}. */
    record Exists(List<Bound> bounds, List<Step> body) implements Step {
        Exists {
            bounds = List.copyOf(bounds);
            body = List.copyOf(body);
        }
    }

    /** Binds the parameters of an action operator that splits further to the arguments of its call. */
    record Expand(List<String> params, List<Expr> args, List<Step> body) implements Step {
        Expand {
            params = List.copyOf(params);
            args = List.copyOf(args);
            body = List.copyOf(body);
        }
    }

    /** A call of the action operator {@code action} with {@code args}. */
    record CallDefined(MethodKey.Action action, List<Expr> args) implements Step {
        CallDefined {
            args = List.copyOf(args);
        }
    }

    /** An unnamed action; its arguments are its parameters, the names bound where it sits. */
    record CallUnnamed(MethodKey.Action action) implements Step {
    }

    /**
     * The result of a split.
     *
     * @param actions the actions, in the order Next first calls them
     * @param steps   the walk over Next
     * @param failure why Next could not be split (then {@code actions} and {@code steps} hold what
     *                was found before), or null
     */
    record Split(List<ActionModel> actions, List<Step> steps, Untranslatable failure) {
        Split {
            actions = List.copyOf(actions);
            steps = List.copyOf(steps);
        }

        ActionModel action(MethodKey.Action key) {
            return actions.stream().filter(a -> a.key().equals(key)).findFirst().orElseThrow();
        }
    }

    private final SpecModel spec;
    private final BiFunction<Expr, String, TlaType> boundType;
    /** The actions found so far: everything but the parameter types. */
    private final Map<MethodKey.Action, ActionModel> found = new LinkedHashMap<>();
    /** The parameter types of each action, merged over the calls found so far. */
    private final Map<MethodKey.Action, List<TlaType>> merged = new LinkedHashMap<>();

    private ActionSplitter(SpecModel spec, BiFunction<Expr, String, TlaType> boundType) {
        this.spec = spec;
        this.boundType = boundType;
    }

    /**
     * Splits {@code next} (the definition named {@code nextName}) into actions.
     *
     * @param boundType the type of a name bound by {@code \E name \in set}, from the set (any value
     *                  when unknown); it becomes the type of the action parameter the name is passed to
     */
    static Split split(SpecModel spec, Definition next, BiFunction<Expr, String, TlaType> boundType) {
        ActionSplitter s = new ActionSplitter(spec, boundType);
        List<Step> steps = new ArrayList<>();
        Untranslatable failure = null;
        try {
            s.split(next.body(), List.of(), Map.of(), next.name(), steps);
        } catch (Untranslatable u) {
            failure = u;
        }
        List<ActionModel> actions = new ArrayList<>();
        for (ActionModel a : s.found.values()) {
            actions.add(new ActionModel(a.key(), a.logName(), a.params(), s.merged.get(a.key()), a.body(), a.range()));
        }
        return new Split(actions, steps, failure);
    }

    /**
     * Splits {@code e}. {@code bound} are the names bound so far, in order (the parameters of an
     * unnamed action found here), {@code types} their types.
     */
    private void split(Expr e, List<String> bound, Map<String, TlaType> types, String context, List<Step> out)
            throws Untranslatable {
        List<Expr> ds = Exprs.disjuncts(e);
        if (ds.size() > 1) {
            for (Expr d : ds) {
                split(d, bound, types, context, out);
            }
            return;
        }
        e = ds.get(0);
        if (e instanceof Expr.Binder b && b.kind() == Expr.BinderKind.EXISTS && splittable(b)) {
            List<String> innerBound = new ArrayList<>(bound);
            Map<String, TlaType> innerTypes = new LinkedHashMap<>(types);
            for (Bound bd : b.bounds()) {
                for (var n : bd.names()) {
                    innerBound.add(n.text());
                    innerTypes.put(n.text(), bd.tuple() ? TlaType.ANY : boundType.apply(bd.set(), n.text()));
                }
            }
            List<Step> body = new ArrayList<>();
            try {
                split(b.body(), innerBound, innerTypes, context, body);
            } finally {
                out.add(new Exists(b.bounds(), body));
            }
            return;
        }
        if (e instanceof Expr.NameExpr n && !types.containsKey(n.name().text()) && isActionDefinition(n)) {
            Definition d = spec.definition(n.name().text());
            if (d.higherOrder() || d.params().size() != n.args().size()) {
                throw new Untranslatable(n, "cannot expand " + d.name());
            }
            if (splittable(d.body())) {
                Map<String, TlaType> innerTypes = new LinkedHashMap<>();
                for (int i = 0; i < d.params().size(); i++) {
                    innerTypes.put(d.params().get(i), argumentType(n.args().get(i), types));
                }
                List<Step> body = new ArrayList<>();
                try {
                    split(d.body(), d.params(), innerTypes, d.name(), body);
                } finally {
                    out.add(new Expand(d.params(), n.args(), body));
                }
                return;
            }
            MethodKey.Action key = new MethodKey.DefinedAction(d.name());
            found.computeIfAbsent(key, k -> new ActionModel(k, d.name(), d.params(), List.of(), d.body(), d.range()));
            List<TlaType> argTypes = new ArrayList<>();
            for (Expr arg : n.args()) {
                argTypes.add(argumentType(arg, types));
            }
            merge(key, argTypes);
            out.add(new CallDefined(key, n.args()));
            return;
        }
        List<TlaType> argTypes = new ArrayList<>();
        for (String b : bound) {
            argTypes.add(types.getOrDefault(b, TlaType.ANY));
        }
        MethodKey.Action key = new MethodKey.UnnamedAction(context, found.size());
        found.put(key, new ActionModel(key, context, bound, List.of(), e, e.range()));
        merge(key, argTypes);
        out.add(new CallUnnamed(key));
    }

    /** Records one call's argument types: a parameter keeps its type while every call agrees on it. */
    private void merge(MethodKey.Action key, List<TlaType> argTypes) {
        List<TlaType> known = merged.get(key);
        if (known == null) {
            merged.put(key, List.copyOf(argTypes));
            return;
        }
        List<TlaType> m = new ArrayList<>();
        for (int i = 0; i < known.size(); i++) {
            m.add(known.get(i).equals(argTypes.get(i)) ? known.get(i) : TlaType.ANY);
        }
        merged.put(key, m);
    }

    /** The type of an argument of an action call: a bound name's type, else any value. */
    private static TlaType argumentType(Expr arg, Map<String, TlaType> types) {
        if (arg instanceof Expr.NameExpr n && n.args().isEmpty() && types.containsKey(n.name().text())) {
            return types.get(n.name().text());
        }
        return TlaType.ANY;
    }

    private boolean isActionDefinition(Expr.NameExpr n) {
        return spec.definition(n.name().text()) != null && spec.isActionDef(n.name().text());
    }

    private boolean splittable(Expr e) {
        if (e instanceof Expr.Label l) {
            return splittable(l.body());
        }
        if (Exprs.isDisjunction(e)) {
            return true;
        }
        if (e instanceof Expr.Binder b && b.kind() == Expr.BinderKind.EXISTS) {
            // as TLC: an \E over constant-level sets splits; over a variable it stays inside the action,
            // unless its body calls an action with the bound names (\E amt \in 1..bal[f] :
            // Transfer(f, t, amt)): then the step is logged as that action with its parameters, the
            // shape the validator binds directly
            if (!spec.isAction(b.body()) || b.bounds().stream().anyMatch(x -> x.set() == null)) {
                return false;
            }
            return b.bounds().stream().allMatch(x -> spec.isConstantLevel(x.set()))
                    || b.bounds().stream().noneMatch(Bound::tuple) && callsAction(b.body());
        }
        return e instanceof Expr.NameExpr n && isActionDefinition(n);
    }

    /** Whether {@code e}, under existential quantifiers, is a call of an action definition. */
    private boolean callsAction(Expr e) {
        if (e instanceof Expr.Label l) {
            return callsAction(l.body());
        }
        if (e instanceof Expr.Binder b && b.kind() == Expr.BinderKind.EXISTS) {
            return callsAction(b.body());
        }
        return e instanceof Expr.NameExpr n && isActionDefinition(n);
    }
}
