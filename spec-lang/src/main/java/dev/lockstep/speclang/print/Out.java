package dev.lockstep.speclang.print;

/** A text buffer that knows its current column, for aligned junction lists. */
final class Out {
    private final StringBuilder sb = new StringBuilder();
    private int column;

    Out text(String s) {
        sb.append(s);
        int nl = s.lastIndexOf('\n');
        column = nl < 0 ? column + s.length() : s.length() - nl - 1;
        return this;
    }

    Out newline(int indent) {
        sb.append('\n').append(" ".repeat(indent));
        column = indent;
        return this;
    }

    int column() {
        return column;
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
