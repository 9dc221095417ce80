package dev.lockstep.validator.host;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.validator.log.EventSource;
import dev.lockstep.validator.log.LogEvent;
import dev.lockstep.validator.log.Problems;
import dev.lockstep.validator.log.StepRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tla2sany.semantic.FormalParamNode;
import tla2sany.semantic.OpDeclNode;
import tla2sany.semantic.OpDefNode;
import tlc2.tool.Action;
import tlc2.tool.EvalControl;
import tlc2.tool.StateVec;
import tlc2.tool.TLCState;
import tlc2.tool.impl.Tool;
import tlc2.util.Context;
import tlc2.value.IValue;
import tlc2.value.impl.BoolValue;
import tlc2.value.impl.RecordValue;
import tlc2.value.impl.Value;
import util.UniqueString;

/**
 * Line-by-line search over the frontier of spec states that explain the log so far (see
 * {@link MappedSearch}). One instance per run; not thread-safe.
 */
final class FrontierSearch {
    private static final int MAX_AMBIGUOUS_LISTED = 10;
    private static final int MAX_INTERNAL_DEPTH = 64;

    /** A conjunct operand and its value. */
    record Operand(String expr, String value) {
    }

    /** A line several frontier states explain: how many, and the variables in which they differ. */
    record Ambiguity(String file, long line, String event, int states, List<String> differIn) {
    }

    /** Why a line does not conform. */
    record Failure(String file, long line, String logged, String node, String kind, String message, String instance,
                   String conjunct, String conjunctLocation, List<Operand> values, Map<String, String> stateBefore,
                   int statesBefore, List<String> differIn, List<String> candidateActions) {
    }

    /** The answer: conforms, or the failure; the lines explained; ambiguities; the largest frontier. */
    record Result(boolean conforms, long events, Failure failure, String unknown, long ambiguousLines,
                  List<Ambiguity> ambiguous, long maxStates, long internalSteps) {
    }

    private final Tool tool;
    private final TlcValues values;
    private final Map<String, OpDefNode> defs;
    private final StepRules rules;
    private final Explainer explainer;
    private final int maxStates;
    private final OpDefNode nodeDef;
    private final OpDefNode internalDef;
    private final SourceValues sources;
    /** The node of the line being explained, as TLA+ shows it (for reports). */
    private String lineNode;

    FrontierSearch(Tool tool, TlcValues values, Map<String, OpDefNode> defs, StepRules rules, SpecSource source,
                   int maxStates) {
        this.tool = tool;
        this.values = values;
        this.defs = defs;
        this.rules = rules;
        this.explainer = new Explainer(tool, source);
        this.maxStates = maxStates;
        this.nodeDef = defs.get("LockstepNode");
        this.internalDef = defs.get("LockstepInternal");
        this.sources = new SourceValues(tool, values, defs, rules);
    }

    /** Explains the events one by one; stops at the first that no frontier state explains. */
    Result run(EventSource events, Problems problems) {
        List<TLCState> frontier = new ArrayList<>();
        StateVec inits = tool.getInitStates();
        for (int i = 0; i < inits.size(); i++) {
            frontier.add(inits.elementAt(i));
        }
        frontier = distinct(frontier);
        long explained = 0;
        long ambiguousLines = 0;
        long maxSeen = frontier.size();
        long internalSteps = 0;
        List<Ambiguity> ambiguous = new ArrayList<>();
        LogEvent e;
        while ((e = events.next()) != null) {
            if (problems.stop()) {
                break;
            }
            LogEvent.Mapped m = e.mapped();
            StepRules.Rule rule = m.rule();
            Bound con;
            try {
                con = bind(rule, m.fields());
            } catch (TlcValues.BadValue | RuntimeException ex) {
                return new Result(false, explained, failure(e, null, "evaluationError",
                        "the line's fields are not TLA+ values: " + ex.getMessage(), null, null, List.of(), frontier),
                        null, ambiguousLines, ambiguous, maxSeen, internalSteps);
            }
            lineNode = con.node() instanceof tlc2.value.impl.StringValue sv ? sv.val.toString() : con.node().toString();
            Step step = step(e, rule, con, frontier, explained == 0);
            if (step.next.isEmpty() && internalDef != null && !rule.action().equals("Init")) {
                List<TLCState> closed = closure(frontier);
                if (closed.size() > frontier.size()) {
                    Step retry = step(e, rule, con, closed, false);
                    if (!retry.next.isEmpty()) {
                        internalSteps++;
                        step = retry;
                    }
                }
            }
            if (step.failure != null) {
                return new Result(false, explained, step.failure, null, ambiguousLines, ambiguous, maxSeen, internalSteps);
            }
            List<TLCState> next = step.next.size() > 1 ? distinct(step.next) : step.next;
            if (next.size() > 1) {
                ambiguousLines++;
                if (ambiguous.size() < MAX_AMBIGUOUS_LISTED) {
                    ambiguous.add(new Ambiguity(e.file().toString(), e.line(), rule.event(), next.size(), differ(next)));
                }
            }
            if (next.size() > maxStates) {
                return new Result(false, explained, null, "the log leaves too much open: " + next.size()
                        + " spec states explain the log up to " + e.where() + " (limit " + maxStates + ")",
                        ambiguousLines, ambiguous, maxSeen, internalSteps);
            }
            maxSeen = Math.max(maxSeen, next.size());
            frontier = next;
            explained++;
        }
        return new Result(!problems.any(), explained, null, null, ambiguousLines, ambiguous, maxSeen, internalSteps);
    }

    /** The successors of a line, or why there are none. */
    private record Step(List<TLCState> next, Failure failure) {
    }

    private Step step(LogEvent e, StepRules.Rule rule, Bound con, List<TLCState> frontier, boolean first) {
        boolean init = rule.action().equals("Init");
        if (init && !first) {
            return new Step(List.of(), failure(e, null, "unknownAction", "an Init line after the first line"
                    + " (a new run): validate one run per log", null, null, List.of(), frontier));
        }
        List<TLCState> next = new ArrayList<>();
        OpDefNode stepDef = init ? null : defs.get("LockstepStep_" + rule.index());
        Action action = init ? null : new Action(stepDef.getBody(), con.of(stepDef), stepDef);
        List<Integer> applicable = applicable(rule, con);
        Failure firstFalse = null;
        TLCState enabledIn = null;
        for (TLCState s : frontier) {
            StateVec succ;
            if (init) {
                succ = new StateVec(1);
                succ.addElement(s);
            } else {
                try {
                    succ = tool.getNextStates(action, s);
                } catch (RuntimeException | StackOverflowError ex) {
                    return new Step(List.of(), failure(e, rule, "evaluationError", "TLC could not evaluate the step: "
                            + reason(ex), null, null, List.of(), List.of(s)));
                }
            }
            if (succ.size() > 0 && enabledIn == null) {
                enabledIn = s;
            }
            for (int i = 0; i < succ.size(); i++) {
                TLCState t = succ.elementAt(i);
                Failure f = check(e, rule, con, applicable, s, t);
                if (f == null) {
                    next.add(t);
                } else if (firstFalse == null) {
                    firstFalse = f;
                }
            }
        }
        if (!next.isEmpty()) {
            return new Step(next, null);
        }
        if (firstFalse != null) {
            return new Step(next, withFrontier(firstFalse, frontier));
        }
        if (init) {
            return new Step(next, failure(e, rule, "initFalse", "no initial state of the spec matches this line",
                    null, null, List.of(), frontier));
        }
        TLCState s = frontier.get(0);
        ObjectNode conj = explainer.falseConjunct(stepDef.getBody(), con.of(stepDef), s, s);
        String text = conj == null ? null : conj.path("text").asText(null);
        List<Operand> ops = new ArrayList<>();
        if (conj != null) {
            for (JsonNode v : conj.path("values")) {
                ops.add(new Operand(v.path("expr").asText(), v.path("value").asText(v.path("error").asText())));
            }
        }
        String loc = conj == null || !conj.has("location") ? null : conj.get("location").path("module").asText()
                + ":" + conj.get("location").path("line").asInt() + ":" + conj.get("location").path("column").asInt();
        return new Step(next, failure(e, rule, "actionFalse", instance(rule, con) + " is not enabled in "
                + (frontier.size() == 1 ? "the state" : "any of the " + frontier.size() + " states")
                + " the log leads to before this line", text, loc, ops, frontier));
    }

    /** Null when the step s -> t satisfies the line's constraints, messages and requirements; else why not. */
    private Failure check(LogEvent e, StepRules.Rule rule, Bound con, List<Integer> applicable, TLCState s, TLCState t) {
        int k = rule.index();
        for (int j : applicable) {
            StepRules.Constraint c = rule.state().get(j);
            Value lhs;
            Value rhs;
            try {
                lhs = eval("LockstepLhs_" + k + "_" + j, con, s, t);
                rhs = con.rhs()[j] != null ? con.rhs()[j] : eval("LockstepRhs_" + k + "_" + j, con, s, t);
            } catch (RuntimeException | StackOverflowError ex) {
                return failure(e, rule, "evaluationError", "TLC could not evaluate the mapping's " + c.target()
                        + (c.before() ? "" : "'") + " = " + describe(c.value()) + ": " + reason(ex), null, null,
                        List.of(), List.of(s));
            }
            boolean equal;
            try {
                equal = lhs.equals(rhs);
            } catch (RuntimeException ex) {
                equal = false;
            }
            if (!equal) {
                String prime = c.before() || rule.action().equals("Init") ? "" : "'";
                String target = withNode(c.target()) + prime;
                return failure(e, rule, "actionFalse", "after " + instance(rule, con) + ", the spec has " + target
                        + " = " + lhs + " where the line logs " + describe(c.value()) + " = " + rhs,
                        target + " = " + describe(c.value()), "mapping", List.of(new Operand(target, lhs.toString()),
                                new Operand(describe(c.value()), rhs.toString())), List.of(s));
            }
        }
        if (rule.sent() != null && !holds("LockstepSent_" + k, con, s, t)) {
            return failure(e, rule, "actionFalse", "after " + instance(rule, con) + ", no message the step sends"
                    + " matches the logged one", "sent " + rule.sent().fields().keySet(), "mapping", List.of(), List.of(s));
        }
        if (rule.received() != null && rule.received().bind() == null && !holds("LockstepReceived_" + k, con, s, t)) {
            return failure(e, rule, "actionFalse", "after " + instance(rule, con) + ", no message the step receives"
                    + " matches the logged one", "received " + rule.received().fields().keySet(), "mapping", List.of(),
                    List.of(s));
        }
        for (int j = 0; j < rule.require().size(); j++) {
            if (!holds("LockstepRequire_" + k + "_" + j, con, s, t)) {
                return failure(e, rule, "actionFalse", "after " + instance(rule, con) + ", the mapping's requirement "
                        + rule.require().get(j) + " is false", rule.require().get(j), "mapping", List.of(), List.of(s));
            }
        }
        return null;
    }

    private Value eval(String name, Bound con, TLCState s, TLCState t) {
        OpDefNode d = defs.get(name);
        return (Value) tool.eval(d.getBody(), con.of(d), s, t, EvalControl.Clear);
    }

    private boolean holds(String def, Bound con, TLCState s, TLCState t) {
        try {
            IValue v = eval(def, con, s, t);
            return v instanceof BoolValue b && b.val;
        } catch (RuntimeException | StackOverflowError ex) {
            return false;
        }
    }

    /** The constraints whose fields the line has (the others stay free); those written in TLA+ always. */
    private static List<Integer> applicable(StepRules.Rule rule, Bound con) {
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < rule.state().size(); j++) {
            if (rule.state().get(j).value().expr() != null || con.rhs()[j] != null) {
                out.add(j);
            }
        }
        return out;
    }

    /**
     * What a line binds in the generated operators' formals (e, node, v), and the logged values of
     * its constraints ({@code rhs}, null where written in TLA+ or not logged).
     */
    private record Bound(Value e, Value node, Value v, Value[] rhs) {
        Context of(OpDefNode d) {
            FormalParamNode[] f = d.getParams();
            return Context.Empty.cons(f[0], e).cons(f[1], node).cons(f[2], v);
        }
    }

    private Bound bind(StepRules.Rule rule, JsonNode fields) throws TlcValues.BadValue {
        Value e = values.toValue(withoutNulls(fields));
        Value node = rules.node() == null ? null : sources.of(rules.node(), fields);
        if (node == null) {
            node = (Value) tool.eval(nodeDef.getBody(), Context.Empty.cons(nodeDef.getParams()[0], e), TLCState.Empty);
        }
        List<Value> vs = new ArrayList<>();
        List<UniqueString> ns = new ArrayList<>();
        for (Map.Entry<String, StepRules.Source> p : rule.params().entrySet()) {
            Value pv = sources.of(p.getValue(), fields);
            if (pv != null) {
                ns.add(sources.name("p_" + p.getKey()));
                vs.add(pv);
            }
        }
        ns.add(sources.name("sent"));
        vs.add(sources.record(rule.sent() == null ? Map.of() : rule.sent().fields(), fields));
        ns.add(sources.name("recv"));
        vs.add(sources.record(rule.received() == null ? Map.of() : rule.received().fields(), fields));
        RecordValue v = new RecordValue(ns.toArray(new UniqueString[0]), vs.toArray(new Value[0]), false);
        v.normalize();
        Value[] rhs = new Value[rule.state().size()];
        for (int j = 0; j < rhs.length; j++) {
            rhs[j] = sources.of(rule.state().get(j).value(), fields);
        }
        return new Bound(e, node, v, rhs);
    }

    private static JsonNode withoutNulls(JsonNode n) {
        if (n.isObject()) {
            ObjectNode o = ((ObjectNode) n).deepCopy();
            List<String> nulls = new ArrayList<>();
            o.fields().forEachRemaining(f -> {
                if (f.getValue().isNull()) {
                    nulls.add(f.getKey());
                }
            });
            o.remove(nulls);
            return o;
        }
        return n;
    }

    /** States reachable from {@code from} by internal actions (at most {@link #MAX_INTERNAL_DEPTH} in a row). */
    private List<TLCState> closure(List<TLCState> from) {
        Action internal = new Action(internalDef.getBody(), Context.Empty, internalDef);
        Set<Long> seen = new HashSet<>();
        List<TLCState> all = new ArrayList<>();
        for (TLCState s : from) {
            if (seen.add(s.fingerPrint())) {
                all.add(s);
            }
        }
        List<TLCState> layer = new ArrayList<>(all);
        for (int d = 0; d < MAX_INTERNAL_DEPTH && !layer.isEmpty() && all.size() <= maxStates; d++) {
            List<TLCState> nextLayer = new ArrayList<>();
            for (TLCState s : layer) {
                StateVec succ;
                try {
                    succ = tool.getNextStates(internal, s);
                } catch (RuntimeException | StackOverflowError ex) {
                    continue;
                }
                for (int i = 0; i < succ.size(); i++) {
                    TLCState t = succ.elementAt(i);
                    if (seen.add(t.fingerPrint())) {
                        all.add(t);
                        nextLayer.add(t);
                    }
                }
            }
            layer = nextLayer;
        }
        return all;
    }

    private static List<TLCState> distinct(List<TLCState> states) {
        Set<Long> seen = new HashSet<>();
        List<TLCState> out = new ArrayList<>();
        for (TLCState s : states) {
            if (seen.add(s.fingerPrint())) {
                out.add(s);
            }
        }
        return out;
    }

    /** The variables whose values differ among {@code states}. */
    private static List<String> differ(List<TLCState> states) {
        List<String> out = new ArrayList<>();
        TLCState first = states.get(0);
        for (OpDeclNode v : first.getVars()) {
            IValue a = first.lookup(v.getName());
            for (TLCState s : states) {
                if (!a.equals(s.lookup(v.getName()))) {
                    out.add(v.getName().toString());
                    break;
                }
            }
        }
        return out;
    }

    private static Map<String, String> state(TLCState s) {
        Map<String, String> out = new LinkedHashMap<>();
        for (OpDeclNode v : s.getVars()) {
            IValue x = s.lookup(v.getName());
            out.put(v.getName().toString(), x == null ? "null" : x.toString());
        }
        return out;
    }

    private String instance(StepRules.Rule rule, Bound con) {
        StringBuilder sb = new StringBuilder(rule.action());
        if (!rule.params().isEmpty()) {
            sb.append('(');
            boolean first = true;
            for (Map.Entry<String, StepRules.Source> p : rule.params().entrySet()) {
                sb.append(first ? "" : ", ").append(p.getKey()).append(" = ").append(param(rule, p.getKey(), con));
                first = false;
            }
            sb.append(')');
        }
        return sb.toString();
    }

    /** A parameter's value on this line ({@code LockstepParam_r_p}), or its source when TLC cannot tell. */
    private String param(StepRules.Rule rule, String name, Bound con) {
        try {
            return eval("LockstepParam_" + rule.index() + "_" + name, con, TLCState.Empty, TLCState.Empty).toString();
        } catch (RuntimeException | StackOverflowError ex) {
            return describe(rule.params().get(name));
        }
    }

    private static String describe(StepRules.Source s) {
        if (s.expr() != null) {
            return s.expr();
        }
        return s.table() == null ? s.path() : s.table() + "[" + s.path() + "]";
    }

    private Failure failure(LogEvent e, StepRules.Rule rule, String kind, String message, String conjunct,
                            String location, List<Operand> values, List<TLCState> before) {
        String node = lineNode != null ? lineNode : e.node();
        String logged = e.mapped() == null ? e.action() : e.mapped().fields().toString();
        return new Failure(e.file().toString(), e.line(), logged, node, kind, message,
                rule == null || rule.action().equals("Init") ? null : rule.action(), conjunct, location, values,
                before.isEmpty() ? Map.of() : state(before.get(0)), before.size(),
                before.size() > 1 ? differ(before) : List.of(), List.of());
    }

    /** The failure, told about every state of the frontier it came from. */
    private static Failure withFrontier(Failure f, List<TLCState> frontier) {
        return new Failure(f.file(), f.line(), f.logged(), f.node(), f.kind(), f.message()
                + (frontier.size() > 1 ? " (checked from each of the " + frontier.size() + " states the log leads to)" : ""),
                f.instance(), f.conjunct(), f.conjunctLocation(), f.values(), f.stateBefore(), frontier.size(),
                frontier.size() > 1 ? differ(frontier) : List.of(), f.candidateActions());
    }

    /** TLA+ text of the mapping with the line's node in place of {@code node}, as reports show it. */
    private String withNode(String text) {
        return lineNode == null ? text : NODE.matcher(text).replaceAll(java.util.regex.Matcher.quoteReplacement(lineNode));
    }

    private static final java.util.regex.Pattern NODE = java.util.regex.Pattern.compile("(?<![\\w.])node(?!\\w)");

    private static String reason(Throwable ex) {
        String m = ex.getMessage() == null ? ex.toString() : ex.getMessage();
        return m.strip().replaceAll("\\s+", " ");
    }
}
