package dev.lockstep.validator;

import dev.lockstep.bridge.trace.TlcLocations;
import dev.lockstep.speclang.diag.SourceRange;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one message TLC gives when it cannot load a model and SANY's report names no error (SANY's
 * errors are read by checker-bridge's {@code SanyOutput}, through {@code ModelCopy.sanyErrors}).
 */
final class TlcOutput {
    /** TLC's own form, as in a configuration error: "line 3, column 9". */
    private static final Pattern LINE_COLUMN = Pattern.compile("line (\\d+), col(?:umn)? (\\d+)");

    private TlcOutput() {
    }

    /**
     * Where TLC's message points: a location in SANY's form, in the module it names beside
     * {@code file}; TLC's "line 3, column 9", in {@code file}; else the file's start.
     */
    static SourceRange range(Path file, String message) {
        String text = message == null ? "" : message;
        var at = TlcLocations.find(text);
        if (at.isPresent()) {
            return SourceRange.at(file.resolveSibling(at.get().module() + ".tla"), at.get().line() - 1,
                    Math.max(0, at.get().column() - 1));
        }
        Matcher m = LINE_COLUMN.matcher(text);
        return m.find() ? SourceRange.at(file, Integer.parseInt(m.group(1)) - 1, Math.max(0, Integer.parseInt(m.group(2)) - 1))
                : SourceRange.at(file, 0, 0);
    }

    /** TLC's message, or a plain one when it gave none. */
    static String message(String exceptionMessage) {
        String msg = exceptionMessage == null || exceptionMessage.equals("null") ? "" : exceptionMessage.strip();
        return msg.isEmpty() ? "TLC could not load the spec" : msg;
    }
}
