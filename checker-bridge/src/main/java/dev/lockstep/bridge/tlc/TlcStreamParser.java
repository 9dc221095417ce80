package dev.lockstep.bridge.tlc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns TLC's {@code -tool} output into {@link TlcEvent}s, one line at a time. It copes with what
 * TLC really prints: {@code Print} output written on the same line just before a
 * {@code @!@!@STARTMSG}, a frame opening after other text ({@code ": @!@!@STARTMSG 5006:0 @!@!@"}),
 * messages nested in messages, multi-line bodies, unframed lines (SANY), and a stream that stops
 * mid-message because TLC died. Not thread-safe: one parser per stream.
 */
public final class TlcStreamParser {
    private static final String START = "@!@!@STARTMSG ";
    private static final String END = "@!@!@ENDMSG ";
    private static final String FRAME_CLOSE = " @!@!@";

    private final Consumer<TlcEvent> sink;
    private final Deque<Open> open = new ArrayDeque<>();

    private static final class Open {
        final int code;
        final int messageClass;
        final StringBuilder body = new StringBuilder();
        final List<TlcEvent.Message> nested = new ArrayList<>();

        Open(int code, int messageClass) {
            this.code = code;
            this.messageClass = messageClass;
        }

        void appendLine(String text) {
            if (!body.isEmpty()) {
                body.append('\n');
            }
            body.append(text);
        }

        TlcEvent.Message close(boolean complete) {
            return new TlcEvent.Message(code, messageClass, stripTrailingBlank(body.toString()), nested, complete);
        }
    }

    public TlcStreamParser(Consumer<TlcEvent> sink) {
        this.sink = sink;
    }

    /** Parses a whole stream and returns its events. */
    public static List<TlcEvent> parseAll(Reader reader) throws IOException {
        List<TlcEvent> events = new ArrayList<>();
        TlcStreamParser p = new TlcStreamParser(events::add);
        p.consume(reader);
        return events;
    }

    /** Reads {@code reader} to its end, feeding every line, then {@link #finish()}. */
    public void consume(Reader reader) throws IOException {
        BufferedReader br = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        String line;
        while ((line = br.readLine()) != null) {
            accept(line);
        }
        finish();
    }

    /** Feeds one line (without its line terminator). */
    public void accept(String line) {
        String rest = line;
        boolean lineHadFrame = false;
        while (true) {
            int s = rest.indexOf(START);
            int e = rest.indexOf(END);
            if (s < 0 && e < 0) {
                if (!lineHadFrame || !rest.isEmpty()) {
                    text(rest, lineHadFrame);
                }
                return;
            }
            lineHadFrame = true;
            boolean isStart = s >= 0 && (e < 0 || s < e);
            int at = isStart ? s : e;
            String before = rest.substring(0, at);
            if (!before.isEmpty()) {
                text(before, true);
            }
            String tail = rest.substring(at + (isStart ? START.length() : END.length()));
            int close = tail.indexOf(FRAME_CLOSE);
            if (close < 0) {
                // A malformed frame: keep the text rather than guess.
                text(rest.substring(at), true);
                return;
            }
            String header = tail.substring(0, close).trim();
            rest = tail.substring(close + FRAME_CLOSE.length());
            if (isStart) {
                openMessage(header);
            } else {
                closeMessage();
            }
        }
    }

    /** Flushes messages left open (the stream ended mid-message). */
    public void finish() {
        while (!open.isEmpty()) {
            TlcEvent.Message m = open.pop().close(false);
            if (open.isEmpty()) {
                sink.accept(m);
            } else {
                open.peek().nested.add(m);
            }
        }
    }

    private void text(String text, boolean partOfFramedLine) {
        if (open.isEmpty()) {
            if (!partOfFramedLine || !text.isBlank()) {
                sink.accept(new TlcEvent.Output(text));
            }
        } else {
            open.peek().appendLine(text);
        }
    }

    private void openMessage(String header) {
        int colon = header.indexOf(':');
        int code = parseIntOr(colon < 0 ? header : header.substring(0, colon), -1);
        int cls = colon < 0 ? 0 : parseIntOr(header.substring(colon + 1), 0);
        open.push(new Open(code, cls));
    }

    private void closeMessage() {
        if (open.isEmpty()) {
            return; // an ENDMSG without its START: nothing to close
        }
        TlcEvent.Message m = open.pop().close(true);
        if (open.isEmpty()) {
            sink.accept(m);
        } else {
            open.peek().nested.add(m);
        }
    }

    private static int parseIntOr(String s, int fallback) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String stripTrailingBlank(String s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }
}
