package dev.lockstep.validator.log;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The {@code state} object of a log line, kept as the line's text plus where each variable's value
 * starts and ends in it. Values are parsed only when needed, and a value can be compared with the
 * previous line's without parsing: logs repeat most variables from line to line, so this is what
 * keeps the direct engine's cost per line low.
 *
 * @param text   the whole line; null when {@code ascii} holds it (made from the bytes when asked)
 * @param names  the variables logged, in line order
 * @param starts where each value starts in {@code text}
 * @param ends   where each value ends (exclusive)
 * @param ascii  the line's bytes when it is all ASCII (one per character), else null: values are
 *               compared on them, word by word, rather than character by character
 * @param hashes each value's {@link Murmur128#value} hash, two longs per value in line order, when the
 *               reader computed them (a scanned line), else null. The reader works ahead of the
 *               checker, so hashing there takes it off the checker's path; and two values with
 *               equal hashes count as the same text ({@link #sameText}), as equal hashes already
 *               count as the same step in the step cache (a 128-bit collision between two texts of
 *               one log is not a practical risk)
 */
public record RawState(String text, List<String> names, int[] starts, int[] ends, byte[] ascii, long[] hashes) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A state whose values' hashes are not known. */
    public RawState(String text, List<String> names, int[] starts, int[] ends, byte[] ascii) {
        this(text, names, starts, ends, ascii, null);
    }

    /** The whole line: an ASCII line's text is made from its bytes when asked (the hot path never asks). */
    @Override
    public String text() {
        return text != null ? text : new String(ascii, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** A state kept as text only. */
    public RawState(String text, List<String> names, int[] starts, int[] ends) {
        this(text, names, starts, ends, null, null);
    }

    /** The position of {@code var} in {@link #names()}, trying {@code hint} first; -1 if unlogged. */
    public int indexOf(String var, int hint) {
        if (hint >= 0 && hint < names.size() && names.get(hint).equals(var)) {
            return hint;
        }
        return names.indexOf(var);
    }

    public int size() {
        return names.size();
    }

    /** Whether value {@code i} has the same text as value {@code j} of {@code other}. */
    public boolean sameText(int i, RawState other, int j) {
        int len = ends[i] - starts[i];
        if (len != other.ends[j] - other.starts[j]) {
            return false;
        }
        if (hashes != null && other.hashes != null) {
            return hashes[2 * i] == other.hashes[2 * j] && hashes[2 * i + 1] == other.hashes[2 * j + 1];
        }
        if (ascii != null && other.ascii != null) {
            return java.util.Arrays.equals(ascii, starts[i], ends[i], other.ascii, other.starts[j], other.ends[j]);
        }
        if (text != null && other.text != null) {
            return text.regionMatches(starts[i], other.text, other.starts[j], len);
        }
        // one line kept as bytes only (its text is not made for this): character by character
        for (int k = 0; k < len; k++) {
            if (charAt(starts[i] + k) != other.charAt(other.starts[j] + k)) {
                return false;
            }
        }
        return true;
    }

    private char charAt(int at) {
        return text != null ? text.charAt(at) : (char) (ascii[at] & 0xff);
    }

    /** Value {@code i}'s JSON text. */
    public String valueText(int i) {
        return text != null ? text.substring(starts[i], ends[i])
                : new String(ascii, starts[i], ends[i] - starts[i], java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** Value {@code i}, parsed. */
    public JsonNode value(int i) {
        try {
            return MAPPER.readTree(valueText(i));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the reader checked this JSON already", e);
        }
    }

    /** The whole state as a JSON object. */
    public ObjectNode toObjectNode() {
        ObjectNode o = MAPPER.createObjectNode();
        for (int i = 0; i < names.size(); i++) {
            o.set(names.get(i), value(i));
        }
        return o;
    }
}
