package dev.lockstep.translator.emit;

import java.util.ArrayList;
import java.util.List;

/**
 * Java source being written, with indentation by blocks of four spaces. Lines of code longer than
 * {@value #MAX_LINE} characters are wrapped: after a comma or an assignment's {@code =}, or before {@code &&}, {@code ||} or
 * {@code ?}, never inside a string literal or a comment, the rest indented eight more spaces.
 */
final class Code {
    static final int MAX_LINE = 120;
    private final StringBuilder sb = new StringBuilder();
    private int depth;

    Code(int depth) {
        this.depth = depth;
    }

    Code line(String s) {
        String[] lines = ("    ".repeat(depth) + s).split("\n", -1);
        for (String l : lines) {
            for (String w : wrap(l)) {
                sb.append(w).append('\n');
            }
        }
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

    /** A point in the code written so far, to {@link #reset} to. */
    record Mark(int length, int depth) {
    }

    Mark mark() {
        return new Mark(sb.length(), depth);
    }

    /** Drops what was written after {@code m}. */
    void reset(Mark m) {
        sb.setLength(m.length());
        depth = m.depth();
    }

    @Override
    public String toString() {
        return sb.toString();
    }

    /** {@code line} as lines of at most {@link #MAX_LINE} characters where it has places to break. */
    static List<String> wrap(String line) {
        List<String> out = new ArrayList<>();
        String trimmed = line.stripLeading();
        if (line.length() <= MAX_LINE || trimmed.startsWith("//") || trimmed.startsWith("*")
                || trimmed.startsWith("/*")) {
            out.add(line);
            return out;
        }
        String indent = line.substring(0, line.length() - trimmed.length()) + "        ";
        String rest = line;
        while (rest.length() > MAX_LINE) {
            int cut = breakAt(rest, indent.length());
            if (cut < 0) {
                break;
            }
            out.add(rest.substring(0, cut).stripTrailing());
            rest = indent + rest.substring(cut).stripLeading();
        }
        out.add(rest);
        return out;
    }

    /**
     * Where to break {@code s}: the last place within the limit (else the first place after it),
     * never inside a string or character literal nor in a trailing comment; -1 when there is none.
     * A place is after {@code ", "} or {@code " = "}, or before {@code " && "}, {@code " || "}, {@code " ? "}.
     */
    private static int breakAt(String s, int minimum) {
        int best = -1;
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '"' || c == '\'') {
                quote = c;
                continue;
            }
            if (s.startsWith("//", i)) {
                break;
            }
            int at = -1;
            if (s.startsWith(", ", i)) {
                at = i + 2;
            } else if (s.startsWith(" = ", i)) {
                at = i + 3;
            } else if (s.startsWith(" && ", i) || s.startsWith(" || ", i) || s.startsWith(" ? ", i)) {
                at = i + 1;
            }
            if (at <= minimum) {
                continue;
            }
            if (at <= MAX_LINE) {
                best = at;
            } else {
                return best >= 0 ? best : at;
            }
        }
        return best;
    }
}
