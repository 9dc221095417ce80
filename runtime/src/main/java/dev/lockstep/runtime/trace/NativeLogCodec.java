package dev.lockstep.runtime.trace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.runtime.itf.ItfCodec;
import dev.lockstep.runtime.itf.ItfException;
import dev.lockstep.runtime.machine.ActionCall;
import dev.lockstep.runtime.value.Value;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Encodes and decodes native log lines (NDJSON, one {@link TraceEvent} per line):
 * {@code {"action":"Transfer","params":{"from":"a1"},"state":{"txns":1},"node":"n1","clock":3}},
 * plus {@code "refused":[{"action":"Withdraw","params":{"from":"a2"}}]} when the implementation
 * refused action instances the spec enables in the logged state ({@link TraceEvent#refused()}),
 * and {@code "allowed":[...]} or {@code "allowed":{"add":[...],"drop":[...]}} with the instances the
 * implementation would take from it ({@link Allowed}).
 * Values inside {@code params} and {@code state} are ITF. Fields are written in that order; unknown
 * fields are ignored when reading, so logs may carry extra context. Immutable and thread-safe.
 */
public final class NativeLogCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private final ItfCodec itf;

    public NativeLogCodec(ItfCodec itf) {
        this.itf = itf;
    }

    /** A codec for models without model values. */
    public static NativeLogCodec plain() {
        return new NativeLogCodec(ItfCodec.plain());
    }

    public ItfCodec itf() {
        return itf;
    }

    /** The event as one line of JSON, without the newline. */
    public String encode(TraceEvent e) {
        StringWriter w = new StringWriter();
        try {
            write(w, e);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return w.toString();
    }

    /** Writes the event as one line of JSON, without the newline. */
    public void write(Writer out, TraceEvent e) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
            g.writeStartObject();
            g.writeStringField("action", e.action());
            if (!e.params().isEmpty()) {
                g.writeFieldName("params");
                writeMap(g, e.params());
            }
            g.writeFieldName("state");
            writeMap(g, e.state());
            if (e.node().isPresent()) {
                g.writeStringField("node", e.node().get());
            }
            if (e.clock().isPresent()) {
                g.writeFieldName("clock");
                Clock c = e.clock().get();
                if (c instanceof Clock.Lamport l) {
                    g.writeNumber(l.value());
                } else {
                    g.writeStartObject();
                    for (Map.Entry<String, Long> en : ((Clock.Vector) c).entries().entrySet()) {
                        g.writeNumberField(en.getKey(), en.getValue());
                    }
                    g.writeEndObject();
                }
            }
            if (!e.refused().isEmpty()) {
                g.writeFieldName("refused");
                writeCalls(g, e.refused());
            }
            if (e.allowed().isPresent()) {
                g.writeFieldName("allowed");
                if (e.allowed().get() instanceof Allowed.All all) {
                    writeCalls(g, all.calls());
                } else {
                    Allowed.Change c = (Allowed.Change) e.allowed().get();
                    g.writeStartObject();
                    g.writeFieldName("add");
                    writeCalls(g, c.add());
                    g.writeFieldName("drop");
                    writeCalls(g, c.drop());
                    g.writeEndObject();
                }
            }
            g.writeEndObject();
        }
    }

    private void writeCalls(JsonGenerator g, List<ActionCall> calls) throws IOException {
        g.writeStartArray();
        for (ActionCall call : calls) {
            g.writeStartObject();
            g.writeStringField("action", call.action());
            if (!call.params().isEmpty()) {
                g.writeFieldName("params");
                writeMap(g, call.params());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void writeMap(JsonGenerator g, Map<String, Value> m) throws IOException {
        g.writeStartObject();
        for (Map.Entry<String, Value> en : m.entrySet()) {
            g.writeFieldName(en.getKey());
            itf.write(g, en.getValue());
        }
        g.writeEndObject();
    }

    /** Reads one log line; {@code lineNumber} (1-based) is used in error messages. */
    public TraceEvent decode(String line, int lineNumber) {
        JsonNode n;
        try {
            n = MAPPER.readTree(line);
        } catch (JsonProcessingException ex) {
            throw new NativeLogException(lineNumber, "not JSON: " + ex.getOriginalMessage());
        }
        if (n == null || !n.isObject()) {
            throw new NativeLogException(lineNumber, "a log line is a JSON object");
        }
        JsonNode action = n.get("action");
        if (action == null || !action.isTextual()) {
            throw new NativeLogException(lineNumber, "missing \"action\" (the spec's action name, a string)");
        }
        Map<String, Value> params = map(n, "params", lineNumber);
        Map<String, Value> state = map(n, "state", lineNumber);
        Optional<String> node = Optional.empty();
        JsonNode nodeField = n.get("node");
        if (nodeField != null && !nodeField.isNull()) {
            if (!nodeField.isTextual()) {
                throw new NativeLogException(lineNumber, "\"node\" must be a string");
            }
            node = Optional.of(nodeField.textValue());
        }
        return new TraceEvent(action.textValue(), params, state, node, clock(n.get("clock"), lineNumber),
                calls(n.get("refused"), "refused", lineNumber), allowed(n.get("allowed"), lineNumber));
    }

    private Optional<Allowed> allowed(JsonNode a, int lineNumber) {
        if (a == null || a.isNull()) {
            return Optional.empty();
        }
        if (a.isObject()) {
            return Optional.of(new Allowed.Change(calls(a.get("add"), "allowed/add", lineNumber),
                    calls(a.get("drop"), "allowed/drop", lineNumber)));
        }
        return Optional.of(new Allowed.All(calls(a, "allowed", lineNumber)));
    }

    private List<ActionCall> calls(JsonNode r, String field, int lineNumber) {
        List<ActionCall> out = new ArrayList<>();
        if (r == null || r.isNull()) {
            return out;
        }
        String shape = "\"" + field + "\" must be an array of {\"action\": name, \"params\": {...}}";
        if (!r.isArray()) {
            throw new NativeLogException(lineNumber, shape);
        }
        for (JsonNode call : r) {
            if (!call.isObject() || call.get("action") == null || !call.get("action").isTextual()) {
                throw new NativeLogException(lineNumber, shape);
            }
            out.add(new ActionCall(call.get("action").textValue(), map(call, "params", lineNumber)));
        }
        return out;
    }

    private Map<String, Value> map(JsonNode n, String field, int lineNumber) {
        Map<String, Value> out = new LinkedHashMap<>();
        JsonNode m = n.get(field);
        if (m == null || m.isNull()) {
            return out;
        }
        if (!m.isObject()) {
            throw new NativeLogException(lineNumber, "\"" + field + "\" must be an object of name to ITF value");
        }
        Iterator<Map.Entry<String, JsonNode>> it = m.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            try {
                out.put(e.getKey(), itf.fromJson(e.getValue(), "/" + field + "/" + e.getKey()));
            } catch (ItfException ex) {
                throw new NativeLogException(lineNumber, ex.getMessage());
            }
        }
        return out;
    }

    private static Optional<Clock> clock(JsonNode c, int lineNumber) {
        if (c == null || c.isNull()) {
            return Optional.empty();
        }
        if (c.isIntegralNumber() && c.canConvertToLong()) {
            return Optional.of(new Clock.Lamport(c.longValue()));
        }
        if (c.isObject()) {
            TreeMap<String, Long> entries = new TreeMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = c.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isIntegralNumber() || !e.getValue().canConvertToLong()) {
                    throw new NativeLogException(lineNumber, "\"clock\" entries must be integers");
                }
                entries.put(e.getKey(), e.getValue().longValue());
            }
            return Optional.of(new Clock.Vector(entries));
        }
        throw new NativeLogException(lineNumber, "\"clock\" must be an integer or an object of node to integer");
    }
}
