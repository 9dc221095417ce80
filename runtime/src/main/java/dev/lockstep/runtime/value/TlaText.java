package dev.lockstep.runtime.value;

import java.util.Iterator;
import java.util.Map;

/** Prints values as TLA+ source text, in canonical order. */
final class TlaText {
    private TlaText() {
    }

    static void append(StringBuilder sb, Value v) {
        if (v instanceof BoolValue b) {
            sb.append(b.value() ? "TRUE" : "FALSE");
        } else if (v instanceof IntValue i) {
            sb.append(i.value());
        } else if (v instanceof StrValue s) {
            quote(sb, s.value());
        } else if (v instanceof ModelValue m) {
            sb.append(m.name());
        } else if (v instanceof SetValue s) {
            list(sb, "{", s.elements().iterator(), "}");
        } else if (v instanceof SeqValue s) {
            list(sb, "<<", s.elements().iterator(), ">>");
        } else if (v instanceof TupleValue t) {
            list(sb, "<<", t.elements().iterator(), ">>");
        } else if (v instanceof RecordValue r) {
            if (r.fields().isEmpty()) {
                sb.append("<<>>");
                return;
            }
            sb.append('[');
            String sep = "";
            for (Map.Entry<String, Value> e : r.fields().entrySet()) {
                sb.append(sep).append(e.getKey()).append(" |-> ");
                append(sb, e.getValue());
                sep = ", ";
            }
            sb.append(']');
        } else if (v instanceof FnValue f) {
            if (f.graph().isEmpty()) {
                sb.append("<<>>");
                return;
            }
            sb.append('(');
            String sep = "";
            for (Map.Entry<Value, Value> e : f.graph().entrySet()) {
                sb.append(sep);
                append(sb, e.getKey());
                sb.append(" :> ");
                append(sb, e.getValue());
                sep = " @@ ";
            }
            sb.append(')');
        }
    }

    private static void list(StringBuilder sb, String open, Iterator<Value> it, String close) {
        sb.append(open);
        String sep = "";
        while (it.hasNext()) {
            sb.append(sep);
            append(sb, it.next());
            sep = ", ";
        }
        sb.append(close);
    }

    private static void quote(StringBuilder sb, String s) {
        quote(sb, s, false);
    }

    /**
     * {@code s} as a quoted string literal: the escapes SANY reads in a TLA+ string ({@code \"}, {@code \\},
     * {@code \n}, {@code \t}, {@code \r}, {@code \f}), which JSON's include, as spec-lang's {@code TlaStrings}
     * writes them; with {@code json}, other control characters as {@code \\u00XX} too (JSON allows none unescaped).
     */
    static void quote(StringBuilder sb, String s, boolean json) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case '\f' -> sb.append("\\f");
                default -> sb.append(json && c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        sb.append('"');
    }
}
