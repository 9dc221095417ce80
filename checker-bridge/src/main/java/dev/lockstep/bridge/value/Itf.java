package dev.lockstep.bridge.value;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;

/**
 * Encodes {@link TlcValue}s in the Informal Trace Format (ITF) used by Apalache and Quint:
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
}
