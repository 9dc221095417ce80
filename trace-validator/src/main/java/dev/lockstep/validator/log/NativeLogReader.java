package dev.lockstep.validator.log;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.speclang.diag.DiagnosticCode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Streams the events of one native NDJSON log (design.md, "Native log"), plain or gzip (detected
 * by its magic bytes, not its name). Every malformed line becomes a {@link LogProblem} with file and
 * line; the reader skips it and goes on, and the caller decides whether to stop.
 */
public final class NativeLogReader implements EventSource {

    /** Longest line read by default: 16 MiB. */
    public static final int DEFAULT_MAX_LINE = 16 << 20;

    private final Path file;
    private final ObjectMapper mapper;
    private final Problems problems;
    private final LineReader lines;
    private final int maxLine;
    private final Mapping mapping;
    private boolean sawEvent;
    /** Events of earlier lines, by their bytes (native ASCII lines). */
    private final LineTable seen = new LineTable();
    /** The one-pass reader of usual ASCII lines, tried before Jackson's; null: Jackson's only (tests). */
    private final NativeLineScanner scanner;
    /**
     * Params objects of earlier scanned lines, by their bytes ({@value #PARAMS_SLOTS} slots, a slot
     * taken by other params overwritten): most lines repeat one of a few (a node's name, a pair of
     * nodes), and their events then share the parsed object and its text, as a repeated line's
     * event shares its whole event ({@link LineTable}). Params that are a whole message (a lost
     * message's) repeat too, but among thousands: on specs/RaftLog's million-line log, 7,376
     * distinct texts in 199,750 DropMessage lines; 64 slots found 86% of the first 294,016 params
     * objects, 1,024 slots 97% (about 1 MB kept), which spares Jackson parsing 4 in 5 of the rest.
     */
    private final byte[][] paramsBytes = new byte[PARAMS_SLOTS][];
    private final ObjectNode[] paramsNodes = new ObjectNode[PARAMS_SLOTS];
    private final String[] paramsTexts = new String[PARAMS_SLOTS];
    private static final int PARAMS_SLOTS = 1024;
    /** Whether params objects the table does not hold are built by {@link JsonTree} before Jackson is asked. */
    private final boolean paramsTrees;
    private boolean done;
    /** The fields of the line {@link #mapped} last turned into an event (mapping rules only). */
    private LogEvent.Mapped mappedLine;
    /**
     * The native event {@link #mapped} last made of a line read through mapping rules, parsed from
     * the tree as it is (never written out as text and read again); null for other lines.
     */
    private ObjectNode mappedNative;

    private NativeLogReader(Path file, ObjectMapper mapper, Problems problems, LineReader lines, int maxLine,
                            Mapping mapping, NativeLineScanner scanner) {
        this.scanner = scanner;
        this.paramsTrees = JsonTree.readsLikeDefaults(mapper);
        this.maxLine = maxLine;
        this.mapping = mapping;
        this.file = file;
        this.mapper = mapper;
        this.problems = problems;
        this.lines = lines;
    }

    /** Opens {@code file}; returns null (after reporting the problem) when it cannot be read. */
    public static NativeLogReader open(Path file, ObjectMapper mapper, Problems problems, int maxLine) {
        return open(file, mapper, problems, maxLine, null);
    }

    /**
     * Opens an existing log read through {@code mapping} (null: a native log); returns null (after
     * reporting the problem) when it cannot be read.
     */
    public static NativeLogReader open(Path file, ObjectMapper mapper, Problems problems, int maxLine, Mapping mapping) {
        return open(file, mapper, problems, maxLine, mapping, new NativeLineScanner());
    }

    /** As above; a null {@code scanner} reads every line with Jackson (tests compare the two paths). */
    static NativeLogReader open(Path file, ObjectMapper mapper, Problems problems, int maxLine, Mapping mapping,
                                NativeLineScanner scanner) {
        try {
            InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            raw.mark(2);
            int b0 = raw.read();
            int b1 = raw.read();
            raw.reset();
            InputStream in = (b0 == 0x1f && b1 == 0x8b) ? new GZIPInputStream(raw, 1 << 16) : raw;
            return new NativeLogReader(file, mapper, problems, new LineReader(in, maxLine), maxLine, mapping, scanner);
        } catch (java.nio.file.NoSuchFileException e) {
            problems.report(LogProblem.inFile(DiagnosticCode.LS807_LOG_UNREADABLE, file, "log file does not exist"));
        } catch (IOException e) {
            problems.report(LogProblem.inFile(DiagnosticCode.LS807_LOG_UNREADABLE, file, "cannot read log file: " + e.getMessage()));
        }
        return null;
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public LogEvent next() {
        while (!done) {
            LineReader.Line l;
            try {
                l = lines.next();
            } catch (IOException e) {
                done = true;
                problems.report(LogProblem.inFile(DiagnosticCode.LS807_LOG_UNREADABLE, file,
                        "cannot read log file (corrupt or truncated gzip?): " + e.getMessage()));
                return null;
            }
            if (l == null) {
                done = true;
                if (!sawEvent) {
                    problems.report(LogProblem.inFile(DiagnosticCode.LS804_LOG_EMPTY, file, "log holds no event"));
                }
                return null;
            }
            if (l.tooLong()) {
                sawEvent = true;
                problems.report(LogProblem.at(DiagnosticCode.LS805_LOG_LINE_TOO_LONG, file, l.number(), 0,
                        "line is " + l.length() + " characters long, more than the limit of " + maxLineText() + " (--max-line-length)", l.text()));
                if (problems.stop()) {
                    return null;
                }
                continue;
            }
            if (l.blank()) {
                continue;
            }
            sawEvent = true;
            if (mapping != null) {
                l = mapped(l);
                if (l == null) {
                    if (problems.stop()) {
                        done = true;
                        return null;
                    }
                    continue;
                }
            }
            byte[] ascii = mapping == null ? l.ascii() : null;
            LogEvent e = ascii != null ? seen.find(ascii, l.number()) : null;
            if (e != null) {
                return e;
            }
            e = parse(l, mappedNative);
            if (e != null && ascii != null) {
                seen.put(e);
            }
            if (e != null && mappedLine != null) {
                e = e.withMapped(mappedLine);
            }
            if (e != null) {
                return e;
            }
            if (problems.stop()) {
                done = true;
                return null;
            }
        }
        return null;
    }

    private String maxLineText() {
        return maxLine + " characters";
    }

    /**
     * The event on line {@code l}: parsed from its text, or from {@code tree} (a native event a
     * mapping with rules made of the line: no params, an empty state) when not null.
     */
    private LogEvent parse(LineReader.Line l, ObjectNode tree) {
        // an ASCII line is parsed from its bytes (offsets in bytes are offsets in the text)
        boolean bytes = tree == null && l.ascii() != null;
        if (bytes && scanner != null && scanner.scan(l.ascii())) {
            LogEvent e = scanned(l);
            if (e != null) {
                return e;
            }
        }
        String text = l.text();
        try (JsonParser p = tree != null ? mapper.treeAsTokens(tree) : bytes ? mapper.getFactory().createParser(l.ascii())
                : mapper.getFactory().createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                JsonToken t = p.currentToken();
                problems.report(LogProblem.at(DiagnosticCode.LS801_LOG_BAD_JSON, file, l.number(), 0,
                        "a log line must be a JSON object, not " + kind(t), text));
                return null;
            }
            String action = null;
            ObjectNode params = null;
            String paramsText = null;
            RawState state = null;
            String node = null;
            Clock clock = null;
            boolean instanceLists = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                switch (field) {
                    case "action" -> {
                        if (t != JsonToken.VALUE_STRING || p.getText().isEmpty()) {
                            return bad(l, "field 'action' must be a non-empty string, not " + kind(t));
                        }
                        action = p.getText();
                    }
                    case "params" -> {
                        if (t == JsonToken.START_OBJECT) {
                            int start = offset(p.currentTokenLocation(), bytes);
                            params = p.readValueAsTree();
                            paramsText = text.substring(start, offset(p.currentLocation(), bytes));
                        } else if (t != JsonToken.VALUE_NULL) {
                            return bad(l, "field 'params' must be an object (parameter name -> value), not " + kind(t));
                        }
                    }
                    case "state" -> {
                        if (t != JsonToken.START_OBJECT) {
                            return bad(l, "field 'state' must be an object (variable -> value), not " + kind(t));
                        }
                        state = rawState(p, text, bytes ? l.ascii() : null);
                    }
                    case "node" -> {
                        if (t == JsonToken.VALUE_STRING) {
                            node = p.getText();
                        } else if (t != JsonToken.VALUE_NULL) {
                            return bad(l, "field 'node' must be a string, not " + kind(t));
                        }
                    }
                    case "clock" -> {
                        if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER
                                && p.getLongValue() >= 0) {
                            clock = new Clock.Lamport(p.getLongValue());
                        } else if (t == JsonToken.VALUE_STRING) {
                            try {
                                clock = timestamp(p.getText());
                            } catch (java.time.format.DateTimeParseException | ArithmeticException ex) {
                                return bad(l, "field 'clock' as a string must be an ISO-8601 timestamp such as"
                                        + " 2026-11-21T23:40:00.123Z, not \"" + p.getText() + "\"");
                            }
                        } else if (t == JsonToken.START_OBJECT) {
                            VectorRead v = vector(p);
                            if (v.problem() != null) {
                                return bad(l, v.problem());
                            }
                            clock = v.clock();
                        } else if (t != JsonToken.VALUE_NULL) {
                            return bad(l, "field 'clock' must be a non-negative integer, an object node -> integer or an ISO-8601 timestamp, not "
                                    + kind(t));
                        }
                    }
                    case "refused", "allowed" -> {
                        instanceLists = true;
                        p.skipChildren();
                    }
                    default -> p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                problems.report(LogProblem.at(DiagnosticCode.LS801_LOG_BAD_JSON, file, l.number(),
                        (int) Math.max(0, p.currentTokenLocation().getColumnNr() - 1),
                        "unexpected text after the JSON object", text));
                return null;
            }
            if (action == null) {
                return bad(l, "missing field 'action'");
            }
            if (state == null) {
                return bad(l, "missing field 'state'");
            }
            return new LogEvent(file, l.number(), action, params, state, node, clock, text, paramsText, instanceLists);
        } catch (JsonProcessingException ex) {
            int col = ex.getLocation() == null ? 0 : Math.max(0, ex.getLocation().getColumnNr() - 1);
            if (!l.terminated()) {
                problems.report(LogProblem.at(DiagnosticCode.LS803_LOG_TRUNCATED, file, l.number(), col,
                        "last line is cut off (no newline at the end and not complete JSON)", text));
            } else {
                problems.report(LogProblem.at(DiagnosticCode.LS801_LOG_BAD_JSON, file, l.number(), col,
                        "not valid JSON: " + ex.getOriginalMessage().replaceAll("\\s+", " "), text));
            }
            return null;
        } catch (IOException ex) {
            throw new IllegalStateException("reading JSON from a string cannot fail with I/O", ex);
        }
    }

    /**
     * The event of the ASCII line {@link #scanner} just took: only the params object is parsed
     * (from its span, by {@link JsonTree} or else by Jackson); null in the unexpected case that
     * Jackson refuses it, which the caller then reports through its own parse.
     */
    private LogEvent scanned(LineReader.Line l) {
        NativeLineScanner s = scanner;
        byte[] ascii = l.ascii();   // the line's text is not made: the event's raw text and state come from these bytes
        ObjectNode params = null;
        String paramsText = null;
        if (s.paramsStart >= 0) {
            int from = s.paramsStart;
            int to = s.paramsEnd;
            int h = to - from;
            for (int i = from; i < to; i++) {
                h = 31 * h + ascii[i];
            }
            int slot = (h ^ h >>> 11) & (PARAMS_SLOTS - 1);
            byte[] kept = paramsBytes[slot];
            if (kept != null && Arrays.equals(kept, 0, kept.length, ascii, from, to)) {
                params = paramsNodes[slot];
                paramsText = paramsTexts[slot];
            } else {
                params = paramsTrees ? JsonTree.object(ascii, from, to) : null;
                try {
                    if (params == null) {
                        params = (ObjectNode) mapper.readTree(ascii, from, to - from);
                    }
                } catch (IOException | ClassCastException ex) {
                    return null;
                }
                paramsText = new String(ascii, from, to - from, StandardCharsets.ISO_8859_1);
                paramsBytes[slot] = Arrays.copyOfRange(ascii, from, to);
                paramsNodes[slot] = params;
                paramsTexts[slot] = paramsText;
            }
        }
        Clock clock = switch (s.clockKind) {
            case NativeLineScanner.LAMPORT -> new Clock.Lamport(s.clock);
            case NativeLineScanner.VECTOR -> vector(ascii, s.clockStart, s.clockEnd);
            case NativeLineScanner.TIMESTAMP -> {
                try {
                    yield timestamp(new String(ascii, s.clockStart, s.clockEnd - s.clockStart, StandardCharsets.ISO_8859_1));
                } catch (java.time.format.DateTimeParseException | ArithmeticException ex) {
                    yield null;
                }
            }
            default -> null;
        };
        if (clock == null && s.clockKind != NativeLineScanner.NO_CLOCK) {
            return null;   // a clock Jackson's path reports
        }
        return new LogEvent(file, l.number(), s.action, params, s.state(null, ascii), s.node, clock, null, paramsText,
                s.instanceLists);
    }

    /** A timestamp clock from its ISO-8601 text. */
    private static Clock.Timestamp timestamp(String text) {
        java.time.Instant at = java.time.Instant.parse(text);
        return new Clock.Timestamp(at.getEpochSecond() * 1_000_000_000L + at.getNano(), text);
    }

    /** A vector clock read, or the problem with its first bad entry. */
    private record VectorRead(Clock.Vector clock, String problem) {
    }

    /** Reads a vector clock's entries; the parser is on its START_OBJECT. */
    private static VectorRead vector(JsonParser p) throws IOException {
        Map<String, Long> entries = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String n = p.currentName();
            JsonToken v = p.nextToken();
            if (v != JsonToken.VALUE_NUMBER_INT || p.getLongValue() < 0) {
                return new VectorRead(null, "vector clock entry '" + n + "' must be a non-negative integer, not " + kind(v));
            }
            entries.put(n, p.getLongValue());
        }
        return new VectorRead(new Clock.Vector(entries), null);
    }

    /**
     * The vector clock written at {@code from..to} (an object the scanner checked); null when
     * Jackson's path would report it.
     */
    private Clock.Vector vector(byte[] ascii, int from, int to) {
        try (JsonParser p = mapper.getFactory().createParser(ascii, from, to - from)) {
            p.nextToken();
            return vector(p).clock();
        } catch (IOException ex) {
            return null;
        }
    }

    /** The line turned into a native event by the mapping; null when skipped or reported. */
    private LineReader.Line mapped(LineReader.Line l) {
        try {
            com.fasterxml.jackson.databind.JsonNode n = mapping.isText() ? mapping.fields(l.text()) : mapper.readTree(l.text());
            if (n == null) {
                return null;
            }
            ObjectNode nat = mapping.toNative(l.text(), n);
            if (nat == null) {
                return null;
            }
            if (mapping.rules() == null) {
                mappedLine = null;
                mappedNative = null;
                return new LineReader.Line(l.number(), mapper.writeValueAsString(nat), false, l.length(), true);
            }
            mappedLine = new LogEvent.Mapped(mapping.rule(n), mapping.converted(n));
            mappedNative = nat;
            return l;
        } catch (JsonProcessingException ex) {
            int col = ex.getLocation() == null ? 0 : Math.max(0, ex.getLocation().getColumnNr() - 1);
            problems.report(LogProblem.at(l.terminated() ? DiagnosticCode.LS801_LOG_BAD_JSON : DiagnosticCode.LS803_LOG_TRUNCATED,
                    file, l.number(), col, "not valid JSON: " + ex.getOriginalMessage().replaceAll("\\s+", " "), l.text()));
        } catch (Mapping.MappingException ex) {
            problems.report(LogProblem.at(DiagnosticCode.LS808_LOG_MAPPING, file, l.number(), 0,
                    "mapping: " + ex.getMessage(), l.text()));
        }
        sawEvent = true;
        return null;
    }

    /** Where {@code at} lies in the line's text: a byte parser counts bytes, a text parser characters. */
    private static int offset(com.fasterxml.jackson.core.JsonLocation at, boolean bytes) {
        return (int) (bytes ? at.getByteOffset() : at.getCharOffset());
    }

    /** Reads the state object's members as text spans; the parser is on its START_OBJECT. */
    private static RawState rawState(JsonParser p, String text, byte[] ascii) throws IOException {
        boolean bytes = ascii != null;
        List<String> names = new ArrayList<>();
        int[] starts = new int[8];
        int[] ends = new int[8];
        int n = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            names.add(p.currentName());
            JsonToken t = p.nextToken();
            int start = offset(p.currentTokenLocation(), bytes);
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                p.skipChildren();
            } else {
                p.finishToken(); // strings are read lazily; the end offset needs the whole token
            }
            int end = offset(p.currentLocation(), bytes);
            if (n == starts.length) {
                starts = java.util.Arrays.copyOf(starts, 2 * n);
                ends = java.util.Arrays.copyOf(ends, 2 * n);
            }
            starts[n] = start;
            ends[n] = end;
            n++;
        }
        return new RawState(text, names, java.util.Arrays.copyOf(starts, n), java.util.Arrays.copyOf(ends, n), ascii);
    }

    static String kind(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a Boolean";
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            default -> "null";
        };
    }

    private LogEvent bad(LineReader.Line l, String message) {
        problems.report(LogProblem.at(DiagnosticCode.LS802_LOG_BAD_FIELD, file, l.number(), 0, message, l.text()));
        return null;
    }

    @Override
    public void close() {
        try {
            lines.close();
        } catch (IOException e) {
            // nothing useful to do: the file was only read
        }
    }
}
