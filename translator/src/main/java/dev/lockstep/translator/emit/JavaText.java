package dev.lockstep.translator.emit;

import dev.lockstep.speclang.ast.Expr;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * Text made safe for a Javadoc or block comment, and readable there: only what could end the
     * comment ({@code *} before {@code /}), form a unicode escape (a backslash before {@code u}),
     * start a tag ({@code @}) or be read as HTML ({@code < > &}) is escaped, so the spec's
     * {@code (*****)} boxes and {@code /\ \/ \in} read as written.
     */
    public static String commentSafe(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            switch (c) {
                case '\\' -> sb.append(next == 'u' ? "&#92;" : "\\");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '@' -> sb.append("&#64;");
                case '*' -> sb.append(next == '/' ? "&#42;" : "*");
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
            for (String part : words(line, Code.MAX_LINE - indent.length() - 3)) {
                sb.append(indent).append(" * ").append(part).append('\n');
            }
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

    /** {@code line} broken at spaces into lines of at most {@code width} characters (a longer word stays whole). */
    static List<String> words(String line, int width) {
        List<String> out = new ArrayList<>();
        String rest = line;
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width);
            if (cut <= 0) {
                cut = rest.indexOf(' ', width);
                if (cut < 0) {
                    break;
                }
            }
            out.add(rest.substring(0, cut));
            rest = rest.substring(cut + 1);
        }
        out.add(rest);
        return out;
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

    /** A literal (number, string, Boolean, {@code BOOLEAN}) as a Java expression of its value. */
    static String valueLiteral(Expr.Literal lit) throws Untranslatable {
        switch (lit.kind()) {
            case TRUE:
                return "BoolValue.TRUE";
            case FALSE:
                return "BoolValue.FALSE";
            case STRING:
                return "Values.str(" + literal(lit.text()) + ")";
            case BOOLEAN_SET:
                return "Tla.BOOLEAN";
            case NUMBER:
                return integer(new BigInteger(lit.text()));
            case BINARY:
                return integer(new BigInteger(lit.text().substring(2), 2));
            case OCTAL:
                return integer(new BigInteger(lit.text().substring(2), 8));
            case HEX:
                return integer(new BigInteger(lit.text().substring(2), 16));
            default:
                throw new Untranslatable(lit, lit.kind() == Expr.LiteralKind.STRING_SET
                        ? "STRING is infinite: only membership in it is translated" : "decimal numbers are not integers");
        }
    }

    private static String integer(BigInteger n) {
        if (n.bitLength() < 31) {
            return "Tla.integer(" + n + ")";
        }
        if (n.bitLength() < 63) {
            return "Tla.integer(" + n + "L)";
        }
        return "Tla.integer(\"" + n + "\")";
    }
}
