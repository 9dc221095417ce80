package dev.lockstep.speclang.ast;

import dev.lockstep.speclang.diag.SourceRange;
import java.util.List;

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

    /** What the step does. */
    public enum StepKind { QED, ASSERT, SUFFICES, CASE, PICK, HAVE, TAKE, WITNESS, USE, HIDE, DEFINE }
}
