package dev.lockstep.translator.emit;

/** Java source being written, with indentation by blocks of four spaces. */
final class Code {
    private final StringBuilder sb = new StringBuilder();
    private int depth;

    Code(int depth) {
        this.depth = depth;
    }

    Code line(String s) {
        sb.append("    ".repeat(depth)).append(s).append('\n');
        return this;
    }

    Code open(String s) {
        line(s);
        depth++;
        return this;
    }

    Code close(String s) {
        depth--;
        return line(s);
    }

    /** Closes a block and opens the next one on the same line, e.g. {@code "} else {"}. */
    Code reopen(String s) {
        depth--;
        line(s);
        depth++;
        return this;
    }

    /** One import line per class, in the order given. */
    Code imports(String... classes) {
        for (String c : classes) {
            line("import " + c + ";");
        }
        return this;
    }

    Code raw(String s) {
        sb.append(s);
        return this;
    }

    Code blank() {
        sb.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
