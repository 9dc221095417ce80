package dev.lockstep.speclang.resolve;

import dev.lockstep.speclang.diag.SourceRange;

/**
 * Something a name can refer to.
 *
 * @param name       as written at the definition (operator symbols in canonical ASCII)
 * @param kind       what it is
 * @param arity      number of arguments an operator takes (0 for values; -1 when unknown)
 * @param module     the module that defines it ({@code null} for bound variables and parameters)
 * @param definition where it is defined, or {@code null} for standard-module operators
 */
public record Symbol(String name, Kind kind, int arity, String module, SourceRange definition) {
    /** Whether {@code other} is the same definition, reached another way (EXTENDS, INSTANCE). */
    public boolean sameOrigin(Symbol other) {
        return name.equals(other.name) && java.util.Objects.equals(module, other.module)
                && java.util.Objects.equals(definition, other.definition);
    }

    /** What a {@link Symbol} is. */
    public enum Kind {
        CONSTANT, VARIABLE, OPERATOR, FUNCTION, INSTANCE, PARAMETER, BOUND_VARIABLE, THEOREM,
        PLUSCAL_VARIABLE, PLUSCAL_PROCEDURE, PLUSCAL_MACRO, PLUSCAL_LABEL, PLUSCAL_SELF
    }
}
