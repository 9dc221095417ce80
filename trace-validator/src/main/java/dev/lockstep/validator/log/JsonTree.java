package dev.lockstep.validator.log;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;

/**
 * Jackson's tree of a JSON value in an ASCII line that {@link NativeLineScanner} has accepted (so
 * its grammar is already checked), built without Jackson's parser: the params object of a line
 * that the reader's table of params ({@link NativeLogReader}) does not hold. It builds what
 * {@code ObjectMapper.readTree} builds (objects keep their members' order; an integer is an
 * {@link IntNode} when it fits an {@code int}, else a {@link LongNode}) and leaves to Jackson,
 * by answering null, whatever it does not take: an escape in a string, a fraction or exponent, an
 * integer of more than 18 digits, {@code -0}, a duplicate member name.
 *
 * <p>Why not Jackson: on specs/RaftLog's million-line log about 30,000 params objects (lost
 * messages' among thousands) miss the table, enough for the JVM to compile Jackson's parser with
 * both compilers (about 90 methods with the optimizing one) in the first seconds of a run, when
 * the checkers need the processors most (docs/performance.md, validate, session 19).
 *
 * <p>Only a mapper that reads trees as Jackson's defaults do may take it ({@link #readsLikeDefaults}).
 */
final class JsonTree {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DIGITS = 18;   // any such integer fits a long

    private final byte[] b;
    private int i;

    private JsonTree(byte[] b, int from) {
        this.b = b;
        this.i = from;
    }

    /** Whether {@code mapper}'s trees are the ones this class builds (default node factory and number features). */
    static boolean readsLikeDefaults(ObjectMapper mapper) {
        var c = mapper.getDeserializationConfig();
        return c.getNodeFactory() == NODES
                && !c.isEnabled(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
                && !c.isEnabled(DeserializationFeature.USE_LONG_FOR_INTS);
    }

    /**
     * The object {@code b[from..to)} (a JSON object the scanner accepted, ASCII), or null when it
     * holds something left to Jackson.
     */
    static ObjectNode object(byte[] b, int from, int to) {
        JsonTree t = new JsonTree(b, from);
        t.ws();
        if (t.i >= to || b[t.i] != '{') {
            return null;
        }
        JsonNode v = t.value();
        t.ws();
        return t.i == to && v instanceof ObjectNode o ? o : null;
    }

    /** The value at {@link #i}, which then points past it; null: left to Jackson. */
    private JsonNode value() {
        if (i >= b.length) {
            return null;
        }
        byte c = b[i];
        switch (c) {
            case '{':
                return objectAt();
            case '[':
                return arrayAt();
            case '"':
                String s = string();
                return s == null ? null : TextNode.valueOf(s);
            case 't':
                return literal("true") ? BooleanNode.TRUE : null;
            case 'f':
                return literal("false") ? BooleanNode.FALSE : null;
            case 'n':
                return literal("null") ? NullNode.getInstance() : null;
            default:
                return c == '-' || c >= '0' && c <= '9' ? number() : null;
        }
    }

    private ObjectNode objectAt() {
        ObjectNode o = NODES.objectNode();
        i++;
        ws();
        if (i < b.length && b[i] == '}') {
            i++;
            return o;
        }
        while (true) {
            if (i >= b.length || b[i] != '"') {
                return null;
            }
            String name = string();
            if (name == null) {
                return null;
            }
            ws();
            if (i >= b.length || b[i] != ':') {
                return null;
            }
            i++;
            ws();
            JsonNode v = value();
            if (v == null || o.putIfAbsent(name, v) != null) {
                return null;   // a duplicate name: Jackson decides which value stands
            }
            ws();
            if (i >= b.length) {
                return null;
            }
            if (b[i] == '}') {
                i++;
                return o;
            }
            if (b[i] != ',') {
                return null;
            }
            i++;
            ws();
        }
    }

    private ArrayNode arrayAt() {
        ArrayNode a = NODES.arrayNode();
        i++;
        ws();
        if (i < b.length && b[i] == ']') {
            i++;
            return a;
        }
        while (true) {
            JsonNode v = value();
            if (v == null) {
                return null;
            }
            a.add(v);
            ws();
            if (i >= b.length) {
                return null;
            }
            if (b[i] == ']') {
                i++;
                return a;
            }
            if (b[i] != ',') {
                return null;
            }
            i++;
            ws();
        }
    }

    /** The string at {@link #i} (on its quote) when it has no escape, else null. */
    private String string() {
        int start = ++i;
        while (i < b.length) {
            byte c = b[i];
            if (c == '"') {
                return new String(b, start, i++ - start, StandardCharsets.ISO_8859_1);
            }
            if (c == '\\' || c < 0x20) {   // a control character, or a byte above 0x7f (negative)
                return null;
            }
            i++;
        }
        return null;
    }

    private JsonNode number() {
        boolean negative = b[i] == '-';
        int start = negative ? ++i : i;
        long v = 0;
        while (i < b.length && b[i] >= '0' && b[i] <= '9') {
            v = 10 * v + (b[i++] - '0');
        }
        int digits = i - start;
        if (digits == 0 || digits > MAX_DIGITS || digits > 1 && b[start] == '0' || negative && v == 0) {
            return null;
        }
        if (i < b.length && (b[i] == '.' || b[i] == 'e' || b[i] == 'E')) {
            return null;
        }
        v = negative ? -v : v;
        return v == (int) v ? IntNode.valueOf((int) v) : LongNode.valueOf(v);
    }

    private boolean literal(String word) {
        int n = word.length();
        if (i + n > b.length) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (b[i + k] != word.charAt(k)) {
                return false;
            }
        }
        i += n;
        return true;
    }

    private void ws() {
        while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r')) {
            i++;
        }
    }
}
