package dev.lockstep.speclang.ast;

import dev.lockstep.speclang.diag.SourceRange;

/**
 * An occurrence of an identifier or operator symbol where something is declared or named
 * (definition names, parameters, bound variables, field names, module names).
 */
public record Name(String text, SourceRange range) implements Node {
}
