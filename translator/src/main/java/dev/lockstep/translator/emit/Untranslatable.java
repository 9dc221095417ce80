package dev.lockstep.translator.emit;

import dev.lockstep.speclang.ast.Expr;

/**
 * Raised inside the translator when an expression is outside the translatable subset; caught at
 * the level of a definition or action, which then becomes a method the user implements.
 */
final class Untranslatable extends Exception {
    private static final long serialVersionUID = 1L;
    final transient Expr where;

    Untranslatable(Expr where, String why) {
        super(why, null, false, false);
        this.where = where;
    }
}
