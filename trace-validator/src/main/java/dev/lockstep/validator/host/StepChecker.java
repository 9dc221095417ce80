package dev.lockstep.validator.host;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.bridge.eval.ItfValues;
import dev.lockstep.bridge.eval.TlcValues;
import dev.lockstep.validator.Verdict.Divergence;
import dev.lockstep.validator.host.HostProtocol.Failure;
import dev.lockstep.validator.host.HostProtocol.Instance;
import dev.lockstep.validator.host.HostProtocol.ValueDiff;
import dev.lockstep.validator.log.RawState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
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
import util.UniqueString;

/**
 * Checks log steps with TLC's own evaluator. It keeps the state of the previous line only, so its
 * memory does not grow with the log. Each step is decided by evaluating the named action instance's
 * predicate on the pair (state before, state after), as TLC does for action constraints; only on
 * failure does it enumerate successors to explain.
 */
final class StepChecker {
    private static final int MAX_LISTED = 20;

    private final Tool tool;
    private final ItfValues values;
    private final Explainer explainer;
    private final OpDeclNode[] vars;
    private final UniqueString[] varNames;
    private final Map<String, List<ActionInstance>> byName = new LinkedHashMap<>();
    private final List<ActionInstance> all = new ArrayList<>();
    private final Map<String, Map<String, List<ActionInstance>>> paramIndex = new HashMap<>();
    private final Map<String, OpDefNode> operators = new HashMap<>();
    private final QuantifiedCalls quantified;
    private static final int CANDIDATE_CACHE = 100_000;
    private final Map<String, List<ActionInstance>> candidateCache = new HashMap<>();
    private String paramsText;
    private final String[] varText;
    private final int[] lastIndex;
    private final Value[] lastValue;
    private RawState lastState;
    private TLCState current;

    private final Set<String> modelValues;
    private final SpecSource source;

    StepChecker(Tool tool, Set<String> modelValues, SpecSource source) {
        this.tool = tool;
        this.modelValues = modelValues;
        this.source = source;
        this.values = new ItfValues(modelValues);
        this.explainer = new Explainer(tool, source);
        this.vars = TLCState.Empty.getVars();
        this.varNames = new UniqueString[vars.length];
        for (int i = 0; i < vars.length; i++) {
            varNames[i] = vars[i].getName();
        }
        for (OpDefNode d : tool.getRootModule().getOpDefs()) {
            if (d.getBody() != null && d.getLevel() == 2) {
                operators.putIfAbsent(d.getName().toString(), d);
            }
        }
        for (Action a : tool.getActions()) {
            ActionInstance ai = ActionInstance.of(a);
            all.add(ai);
            byName.computeIfAbsent(ai.name(), k -> new ArrayList<>()).add(ai);
        }
        this.quantified = new QuantifiedCalls(all, tool, values);
        this.varText = new String[vars.length];
        this.lastIndex = new int[vars.length];
        for (int i = 0; i < vars.length; i++) {
            varText[i] = varNames[i].toString();
            lastIndex[i] = -1;
        }
        this.lastValue = new Value[vars.length];
    }

    /** A checker of its own over the same loaded spec, for another thread. */
    StepChecker another() {
        return new StepChecker(tool, modelValues, source);
    }

    /** The next step is the first of a new trace (a new run in the same log). */
    void startTrace() {
        current = null;
    }

    List<String> variableNames() {
        List<String> out = new ArrayList<>();
        for (UniqueString u : varNames) {
            out.add(u.toString());
        }
        return out;
    }

    /**
     * The loaded spec, for the search engine: variables, actions, every split action instance, the
     * operators with their formals, the constants and the model values.
     */
    HostProtocol.Ready describe(List<String> modelValues) {
        List<Instance> inst = new ArrayList<>();
        for (ActionInstance ai : all) {
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
        return new ArrayList<>(byName.keySet());
    }

    /**
     * Checks one log event. Returns null when the step conforms, else the explanation (a
     * {@code fail} message without its sequence number).
     */
    Failure step(String action, JsonNode params, RawState state) {
        return step(action, params, null, state);
    }

    /**
     * Checks one log event; {@code paramsText} (the parameters' text in the line, or null) lets
     * repeated parameter combinations skip converting values to find the action instances.
     */
    Failure step(String action, JsonNode params, String paramsText, RawState state) {
        this.paramsText = paramsText;
        TLCState next;
        try {
            next = makeState(state);
        } catch (Unlogged e) {
            return Failure.of(Divergence.UNLOGGED_VARIABLE, e.getMessage());
        } catch (ItfValues.BadValue e) {
            return Failure.of(Divergence.BAD_STATE, e.getMessage());
        }
        Failure result;
        if (current != null) {
            next.setPredecessor(current);   // TLC's level: TLCGet("level") reads the level of the state a step leaves
        }
        tlc2.util.IdThread.setCurrentState(current);
        if (current == null) {
            result = first(action, params, next);
        } else if ("Init".equals(action) && !byName.containsKey("Init")) {
            result = Failure.of(Divergence.INIT_AGAIN, "the log restarts with Init after the first line");
        } else {
            result = check(current, action, params, next);
        }
        current = next;
        tlc2.util.IdThread.setCurrentState(current);   // for the refused and allowed instances of this line
        return result;
    }

    /**
     * Checks a conforming line's {@code refused} field (design.md, "Refused steps": the action
     * instances the implementation refused in the state the line logs): each one the spec really
     * enables there, by TLC's evaluator, is missing behaviour and fails the trace. An instance the
     * spec does not enable there is no divergence (the implementation does not take it either).
     * Null when nothing the spec enables was refused.
     */
    Failure refused(JsonNode refused) {
        if (refused == null || !refused.isArray() || current == null) {
            return null;
        }
        for (JsonNode r : refused) {
            String action = r.path("action").asText(null);
            List<ActionInstance> named = action == null ? null : byName.get(action);
            if (named == null) {
                continue;
            }
            for (ActionInstance ai : candidates(action, named, r.get("params"))) {
                if (enabled(ai)) {
                    return refusal(ai);
                }
            }
        }
        return null;
    }

    /**
     * Checks the set of action instances the implementation would take from the current state (a
     * native line's {@code allowed}, design.md "Refused steps") against TLC's enabled set there:
     * an instance TLC enables that the set leaves out fails as {@code refused}; one in the set that
     * TLC does not enable fails as {@code allowedNotEnabled}. An entry's parameters select the
     * instances whose bindings agree where they bind them. When an entry names no action of TLC's
     * split (or selects none), what TLC enables cannot be mapped onto the set, so only the entries
     * that do map are checked. Null when the set is what the spec enables.
     */
    Failure allowed(java.util.Collection<JsonNode> calls) {
        if (calls == null || current == null) {
            return null;
        }
        Set<ActionInstance> covered = new java.util.HashSet<>();
        Map<JsonNode, List<ActionInstance>> mapped = new LinkedHashMap<>();
        boolean complete = true;
        for (JsonNode c : calls) {
            String action = c.path("action").asText(null);
            List<ActionInstance> named = action == null ? null : byName.get(action);
            List<ActionInstance> hit = named == null ? List.of() : candidates(action, named, c.get("params"));
            if (hit.isEmpty() && named != null) {
                hit = new ArrayList<>();
                for (ActionInstance ai : named) {
                    if (matches(ai, c.get("params"), true) == null) {
                        hit.add(ai);
                    }
                }
            }
            if (hit.isEmpty()) {
                complete = false;
                continue;
            }
            covered.addAll(hit);
            mapped.put(c, hit);
        }
        for (ActionInstance ai : complete ? all : List.<ActionInstance>of()) {
            if (!covered.contains(ai) && enabled(ai)) {
                return refusal(ai);
            }
        }
        for (Map.Entry<JsonNode, List<ActionInstance>> e : mapped.entrySet()) {
            if (e.getValue().stream().noneMatch(this::enabled)) {
                ActionInstance ai = e.getValue().get(0);
                String label = e.getValue().size() == 1 ? ai.label() : ai.name() + " " + e.getKey().path("params");
                return inContext(Failure.of(Divergence.NOT_ENABLED, "the implementation allows " + label
                        + " here, which the spec does not enable").blaming(ai.label(),
                        explainer.location(ai.action().pred), null), current, current, null);
            }
        }
        return null;
    }

    private Failure refusal(ActionInstance ai) {
        return inContext(Failure.of(Divergence.REFUSED, "the spec enables " + ai.label()
                + " here, the implementation refused it").blaming(ai.label(),
                explainer.location(ai.action().pred), null), current, current, null);
    }

    /** Whether TLC finds a successor of the current state by {@code ai} (false when it cannot evaluate it). */
    private boolean enabled(ActionInstance ai) {
        try {
            return tool.getNextStates(ai.action(), current).size() > 0;
        } catch (RuntimeException | StackOverflowError e) {
            return false;
        }
    }

    /**
     * Takes the full state {@code state} as the state before the next {@link #step}: for explaining
     * a line after a search found the states before it. False when the state does not convert.
     */
    boolean startAt(RawState state) {
        try {
            current = makeState(state);
            return true;
        } catch (ItfValues.BadValue e) {
            return false;
        }
    }

    private Failure first(String action, JsonNode params, TLCState next) {
        if ("Init".equals(action)) {
            tlc2.util.Vect<Action> initSpec = tool.getInitStateSpec();
            for (int i = 0; i < initSpec.size(); i++) {
                Action init = initSpec.elementAt(i);
                if (!holds(init, next, TLCState.Empty)) {
                    return Failure.of(Divergence.INIT_FALSE, "the logged state does not satisfy the initial predicate")
                            .blaming(null, null, explainer.falseConjunct(init.pred, init.con, next, TLCState.Empty))
                            .inContext(null, stateItf(next), null, null, null);
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
        List<ActionInstance> named = byName.get(action);
        if (named == null && operators.containsKey(action)) {
            if (quantified.covers(action) && quantified.holds(action, params, paramsText, before, after)) {
                return null;
            }
            return checkOperator(before, operators.get(action), params, after);
        }
        if (named == null) {
            return inContext(Failure.of(Divergence.UNKNOWN_ACTION, "'" + action + "' is not an action of the spec"
                    + " (actions: " + String.join(", ", byName.keySet()) + ")"), before, after, null);
        }
        List<ActionInstance> candidates;
        if (paramsText != null) {
            String key = action + '\u0000' + paramsText;
            candidates = candidateCache.get(key);
            if (candidates == null) {
                candidates = candidates(action, named, params);
                if (candidateCache.size() < CANDIDATE_CACHE) {
                    candidateCache.put(key, candidates);
                }
            }
        } else {
            candidates = candidates(action, named, params);
        }
        if (candidates.isEmpty()) {
            String paramProblem = null;
            for (ActionInstance ai : named) {
                paramProblem = matches(ai, params);
                if (paramProblem != null) {
                    break;
                }
            }
            return inContext(Failure.of(Divergence.NO_SUCH_INSTANCE, "no instance of " + action + " in the next-state"
                    + " relation has these parameters (" + paramProblem + "); instances: " + labels(named)),
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
        return inContext(f, before, after, candidates);
    }

    /**
     * The instances of {@code action} whose bindings agree with the logged parameters: looked up by
     * the parameters' canonical TLA+ text (TLC prints normalized values canonically) in an index
     * built on first use, falling back to comparing values one instance at a time.
     */
    private List<ActionInstance> candidates(String action, List<ActionInstance> named, JsonNode params) {
        if (params == null || !params.isObject() || params.isEmpty()) {
            return named;
        }
        List<String> names = new ArrayList<>();
        params.fieldNames().forEachRemaining(names::add);
        java.util.Collections.sort(names);
        StringBuilder key = new StringBuilder();
        try {
            for (String n : names) {
                key.append(n).append('=').append(values.toValue(params.get(n))).append('\u0000');
            }
        } catch (ItfValues.BadValue e) {
            return List.of();
        }
        Map<String, List<ActionInstance>> index = paramIndex.computeIfAbsent(action + "\u0000" + names,
                k -> indexBy(named, names));
        List<ActionInstance> hit = index.get(key.toString());
        if (hit != null) {
            return hit;
        }
        List<ActionInstance> slow = new ArrayList<>();
        for (ActionInstance ai : named) {
            if (matches(ai, params) == null) {
                slow.add(ai);
            }
        }
        return slow;
    }

    private static Map<String, List<ActionInstance>> indexBy(List<ActionInstance> named, List<String> names) {
        Map<String, List<ActionInstance>> index = new HashMap<>();
        for (ActionInstance ai : named) {
            StringBuilder key = new StringBuilder();
            boolean complete = true;
            for (String n : names) {
                Value v = ai.bindings().get(n);
                if (v == null) {
                    complete = false;
                    break;
                }
                key.append(n).append('=').append(v).append('\u0000');
            }
            if (complete) {
                index.computeIfAbsent(key.toString(), k -> new ArrayList<>()).add(ai);
            }
        }
        return index;
    }

    /**
     * A logged action that is not one of TLC's split actions (TLC could not split an existential
     * over a state-dependent set, so the whole disjunct is one action named after the enclosing
     * operator): the step must satisfy the next-state relation, and the operator applied to the
     * logged parameters.
     */
    private Failure checkOperator(TLCState before, OpDefNode op, JsonNode params, TLCState after) {
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
                return inContext(Failure.of(Divergence.NO_SUCH_INSTANCE, op.getName() + " is not one of the actions"
                        + " TLC splits the next-state relation into, so the log must give its parameter '" + name
                        + "'"), before, after, null);
            }
            try {
                Value val = values.toValue(v);
                con = con.cons(formals[i], val);
                label.append(i == 0 ? "" : ", ").append(name).append(" = ").append(val);
            } catch (ItfValues.BadValue e) {
                return inContext(Failure.of(Divergence.NO_SUCH_INSTANCE, "parameter '" + name + "': " + e.getMessage()),
                        before, after, null);
            }
        }
        if (formals.length > 0) {
            label.append(')');
        }
        boolean inNext = false;
        for (ActionInstance ai : all) {
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
        return inContext(f, before, after, List.of());
    }

    /** Null when the action instance's bindings agree with the logged parameters, else why not. */
    private String matches(ActionInstance ai, JsonNode params) {
        return matches(ai, params, false);
    }

    /** As {@link #matches(ActionInstance, JsonNode)}; {@code unbound}: a parameter {@code ai} does not bind agrees. */
    private String matches(ActionInstance ai, JsonNode params, boolean unbound) {
        if (params == null || !params.isObject()) {
            return null;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            Value bound = ai.bindings().get(p.getKey());
            if (bound == null && unbound) {
                continue;
            } else if (bound == null) {
                return "parameter '" + p.getKey() + "' is not bound by " + ai.name();
            }
            Value logged;
            try {
                logged = values.toValue(p.getValue());
            } catch (ItfValues.BadValue e) {
                return "parameter '" + p.getKey() + "': " + e.getMessage();
            }
            try {
                if (!bound.equals(logged)) {
                    return p.getKey() + " = " + logged;
                }
            } catch (RuntimeException e) {
                return p.getKey() + " = " + logged + " cannot be compared with " + bound;
            }
        }
        return null;
    }

    private boolean holds(Action a, TLCState s0, TLCState s1) {
        try {
            IValue v = tool.eval(a.pred, a.con, s0, s1, EvalControl.Clear);
            return v instanceof BoolValue b && b.val;
        } catch (RuntimeException | StackOverflowError e) {
            return false;
        }
    }

    /**
     * {@code f} with the state before, the actions enabled there, those that explain the step, and
     * (when the step was checked against {@code candidates}) a diff.
     */
    private Failure inContext(Failure f, TLCState before, TLCState after, List<ActionInstance> candidates) {
        List<String> enabled = new ArrayList<>();
        List<String> explainedBy = new ArrayList<>();
        Map<ActionInstance, StateVec> succ = new HashMap<>();
        for (ActionInstance ai : all) {
            StateVec next;
            try {
                next = tool.getNextStates(ai.action(), before);
            } catch (RuntimeException | StackOverflowError e) {
                continue;
            }
            succ.put(ai, next);
            if (next.size() > 0 && enabled.size() < MAX_LISTED) {
                enabled.add(ai.label());
            }
            for (int i = 0; i < next.size(); i++) {
                if (explainedBy.size() < MAX_LISTED && sameState(next.elementAt(i), after)) {
                    explainedBy.add(ai.label());
                    break;
                }
            }
        }
        return f.inContext(stateItf(before), stateItf(after), enabled, explainedBy,
                candidates == null ? List.of() : diff(candidates, succ, after));
    }

    /** Per variable, the value logged against those the named action allows, where they differ. */
    private List<ValueDiff> diff(List<ActionInstance> candidates, Map<ActionInstance, StateVec> succ, TLCState after) {
        TLCState closest = null;
        int best = Integer.MAX_VALUE;
        for (ActionInstance ai : candidates) {
            StateVec next = succ.get(ai);
            for (int i = 0; next != null && i < next.size(); i++) {
                TLCState s = next.elementAt(i);
                int d = 0;
                for (UniqueString v : varNames) {
                    if (!same(s.lookup(v), after.lookup(v))) {
                        d++;
                    }
                }
                if (d < best) {
                    best = d;
                    closest = s;
                }
            }
        }
        List<ValueDiff> out = new ArrayList<>();
        if (closest == null) {
            return out;
        }
        for (UniqueString v : varNames) {
            IValue allowed = closest.lookup(v);
            IValue logged = after.lookup(v);
            if (!same(allowed, logged)) {
                out.add(new ValueDiff(v.toString(), TlcValues.itfOrText(allowed), TlcValues.itfOrText(logged)));
            }
        }
        return out;
    }

    private boolean sameState(TLCState a, TLCState b) {
        for (UniqueString v : varNames) {
            if (!same(a.lookup(v), b.lookup(v))) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(IValue a, IValue b) {
        try {
            return a != null && b != null && a.equals(b);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String labels(List<ActionInstance> ais) {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < ais.size() && i < MAX_LISTED; i++) {
            l.add(ais.get(i).label());
        }
        return String.join(", ", l) + (ais.size() > MAX_LISTED ? ", ..." : "");
    }

    /**
     * The action instances enabled in {@code state} (a full state), at most {@value #MAX_LISTED};
     * empty when the state cannot be made (a variable missing, a value TLC cannot take).
     */
    List<String> enabledIn(RawState state) {
        List<String> enabled = new ArrayList<>();
        TLCState s;
        try {
            s = makeState(state);
        } catch (ItfValues.BadValue e) {
            return enabled;
        }
        for (ActionInstance ai : all) {
            try {
                if (tool.getNextStates(ai.action(), s).size() > 0 && enabled.size() < MAX_LISTED) {
                    enabled.add(ai.label());
                }
            } catch (RuntimeException | StackOverflowError e) {
                // an instance TLC cannot evaluate here is not listed
            }
        }
        return enabled;
    }

    /** The state's variables as ITF values, in declaration order; empty for TLC's empty state. */
    private Map<String, JsonNode> stateItf(TLCState s) {
        Map<String, JsonNode> o = new LinkedHashMap<>();
        if (s == TLCState.Empty) {
            return o;
        }
        for (UniqueString v : varNames) {
            IValue val = s.lookup(v);
            if (val != null) {
                o.put(v.toString(), TlcValues.itfOrText(val));
            }
        }
        return o;
    }

    private TLCState makeState(RawState state) throws ItfValues.BadValue {
        if (state.size() != vars.length || lastState == null) {
            for (String k : state.names()) {
                if (!isVariable(k)) {
                    throw new ItfValues.BadValue("'" + k + "' is not a variable of the spec (variables: "
                            + String.join(", ", variableNames()) + ")");
                }
            }
        }
        TLCState s = TLCState.Empty.createEmpty();
        for (int i = 0; i < vars.length; i++) {
            int at = state.indexOf(varText[i], lastIndex[i]);
            if (at < 0) {
                throw new Unlogged("variable '" + varNames[i] + "' is not logged; the direct engine needs every"
                        + " variable on every line (the search engine handles partial logs)");
            }
            Value v;
            if (lastState != null && lastIndex[i] >= 0 && state.sameText(at, lastState, lastIndex[i])) {
                v = lastValue[i];
            } else {
                v = values.parse(state.valueText(at));
                lastValue[i] = v;
            }
            lastIndex[i] = at;
            s.bind(varNames[i], v);
        }
        lastState = state;
        return s;
    }

    /** A variable the line does not log. */
    private static final class Unlogged extends ItfValues.BadValue {
        private static final long serialVersionUID = 1L;

        Unlogged(String message) {
            super(message);
        }
    }

    private boolean isVariable(String k) {
        for (UniqueString u : varNames) {
            if (u.toString().equals(k)) {
                return true;
            }
        }
        return false;
    }
}
