package dev.lockstep.bridge.library.tlc;

import java.util.ArrayList;
import java.util.List;
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
 * TLC values as JSON text and back, as the Json module documents them: sequences and sets become
 * arrays, records and functions objects (a key that is not a string is written as its TLA+ text),
 * strings, integers and Booleans themselves, model values their names; object keys are written in
 * lexicographic order. Read back, arrays become sequences and objects records.
 */
final class JsonText {
    private JsonText() {
    }

    static String write(Value v) {
        StringBuilder sb = new StringBuilder();
        write(v, sb);
        return sb.toString();
    }

    static void write(Value v, StringBuilder sb) {
        if (v instanceof BoolValue b) {
            sb.append(b.val);
        } else if (v instanceof IntValue i) {
            sb.append(i.val);
        } else if (v instanceof StringValue s) {
            quote(s.getVal().toString(), sb);
        } else if (v instanceof ModelValue m) {
            quote(m.val.toString(), sb);
        } else if (v instanceof TupleValue t) {
            array(t.elems, sb);
        } else if (v instanceof RecordValue r) {
            String[] keys = new String[r.names.length];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = r.names[i].toString();
            }
            object(keys, r.values, sb);
        } else if (v.toSetEnum() instanceof SetEnumValue set) {
            set.normalize();
            Value[] elems = new Value[set.size()];
            for (int i = 0; i < elems.length; i++) {
                elems[i] = set.elems.elementAt(i);
            }
            array(elems, sb);
        } else if (v.toTuple() instanceof TupleValue t) {
            array(t.elems, sb);
        } else if (v.toFcnRcd() instanceof FcnRcdValue f) {
            Value[] dom = f.getDomainAsValues();
            String[] keys = new String[dom.length];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = dom[i] instanceof StringValue s ? s.getVal().toString() : dom[i].toString();
            }
            object(keys, f.values, sb);
        } else {
            throw Values.fail("ToJson: cannot write " + v + " as JSON");
        }
    }

    /** An object with its keys in lexicographic order, whatever order TLC keeps the fields in. */
    private static void object(String[] keys, Value[] values, StringBuilder sb) {
        Integer[] order = new Integer[keys.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparing(i -> keys[i]));
        sb.append('{');
        for (int k = 0; k < order.length; k++) {
            sb.append(k == 0 ? "" : ",");
            quote(keys[order[k]], sb);
            sb.append(':');
            write(values[order[k]], sb);
        }
        sb.append('}');
    }

    private static void array(Value[] elems, StringBuilder sb) {
        sb.append('[');
        for (int i = 0; i < elems.length; i++) {
            sb.append(i == 0 ? "" : ",");
            write(elems[i], sb);
        }
        sb.append(']');
    }

    private static void quote(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /** Parses one JSON value from {@code text} (nothing but white space may follow). */
    static Value read(String text) {
        Reader r = new Reader(text);
        Value v = r.value();
        r.space();
        if (r.pos < text.length()) {
            throw r.error("unexpected text after the JSON value");
        }
        return v;
    }

    private static final class Reader {
        private final String s;
        private int pos;

        Reader(String s) {
            this.s = s;
        }

        RuntimeException error(String what) {
            return Values.fail("JSON: " + what + " at offset " + pos);
        }

        void space() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        Value value() {
            space();
            if (pos >= s.length()) {
                throw error("unexpected end of input");
            }
            char c = s.charAt(pos);
            if (c == '{') {
                pos++;
                List<UniqueString> names = new ArrayList<>();
                List<Value> values = new ArrayList<>();
                space();
                if (peek('}')) {
                    pos++;
                } else {
                    do {
                        space();
                        names.add(UniqueString.uniqueStringOf(string()));
                        space();
                        expect(':');
                        values.add(value());
                        space();
                    } while (take(','));
                    expect('}');
                }
                RecordValue rv = new RecordValue(names.toArray(UniqueString[]::new), values.toArray(Value[]::new), false);
                rv.normalize();
                return rv;
            }
            if (c == '[') {
                pos++;
                List<Value> elems = new ArrayList<>();
                space();
                if (peek(']')) {
                    pos++;
                } else {
                    do {
                        elems.add(value());
                        space();
                    } while (take(','));
                    expect(']');
                }
                return new TupleValue(elems.toArray(Value[]::new));
            }
            if (c == '"') {
                return new StringValue(string());
            }
            if (s.startsWith("true", pos)) {
                pos += 4;
                return BoolValue.ValTrue;
            }
            if (s.startsWith("false", pos)) {
                pos += 5;
                return BoolValue.ValFalse;
            }
            int start = pos;
            if (c == '-') {
                pos++;
            }
            while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                pos++;
            }
            if (pos == start || (pos < s.length() && ".eE".indexOf(s.charAt(pos)) >= 0)) {
                throw error("expected a JSON value TLA+ can hold (null and fractions are not)");
            }
            try {
                return IntValue.gen(Integer.parseInt(s.substring(start, pos)));
            } catch (NumberFormatException e) {
                throw error("integer out of TLC's range");
            }
        }

        String string() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (pos < s.length() && s.charAt(pos) != '"') {
                char c = s.charAt(pos++);
                if (c == '\\' && pos < s.length()) {
                    char e = s.charAt(pos++);
                    switch (e) {
                        case 'n' -> sb.append('\n');
                        case 'r' -> sb.append('\r');
                        case 't' -> sb.append('\t');
                        case 'b' -> sb.append('\b');
                        case 'f' -> sb.append('\f');
                        case 'u' -> {
                            if (pos + 4 > s.length()) {
                                throw error("bad \\u escape");
                            }
                            sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                            pos += 4;
                        }
                        default -> sb.append(e);
                    }
                } else {
                    sb.append(c);
                }
            }
            expect('"');
            return sb.toString();
        }

        boolean peek(char c) {
            return pos < s.length() && s.charAt(pos) == c;
        }

        boolean take(char c) {
            if (peek(c)) {
                pos++;
                return true;
            }
            return false;
        }

        void expect(char c) {
            if (!take(c)) {
                throw error("expected '" + c + "'");
            }
        }
    }
}
