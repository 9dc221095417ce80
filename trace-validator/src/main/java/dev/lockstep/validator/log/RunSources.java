package dev.lockstep.validator.log;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The events of several log files as one stream, as every engine reads them (docs/validation.md,
 * "Many runs in one log"): files whose lines carry clocks are one run's node logs, merged by their
 * clocks ({@link LogMerger}); several files <em>without</em> clocks are runs of their own, read one
 * after another, each file starting a new run.
 *
 * @param events      the stream
 * @param filesAreRuns whether each file starts a new run (several files without clocks)
 */
public record RunSources(EventSource events, boolean filesAreRuns) {

    /** Opens {@code sources} (each read one event ahead to see whether the logs carry clocks). */
    public static RunSources of(List<EventSource> sources, Problems problems) {
        List<EventSource> peeked = new ArrayList<>();
        boolean clocked = false;
        for (EventSource s : sources) {
            Peeked head = new Peeked(s);
            clocked |= head.first != null && head.first.clock() != null;
            peeked.add(head);
        }
        boolean oneAfterAnother = peeked.size() > 1 && !clocked;
        return new RunSources(oneAfterAnother ? new Concatenated(peeked) : new LogMerger(peeked, problems),
                oneAfterAnother);
    }

    /** A source whose first event has been read ahead. */
    private static final class Peeked implements EventSource {
        private final EventSource source;
        private LogEvent first;
        private boolean taken;

        Peeked(EventSource source) {
            this.source = source;
            this.first = source.next();
        }

        @Override
        public Path file() {
            return source.file();
        }

        @Override
        public LogEvent next() {
            if (!taken) {
                taken = true;
                LogEvent e = first;
                first = null;
                return e == null ? source.next() : e;
            }
            return source.next();
        }

        @Override
        public void close() {
            source.close();
        }
    }

    /** The sources' events, one source after another. */
    private static final class Concatenated implements EventSource {
        private final List<EventSource> sources;
        private int at;

        Concatenated(List<EventSource> sources) {
            this.sources = sources;
        }

        @Override
        public Path file() {
            return sources.get(0).file();
        }

        @Override
        public LogEvent next() {
            while (at < sources.size()) {
                LogEvent e = sources.get(at).next();
                if (e != null) {
                    return e;
                }
                at++;
            }
            return null;
        }

        @Override
        public void close() {
            sources.forEach(EventSource::close);
        }
    }
}
