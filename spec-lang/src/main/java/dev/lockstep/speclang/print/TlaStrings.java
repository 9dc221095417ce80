package dev.lockstep.speclang.print;

/**
 * TLA+ string literals: the one writer for the printers above runtime (the spec printer, and
 * checker-bridge's printer of TLC's values). It writes the escapes SANY's lexer reads in a string
 * ({@code \"}, {@code \\}, {@code \n}, {@code \t}, {@code \r}, {@code \f}); any other character
 * stands as itself.
 *
 * <p>runtime's {@code TlaText} keeps its own writer: runtime depends on no other module (users'
 * generated code needs runtime alone), so it cannot call this one. Both write the same literal;
 * translator's tests hold them to it.
 */
public final class TlaStrings {
    private TlaStrings() {
    }

    /** {@code s} as a TLA+ string literal, quotes included. */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        quote(sb, s);
        return sb.toString();
    }

    /** Appends {@code s} as a TLA+ string literal to {@code sb}. */
    public static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case '\f' -> sb.append("\\f");
                default -> sb.append(c);
            }
        }
        sb.append('"');
    }
}
