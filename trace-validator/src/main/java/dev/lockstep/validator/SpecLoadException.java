package dev.lockstep.validator;

/**
 * The spec or its model could not be loaded by TLC: internal to the engines.
 * {@link Validator#validate(ValidationRequest)} turns it into a diagnostic of its result (LS402 or
 * LS501, or LS613 for a false ASSUME), which the surfaces map to exit 150, 151 or 10.
 */
final class SpecLoadException extends Exception {
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
