package dev.lockstep.speclang.diag;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A half-open range {@code [start, end)} in one source file.
 *
 * @param file  the file, or {@code null} when the text did not come from a file
 * @param start first character
 * @param end   position just past the last character
 */
public record SourceRange(Path file, SourcePosition start, SourcePosition end) {
    public SourceRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /** A range covering the single position {@code line:column} (0-based). */
    public static SourceRange at(Path file, int line, int column) {
        SourcePosition p = new SourcePosition(line, column);
        return new SourceRange(file, p, p);
    }

    /** A range from 0-based {@code (startLine, startCol)} to 0-based {@code (endLine, endCol)}. */
    public static SourceRange of(Path file, int startLine, int startCol, int endLine, int endCol) {
        return new SourceRange(file, new SourcePosition(startLine, startCol), new SourcePosition(endLine, endCol));
    }

    /** "path:line:col" (1-based), or "line:col" without a file. */
    public String display() {
        return file == null ? start.display() : file + ":" + start.display();
    }
}
