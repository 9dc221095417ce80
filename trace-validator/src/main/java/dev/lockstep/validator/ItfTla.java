package dev.lockstep.validator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.runtime.value.Values;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Writes ITF JSON values as TLA+ expressions, for the generated trace-checking spec. */
final class ItfTla {
    private static final Pattern IDENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    static final String EMPTY_FUNCTION = "[lockstepX \\in {} |-> 0]";

    private final Set<String> modelValues;

    ItfTla(Set<String> modelValues) {
        this.modelValues = modelValues;
    }

    static boolean isIdentifier(String s) {
        return IDENT.matcher(s).matches();
    }

    String print(JsonNode n) {
        StringBuilder sb = new StringBuilder();
        print(n, sb);
        return sb.toString();
    }

    private void print(JsonNode n, StringBuilder sb) {
        if (n.isBoolean()) {
            sb.append(n.booleanValue() ? "TRUE" : "FALSE");
        } else if (n.isIntegralNumber()) {
            number(n.asText(), sb);
        } else if (n.isTextual()) {
            if (modelValues.contains(n.textValue())) {
                sb.append(n.textValue());
            } else {
                string(n.textValue(), sb);
            }
        } else if (n.isArray()) {
            seq(n, sb);
        } else if (n.isObject()) {
            if (n.size() == 1) {
                Map.Entry<String, JsonNode> only = n.fields().next();
                switch (only.getKey()) {
                    case "#set" -> {
                        sb.append('{');
                        join(only.getValue(), sb);
                        sb.append('}');
                        return;
                    }
                    case "#tup" -> {
                        seq(only.getValue(), sb);
                        return;
                    }
                    case "#bigint" -> {
                        number(only.getValue().asText(), sb);
                        return;
                    }
                    case "#map" -> {
                        if (only.getValue().isEmpty()) {
                            sb.append(EMPTY_FUNCTION);
                            return;
                        }
                        sb.append('(');
                        boolean first = true;
                        for (JsonNode pair : only.getValue()) {
                            sb.append(first ? "" : " @@ ");
                            first = false;
                            print(pair.get(0), sb);
                            sb.append(" :> ");
                            print(pair.get(1), sb);
                        }
                        sb.append(')');
                        return;
                    }
                    default -> {
                        // a record with one field
                    }
                }
            }
            record(n, sb);
        } else {
            throw new IllegalArgumentException("not an ITF value: " + n);
        }
    }

    private void record(JsonNode n, StringBuilder sb) {
        if (n.isEmpty()) {
            sb.append(EMPTY_FUNCTION);
            return;
        }
        boolean idents = true;
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            idents &= isIdentifier(it.next());
        }
        boolean first = true;
        sb.append(idents ? "[" : "(");
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            sb.append(first ? "" : idents ? ", " : " @@ ");
            first = false;
            if (idents) {
                sb.append(e.getKey()).append(" |-> ");
            } else {
                string(e.getKey(), sb);
                sb.append(" :> ");
            }
            print(e.getValue(), sb);
        }
        sb.append(idents ? "]" : ")");
    }

    private void seq(JsonNode arr, StringBuilder sb) {
        sb.append("<<");
        join(arr, sb);
        sb.append(">>");
    }

    private void join(JsonNode arr, StringBuilder sb) {
        boolean first = true;
        for (JsonNode x : arr) {
            sb.append(first ? "" : ", ");
            first = false;
            print(x, sb);
        }
    }

    private static void number(String digits, StringBuilder sb) {
        if (digits.startsWith("-")) {
            sb.append("(0 - ").append(digits.substring(1)).append(')');
        } else {
            sb.append(digits);
        }
    }

    /** {@code s} as a TLA+ string literal, escaped as the runtime prints strings. */
    static void string(String s, StringBuilder sb) {
        sb.append(Values.str(s).toTla());
    }
}
