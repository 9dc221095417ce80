package dev.lockstep.speclang.ast;

import dev.lockstep.speclang.diag.SourceRange;
import java.util.List;

/** A TLAPS proof: terminal ({@code BY}, {@code OBVIOUS}, {@code OMITTED}) or a sequence of steps. */
public sealed interface Proof extends Node {

    /** {@code BY [ONLY] facts DEF defs}, {@code OBVIOUS} or {@code OMITTED}. */
    record Terminal(TerminalKind kind, boolean only, List<Expr> facts, List<Name> definitions, SourceRange range)
            implements Proof {
        public Terminal {
            facts = List.copyOf(facts);
            definitions = List.copyOf(definitions);
        }
    }

    /** Steps of one level, the last normally a QED step. */
    record Steps(List<ProofStep> steps, SourceRange range) implements Proof {
        public Steps {
            steps = List.copyOf(steps);
        }
    }

    /** Which terminal proof. */
    enum TerminalKind { BY, OBVIOUS, OMITTED }
}
