package dev.lockstep.speclang.ast;

import dev.lockstep.speclang.diag.SourceRange;

/** Every syntax-tree node knows where it came from (0-based, half-open). */
public sealed interface Node permits Unit, Expr, Name, OpDecl, Bound, Proof, ProofStep, Substitution,
        Algorithm, Algorithm.VarDecl, Algorithm.Macro, Algorithm.Procedure, Algorithm.Process, Stmt {
    SourceRange range();
}
