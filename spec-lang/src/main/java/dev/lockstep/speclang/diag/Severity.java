package dev.lockstep.speclang.diag;

/** How bad a {@link Diagnostic} is. Only {@link #ERROR} makes a command fail. */
public enum Severity {
    ERROR, WARNING, INFO, HINT;

    /** The lower-case word printed before the message ("error", "warning", ...). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
