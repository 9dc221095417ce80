package dev.lockstep.validator.log;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How to read an existing log that was not written for Lockstep (a mapping file, JSON or YAML). It
 * says which field names the event, which events are which actions (and where their parameters
 * are), where each variable's value lives and how to convert it, which lines to skip, and which
 * variables are not logged. The log is JSON lines, or plain text when the mapping gives a
 * {@code text} regular expression: its named groups are then a line's fields. {@link #fields}
 * and {@link #toNative} turn one line into a native event.
 *
 * <pre>
 * text: '^(?&lt;ts&gt;\S+) (?&lt;evt&gt;\w+) (?&lt;who&gt;\w+)$'   # optional: plain-text lines, named groups
 * unmatched: error             # or skip: text lines the regex does not match
 * event: type                  # field path (dots) of the event name
 * node: host                   # optional field path of the node
 * clock: lamport               # optional field path of the clock
 * skip:                        # lines to ignore
 *   - {field: level, equals: [DEBUG, TRACE]}
 *   - {pattern: "heartbeat"}   # a regex on the raw line
 * events:                      # event name -> action and parameter fields
 *   transfer: {action: Transfer, params: {from: src, to: dst, amount: amt}}
 * state:                       # variable -> field path, or {path, convert}
 *   balance: {path: accounts, convert: map}    # none|int|string|set|map|seq
 *   txns: count
 * unlogged: [pending]          # variables the log does not have
 * </pre>
 */
public final class Mapping {
    /** A mapping file that cannot be used; the message names the problem. */
    public static final class MappingException extends Exception {
        private static final long serialVersionUID = 1L;

        public MappingException(String message) {
            super(message);
        }
    }

    private record Source(String path, String convert) {
    }

    private record Skip(String field, List<String> equals, Pattern pattern) {
    }

    private record EventRule(String action, Map<String, Source> params) {
    }

    /** Parses text the {@code json} conversion reads; ObjectMapper is thread-safe once configured. */
    private final ObjectMapper json = new ObjectMapper();
    private final String eventField;
    private final String nodeField;
    private final String clockField;
    private final List<Skip> skips;
    private final Map<String, EventRule> events;
    private final Map<String, Source> state;
    private final Pattern text;
    private final List<String> groups;
    private final boolean skipUnmatched;
    private final StepRules rules;
    /** The rules' field conversions, each field path split once: its parts, then how it is converted. */
    private final List<Map.Entry<String[], String>> conversions;

    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
    static final List<String> CONVERSIONS = List.of("none", "int", "string", "bool", "json", "set", "map", "seq");

    private Mapping(String eventField, String nodeField, String clockField, List<Skip> skips,
                    Map<String, EventRule> events, Map<String, Source> state, Pattern text, boolean skipUnmatched,
                    StepRules rules) {
        this.rules = rules;
        List<Map.Entry<String[], String>> cs = new ArrayList<>();
        if (rules != null) {
            rules.fieldConversions().forEach((path, how) -> cs.add(Map.entry(path.split("\\."), how)));
        }
        this.conversions = List.copyOf(cs);
        this.text = text;
        this.skipUnmatched = skipUnmatched;
        List<String> names = new ArrayList<>();
        if (text != null) {
            java.util.regex.Matcher m = GROUP_NAME.matcher(text.pattern());
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        this.groups = List.copyOf(names);
        this.eventField = eventField;
        this.nodeField = nodeField;
        this.clockField = clockField;
        this.skips = skips;
        this.events = events;
        this.state = state;
    }

    /** Reads a mapping file (YAML, which includes JSON). */
    public static Mapping load(Path file) throws MappingException {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new MappingException("cannot read mapping: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.isObject()) {
            throw new MappingException("a mapping must be an object with 'event', 'events' and 'state'");
        }
        String event = text(root, "event", true);
        List<Skip> skips = new ArrayList<>();
        for (JsonNode s : root.path("skip")) {
            if (s.has("pattern")) {
                try {
                    skips.add(new Skip(null, List.of(), Pattern.compile(s.get("pattern").asText())));
                } catch (PatternSyntaxException e) {
                    throw new MappingException("skip pattern is not a regular expression: " + e.getDescription());
                }
            } else if (s.has("field")) {
                List<String> eq = new ArrayList<>();
                s.path("equals").forEach(x -> eq.add(x.asText()));
                skips.add(new Skip(s.get("field").asText(), eq, null));
            } else {
                throw new MappingException("each 'skip' entry needs 'field' (with 'equals') or 'pattern'");
            }
        }
        StepRules rules = StepRules.usedBy(root) ? StepRules.read(root) : null;
        Map<String, EventRule> events = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("events").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode r = e.getValue();
            if (rules != null) {
                break;
            }
            String action = r.isTextual() ? r.asText() : text(r, "action", true);
            Map<String, Source> params = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> p = r.path("params").fields(); p.hasNext(); ) {
                Map.Entry<String, JsonNode> pe = p.next();
                params.put(pe.getKey(), source(pe.getKey(), pe.getValue()));
            }
            events.put(e.getKey(), new EventRule(action, params));
        }
        Map<String, Source> state = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("state").fields(); it.hasNext() && rules == null; ) {
            Map.Entry<String, JsonNode> e = it.next();
            state.put(e.getKey(), source(e.getKey(), e.getValue()));
        }
        for (JsonNode u : root.path("unlogged")) {
            if (state.containsKey(u.asText())) {
                throw new MappingException("variable '" + u.asText() + "' is both in 'state' and 'unlogged'");
            }
        }
        Pattern textPattern = null;
        String regex = text(root, "text", false);
        if (regex != null) {
            try {
                textPattern = Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw new MappingException("'text' is not a regular expression: " + e.getDescription());
            }
            if (!GROUP_NAME.matcher(regex).find()) {
                throw new MappingException("'text' needs named groups, such as (?<event>\\w+), for the line's fields");
            }
        }
        String unmatched = root.path("unmatched").asText("error");
        if (!List.of("error", "skip").contains(unmatched)) {
            throw new MappingException("'unmatched' must be error or skip, not '" + unmatched + "'");
        }
        return new Mapping(event, root.path("node").isObject() ? null : text(root, "node", false), text(root, "clock", false), skips, events, state,
                textPattern, unmatched.equals("skip"), rules);
    }

    /**
     * The rules of a mapping for per-node logs (parts of variables, conditions, messages), or null
     * when the mapping gives whole variables only.
     */
    public StepRules rules() {
        return rules;
    }

    /** Whether the log is plain text (the mapping has a {@code text} regular expression). */
    public boolean isText() {
        return text != null;
    }

    /**
     * A plain-text line's fields: an object of the {@code text} pattern's named groups (groups that
     * did not take part are left out), or null when the pattern does not match and the mapping says
     * {@code unmatched: skip}.
     *
     * @throws MappingException when the pattern does not match and the mapping says {@code unmatched: error}
     */
    public ObjectNode fields(String raw) throws MappingException {
        java.util.regex.Matcher m = text.matcher(raw);
        if (!m.find()) {
            if (skipUnmatched || skips.stream().anyMatch(s -> s.pattern() != null && s.pattern().matcher(raw).find())) {
                return null;
            }
            throw new MappingException("the line does not match the 'text' pattern");
        }
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        for (String g : groups) {
            String v = m.group(g);
            if (v != null) {
                o.put(g, v);
            }
        }
        return o;
    }

    private static Source source(String name, JsonNode n) throws MappingException {
        if (n.isTextual()) {
            return new Source(n.asText(), "none");
        }
        String path = text(n, "path", true);
        String convert = n.path("convert").asText("none");
        if (!CONVERSIONS.contains(convert)) {
            throw new MappingException("'" + name + "': unknown conversion '" + convert + "' ("
                    + String.join(", ", CONVERSIONS) + ")");
        }
        return new Source(path, convert);
    }

    private static String text(JsonNode n, String field, boolean required) throws MappingException {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new MappingException("missing '" + field + "'");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw new MappingException("'" + field + "' must be a string");
        }
        return v.asText();
    }

    /**
     * The native event for one log line, or null when the mapping skips it.
     *
     * @throws MappingException when the line lacks a field the mapping needs
     */
    public ObjectNode toNative(String raw, JsonNode line) throws MappingException {
        for (Skip s : skips) {
            if (s.pattern() != null ? s.pattern().matcher(raw).find()
                    : s.equals().contains(at(line, s.field()) == null ? null : at(line, s.field()).asText())) {
                return null;
            }
        }
        JsonNode name = at(line, eventField);
        if (name == null || !name.isValueNode()) {
            throw new MappingException("no event name at '" + eventField + "'");
        }
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode out = f.objectNode();
        if (rules != null) {
            return withRule(line, name.asText(), out);
        }
        EventRule rule = events.get(name.asText());
        out.put("action", rule == null ? name.asText() : rule.action());
        if (rule != null && !rule.params().isEmpty()) {
            ObjectNode p = out.putObject("params");
            for (Map.Entry<String, Source> e : rule.params().entrySet()) {
                p.set(e.getKey(), value(line, e.getKey(), e.getValue()));
            }
        }
        ObjectNode st = out.putObject("state");
        for (Map.Entry<String, Source> e : state.entrySet()) {
            JsonNode v = at(line, e.getValue().path());
            if (v != null && !v.isNull()) {
                st.set(e.getKey(), convert(e.getKey(), v, e.getValue().convert()));
            }
        }
        if (nodeField != null && at(line, nodeField) != null) {
            out.put("node", at(line, nodeField).asText());
        }
        if (clockField != null && at(line, clockField) != null) {
            out.set("clock", at(line, clockField));
        }
        return out;
    }

    /**
     * A native event for a line read through rules: its action (the rule's), node and clock, no
     * state (the search engine reads the constraints from the line's fields); null for an event
     * that is no step.
     */
    private ObjectNode withRule(JsonNode line, String event, ObjectNode out) throws MappingException {
        StepRules.Rule r = rules.select(event, line);
        if (r == null) {
            if (rules.skipOther()) {
                return null;
            }
            throw new MappingException(rules.events().containsKey(event)
                    ? "no rule for event '" + event + "' matches the line's fields (see 'when')"
                    : "no rule for event '" + event + "' (add it under 'events', as skip if it is no step,"
                            + " or say otherEvents: skip)");
        }
        if (r.skip()) {
            return null;
        }
        for (String p : rules.required(r)) {
            if (at(line, p) == null || at(line, p).isNull()) {
                throw new MappingException("event '" + event + "' needs field '" + p + "'");
            }
        }
        out.put("action", r.action());
        out.putObject("state");
        if (nodeField != null && at(line, nodeField) != null) {
            out.put("node", at(line, nodeField).asText());
        } else if (rules.node() != null && rules.node().path() != null && at(line, rules.node().path()) != null) {
            out.put("node", at(line, rules.node().path()).asText());
        }
        if (clockField != null && at(line, clockField) != null) {
            out.set("clock", at(line, clockField));
        }
        return out;
    }

    /** The rule that applies to a line (mapping rules only; the line was mapped by {@link #toNative} already). */
    public StepRules.Rule rule(JsonNode line) {
        return rules.select(at(line, eventField).asText(), line);
    }

    /**
     * The line's fields as the rules read them: fields read through a table become their text,
     * fields with a conversion are converted. The line's tree is changed in place: it is parsed for
     * this alone ({@code NativeLogReader} reads each line into a tree of its own), and a copy of
     * every line cost a few percent of the mapped search.
     */
    public JsonNode converted(JsonNode line) throws MappingException {
        for (Map.Entry<String[], String> c : conversions) {
            String[] parts = c.getKey();
            JsonNode parent = line;
            for (int i = 0; i < parts.length - 1 && parent != null; i++) {
                parent = parent.get(parts[i]);
            }
            String last = parts[parts.length - 1];
            if (!(parent instanceof ObjectNode o) || o.get(last) == null || o.get(last).isNull()) {
                continue;
            }
            o.set(last, c.getValue().equals("table") ? JsonNodeFactory.instance.textNode(o.get(last).asText())
                    : convert(String.join(".", parts), o.get(last), c.getValue()));
        }
        return line;
    }

    private JsonNode value(JsonNode line, String name, Source s) throws MappingException {
        JsonNode v = at(line, s.path());
        if (v == null) {
            throw new MappingException("parameter '" + name + "': no field '" + s.path() + "'");
        }
        return convert(name, v, s.convert());
    }

    private JsonNode convert(String name, JsonNode v, String how) throws MappingException {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (v.isTextual() && List.of("set", "seq", "map").contains(how)) {
            v = convert(name, v, "json"); // a plain-text log's field holding a JSON array or object
        }
        switch (how) {
            case "int":
                try {
                    return f.numberNode(Long.parseLong(v.asText().trim()));
                } catch (NumberFormatException e) {
                    throw new MappingException("'" + name + "': not an integer: " + v);
                }
            case "string":
                return f.textNode(v.asText());
            case "bool": {
                String b = v.asText().trim().toLowerCase(java.util.Locale.ROOT);
                if (!b.equals("true") && !b.equals("false")) {
                    throw new MappingException("'" + name + "': not a boolean: " + v);
                }
                return f.booleanNode(b.equals("true"));
            }
            case "json":
                if (!v.isTextual()) {
                    return v;
                }
                try {
                    return json.readTree(v.asText());
                } catch (IOException e) {
                    throw new MappingException("'" + name + "': not JSON: " + v.asText());
                }
            case "set": {
                if (!v.isArray()) {
                    throw new MappingException("'" + name + "': a set needs a JSON array, not " + v);
                }
                ObjectNode o = f.objectNode();
                o.set("#set", v);
                return o;
            }
            case "seq":
                if (!v.isArray()) {
                    throw new MappingException("'" + name + "': a sequence needs a JSON array, not " + v);
                }
                return v;
            case "map": {
                if (!v.isObject()) {
                    throw new MappingException("'" + name + "': a function needs a JSON object, not " + v);
                }
                ArrayNode pairs = f.arrayNode();
                v.fields().forEachRemaining(e -> pairs.addArray().add(e.getKey()).add(e.getValue()));
                ObjectNode o = f.objectNode();
                o.set("#map", pairs);
                return o;
            }
            default:
                return v;
        }
    }

    /** The value at a dotted field path, or null. */
    public static JsonNode at(JsonNode n, String path) {
        // walked without splitting: this runs for every field of every line (a profile of the
        // mapped search found String.split at 4% of its time)
        JsonNode cur = n;
        int from = 0;
        while (cur != null) {
            int dot = path.indexOf('.', from);
            if (dot < 0) {
                return cur.get(from == 0 ? path : path.substring(from));
            }
            cur = cur.get(path.substring(from, dot));
            from = dot + 1;
        }
        return null;
    }
}
