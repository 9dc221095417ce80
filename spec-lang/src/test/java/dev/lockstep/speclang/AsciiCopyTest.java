package dev.lockstep.speclang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.speclang.internal.TLAPlusLexer;
import dev.lockstep.speclang.print.AsciiCopy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/**
 * The ASCII copy handed to TLC 2.18, differentially against SANY: modules with junction lists in
 * generated layouts (nested lists, lists opening on the definition's line or below it, items
 * continued on further lines, infix {@code ∧} inside items, quantifiers, tuples, {@code CASE} and
 * {@code LET} inside items) are written twice from the same tree, once with Unicode symbols and
 * once in ASCII by hand; SANY must read the converted Unicode module to the same semantic tree as
 * the hand-written ASCII one. Every identifier of the copy maps back to the same identifier in the
 * Unicode original.
 */
class AsciiCopyTest {
    private static final Path WORK = Path.of("target", "ascii-copy");
    private static final Pattern IDENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** A formula: an atom or a junction list of formulas. */
    private sealed interface F permits Atom, Junction {
    }

    private record Atom(String unicode, String ascii) implements F {
    }

    private record Junction(boolean and, List<F> items) implements F {
    }

    private static final String[][] ATOMS = {
        {"x ∈ S", "x \\in S"}, {"y ≤ 3", "y <= 3"}, {"x ≠ y", "x /= y"}, {"¬(x = y)", "~(x = y)"},
        {"∀ i ∈ S : i ≥ 0", "\\A i \\in S : i >= 0"}, {"∃ j ∈ S : j ∉ T", "\\E j \\in S : j \\notin T"},
        {"⟨x, y⟩ ≠ ⟨y, x⟩", "<<x, y>> /= <<y, x>>"}, {"S ⊆ T ∪ S", "S \\subseteq T \\cup S"},
        {"x ∈ S ∧ y ∈ T", "x \\in S /\\ y \\in T"}, {"x = 1 ⇒ y = 2", "x = 1 => y = 2"},
        {"[i ∈ S ↦ i] = f", "[i \\in S |-> i] = f"}, {"S ∩ T = {}", "S \\cap T = {}"},
        {"(x ≥ y) ≡ (y ≤ x)", "(x >= y) \\equiv (y <= x)"}, {"f ∈ [S → T]", "f \\in [S -> T]"},
    };

    @Test
    void generatedJunctionLayoutsMeanTheSameToSany() throws IOException {
        prepare();
        Random rnd = new Random(20261202);
        int compared = 0;
        for (int round = 0; round < 12; round++) {
            StringBuilder uni = new StringBuilder("---- MODULE Layout" + round + " ----\nEXTENDS Naturals\nCONSTANTS S, T, f\nVARIABLES x, y\n");
            StringBuilder asc = new StringBuilder("---- MODULE Layout" + round + " ----\nEXTENDS Naturals\nCONSTANTS S, T, f\nVARIABLES x, y\n");
            for (int d = 0; d < 8; d++) {
                F f = formula(rnd, 0);
                String name = "D" + d;
                boolean below = rnd.nextBoolean();
                int indent = 2 + rnd.nextInt(4);
                uni.append(definition(name, " ≜", f, true, below, indent, rnd.nextInt(3)));
                asc.append(definition(name, " ==", f, false, below, indent + rnd.nextInt(2), rnd.nextInt(3)));
            }
            uni.append("====\n");
            asc.append("====\n");
            Path u = write("Layout" + round, "unicode", AsciiCopy.of(uni.toString()).text());
            Path a = write("Layout" + round, "ascii", asc.toString());
            List<String> fromUnicode = SanyOracle.structure(u);
            List<String> fromAscii = SanyOracle.structure(a);
            assertFalse(fromAscii.isEmpty(), () -> "SANY rejects the hand-ASCII module:\n" + asc);
            assertEquals(fromAscii, fromUnicode, () -> "converted:\n" + AsciiCopy.of(uni.toString()).text() + "\nhand ASCII:\n" + asc);
            identifiersMapBack(uni.toString());
            compared++;
        }
        assertEquals(12, compared);
    }

    @Test
    void caseLetAndActionsKeepTheirStructure() throws IOException {
        prepare();
        String uni = """
                ---- MODULE Shapes ----
                EXTENDS Naturals
                VARIABLES x, y
                vars ≜ ⟨x, y⟩
                Init ≜ ∧ x = 0
                       ∧ y ∈ {0, 1}
                Step ≜ ∧ x′ = CASE x = 0 → 1
                                 □ x = 1 → 2
                                 □ OTHER → 0
                       ∧ LET z ≜ x + 1
                             w ≜ ∨ z > 2
                                 ∨ z < 1
                         IN  ∨ ∧ w
                               ∧ y′ = y
                             ∨ y′ = 1 − y
                Next ≜ Step ∨ UNCHANGED vars
                Spec ≜ Init ∧ □[Next]_vars ∧ WF_vars(Step)
                Live ≜ ◇(x = 2) ∧ (x = 1 ↝ x = 2) ∧ □◇⟨Step⟩_vars
                ====
                """.replace("−", "-");
        String ascii = """
                ---- MODULE Shapes ----
                EXTENDS Naturals
                VARIABLES x, y
                vars == <<x, y>>
                Init == /\\ x = 0
                        /\\ y \\in {0, 1}
                Step == /\\ x' = CASE x = 0 -> 1
                                   [] x = 1 -> 2
                                   [] OTHER -> 0
                        /\\ LET z == x + 1
                               w == \\/ z > 2
                                    \\/ z < 1
                           IN  \\/ /\\ w
                                  /\\ y' = y
                               \\/ y' = 1 - y
                Next == Step \\/ UNCHANGED vars
                Spec == Init /\\ [][Next]_vars /\\ WF_vars(Step)
                Live == <>(x = 2) /\\ (x = 1 ~> x = 2) /\\ []<><<Step>>_vars
                ====
                """;
        Path u = write("Shapes", "unicode", AsciiCopy.of(uni).text());
        Path a = write("Shapes", "ascii", ascii);
        List<String> expected = SanyOracle.structure(a);
        assertFalse(expected.isEmpty());
        assertEquals(expected, SanyOracle.structure(u), () -> AsciiCopy.of(uni).text());
        identifiersMapBack(uni);
    }

    private static void prepare() throws IOException {
        Files.createDirectories(WORK);
        // SANY extracts the standard modules into the temp folder
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    }

    @Test
    void everySymbolLexesLikeItsAsciiForm() throws Exception {
        java.lang.reflect.Field f = AsciiCopy.class.getDeclaredField("SYMBOLS");
        f.setAccessible(true);
        @SuppressWarnings("unchecked")
        java.util.Map<String, String> symbols = (java.util.Map<String, String>) f.get(null);
        for (var e : symbols.entrySet()) {
            if (e.getKey().equals("\u2500") || e.getKey().equals("\u2550")) {
                continue; // rule characters count only in runs of four: the module's ---- and ==== lines
            }
            assertEquals(tokenType(e.getValue()), tokenType(e.getKey()), () -> e.getKey() + " vs " + e.getValue());
        }
    }

    @Test
    void asciiTextIsCopiedAsItIs() {
        String t = "---- MODULE A ----\nx == \"∧ in a string\"\n====\n";
        AsciiCopy c = AsciiCopy.of(t);
        assertFalse(c.changed());
        assertEquals(t, c.text());
        AsciiCopy u = AsciiCopy.of("---- MODULE A ----\nx ≜ 1\n====\n");
        assertTrue(u.changed());
        assertEquals(4, u.originalColumn(1, u.text().split("\n")[1].indexOf('1')));
        assertEquals(2, u.originalColumn(1, u.text().split("\n")[1].indexOf('=')));
    }

    private static int tokenType(String text) {
        TLAPlusLexer lexer = new TLAPlusLexer(CharStreams.fromString("---- MODULE M ----\n" + text + "\n"));
        List<? extends Token> all = lexer.getAllTokens();
        List<Integer> types = new ArrayList<>();
        for (Token t : all) {
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                types.add(t.getType());
            }
        }
        return types.get(types.size() - 1);
    }

    private static void identifiersMapBack(String original) {
        AsciiCopy c = AsciiCopy.of(original);
        String[] orig = original.split("\n", -1);
        String[] copy = c.text().split("\n", -1);
        assertEquals(orig.length, copy.length);
        for (int i = 0; i < copy.length; i++) {
            Matcher m = IDENT.matcher(copy[i]);
            while (m.find()) {
                if (m.start() > 0 && "\\>".indexOf(copy[i].charAt(m.start() - 1)) >= 0) {
                    continue; // part of a replaced symbol (\\in, >>_)
                }
                int col = c.originalColumn(i, m.start());
                assertTrue(orig[i].startsWith(m.group(), col), "line " + (i + 1) + ": " + m.group() + " maps to column " + col
                        + " of '" + orig[i] + "'");
                assertEquals(col + m.group().length(), c.originalEndColumn(i, m.end()));
            }
        }
    }

    private static Path write(String module, String dir, String text) throws IOException {
        Path d = Files.createDirectories(WORK.resolve(dir));
        Path p = d.resolve(module + ".tla");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static F formula(Random rnd, int depth) {
        if (depth >= 3 || (depth > 0 && rnd.nextInt(3) == 0)) {
            String[] a = ATOMS[rnd.nextInt(ATOMS.length)];
            return new Atom(a[0], a[1]);
        }
        int n = 1 + rnd.nextInt(3);
        List<F> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add(formula(rnd, depth + 1));
        }
        return new Junction(rnd.nextBoolean(), items);
    }

    /** {@code name ≜ f}, the formula on the same line or indented below, as a laid-out text. */
    private static String definition(String name, String defeq, F f, boolean unicode, boolean below, int indent, int gap) {
        StringBuilder sb = new StringBuilder(name).append(defeq);
        int col;
        if (below) {
            sb.append('\n').append(" ".repeat(indent));
            col = indent;
        } else {
            sb.append(" ".repeat(1 + gap));
            col = name.length() + defeq.length() + 1 + gap;
        }
        render(f, unicode, col, sb);
        return sb.append('\n').toString();
    }

    /** Appends {@code f}, whose first character lands at column {@code col} of the current line. */
    private static void render(F f, boolean unicode, int col, StringBuilder sb) {
        if (f instanceof Atom a) {
            sb.append(unicode ? a.unicode() : a.ascii());
            return;
        }
        Junction j = (Junction) f;
        String bullet = unicode ? (j.and() ? "∧" : "∨") : (j.and() ? "/\\" : "\\/");
        for (int i = 0; i < j.items().size(); i++) {
            if (i > 0) {
                sb.append('\n').append(" ".repeat(col));
            }
            sb.append(bullet).append(' ');
            render(j.items().get(i), unicode, col + bullet.length() + 1, sb);
        }
    }
}
