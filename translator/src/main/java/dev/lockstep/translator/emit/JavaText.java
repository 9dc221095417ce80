package dev.lockstep.translator.emit;

/**
 * Puts spec text into Java source safely: string literals with every special character escaped,
 * and Javadoc in which spec text can neither end the comment, form a unicode escape (which javac
 * decodes even inside comments: a backslash-u followed by "nion" would not compile), nor start a block tag.
 */
public final class JavaText {
    private JavaText() {
    }

    /** A Java string literal, quotes included, that evaluates to {@code s}. */
    public static String literal(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** Text made safe for a Javadoc or block comment: HTML-escaped, no backslash, no comment end. */
    public static String commentSafe(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("&#92;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '@' -> sb.append("&#64;");
                case '/' -> sb.append("&#47;");
                case '*' -> sb.append("&#42;");
                case '{' -> sb.append("&#123;");
                case '}' -> sb.append("&#125;");
                case '\r' -> { }
                case '\t' -> sb.append("    ");
                default -> {
                    if (c < 0x20 && c != '\n' || c > 0x7e) {
                        sb.append("&#").append((int) c).append(';');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** A Javadoc block at {@code indent}: the summary lines, then the TLA+ text in a {@code <pre>}. */
    public static String javadoc(String indent, String summary, String tla) {
        StringBuilder sb = new StringBuilder();
        sb.append(indent).append("/**\n");
        for (String line : commentSafe(summary).split("\n", -1)) {
            sb.append(indent).append(" * ").append(line).append('\n');
        }
        if (tla != null && !tla.isBlank()) {
            sb.append(indent).append(" *\n").append(indent).append(" * <pre>\n");
            for (String line : commentSafe(dedent(tla)).split("\n", -1)) {
                sb.append(indent).append(" * ").append(line).append('\n');
            }
            sb.append(indent).append(" * </pre>\n");
        }
        sb.append(indent).append(" */\n");
        return sb.toString().replace(" * \n", " *\n");
    }

    /** Removes the common leading spaces of all lines. */
    static String dedent(String text) {
        String[] lines = text.split("\n", -1);
        int min = Integer.MAX_VALUE;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.isBlank()) {
                continue;
            }
            int n = 0;
            while (n < l.length() && l.charAt(n) == ' ') {
                n++;
            }
            min = Math.min(min, n);
        }
        if (min == Integer.MAX_VALUE || min == 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            sb.append(i == 0 ? "" : "\n").append(lines[i].length() >= min ? lines[i].substring(min) : lines[i].strip());
        }
        return sb.toString();
    }
}
