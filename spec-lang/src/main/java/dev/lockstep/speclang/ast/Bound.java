package dev.lockstep.speclang.ast;

import dev.lockstep.speclang.diag.SourceRange;
import java.util.List;

/**
 * Bound variables of a quantifier, CHOOSE, set constructor, function constructor or definition:
 * {@code x, y \in S}, {@code <<x, y>> \in S} ({@code tuple} true), or unbounded {@code x}
 * ({@code set} null).
 */
public record Bound(List<Name> names, boolean tuple, Expr set, SourceRange range) implements Node {
    public Bound {
        names = List.copyOf(names);
    }
}
