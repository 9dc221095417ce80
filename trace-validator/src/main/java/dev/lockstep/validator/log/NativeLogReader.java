package dev.lockstep.validator.log;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.speclang.diag.DiagnosticCode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
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
    private boolean sawEvent;
    private boolean done;

    private NativeLogReader(Path file, ObjectMapper mapper, Problems problems, LineReader lines, int maxLine) {
        this.maxLine = maxLine;
        this.file = file;
        this.mapper = mapper;
        this.problems = problems;
        this.lines = lines;
    }

    /** Opens {@code file}; returns null (after reporting the problem) when it cannot be read. */
    public static NativeLogReader open(Path file, ObjectMapper mapper, Problems problems, int maxLine) {
        try {
            InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            raw.mark(2);
            int b0 = raw.read();
            int b1 = raw.read();
            raw.reset();
            InputStream in = (b0 == 0x1f && b1 == 0x8b) ? new GZIPInputStream(raw, 1 << 16) : raw;
            InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
            return new NativeLogReader(file, mapper, problems, new LineReader(reader, maxLine), maxLine);
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
            if (l.text().isBlank()) {
                continue;
            }
            sawEvent = true;
            LogEvent e = parse(l);
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

    private LogEvent parse(LineReader.Line l) {
        String text = l.text();
        JsonNode n;
        try {
            n = mapper.readTree(text);
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
        }
        if (!(n instanceof ObjectNode o)) {
            problems.report(LogProblem.at(DiagnosticCode.LS801_LOG_BAD_JSON, file, l.number(), 0,
                    "a log line must be a JSON object, not " + kind(n), text));
            return null;
        }
        JsonNode action = o.get("action");
        if (action == null) {
            return bad(l, "missing field 'action'");
        }
        if (!action.isTextual() || action.asText().isEmpty()) {
            return bad(l, "field 'action' must be a non-empty string, not " + kind(action));
        }
        JsonNode params = o.get("params");
        if (params != null && !params.isNull() && !params.isObject()) {
            return bad(l, "field 'params' must be an object (parameter name -> value), not " + kind(params));
        }
        JsonNode state = o.get("state");
        if (state == null) {
            return bad(l, "missing field 'state'");
        }
        if (!state.isObject()) {
            return bad(l, "field 'state' must be an object (variable -> value), not " + kind(state));
        }
        JsonNode node = o.get("node");
        if (node != null && !node.isNull() && !node.isTextual()) {
            return bad(l, "field 'node' must be a string, not " + kind(node));
        }
        Clock clock = null;
        JsonNode c = o.get("clock");
        if (c != null && !c.isNull()) {
            if (c.isIntegralNumber() && c.canConvertToLong() && c.asLong() >= 0) {
                clock = new Clock.Lamport(c.asLong());
            } else if (c.isObject()) {
                Map<String, Long> entries = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = c.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (!e.getValue().isIntegralNumber() || e.getValue().asLong() < 0) {
                        return bad(l, "vector clock entry '" + e.getKey() + "' must be a non-negative integer, not "
                                + kind(e.getValue()));
                    }
                    entries.put(e.getKey(), e.getValue().asLong());
                }
                clock = new Clock.Vector(entries);
            } else {
                return bad(l, "field 'clock' must be a non-negative integer or an object node -> integer, not " + kind(c));
            }
        }
        return new LogEvent(file, l.number(), action.asText(),
                params == null || params.isNull() ? null : (ObjectNode) params, (ObjectNode) state,
                node == null || node.isNull() ? null : node.asText(), clock, text);
    }

    private LogEvent bad(LineReader.Line l, String message) {
        problems.report(LogProblem.at(DiagnosticCode.LS802_LOG_BAD_FIELD, file, l.number(), 0, message, l.text()));
        return null;
    }

    static String kind(JsonNode n) {
        if (n.isTextual()) {
            return "a string";
        }
        if (n.isNumber()) {
            return "a number";
        }
        if (n.isBoolean()) {
            return "a Boolean";
        }
        if (n.isArray()) {
            return "an array";
        }
        if (n.isObject()) {
            return "an object";
        }
        return "null";
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
