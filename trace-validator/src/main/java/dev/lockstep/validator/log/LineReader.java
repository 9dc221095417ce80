package dev.lockstep.validator.log;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the lines of a UTF-8 byte stream without ever holding more than {@code maxLength}
 * characters of one line: a longer line is reported as too long and skipped, so a log with one
 * absurd line cannot exhaust memory. It works on bytes: a line that is all ASCII (the usual log
 * line) becomes a {@code String} by a plain copy and also comes with its bytes, which Jackson parses
 * and {@link RawState} compares without decoding them into characters first; other lines are
 * decoded (malformed UTF-8 becomes U+FFFD, as a decoder set to replace does).
 */
final class LineReader implements Closeable {

    /**
     * One line, or a marker for an over-long one. {@code length} counts characters (UTF-16 units)
     * including a {@code \r} before the newline. {@code ascii}, when not null, is the line's text as
     * bytes, one per character (the line is all ASCII).
     */
    record Line(long number, String text, boolean tooLong, long length, boolean terminated, byte[] ascii) {
        Line(long number, String text, boolean tooLong, long length, boolean terminated) {
            this(number, text, tooLong, length, terminated, null);
        }

        /**
         * The line's text. An ASCII line read whole from the buffer keeps only its bytes, and its
         * text is made from them when asked: the usual line is scanned from its bytes and never
         * is (a copy of every line's bytes as a {@code String} was a third of the reader's
         * allocation).
         */
        @Override
        public String text() {
            return text != null ? text : new String(ascii, StandardCharsets.ISO_8859_1);
        }

        /** Whether the line holds only white space ({@link String#isBlank}), read from its bytes if it has them. */
        boolean blank() {
            if (text != null) {
                return text.isBlank();
            }
            for (byte c : ascii) {
                if (c != ' ' && (c < 9 || c > 13) && (c < 28 || c > 31)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0a0a0a0a0a0a0a0aL;
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    private final InputStream in;
    private final int maxLength;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int end;
    private long number;
    private boolean eof;
    /** The bytes of a line that does not lie inside {@link #buf} (reused). */
    private byte[] spill = new byte[1 << 12];

    LineReader(InputStream in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /** The next line (without its terminator), or null at the end of the stream. */
    Line next() throws IOException {
        if (eof && pos >= end) {
            return null;
        }
        int held = 0;          // bytes of this line in spill
        long chars = 0;        // characters of this line so far (spilled lines only)
        boolean spilled = false;
        boolean tooLong = false;
        int spilledNonAscii = 0;   // negative when a spilled part has a byte above 0x7f
        while (true) {
            if (pos >= end) {
                if (!fill()) {
                    if (!spilled) {
                        return null;
                    }
                    number++;
                    return finish(held, chars, tooLong, false, spilledNonAscii >= 0);
                }
            }
            int start = pos;
            int nonAscii = 0;
            // eight bytes at a time up to the word holding the newline (SWAR: a word without a
            // newline has no zero byte once XORed with newlines); then byte by byte
            long high = 0;
            while (pos + 8 <= end) {
                long w = (long) LONGS.get(buf, pos);
                long x = w ^ NEWLINES;
                if (((x - ONES) & ~x & HIGH_BITS) != 0) {
                    break;
                }
                high |= w;
                pos += 8;
            }
            if ((high & HIGH_BITS) != 0) {
                nonAscii = -1;
            }
            while (pos < end) {
                byte b = buf[pos];
                if (b == '\n') {
                    break;
                }
                nonAscii |= b;
                pos++;
            }
            int n = pos - start;
            if (!spilled && pos < end && n <= maxLength) {
                // the whole line is in the buffer: copied (decoded when not ASCII), no builder
                pos++; // the newline
                number++;
                int len = n > 0 && buf[start + n - 1] == '\r' ? n - 1 : n;
                if (nonAscii >= 0) {
                    return new Line(number, null, false, n, true, Arrays.copyOfRange(buf, start, start + len));
                }
                String text = new String(buf, start, len, StandardCharsets.UTF_8);
                return new Line(number, text, false, text.length() + (n - len), true);
            }
            spilled = true;
            spilledNonAscii |= nonAscii;
            chars += nonAscii >= 0 ? n : chars(buf, start, n);
            if (!tooLong && chars > maxLength) {
                tooLong = true;
                held = Math.min(held, 4 * LogProblem.EXCERPT);
            }
            int keep = tooLong ? Math.min(n, Math.max(0, 4 * LogProblem.EXCERPT - held)) : n;
            if (held + keep > spill.length) {
                spill = Arrays.copyOf(spill, Math.max(2 * spill.length, held + keep));
            }
            System.arraycopy(buf, start, spill, held, keep);
            held += keep;
            if (pos < end) {
                pos++; // the newline
                number++;
                return finish(held, chars, tooLong, true, spilledNonAscii >= 0);
            }
        }
    }

    /** The characters (UTF-16 units) that {@code n} bytes of well-formed UTF-8 decode to. */
    private static long chars(byte[] b, int from, int n) {
        long c = 0;
        for (int i = from; i < from + n; i++) {
            int v = b[i] & 0xff;
            if ((v & 0xc0) != 0x80) {
                c += v >= 0xf0 ? 2 : 1;   // a four-byte sequence is a surrogate pair
            }
        }
        return c;
    }

    /** A line built up in {@link #spill} (it did not lie inside the read buffer); with its bytes when all ASCII. */
    private Line finish(int held, long chars, boolean tooLong, boolean terminated, boolean isAscii) {
        if (isAscii && !tooLong) {
            int len = held > 0 && spill[held - 1] == '\r' ? held - 1 : held;
            byte[] ascii = Arrays.copyOf(spill, len);
            return new Line(number, new String(ascii, StandardCharsets.ISO_8859_1), false, chars, terminated, ascii);
        }
        String text = new String(spill, 0, held, StandardCharsets.UTF_8);
        if (tooLong) {
            return new Line(number, text.substring(0, Math.min(text.length(), LogProblem.EXCERPT)), true, chars, terminated);
        }
        if (text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
        }
        return new Line(number, text, false, chars, terminated);
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
