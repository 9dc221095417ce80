package dev.lockstep.speclang.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates the fuzzer's cases from TLA+'s and PlusCal's grammar: operator pairs (precedence and
 * associativity), junction lists laid out at varied columns inside every kind of bracket, module
 * graphs (EXTENDS, INSTANCE with value and operator substitutions, nested modules) whose names
 * clash, scopes ({@link ScopeCases}: theorems and proofs of every step kind, LET, RECURSIVE,
 * LAMBDA, bound variables), PlusCal algorithms in both syntaxes with keywords and clashing names in
 * every name position, sequential {@code with} bindings and statements of every kind
 * ({@link PlusCalCases}), and Unicode forms of the TLA+ families ({@link UnicodeForms}: SANY judges
 * the ASCII text, spec-lang the Unicode one). Every case is a function of the seed and its index alone.
 */
final class CaseGenerator {
    /** One case: files by name (the root {@code Spec.tla} among them). */
    record FuzzCase(String family, Map<String, String> files, boolean pluscal, long unicode) {
        static final String ROOT = "Spec.tla";

        /** An ASCII case: both sides read {@code files}. */
        FuzzCase(String family, Map<String, String> files, boolean pluscal) {
            this(family, files, pluscal, -1);
        }

        String root() {
            return files.get(ROOT);
        }

        FuzzCase withRoot(String text) {
            Map<String, String> f = new LinkedHashMap<>(files);
            f.put(ROOT, text);
            return new FuzzCase(family, f, pluscal, unicode);
        }

        /** Whether spec-lang reads the root in Unicode forms ({@link UnicodeForms}) while SANY reads it in ASCII. */
        boolean inUnicode() {
            return unicode >= 0;
        }

        /** The files spec-lang reads: {@code files}, or for a Unicode case its root rendered with the case's choices. */
        Map<String, String> specLangFiles() {
            if (!inUnicode()) {
                return files;
            }
            Map<String, String> f = new LinkedHashMap<>(files);
            f.put(ROOT, UnicodeForms.render(root(), unicode));
            return f;
        }

        /** What both verdicts are functions of: the files each side reads. */
        List<Map<String, String>> key() {
            return inUnicode() ? List.of(files, specLangFiles()) : List.of(files);
        }
    }

    static final List<String> INFIX = List.of("=>", "<=>", "\\equiv", "/\\", "\\/", "\\land", "\\lor", "=", "#", "/=",
            "<", ">", "<=", ">=", "=<", "\\leq", "\\geq", "\\in", "\\notin", "\\subseteq", "\\subset", "\\supseteq",
            "\\supset", "\\sqsubseteq", "\\sqsubset", "\\sqsupseteq", "\\sqsupset", "\\prec", "\\preceq", "\\succ",
            "\\succeq", "\\ll", "\\gg", "\\sim", "\\simeq", "\\approx", "\\cong", "\\asymp", "\\doteq", "\\propto",
            "\\cup", "\\cap", "\\union", "\\intersect", "\\", "\\X", "\\times", "+", "-", "*", "/", "^", "%", "\\div",
            "..", "...", "\\o", "\\circ", "\\oplus", "(+)", "\\ominus", "(-)", "\\odot", "(.)", "\\oslash", "(/)",
            "\\otimes", "(\\X)", "\\uplus", "\\sqcap", "\\sqcup", "\\star", "\\bullet", "\\bigcirc", "\\wr", "\\cdot",
            "++", "--", "**", "//", "^^", "|", "||", "&", "&&", "$", "$$", "??", "%%", "##", "!!", "|-", "|=", "-|",
            "=|", "<:", ":>", "@@", "::=", "~>", "-+->");
    static final List<String> PREFIX = List.of("~", "\\lnot", "\\neg", "-", "[]", "<>", "ENABLED", "UNCHANGED", "SUBSET",
            "UNION", "DOMAIN");
    static final List<String> POSTFIX = List.of("'", "^+", "^*", "^#");
    /** Operators a module may define, and the standard modules that define some of them. */
    private static final List<String> BUILT_IN = List.of("=>", "<=>", "\\equiv", "/\\", "\\/", "\\land", "\\lor", "=",
            "#", "/=", "\\in", "\\notin", "\\subseteq", "\\cup", "\\cap", "\\union", "\\intersect", "\\", "\\X",
            "\\times", "~>", "-+->", "\\cdot");
    private static final Map<String, List<String>> STANDARD = Map.of(
            "Naturals", List.of("+", "-", "*", "^", "<", ">", "<=", ">=", "=<", "\\leq", "\\geq", "%", "\\div", ".."),
            "Reals", List.of("+", "-", "*", "^", "<", ">", "<=", ">=", "=<", "\\leq", "\\geq", "%", "\\div", "..", "/"),
            "Sequences", List.of("\\o", "\\circ"),
            "TLC", List.of(":>", "@@"),
            "Bags", List.of("(+)", "\\oplus", "(-)", "\\ominus", "\\sqsubseteq", ":>", "@@"));
    static final List<String> PLUSCAL_KEYWORDS = List.of("algorithm", "begin", "end", "variable", "variables", "define",
            "macro", "procedure", "process", "fair", "if", "then", "else", "elsif", "while", "do", "either", "or", "with",
            "await", "when", "print", "assert", "skip", "call", "return", "goto", "self", "pc", "stack", "Done",
            "Error", "Init", "Next", "Spec", "vars", "Termination", "ProcSet", "TRUE", "IF", "CASE", "OTHER");

    private final long seed;

    CaseGenerator(long seed) {
        this.seed = seed;
    }

    /** Case {@code index}: a generated case, or a mutant of one (about a third of them). */
    FuzzCase generate(long index) {
        Random r = new Random(seed * 1_000_003L + index);
        // not a power of two: Random's first nextInt(2^k) of neighbouring seeds is nearly constant
        int family = r.nextInt(9);
        FuzzCase c = tlaCase(family == 8 ? r.nextInt(4) : family, r);
        if (r.nextInt(3) == 0) {
            String mutant = Mutator.mutate(c.root(), r);
            c = new FuzzCase(c.family() + "-mutant", c.files(), hasAlgorithm(mutant)).withRoot(mutant);
        }
        if (family == 8) { // one of the TLA+ families above, mutated or not, read by spec-lang in Unicode forms
            c = new FuzzCase(c.family().endsWith("-mutant") ? "unicode-mutant" : "unicode", c.files(), c.pluscal(), r.nextLong() & Long.MAX_VALUE);
        }
        return c;
    }

    private static FuzzCase tlaCase(int family, Random r) {
        return switch (family) {
            case 0 -> operators(r);
            case 1 -> junctions(r);
            case 2 -> modules(r);
            case 3, 7 -> ScopeCases.scopes(r); // twice the share: the family with the most shapes
            case 4 -> PlusCalCases.algorithm(r);
            case 5 -> PlusCalCases.withBindings(r);
            default -> PlusCalCases.statements(r);
        };
    }

    static boolean hasAlgorithm(String text) {
        return text.contains("--algorithm") || text.contains("--fair algorithm");
    }

    static String module(String name, String body) {
        return "---- MODULE " + name + " ----\n" + body + (body.endsWith("\n") ? "" : "\n") + "====\n";
    }

    static <T> T pick(Random r, List<T> xs) {
        return xs.get(r.nextInt(xs.size()));
    }

    // ---------------------------------------------------------------- operators

    private static FuzzCase operators(Random r) {
        List<String> ext = new ArrayList<>();
        for (String m : List.of("Naturals", "Reals", "Sequences", "TLC", "Bags")) {
            if (r.nextInt(3) == 0) {
                ext.add(m);
            }
        }
        StringBuilder sb = new StringBuilder();
        if (!ext.isEmpty()) {
            sb.append("EXTENDS ").append(String.join(", ", ext)).append('\n');
        }
        sb.append("CONSTANTS a, b, c\nVARIABLE v\n");
        String op1 = pick(r, INFIX);
        String op2 = pick(r, INFIX);
        List<String> used = List.of(op1, op2);
        for (String op : used) {
            boolean provided = BUILT_IN.contains(op) || ext.stream().anyMatch(m -> STANDARD.get(m).contains(op));
            if (!provided && !sb.toString().contains("x " + op + " y ==") || r.nextInt(12) == 0) {
                sb.append("x ").append(op).append(" y == x\n"); // sometimes a redefinition, on purpose
            }
        }
        String e = switch (r.nextInt(6)) {
            case 0 -> "a " + op1 + " b " + op2 + " c";
            case 1 -> "(a " + op1 + " b) " + op2 + " c";
            case 2 -> "a " + op1 + " (b " + op2 + " c)";
            case 3 -> pick(r, PREFIX) + " a " + op1 + " b";
            case 4 -> "a" + pick(r, POSTFIX) + " " + op1 + " b";
            default -> "a " + op1 + " b " + op1 + " c";
        };
        sb.append("Op == ").append(e).append('\n');
        return single("operators", sb.toString());
    }

    static FuzzCase single(String family, String body) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(FuzzCase.ROOT, module("Spec", body));
        return new FuzzCase(family, files, false);
    }

    // ---------------------------------------------------------------- junctions

    private static final String[][] BRACKETS = {{"(", ")"}, {"{", "}"}, {"<<", ">>"}, {"[i \\in S |-> ", "]"},
        {"f[", "]"}, {"[r EXCEPT ![1] = ", "]"}, {"IF ", " THEN 1 ELSE 2"}, {"CASE ", " -> 1 [] OTHER -> 2"},
        {"LET L == 1 IN ", ""}, {"\\E i \\in S : ", ""}};

    private static FuzzCase junctions(Random r) {
        StringBuilder sb = new StringBuilder("CONSTANTS S, f, r, p, q\nA ==");
        int col = 5 + r.nextInt(3);
        sb.append(" ".repeat(col - 4));
        junction(r, sb, col, 0);
        sb.append("\nB == TRUE\n");
        return single("junctions", sb.toString());
    }

    /** A junction list with its bullets at {@code col}; the text so far ends at that column. */
    private static void junction(Random r, StringBuilder sb, int col, int depth) {
        String bullet = r.nextBoolean() ? "/\\" : "\\/";
        int items = 1 + r.nextInt(3);
        for (int i = 0; i < items; i++) {
            if (i > 0) {
                int shift = r.nextInt(8) == 0 ? r.nextInt(3) - 1 : 0; // now and then a bullet off its column
                sb.append('\n').append(" ".repeat(Math.max(0, col + shift)));
                if (r.nextInt(10) == 0) {
                    bullet = bullet.equals("/\\") ? "\\/" : "/\\";
                }
            }
            sb.append(bullet).append(' ');
            if (depth < 3 && r.nextInt(3) > 0) {
                String[] br = BRACKETS[r.nextInt(BRACKETS.length)];
                sb.append(br[0]);
                int inner;
                if (r.nextBoolean()) {
                    inner = currentColumn(sb);
                } else {
                    // the inner list on a new line, at a column that may be left of the outer bullet
                    inner = Math.max(0, col + r.nextInt(9) - 3);
                    sb.append('\n').append(" ".repeat(inner));
                }
                junction(r, sb, inner, depth + 1);
                if (!br[1].isEmpty() && r.nextInt(3) == 0) {
                    sb.append('\n').append(" ".repeat(Math.max(0, col + r.nextInt(7) - 3))).append(br[1].strip());
                } else {
                    sb.append(br[1]);
                }
            } else {
                sb.append(pick(r, List.of("p", "q", "p = q", "p \\in S", "TRUE", "~p")));
            }
        }
    }

    private static int currentColumn(StringBuilder sb) {
        return sb.length() - sb.lastIndexOf("\n") - 1;
    }

    // ---------------------------------------------------------------- modules

    private static final List<String> NAMES = List.of("Foo", "Bar", "C", "v");

    /** A unit that declares or defines {@code name}. */
    private static String unitFor(Random r, String name, boolean allowLocal) {
        return switch (r.nextInt(allowLocal ? 11 : 10)) {
            case 0 -> name + " == 1";
            case 8 -> "CONSTANT " + name + "(_)";
            case 9 -> "CONSTANT " + name + pick(r, List.of("(_, _)", "(_)", "")) + ", " + pick(r, NAMES);
            case 1 -> name + "(x) == x";
            case 2 -> "CONSTANT " + name;
            case 3 -> "VARIABLE " + name;
            case 4 -> "THEOREM " + name + " == TRUE";
            case 5 -> name + "[x \\in {1}] == x";
            case 6 -> "RECURSIVE " + name + "(_)\n" + name + "(x) == " + name + "(x)";
            case 7 -> "ASSUME " + name + " == TRUE";
            default -> "LOCAL " + name + " == 2";
        };
    }

    private static FuzzCase modules(Random r) {
        Map<String, String> files = new LinkedHashMap<>();
        int helpers = 1 + r.nextInt(3);
        for (int i = 1; i <= helpers; i++) {
            StringBuilder h = new StringBuilder();
            if (i > 1 && r.nextInt(3) == 0) {
                h.append("EXTENDS H").append(1 + r.nextInt(i - 1)).append('\n');
            }
            for (int k = 0; k < 1 + r.nextInt(2); k++) {
                h.append(unitFor(r, pick(r, NAMES), true)).append('\n');
            }
            files.put("H" + i + ".tla", module("H" + i, h.toString()));
        }
        StringBuilder root = new StringBuilder();
        boolean op = r.nextBoolean();
        List<String> ext = new ArrayList<>();
        for (int i = 1; i <= helpers; i++) {
            if (r.nextBoolean()) {
                ext.add("H" + i);
            }
        }
        if (r.nextInt(4) == 0) {
            ext.add(r.nextInt(5) == 0 ? "Missing" : pick(r, List.of("Naturals", "TLC", "Sequences")));
        }
        if (!ext.isEmpty()) {
            root.append("EXTENDS ").append(String.join(", ", ext)).append('\n');
        }
        if (op) {
            root.append("Op(x) == x\n");
        }
        int units = 1 + r.nextInt(4);
        for (int k = 0; k < units; k++) {
            switch (r.nextInt(7)) {
                case 0 -> root.append(pick(r, List.of("", "LOCAL "))).append("INSTANCE H").append(1 + r.nextInt(helpers))
                        .append(substitutions(r, op)).append('\n');
                case 1 -> root.append(pick(r, NAMES)).append(" == INSTANCE H").append(1 + r.nextInt(helpers))
                        .append(substitutions(r, op)).append('\n');
                case 3 -> root.append(pick(r, NAMES)).append(pick(r, List.of("(p)", "(p, q)"))).append(" == INSTANCE H")
                        .append(1 + r.nextInt(helpers)).append(" WITH ").append(pick(r, NAMES)).append(" <- p").append('\n');
                case 2 -> root.append("---- MODULE N").append(k).append(" ----\n").append(unitFor(r, pick(r, NAMES), true))
                        .append("\n====\n").append(r.nextBoolean() ? "INSTANCE N" + k + "\n" : "");
                default -> root.append(unitFor(r, pick(r, NAMES), true)).append('\n');
            }
        }
        if (r.nextBoolean()) {
            String user = pick(r, NAMES);
            root.append("Use == ").append(switch (r.nextInt(4)) {
                case 0 -> user + "!" + pick(r, NAMES);
                case 1 -> user + "(1)!" + pick(r, NAMES);
                case 2 -> user + "!" + pick(r, NAMES) + "(1)";
                default -> user;
            }).append('\n');
        }
        files.put(FuzzCase.ROOT, module("Spec", root.toString()));
        return new FuzzCase("modules", files, false);
    }

    /**
     * An INSTANCE's WITH list, often none: a value or an operator (a LAMBDA, a defined operator,
     * an operator symbol) for names the helpers declare as constants, variables or operator constants.
     */
    private static String substitutions(Random r, boolean op) {
        if (r.nextInt(3) == 0) {
            return "";
        }
        List<String> subs = new ArrayList<>();
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            String value = switch (r.nextInt(6)) {
                case 0 -> "LAMBDA x : x";
                case 1 -> "LAMBDA x, y : x";
                case 2 -> op ? "Op" : "1";
                case 3 -> pick(r, List.of("+", "\\cup", "-"));
                default -> pick(r, List.of("1", "2", "{}"));
            };
            subs.add(pick(r, NAMES) + " <- " + value);
        }
        return " WITH " + String.join(", ", subs);
    }
}
