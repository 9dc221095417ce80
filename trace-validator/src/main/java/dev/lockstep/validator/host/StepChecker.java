package dev.lockstep.validator.host;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.bridge.eval.ItfValues;
import dev.lockstep.validator.Verdict.Divergence;
import dev.lockstep.validator.host.HostProtocol.Failure;
import dev.lockstep.validator.host.HostProtocol.Instance;
import dev.lockstep.validator.log.RawState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tla2sany.semantic.FormalParamNode;
import tla2sany.semantic.OpDeclNode;
import tla2sany.semantic.OpDefNode;
import tlc2.util.Context;
import tlc2.tool.Action;
import tlc2.tool.EvalControl;
import tlc2.tool.StateVec;
import tlc2.tool.TLCState;
import tlc2.tool.impl.Tool;
import tlc2.value.IValue;
import tlc2.value.impl.BoolValue;
import tlc2.value.impl.Value;

/**
 * Checks log steps with TLC's own evaluator. It keeps the state of the previous line only, so its
 * memory does not grow with the log. Each step is decided by evaluating the named action instance's
 * predicate on the pair (state before, state after), as TLC does for action constraints; only on
 * failure does it enumerate successors to explain. The states come from {@link LoggedStates}, the
 * instances a line names from {@link ActionIndex}; a failure's context is {@link StepContext}'s, and
 * a line's refused and allowed instances are {@link RefusedCheck}'s.
 */
final class StepChecker {
    private final Tool tool;
    private final ItfValues values;
    private final Explainer explainer;
    private final LoggedStates states;
    private final ActionIndex index;
    private final StepContext context;
    private final RefusedCheck refusedCheck;
    private final Map<String, OpDefNode> operators = new HashMap<>();
    private final QuantifiedCalls quantified;
    private String paramsText;
    private TLCState current;
    /** Why a step's verdict is no function of the step (an impure operator the actions reach), or null. */
    private final String impure;
    /** The conforming steps seen, or null when not caching. */
    private StepCache cache;
    /**
     * The last line's full state when a cache hit skipped building it (then {@link #current} is
     * older; {@link LoggedStates#skip} took the values it changes).
     */
    private RawState pending;
    /** Whether {@link #beforeHash} holds the hashes of the state before the next step (not while the cache pauses). */
    private boolean beforeHashed;
    private long[] beforeHash;
    private long[] afterHash;
    private final long[] stepKey = new long[2];
    /** Per name a line may give as its action, the variables its verdict reads ({@link ActionFootprint#byName}). */
    private final Map<String, ActionFootprint> footprints;
    private final ActionFootprint everyVariable;
    /** The split actions that are existentials over a set the state determines ({@link GuidedExists}). */
    private final Map<Action, GuidedExists> guided = new java.util.IdentityHashMap<>();

    /** Whether the step was checked against the whole next-state relation ({@link #checkOperator}). */
    private boolean wholeRelation;

    private final Set<String> modelValues;
    private final SpecSource source;

    StepChecker(Tool tool, Set<String> modelValues, SpecSource source) {
        this(tool, modelValues, source, null);
    }

    private StepChecker(Tool tool, Set<String> modelValues, SpecSource source, StepChecker first) {
        this.tool = tool;
        this.modelValues = modelValues;
        this.source = source;
        this.values = new ItfValues(modelValues);
        this.explainer = new Explainer(tool, source);
        this.states = new LoggedStates(values);
        this.index = new ActionIndex(tool, values);
        this.context = new StepContext(tool, index.all(), states.variables());
        this.refusedCheck = new RefusedCheck(index, context, explainer);
        for (OpDefNode d : tool.getRootModule().getOpDefs()) {
            if (d.getBody() != null && d.getLevel() == 2) {
                operators.putIfAbsent(d.getName().toString(), d);
            }
        }
        this.quantified = new QuantifiedCalls(index.all(), tool, values);
        for (ActionInstance ai : index.all()) {
            GuidedExists g = GuidedExists.of(ai.action());
            if (g != null) {
                guided.put(ai.action(), g);
            }
        }
        this.impure = first != null ? first.impure : impureOperator();
        this.footprints = first != null ? first.footprints : ActionFootprint.byName(index, quantified, tool);
        this.everyVariable = ActionFootprint.all(states.variables().length);
        if (first != null && first.cache != null) {
            startCache(first.cache.table());   // one table for the host's workers
        }
    }

    /** A reader of values ahead of this checker, for the log reader's thread. */
    ValuesAhead valuesAhead() {
        return new ValuesAhead(modelValues);
    }

    /** A checker of its own over the same loaded spec, for another thread (caching if this one does). */
    StepChecker another() {
        return new StepChecker(tool, modelValues, source, this);
    }

    /**
     * The first impure operator ({@link SideEffects}) that the actions, or the operators a line may
     * name, reach; null when every step's verdict is a function of the step.
     */
    private String impureOperator() {
        List<tla2sany.semantic.SemanticNode> roots = new ArrayList<>();
        for (ActionInstance ai : index.all()) {
            roots.add(ai.action().pred);
        }
        roots.addAll(operators.values());
        return SideEffects.first(roots);
    }

    /**
     * Caches conforming steps ({@link StepCache}) when {@code on} and the spec allows it (no impure
     * operator); answers why not, or null when caching.
     */
    String cacheSteps(boolean on) {
        cache = null;
        if (on && impure == null) {
            startCache(new StepCache.Table());
        }
        return !on ? "switched off" : impure != null ? "the actions use " + impure : null;
    }

    private void startCache(StepCache.Table table) {
        cache = new StepCache(states.variableNames(), table);
        beforeHash = cache.stateHashes();
        afterHash = cache.stateHashes();
        beforeHashed = false;
    }

    /** The footprint a step of the action a line names is keyed on. */
    ActionFootprint footprint(String action) {
        return footprints.getOrDefault(action, everyVariable);
    }

    /** The cache's hits and misses, or null when not caching. */
    long[] cacheCounts() {
        return cache == null ? null : new long[] {cache.hits(), cache.misses()};
    }

    /** The next step is the first of a new trace (a new run in the same log). */
    void startTrace() {
        current = null;
        pending = null;
    }

    List<String> variableNames() {
        return states.variableNames();
    }

    /**
     * The loaded spec, for the search engine: variables, actions, every split action instance, the
     * operators with their formals, the constants and the model values.
     */
    HostProtocol.Ready describe(List<String> modelValues) {
        List<Instance> inst = new ArrayList<>();
        for (ActionInstance ai : index.all()) {
            Map<String, String> p = new LinkedHashMap<>();
            ai.shown().forEach((k, v) -> p.put(k, v.toString()));
            inst.add(new Instance(ai.name(), p));
        }
        Map<String, List<String>> ops = new LinkedHashMap<>();
        operators.forEach((name, d) -> {
            List<String> f = new ArrayList<>();
            for (FormalParamNode fp : d.getParams()) {
                f.add(fp.getName().toString());
            }
            ops.put(name, f);
        });
        List<String> consts = new ArrayList<>();
        for (OpDeclNode c : tool.getRootModule().getConstantDecls()) {
            consts.add(c.getName().toString());
        }
        return new HostProtocol.Ready(variableNames(), actionNames(), inst, ops, consts, modelValues);
    }

    List<String> actionNames() {
        return new ArrayList<>(index.names());
    }

    /**
     * Checks one log event. Returns null when the step conforms, else the explanation (a
     * {@code fail} message without its sequence number).
     */
    Failure step(String action, JsonNode params, RawState state) {
        return step(action, params, null, state, null);
    }

    /**
     * Checks one log event; {@code paramsText} (the parameters' text in the line, or null) lets
     * repeated parameter combinations skip converting values to find the action instances, and
     * {@code ahead} holds the values the line changes read ahead on the reader's thread (or null).
     */
    Failure step(String action, JsonNode params, String paramsText, RawState state, Value[] ahead) {
        this.paramsText = paramsText;
        boolean keyed = false;
        ActionFootprint footprint = null;
        boolean hashed = cache != null && cache.active() && cache.hashState(state, afterHash);
        if (hashed) {
            // first lines and Init lines are checked against the initial predicate: never cached
            keyed = beforeHashed && (current != null || pending != null) && !"Init".equals(action)
                    && (paramsText != null || params == null);
            if (keyed) {
                footprint = footprint(action);
                cache.hashStep(action, paramsText, footprint, beforeHash, afterHash, stepKey);
                if (cache.conforms(stepKey[0], stepKey[1])) {
                    pending = state;   // its TLC state is built only if a later line needs it
                    states.skip(state, ahead);
                    swapHashes(true);
                    return null;
                }
            }
        }
        Failure built = buildPending();
        if (built != null) {
            return built;
        }
        TLCState next;
        try {
            next = states.make(state, ahead);
        } catch (LoggedStates.Unlogged e) {
            return Failure.of(Divergence.UNLOGGED_VARIABLE, e.getMessage());
        } catch (ItfValues.BadValue e) {
            return Failure.of(Divergence.BAD_STATE, e.getMessage());
        }
        Failure result;
        wholeRelation = false;
        if (current != null) {
            next.setPredecessor(current);   // TLC's level: TLCGet("level") reads the level of the state a step leaves
        }
        tlc2.util.IdThread.setCurrentState(current);
        if (current == null) {
            result = first(action, params, next);
        } else if ("Init".equals(action) && index.named("Init") == null) {
            result = Failure.of(Divergence.INIT_AGAIN, "the log restarts with Init after the first line");
        } else {
            result = check(current, action, params, next);
        }
        // a quantified call's footprint says nothing of a step that conformed through the whole relation
        if (keyed && result == null && (!wholeRelation || footprint.usesAll())) {
            cache.add(stepKey[0], stepKey[1]);
        }
        current = next;
        swapHashes(hashed);
        tlc2.util.IdThread.setCurrentState(current);   // for the refused and allowed instances of this line
        return result;
    }

    /** The state just logged ({@code hashed}: and its hash) becomes the state before the next step. */
    private void swapHashes(boolean hashed) {
        beforeHashed = hashed;
        long[] h = beforeHash;
        beforeHash = afterHash;
        afterHash = h;
    }

    /**
     * Builds the TLC state of the last line when a cache hit skipped it: the state before the next
     * step, or the one its refused and allowed instances are checked in. Its level is not the line's
     * (the lines skipped did not count): only {@code TLCGet("level")} reads it, and a spec using
     * {@code TLCGet} is never cached. Null, or the failure if the state does not convert (it did
     * when a line with the same text was checked, so this is not expected).
     */
    private Failure buildPending() {
        if (pending == null) {
            return null;
        }
        RawState p = pending;
        pending = null;
        try {
            TLCState s = states.make(p, null);
            if (current != null) {
                s.setPredecessor(current);
            }
            current = s;
        } catch (ItfValues.BadValue e) {
            return Failure.of(Divergence.BAD_STATE, "the previous line's state: " + e.getMessage());
        }
        tlc2.util.IdThread.setCurrentState(current);
        return null;
    }

    /** {@link RefusedCheck#refused} in the state of the last line checked; null before the first. */
    Failure refused(JsonNode refused) {
        Failure built = buildPending();
        return built != null || current == null ? built : refusedCheck.refused(refused, current);
    }

    /** {@link RefusedCheck#allowed} in the state of the last line checked; null before the first. */
    Failure allowed(java.util.Collection<JsonNode> calls) {
        Failure built = buildPending();
        return built != null || current == null ? built : refusedCheck.allowed(calls, current);
    }

    /**
     * Takes the full state {@code state} as the state before the next {@link #step}: for explaining
     * a line after a search found the states before it. False when the state does not convert.
     */
    boolean startAt(RawState state) {
        pending = null;
        try {
            current = states.make(state);
            beforeHashed = cache != null && cache.hashState(state, beforeHash);
            return true;
        } catch (ItfValues.BadValue e) {
            return false;
        }
    }

    /**
     * Goes on with a trace from the full state {@code state} logged at 0-based {@code position} in it,
     * as if the trace's lines up to it had been checked here (another worker checks them): the next
     * {@link #step} leaves that state, at TLC's level {@code position + 1} (what {@code TLCGet("level")}
     * reads). False when the state does not convert (the line fails where it is checked).
     */
    boolean resume(RawState state, long position) {
        if (!startAt(state)) {
            return false;
        }
        for (long i = 0; i < position; i++) {
            current.setPredecessor(current);   // one level up per step before: TLC sets no level directly
        }
        return true;
    }

    private Failure first(String action, JsonNode params, TLCState next) {
        if ("Init".equals(action)) {
            tlc2.util.Vect<Action> initSpec = tool.getInitStateSpec();
            for (int i = 0; i < initSpec.size(); i++) {
                Action init = initSpec.elementAt(i);
                if (!holds(init, next, TLCState.Empty)) {
                    return Failure.of(Divergence.INIT_FALSE, "the logged state does not satisfy the initial predicate")
                            .blaming(null, null, explainer.falseConjunct(init.pred, init.con, next, TLCState.Empty))
                            .inContext(null, context.stateItf(next), null, null, null);
                }
            }
            return null;
        }
        // No Init line: the step must start in some initial state of the spec.
        StateVec inits = tool.getInitStates();
        Failure firstFailure = null;
        for (int i = 0; i < inits.size(); i++) {
            Failure r = check(inits.elementAt(i), action, params, next);
            if (r == null) {
                return null;
            }
            if (firstFailure == null) {
                firstFailure = r;
            }
        }
        if (firstFailure == null) {
            return Failure.of(Divergence.NO_INITIAL_STATE, "the spec has no initial state");
        }
        return firstFailure.withMessage("no initial state of the spec leads to this line by " + action
                + " (" + inits.size() + " initial state(s) tried); first one: " + firstFailure.message());
    }

    private Failure check(TLCState before, String action, JsonNode params, TLCState after) {
        List<ActionInstance> named = index.named(action);
        if (named == null && operators.containsKey(action)) {
            if (quantified.covers(action) && quantified.holds(action, params, paramsText, before, after)) {
                return null;
            }
            return checkOperator(before, operators.get(action), params, after);
        }
        if (named == null) {
            return context.inContext(Failure.of(Divergence.UNKNOWN_ACTION, "'" + action + "' is not an action of the spec"
                    + " (actions: " + String.join(", ", index.names()) + ")"), before, after, null);
        }
        List<ActionInstance> candidates = index.candidates(action, named, params, paramsText);
        if (candidates.isEmpty()) {
            String paramProblem = null;
            for (ActionInstance ai : named) {
                paramProblem = index.matches(ai, params);
                if (paramProblem != null) {
                    break;
                }
            }
            return context.inContext(Failure.of(Divergence.NO_SUCH_INSTANCE, "no instance of " + action + " in the next-state"
                    + " relation has these parameters (" + paramProblem + "); instances: " + ActionIndex.labels(named)),
                    before, after, null);
        }
        for (ActionInstance ai : candidates) {
            if (holds(ai.action(), before, after)) {
                return null;
            }
        }
        ActionInstance blamed = candidates.get(0);
        Failure f = Failure.of(Divergence.ACTION_FALSE, blamed.label() + " does not relate the previous state to the"
                + " logged one").blaming(blamed.label(), explainer.location(blamed.action().pred),
                explainer.falseConjunct(blamed.action().pred, blamed.action().con, before, after));
        return context.inContext(f, before, after, candidates);
    }

    /**
     * A logged action that is not one of TLC's split actions (TLC could not split an existential
     * over a state-dependent set, so the whole disjunct is one action named after the enclosing
     * operator): the step must satisfy the next-state relation, and the operator applied to the
     * logged parameters.
     */
    private Failure checkOperator(TLCState before, OpDefNode op, JsonNode params, TLCState after) {
        wholeRelation = true;
        Context con = Context.Empty;
        StringBuilder label = new StringBuilder(op.getName().toString());
        FormalParamNode[] formals = op.getParams();
        if (formals.length > 0) {
            label.append('(');
        }
        for (int i = 0; i < formals.length; i++) {
            String name = formals[i].getName().toString();
            JsonNode v = params == null ? null : params.get(name);
            if (v == null) {
                return context.inContext(Failure.of(Divergence.NO_SUCH_INSTANCE, op.getName() + " is not one of the actions"
                        + " TLC splits the next-state relation into, so the log must give its parameter '" + name
                        + "'"), before, after, null);
            }
            try {
                Value val = values.toValue(v);
                con = con.cons(formals[i], val);
                label.append(i == 0 ? "" : ", ").append(name).append(" = ").append(val);
            } catch (ItfValues.BadValue e) {
                return context.inContext(Failure.of(Divergence.NO_SUCH_INSTANCE, "parameter '" + name + "': " + e.getMessage()),
                        before, after, null);
            }
        }
        if (formals.length > 0) {
            label.append(')');
        }
        boolean inNext = false;
        for (ActionInstance ai : index.all()) {
            if (holds(ai.action(), before, after)) {
                inNext = true;
                break;
            }
        }
        boolean opHolds;
        try {
            IValue v = tool.eval(op.getBody(), con, before, after, EvalControl.Clear);
            opHolds = v instanceof BoolValue b && b.val;
        } catch (RuntimeException | StackOverflowError e) {
            opHolds = false;
        }
        if (inNext && opHolds) {
            return null;
        }
        Failure f = Failure.of(Divergence.ACTION_FALSE, label + (opHolds
                ? " holds, but the step is not one of the next-state relation"
                : " does not relate the previous state to the logged one")).blaming(label.toString(),
                explainer.location(op), opHolds ? null : explainer.falseConjunct(op.getBody(), con, before, after));
        return context.inContext(f, before, after, List.of());
    }

    private boolean holds(Action a, TLCState s0, TLCState s1) {
        try {
            GuidedExists g = guided.get(a);
            Boolean r = g == null ? null : g.holds(tool, s0, s1);
            if (r != null) {
                return r;
            }
            IValue v = tool.eval(a.pred, a.con, s0, s1, EvalControl.Clear);
            return v instanceof BoolValue b && b.val;
        } catch (RuntimeException | StackOverflowError e) {
            return false;
        }
    }

    /**
     * The action instances enabled in {@code state} (a full state), at most {@value ActionIndex#MAX_LISTED};
     * empty when the state cannot be made (a variable missing, a value TLC cannot take).
     */
    List<String> enabledIn(RawState state) {
        try {
            return context.enabledIn(states.make(state));
        } catch (ItfValues.BadValue e) {
            return new ArrayList<>();
        }
    }
}
