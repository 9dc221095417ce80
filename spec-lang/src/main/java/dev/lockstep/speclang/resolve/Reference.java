package dev.lockstep.speclang.resolve;

import dev.lockstep.speclang.diag.SourceRange;

/** One use of a name and the symbol it refers to. */
public record Reference(SourceRange range, Symbol target) {
}
