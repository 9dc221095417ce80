package dev.lockstep.speclang.ast;

import dev.lockstep.speclang.diag.SourceRange;

/** {@code param <- value} in {@code INSTANCE M WITH ...}. */
public record Substitution(Name parameter, Expr value, SourceRange range) implements Node {
}
