package dev.lockstep.speclang.ast;

import dev.lockstep.speclang.diag.SourceRange;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One proof step {@code <level>name. ...}. {@code exprs} holds the step's formulas (the assertion,
 * the CASE condition, PICK's predicate, WITNESS's terms); {@code bounds} PICK's and TAKE's
 * variables; {@code definitions} DEFINE's and INSTANCE's units; {@code use} a USE/HIDE step.
 */
public record ProofStep(String label, int level, StepKind kind, List<Expr> exprs, List<Bound> bounds,
                        List<Unit> definitions, Unit.UseOrHide use, Proof proof, SourceRange range) implements Node {
    public ProofStep {
        exprs = List.copyOf(exprs);
        bounds = List.copyOf(bounds);
        definitions = List.copyOf(definitions);
    }

    private static final Pattern NAMED = Pattern.compile("<(\\d+)>(\\w+)\\.*");

    /** The step's name as SANY keys it ({@code <1>a} for {@code <01>a.}); null for an unnamed step. */
    public String name() {
        return stepName(label);
    }

    /** The name a step label or a reference to a step ({@code <1>2} in BY) stands for; null if none. */
    public static String stepName(String label) {
        Matcher m = NAMED.matcher(label == null ? "" : label);
        return m.matches() ? "<" + Integer.parseInt(m.group(1)) + ">" + m.group(2) : null;
    }

    /** Where the label is written. */
    public SourceRange labelRange() {
        return SourceRange.of(range.file(), range.start().line(), range.start().column(), range.start().line(),
                range.start().column() + label.length());
    }

    /** What the step does. */
    public enum StepKind { QED, ASSERT, SUFFICES, CASE, PICK, HAVE, TAKE, WITNESS, USE, HIDE, DEFINE }
}
