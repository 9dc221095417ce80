package dev.lockstep.speclang.ast;

import dev.lockstep.speclang.diag.SourceRange;

/**
 * The declaration of an operator-valued parameter: a CONSTANT, a RECURSIVE declaration, an
 * operator definition's parameter or a NEW symbol. {@code F(_, _)} has arity 2; {@code _ ** _} is
 * infix (arity 2); a plain identifier has arity 0.
 */
public record OpDecl(Name name, Fixity fixity, int arity, SourceRange range) implements Node {
    /** How the declared symbol is written where it is used. */
    public enum Fixity { PLAIN, PREFIX, INFIX, POSTFIX }
}
