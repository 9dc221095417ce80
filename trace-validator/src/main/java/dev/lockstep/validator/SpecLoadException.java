package dev.lockstep.validator;

/** The spec or its model could not be loaded by TLC; the CLI maps it to exit 150, 151 or 10 (a false ASSUME). */
public final class SpecLoadException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Whether the spec (parse, semantic), the model configuration, or an ASSUME false under it is at fault. */
    public enum Kind { SPEC, CONFIG, ASSUMPTION }

    private final Kind kind;
    private final String details;

    public SpecLoadException(Kind kind, String message, String details) {
        super(message);
        this.kind = kind;
        this.details = details;
    }

    public Kind kind() {
        return kind;
    }

    /** TLC's own output while loading, for --debug. */
    public String details() {
        return details;
    }
}
