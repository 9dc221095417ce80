package dev.lockstep.bridge.value;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a value as TLC prints it ({@code tlc2.value.impl.*#toString}): integers, strings with
 * escapes, {@code TRUE}/{@code FALSE}, model values, sets, {@code <<...>>}, records,
 * {@code (k :> v @@ ...)} functions and {@code a..b} intervals (expanded to sets when small).
 * Whitespace and line breaks between tokens are ignored, since TLC wraps long values. Text that is
 * not one of these forms becomes a {@link TlcValue.Symbolic}; parsing never throws.
 */
public final class TlcValueParser {
    /** Intervals larger than this stay symbolic instead of being expanded. */
    static final int MAX_EXPANDED_INTERVAL = 100_000;

    private final String src;
    private int pos;

    private TlcValueParser(String src) {
        this.src = src;
    }

    /** Parses {@code text}; anything unparseable comes back as {@link TlcValue.Symbolic}. */
    public static TlcValue parse(String text) {
        String t = text.strip();
        TlcValueParser p = new TlcValueParser(t);
        try {
            TlcValue v = p.value();
            p.ws();
            if (p.pos == t.length()) {
                return v;
            }
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            // fall through: keep TLC's text
        }
        return new TlcValue.Symbolic(t);
    }

    private TlcValue value() {
        TlcValue first = primary();
        ws();
        if (first instanceof TlcValue.Int lo && src.startsWith("..", pos)) {
            pos += 2;
            ws();
            TlcValue hi = primary();
            if (!(hi instanceof TlcValue.Int h)) {
                throw new IllegalArgumentException("interval bound");
            }
            return interval(lo.value(), h.value());
        }
        return first;
    }

    private TlcValue primary() {
        ws();
        char c = src.charAt(pos);
        if (c == '"') {
            return string();
        }
        if (c == '{') {
            pos++;
            return new TlcValue.SetOf(list('}'));
        }
        if (src.startsWith("<<", pos)) {
            pos += 2;
            return new TlcValue.Seq(list(">>"));
        }
        if (c == '[') {
            return record();
        }
        if (c == '(') {
            return function();
        }
        if (c == '-' || Character.isDigit(c)) {
            return integer();
        }
        if (Character.isLetter(c) || c == '_') {
            String id = identifier();
            return switch (id) {
                case "TRUE" -> new TlcValue.Bool(true);
                case "FALSE" -> new TlcValue.Bool(false);
                default -> new TlcValue.ModelValue(id);
            };
        }
        throw new IllegalArgumentException("unexpected '" + c + "'");
    }

    private List<TlcValue> list(String close) {
        List<TlcValue> items = new ArrayList<>();
        ws();
        if (src.startsWith(close, pos)) {
            pos += close.length();
            return items;
        }
        while (true) {
            items.add(value());
            ws();
            if (src.startsWith(close, pos)) {
                pos += close.length();
                return items;
            }
            expect(",");
        }
    }

    private List<TlcValue> list(char close) {
        return list(String.valueOf(close));
    }

    private TlcValue record() {
        expect("[");
        Map<String, TlcValue> fields = new LinkedHashMap<>();
        ws();
        while (true) {
            String name = identifier();
            ws();
            expect("|->");
            fields.put(name, value());
            ws();
            if (src.charAt(pos) == ']') {
                pos++;
                return new TlcValue.Record(fields);
            }
            expect(",");
            ws();
        }
    }

    private TlcValue function() {
        expect("(");
        List<TlcValue.Entry> entries = new ArrayList<>();
        while (true) {
            TlcValue k = value();
            ws();
            expect(":>");
            TlcValue v = value();
            entries.add(new TlcValue.Entry(k, v));
            ws();
            if (src.charAt(pos) == ')') {
                pos++;
                return new TlcValue.Fun(entries);
            }
            expect("@@");
        }
    }

    private TlcValue integer() {
        int start = pos;
        if (src.charAt(pos) == '-') {
            pos++;
        }
        int digits = pos;
        while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
            pos++;
        }
        if (pos == digits) {
            throw new IllegalArgumentException("number");
        }
        return new TlcValue.Int(new BigInteger(src.substring(start, pos)));
    }

    private TlcValue string() {
        expect("\"");
        StringBuilder sb = new StringBuilder();
        while (true) {
            char c = src.charAt(pos++);
            if (c == '"') {
                return new TlcValue.Str(sb.toString());
            }
            if (c == '\\') {
                char n = src.charAt(pos++);
                switch (n) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'f' -> sb.append('\f');
                    default -> sb.append(n); // \" and \\
                }
            } else {
                sb.append(c);
            }
        }
    }

    private String identifier() {
        int start = pos;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
            pos++;
        }
        if (start == pos) {
            throw new IllegalArgumentException("identifier");
        }
        return src.substring(start, pos);
    }

    private static TlcValue interval(BigInteger lo, BigInteger hi) {
        if (hi.compareTo(lo) < 0) {
            return new TlcValue.SetOf(List.of());
        }
        if (hi.subtract(lo).compareTo(BigInteger.valueOf(MAX_EXPANDED_INTERVAL)) >= 0) {
            return new TlcValue.Symbolic(lo + ".." + hi);
        }
        List<TlcValue> xs = new ArrayList<>();
        for (BigInteger i = lo; i.compareTo(hi) <= 0; i = i.add(BigInteger.ONE)) {
            xs.add(new TlcValue.Int(i));
        }
        return new TlcValue.SetOf(xs);
    }

    private void expect(String s) {
        ws();
        if (!src.startsWith(s, pos)) {
            throw new IllegalArgumentException("expected " + s);
        }
        pos += s.length();
    }

    private void ws() {
        while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
            pos++;
        }
    }
}
