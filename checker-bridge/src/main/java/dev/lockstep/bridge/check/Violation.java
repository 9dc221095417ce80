package dev.lockstep.bridge.check;

import dev.lockstep.speclang.diag.SourceRange;

/**
 * What was violated.
 *
 * @param kind     invariant, action property, deadlock, temporal property, assumption, assert, or
 *                 an evaluation error (TLC could not evaluate an expression)
 * @param property the violated invariant or property name, when TLC or the model names it
 * @param message  TLC's explanation, one paragraph
 * @param location where in the spec, when known
 */
public record Violation(Kind kind, String property, String message, SourceRange location) {

    /** Kinds of violation, with the word used in JSON. */
    public enum Kind {
        INVARIANT("invariant"),
        ACTION_PROPERTY("action property"),
        DEADLOCK("deadlock"),
        TEMPORAL("temporal property"),
        ASSUMPTION("assumption"),
        ASSERT("assert"),
        EVALUATION_ERROR("evaluation error");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
