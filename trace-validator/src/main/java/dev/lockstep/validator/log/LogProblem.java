package dev.lockstep.validator.log;

import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.SourceRange;
import java.nio.file.Path;
import java.util.List;

/**
 * Malformed log input, as data: a diagnostic pointing at the line, and an excerpt of the line
 * (logs can be huge, so surfaces print the excerpt instead of re-reading the file).
 */
public record LogProblem(Diagnostic diagnostic, String excerpt) {

    /** The longest excerpt kept of a bad line. */
    public static final int EXCERPT = 160;

    public static LogProblem at(DiagnosticCode code, Path file, long line, int column, String message, String text) {
        SourceRange r = SourceRange.at(file, (int) Math.max(0, line - 1), Math.max(0, column));
        return new LogProblem(Diagnostic.error(code, r, message), excerpt(text));
    }

    /** A problem with a second location (the other line of a causality conflict). */
    public static LogProblem withRelated(DiagnosticCode code, Path file, long line, String message, String text,
                                         Path otherFile, long otherLine, String otherMessage) {
        SourceRange r = SourceRange.at(file, (int) Math.max(0, line - 1), 0);
        SourceRange o = SourceRange.at(otherFile, (int) Math.max(0, otherLine - 1), 0);
        Diagnostic d = new Diagnostic(code, dev.lockstep.speclang.diag.Severity.ERROR, r, message,
                List.of(new Diagnostic.Related(o, otherMessage)));
        return new LogProblem(d, excerpt(text));
    }

    public static LogProblem inFile(DiagnosticCode code, Path file, String message) {
        return new LogProblem(Diagnostic.error(code, SourceRange.at(file, 0, 0), message), null);
    }

    public Path file() {
        return diagnostic.range() == null ? null : diagnostic.range().file();
    }

    /** 1-based line. */
    public long line() {
        return diagnostic.range() == null ? 0 : diagnostic.range().start().line() + 1L;
    }

    static String excerpt(String text) {
        if (text == null) {
            return null;
        }
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "...";
    }
}
