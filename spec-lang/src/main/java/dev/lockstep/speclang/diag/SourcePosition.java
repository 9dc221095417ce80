package dev.lockstep.speclang.diag;

/**
 * A position in a source file. Both fields are 0-based inside Lockstep and printed 1-based.
 *
 * @param line   0-based line
 * @param column 0-based column, counted in characters (a tab counts as one here; SANY's
 *               alignment rules, which count a tab as 8, are the parser's concern)
 */
public record SourcePosition(int line, int column) implements Comparable<SourcePosition> {
    public SourcePosition {
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("negative position " + line + ":" + column);
        }
    }

    @Override
    public int compareTo(SourcePosition o) {
        return line != o.line ? Integer.compare(line, o.line) : Integer.compare(column, o.column);
    }

    /** "line:col", 1-based, as printed in messages. */
    public String display() {
        return (line + 1) + ":" + (column + 1);
    }
}
