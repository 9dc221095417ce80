package dev.lockstep.speclang.fuzz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fuzzer's PlusCal cases: one algorithm with a name in every position the translator's parser
 * ({@code pcal.ParseAlgorithm}) reads one (algorithm, global and local variables, define block,
 * macro and its parameters, procedure, its parameters and locals, process, labels, with-bound
 * variables), written in P- or C-syntax, with one position renamed to a PlusCal keyword, a name
 * the translation introduces ({@code pc}, {@code self}, {@code Init}, ...), a TLA+ keyword or
 * another position's name; and {@code with} statements with sequential bindings.
 */
final class PlusCalCases {
    private PlusCalCases() {
    }

    private static final String P = """
            --algorithm Alg
            variables gv = 0, gs = <<>>;
            define DOp == gv
            end define;
            macro Mac(mp) begin gv := mp; end macro;
            procedure Proc(pp) variables pl = 0; begin
              PL: gv := pp + pl;
              return;
            end procedure;
            process Pr \\in {1, 2}
            variables lv = 0;
            begin
              Lb: with wv \\in {1} do lv := wv; end with;
              Lc: call Proc(1);
              Ld: Mac(2);
              goto Lb;
            end process;
            end algorithm""";
    private static final String C = """
            --algorithm Alg {
            variables gv = 0, gs = <<>>;
            define { DOp == gv }
            macro Mac(mp) { gv := mp; }
            procedure Proc(pp) variables pl = 0; {
              PL: gv := pp + pl;
              return;
            }
            process (Pr \\in {1, 2})
            variables lv = 0;
            {
              Lb: with (wv \\in {1}) { lv := wv; };
              Lc: call Proc(1);
              Ld: Mac(2);
              goto Lb;
            }
            }""";
    private static final List<String> POSITIONS = List.of("gv", "DOp", "Mac", "mp", "Proc", "pp", "pl", "Pr", "lv", "wv",
            "Lb", "PL", "Alg");

    static CaseGenerator.FuzzCase algorithm(Random r) {
        boolean cSyntax = r.nextBoolean();
        String body = cSyntax ? C : P;
        String position = CaseGenerator.pick(r, POSITIONS);
        String name = r.nextInt(4) == 0 ? CaseGenerator.pick(r, POSITIONS) : CaseGenerator.pick(r, CaseGenerator.PLUSCAL_KEYWORDS);
        body = Pattern.compile("\\b" + position + "\\b").matcher(body).replaceAll(Matcher.quoteReplacement(name));
        return spec("pluscal-names", body);
    }

    static CaseGenerator.FuzzCase withBindings(Random r) {
        boolean cSyntax = r.nextBoolean();
        String[] names = {"x", "y", "z", "gv", "out", "self"};
        StringBuilder b = new StringBuilder();
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            String name = r.nextInt(5) == 0 ? CaseGenerator.pick(r, List.of(names)) : names[i];
            String prev = i == 0 ? CaseGenerator.pick(r, List.of("gv", "1", "x")) : names[r.nextInt(3)];
            if (i > 0) {
                b.append(r.nextBoolean() ? ", " : "; ");
            }
            b.append(name).append(r.nextBoolean() ? " \\in {" + prev + ", 2}" : " = " + prev + " + 1");
        }
        String process = r.nextBoolean() ? "process Pr \\in {1, 2}\n" : "";
        String alg;
        if (cSyntax) {
            alg = "--algorithm Alg {\nvariables gv = 0, out = 0;\n" + (process.isEmpty() ? "" : "process (Pr \\in {1, 2})\n")
                    + "{\n  Step: with (" + b + ") { out := " + names[n - 1] + "; };\n}\n}";
        } else {
            alg = "--algorithm Alg\nvariables gv = 0, out = 0;\n" + process + "begin\n  Step: with " + b + " do\n"
                    + "    out := " + names[n - 1] + ";\n  end with;\nend " + (process.isEmpty() ? "algorithm" : "process;\nend algorithm");
        }
        return spec("pluscal-with", alg);
    }

    /**
     * An algorithm built statement by statement, in P- or C-syntax: processes ({@code fair},
     * {@code fair+}, {@code =} or {@code \in}) or a main body, a procedure whose locals have
     * initial values ({@code =}, now and then {@code \in}, which procedures may not have), a
     * macro, and every statement: assignments (also {@code ||}), if/elsif/else, while, either/or,
     * with, await/when, print, assert, skip, goto, call, return and macro calls. Labels go where
     * the translator requires them (a body's first statement, a while, after call, return and
     * goto) and on most other statements, now and then not: the translator judges the rest.
     */
    static CaseGenerator.FuzzCase statements(Random r) {
        Statements st = new Statements(r, r.nextBoolean());
        return spec("pluscal-statements", st.algorithm(), r.nextInt(6) > 0);
    }

    /** The state of one generated algorithm: its syntax and its label counter. */
    private static final class Statements {
        private final Random r;
        private final boolean c;
        private int labels;

        Statements(Random r, boolean cSyntax) {
            this.r = r;
            this.c = cSyntax;
        }

        String algorithm() {
            StringBuilder sb = new StringBuilder(c ? "--algorithm Alg {\n" : "--algorithm Alg\n");
            sb.append("variables x = 0, y = 0, q = <<>>, flag = FALSE;\n");
            boolean macro = r.nextBoolean();
            boolean procedure = r.nextBoolean();
            if (macro) {
                sb.append(c ? "macro M(m) { x := m; }\n" : "macro M(m) begin x := m; end macro;\n");
            }
            if (procedure) {
                String init = r.nextInt(8) == 0 ? " \\in {0, 1}" : " = " + CaseGenerator.pick(r, List.of("0", "a", "x + 1"));
                sb.append("procedure P(").append(r.nextInt(4) == 0 ? "a = 0" : "a").append(") variables pv").append(init).append(r.nextBoolean() ? ", pw = a" : "").append(";\n");
                body(sb, true, macro, procedure, List.of("a", "pv"));
                sb.append(c ? "\n" : " procedure;\n");
            }
            if (r.nextInt(3) == 0) {
                sb.append(c ? "{\n" : "begin\n");
                block(sb, false, macro, procedure, List.of(), 1);
                sb.append(c ? "}\n}" : "end algorithm");
                return sb.toString();
            }
            int n = 1 + r.nextInt(2);
            for (int i = 0; i < n; i++) {
                String fair = CaseGenerator.pick(r, List.of("", "", "fair ", "fair+ "));
                String id = r.nextBoolean() ? " = " + (10 + i) : " \\in {" + (2 * i + 1) + ", " + (2 * i + 2) + "}";
                sb.append(fair).append("process ").append(c ? "(Pr" + i + id + ")" : "Pr" + i + id).append('\n');
                if (r.nextBoolean()) {
                    sb.append("variables lv").append(i).append(" = self;\n");
                }
                body(sb, false, macro, procedure, List.of("self"));
                sb.append(c ? "\n" : " process;\n");
            }
            sb.append(c ? "}" : "end algorithm");
            return sb.toString();
        }

        /** A procedure's or process's body: {@code begin ... end} or {@code { ... }} (the caller closes P-syntax's end). */
        private void body(StringBuilder sb, boolean inProcedure, boolean macro, boolean procedure, List<String> locals) {
            sb.append(c ? "{\n" : "begin\n");
            block(sb, inProcedure, macro, procedure, locals, 1);
            if (inProcedure) {
                sb.append("  ").append(label(true)).append("return;\n");
            }
            sb.append(c ? "}" : "end");
        }

        private String label(boolean needed) {
            if (needed ? r.nextInt(20) == 0 : r.nextInt(3) == 0) {
                return "";
            }
            return "L" + labels++ + ": ";
        }

        /** A sequence of statements at {@code depth}; only the top level is labelled. */
        private void block(StringBuilder sb, boolean inProcedure, boolean macro, boolean procedure, List<String> locals, int depth) {
            int n = 1 + r.nextInt(depth == 1 ? 4 : 2);
            boolean needLabel = depth == 1;
            for (int i = 0; i < n; i++) {
                String indent = "  ".repeat(depth);
                int kind = r.nextInt(depth == 1 ? 16 : depth < 3 ? 12 : 7); // nesting stops at depth 3
                String lbl = depth == 1 ? label(needLabel || kind == 12) : "";
                sb.append(indent).append(lbl);
                needLabel = false;
                String e = expr(locals);
                switch (kind) {
                    case 0 -> sb.append("x := ").append(e).append(r.nextInt(4) == 0 ? " || y := x" : "").append(";\n");
                    case 1 -> sb.append("q := Append(q, ").append(e).append(");\n");
                    case 2 -> sb.append(c ? "await " : CaseGenerator.pick(r, List.of("await ", "when "))).append(cond(locals)).append(";\n");
                    case 3 -> sb.append("print ").append(e).append(";\n");
                    case 4 -> sb.append("assert ").append(cond(locals)).append(";\n");
                    case 5 -> sb.append("skip;\n");
                    case 6 -> {
                        if (macro) {
                            sb.append("M(").append(e).append(");\n");
                        } else {
                            sb.append("flag := ~flag;\n");
                        }
                    }
                    case 7 -> {
                        String b = CaseGenerator.pick(r, List.of("w", "x", "self", "v" + depth));
                        sb.append("with (".substring(0, c ? 6 : 5)).append(b).append(r.nextBoolean() ? " \\in {1, 2}" : " = " + e)
                                .append(c ? ") {\n" : " do\n");
                        List<String> inner = new java.util.ArrayList<>(locals);
                        inner.add(b);
                        block(sb, inProcedure, macro, procedure, inner, depth + 1);
                        sb.append(indent).append(c ? "};\n" : "end with;\n");
                    }
                    case 8, 9 -> {
                        sb.append(c ? "if (" + cond(locals) + ") {\n" : "if " + cond(locals) + " then\n");
                        block(sb, inProcedure, macro, procedure, locals, depth + 1);
                        if (!c && r.nextInt(3) == 0) {
                            sb.append(indent).append("elsif ").append(cond(locals)).append(" then\n");
                            block(sb, inProcedure, macro, procedure, locals, depth + 1);
                        }
                        if (r.nextBoolean()) {
                            sb.append(indent).append(c ? "} else {\n" : "else\n");
                            block(sb, inProcedure, macro, procedure, locals, depth + 1);
                        }
                        sb.append(indent).append(c ? "};\n" : "end if;\n");
                    }
                    case 10, 11 -> {
                        sb.append(c ? "either {\n" : "either\n");
                        block(sb, inProcedure, macro, procedure, locals, depth + 1);
                        sb.append(indent).append(c ? "} or {\n" : "or\n");
                        block(sb, inProcedure, macro, procedure, locals, depth + 1);
                        sb.append(indent).append(c ? "};\n" : "end either;\n");
                    }
                    case 12 -> {
                        sb.append(c ? "while (" + cond(locals) + ") {\n" : "while " + cond(locals) + " do\n");
                        block(sb, inProcedure, macro, procedure, locals, depth + 1);
                        sb.append(indent).append(c ? "};\n" : "end while;\n");
                        needLabel = true;
                    }
                    case 13 -> {
                        if (procedure && !inProcedure) {
                            sb.append("call P(").append(e).append(");\n");
                        } else {
                            sb.append("y := y + 1;\n");
                        }
                        needLabel = true;
                    }
                    case 14 -> {
                        sb.append(inProcedure && r.nextBoolean() ? "return;\n" : "goto " + (labels > 0 && r.nextInt(4) > 0
                                ? "L" + r.nextInt(labels) : "Done") + ";\n");
                        needLabel = true;
                    }
                    default -> sb.append("y := ").append(e).append(";\n");
                }
            }
        }

        private String expr(List<String> locals) {
            return switch (r.nextInt(4)) {
                case 0 -> locals.isEmpty() ? "1" : CaseGenerator.pick(r, locals);
                case 1 -> "x + 1";
                case 2 -> "Len(q)";
                default -> "y";
            };
        }

        private String cond(List<String> locals) {
            return CaseGenerator.pick(r, List.of("x > 0", "flag", "Len(q) < 2", "y = " + expr(locals), "TRUE"));
        }
    }

    private static CaseGenerator.FuzzCase spec(String family, String algorithm) {
        return spec(family, algorithm, false);
    }

    private static CaseGenerator.FuzzCase spec(String family, String algorithm, boolean tlc) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(CaseGenerator.FuzzCase.ROOT, CaseGenerator.module("Spec", "EXTENDS Naturals, Sequences" + (tlc ? ", TLC" : "") + "\n(* " + algorithm
                + " *)\n"));
        return new CaseGenerator.FuzzCase(family, files, true);
    }
}
