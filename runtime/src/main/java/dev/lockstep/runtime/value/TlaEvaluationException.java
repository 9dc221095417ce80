package dev.lockstep.runtime.value;

/**
 * An operation that TLA+ leaves undefined (applying a function outside its domain, {@code Head} of
 * an empty sequence, choosing from an empty set) or that mixes kinds (adding a set to an integer).
 * TLC reports these as evaluation errors; generated code surfaces them the same way.
 */
public final class TlaEvaluationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TlaEvaluationException(String message) {
        super(message);
    }
}
