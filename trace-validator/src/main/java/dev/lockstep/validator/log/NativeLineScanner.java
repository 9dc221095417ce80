package dev.lockstep.validator.log;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The fast path of {@link NativeLogReader} for the usual native line: one pass over an ASCII line's
 * bytes that finds the top-level members and the {@code state} object's value spans, checking the
 * JSON grammar as it goes (RFC 8259: strings with their escapes, numbers, literals, nesting).
 *
 * <p>It only ever accepts: a line it does not take in every detail (any malformed JSON, a field of
 * the wrong type, a missing {@code action} or {@code state}, an escaped member name or action,
 * deep nesting, a very long number) makes {@link #scan} return false,
 * and the reader parses the line with Jackson as before, which gives the event or exactly the
 * problem (code, message, column) it always gave. So it is stricter than Jackson, never looser:
 * what it accepts, Jackson's default parser accepts with the same meaning (later duplicate fields
 * win, a {@code null} params, node or clock leaves the earlier value). NativeLineScannerTest checks
 * both paths against each other on generated and mutated lines.
 *
 * <p>Why a second reader of the same grammar: Jackson tokenizes every byte of the state (token
 * objects, locations, name canonicalisation) only for the reader to keep two offsets per variable;
 * on RaftLog's ~780-byte lines that was most of the reader thread's CPU (docs/performance.md,
 * validate, session 13). Jackson still parses the small fields' values and every value the checker
 * reads.
 *
 * <p>One scanner per reader (one thread); its results describe the line last scanned.
 */
final class NativeLineScanner {
    /** Deeper nesting is left to Jackson (its own limit is 1,000). */
    private static final int MAX_DEPTH = 200;
    /** Longer numbers are left to Jackson (its own limit is 1,000 characters). */
    private static final int MAX_NUMBER = 200;
    /** Longer member names are left to Jackson (its own limit is 50,000 characters). */
    private static final int MAX_NAME = 1000;
    /** Longer strings are left to Jackson (its own limit is 20,000,000 characters). */
    private static final int MAX_STRING = 1 << 20;

    private static final int OTHER = 0;
    private static final int ACTION = 1;
    private static final int PARAMS = 2;
    private static final int STATE = 3;
    private static final int NODE = 4;
    private static final int CLOCK = 5;
    private static final int INSTANCE_LISTS = 6;

    private static final byte[][] FIELDS = {
        null, bytes("action"), bytes("params"), bytes("state"), bytes("node"), bytes("clock"),
    };
    private static final byte[] REFUSED = bytes("refused");
    private static final byte[] TRUE = bytes("true");
    private static final byte[] FALSE = bytes("false");
    private static final byte[] NULL = bytes("null");
    private static final byte[] ALLOWED = bytes("allowed");

    /** Whether byte {@code b} is a hex digit, by byte value. */
    private static final boolean[] HEX = new boolean[128];
    /** Bytes that end a plain run of string characters: quote, backslash, controls, non-ASCII. */
    private static final boolean[] STRING_STOP = new boolean[256];

    static {
        for (char c : "0123456789abcdefABCDEF".toCharArray()) {
            HEX[c] = true;
        }
        for (int b = 0; b < 256; b++) {
            STRING_STOP[b] = b < 0x20 || b >= 0x80 || b == '"' || b == '\\';
        }
    }

    private byte[] b;
    private int n;

    String action;
    /** The params object's span, or -1 when the line has none (or only {@code null}). */
    int paramsStart;
    int paramsEnd;
    String node;
    /** The kind of the line's clock: none, or one of these. */
    int clockKind;
    static final int NO_CLOCK = 0;
    static final int LAMPORT = 1;
    /** An object (the reader parses {@link #clockStart}..{@link #clockEnd} as a vector clock). */
    static final int VECTOR = 2;
    /** A string without escapes ({@link #clockStart}..{@link #clockEnd}: its characters). */
    static final int TIMESTAMP = 3;
    /** The Lamport clock's value. */
    long clock;
    int clockStart;
    int clockEnd;
    boolean instanceLists;
    private boolean sawState;
    private int vars;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int[] nameAt = new int[16];
    private int[] nameLen = new int[16];
    /** Whether each value of the state being scanned has the bytes of the last state's at its position. */
    private boolean[] sameAsLast = new boolean[16];
    /** Whether each open container of the value being read is an object (else an array). */
    private final boolean[] open = new boolean[MAX_DEPTH];

    /**
     * Each state value's hash is taken here, on the reader's thread, which works ahead of the
     * checker: a value with the same bytes as the last state built has that state's hash.
     */
    private final Murmur128 hash = new Murmur128();
    private byte[] prevAscii;
    private int[] prevStarts;
    private int[] prevEnds;
    private long[] prevHashes;

    /** Slots of the table of action names by their bytes: a power of two. */
    private static final int ACTION_SLOTS = 64;
    private final byte[][] actionBytes = new byte[ACTION_SLOTS][];
    private final String[] actionNames = new String[ACTION_SLOTS];

    /** The variable names of the last state built, reused while lines log the same names. */
    private List<String> names = List.of();
    private byte[][] nameBytes = new byte[0][];

    /**
     * The action name {@code b[from..to)}: the last line's very string when it names the same
     * action (a log names a handful of actions: one string each keeps its hash for the maps the
     * checker looks it up in, and no string is made per line).
     */
    private String actionName(int from, int to) {
        int slot = (to - from + 31 * b[from] + b[to - 1]) & (ACTION_SLOTS - 1);
        byte[] kept = actionBytes[slot];
        if (kept != null && Arrays.equals(kept, 0, kept.length, b, from, to)) {
            return actionNames[slot];
        }
        String a = new String(b, from, to - from, StandardCharsets.ISO_8859_1);
        actionBytes[slot] = Arrays.copyOfRange(b, from, to);
        actionNames[slot] = a;
        return a;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Scans an ASCII native line; true when it is an event this scanner takes whole (then its fields
     * and {@link #state} describe it), false when the reader must parse it with Jackson.
     */
    boolean scan(byte[] line) {
        b = line;
        n = line.length;
        action = null;
        paramsStart = -1;
        node = null;
        clockKind = NO_CLOCK;
        instanceLists = false;
        sawState = false;
        vars = 0;
        try {
            return members();
        } finally {
            b = null;
        }
    }

    private boolean members() {
        int i = ws(0);
        if (i >= n || b[i] != '{') {
            return false;
        }
        i = ws(i + 1);
        if (i < n && b[i] == '}') {
            i++;
        } else {
            while (true) {
                if (i >= n || b[i] != '"') {
                    return false;
                }
                int keyEnd = plain(i + 1);
                if (keyEnd < 0 || keyEnd - i > MAX_NAME) {
                    return false;
                }
                int field = field(i + 1, keyEnd);
                i = ws(keyEnd + 1);
                if (i >= n || b[i] != ':') {
                    return false;
                }
                i = ws(i + 1);
                if (i >= n) {
                    return false;
                }
                i = member(field, i);
                if (i < 0) {
                    return false;
                }
                i = ws(i);
                if (i >= n) {
                    return false;
                }
                if (b[i] == '}') {
                    i++;
                    break;
                }
                if (b[i] != ',') {
                    return false;
                }
                i = ws(i + 1);
            }
        }
        return ws(i) == n && action != null && sawState;
    }

    /** Reads top-level member {@code field}'s value at {@code i}; where it ends, or -1. */
    private int member(int field, int i) {
        byte c = b[i];
        switch (field) {
            case ACTION -> {
                int end = c == '"' ? plain(i + 1) : -1;
                if (end <= i + 1) {
                    return -1;   // not a string, escaped, or empty: Jackson's path says which
                }
                action = actionName(i + 1, end);
                return end + 1;
            }
            case PARAMS -> {
                if (c == '{') {
                    int end = value(i, 0);
                    if (end >= 0) {
                        paramsStart = i;
                        paramsEnd = end;
                    }
                    return end;
                }
                return c == 'n' ? literal(i, NULL) : -1;
            }
            case STATE -> {
                return c == '{' ? state(i) : -1;
            }
            case NODE -> {
                if (c == '"') {
                    int end = plain(i + 1);
                    if (end < 0) {
                        return -1;
                    }
                    node = new String(b, i + 1, end - i - 1, StandardCharsets.ISO_8859_1);
                    return end + 1;
                }
                return c == 'n' ? literal(i, NULL) : -1;
            }
            case CLOCK -> {
                if (c == 'n') {
                    return literal(i, NULL);
                }
                if (c == '{') {
                    int end = value(i, 0);
                    clockKind = VECTOR;
                    clockStart = i;
                    clockEnd = end;
                    return end;
                }
                if (c == '"') {
                    int end = plain(i + 1);
                    clockKind = TIMESTAMP;
                    clockStart = i + 1;
                    clockEnd = end;
                    return end < 0 ? -1 : end + 1;
                }
                return lamport(i);
            }
            case INSTANCE_LISTS -> {
                instanceLists = true;
                return value(i, 0);
            }
            default -> {
                return value(i, 0);
            }
        }
    }

    /** A non-negative integer clock that fits a long (at most 18 digits); anything else -> -1. */
    private int lamport(int i) {
        int j = i;
        long v = 0;
        while (j < n && b[j] >= '0' && b[j] <= '9' && j - i < 18) {
            v = v * 10 + (b[j] - '0');
            j++;
        }
        if (j == i || (b[i] == '0' && j > i + 1)) {
            return -1;
        }
        clockKind = LAMPORT;
        clock = v;
        return j;
    }

    /**
     * Where the value at {@code start} ends when it is the very bytes of the value at the same
     * position in the last state built (which this scanner checked then), followed by what may
     * follow a member's value; else -1 (the value is scanned). A JSON value's bytes fix where it
     * ends (a number or literal is then followed by a delimiter, which is checked here), so the
     * copy is a whole value: comparing bytes replaces checking the grammar again, and most of a
     * line's values are the last line's (a step changes few variables).
     */
    private int unchanged(int start) {
        if (prevAscii == null || vars >= prevStarts.length) {
            return -1;
        }
        int from = prevStarts[vars];
        int to = prevEnds[vars];
        int end = start + (to - from);
        if (end > n || !Arrays.equals(b, start, end, prevAscii, from, to)) {
            return -1;
        }
        if (end < n) {
            byte c = b[end];
            if (c != ',' && c != '}' && c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                return -1;
            }
        }
        return end;
    }

    /** The state object at {@code i}: each member's name and value span. */
    private int state(int i) {
        sawState = true;
        vars = 0;
        i = ws(i + 1);
        if (i < n && b[i] == '}') {
            return i + 1;
        }
        while (true) {
            if (i >= n || b[i] != '"') {
                return -1;
            }
            int nameEnd = plain(i + 1);
            if (nameEnd < 0 || nameEnd - i > MAX_NAME) {
                return -1;
            }
            int nameStart = i + 1;
            i = ws(nameEnd + 1);
            if (i >= n || b[i] != ':') {
                return -1;
            }
            i = ws(i + 1);
            int start = i;
            int end = unchanged(start);
            boolean same = end >= 0;
            if (!same) {
                end = value(i, 1);
            }
            if (end < 0) {
                return -1;
            }
            if (vars == starts.length) {
                starts = Arrays.copyOf(starts, 2 * vars);
                ends = Arrays.copyOf(ends, 2 * vars);
                nameAt = Arrays.copyOf(nameAt, 2 * vars);
                nameLen = Arrays.copyOf(nameLen, 2 * vars);
                sameAsLast = Arrays.copyOf(sameAsLast, 2 * vars);
            }
            sameAsLast[vars] = same;
            starts[vars] = start;
            ends[vars] = end;
            nameAt[vars] = nameStart;
            nameLen[vars] = nameEnd - nameStart;
            vars++;
            i = ws(end);
            if (i >= n) {
                return -1;
            }
            if (b[i] == '}') {
                return i + 1;
            }
            if (b[i] != ',') {
                return -1;
            }
            i = ws(i + 1);
        }
    }

    /**
     * The state of the line last scanned, over {@code text} and its bytes. Its names are the
     * previous state's very list when the line logs the same names in the same order.
     */
    RawState state(String text, byte[] ascii) {
        if (!sameNames(ascii)) {
            String[] s = new String[vars];
            nameBytes = new byte[vars][];
            for (int v = 0; v < vars; v++) {
                nameBytes[v] = Arrays.copyOfRange(ascii, nameAt[v], nameAt[v] + nameLen[v]);
                // interned: the checker's names of the spec's variables are too, so that finding a
                // variable in a line compares references, not characters (RawState.indexOf)
                s[v] = new String(nameBytes[v], StandardCharsets.ISO_8859_1).intern();
            }
            names = List.of(s);
        }
        int[] st = Arrays.copyOf(starts, vars);
        int[] en = Arrays.copyOf(ends, vars);
        long[] h = new long[2 * vars];
        for (int v = 0; v < vars; v++) {
            if (sameAsLast[v]) {
                h[2 * v] = prevHashes[2 * v];   // the bytes the last state had there: its hash
                h[2 * v + 1] = prevHashes[2 * v + 1];
            } else {
                hash.value(ascii, st[v], en[v], h, 2 * v);
            }
        }
        prevAscii = ascii;
        prevStarts = st;
        prevEnds = en;
        prevHashes = h;
        return new RawState(text, names, st, en, ascii, h);
    }

    private boolean sameNames(byte[] ascii) {
        if (nameBytes.length != vars) {
            return false;
        }
        for (int v = 0; v < vars; v++) {
            byte[] name = nameBytes[v];
            if (!Arrays.equals(name, 0, name.length, ascii, nameAt[v], nameAt[v] + nameLen[v])) {
                return false;
            }
        }
        return true;
    }

    /** Which top-level field the plain name at {@code from..to} is. */
    private int field(int from, int to) {
        int len = to - from;
        for (int f = ACTION; f <= CLOCK; f++) {
            byte[] name = FIELDS[f];
            if (name.length == len && Arrays.equals(b, from, to, name, 0, len)) {
                return f;
            }
        }
        if (len == 7 && (Arrays.equals(b, from, to, REFUSED, 0, 7) || Arrays.equals(b, from, to, ALLOWED, 0, 7))) {
            return INSTANCE_LISTS;
        }
        return OTHER;
    }

    /** Past JSON whitespace from {@code i}. */
    private int ws(int i) {
        while (i < n) {
            byte c = b[i];
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                break;
            }
            i++;
        }
        return i;
    }

    /**
     * The closing quote of a string without escapes whose first character is at {@code i}; -1 for
     * an escape, a control character or no closing quote (member names and small fields).
     */
    private int plain(int i) {
        int stop = Math.min(n, i + MAX_STRING);
        while (i < stop && !STRING_STOP[b[i] & 0xff]) {
            i++;
        }
        return i < stop && b[i] == '"' ? i : -1;
    }

    /** Where literal {@code word} at {@code i} ends, or -1 (what follows is the caller's to check). */
    private int literal(int i, byte[] word) {
        int len = word.length;
        if (i + len > n) {
            return -1;
        }
        for (int k = 1; k < len; k++) {   // the first letter chose the word
            if (b[i + k] != word[k]) {
                return -1;
            }
        }
        return i + len;
    }

    /**
     * Where the JSON value at {@code i} ends (exclusive), or -1 when it is not one this scanner
     * takes. Iterative, the open arrays and objects on {@link #open}: {@code depth} of them are open
     * around the value already. A scalar's end is not checked here: whoever reads on from it
     * expects a comma, a closing bracket or the line's end.
     */
    private int value(int i, int depth) {
        int base = depth;
        while (true) {
            // a value at i
            if (i >= n) {
                return -1;
            }
            byte c = b[i];
            if (c == '{' || c == '[') {
                if (depth >= MAX_DEPTH) {
                    return -1;
                }
                boolean object = c == '{';
                open[depth++] = object;
                i = ws(i + 1);
                if (i < n && b[i] == (object ? '}' : ']')) {
                    depth--;
                    i++;
                } else {
                    if (object) {
                        i = key(i);
                        if (i < 0) {
                            return -1;
                        }
                    }
                    continue;
                }
            } else {
                i = switch (c) {
                    case '"' -> string(i + 1);
                    case 't' -> literal(i, TRUE);
                    case 'f' -> literal(i, FALSE);
                    case 'n' -> literal(i, NULL);
                    default -> number(i);
                };
                if (i < 0) {
                    return -1;
                }
            }
            // after a value: close what it ends, or go on to the next member or element
            while (true) {
                if (depth == base) {
                    return i;
                }
                i = ws(i);
                if (i >= n) {
                    return -1;
                }
                c = b[i];
                boolean object = open[depth - 1];
                if (c == ',') {
                    i = ws(i + 1);
                    if (object) {
                        i = key(i);
                        if (i < 0) {
                            return -1;
                        }
                    }
                    break;
                }
                if (c != (object ? '}' : ']')) {
                    return -1;
                }
                depth--;
                i++;
            }
        }
    }

    /** A member name at {@code i} and its colon: where the member's value starts, or -1. */
    private int key(int i) {
        if (i >= n || b[i] != '"') {
            return -1;
        }
        int end = string(i + 1);
        if (end < 0 || end - i > MAX_NAME) {
            return -1;
        }
        end = ws(end);
        return end < n && b[end] == ':' ? ws(end + 1) : -1;
    }

    /** Past the string whose first character is at {@code i} (escapes checked), or -1. */
    private int string(int i) {
        int stop = Math.min(n, i + MAX_STRING);
        while (i < stop) {
            byte c = b[i];
            if (!STRING_STOP[c & 0xff]) {
                i++;
            } else if (c == '"') {
                return i + 1;
            } else if (c == '\\' && i + 1 < n) {
                byte e = b[i + 1];
                if (e == 'u') {
                    if (i + 6 > n || !hex(b[i + 2]) || !hex(b[i + 3]) || !hex(b[i + 4]) || !hex(b[i + 5])) {
                        return -1;
                    }
                    i += 6;
                } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
                    i += 2;
                } else {
                    return -1;
                }
            } else {
                return -1;   // a control character, or a line that is not ASCII after all
            }
        }
        return -1;
    }

    private static boolean hex(byte c) {
        return c >= 0 && HEX[c];
    }

    /** Past the JSON number at {@code i}: {@code -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?}, or -1. */
    private int number(int i) {
        int start = i;
        byte c = b[i];
        if (c == '-') {
            if (++i >= n) {
                return -1;
            }
            c = b[i];
        }
        if (c == '0') {
            i++;
        } else if (c >= '1' && c <= '9') {
            i = digits(i + 1);
        } else {
            return -1;
        }
        if (i < n) {
            c = b[i];
            if (c == '.' || c == 'e' || c == 'E') {
                i = fraction(i);
            }
        }
        return i >= 0 && i - start <= MAX_NUMBER ? i : -1;
    }

    /** Past a number's fraction and exponent, {@code (.[0-9]+)?([eE][+-]?[0-9]+)?} at {@code i}, or -1. */
    private int fraction(int i) {
        if (b[i] == '.') {
            int j = digits(i + 1);
            if (j == i + 1) {
                return -1;
            }
            i = j;
        }
        if (i < n && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            if (i < n && (b[i] == '+' || b[i] == '-')) {
                i++;
            }
            int j = digits(i);
            if (j == i) {
                return -1;
            }
            i = j;
        }
        return i;
    }

    private int digits(int i) {
        while (i < n && b[i] >= '0' && b[i] <= '9') {
            i++;
        }
        return i;
    }
}
