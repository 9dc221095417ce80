package dev.lockstep.runtime.value;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Values as JSON text, as the Json module of Lockstep's library writes them (the checker bridge's
 * override of {@code ToJson} for TLC): sequences and sets are arrays (sets in canonical order),
 * records and functions objects with their keys in lexicographic order (a key that is not a string
 * is its TLA+ text), strings, integers and Booleans themselves, model values their names.
 */
final class JsonText {
    private JsonText() {
    }

    static String write(Value v) {
        StringBuilder sb = new StringBuilder();
        json(v, sb);
        return sb.toString();
    }

    private static void json(Value v, StringBuilder sb) {
        if (v instanceof BoolValue b) {
            sb.append(b.value());
        } else if (v instanceof IntValue i) {
            sb.append(i.value());
        } else if (v instanceof StrValue s) {
            TlaText.quote(sb, s.value(), true);
        } else if (v instanceof ModelValue m) {
            TlaText.quote(sb, m.name(), true);
        } else if (v instanceof SetValue s) {
            array(s.elements().iterator(), sb);
        } else if (v instanceof SeqValue s) {
            array(s.elements().iterator(), sb);
        } else if (v instanceof TupleValue t) {
            array(t.elements().iterator(), sb);
        } else if (v instanceof FunctionValue f) {
            Map<Value, Value> graph = f.graph();
            if (isSequence(graph)) {
                array(graph.values().iterator(), sb);
                return;
            }
            List<Map.Entry<String, Value>> fields = new ArrayList<>();
            graph.forEach((k, x) -> fields.add(Map.entry(k instanceof StrValue s ? s.value() : k.toTla(), x)));
            fields.sort(Map.Entry.comparingByKey());
            sb.append('{');
            for (int i = 0; i < fields.size(); i++) {
                sb.append(i == 0 ? "" : ",");
                TlaText.quote(sb, fields.get(i).getKey(), true);
                sb.append(':');
                json(fields.get(i).getValue(), sb);
            }
            sb.append('}');
        }
    }

    /** Whether a function's domain is {@code 1..n} (TLC writes it as a sequence; {@code n = 0} too). */
    private static boolean isSequence(Map<Value, Value> graph) {
        int i = 1;
        for (Value k : graph.keySet()) {
            if (!(k instanceof IntValue n) || !n.value().equals(BigInteger.valueOf(i++))) {
                return false;
            }
        }
        return true;
    }

    private static void array(Iterator<Value> elements, StringBuilder sb) {
        sb.append('[');
        for (String sep = ""; elements.hasNext(); sep = ",") {
            sb.append(sep);
            json(elements.next(), sb);
        }
        sb.append(']');
    }
}
