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

    private static CaseGenerator.FuzzCase spec(String family, String algorithm) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(CaseGenerator.FuzzCase.ROOT, CaseGenerator.module("Spec", "EXTENDS Naturals, Sequences\n(* " + algorithm + " *)\n"));
        return new CaseGenerator.FuzzCase(family, files, true);
    }
}
