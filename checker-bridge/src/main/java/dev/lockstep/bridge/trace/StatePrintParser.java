package dev.lockstep.bridge.trace;

import dev.lockstep.bridge.value.TlcValue;
import dev.lockstep.bridge.value.TlcValueParser;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the body of TLC's state messages: {@code 2217} ({@code "2: <Inc line 5, col 8 to line 5,
 * col 66 of module Counter>"} then {@code /\ x = 1} lines), {@code 2216} ({@code "2:"}, from
 * depth-first search), {@code 2218} ({@code "3: Stuttering"}) and {@code 2122}
 * ({@code "2: Back to state: <Reset line ...>"}). A single variable prints without {@code /\ }.
 */
public final class StatePrintParser {
    private static final Pattern HEADER = Pattern.compile("^(\\d+):\\s*(.*)$");
    private static final Pattern ACTION = Pattern.compile("^<?(.+?) " + TlcLocations.REGEX + ">?$");
    private static final Pattern ASSIGNMENT = Pattern.compile("^([A-Za-z0-9_]+) = (.*)$", Pattern.DOTALL);

    private StatePrintParser() {
    }

    /** What a state message says. */
    public sealed interface Item {
    }

    /** A state with its values. */
    public record State(TraceState state) implements Item {
    }

    /** The behaviour loops back to state {@code number} (1-based) via {@code action}. */
    public record BackToState(int number, String action, TraceState.ActionLocation location) implements Item {
    }

    /** The behaviour stutters forever after state {@code number - 1}. */
    public record Stuttering(int number) implements Item {
    }

    public static Optional<Item> parse(String body) {
        String[] lines = body.split("\n", 2);
        Matcher h = HEADER.matcher(lines[0].strip());
        if (!h.matches()) {
            return Optional.empty();
        }
        int number = Integer.parseInt(h.group(1));
        String label = h.group(2).strip();
        if (label.equals("Stuttering")) {
            return Optional.of(new Stuttering(number));
        }
        if (label.startsWith("Back to state")) {
            String rest = label.substring("Back to state".length()).replaceFirst("^:\\s*", "");
            String[] action = action(rest);
            return Optional.of(new BackToState(number, action[0], location(rest)));
        }
        String[] action = action(label);
        Map<String, TlcValue> values = lines.length > 1 ? values(lines[1]) : Map.of();
        return Optional.of(new State(new TraceState(number, action[0], location(label), values)));
    }

    private static String[] action(String label) {
        if (label.isEmpty()) {
            return new String[] {null};
        }
        String l = label.replaceAll("^<|>$", "");
        if (l.equals("Initial predicate")) {
            return new String[] {"Init"};
        }
        Matcher m = ACTION.matcher(label);
        return new String[] {m.matches() ? m.group(1) : l};
    }

    private static TraceState.ActionLocation location(String label) {
        Matcher m = ACTION.matcher(label);
        if (!m.matches()) {
            return null;
        }
        return TlcLocations.read(m, 2);
    }

    /** Splits {@code /\ x = 1} conjuncts (values may span lines) into variable values. */
    static Map<String, TlcValue> values(String text) {
        Map<String, TlcValue> out = new LinkedHashMap<>();
        String t = text.strip();
        if (t.isEmpty()) {
            return out;
        }
        if (!t.startsWith("/\\ ")) {
            assign(t, out);
            return out;
        }
        StringBuilder current = null;
        for (String line : t.split("\n")) {
            if (line.startsWith("/\\ ")) {
                if (current != null) {
                    assign(current.toString(), out);
                }
                current = new StringBuilder(line.substring(3));
            } else if (current != null) {
                current.append('\n').append(line);
            }
        }
        if (current != null) {
            assign(current.toString(), out);
        }
        return out;
    }

    private static void assign(String conjunct, Map<String, TlcValue> out) {
        Matcher m = ASSIGNMENT.matcher(conjunct.strip());
        if (m.matches()) {
            out.put(m.group(1), TlcValueParser.parse(m.group(2)));
        }
    }
}
