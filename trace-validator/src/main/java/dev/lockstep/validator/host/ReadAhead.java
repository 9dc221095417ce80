package dev.lockstep.validator.host;

import dev.lockstep.validator.log.EventSource;
import dev.lockstep.validator.log.LogEvent;
import dev.lockstep.validator.log.LogProblem;
import dev.lockstep.validator.log.Problems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The events of a source read ahead by a thread of their own, so that reading, parsing and mapping
 * the log's lines overlaps the search of the lines before them (on a second core, the mapped
 * search's whole command takes less time by about the reading's share, a quarter of the host's
 * work on the per-node Raft logs). A bounded queue of batches keeps memory flat in the log's length
 * and hands events over 64 at a time.
 *
 * <p>The source reports malformed lines into a {@link Problems} of the reader's own; each problem
 * reaches the consumer's {@code problems} when the consumer takes the event read after it, exactly
 * as if the consumer had read the source itself. A search that stops at the first problem
 * therefore explains the same lines as without the read-ahead, however far the reader is ahead.
 */
final class ReadAhead implements EventSource {
    private static final int BATCH = 64;
    private static final int BATCHES = 8;

    /** An event (null at the end), the problems found while reading up to it, or the reader's failure. */
    private record Item(LogEvent event, List<LogProblem> problems, Throwable failure) {
    }

    private final EventSource source;
    private final Problems read;
    private final Problems problems;
    private final Batches<Item> batches = new Batches<>(BATCHES);
    private final Thread reader;
    private volatile boolean stopped;
    private boolean ended;

    /**
     * Reads {@code source}, which reports into {@code read}, ahead of the consumer; problems are
     * passed on to {@code problems}. The reading starts at once.
     */
    ReadAhead(EventSource source, Problems read, Problems problems) {
        this.source = source;
        this.read = read;
        this.problems = problems;
        this.reader = new Thread(this::readAll, "lockstep-log-read-ahead");
        reader.setDaemon(true);
        reader.start();
    }

    private void readAll() {
        int reported = 0;
        List<Item> batch = new ArrayList<>(BATCH);
        try {
            while (!stopped) {
                LogEvent e;
                Throwable failure = null;
                try {
                    e = source.next();
                } catch (RuntimeException | Error ex) {
                    // passed on in its place: the consumer never waits for a reader that died
                    e = null;
                    failure = ex;
                }
                List<LogProblem> found = read.since(reported);
                reported += found.size();
                batch.add(new Item(e, found, failure));
                if (e == null || batch.size() == BATCH) {
                    batches.put(batch);
                    batch = new ArrayList<>(BATCH);
                }
                if (e == null) {
                    batches.end();
                    return;
                }
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Path file() {
        return source.file();
    }

    @Override
    public LogEvent next() {
        Item i = ended ? null : batches.take();
        if (i == null) {
            ended = true;
            return null;
        }
        i.problems().forEach(problems::report);
        ended = i.event() == null || i.failure() != null;
        if (i.failure() instanceof RuntimeException ex) {
            throw ex;
        }
        if (i.failure() instanceof Error ex) {
            throw ex;
        }
        return i.event();
    }

    /** Stops the reader (room in the queue lets it see that it is stopped) and closes the source. */
    @Override
    public void close() {
        stopped = true;
        try {
            while (reader.isAlive()) {
                batches.clear();
                reader.join(100);
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        } finally {
            source.close();
        }
    }
}
