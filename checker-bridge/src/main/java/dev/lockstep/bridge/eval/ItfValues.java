package dev.lockstep.bridge.eval;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
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
 *
 * <p>Values are read from JSON tokens, whether those come from text ({@link #parse(String)}, or
 * {@link #parse(byte[], int, int)} straight from a log line's bytes: the direct engine converts each
 * changed variable of each log line, and building a JSON tree first was about a third of that cost)
 * or from a tree ({@link #toValue}); one reader of tokens, so the rules and messages are the same.
 */
public final class ItfValues {

    /** An ITF value TLC cannot represent, or JSON that is not an ITF value. */
    public static class BadValue extends Exception {
        private static final long serialVersionUID = 1L;

        public BadValue(String message) {
            super(message);
        }
    }

    /** The codec of the parsers (a {@code #bigint} that holds no scalar is read as a tree for its message). */
    private static final ObjectMapper CODEC = new ObjectMapper();

    private final Set<String> modelValues;
    private final java.util.Map<String, UniqueString> names = new java.util.HashMap<>();
    /** The plain values of byte ranges, read without Jackson (null from it: Jackson reads the value). */
    private final ItfBytes plain;

    public ItfValues(Set<String> modelValues) {
        this.modelValues = modelValues;
        this.plain = new ItfBytes(modelValues, names);
    }

    /** The ITF value {@code n}. */
    public Value toValue(JsonNode n) throws BadValue {
        try (JsonParser p = n.traverse(CODEC)) {
            p.nextToken();
            return read(p);
        } catch (IOException e) {
            throw new IllegalStateException("reading a JSON tree cannot fail with I/O", e);
        }
    }

    /** The ITF value written as the JSON text {@code json}. */
    public Value parse(String json) throws BadValue {
        try {
            return parse(CODEC.getFactory().createParser(json));
        } catch (IOException e) {
            throw new IllegalStateException("reading JSON from a string cannot fail with I/O", e);
        }
    }

    /**
     * The ITF value written as the UTF-8 JSON text {@code json[from..to)}: read from the bytes of a
     * log line as they are, with no string or JSON tree in between. A plain value is read by
     * {@link ItfBytes} without a JSON parser; anything else, and every error, by the one token
     * reader below.
     */
    public Value parse(byte[] json, int from, int to) throws BadValue {
        Value v = plain.read(json, from, to);
        return v != null ? v : tokens(json, from, to);
    }

    /** {@link #parse(byte[], int, int)} by the token reader alone (the plain reader's oracle in tests). */
    Value tokens(byte[] json, int from, int to) throws BadValue {
        try {
            return parse(CODEC.getFactory().createParser(json, from, to - from));
        } catch (IOException e) {
            throw new IllegalStateException("reading JSON from bytes in memory cannot fail with I/O", e);
        }
    }

    /** The one JSON value {@code parser} holds, which it then closes. */
    private Value parse(JsonParser parser) throws BadValue {
        try (JsonParser p = parser) {
            p.nextToken();
            Value v = read(p);
            if (p.nextToken() != null) {
                throw new BadValue("not an ITF value: text after the JSON value");
            }
            return v;
        } catch (JsonProcessingException e) {
            throw new BadValue("not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalStateException("reading JSON from memory cannot fail with I/O", e);
        }
    }

    /** The value whose first token the parser is on; leaves it on the value's last token. */
    private Value read(JsonParser p) throws BadValue, IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            throw new BadValue("not an ITF value: nothing");
        }
        switch (t) {
            case VALUE_TRUE:
                return BoolValue.ValTrue;
            case VALUE_FALSE:
                return BoolValue.ValFalse;
            case VALUE_NUMBER_INT: {
                JsonParser.NumberType type = p.getNumberType();
                if (type == JsonParser.NumberType.BIG_INTEGER || (int) p.getLongValue() != p.getLongValue()) {
                    throw new BadValue("integer " + p.getText() + " is outside TLC's 32-bit integer range");
                }
                return IntValue.gen((int) p.getLongValue());
            }
            case VALUE_NUMBER_FLOAT:
                throw new BadValue("TLA+ has no fractional numbers: " + p.getDoubleValue());
            case VALUE_STRING: {
                String s = p.getText();
                return modelValues.contains(s) ? ModelValue.make(s) : new StringValue(s);
            }
            case START_ARRAY:
                return new TupleValue(elements(p));
            case START_OBJECT:
                return object(p);
            default:
                throw new BadValue("not an ITF value: " + (t == JsonToken.VALUE_NULL ? "null" : p.getText()));
        }
    }

    /** A JSON object: one of ITF's tagged values or a record. */
    private Value object(JsonParser p) throws BadValue, IOException {
        List<UniqueString> names = new ArrayList<>();
        List<Value> values = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            if (key.startsWith("#")) {
                if (!names.isEmpty()) {
                    throw new BadValue("unsupported ITF value " + key);
                }
                Value tagged = tagged(key, p);
                if (p.nextToken() != JsonToken.END_OBJECT) {
                    throw new BadValue("unsupported ITF value " + key);
                }
                return tagged;
            }
            UniqueString name = this.names.computeIfAbsent(key, UniqueString::uniqueStringOf);
            Value v = read(p);
            int at = names.indexOf(name);
            if (at >= 0) {
                values.set(at, v);   // a repeated key: the last one counts, as in a JSON tree
            } else {
                names.add(name);
                values.add(v);
            }
        }
        RecordValue r = new RecordValue(names.toArray(new UniqueString[0]), values.toArray(new Value[0]), false);
        r.normalize();
        return r;
    }

    private Value tagged(String tag, JsonParser p) throws BadValue, IOException {
        switch (tag) {
            case "#set": {
                SetEnumValue set = new SetEnumValue(elements(array(p, tag)), false);
                set.normalize();
                return set;
            }
            case "#tup":
                return new TupleValue(elements(array(p, tag)));
            case "#map":
                return function(array(p, tag));
            case "#bigint":
                return bigint(p);
            default:
                throw new BadValue("unsupported ITF value " + tag);
        }
    }

    private static JsonParser array(JsonParser p, String tag) throws BadValue {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new BadValue(tag + " must hold a JSON array");
        }
        return p;
    }

    /** The elements of the array the parser is on. */
    private Value[] elements(JsonParser p) throws BadValue, IOException {
        List<Value> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(read(p));
        }
        return out.toArray(new Value[0]);
    }

    private Value function(JsonParser p) throws BadValue, IOException {
        List<Value> dom = new ArrayList<>();
        List<Value> rng = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() != JsonToken.START_ARRAY || p.nextToken() == JsonToken.END_ARRAY) {
                throw new BadValue("#map entries must be [key, value] pairs");
            }
            dom.add(read(p));
            if (p.nextToken() == JsonToken.END_ARRAY) {
                throw new BadValue("#map entries must be [key, value] pairs");
            }
            rng.add(read(p));
            if (p.nextToken() != JsonToken.END_ARRAY) {
                throw new BadValue("#map entries must be [key, value] pairs");
            }
        }
        FcnRcdValue f = new FcnRcdValue(dom.toArray(new Value[0]), rng.toArray(new Value[0]), false);
        f.normalize();
        return f;
    }

    private static Value bigint(JsonParser p) throws BadValue, IOException {
        JsonToken t = p.currentToken();
        String text = t.isScalarValue() ? p.getText() : "";
        try {
            BigInteger b = new BigInteger(text);
            if (b.bitLength() >= 32) {
                throw new BadValue("integer " + b + " is outside TLC's 32-bit integer range");
            }
            return IntValue.gen(b.intValue());
        } catch (NumberFormatException e) {
            throw new BadValue("#bigint must hold a decimal integer, not "
                    + (t.isScalarValue() ? (t == JsonToken.VALUE_STRING ? "\"" + text + "\"" : text) : p.readValueAsTree()));
        }
    }
}
