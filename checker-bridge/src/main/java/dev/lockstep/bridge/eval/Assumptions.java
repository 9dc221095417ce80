package dev.lockstep.bridge.eval;

import java.util.List;
import java.util.Optional;
import tla2sany.semantic.ExprNode;
import tla2sany.st.Location;
import tlc2.tool.impl.Tool;

/**
 * The model's {@code ASSUME}s, evaluated with TLC's evaluator as TLC does before it explores any
 * state (TLC's {@code checkAssumptions}: every assumption that is not an {@code AXIOM} must be
 * TRUE under the configured constants; otherwise TLC stops with exit code 10). Generate and
 * validate refuse such a model as check does: it has no behaviour TLC would check.
 */
public final class Assumptions {
    private Assumptions() {
    }

    /**
     * An assumption that does not hold: its source text, why ({@code "is false"}, or why it cannot
     * be evaluated), and where it is: the module's file (null when unknown) and the 1-based line and
     * column (0 when TLC gives no location).
     */
    public record Falsified(String text, String problem, String file, int line, int column) {
        /** {@code the assumption QuorumsIntersect is false under the model's constants ...}. */
        public String message() {
            return "the assumption " + text + " " + problem + " under the model's constants (TLC stops with exit"
                    + " code 10 before exploring any state)";
        }
    }

    /** The first assumption of {@code tool}'s model that is false or cannot be evaluated. */
    public static Optional<Falsified> firstFalse(Tool tool) {
        ExprNode[] assumptions = tool.getAssumptions();
        boolean[] axiom = tool.getAssumptionIsAxiom();
        for (int i = 0; i < assumptions.length; i++) {
            if (axiom[i]) {
                continue;
            }
            ExprNode a = assumptions[i];
            String problem;
            try {
                problem = tool.isValid(a) ? null : "is false";
            } catch (RuntimeException | StackOverflowError e) {
                problem = "cannot be evaluated: " + oneLine(String.valueOf(e.getMessage()));
            }
            if (problem != null) {
                Location at = a.getLocation();
                java.io.File file = at == null ? null : tool.getResolver().resolve(at.source() + ".tla", true);
                return Optional.of(new Falsified(sourceText(file, at), problem,
                        file == null ? null : file.getAbsolutePath(), at == null ? 0 : at.beginLine(),
                        at == null ? 0 : at.beginColumn()));
            }
        }
        return Optional.empty();
    }

    /** The assumption's text in its file ({@code QuorumsIntersect}), shortened to one line. */
    private static String sourceText(java.io.File file, Location at) {
        if (file == null || !file.isFile() || at.beginLine() < 1) {
            return "at " + (at == null ? "an unknown location" : at.toString());
        }
        try {
            List<String> lines = java.nio.file.Files.readAllLines(file.toPath());
            StringBuilder sb = new StringBuilder();
            for (int l = at.beginLine(); l <= at.endLine() && l <= lines.size(); l++) {
                String line = lines.get(l - 1);
                int from = l == at.beginLine() ? Math.min(line.length(), at.beginColumn() - 1) : 0;
                int to = l == at.endLine() ? Math.min(line.length(), at.endColumn()) : line.length();
                sb.append(line, from, Math.max(from, to)).append(' ');
            }
            String text = oneLine(sb.toString());
            return text.length() <= 80 ? text : text.substring(0, 77) + "...";
        } catch (java.io.IOException | RuntimeException e) {
            return "at " + at;
        }
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
