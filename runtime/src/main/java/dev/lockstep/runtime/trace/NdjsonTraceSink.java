package dev.lockstep.runtime.trace;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes events as NDJSON (one JSON object per line) through a buffer. Thread-safe: lines from
 * several threads never interleave. Flushes on {@link #flush()} and {@link #close()}.
 */
public final class NdjsonTraceSink implements TraceSink {
    private final Writer out;
    private final NativeLogCodec codec;
    private boolean closed;

    public NdjsonTraceSink(Writer out, NativeLogCodec codec) {
        this.out = out instanceof BufferedWriter ? out : new BufferedWriter(out, 1 << 16);
        this.codec = codec;
    }

    /** Creates (or truncates) {@code file} and writes events to it. */
    public static NdjsonTraceSink create(Path file, NativeLogCodec codec) throws IOException {
        return new NdjsonTraceSink(new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file,
                StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE),
                StandardCharsets.UTF_8), 1 << 16), codec);
    }

    @Override
    public synchronized void accept(TraceEvent event) {
        if (closed) {
            throw new IllegalStateException("trace sink is closed");
        }
        try {
            codec.write(out, event);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write trace event", e);
        }
    }

    @Override
    public synchronized void flush() {
        if (closed) {
            return;
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot flush trace", e);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close trace", e);
        }
    }
}
