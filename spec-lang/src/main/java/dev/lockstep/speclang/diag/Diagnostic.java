package dev.lockstep.speclang.diag;

import java.util.List;
import java.util.Objects;

/**
 * A problem found in user input, as data. Stages collect diagnostics and keep going; only the
 * surfaces (CLI, language server) decide how to print them and what exit code follows.
 *
 * @param code     stable code, see {@link DiagnosticCode}
 * @param severity how bad it is
 * @param range    where, or {@code null} when the problem has no location (a missing file, say)
 * @param message  one sentence, no trailing period, no location prefix
 * @param related  other places that explain this one (the earlier definition of a duplicate, ...)
 */
public record Diagnostic(DiagnosticCode code, Severity severity, SourceRange range, String message,
                         List<Related> related) {

    /** Another location that helps explain a diagnostic. */
    public record Related(SourceRange range, String message) {
    }

    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        related = related == null ? List.of() : List.copyOf(related);
    }

    public static Diagnostic error(DiagnosticCode code, SourceRange range, String message) {
        return new Diagnostic(code, Severity.ERROR, range, message, List.of());
    }

    public static Diagnostic warning(DiagnosticCode code, SourceRange range, String message) {
        return new Diagnostic(code, Severity.WARNING, range, message, List.of());
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
