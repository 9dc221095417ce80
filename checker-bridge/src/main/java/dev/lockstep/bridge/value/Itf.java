package dev.lockstep.bridge.value;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Encodes {@link TlcValue}s in, and decodes them from, the Informal Trace Format (ITF) used by Apalache and Quint:
 * integers within 53 bits as JSON numbers, others as {@code {"#bigint": "..."}}; sequences as
 * arrays; records as objects; {@code {"#set": [...]}}, {@code {"#map": [[k, v], ...]}}; model
 * values as their names; symbolic values as {@code {"#unserializable": "text"}}.
 */
public final class Itf {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final BigInteger MAX_SAFE = BigInteger.valueOf((1L << 53) - 1);
    private static final BigInteger MIN_SAFE = MAX_SAFE.negate();

    private Itf() {
    }

    public static JsonNode encode(TlcValue v) {
        if (v instanceof TlcValue.Int i) {
            // the smallest node that holds it (an int as Jackson reads one back), within 53 bits a number
            if (i.value().bitLength() < 32) {
                return F.numberNode(i.value().intValue());
            }
            return i.value().compareTo(MAX_SAFE) <= 0 && i.value().compareTo(MIN_SAFE) >= 0
                    ? F.numberNode(i.value().longValue())
                    : F.objectNode().put("#bigint", i.value().toString());
        } else if (v instanceof TlcValue.Bool b) {
            return F.booleanNode(b.value());
        } else if (v instanceof TlcValue.Str s) {
            return F.textNode(s.value());
        } else if (v instanceof TlcValue.ModelValue m) {
            return F.textNode(m.name());
        } else if (v instanceof TlcValue.Seq s) {
            ArrayNode a = F.arrayNode();
            s.elements().forEach(e -> a.add(encode(e)));
            return a;
        } else if (v instanceof TlcValue.SetOf s) {
            ArrayNode a = F.arrayNode();
            s.elements().forEach(e -> a.add(encode(e)));
            ObjectNode o = F.objectNode();
            o.set("#set", a);
            return o;
        } else if (v instanceof TlcValue.Record r) {
            ObjectNode o = F.objectNode();
            r.fields().forEach((k, val) -> o.set(k, encode(val)));
            return o;
        } else if (v instanceof TlcValue.Fun f) {
            ArrayNode a = F.arrayNode();
            for (TlcValue.Entry e : f.entries()) {
                a.add(F.arrayNode().add(encode(e.key())).add(encode(e.value())));
            }
            ObjectNode o = F.objectNode();
            o.set("#map", a);
            return o;
        }
        return F.objectNode().put("#unserializable", ((TlcValue.Symbolic) v).text());
    }

    /**
     * The value an ITF encoding stands for, in the form TLC prints it: a string is the model value
     * of that name when {@code modelValues} holds it; a function whose domain is {@code 1..n} is a
     * sequence, one whose domain is a set of strings a record (TLC prints them so). JSON that is not
     * ITF becomes {@link TlcValue.Symbolic} text.
     */
    public static TlcValue decode(JsonNode n, Set<String> modelValues) {
        if (n.isBoolean()) {
            return new TlcValue.Bool(n.booleanValue());
        }
        if (n.isIntegralNumber()) {
            return new TlcValue.Int(n.bigIntegerValue());
        }
        if (n.isTextual()) {
            return modelValues.contains(n.textValue()) ? new TlcValue.ModelValue(n.textValue()) : new TlcValue.Str(n.textValue());
        }
        if (n.isArray()) {
            return new TlcValue.Seq(elements(n, modelValues));
        }
        if (n.isObject() && n.size() == 1) {
            Map.Entry<String, JsonNode> only = n.fields().next();
            JsonNode x = only.getValue();
            switch (only.getKey()) {
                case "#set":
                    return new TlcValue.SetOf(elements(x, modelValues));
                case "#tup":
                    return new TlcValue.Seq(elements(x, modelValues));
                case "#bigint":
                    try {
                        return new TlcValue.Int(new BigInteger(x.asText()));
                    } catch (NumberFormatException e) {
                        return new TlcValue.Symbolic(n.toString());
                    }
                case "#map":
                    return function(x, modelValues);
                case "#unserializable":
                    return new TlcValue.Symbolic(x.asText());
                default:
                    break;
            }
        }
        if (n.isObject()) {
            Map<String, TlcValue> fields = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                fields.put(e.getKey(), decode(e.getValue(), modelValues));
            }
            return new TlcValue.Record(fields);
        }
        return new TlcValue.Symbolic(n.toString());
    }

    private static List<TlcValue> elements(JsonNode a, Set<String> modelValues) {
        List<TlcValue> out = new ArrayList<>();
        a.forEach(x -> out.add(decode(x, modelValues)));
        return out;
    }

    private static TlcValue function(JsonNode pairs, Set<String> modelValues) {
        List<TlcValue.Entry> entries = new ArrayList<>();
        boolean sequence = true;
        boolean record = pairs.size() > 0;
        for (JsonNode p : pairs) {
            TlcValue k = decode(p.path(0), modelValues);
            entries.add(new TlcValue.Entry(k, decode(p.path(1), modelValues)));
            sequence &= k instanceof TlcValue.Int i && i.value().equals(BigInteger.valueOf(entries.size()));
            record &= k instanceof TlcValue.Str;
        }
        if (sequence) {
            return new TlcValue.Seq(entries.stream().map(TlcValue.Entry::value).toList());
        }
        if (record) {
            Map<String, TlcValue> fields = new LinkedHashMap<>();
            entries.forEach(e -> fields.put(((TlcValue.Str) e.key()).value(), e.value()));
            return new TlcValue.Record(fields);
        }
        return new TlcValue.Fun(entries);
    }
}
