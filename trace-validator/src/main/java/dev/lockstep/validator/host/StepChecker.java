package dev.lockstep.validator.host;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.bridge.eval.ItfValues;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
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
    private static final int CANDIDATE_CACHE = 100_000;
    private final Map<String, List<ActionInstance>> candidateCache = new HashMap<>();
    private String paramsText;
    private final String[] varText;
    private final int[] lastIndex;
    private final Value[] lastValue;
    private RawState lastState;
    private TLCState current;

    StepChecker(Tool tool, Set<String> modelValues, SpecSource source) {
        this.tool = tool;
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
        this.varText = new String[vars.length];
        this.lastIndex = new int[vars.length];
        for (int i = 0; i < vars.length; i++) {
            varText[i] = varNames[i].toString();
            lastIndex[i] = -1;
        }
        this.lastValue = new Value[vars.length];
    }

    List<String> variableNames() {
        List<String> out = new ArrayList<>();
        for (UniqueString u : varNames) {
            out.add(u.toString());
        }
        return out;
    }

    /** For the search engine: every split action instance, and the operators with their formals. */
    ObjectNode describe() {
        ObjectNode o = JSON.objectNode();
        ArrayNode inst = o.putArray("instances");
        for (ActionInstance ai : all) {
            ObjectNode i = inst.addObject().put("name", ai.name());
            ObjectNode p = i.putObject("params");
            ai.shown().forEach((k, v) -> p.put(k, v.toString()));
        }
        ObjectNode ops = o.putObject("operators");
        operators.forEach((name, d) -> {
            ArrayNode f = ops.putArray(name);
            for (FormalParamNode fp : d.getParams()) {
                f.add(fp.getName().toString());
            }
        });
        ArrayNode consts = o.putArray("constants");
        for (OpDeclNode c : tool.getRootModule().getConstantDecls()) {
            consts.add(c.getName().toString());
        }
        return o;
    }

    List<String> actionNames() {
        return new ArrayList<>(byName.keySet());
    }

    /**
     * Checks one log event. Returns null when the step conforms, else the explanation (a
     * {@code fail} message without its sequence number).
     */
    ObjectNode step(String action, JsonNode params, RawState state) {
        return step(action, params, null, state);
    }

    /**
     * Checks one log event; {@code paramsText} (the parameters' text in the line, or null) lets
     * repeated parameter combinations skip converting values to find the action instances.
     */
    ObjectNode step(String action, JsonNode params, String paramsText, RawState state) {
        this.paramsText = paramsText;
        TLCState next;
        try {
            next = makeState(state);
        } catch (Unlogged e) {
            return failure("unloggedVariable", e.getMessage());
        } catch (ItfValues.BadValue e) {
            return failure("badState", e.getMessage());
        }
        ObjectNode result;
        if (current == null) {
            result = first(action, params, next);
        } else if ("Init".equals(action) && !byName.containsKey("Init")) {
            result = failure("initAgain", "the log restarts with Init after the first line");
        } else {
            result = check(current, action, params, next);
        }
        current = next;
        return result;
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

    private ObjectNode first(String action, JsonNode params, TLCState next) {
        if ("Init".equals(action)) {
            tlc2.util.Vect<Action> initSpec = tool.getInitStateSpec();
            for (int i = 0; i < initSpec.size(); i++) {
                Action init = initSpec.elementAt(i);
                if (!holds(init, next, TLCState.Empty)) {
                    ObjectNode f = failure("initFalse", "the logged state does not satisfy the initial predicate");
                    f.set("conjunct", explainer.falseConjunct(init.pred, init.con, next, TLCState.Empty));
                    f.set("stateAfter", stateJson(next));
                    return f;
                }
            }
            return null;
        }
        // No Init line: the step must start in some initial state of the spec.
        StateVec inits = tool.getInitStates();
        ObjectNode firstFailure = null;
        for (int i = 0; i < inits.size(); i++) {
            ObjectNode r = check(inits.elementAt(i), action, params, next);
            if (r == null) {
                return null;
            }
            if (firstFailure == null) {
                firstFailure = r;
            }
        }
        if (firstFailure == null) {
            return failure("noInitialState", "the spec has no initial state");
        }
        firstFailure.put("message", "no initial state of the spec leads to this line by " + action
                + " (" + inits.size() + " initial state(s) tried); first one: " + firstFailure.path("message").asText());
        return firstFailure;
    }

    private ObjectNode check(TLCState before, String action, JsonNode params, TLCState after) {
        List<ActionInstance> named = byName.get(action);
        if (named == null && operators.containsKey(action)) {
            return checkOperator(before, operators.get(action), params, after);
        }
        if (named == null) {
            ObjectNode f = failure("unknownAction", "'" + action + "' is not an action of the spec (actions: "
                    + String.join(", ", byName.keySet()) + ")");
            addContext(f, before, after, null);
            return f;
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
            ObjectNode f = failure("noSuchInstance", "no instance of " + action + " in the next-state relation has these parameters ("
                    + paramProblem + "); instances: " + labels(named));
            addContext(f, before, after, null);
            return f;
        }
        for (ActionInstance ai : candidates) {
            if (holds(ai.action(), before, after)) {
                return null;
            }
        }
        ActionInstance blamed = candidates.get(0);
        ObjectNode f = failure("actionFalse", blamed.label() + " does not relate the previous state to the logged one");
        f.put("instance", blamed.label());
        f.set("location", explainer.location(blamed.action().pred));
        f.set("conjunct", explainer.falseConjunct(blamed.action().pred, blamed.action().con, before, after));
        addContext(f, before, after, candidates);
        return f;
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
    private ObjectNode checkOperator(TLCState before, OpDefNode op, JsonNode params, TLCState after) {
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
                ObjectNode f = failure("noSuchInstance", op.getName() + " is not one of the actions TLC splits the"
                        + " next-state relation into, so the log must give its parameter '" + name + "'");
                addContext(f, before, after, null);
                return f;
            }
            try {
                Value val = values.toValue(v);
                con = con.cons(formals[i], val);
                label.append(i == 0 ? "" : ", ").append(name).append(" = ").append(val);
            } catch (ItfValues.BadValue e) {
                ObjectNode f = failure("noSuchInstance", "parameter '" + name + "': " + e.getMessage());
                addContext(f, before, after, null);
                return f;
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
        ObjectNode f = failure("actionFalse", label + (opHolds ? " holds, but the step is not one of the next-state relation"
                : " does not relate the previous state to the logged one"));
        f.put("instance", label.toString());
        f.set("location", explainer.location(op));
        if (!opHolds) {
            f.set("conjunct", explainer.falseConjunct(op.getBody(), con, before, after));
        }
        addContext(f, before, after, List.of());
        return f;
    }

    /** Null when the action instance's bindings agree with the logged parameters, else why not. */
    private String matches(ActionInstance ai, JsonNode params) {
        if (params == null || !params.isObject()) {
            return null;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            Value bound = ai.bindings().get(p.getKey());
            if (bound == null) {
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

    /** The state before, the actions enabled there, those that explain the step, and a diff. */
    private void addContext(ObjectNode f, TLCState before, TLCState after, List<ActionInstance> candidates) {
        f.set("stateBefore", stateJson(before));
        f.set("stateAfter", stateJson(after));
        ArrayNode enabled = f.putArray("enabled");
        ArrayNode explainedBy = f.putArray("explainedBy");
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
        if (candidates != null) {
            f.set("diff", diff(candidates, succ, after));
        }
    }

    /** Per variable, the value logged against those the named action allows, where they differ. */
    private ArrayNode diff(List<ActionInstance> candidates, Map<ActionInstance, StateVec> succ, TLCState after) {
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
        ArrayNode out = JSON.arrayNode();
        if (closest == null) {
            return out;
        }
        for (UniqueString v : varNames) {
            IValue allowed = closest.lookup(v);
            IValue logged = after.lookup(v);
            if (!same(allowed, logged)) {
                ObjectNode d = out.addObject();
                d.put("variable", v.toString());
                d.put("allowed", String.valueOf(allowed));
                d.put("logged", String.valueOf(logged));
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
    ArrayNode enabledIn(RawState state) {
        ArrayNode enabled = JSON.arrayNode();
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

    ObjectNode stateJson(TLCState s) {
        ObjectNode o = JSON.objectNode();
        for (UniqueString v : varNames) {
            IValue val = s.lookup(v);
            o.put(v.toString(), val == null ? null : val.toString());
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
                v = values.toValue(state.value(at));
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

    private static ObjectNode failure(String kind, String message) {
        ObjectNode f = JSON.objectNode();
        f.put("type", "fail");
        f.put("kind", kind);
        f.put("message", message);
        return f;
    }
}
