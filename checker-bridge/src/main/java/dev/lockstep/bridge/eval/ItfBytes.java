package dev.lockstep.bridge.eval;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
 * The usual ITF value read straight from ASCII bytes into TLC values, in one pass with no JSON
 * parser in between: the direct validate engine converts every changed variable of every log line,
 * and creating Jackson's parser for each value (encoding detection, buffers, symbol tables) was
 * about a quarter of that cost, tokens the rest (docs/performance.md, validate, session 13).
 *
 * <p>It takes only what is plain: strings with no escape and no byte outside printable ASCII,
 * integers of at most nine digits, {@code true}, {@code false}, arrays, records with distinct
 * field names, and the tags {@code #set}, {@code #tup} and {@code #map} alone in their object.
 * For anything else ({@code #bigint}, {@code null}, fractions, escapes, JSON that is not well
 * formed, a record naming a field twice) {@link #read} answers null and {@link ItfValues} reads the
 * value with Jackson, so the rules and every message stay the ones of that single reader; the
 * values built are the same classes, normalised the same way ({@code ItfBytesTest} compares the
 * two on generated values and on broken ones). As with the line scanner of the log reader, the
 * fast path is a second reader of a grammar kept deliberately small (docs/architecture.md,
 * "Deliberate repeats").
 *
 * <p>Strings and field names recur from value to value (node names, roles, message types), so
 * their TLC forms are kept in two small direct-mapped tables by their bytes: fixed memory, a lost
 * entry only means building it again. Not thread-safe: one per {@link ItfValues}.
 */
final class ItfBytes {
    /** Slots of each table of recent strings: a power of two. */
    private static final int SLOTS = 512;
    /** Longest string kept in a table. */
    private static final int KEPT = 64;

    private final Set<String> modelValues;
    private final Map<String, UniqueString> names;
    private final byte[][] stringKeys = new byte[SLOTS][];
    private final Value[] stringValues = new Value[SLOTS];
    private final byte[][] nameKeys = new byte[SLOTS][];
    private final UniqueString[] nameValues = new UniqueString[SLOTS];

    /** The values of the containers being read, innermost last. */
    private Value[] stack = new Value[64];
    private int sp;
    /** The highest {@link #sp} of the current read: the slots to clear after it. */
    private int high;
    private UniqueString[] fields = new UniqueString[16];
    private int fp;

    private byte[] b;
    private int at;
    private int end;
    /** Where the last string read starts and ends (its bytes between the quotes). */
    private int strFrom;
    private int strTo;

    ItfBytes(Set<String> modelValues, Map<String, UniqueString> names) {
        this.modelValues = modelValues;
        this.names = names;
    }

    /** The value {@code json[from..to)} holds, or null when it is not plain (read it with Jackson). */
    Value read(byte[] json, int from, int to) {
        b = json;
        at = from;
        end = to;
        sp = 0;
        fp = 0;
        high = 0;
        try {
            skipSpace();
            Value v = value();
            if (v == null) {
                return null;
            }
            skipSpace();
            return at == end ? v : null;
        } finally {
            b = null;
            Arrays.fill(stack, 0, high, null);   // no value outlives its read here
        }
    }

    private Value value() {
        if (at >= end) {
            return null;
        }
        byte c = b[at];
        switch (c) {
            case '{':
                return object();
            case '[':
                at++;
                return tuple();
            case '"':
                return string() ? text() : null;
            case 't':
                return literal("true") ? BoolValue.ValTrue : null;
            case 'f':
                return literal("false") ? BoolValue.ValFalse : null;
            default:
                return c == '-' || c >= '0' && c <= '9' ? integer() : null;
        }
    }

    /** An object after its brace: a tagged value or a record. */
    private Value object() {
        at++;
        skipSpace();
        if (at < end && b[at] == '}') {
            at++;
            return record(fp);
        }
        int mark = sp;
        int fieldMark = fp;
        while (true) {
            if (at >= end || b[at] != '"' || !string()) {
                return null;
            }
            int keyFrom = strFrom;
            int keyTo = strTo;
            skipSpace();
            if (at >= end || b[at++] != ':') {
                return null;
            }
            skipSpace();
            if (keyTo > keyFrom && b[keyFrom] == '#') {
                return fp == fieldMark ? tagged(keyFrom, keyTo) : null;
            }
            UniqueString name = name(keyFrom, keyTo);
            for (int i = fieldMark; i < fp; i++) {
                if (fields[i] == name) {
                    return null;   // a field named twice: Jackson's reading decides
                }
            }
            Value v = value();
            if (v == null) {
                return null;
            }
            push(v);
            pushField(name);
            int next = afterElement('}');
            if (next > 0) {
                sp = mark;
                return record(fieldMark);
            }
            if (next < 0) {
                return null;
            }
        }
    }

    private Value record(int fieldMark) {
        int n = fp - fieldMark;
        UniqueString[] ns = Arrays.copyOfRange(fields, fieldMark, fp);
        Value[] vs = Arrays.copyOfRange(stack, sp, sp + n);
        fp = fieldMark;
        RecordValue r = new RecordValue(ns, vs, false);
        r.normalize();
        return r;
    }

    /** {@code #set}, {@code #tup} or {@code #map} and its array, then the object's closing brace. */
    private Value tagged(int tagFrom, int tagTo) {
        if (at >= end || b[at] != '[') {
            return null;
        }
        at++;
        Value v;
        if (is(tagFrom, tagTo, "#set")) {
            Value[] elems = elements();
            if (elems == null) {
                return null;
            }
            SetEnumValue set = new SetEnumValue(elems, false);
            set.normalize();
            v = set;
        } else if (is(tagFrom, tagTo, "#tup")) {
            v = tuple();
        } else if (is(tagFrom, tagTo, "#map")) {
            v = function();
        } else {
            return null;
        }
        if (v == null) {
            return null;
        }
        skipSpace();
        if (at >= end || b[at] != '}') {
            return null;
        }
        at++;
        return v;
    }

    private Value tuple() {
        Value[] elems = elements();
        return elems == null ? null : new TupleValue(elems);
    }

    /** The values of an array after its bracket, up to and past its closing bracket. */
    private Value[] elements() {
        int mark = sp;
        skipSpace();
        if (at < end && b[at] == ']') {
            at++;
            return new Value[0];
        }
        while (true) {
            Value v = value();
            if (v == null) {
                return null;
            }
            push(v);
            int next = afterElement(']');
            if (next > 0) {
                Value[] out = Arrays.copyOfRange(stack, mark, sp);
                sp = mark;
                return out;
            }
            if (next < 0) {
                return null;
            }
        }
    }

    /** A {@code #map}'s array of {@code [key, value]} pairs after its bracket. */
    private Value function() {
        int mark = sp;
        skipSpace();
        if (at < end && b[at] == ']') {
            at++;
            return normalised(new Value[0], new Value[0]);
        }
        while (true) {
            if (!expect('[')) {
                return null;
            }
            Value k = value();
            if (k == null || !expect(',')) {
                return null;
            }
            Value v = value();
            if (v == null || !expect(']')) {
                return null;
            }
            push(k);
            push(v);
            int next = afterElement(']');
            if (next > 0) {
                int n = (sp - mark) / 2;
                Value[] dom = new Value[n];
                Value[] rng = new Value[n];
                for (int i = 0; i < n; i++) {
                    dom[i] = stack[mark + 2 * i];
                    rng[i] = stack[mark + 2 * i + 1];
                }
                sp = mark;
                return normalised(dom, rng);
            }
            if (next < 0) {
                return null;
            }
        }
    }

    private static Value normalised(Value[] dom, Value[] rng) {
        FcnRcdValue f = new FcnRcdValue(dom, rng, false);
        f.normalize();
        return f;
    }

    /**
     * A string at {@code at} with no escape and only printable ASCII: true, with its bytes at
     * {@link #strFrom}..{@link #strTo} and {@code at} past its closing quote.
     */
    private boolean string() {
        int i = at + 1;
        while (i < end) {
            byte c = b[i];
            if (c == '"') {
                strFrom = at + 1;
                strTo = i;
                at = i + 1;
                return true;
            }
            if (c == '\\' || c < 0x20) {   // negative: not ASCII
                return false;
            }
            i++;
        }
        return false;
    }

    /** The last string read as a model value or a TLA+ string. */
    private Value text() {
        int len = strTo - strFrom;
        int slot = len <= KEPT ? hash(strFrom, strTo) & (SLOTS - 1) : -1;
        if (slot >= 0) {
            byte[] k = stringKeys[slot];
            if (k != null && Arrays.equals(k, 0, k.length, b, strFrom, strTo)) {
                return stringValues[slot];
            }
        }
        String s = new String(b, strFrom, len, StandardCharsets.ISO_8859_1);
        Value v = modelValues.contains(s) ? ModelValue.make(s) : new StringValue(s);
        if (slot >= 0) {
            stringKeys[slot] = Arrays.copyOfRange(b, strFrom, strTo);
            stringValues[slot] = v;
        }
        return v;
    }

    /** A record's field name, interned as {@link ItfValues} interns it. */
    private UniqueString name(int from, int to) {
        int len = to - from;
        int slot = len <= KEPT ? hash(from, to) & (SLOTS - 1) : -1;
        if (slot >= 0) {
            byte[] k = nameKeys[slot];
            if (k != null && Arrays.equals(k, 0, k.length, b, from, to)) {
                return nameValues[slot];
            }
        }
        UniqueString u = names.computeIfAbsent(new String(b, from, len, StandardCharsets.ISO_8859_1),
                UniqueString::uniqueStringOf);
        if (slot >= 0) {
            nameKeys[slot] = Arrays.copyOfRange(b, from, to);
            nameValues[slot] = u;
        }
        return u;
    }

    private int hash(int from, int to) {
        int h = to - from;
        for (int i = from; i < to; i++) {
            h = 31 * h + b[i];
        }
        return h ^ h >>> 16;
    }

    /** An integer of at most nine digits with nothing after it but a delimiter; null otherwise. */
    private Value integer() {
        int i = at;
        boolean negative = b[i] == '-';
        if (negative) {
            i++;
        }
        int first = i;
        int v = 0;
        while (i < end && b[i] >= '0' && b[i] <= '9') {
            v = 10 * v + (b[i] - '0');
            i++;
        }
        int digits = i - first;
        if (digits == 0 || digits > 9 || digits > 1 && b[first] == '0' || i < end && !delimiter(b[i])) {
            return null;   // leading zeros, fractions, exponents, large numbers: Jackson's reading decides
        }
        at = i;
        return IntValue.gen(negative ? -v : v);
    }

    private boolean literal(String word) {
        int n = word.length();
        if (at + n > end) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (b[at + i] != word.charAt(i)) {
                return false;
            }
        }
        if (at + n < end && !delimiter(b[at + n])) {
            return false;
        }
        at += n;
        return true;
    }

    private static boolean delimiter(byte c) {
        return c == ',' || c == ']' || c == '}' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private boolean is(int from, int to, String tag) {
        if (to - from != tag.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (b[i] != tag.charAt(i - from)) {
                return false;
            }
        }
        return true;
    }

    /**
     * What follows a container's element: 1 when it is {@code closer} (then past it), 0 when a comma
     * (past it and the white space after it), -1 for anything else.
     */
    private int afterElement(char closer) {
        skipSpace();
        if (at >= end) {
            return -1;
        }
        byte c = b[at++];
        if (c == closer) {
            return 1;
        }
        if (c != ',') {
            return -1;
        }
        skipSpace();
        return 0;
    }

    /** The byte {@code c}, with white space before and after it skipped; false if it is not next. */
    private boolean expect(char c) {
        skipSpace();
        if (at >= end || b[at] != c) {
            return false;
        }
        at++;
        skipSpace();
        return true;
    }

    private void skipSpace() {
        while (at < end) {
            byte c = b[at];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            at++;
        }
    }

    private void push(Value v) {
        if (sp == stack.length) {
            stack = Arrays.copyOf(stack, 2 * sp);
        }
        stack[sp++] = v;
        if (sp > high) {
            high = sp;
        }
    }

    private void pushField(UniqueString name) {
        if (fp == fields.length) {
            fields = Arrays.copyOf(fields, 2 * fp);
        }
        fields[fp++] = name;
    }
}
