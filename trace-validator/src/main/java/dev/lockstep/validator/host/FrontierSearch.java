package dev.lockstep.validator.host;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.bridge.eval.ItfValues;
import dev.lockstep.bridge.eval.TlcValues;
import dev.lockstep.validator.log.EventSource;
import dev.lockstep.validator.log.LogEvent;
import dev.lockstep.validator.log.Problems;
import dev.lockstep.validator.Verdict;
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
    static final int MAX_AMBIGUOUS_LISTED = 10;
    private static final int MAX_INTERNAL_DEPTH = 64;
    private static final int MAX_STATES_LISTED = 5;
    private static final int MAX_VALUE_SHOWN = 160;
    /** A successor that does not fit its line, when only the first such successor is explained. */
    private static final HostProtocol.Failure UNEXPLAINED = HostProtocol.Failure.of(Verdict.Divergence.ACTION_FALSE,
            "the step does not fit the line");

    /** The outcome, as {@link MappedSearch} sends it. */
    static HostProtocol.MappedResult result(boolean conforms, long events, HostProtocol.Failure fail,
                                                    String unknown, long ambiguousLines,
                                                    List<HostProtocol.Ambiguity> ambiguous, long maxStates,
                                                    long internalSteps, List<HostProtocol.Trace> traces) {
        Map<String, Long> stats = new LinkedHashMap<>();
        stats.put("ambiguousLines", ambiguousLines);
        stats.put("maxStatesPerLine", maxStates);
        stats.put("internalSteps", internalSteps);
        if (!ambiguous.isEmpty()) {
            stats.put("firstAmbiguousLine", ambiguous.get(0).line());
        }
        return new HostProtocol.MappedResult(conforms, events, fail, unknown, stats, ambiguous,
                traces.size() < 2 ? List.of() : traces);
    }

    private final Tool tool;
    private final ItfValues values;
    private final Map<String, OpDefNode> defs;
    private final StepRules rules;
    private final Explainer explainer;
    private final int maxStates;
    private final OpDefNode nodeDef;
    private final OpDefNode internalDef;
    private final SourceValues sources;
    /** Rule index -> whether its TLA+ (expressions, targets, requirements) mentions the line {@code e}. */
    private final Map<Integer, Boolean> readsLine = new java.util.HashMap<>();
    /** Rule index -> its generated operators, looked up once rather than by name on every line. */
    private final Map<Integer, RuleDefs> ruleDefs = new java.util.HashMap<>();
    private static final Value EMPTY = new RecordValue(new UniqueString[0], new Value[0], true);
    private static final java.util.regex.Pattern LINE = java.util.regex.Pattern.compile("(?<![\\w.])e(?!\\w)");
    /** The node of the line being explained, as TLA+ shows it (for reports). */
    private String lineNode;

    FrontierSearch(Tool tool, ItfValues values, Map<String, OpDefNode> defs, StepRules rules, SpecSource source,
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
        for (StepRules.Rule r : rules.rules()) {
            List<String> texts = new ArrayList<>(r.require());
            r.params().values().forEach(x -> texts.add(x.expr()));
            r.state().forEach(c -> {
                texts.add(c.target());
                texts.add(c.value().expr());
            });
            for (StepRules.Message m : java.util.Arrays.asList(r.sent(), r.received())) {
                if (m != null) {
                    m.fields().values().forEach(x -> texts.add(x.expr()));
                }
            }
            readsLine.put(r.index(), texts.stream().anyMatch(t -> t != null && LINE.matcher(t).find()));
            ruleDefs.put(r.index(), RuleDefs.of(r, defs));
        }
    }

    /**
     * A rule's operators in the generated module (null where the rule has none): its step, each
     * constraint's two sides, its sent and received messages, its requirements.
     */
    private record RuleDefs(OpDefNode step, OpDefNode[] lhs, OpDefNode[] rhs, OpDefNode sent, OpDefNode received,
                            OpDefNode[] require) {
        static RuleDefs of(StepRules.Rule r, Map<String, OpDefNode> defs) {
            int k = r.index();
            OpDefNode[] lhs = new OpDefNode[r.state().size()];
            OpDefNode[] rhs = new OpDefNode[lhs.length];
            for (int j = 0; j < lhs.length; j++) {
                lhs[j] = defs.get("LockstepLhs_" + k + "_" + j);
                rhs[j] = defs.get("LockstepRhs_" + k + "_" + j);
            }
            OpDefNode[] require = new OpDefNode[r.require().size()];
            for (int j = 0; j < require.length; j++) {
                require[j] = defs.get("LockstepRequire_" + k + "_" + j);
            }
            return new RuleDefs(defs.get("LockstepStep_" + k), lhs, rhs, defs.get("LockstepSent_" + k),
                    defs.get("LockstepReceived_" + k), require);
        }
    }

    /**
     * Explains the events one by one, run by run: an {@code Init} line after the first line of a
     * run, or a new value of the mapping's {@code run} field, starts a new run from the initial
     * states. A run ends at its first line no frontier state explains; the next run is still checked.
     */
    HostProtocol.MappedResult run(EventSource events, Problems problems) {
        List<TLCState> frontier = List.of();
        long explained = 0;
        long ambiguousLines = 0;
        long maxSeen = 0;
        long internalSteps = 0;
        List<HostProtocol.Ambiguity> ambiguous = new ArrayList<>();
        List<HostProtocol.Trace> traces = new ArrayList<>();
        HostProtocol.Failure firstFail = null;
        // the current run: where it starts, its run field's value, its events, its failure
        String runFile = null;
        long runLine = 0;
        String runKey = null;
        long runEvents = 0;
        HostProtocol.Failure runFail = null;
        LogEvent e;
        while ((e = events.next()) != null) {
            if (problems.stop()) {
                break;
            }
            LogEvent.Mapped m = e.mapped();
            StepRules.Rule rule = m.rule();
            String key = runOf(rules, m.fields());
            boolean init = rule.action().equals("Init");
            boolean newRun = runFile == null || (init && (runEvents > 0 || runFail != null))
                    || (rules.run() != null && !java.util.Objects.equals(key, runKey));
            if (newRun) {
                if (runFile != null) {
                    traces.add(new HostProtocol.Trace(traces.size(), runFile, runLine, runEvents, runFail, true));
                }
                frontier = initial();
                maxSeen = Math.max(maxSeen, frontier.size());
                runFile = e.file().toString();
                runLine = e.line();
                runKey = key;
                runEvents = 0;
                runFail = null;
            }
            if (runFail != null) {
                continue; // the rest of a run that does not conform
            }
            Bound con;
            try {
                con = bind(rule, m.fields());
            } catch (ItfValues.BadValue | RuntimeException ex) {
                runFail = failure(e, null, Verdict.Divergence.EVALUATION_ERROR,
                        "the line's fields are not TLA+ values: " + ex.getMessage(), null, frontier);
                firstFail = firstFail == null ? runFail : firstFail;
                continue;
            }
            lineNode = con.node() instanceof tlc2.value.impl.StringValue sv ? sv.val.toString() : con.node().toString();
            Step step = step(e, rule, con, frontier, runEvents == 0);
            if (step.next.isEmpty() && internalDef != null && !init) {
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
                runFail = step.failure;
                firstFail = firstFail == null ? runFail : firstFail;
                continue;
            }
            List<TLCState> next = step.next.size() > 1 ? distinct(step.next) : step.next;
            if (next.size() > 1) {
                ambiguousLines++;
                if (ambiguous.size() < MAX_AMBIGUOUS_LISTED) {
                    ambiguous.add(new HostProtocol.Ambiguity(e.file().toString(), e.line(), rule.event(), next.size(), differ(next)));
                }
            }
            if (next.size() > maxStates) {
                return result(false, explained, null, "the log leaves too much open: " + next.size()
                        + " spec states explain the log up to " + e.where() + " (limit " + maxStates + ")",
                        ambiguousLines, ambiguous, maxSeen, internalSteps, List.of());
            }
            maxSeen = Math.max(maxSeen, next.size());
            frontier = next;
            explained++;
            runEvents++;
        }
        if (runFile != null) {
            traces.add(new HostProtocol.Trace(traces.size(), runFile, runLine, runEvents, runFail, !problems.any()));
        }
        return result(firstFail == null && !problems.any(), explained, firstFail, null, ambiguousLines, ambiguous,
                maxSeen, internalSteps, traces);
    }

    /** The spec's initial states, each once. */
    private List<TLCState> initial() {
        List<TLCState> out = new ArrayList<>();
        StateVec inits = tool.getInitStates();
        for (int i = 0; i < inits.size(); i++) {
            out.add(inits.elementAt(i));
        }
        return distinct(out);
    }

    /** The value of the line's run field as text, or null (no run field in the mapping, or not on the line). */
    static String runOf(StepRules rules, JsonNode fields) {
        if (rules.run() == null) {
            return null;
        }
        JsonNode v = dev.lockstep.validator.log.Mapping.at(fields, rules.run());
        return v == null || v.isNull() ? null : v.asText();
    }

    /** The successors of a line, or why there are none. */
    private record Step(List<TLCState> next, HostProtocol.Failure failure) {
    }

    private Step step(LogEvent e, StepRules.Rule rule, Bound con, List<TLCState> frontier, boolean first) {
        boolean init = rule.action().equals("Init");
        List<TLCState> next = new ArrayList<>();
        RuleDefs ops = ruleDefs.get(rule.index());
        OpDefNode stepDef = init ? null : ops.step();
        Action action = init ? null : new Action(stepDef.getBody(), con.of(stepDef), stepDef);
        List<Integer> applicable = applicable(rule, con);
        // the first successor that does not fit the line, explained (states printed, parameters
        // evaluated) only when no successor fits: printing a state is in proportion to its size (a
        // spec log of 10,000 entries), and a line that another successor explains needs no reason
        TLCState unfitFrom = null;
        TLCState unfit = null;
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
                    return new Step(List.of(), failure(e, rule, Verdict.Divergence.EVALUATION_ERROR, "TLC could not evaluate the step: "
                            + reason(ex), null, List.of(s)));
                }
            }
            if (succ.size() > 0 && enabledIn == null) {
                enabledIn = s;
            }
            for (int i = 0; i < succ.size(); i++) {
                TLCState t = succ.elementAt(i);
                if (check(e, rule, ops, con, applicable, s, t, false) == null) {
                    next.add(t);
                } else if (unfit == null) {
                    unfitFrom = s;
                    unfit = t;
                }
            }
        }
        if (!next.isEmpty()) {
            return new Step(next, null);
        }
        if (unfit != null) {
            HostProtocol.Failure f = check(e, rule, ops, con, applicable, unfitFrom, unfit, true);
            f = f != null ? f : UNEXPLAINED;
            return new Step(next, f.withMessage(f.message() + states(frontier)));
        }
        if (init) {
            return new Step(next, failure(e, rule, Verdict.Divergence.INIT_FALSE,
                    "no initial state of the spec matches this line", null, frontier));
        }
        TLCState s = frontier.get(0);
        Verdict.Conjunct conj = explainer.falseConjunct(stepDef.getBody(), con.of(stepDef), s, s);
        return new Step(next, failure(e, rule, Verdict.Divergence.ACTION_FALSE, instance(rule, con) + " is not enabled in "
                + (frontier.size() == 1 ? "the state" : "any of the " + frontier.size() + " states")
                + " the log leads to before this line", conj, frontier));
    }

    /**
     * Null when the step s -> t satisfies the line's constraints, messages and requirements; else why
     * not ({@link #UNEXPLAINED} when {@code explain} is false).
     */
    private HostProtocol.Failure check(LogEvent e, StepRules.Rule rule, RuleDefs ops, Bound con,
                                       List<Integer> applicable, TLCState s, TLCState t, boolean explain) {
        for (int j : applicable) {
            StepRules.Constraint c = rule.state().get(j);
            Value lhs;
            Value rhs;
            try {
                lhs = eval(ops.lhs()[j], con, s, t);
                rhs = con.rhs()[j] != null ? con.rhs()[j] : eval(ops.rhs()[j], con, s, t);
            } catch (RuntimeException | StackOverflowError ex) {
                if (!explain) {
                    return UNEXPLAINED;
                }
                return failure(e, rule, Verdict.Divergence.EVALUATION_ERROR, "TLC could not evaluate the mapping's " + c.target()
                        + (c.before() ? "" : "'") + " = " + describe(c.value()) + ": " + reason(ex), null, List.of(s));
            }
            boolean equal;
            try {
                equal = lhs.equals(rhs);
            } catch (RuntimeException ex) {
                equal = false;
            }
            if (!equal) {
                if (!explain) {
                    return UNEXPLAINED;
                }
                String prime = c.before() || rule.action().equals("Init") ? "" : "'";
                String target = withNode(c.target()) + prime;
                return failure(e, rule, Verdict.Divergence.ACTION_FALSE, "after " + instance(rule, con) + ", the spec has " + target
                        + " = " + lhs + " where the line logs " + describe(c.value()) + " = " + rhs,
                        mappingConjunct(target + " = " + describe(c.value()), List.of(new Verdict.Operand(target,
                                lhs.toString()), new Verdict.Operand(describe(c.value()), rhs.toString()))), List.of(s));
            }
        }
        if (rule.sent() != null && !holds(ops.sent(), con, s, t)) {
            return !explain ? UNEXPLAINED : failure(e, rule, Verdict.Divergence.ACTION_FALSE, "after " + instance(rule, con) + ", no message the step sends"
                    + " matches the logged one", mappingConjunct("sent " + rule.sent().fields().keySet(), List.of()), List.of(s));
        }
        if (rule.received() != null && rule.received().bind() == null && !holds(ops.received(), con, s, t)) {
            return !explain ? UNEXPLAINED : failure(e, rule, Verdict.Divergence.ACTION_FALSE, "after " + instance(rule, con) + ", no message the step receives"
                    + " matches the logged one", mappingConjunct("received " + rule.received().fields().keySet(), List.of()),
                    List.of(s));
        }
        for (int j = 0; j < rule.require().size(); j++) {
            if (!holds(ops.require()[j], con, s, t)) {
                return !explain ? UNEXPLAINED : failure(e, rule, Verdict.Divergence.ACTION_FALSE, "after " + instance(rule, con) + ", the mapping's requirement "
                        + rule.require().get(j) + " is false", mappingConjunct(rule.require().get(j), List.of()), List.of(s));
            }
        }
        return null;
    }

    private Value eval(String name, Bound con, TLCState s, TLCState t) {
        return eval(defs.get(name), con, s, t);
    }

    private Value eval(OpDefNode d, Bound con, TLCState s, TLCState t) {
        return (Value) tool.eval(d.getBody(), con.of(d), s, t, EvalControl.Clear);
    }

    private boolean holds(OpDefNode def, Bound con, TLCState s, TLCState t) {
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

    private Bound bind(StepRules.Rule rule, JsonNode fields) throws ItfValues.BadValue {
        // the line as a TLA+ record only for rules whose TLA+ reads it (building it is most of a line's cost)
        Value e = readsLine.get(rule.index()) || (rules.node() != null && rules.node().expr() != null)
                ? values.toValue(withoutNulls(fields)) : EMPTY;
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

    private static Map<String, JsonNode> state(TLCState s) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (OpDeclNode v : s.getVars()) {
            IValue x = s.lookup(v.getName());
            if (x != null) {
                out.put(v.getName().toString(), TlcValues.itfOrText(x));
            }
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

    /**
     * Why line {@code e} does not conform: named by its node, with the state the log leads to before
     * it (the first of {@code before}; with several, how many and where they differ).
     */
    private HostProtocol.Failure failure(LogEvent e, StepRules.Rule rule, Verdict.Divergence kind, String message,
                                         Verdict.Conjunct conjunct, List<TLCState> before) {
        String node = lineNode != null ? lineNode : e.node();
        String logged = e.mapped() == null ? e.action() : e.mapped().fields().toString();
        String text = (node == null ? "" : "node " + node + ": ") + message + states(before);
        return new HostProtocol.Failure(kind, text, rule == null || rule.action().equals("Init") ? null
                : rule.action(), null, conjunct, before.isEmpty() ? Map.of() : state(before.get(0)), Map.of(),
                List.of(), List.of(), List.of(), e.file().toString(), e.line(), logged);
    }

    /**
     * With several states before a line: how many, where they differ, and each one's values of the
     * variables that differ (the first {@link #MAX_STATES_LISTED}; long values cut), for the reader to
     * see every way the search had explained the log up to the last conforming line.
     */
    private static String states(List<TLCState> before) {
        if (before.size() <= 1) {
            return "";
        }
        List<String> vars = differ(before);
        StringBuilder sb = new StringBuilder("; ").append(before.size())
                .append(" spec states explain the lines before it (they differ in ").append(String.join(", ", vars))
                .append("; the first is shown):");
        for (int i = 0; i < Math.min(before.size(), MAX_STATES_LISTED); i++) {
            sb.append(i == 0 ? " " : "; ").append('(').append(i + 1).append(") ");
            TLCState s = before.get(i);
            sb.append(vars.stream().map(v -> v + " = " + clip(String.valueOf(s.lookup(v))))
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        if (before.size() > MAX_STATES_LISTED) {
            sb.append("; and ").append(before.size() - MAX_STATES_LISTED).append(" more");
        }
        return sb.toString();
    }

    private static String clip(String value) {
        String one = value.strip().replaceAll("\\s+", " ");
        return one.length() <= MAX_VALUE_SHOWN ? one : one.substring(0, MAX_VALUE_SHOWN) + "...";
    }

    /** A constraint or message of the mapping that is false, as a conjunct with its operands. */
    private static Verdict.Conjunct mappingConjunct(String text, List<Verdict.Operand> values) {
        return new Verdict.Conjunct(text, null, "false", values, "the mapping");
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
