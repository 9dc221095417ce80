package dev.lockstep.runtime.itf;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.runtime.value.BoolValue;
import dev.lockstep.runtime.value.FnValue;
import dev.lockstep.runtime.value.IntValue;
import dev.lockstep.runtime.value.ModelValue;
import dev.lockstep.runtime.value.RecordValue;
import dev.lockstep.runtime.value.SeqValue;
import dev.lockstep.runtime.value.SetValue;
import dev.lockstep.runtime.value.StrValue;
import dev.lockstep.runtime.value.TupleValue;
import dev.lockstep.runtime.value.Value;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Encodes and decodes values in the Informal Trace Format (ITF, as written by Apalache and Quint):
 * booleans, strings and integers as JSON; {@code {"#bigint":"-123"}} for integers beyond 53 bits;
 * arrays for sequences; plain objects for records; {@code {"#tup":[...]}}, {@code {"#set":[...]}},
 * {@code {"#map":[[k,v],...]}} for tuples, sets and functions. A model value is written as its name;
 * when decoding, a string is a model value exactly when its name is one of {@link #modelValues()}.
 *
 * <p>Sets and functions are written in canonical order, so equal values encode to equal text.
 * Immutable and thread-safe.
 */
public final class ItfCodec {
    /** The largest magnitude written as a plain JSON number: 2^53 - 1 (exact in every JSON reader). */
    static final BigInteger MAX_SAFE = BigInteger.ONE.shiftLeft(53).subtract(BigInteger.ONE);

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Set<String> modelValues;

    /** A codec for a model whose configuration declares the given model values. */
    public ItfCodec(Set<String> modelValues) {
        this.modelValues = Set.copyOf(modelValues);
    }

    /** A codec for a model without model values: every JSON string decodes to a string. */
    public static ItfCodec plain() {
        return new ItfCodec(Set.of());
    }

    /** The model value names declared by the configuration. */
    public Set<String> modelValues() {
        return modelValues;
    }

    /** The value as a JSON tree. */
    public JsonNode toJson(Value v) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (v instanceof BoolValue b) {
            return f.booleanNode(b.value());
        }
        if (v instanceof IntValue i) {
            if (i.value().abs().compareTo(MAX_SAFE) <= 0) {
                return f.numberNode(i.value().longValue());
            }
            return f.objectNode().put("#bigint", i.value().toString());
        }
        if (v instanceof StrValue s) {
            return f.textNode(s.value());
        }
        if (v instanceof ModelValue m) {
            return f.textNode(m.name());
        }
        if (v instanceof SetValue s) {
            ObjectNode o = f.objectNode();
            ArrayNode a = o.putArray("#set");
            s.elements().forEach(e -> a.add(toJson(e)));
            return o;
        }
        if (v instanceof SeqValue s) {
            ArrayNode a = f.arrayNode();
            s.elements().forEach(e -> a.add(toJson(e)));
            return a;
        }
        if (v instanceof TupleValue t) {
            ObjectNode o = f.objectNode();
            ArrayNode a = o.putArray("#tup");
            t.elements().forEach(e -> a.add(toJson(e)));
            return o;
        }
        if (v instanceof RecordValue r) {
            ObjectNode o = f.objectNode();
            r.fields().forEach((k, e) -> o.set(k, toJson(e)));
            return o;
        }
        FnValue fn = (FnValue) v;
        ObjectNode o = f.objectNode();
        ArrayNode a = o.putArray("#map");
        fn.graph().forEach((k, e) -> a.addArray().add(toJson(k)).add(toJson(e)));
        return o;
    }

    /** Writes the value to a streaming generator (no intermediate tree). */
    public void write(JsonGenerator g, Value v) throws IOException {
        if (v instanceof BoolValue b) {
            g.writeBoolean(b.value());
        } else if (v instanceof IntValue i) {
            if (i.value().abs().compareTo(MAX_SAFE) <= 0) {
                g.writeNumber(i.value().longValue());
            } else {
                g.writeStartObject();
                g.writeStringField("#bigint", i.value().toString());
                g.writeEndObject();
            }
        } else if (v instanceof StrValue s) {
            g.writeString(s.value());
        } else if (v instanceof ModelValue m) {
            g.writeString(m.name());
        } else if (v instanceof SetValue s) {
            writeTagged(g, "#set", s.elements());
        } else if (v instanceof TupleValue t) {
            writeTagged(g, "#tup", t.elements());
        } else if (v instanceof SeqValue s) {
            g.writeStartArray();
            for (Value e : s.elements()) {
                write(g, e);
            }
            g.writeEndArray();
        } else if (v instanceof RecordValue r) {
            g.writeStartObject();
            for (Map.Entry<String, Value> e : r.fields().entrySet()) {
                g.writeFieldName(e.getKey());
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else {
            g.writeStartObject();
            g.writeArrayFieldStart("#map");
            for (Map.Entry<Value, Value> e : ((FnValue) v).graph().entrySet()) {
                g.writeStartArray();
                write(g, e.getKey());
                write(g, e.getValue());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private void writeTagged(JsonGenerator g, String tag, List<Value> elements) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart(tag);
        for (Value e : elements) {
            write(g, e);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The value as compact JSON text. */
    public String encode(Value v) {
        try {
            return MAPPER.writeValueAsString(toJson(v));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses JSON text as an ITF value. */
    public Value decode(String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ItfException("", "not JSON: " + e.getOriginalMessage());
        }
        if (node == null || node.isMissingNode()) {
            throw new ItfException("", "no JSON value");
        }
        return fromJson(node);
    }

    /** Decodes a JSON tree as an ITF value. */
    public Value fromJson(JsonNode node) {
        return fromJson(node, "");
    }

    /** Decodes a JSON tree found at {@code path} (a JSON pointer used in error messages). */
    public Value fromJson(JsonNode node, String path) {
        switch (node.getNodeType()) {
            case BOOLEAN:
                return BoolValue.of(node.booleanValue());
            case NUMBER:
                if (!node.isIntegralNumber()) {
                    throw new ItfException(path, "ITF integers are whole numbers, found " + node);
                }
                return new IntValue(node.bigIntegerValue());
            case STRING:
                String s = node.textValue();
                return modelValues.contains(s) ? new ModelValue(s) : new StrValue(s);
            case ARRAY: {
                List<Value> out = new ArrayList<>(node.size());
                for (int i = 0; i < node.size(); i++) {
                    out.add(fromJson(node.get(i), path + "/" + i));
                }
                return new SeqValue(out);
            }
            case OBJECT:
                return fromObject(node, path);
            default:
                throw new ItfException(path, "not an ITF value: " + node.getNodeType().toString().toLowerCase()
                        + (node.isNull() ? " (null)" : ""));
        }
    }

    private Value fromObject(JsonNode node, String path) {
        if (node.size() == 1) {
            String key = node.fieldNames().next();
            JsonNode body = node.get(key);
            String at = path + "/" + escape(key);
            switch (key) {
                case "#bigint":
                    if (!body.isTextual()) {
                        throw new ItfException(at, "#bigint must be a string of digits");
                    }
                    try {
                        return new IntValue(new BigInteger(body.textValue()));
                    } catch (NumberFormatException e) {
                        throw new ItfException(at, "#bigint is not an integer: \"" + body.textValue() + "\"");
                    }
                case "#tup":
                    return new TupleValue(elements(body, at));
                case "#set":
                    return SetValue.copyOf(elements(body, at));
                case "#map":
                    return fromMap(body, at);
                case "#unserializable":
                    throw new ItfException(at, "the value was not serialisable: " + body);
                default:
                    break;
            }
        }
        TreeMap<String, Value> fields = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = path + "/" + escape(e.getKey());
            if (e.getKey().startsWith("#")) {
                throw new ItfException(at, "unknown ITF tag " + e.getKey()
                        + " (expected #bigint, #tup, #set or #map alone in its object)");
            }
            fields.put(e.getKey(), fromJson(e.getValue(), at));
        }
        return new RecordValue(fields);
    }

    private Value fromMap(JsonNode body, String at) {
        if (!body.isArray()) {
            throw new ItfException(at, "#map must be an array of [key, value] pairs");
        }
        TreeMap<Value, Value> graph = new TreeMap<>();
        for (int i = 0; i < body.size(); i++) {
            JsonNode pair = body.get(i);
            String pairAt = at + "/" + i;
            if (!pair.isArray() || pair.size() != 2) {
                throw new ItfException(pairAt, "#map entries are [key, value] pairs");
            }
            Value k = fromJson(pair.get(0), pairAt + "/0");
            Value v = fromJson(pair.get(1), pairAt + "/1");
            Value old = graph.put(k, v);
            if (old != null && !old.equals(v)) {
                throw new ItfException(pairAt, "#map gives two results for " + k.toTla());
            }
        }
        return new FnValue(graph);
    }

    private List<Value> elements(JsonNode body, String at) {
        if (!body.isArray()) {
            throw new ItfException(at, "expected an array");
        }
        List<Value> out = new ArrayList<>(body.size());
        for (int i = 0; i < body.size(); i++) {
            out.add(fromJson(body.get(i), at + "/" + i));
        }
        return out;
    }

    /** Escapes a key for a JSON pointer (RFC 6901). */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
