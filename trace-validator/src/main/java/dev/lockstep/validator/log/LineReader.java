package dev.lockstep.validator.log;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines from a character stream without ever holding more than {@code maxLength} characters
 * of one line: a longer line is reported as too long and skipped, so a log with one absurd line
 * cannot exhaust memory.
 */
final class LineReader implements Closeable {

    /** One line, or a marker for an over-long one. */
    record Line(long number, String text, boolean tooLong, long length, boolean terminated) {
    }

    private final Reader in;
    private final int maxLength;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int end;
    private long number;
    private boolean eof;

    LineReader(Reader in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /** The next line (without its terminator), or null at the end of the stream. */
    Line next() throws IOException {
        if (eof && pos >= end) {
            return null;
        }
        StringBuilder sb = null;
        long length = 0;
        boolean tooLong = false;
        while (true) {
            if (pos >= end) {
                if (!fill()) {
                    if (length == 0 && sb == null) {
                        return null;
                    }
                    number++;
                    return finish(sb, length, tooLong, false);
                }
            }
            int start = pos;
            while (pos < end && buf[pos] != '\n') {
                pos++;
            }
            int n = pos - start;
            if (sb == null && pos < end && n <= maxLength) {
                // the whole line is in the buffer: one copy, no builder
                pos++; // the newline
                number++;
                int len = n > 0 && buf[start + n - 1] == '\r' ? n - 1 : n;
                return new Line(number, new String(buf, start, len), false, n, true);
            }
            if (!tooLong) {
                if (length + n > maxLength) {
                    tooLong = true;
                    if (sb != null && sb.length() > LogProblem.EXCERPT) {
                        sb.setLength(LogProblem.EXCERPT);
                    }
                    if (sb == null) {
                        sb = new StringBuilder();
                    }
                    sb.append(buf, start, Math.min(n, LogProblem.EXCERPT));
                } else {
                    if (sb == null) {
                        sb = new StringBuilder(n);
                    }
                    sb.append(buf, start, n);
                }
            }
            length += n;
            if (pos < end) {
                pos++; // the newline
                number++;
                return finish(sb, length, tooLong, true);
            }
        }
    }

    private Line finish(StringBuilder sb, long length, boolean tooLong, boolean terminated) {
        String text = sb == null ? "" : sb.toString();
        if (!tooLong && text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
        }
        return new Line(number, text, tooLong, length, terminated);
    }

    private boolean fill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            eof = true;
            pos = end = 0;
            return false;
        }
        pos = 0;
        end = n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
