package dev.lockstep.validator.host;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import tlc2.value.IValue;
import tlc2.value.impl.BoolValue;
import tlc2.value.impl.Enumerable;
import tlc2.value.impl.FcnRcdValue;
import tlc2.value.impl.IntValue;
import tlc2.value.impl.ModelValue;
import tlc2.value.impl.RecordValue;
import tlc2.value.impl.StringValue;
import tlc2.value.impl.TupleValue;
import tlc2.value.impl.Value;
import tlc2.value.impl.ValueEnumeration;

/**
 * Encodes TLC values as ITF JSON (design.md, "ITF values"): the inverse of {@link dev.lockstep.bridge.eval.ItfValues}. Model
 * values become their names; functions become {@code #map}; any finite set {@code #set}.
 */
public final class ItfEncoder {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ItfEncoder() {
    }

    /**
     * {@link #encode}, or {@code {"#unserializable": TEXT}} with TLC's text for a value ITF cannot
     * hold (an infinite set, a lazily evaluated function TLC cannot enumerate).
     */
    public static JsonNode encodeOrText(IValue v) {
        try {
            return encode(v);
        } catch (RuntimeException e) {
            return JSON.objectNode().put("#unserializable", String.valueOf(v));
        }
    }

    public static JsonNode encode(IValue iv) {
        Value v = (Value) iv;
        if (v instanceof BoolValue b) {
            return JSON.booleanNode(b.val);
        }
        if (v instanceof IntValue i) {
            return JSON.numberNode(i.val);
        }
        if (v instanceof StringValue s) {
            return JSON.textNode(s.getVal().toString());
        }
        if (v instanceof ModelValue m) {
            return JSON.textNode(m.val.toString());
        }
        if (v instanceof TupleValue t) {
            ArrayNode a = JSON.arrayNode();
            for (Value e : t.elems) {
                a.add(encode(e));
            }
            return a;
        }
        if (v instanceof RecordValue r) {
            ObjectNode o = JSON.objectNode();
            for (int i = 0; i < r.names.length; i++) {
                o.set(r.names[i].toString(), encode(r.values[i]));
            }
            return o;
        }
        if (v instanceof FcnRcdValue f) {
            return map(f);
        }
        if (v instanceof Enumerable e) {
            ArrayNode a = JSON.arrayNode();
            ValueEnumeration en = e.elements();
            Value x;
            while ((x = en.nextElement()) != null) {
                a.add(encode(x));
            }
            ObjectNode o = JSON.objectNode();
            o.set("#set", a);
            return o;
        }
        Value f = v.toFcnRcd();
        if (f instanceof FcnRcdValue fr) {
            return map(fr);
        }
        throw new IllegalArgumentException("no ITF encoding for " + v.getKindString() + " " + v);
    }

    private static JsonNode map(FcnRcdValue f) {
        ArrayNode pairs = JSON.arrayNode();
        Value[] dom = f.getDomainAsValues();
        for (int i = 0; i < dom.length; i++) {
            ArrayNode p = pairs.addArray();
            p.add(encode(dom[i]));
            p.add(encode(f.values[i]));
        }
        ObjectNode o = JSON.objectNode();
        o.set("#map", pairs);
        return o;
    }
}
