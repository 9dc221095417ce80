package dev.lockstep.bridge.check;

/**
 * The verdict of a model-checking run, with the exit code Lockstep (like TLC) returns for it.
 */
public enum Outcome {
    SUCCESS("success"),
    SAFETY_FAILURE("safety failure"),
    DEADLOCK_FAILURE("deadlock failure"),
    LIVENESS_FAILURE("liveness failure"),
    ASSUMPTION_FAILURE("assumption failure"),
    ERROR("error");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    /** The word used in JSON ({@code "safety failure"}). */
    public String label() {
        return label;
    }

    public boolean isViolation() {
        return this != SUCCESS && this != ERROR;
    }
}
