package dev.lockstep.validator.host;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.validator.Verdict;
import dev.lockstep.validator.log.EventSource;
import dev.lockstep.validator.log.LogEvent;
import dev.lockstep.validator.log.Mapping;
import dev.lockstep.validator.log.NativeLogReader;
import dev.lockstep.validator.log.Problems;
import dev.lockstep.validator.log.RunSources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Validates logs that may hold several independent runs (design.md, "Many runs per log"): a line
 * naming {@code Init} after the first line of a run starts the next run. One thread reads, parses
 * and merges the log files and splits the events into traces; each trace goes, whole and in order,
 * to one of the workers (round robin), each with its own {@link StepChecker} over the shared TLC
 * tool (TLC's own model checker evaluates with one tool from many workers). Bounded queues keep
 * memory flat in the log's length; each trace's outcome is a few numbers.
 */
final class TraceRunner {
    private static final int BATCH = 64;
    private static final Batch END = new Batch(-1, List.of());

    private TraceRunner() {
    }

    /** Events of one trace, in order. */
    private record Batch(int trace, List<LogEvent> events) {
    }

    /**
     * Reads {@code logs} and checks every trace in them; stops sending events at the first malformed
     * line (the chain of states is broken there) and marks the trace it cut as incomplete.
     */
    static List<HostProtocol.Trace> run(List<StepChecker> checkers, ObjectMapper mapper, List<Path> logs,
                                        Problems problems, int maxLine, Mapping mapping, boolean split)
            throws InterruptedException {
        return run(checkers, mapper, logs, problems, maxLine, mapping, split, new java.util.concurrent.ConcurrentHashMap<>());
    }

    /**
     * As above, counting in {@code taken} the conforming lines per action name (coverage: the spec
     * actions a run set never takes are those with no count).
     */
    static List<HostProtocol.Trace> run(List<StepChecker> checkers, ObjectMapper mapper, List<Path> logs,
                                        Problems problems, int maxLine, Mapping mapping, boolean split,
                                        java.util.Map<String, Long> taken) throws InterruptedException {
        int workers = checkers.size();
        List<BlockingQueue<Batch>> queues = new ArrayList<>();
        List<HostProtocol.Trace> outcomes = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            BlockingQueue<Batch> q = new ArrayBlockingQueue<>(16);
            queues.add(q);
            StepChecker checker = checkers.get(w);
            Thread t = new Thread(() -> work(checker, mapper, q, outcomes, taken), "lockstep-checker-" + w);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        int[] cut = {-1};
        Thread reader = new Thread(() -> read(mapper, logs, problems, maxLine, mapping, split, queues, cut),
                "lockstep-log-reader");
        reader.setDaemon(true);
        reader.start();
        reader.join();
        for (Thread t : threads) {
            t.join();
        }
        List<HostProtocol.Trace> out = new ArrayList<>();
        synchronized (outcomes) {
            for (HostProtocol.Trace t : outcomes) {
                out.add(t.index() == cut[0] && t.fail() == null ? t.incomplete() : t);
            }
        }
        out.sort(Comparator.comparingInt(HostProtocol.Trace::index));
        return out;
    }

    private static void read(ObjectMapper mapper, List<Path> logs, Problems problems, int maxLine, Mapping mapping,
                             boolean split, List<BlockingQueue<Batch>> queues, int[] cut) {
        List<EventSource> sources = new ArrayList<>();
        for (Path p : logs) {
            NativeLogReader r = NativeLogReader.open(p, mapper, problems, maxLine, mapping);
            if (r != null) {
                sources.add(r);
            }
        }
        // several files without clocks are not one run's node logs: each holds runs of its own
        RunSources opened = RunSources.of(sources, problems);
        boolean oneAfterAnother = opened.filesAreRuns();
        int trace = -1;
        long inTrace = 0;
        Path file = null;
        BlockingQueue<Batch> q = null;
        try (EventSource events = opened.events()) {
            List<LogEvent> batch = new ArrayList<>(BATCH);
            LogEvent e;
            boolean sending = true;
            while ((e = events.next()) != null) {
                boolean newFile = oneAfterAnother && !e.file().equals(file);
                file = e.file();
                if (sending && problems.any()) {
                    sending = false; // the chain of states is broken: only report further bad lines
                    cut[0] = trace;
                }
                if (!sending) {
                    continue;
                }
                if (trace < 0 || newFile || (split && inTrace > 0 && "Init".equals(e.action()))) {
                    if (!batch.isEmpty()) {
                        q.put(new Batch(trace, batch));
                        batch = new ArrayList<>(BATCH);
                    }
                    trace++;
                    inTrace = 0;
                    q = queues.get(trace % queues.size());
                }
                batch.add(e);
                inTrace++;
                if (batch.size() == BATCH) {
                    q.put(new Batch(trace, batch));
                    batch = new ArrayList<>(BATCH);
                }
            }
            if (sending && problems.any()) {
                cut[0] = trace; // a bad last line
            }
            if (!batch.isEmpty()) {
                q.put(new Batch(trace, batch));
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        } finally {
            for (BlockingQueue<Batch> each : queues) {
                try {
                    each.put(END);
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** Checks the traces sent to one worker; a failed trace's further events are skipped. */
    private static void work(StepChecker checker, ObjectMapper mapper, BlockingQueue<Batch> queue,
                             List<HostProtocol.Trace> outcomes, java.util.Map<String, Long> taken) {
        HostProtocol.Trace current = null;
        AllowedCalls allowed = new AllowedCalls();
        java.util.ArrayDeque<Verdict.LoggedEvent> recent = new java.util.ArrayDeque<>(Verdict.Witness.RECENT);
        java.util.Map<String, long[]> counts = new java.util.HashMap<>();   // this worker's part of taken
        try {
            while (true) {
                Batch b = queue.take();
                if (b == END) {
                    break;
                }
                if (current == null || current.index() != b.trace()) {
                    add(outcomes, current);
                    LogEvent first = b.events().get(0);
                    current = new HostProtocol.Trace(b.trace(), first.file().toString(), first.line(), 0, null, true);
                    checker.startTrace();
                    allowed.reset();
                    recent.clear();
                }
                if (current.fail() != null) {
                    continue;
                }
                long conformed = current.events();
                HostProtocol.Failure fail = null;
                for (LogEvent e : b.events()) {
                    if (recent.size() == Verdict.Witness.RECENT) {
                        recent.removeFirst();
                    }
                    recent.addLast(new Verdict.LoggedEvent(e.node(), e.action(), e.file(), e.line(),
                            e.clock() instanceof dev.lockstep.validator.log.Clock.Lamport l ? l.value() : -1));
                    fail = step(checker, e);
                    if (fail == null) {
                        counts.computeIfAbsent(e.action(), k -> new long[1])[0]++;
                        fail = refused(checker, mapper, allowed, e);
                    }
                    if (fail != null) {
                        fail = fail.withRecent(new ArrayList<>(recent));
                        break;
                    }
                    conformed++;
                }
                current = new HostProtocol.Trace(current.index(), current.file(), current.line(), conformed, fail, true);
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        counts.forEach((action, n) -> taken.merge(action, n[0], Long::sum));
        add(outcomes, current);
    }

    private static HostProtocol.Failure step(StepChecker checker, LogEvent e) {
        HostProtocol.Failure f;
        try {
            f = checker.step(e.action(), e.params(), e.paramsText(), e.state());
        } catch (RuntimeException | StackOverflowError ex) {
            f = HostProtocol.Failure.of(Verdict.Divergence.EVALUATION_ERROR, "TLC could not evaluate this step: " + ex);
        }
        return f == null ? null : f.at(e.file().toString(), e.line(),
                e.action() + (e.params() != null ? " " + e.params() : ""));
    }

    /**
     * The line's {@code refused} instances the spec enables in its state, or the difference between
     * its {@code allowed} set and what the spec enables there, as a failure (native lines only).
     */
    private static HostProtocol.Failure refused(StepChecker checker, ObjectMapper mapper, AllowedCalls allowed,
            LogEvent e) {
        if (e.raw() == null || e.mapped() != null || !e.instanceLists() && allowed.apply(null) == null) {
            return null;
        }
        HostProtocol.Failure f;
        try {
            JsonNode line = mapper.readTree(e.raw());
            f = checker.refused(line.get("refused"));
            if (f == null) {
                f = checker.allowed(allowed.apply(line.get("allowed")));
            }
        } catch (IllegalArgumentException ex) {
            f = HostProtocol.Failure.of(Verdict.Divergence.BAD_STATE, ex.getMessage());
        } catch (java.io.IOException | RuntimeException | StackOverflowError ex) {
            f = HostProtocol.Failure.of(Verdict.Divergence.EVALUATION_ERROR, "TLC could not evaluate the refused"
                    + " or allowed action instances of this line: " + ex);
        }
        return f == null ? null : f.at(e.file().toString(), e.line(),
                e.action() + (e.params() != null ? " " + e.params() : ""));
    }

    private static void add(List<HostProtocol.Trace> outcomes, HostProtocol.Trace t) {
        if (t != null) {
            synchronized (outcomes) {
                outcomes.add(t);
            }
        }
    }
}
