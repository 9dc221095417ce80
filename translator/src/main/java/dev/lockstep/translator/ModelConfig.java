package dev.lockstep.translator;

import dev.lockstep.runtime.value.BoolValue;
import dev.lockstep.runtime.value.IntValue;
import dev.lockstep.runtime.value.ModelValue;
import dev.lockstep.runtime.value.SetValue;
import dev.lockstep.runtime.value.StrValue;
import dev.lockstep.runtime.value.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a TLC model configuration ({@code .cfg}) that generation uses: constant values
 * (numbers, strings, Booleans, model values and sets of them), constants replaced by a definition
 * ({@code N <- Def}), and the names of INIT, NEXT and SPECIFICATION.
 *
 * @param constants    constant name to value
 * @param substituted  constant name to the definition that replaces it
 * @param modelValues  every model value the configuration declares
 * @param problems     what could not be read, with the 1-based line
 */
public record ModelConfig(Map<String, Value> constants, Map<String, String> substituted, Set<String> modelValues,
                          Optional<String> init, Optional<String> next, Optional<String> specification,
                          List<String> problems) {

    private static final Set<String> SECTIONS = Set.of("CONSTANT", "CONSTANTS", "INIT", "NEXT", "SPECIFICATION",
            "INVARIANT", "INVARIANTS", "PROPERTY", "PROPERTIES", "SYMMETRY", "CONSTRAINT", "CONSTRAINTS",
            "ACTION_CONSTRAINT", "ACTION_CONSTRAINTS", "VIEW", "CHECK_DEADLOCK", "POSTCONDITION", "ALIAS");
    private static final Pattern TOKEN = Pattern.compile(
            "\\s+|\\\\\\*[^\\n]*|\\(\\*(?s:.*?)\\*\\)|(<-|==|=|\\{|\\}|,|-?[0-9]+|\"(?:[^\"\\\\]|\\\\.)*\"|[A-Za-z0-9_]+|.)");

    /** Reads the text of a configuration file. */
    public static ModelConfig parse(String text) {
        List<String> toks = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int line = 1;
        int last = 0;
        while (m.find()) {
            line += count(text, last, m.start());
            last = m.start();
            if (m.group(1) != null) {
                toks.add(m.group(1));
                lines.add(line);
            }
        }
        Map<String, Value> constants = new LinkedHashMap<>();
        Map<String, String> substituted = new LinkedHashMap<>();
        Set<String> modelValues = new java.util.TreeSet<>();
        List<String> problems = new ArrayList<>();
        String init = null;
        String next = null;
        String spec = null;
        String section = "";
        int[] pos = {0};
        while (pos[0] < toks.size()) {
            String t = toks.get(pos[0]);
            if (SECTIONS.contains(t)) {
                section = t;
                pos[0]++;
                continue;
            }
            switch (section) {
                case "INIT" -> init = t;
                case "NEXT" -> next = t;
                case "SPECIFICATION" -> spec = t;
                case "CONSTANT", "CONSTANTS" -> {
                    String name = t;
                    pos[0]++;
                    String op = pos[0] < toks.size() ? toks.get(pos[0]) : "";
                    if (op.equals("<-")) {
                        pos[0]++;
                        if (pos[0] < toks.size()) {
                            substituted.put(name, toks.get(pos[0]));
                        }
                    } else if (op.equals("=")) {
                        pos[0]++;
                        try {
                            constants.put(name, value(toks, pos, modelValues, name));
                        } catch (IllegalArgumentException e) {
                            problems.add("line " + lines.get(Math.min(pos[0], lines.size() - 1)) + ": " + e.getMessage());
                        }
                        continue;
                    } else {
                        problems.add("line " + lines.get(pos[0] - 1) + ": expected = or <- after " + name);
                        continue;
                    }
                }
                default -> { }
            }
            pos[0]++;
        }
        return new ModelConfig(constants, substituted, modelValues, Optional.ofNullable(init), Optional.ofNullable(next),
                Optional.ofNullable(spec), problems);
    }

    private static int count(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static Value value(List<String> toks, int[] pos, Set<String> modelValues, String constant) {
        if (pos[0] >= toks.size()) {
            throw new IllegalArgumentException("missing value for " + constant);
        }
        String t = toks.get(pos[0]++);
        if (t.equals("{")) {
            List<Value> elements = new ArrayList<>();
            while (pos[0] < toks.size() && !toks.get(pos[0]).equals("}")) {
                elements.add(value(toks, pos, modelValues, constant));
                if (pos[0] < toks.size() && toks.get(pos[0]).equals(",")) {
                    pos[0]++;
                }
            }
            pos[0]++;
            return SetValue.copyOf(elements);
        }
        if (t.startsWith("\"")) {
            return new StrValue(t.substring(1, t.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\"));
        }
        if (t.matches("-?[0-9]+")) {
            return new IntValue(new BigInteger(t));
        }
        if (t.equals("TRUE") || t.equals("FALSE")) {
            return BoolValue.of(t.equals("TRUE"));
        }
        if (t.matches("[A-Za-z0-9_]*[A-Za-z][A-Za-z0-9_]*")) {
            modelValues.add(t);
            return new ModelValue(t);
        }
        throw new IllegalArgumentException("cannot read the value of " + constant + " at '" + t + "'");
    }
}
