package dev.lockstep.translator.emit;

import dev.lockstep.speclang.diag.SourceRange;
import java.util.List;

/**
 * What a method of the generated base class is for: the key under which {@link Naming} fixes its
 * Java name once per generation, so that every emitter that calls it agrees on the name.
 */
sealed interface MethodKey {
    /** The spec's operator {@code name}, evaluated in a state. */
    record Definition(String name) implements MethodKey {
    }

    /** An action of the next-state relation: its effect method. */
    sealed interface Action extends MethodKey permits DefinedAction, UnnamedAction {
    }

    /** An action the spec defines as an operator ({@code Send(m) == ...}), called from Next. */
    record DefinedAction(String name) implements Action {
    }

    /**
     * A part of the next-state relation that is no call of an action operator (an unnamed
     * disjunct), the {@code index}-th action found, inside the definition {@code context}.
     */
    record UnnamedAction(String context, int index) implements Action {
    }

    /** The methods derived from an action's effect method. */
    enum Role {
        GUARD("Guard"), ENABLED("Enabled"), SUCCESSORS("Successors");

        final String suffix;

        Role(String suffix) {
            this.suffix = suffix;
        }
    }

    /** The guard, enabled test or successor enumeration of {@code action}. */
    record Derived(Action action, Role role) implements MethodKey {
    }

    /**
     * A sub-expression outside the translatable subset (a method the user implements), taking the
     * names in {@code free}; {@code bool} tells whether it returns a Java boolean.
     */
    record ExpressionHole(boolean bool, SourceRange range, List<String> free) implements MethodKey {
        public ExpressionHole {
            free = List.copyOf(free);
        }
    }

    /**
     * The test {@code ENABLED A} for the action written {@code action}, taking the bound names in
     * {@code free} that it mentions (the same text with the same bound names means the same, as
     * only module-level definitions and bound names are resolved in it).
     */
    record EnabledTest(String action, List<String> free) implements MethodKey {
        public EnabledTest {
            free = List.copyOf(free);
        }
    }

    /** An operator the translator does not know, with {@code arity} arguments. */
    record OperatorHole(String operator, int arity) implements MethodKey {
    }
}
