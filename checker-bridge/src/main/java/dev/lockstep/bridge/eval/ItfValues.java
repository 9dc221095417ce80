package dev.lockstep.bridge.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tlc2.value.impl.BoolValue;
import tlc2.value.impl.FcnRcdValue;
import tlc2.value.impl.IntValue;
import tlc2.value.impl.ModelValue;
import tlc2.value.impl.RecordValue;
import tlc2.value.impl.SetEnumValue;
import tlc2.value.impl.StringValue;
import tlc2.value.impl.TupleValue;
import tlc2.value.impl.Value;
import util.UniqueString;

/**
 * Turns ITF JSON values into TLC values, in a child JVM that runs TLC's evaluator (validate's
 * evaluator host, check's ALIAS evaluation). A string is a model value when the model declares one of
 * that name, otherwise a TLA+ string (design.md, "ITF values").
 */
public final class ItfValues {

    /** An ITF value TLC cannot represent, or JSON that is not an ITF value. */
    public static class BadValue extends Exception {
        private static final long serialVersionUID = 1L;

        public BadValue(String message) {
            super(message);
        }
    }

    private final Set<String> modelValues;
    private final java.util.Map<String, UniqueString> names = new java.util.HashMap<>();

    public ItfValues(Set<String> modelValues) {
        this.modelValues = modelValues;
    }

    public Value toValue(JsonNode n) throws BadValue {
        if (n.isBoolean()) {
            return n.booleanValue() ? BoolValue.ValTrue : BoolValue.ValFalse;
        }
        if (n.isIntegralNumber()) {
            if (!n.canConvertToInt()) {
                throw new BadValue("integer " + n.asText() + " is outside TLC's 32-bit integer range");
            }
            return IntValue.gen(n.intValue());
        }
        if (n.isNumber()) {
            throw new BadValue("TLA+ has no fractional numbers: " + n.asText());
        }
        if (n.isTextual()) {
            String s = n.textValue();
            return modelValues.contains(s) ? ModelValue.make(s) : new StringValue(s);
        }
        if (n.isArray()) {
            return new TupleValue(elements(n));
        }
        if (n.isObject()) {
            if (n.size() == 1) {
                Map.Entry<String, JsonNode> only = n.fields().next();
                switch (only.getKey()) {
                    case "#set": {
                        SetEnumValue set = new SetEnumValue(elements(array(only.getValue(), "#set")), false);
                        set.normalize();
                        return set;
                    }
                    case "#tup":
                        return new TupleValue(elements(array(only.getValue(), "#tup")));
                    case "#map":
                        return function(array(only.getValue(), "#map"));
                    case "#bigint":
                        return bigint(only.getValue());
                    default:
                        if (only.getKey().startsWith("#")) {
                            throw new BadValue("unsupported ITF value " + only.getKey());
                        }
                }
            }
            List<UniqueString> names = new ArrayList<>();
            List<Value> values = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().startsWith("#")) {
                    throw new BadValue("unsupported ITF value " + e.getKey());
                }
                names.add(this.names.computeIfAbsent(e.getKey(), UniqueString::uniqueStringOf));
                values.add(toValue(e.getValue()));
            }
            RecordValue r = new RecordValue(names.toArray(new UniqueString[0]), values.toArray(new Value[0]), false);
            r.normalize();
            return r;
        }
        throw new BadValue("not an ITF value: " + n);
    }

    private static JsonNode array(JsonNode n, String tag) throws BadValue {
        if (!n.isArray()) {
            throw new BadValue(tag + " must hold a JSON array");
        }
        return n;
    }

    private Value[] elements(JsonNode arr) throws BadValue {
        Value[] out = new Value[arr.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = toValue(arr.get(i));
        }
        return out;
    }

    private Value function(JsonNode pairs) throws BadValue {
        Value[] dom = new Value[pairs.size()];
        Value[] rng = new Value[pairs.size()];
        for (int i = 0; i < dom.length; i++) {
            JsonNode p = pairs.get(i);
            if (!p.isArray() || p.size() != 2) {
                throw new BadValue("#map entries must be [key, value] pairs");
            }
            dom[i] = toValue(p.get(0));
            rng[i] = toValue(p.get(1));
        }
        FcnRcdValue f = new FcnRcdValue(dom, rng, false);
        f.normalize();
        return f;
    }

    private static Value bigint(JsonNode n) throws BadValue {
        try {
            BigInteger b = new BigInteger(n.asText());
            if (b.bitLength() >= 32) {
                throw new BadValue("integer " + b + " is outside TLC's 32-bit integer range");
            }
            return IntValue.gen(b.intValue());
        } catch (NumberFormatException e) {
            throw new BadValue("#bigint must hold a decimal integer, not " + n);
        }
    }
}
