package dev.lockstep.validator.report;

/**
 * Text for markup reports: the one escaper of XML (JUnit XML) and HTML (check's and validate's HTML
 * reports, their SVG diagrams). Escapes markup characters; control characters that XML 1.0 forbids
 * even as character references (all below U+0020 but tab, newline and carriage return) become
 * U+FFFD, so a log line with a stray control byte cannot make the report unreadable.
 */
public final class XmlText {
    private XmlText() {
    }

    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c < 0x20 && c != '\n' && c != '\t' && c != '\r' ? '\uFFFD' : c);
            }
        }
        return sb.toString();
    }

    /** {@link #escape}, and the apostrophe too, for HTML (where attribute values may be single-quoted). */
    public static String html(String s) {
        return escape(s).replace("'", "&#39;");
    }
}
