package dev.lockstep.speclang.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The fuzzer's {@code scopes} family: everything that opens a scope. Theorems (THEOREM, LEMMA,
 * PROPOSITION, COROLLARY, named or not, a formula or ASSUME/PROVE with every kind of NEW) with
 * proofs built step by step from TLA+2's grammar (Specifying Systems' successor, "TLA+2: A
 * Preliminary Guide"; SANY's {@code Proof}, {@code Step} and {@code BeginStep} productions): every
 * kind of step (an assertion, SUFFICES, CASE, PICK, HAVE, TAKE, WITNESS, USE/HIDE with ONLY and
 * DEF, DEFINE and bare definitions, ASSUME/PROVE, QED), numbered, lettered and unnamed labels at
 * levels {@code <1>} to {@code <4>}, {@code <*>} and {@code <+>}, and terminal proofs (OBVIOUS,
 * OMITTED, BY facts DEF names, PROOF ...), the facts naming earlier steps, theorems and now and
 * then a step out of scope; module-level USE and HIDE, named ASSUME/AXIOM; LET with nested and
 * recursive definitions; RECURSIVE groups (mutual recursion, arity and definition mismatches);
 * LAMBDA arguments of higher-order operators; and bound-variable forms (tuples of bound names,
 * several bounds, CHOOSE, set and function constructors). Names come from one small pool, so
 * they clash with each other and with the module's constants and definitions now and then.
 */
final class ScopeCases {
    private ScopeCases() {
    }

    /** The names new scopes bind: some are also the module's constants and definitions below. */
    private static final List<String> NAMES = List.of("x", "y", "z", "S", "D", "L", "a");
    private static final String CONTEXT = "CONSTANT S, P(_)\nVARIABLE v\nD == S\nF(a) == a \\in S\n";

    static CaseGenerator.FuzzCase scopes(Random r) {
        String body = switch (r.nextInt(10)) {
            case 0, 1, 2, 3 -> theorems(r);
            case 4, 5 -> CONTEXT + "A == " + let(r, 1, 5) + "\n";
            case 6 -> recursiveGroup(r);
            case 7 -> lambdas(r);
            case 8 -> CONTEXT + "A == " + bound(r) + "\n";
            default -> classic(r);
        };
        return CaseGenerator.single("scopes", body);
    }

    // ---------------------------------------------------------------- theorems and proofs

    private static String theorems(Random r) {
        StringBuilder sb = new StringBuilder(CONTEXT);
        List<String> theorems = new ArrayList<>();
        int n = 1 + r.nextInt(2);
        for (int i = 0; i < n; i++) {
            if (r.nextInt(5) == 0) {
                sb.append(pick(r, List.of("USE ", "HIDE ", "USE ONLY "))).append(facts(r, theorems, List.of()))
                        .append(r.nextBoolean() ? " DEF D" : "").append('\n');
            }
            if (r.nextInt(6) == 0) {
                String name = "A" + i;
                sb.append(pick(r, List.of("ASSUME ", "AXIOM ", "ASSUMPTION "))).append(name).append(" == S = S\n");
                theorems.add(name);
                continue;
            }
            sb.append(pick(r, List.of("THEOREM", "LEMMA", "PROPOSITION", "COROLLARY"))).append(' ');
            if (r.nextInt(3) > 0) {
                String name = r.nextInt(8) == 0 ? pick(r, NAMES) : "T" + i;
                sb.append(name).append(" == ");
                theorems.add(name);
            }
            List<String> scope = new ArrayList<>(List.of("S", "D", "v"));
            sb.append(r.nextBoolean() ? assumeProve(r, scope) : expr(r, scope)).append('\n');
            if (r.nextInt(6) > 0) {
                proof(r, sb, 1, 0, theorems, new ArrayList<>(), scope);
            }
        }
        return sb.toString();
    }

    /** {@code ASSUME ... PROVE ...}: every kind of NEW, a plain assumption, a nested ASSUME/PROVE. */
    private static String assumeProve(Random r, List<String> scope) {
        List<String> items = new ArrayList<>();
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            String name = fresh(r);
            switch (r.nextInt(8)) {
                case 0 -> items.add("NEW " + name + " \\in S");
                case 1 -> items.add("NEW " + name);
                case 2 -> items.add("NEW " + pick(r, List.of("CONSTANT ", "VARIABLE ", "STATE ", "ACTION ", "TEMPORAL ")) + name);
                case 3 -> items.add("NEW CONSTANT " + name + "(_)");
                case 4 -> items.add(pick(r, List.of("CONSTANT ", "VARIABLE ")) + name);
                case 5 -> items.add("ASSUME NEW " + name + " PROVE " + name + " = " + name);
                default -> {
                    items.add(expr(r, scope));
                    continue;
                }
            }
            scope.add(name);
        }
        return "ASSUME " + String.join(", ", items) + "\n       PROVE " + expr(r, scope);
    }

    /** A name for a new binding: mostly a fresh one, now and then one of the pool, which may clash. */
    private static String fresh(Random r) {
        return r.nextInt(6) == 0 ? pick(r, NAMES) : "n" + r.nextInt(100);
    }

    private static String expr(Random r, List<String> scope) {
        String a = r.nextInt(12) == 0 ? pick(r, NAMES) : pick(r, scope);
        String b = pick(r, scope);
        return switch (r.nextInt(6)) {
            case 0 -> a + " = " + b;
            case 1 -> a + " \\in S";
            case 2 -> "P(" + a + ")";
            case 3 -> "\\A " + fresh(r) + " \\in S : " + a + " = " + a;
            case 4 -> "TRUE";
            default -> a + " = " + b + " => " + b + " = " + a;
        };
    }

    /** A proof at {@code level}: a terminal one, or steps ending in QED (now and then not). */
    private static void proof(Random r, StringBuilder sb, int level, int depth, List<String> theorems, List<String> steps,
                              List<String> scope) {
        String indent = "  ".repeat(depth);
        if (depth > 1 || r.nextInt(5) < 2) {
            sb.append(indent).append(terminal(r, theorems, steps)).append('\n');
            return;
        }
        if (r.nextInt(6) == 0) {
            sb.append(indent).append("PROOF\n");
        }
        List<String> mine = new ArrayList<>(steps);
        List<String> inner = new ArrayList<>(scope);
        int n = r.nextInt(4);
        for (int i = 1; i <= n + 1; i++) {
            boolean qed = i == n + 1;
            if (qed && r.nextInt(20) == 0) {
                break; // a proof without its QED step
            }
            String label = label(r, level, depth, i);
            sb.append(indent).append(label).append(' ');
            String name = label.endsWith(".") ? label.substring(0, label.length() - 1) : null;
            boolean takesProof;
            if (qed) {
                sb.append("QED");
                takesProof = true;
            } else {
                takesProof = step(r, sb, theorems, mine, inner);
            }
            if (takesProof && r.nextInt(3) > 0) {
                if (r.nextInt(3) == 0) {
                    sb.append(' ').append(terminal(r, theorems, mine)).append('\n');
                } else {
                    sb.append('\n');
                    int sub = r.nextInt(10) == 0 ? level + 2 : level + 1;
                    proof(r, sb, sub, depth + 1, theorems, mine, inner);
                }
            } else {
                if (!takesProof && r.nextInt(15) == 0) {
                    sb.append(" OBVIOUS"); // a proof where none is allowed
                }
                sb.append('\n');
            }
            if (name != null && !name.startsWith("<*>") && !name.startsWith("<+>")) {
                mine.add(name);
            }
        }
    }

    private static String label(Random r, int level, int depth, int i) {
        return switch (r.nextInt(10)) {
            case 0 -> "<" + level + ">";
            case 1 -> "<" + level + ">" + (char) ('a' + i - 1) + ".";
            case 2 -> "<*>";
            case 3 -> i == 1 && depth > 0 ? "<+>" : "<*>" + i + ".";
            default -> "<" + level + ">" + i + ".";
        };
    }

    /** One non-QED step's body; whether it takes a proof. */
    private static boolean step(Random r, StringBuilder sb, List<String> theorems, List<String> steps, List<String> scope) {
        String name = fresh(r);
        switch (r.nextInt(13)) {
            case 0 -> sb.append("SUFFICES ").append(r.nextBoolean() ? expr(r, scope) : assumeProve(r, new ArrayList<>(scope)));
            case 1 -> sb.append("CASE ").append(expr(r, scope));
            case 2 -> {
                sb.append("PICK ").append(name).append(r.nextBoolean() ? " \\in S" : "").append(" : ");
                scope.add(name);
                sb.append(expr(r, scope));
            }
            case 3 -> {
                sb.append("HAVE ").append(expr(r, scope));
                return false;
            }
            case 4 -> {
                sb.append("TAKE ").append(name).append(r.nextInt(3) == 0 ? ", " + fresh(r) : "")
                        .append(r.nextInt(4) > 0 ? " \\in S" : "");
                scope.add(name);
                return false;
            }
            case 5 -> {
                sb.append("WITNESS ").append(pick(r, scope)).append(r.nextBoolean() ? " \\in S" : "");
                return false;
            }
            case 6 -> {
                sb.append(pick(r, List.of("USE ", "HIDE ", "USE ONLY "))).append(facts(r, theorems, steps))
                        .append(r.nextBoolean() ? " DEF " + pick(r, List.of("D", "F", "D, F")) : "");
                return false;
            }
            case 7 -> {
                sb.append(r.nextBoolean() ? "DEFINE " : "").append(name).append(r.nextBoolean() ? "(p)" : "").append(" == ")
                        .append(pick(r, scope));
                scope.add(name);
                return false;
            }
            case 8 -> sb.append(assumeProve(r, new ArrayList<>(scope)));
            default -> sb.append(expr(r, scope));
        }
        return true;
    }

    private static String terminal(Random r, List<String> theorems, List<String> steps) {
        return switch (r.nextInt(7)) {
            case 0 -> "OBVIOUS";
            case 1 -> "OMITTED";
            case 2 -> "PROOF " + pick(r, List.of("OBVIOUS", "OMITTED", "BY DEF D"));
            case 3 -> "BY DEF " + pick(r, List.of("D", "F", "D, F", "S"));
            case 4 -> "BY ONLY " + facts(r, theorems, steps);
            default -> "BY " + facts(r, theorems, steps) + (r.nextBoolean() ? " DEF D" : "");
        };
    }

    /** Facts: earlier steps and theorems, a formula, now and then a step out of scope or a module. */
    private static String facts(Random r, List<String> theorems, List<String> steps) {
        List<String> fs = new ArrayList<>();
        int n = 1 + r.nextInt(2);
        for (int i = 0; i < n; i++) {
            int k = r.nextInt(10);
            if (k < 4 && !steps.isEmpty()) {
                fs.add(pick(r, steps));
            } else if (k < 7 && !theorems.isEmpty()) {
                fs.add(pick(r, theorems));
            } else if (k == 7) {
                fs.add(pick(r, List.of("<1>9", "<2>1", "MODULE Naturals", "MODULE Spec")));
            } else {
                fs.add(pick(r, List.of("S = S", "P(S)", "D")));
            }
        }
        return String.join(", ", fs);
    }

    // ---------------------------------------------------------------- LET, RECURSIVE, LAMBDA, bounds

    /** A LET whose definitions (operators, functions, recursive ones, nested LETs) may clash. */
    private static String let(Random r, int depth, int col) {
        StringBuilder sb = new StringBuilder("LET ");
        int defCol = col + 4;
        int n = 1 + r.nextInt(3);
        List<String> defined = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append('\n').append(" ".repeat(defCol));
            }
            String name = pick(r, NAMES);
            switch (r.nextInt(6)) {
                case 0 -> sb.append(name).append("(p) == p");
                case 1 -> sb.append(name).append("[i \\in S] == i");
                case 2 -> sb.append("RECURSIVE ").append(name).append("(_)\n").append(" ".repeat(defCol)).append(name)
                        .append("(p) == IF p = {} THEN 0 ELSE ").append(name).append("(p)");
                case 3 -> {
                    if (depth < 3) {
                        sb.append(name).append(" == ").append(let(r, depth + 1, defCol + name.length() + 4));
                    } else {
                        sb.append(name).append(" == S");
                    }
                }
                default -> sb.append(name).append(" == ").append(defined.isEmpty() ? "S" : pick(r, defined));
            }
            defined.add(name);
        }
        sb.append('\n').append(" ".repeat(col)).append("IN ").append(r.nextInt(8) == 0 ? pick(r, NAMES) : pick(r, defined));
        return sb.toString();
    }

    private static String recursiveGroup(Random r) {
        StringBuilder sb = new StringBuilder("CONSTANT S\n");
        List<String> names = List.of("R", "Q", "W");
        int n = 1 + r.nextInt(3);
        List<String> decl = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            decl.add(names.get(i) + pick(r, List.of("(_)", "(_)", "(_, _)", "")));
        }
        sb.append("RECURSIVE ").append(String.join(", ", decl)).append('\n');
        for (int i = 0; i < n; i++) {
            if (r.nextInt(10) == 0) {
                continue; // declared, never defined
            }
            String callee = names.get(r.nextInt(n));
            String params = pick(r, List.of("(k)", "(k)", "(k, m)", ""));
            String arg = params.isEmpty() ? "S" : "k";
            sb.append(names.get(i)).append(params).append(" == IF ").append(arg).append(" = {} THEN 0 ELSE ")
                    .append(callee).append(r.nextInt(4) == 0 ? "" : "(" + arg + ")").append('\n');
        }
        if (r.nextBoolean()) {
            sb.append("Use == ").append(names.get(0)).append("(S)\n");
        }
        return sb.toString();
    }

    private static String lambdas(Random r) {
        StringBuilder sb = new StringBuilder("CONSTANT S\nH(Op(_), p) == Op(p)\nH2(Op(_, _)) == Op(1, 2)\n");
        String lambda = switch (r.nextInt(5)) {
            case 0 -> "LAMBDA x : x";
            case 1 -> "LAMBDA x, y : x";
            case 2 -> "LAMBDA " + pick(r, NAMES) + " : " + pick(r, NAMES);
            case 3 -> "LAMBDA x : LAMBDA y : y";
            default -> "LAMBDA x, x : x";
        };
        sb.append("A == ").append(switch (r.nextInt(5)) {
            case 0 -> "H(" + lambda + ", S)";
            case 1 -> "H2(" + lambda + ")";
            case 2 -> lambda;
            case 3 -> "LET G(Op(_)) == Op(1) IN G(" + lambda + ")";
            default -> "H(H2, S)";
        }).append('\n');
        return sb.toString();
    }

    /** Bound variables: several bounds, tuples of names, CHOOSE, set and function constructors. */
    private static String bound(Random r) {
        String x = pick(r, NAMES);
        String y = pick(r, NAMES);
        return switch (r.nextInt(8)) {
            case 0 -> "\\A " + x + ", " + y + " \\in S : " + x + " = " + y;
            case 1 -> "\\E " + x + " \\in S, " + y + " \\in " + x + " : " + y;
            case 2 -> "\\A <<" + x + ", " + y + ">> \\in S \\X S : " + x;
            case 3 -> "CHOOSE " + x + " \\in S : " + y;
            case 4 -> "{" + x + " \\in S : " + y + "}";
            case 5 -> "{" + x + " : " + y + " \\in S}";
            case 6 -> "[" + x + " \\in S, " + y + " \\in S |-> " + x + "]";
            default -> "\\E " + x + " : \\A " + y + " : " + x + " = " + y;
        };
    }

    /** The family's first six shapes, kept as they were. */
    private static String classic(Random r) {
        String n1 = pick(r, List.of("x", "y", "F", "G", "S"));
        String n2 = pick(r, List.of("x", "y", "F", "G", "S"));
        return switch (r.nextInt(6)) {
            case 0 -> "CONSTANT S\nA(x) == LET " + n1 + " == 1\n           " + n2 + "(z) == z IN " + n1 + "\n";
            case 1 -> "CONSTANT S\nRECURSIVE " + n1 + "(_)" + (r.nextBoolean() ? ", " + n2 : "") + "\n" + n1 + "(k) == IF k = {} THEN 0 ELSE "
                    + n1 + "(k)\n" + (r.nextBoolean() ? n2 + " == 1\n" : "");
            case 2 -> "CONSTANT S\nA == \\A " + n1 + " \\in S : \\E " + n2 + " \\in S : " + n1 + " = " + n2 + "\n";
            case 3 -> "CONSTANT S\nTHEOREM T == \\A x \\in S : x = x\n<1>1. TAKE " + n1 + " \\in S\n<1>"
                    + pick(r, List.of("2", "1", "*")) + ". " + n1 + " = " + n1 + "\n  BY <1>1\n<1> QED BY <1>2\n";
            case 4 -> "CONSTANT S\nTHEOREM ASSUME NEW " + n1 + " \\in S, NEW " + n2 + " PROVE " + n1 + " = " + n1
                    + "\n" + pick(r, List.of("OBVIOUS", "PROOF OBVIOUS", "BY DEF S", "<1> QED", "PROOF <1>1. TRUE\n<1> QED")) + "\n";
            default -> "CONSTANT S\nA == LET " + n1 + "[i \\in S] == i\n        " + n2 + " == " + n1 + " IN {" + n2
                    + " : " + n1 + " \\in S}\n";
        };
    }

    private static <T> T pick(Random r, List<T> xs) {
        return CaseGenerator.pick(r, xs);
    }
}
