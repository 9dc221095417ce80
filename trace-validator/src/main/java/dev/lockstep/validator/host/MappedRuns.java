package dev.lockstep.validator.host;

import dev.lockstep.validator.log.EventSource;
import dev.lockstep.validator.log.LogEvent;
import dev.lockstep.validator.log.Problems;
import dev.lockstep.validator.log.StepRules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The runs of logs read through mapping rules, searched {@code --workers} at once: one thread
 * reads and merges the logs and splits them into runs where {@link FrontierSearch} would (a line
 * naming {@code Init} after a run's first line, a new value of the mapping's {@code run} field);
 * each run goes, whole and in order, to one worker (round robin), each with its own
 * {@link FrontierSearch} over the shared TLC tool, as the direct engine's {@link TraceRunner} does.
 * Bounded queues keep memory flat in the log's length. The result is the one a single search of
 * the whole log gives, its runs in log order.
 */
final class MappedRuns {
    private static final int BATCH = 64;

    private MappedRuns() {
    }

    /** One run's events, fed by the reader, read by a worker's search. */
    private static final class Feed implements EventSource {
        private static final Feed STOP = new Feed(-1, null, 0);
        final int index;
        final Path file;
        final long line;
        final Batches<LogEvent> batches = new Batches<>(16);

        Feed(int index, Path file, long line) {
            this.index = index;
            this.file = file;
            this.line = line;
        }

        @Override
        public Path file() {
            return file;
        }

        @Override
        public LogEvent next() {
            return batches.take();
        }

        /** Reads what is left (a search that gave up early), so the reader never waits on this run. */
        @Override
        public void close() {
            while (next() != null) {
                // drained
            }
        }
    }

    /**
     * Searches the runs of {@code events} with {@code searches} (one per worker). Reading stops at
     * the first malformed line unless {@code problems} keeps going; the run that line cut is
     * incomplete, as in {@link FrontierSearch#run}.
     */
    static HostProtocol.MappedResult run(List<FrontierSearch> searches, EventSource events, StepRules rules,
                                         Problems problems) throws InterruptedException {
        List<BlockingQueue<Feed>> queues = new ArrayList<>();
        List<HostProtocol.MappedResult> results = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < searches.size(); w++) {
            BlockingQueue<Feed> q = new LinkedBlockingQueue<>();
            queues.add(q);
            FrontierSearch search = searches.get(w);
            Thread t = new Thread(() -> work(search, q, results, problems.keepGoing()), "lockstep-mapped-" + w);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        List<Feed> feeds = new ArrayList<>();
        try {
            read(events, rules, problems, queues, feeds);
        } finally {
            for (BlockingQueue<Feed> q : queues) {
                q.put(Feed.STOP);
            }
            for (Thread t : threads) {
                t.join();
            }
        }
        return merge(feeds, results, problems);
    }

    private static void read(EventSource events, StepRules rules, Problems problems, List<BlockingQueue<Feed>> queues,
                             List<Feed> feeds) throws InterruptedException {
        Feed feed = null;
        String key = null;
        long inRun = 0;
        List<LogEvent> batch = new ArrayList<>(BATCH);
        LogEvent e;
        try {
            while ((e = events.next()) != null) {
                if (problems.stop()) {
                    break;
                }
                LogEvent.Mapped m = e.mapped();
                String k = FrontierSearch.runOf(rules, m.fields());
                boolean newRun = feed == null || ("Init".equals(m.rule().action()) && inRun > 0)
                        || (rules.run() != null && !Objects.equals(k, key));
                if (newRun) {
                    if (feed != null) {
                        feed.batches.put(batch);
                        batch = new ArrayList<>(BATCH);
                        feed.batches.end();
                    }
                    feed = new Feed(feeds.size(), e.file(), e.line());
                    feeds.add(feed);
                    queues.get(feed.index % queues.size()).put(feed);
                    key = k;
                    inRun = 0;
                }
                batch.add(e);
                inRun++;
                if (batch.size() == BATCH) {
                    feed.batches.put(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
        } finally {
            if (feed != null) {
                feed.batches.put(batch);
                feed.batches.end();
            }
        }
    }

    /** Searches the runs sent to one worker, each from the initial states. */
    private static void work(FrontierSearch search, BlockingQueue<Feed> queue, List<HostProtocol.MappedResult> results,
                             boolean keepGoing) {
        try {
            while (true) {
                Feed feed = queue.take();
                if (feed == Feed.STOP) {
                    return;
                }
                HostProtocol.MappedResult r;
                // malformed lines are the reader's to report: each run's search sees none
                try (feed) {
                    r = search.run(feed, new Problems(keepGoing));
                } catch (RuntimeException | Error ex) {
                    // the run's verdict is unknown; the worker goes on with its next run (and its feed
                    // is drained), so the reader never waits on a worker that stopped
                    r = FrontierSearch.result(false, 0, null, "the search of the run at " + feed.file + ":" + feed.line
                            + " failed: " + ex, 0, List.of(), 0, 0, List.of());
                }
                synchronized (results) {
                    while (results.size() <= feed.index) {
                        results.add(null);
                    }
                    results.set(feed.index, r);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The runs' results as one, as {@link FrontierSearch#run} gives it for the whole log. */
    private static HostProtocol.MappedResult merge(List<Feed> feeds, List<HostProtocol.MappedResult> results,
                                                   Problems problems) {
        long events = 0;
        long ambiguousLines = 0;
        long maxStates = 0;
        long internalSteps = 0;
        HostProtocol.Failure firstFail = null;
        List<HostProtocol.Ambiguity> ambiguous = new ArrayList<>();
        List<HostProtocol.Trace> traces = new ArrayList<>();
        for (int i = 0; i < feeds.size(); i++) {
            HostProtocol.MappedResult r;
            synchronized (results) {
                r = i < results.size() ? results.get(i) : null;
            }
            if (r == null) {
                throw new IllegalStateException("run " + (i + 1) + " was not searched");
            }
            ambiguousLines += r.stats().getOrDefault("ambiguousLines", 0L);
            maxStates = Math.max(maxStates, r.stats().getOrDefault("maxStatesPerLine", 0L));
            internalSteps += r.stats().getOrDefault("internalSteps", 0L);
            for (HostProtocol.Ambiguity a : r.ambiguous()) {
                if (ambiguous.size() < FrontierSearch.MAX_AMBIGUOUS_LISTED) {
                    ambiguous.add(a);
                }
            }
            if (r.unknown() != null) {
                return FrontierSearch.result(false, events + r.events(), null, r.unknown(), ambiguousLines, ambiguous,
                        maxStates, internalSteps, List.of());
            }
            events += r.events();
            firstFail = firstFail == null ? r.fail() : firstFail;
            boolean last = i == feeds.size() - 1;
            traces.add(new HostProtocol.Trace(i, feeds.get(i).file.toString(), feeds.get(i).line, r.events(),
                    r.fail(), !last || !problems.any()));
        }
        return FrontierSearch.result(firstFail == null && !problems.any(), events, firstFail, null, ambiguousLines,
                ambiguous, maxStates, internalSteps, traces);
    }
}
