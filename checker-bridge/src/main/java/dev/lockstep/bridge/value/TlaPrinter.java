package dev.lockstep.bridge.value;

import dev.lockstep.speclang.print.TlaStrings;
import java.util.Map;
import java.util.StringJoiner;

/** Prints a {@link TlcValue} back in TLA+ syntax, the way TLC does. */
public final class TlaPrinter {
    private TlaPrinter() {
    }

    public static String print(TlcValue v) {
        StringBuilder sb = new StringBuilder();
        print(v, sb);
        return sb.toString();
    }

    private static void print(TlcValue v, StringBuilder sb) {
        if (v instanceof TlcValue.Int i) {
            sb.append(i.value());
        } else if (v instanceof TlcValue.Bool b) {
            sb.append(b.value() ? "TRUE" : "FALSE");
        } else if (v instanceof TlcValue.Str s) {
            TlaStrings.quote(sb, s.value());
        } else if (v instanceof TlcValue.ModelValue m) {
            sb.append(m.name());
        } else if (v instanceof TlcValue.SetOf s) {
            join(sb, "{", s.elements(), "}");
        } else if (v instanceof TlcValue.Seq s) {
            join(sb, "<<", s.elements(), ">>");
        } else if (v instanceof TlcValue.Record r) {
            sb.append('[');
            boolean first = true;
            for (Map.Entry<String, TlcValue> e : r.fields().entrySet()) {
                sb.append(first ? "" : ", ").append(e.getKey()).append(" |-> ");
                print(e.getValue(), sb);
                first = false;
            }
            sb.append(']');
        } else if (v instanceof TlcValue.Fun f) {
            sb.append('(');
            boolean first = true;
            for (TlcValue.Entry e : f.entries()) {
                sb.append(first ? "" : " @@ ");
                print(e.key(), sb);
                sb.append(" :> ");
                print(e.value(), sb);
                first = false;
            }
            sb.append(')');
        } else {
            sb.append(((TlcValue.Symbolic) v).text());
        }
    }

    private static void join(StringBuilder sb, String open, java.util.List<TlcValue> xs, String close) {
        StringJoiner j = new StringJoiner(", ", open, close);
        for (TlcValue x : xs) {
            j.add(print(x));
        }
        sb.append(j);
    }
}
