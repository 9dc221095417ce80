package dev.lockstep.validator.log;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The part of a mapping file for logs that record per-node local state: each log line
 * is one node's event, mapped to a spec action by rules, and its fields constrain parts of
 * variables ({@code currentTerm[node]}, {@code Len(log[node])}) and the message the action sends
 * or receives. Whatever a line does not log stays free. {@link Mapping#load} reads it; the search
 * engine compiles it into TLA+ operators over the event {@code e} and the node {@code node}.
 *
 * <pre>
 * event: type
 * node: {path: nodeId, table: server}      # bound to `node` in every expression
 * tables:                                   # log value (as text) -> TLA+ expression
 *   server: {"1": s1, "2": s2}
 *   role: {StateLeader: '"Leader"', StateFollower: '"Follower"'}
 * network: {variable: messages, kind: bag}  # set | bag (message -> copies) | channels
 * state:                                    # TLA+ expression after the step -> source
 *   currentTerm[node]: term
 *   Len(log[node]): logLength
 *   state[node]: {path: role, table: role}
 * events:
 *   Tick: skip
 *   Timeout: {action: Timeout, params: {s: node}}
 *   Send:
 *     - when: {msg.type: MsgApp}
 *       action: AppendEntries
 *       params: {s: node, t: {path: msg.to, table: server}, range: '= &lt;&lt;e.index + 1, e.index + 1 + e.n&gt;&gt;'}
 *       sent: {mterm: term}
 * internal: [DropMessage]                  # actions that happen without a line
 * run: runId                                # optional: a new value starts a new run
 * </pre>
 *
 * A <em>source</em> is a field path (dots), {@code node} (the line's node, converted as the
 * mapping's {@code node} says), {@code = TLA+} (an expression over {@code e}, {@code node} and the
 * variables), or {@code {path, table, convert}}.
 *
 * @param node     where the line's node is, or null
 * @param tables   table name -> (log text -> TLA+ expression)
 * @param events   event name -> its rules, tried in order ({@code when} conditions)
 * @param skipOther whether an event no rule names is skipped (else it is malformed input)
 * @param network  the message network, or null
 * @param internal actions that may happen between logged lines without a line of their own
 * @param fieldConversions field path -> "table" (read as text) or a {@code convert} name, for the
 *                 fields the rules read through a table or a conversion
 * @param run      the field path whose value names the line's run (a change starts a new run, as an
 *                 {@code Init} line does), or null
 */
public record StepRules(Source node, Map<String, Map<String, String>> tables, Map<String, List<Rule>> events,
                        boolean skipOther, Network network, List<String> internal,
                        Map<String, String> fieldConversions, String run) {

    /** Where a value comes from: a field path, or a TLA+ expression ({@code expr}). */
    public record Source(String path, String convert, String table, String expr) {
        /** The field paths the source reads (none for an expression). */
        public List<String> paths() {
            return path == null ? List.of() : List.of(path);
        }
    }

    /** A constraint: {@code target} (TLA+, after the step unless {@code before}) equals the source. */
    public record Constraint(String target, boolean before, Source value) {
    }

    /** The message an action sends or receives: message record field -> source. */
    public record Message(Map<String, Source> fields, String bind) {
    }

    /** The network variable and its shape: {@code set}, {@code bag} or {@code channels}. */
    public record Network(String variable, String kind) {
    }

    /**
     * One way to map an event.
     *
     * @param event    the event name
     * @param index    the rule's number, unique in the mapping
     * @param when     field path -> the texts it may have (one of them)
     * @param action   the spec action, {@code Init}, or null for an event that is no step
     * @param params   the action's parameters by formal name
     * @param state    constraints, including the mapping's common ones
     * @param sent     the message the step adds to the network, or null
     * @param received the message the step takes from the network, or null
     * @param require  further action-level TLA+ predicates over {@code e}, {@code node} and the variables
     */
    public record Rule(String event, int index, Map<String, List<String>> when, String action, Map<String, Source> params,
                       List<Constraint> state, Message sent, Message received, List<String> require) {
        public boolean skip() {
            return action == null;
        }
    }

    private static final Pattern IDENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> RULE_KEYS = Set.of("action", "params", "when", "state", "before", "sent",
            "received", "require");
    private static final Set<String> NETWORK_KINDS = Set.of("set", "bag", "channels");

    /** Whether a mapping file uses this part of the language (else it is a whole-variable mapping). */
    static boolean usedBy(JsonNode root) {
        if (root.has("tables") || root.has("network") || root.has("internal") || root.has("before")
                || root.has("otherEvents") || root.path("node").isObject()) {
            return true;
        }
        for (Iterator<String> it = root.path("state").fieldNames(); it.hasNext(); ) {
            if (!IDENT.matcher(it.next()).matches()) {
                return true;
            }
        }
        for (JsonNode r : root.path("events")) {
            if (r.isArray() || (r.isTextual() && r.asText().equals("skip"))) {
                return true;
            }
            for (Iterator<String> it = r.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!k.equals("action") && !k.equals("params")) {
                    return true;
                }
            }
            for (JsonNode p : r.path("params")) {
                if (p.isTextual() && p.asText().startsWith("=")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Reads this part of a mapping file. */
    static StepRules read(JsonNode root) throws Mapping.MappingException {
        Map<String, String> conversions = new LinkedHashMap<>();
        Map<String, Map<String, String>> tables = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("tables").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> t = it.next();
            if (!IDENT.matcher(t.getKey()).matches() || !t.getValue().isObject()) {
                throw new Mapping.MappingException("table '" + t.getKey() + "' must be named by an identifier and map"
                        + " log values to TLA+ expressions");
            }
            Map<String, String> rows = new LinkedHashMap<>();
            t.getValue().fields().forEachRemaining(r -> rows.put(r.getKey(), r.getValue().asText()));
            tables.put(t.getKey(), rows);
        }
        Source node = root.path("node").isMissingNode() || root.path("node").isNull() ? null
                : source("node", root.get("node"), tables, conversions);
        Network network = null;
        if (root.has("network")) {
            JsonNode n = root.get("network");
            String kind = n.path("kind").asText("set");
            if (!n.path("variable").isTextual() || !NETWORK_KINDS.contains(kind)) {
                throw new Mapping.MappingException("'network' needs 'variable' and a 'kind' of set, bag or channels");
            }
            network = new Network(n.get("variable").asText(), kind);
        }
        List<Constraint> common = constraints(root.path("state"), false, tables, conversions);
        common.addAll(constraints(root.path("before"), true, tables, conversions));
        Map<String, List<Rule>> events = new LinkedHashMap<>();
        int index = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("events").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            List<Rule> rules = new ArrayList<>();
            JsonNode v = e.getValue();
            for (JsonNode r : v.isArray() ? v : List.of(v)) {
                rules.add(rule(e.getKey(), index++, r, common, network, tables, conversions));
            }
            events.put(e.getKey(), List.copyOf(rules));
        }
        List<String> internal = new ArrayList<>();
        root.path("internal").forEach(a -> internal.add(a.asText()));
        String other = root.path("otherEvents").asText("error");
        if (!other.equals("error") && !other.equals("skip")) {
            throw new Mapping.MappingException("'otherEvents' must be error or skip, not '" + other + "'");
        }
        JsonNode run = root.get("run");
        if (run != null && !run.isTextual()) {
            throw new Mapping.MappingException("'run' must be a field path (the field whose value names the run)");
        }
        return new StepRules(node, tables, events, other.equals("skip"), network, List.copyOf(internal), conversions,
                run == null ? null : run.asText());
    }

    private static Rule rule(String event, int index, JsonNode r, List<Constraint> common, Network network,
                             Map<String, Map<String, String>> tables, Map<String, String> conversions)
            throws Mapping.MappingException {
        if (r.isTextual()) {
            String a = r.asText();
            return new Rule(event, index, Map.of(), a.equals("skip") ? null : a, Map.of(), common, null, null, List.of());
        }
        if (!r.isObject()) {
            throw new Mapping.MappingException("event '" + event + "': a rule is an action name, 'skip', or an object");
        }
        for (Iterator<String> it = r.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!RULE_KEYS.contains(k)) {
                throw new Mapping.MappingException("event '" + event + "': unknown key '" + k + "' (" + String.join(", ",
                        new java.util.TreeSet<>(RULE_KEYS)) + ")");
            }
        }
        String action = r.path("action").asText("skip");
        Map<String, List<String>> when = new LinkedHashMap<>();
        r.path("when").fields().forEachRemaining(w -> {
            List<String> any = new ArrayList<>();
            if (w.getValue().isArray()) {
                w.getValue().forEach(x -> any.add(x.asText()));
            } else {
                any.add(w.getValue().asText());
            }
            when.put(w.getKey(), List.copyOf(any));
        });
        Map<String, Source> params = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = r.path("params").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            params.put(p.getKey(), source(event + "." + p.getKey(), p.getValue(), tables, conversions));
        }
        List<Constraint> state = new ArrayList<>(common);
        state.addAll(constraints(r.path("state"), false, tables, conversions));
        state.addAll(constraints(r.path("before"), true, tables, conversions));
        Message sent = message(event, r.get("sent"), network, tables, conversions);
        Message received = message(event, r.get("received"), network, tables, conversions);
        if (sent != null && sent.bind() != null) {
            throw new Mapping.MappingException("event '" + event + "': only a received message can bind a parameter");
        }
        List<String> require = new ArrayList<>();
        r.path("require").forEach(x -> require.add(x.asText()));
        return new Rule(event, index, when, action.equals("skip") ? null : action, params, List.copyOf(state), sent,
                received, List.copyOf(require));
    }

    private static Message message(String event, JsonNode m, Network network, Map<String, Map<String, String>> tables,
                                   Map<String, String> conversions) throws Mapping.MappingException {
        if (m == null || m.isNull()) {
            return null;
        }
        if (network == null) {
            throw new Mapping.MappingException("event '" + event + "': a sent or received message needs 'network'");
        }
        Map<String, Source> fields = new LinkedHashMap<>();
        String bind = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = m.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (f.getKey().equals("bind")) {
                bind = f.getValue().asText();
            } else {
                fields.put(f.getKey(), source(event + "." + f.getKey(), f.getValue(), tables, conversions));
            }
        }
        if (bind != null && network.kind().equals("channels")) {
            throw new Mapping.MappingException("event '" + event + "': 'bind' needs a set or bag network");
        }
        return new Message(fields, bind);
    }

    private static List<Constraint> constraints(JsonNode section, boolean before, Map<String, Map<String, String>> tables,
                                                Map<String, String> conversions) throws Mapping.MappingException {
        List<Constraint> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = section.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> c = it.next();
            out.add(new Constraint(c.getKey(), before, source(c.getKey(), c.getValue(), tables, conversions)));
        }
        return out;
    }

    private static Source source(String name, JsonNode n, Map<String, Map<String, String>> tables,
                                 Map<String, String> conversions) throws Mapping.MappingException {
        if (n.isTextual()) {
            String s = n.asText();
            if (s.equals("node")) {
                return new Source(null, "none", null, "node"); // the line's node, as 'node' converts it
            }
            if (s.startsWith("=")) {
                return new Source(null, "none", null, s.substring(1).strip());
            }
            return new Source(s, "none", null, null);
        }
        if (!n.isObject() || !n.path("path").isTextual()) {
            throw new Mapping.MappingException("'" + name + "': a source is a field path, '= TLA+ expression', or"
                    + " {path, table, convert}");
        }
        String path = n.get("path").asText();
        String table = n.hasNonNull("table") ? n.get("table").asText() : null;
        String convert = n.path("convert").asText("none");
        if (table != null && !tables.containsKey(table)) {
            throw new Mapping.MappingException("'" + name + "': no table '" + table + "' under 'tables'");
        }
        if (table != null && !convert.equals("none")) {
            throw new Mapping.MappingException("'" + name + "': a field read through a table is read as text; drop 'convert'");
        }
        if (!Mapping.CONVERSIONS.contains(convert)) {
            throw new Mapping.MappingException("'" + name + "': unknown conversion '" + convert + "' ("
                    + String.join(", ", Mapping.CONVERSIONS) + ")");
        }
        String how = table != null ? "table" : convert;
        if (!how.equals("none")) {
            String was = conversions.putIfAbsent(path, how);
            if (was != null && !was.equals(how)) {
                throw new Mapping.MappingException("field '" + path + "' is read both as " + was + " and as " + how);
            }
        }
        return new Source(path, convert, table, null);
    }

    /** The rule for a line with event name {@code event} and fields {@code line}; null: none applies. */
    public Rule select(String event, JsonNode line) {
        List<Rule> rules = events.get(event);
        if (rules == null) {
            return null;
        }
        for (Rule r : rules) {
            boolean ok = true;
            for (Map.Entry<String, List<String>> w : r.when().entrySet()) {
                JsonNode v = Mapping.at(line, w.getKey());
                if (v == null || !w.getValue().contains(v.asText())) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                return r;
            }
        }
        return null;
    }

    /** Every rule, in mapping order. */
    public List<Rule> rules() {
        List<Rule> out = new ArrayList<>();
        events.values().forEach(out::addAll);
        return out;
    }

    /** The field paths a rule cannot do without: its parameters' and its node's. */
    public Set<String> required(Rule r) {
        Set<String> out = new LinkedHashSet<>();
        r.params().values().forEach(s -> out.addAll(s.paths()));
        if (node != null) {
            out.addAll(node.paths());
        }
        return out;
    }
}
