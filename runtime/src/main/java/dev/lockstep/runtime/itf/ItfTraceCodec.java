package dev.lockstep.runtime.itf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.runtime.value.Value;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and writes whole ITF traces with an {@link ItfCodec} for the values. Thread-safe. */
public final class ItfTraceCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ItfCodec values;

    public ItfTraceCodec(ItfCodec values) {
        this.values = values;
    }

    /** The trace as a JSON tree. */
    public ObjectNode toJson(ItfTrace trace) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode vars = root.putArray("vars");
        trace.vars().forEach(vars::add);
        ArrayNode states = root.putArray("states");
        for (ItfState s : trace.states()) {
            ObjectNode o = states.addObject();
            if (s.index().isPresent() || s.action().isPresent()) {
                ObjectNode meta = o.putObject("#meta");
                s.index().ifPresent(i -> meta.put("index", i));
                s.action().ifPresent(a -> meta.put("action", a));
            }
            s.values().forEach((k, v) -> o.set(k, values.toJson(v)));
        }
        trace.loop().ifPresent(l -> root.put("loop", l));
        return root;
    }

    /** The trace as indented JSON text. */
    public String encode(ItfTrace trace) {
        try {
            return MAPPER.writeValueAsString(toJson(trace));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses ITF trace text. */
    public ItfTrace decode(String json) {
        try {
            JsonNode n = MAPPER.readTree(json);
            if (n == null || n.isMissingNode()) {
                throw new ItfException("", "no JSON value");
            }
            return fromJson(n);
        } catch (IOException e) {
            throw new ItfException("", "not JSON: " + e.getMessage());
        }
    }

    /** Decodes an ITF trace tree. */
    public ItfTrace fromJson(JsonNode root) {
        if (!root.isObject()) {
            throw new ItfException("", "an ITF trace is a JSON object");
        }
        JsonNode varsNode = root.get("vars");
        JsonNode statesNode = root.get("states");
        if (varsNode == null || !varsNode.isArray()) {
            throw new ItfException("/vars", "missing array of variable names");
        }
        if (statesNode == null || !statesNode.isArray()) {
            throw new ItfException("/states", "missing array of states");
        }
        List<String> vars = new ArrayList<>();
        for (int i = 0; i < varsNode.size(); i++) {
            if (!varsNode.get(i).isTextual()) {
                throw new ItfException("/vars/" + i, "variable names are strings");
            }
            vars.add(varsNode.get(i).textValue());
        }
        List<ItfState> states = new ArrayList<>();
        for (int i = 0; i < statesNode.size(); i++) {
            states.add(state(statesNode.get(i), "/states/" + i));
        }
        Optional<Integer> loop = Optional.empty();
        JsonNode loopNode = root.get("loop");
        if (loopNode != null && !loopNode.isNull()) {
            if (!loopNode.canConvertToInt() || !loopNode.isIntegralNumber()) {
                throw new ItfException("/loop", "loop is a state index");
            }
            loop = Optional.of(loopNode.intValue());
        }
        return new ItfTrace(vars, states, loop);
    }

    private ItfState state(JsonNode node, String at) {
        if (!node.isObject()) {
            throw new ItfException(at, "a state is a JSON object");
        }
        Optional<Integer> index = Optional.empty();
        Optional<String> action = Optional.empty();
        Map<String, Value> vals = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals("#meta")) {
                JsonNode meta = e.getValue();
                if (meta.has("index") && meta.get("index").isIntegralNumber()) {
                    index = Optional.of(meta.get("index").intValue());
                }
                if (meta.has("action") && meta.get("action").isTextual()) {
                    action = Optional.of(meta.get("action").textValue());
                }
                continue;
            }
            vals.put(e.getKey(), values.fromJson(e.getValue(), at + "/" + ItfCodec.escape(e.getKey())));
        }
        return new ItfState(index, action, vals);
    }
}
