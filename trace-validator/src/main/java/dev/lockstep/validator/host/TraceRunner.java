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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import tlc2.value.impl.Value;

/**
 * Validates logs that may hold several independent runs (design.md, "Many runs per log"): a line
 * naming {@code Init} after the first line of a run starts the next run. A {@link Dispatcher} reads,
 * parses and merges the log files and splits the events into traces; each trace goes, in order, to
 * one of the workers (the least loaded), each with its own {@link StepChecker} over the shared TLC
 * tool (TLC's own model checker evaluates with one tool from many workers). With several workers a trace longer
 * than {@value #PART} events is cut into parts that go to different workers: in a full-state log
 * each step stands alone once its two states are built, so a part starts from the full state of the
 * line before it ({@link StepChecker#resume}) and the parts' outcomes are joined in log order (the
 * first failure and its report are those of one worker checking the whole trace). Bounded queues
 * keep memory flat in the log's length; each part's outcome is a few numbers.
 */
final class TraceRunner {
    private static final int BATCH = 64;
    /** Events of a trace checked by one worker before the next part goes to the next (several workers only). */
    static final int PART = 1024;
    private static final Batch END = new Batch(-1, 0, 0, List.of(), List.of(), null);

    private TraceRunner() {
    }

    /**
     * Events of one part of a trace, in order: {@code first} is the position in the trace of the first
     * of them, {@code before} the events just before the part (at most {@link Verdict.Witness#RECENT},
     * the last one the state the part starts from; empty for a trace's first part).
     */
    record Batch(int trace, int part, long first, List<LogEvent> before, List<LogEvent> events,
                         List<Value[]> ahead) {
    }

    /** One worker's outcome for one part of a trace, and the conforming lines per action in it. */
    private record Part(int part, HostProtocol.Trace outcome, Map<String, long[]> counts) {
    }

    /**
     * Reads {@code logs} and checks every trace in them; stops sending events at the first malformed
     * line (the chain of states is broken there) and marks the trace it cut as incomplete.
     */
    static List<HostProtocol.Trace> run(List<StepChecker> checkers, ObjectMapper mapper, List<Path> logs,
                                        Problems problems, int maxLine, Mapping mapping, boolean split)
            throws InterruptedException {
        return run(checkers, mapper, logs, problems, maxLine, mapping, split, new ConcurrentHashMap<>());
    }

    /**
     * As above, counting in {@code taken} the conforming lines per action name (coverage: the spec
     * actions a run set never takes are those with no count); the workers add to it as they go, so
     * it must take concurrent updates.
     */
    static List<HostProtocol.Trace> run(List<StepChecker> checkers, ObjectMapper mapper, List<Path> logs,
                                        Problems problems, int maxLine, Mapping mapping, boolean split,
                                        Map<String, Long> taken) throws InterruptedException {
        int workers = checkers.size();
        Map<Integer, List<Part>> parts = new HashMap<>();
        // one checker is the slower thread: the reader then converts the values each line changes
        ValuesAhead ahead = workers == 1 ? checkers.get(0).valuesAhead() : null;
        Dispatcher reading = new Dispatcher(mapper, logs, problems, maxLine, mapping, split, workers, ahead);
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            StepChecker checker = checkers.get(w);
            BlockingQueue<Batch> q = reading.queues.get(w);
            Dispatcher reads = workers > 1 ? reading : null;
            Worker worker = new Worker(checker, mapper, q, reads, parts, taken);
            Thread t = new Thread(worker::run, "lockstep-checker-" + w);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        if (workers == 1) {
            Thread reader = new Thread(() -> {
                try {
                    reading.readAll();
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException | Error ex) {
                    reading.failed(ex);
                }
            }, "lockstep-log-reader");
            reader.setDaemon(true);
            reader.start();
            reader.join();
        }
        for (Thread t : threads) {
            t.join();
        }
        if (reading.failure != null) {
            throw new IllegalStateException("reading the logs failed: " + reading.failure, reading.failure);
        }
        List<HostProtocol.Trace> out = new ArrayList<>();
        synchronized (parts) {
            parts.forEach((index, of) -> {
                HostProtocol.Trace t = joined(of, taken);
                out.add(t.index() == reading.cut && t.fail() == null ? t.incomplete() : t);
            });
        }
        out.sort(Comparator.comparingInt(HostProtocol.Trace::index));
        return out;
    }

    /**
     * A trace's outcome from its parts' in log order, as one worker checking it whole would give it:
     * the events up to the first failure, that failure, and the counts of the parts up to it.
     */
    private static HostProtocol.Trace joined(List<Part> of, Map<String, Long> taken) {
        of.sort(Comparator.comparingInt(Part::part));
        HostProtocol.Trace first = of.get(0).outcome();
        long events = 0;
        HostProtocol.Failure fail = null;
        for (Part p : of) {
            p.counts().forEach((action, n) -> taken.merge(action, n[0], Long::sum));
            events += p.outcome().events();
            fail = p.outcome().fail();
            if (fail != null) {
                break;
            }
        }
        return new HostProtocol.Trace(first.index(), first.file(), first.line(), events, fail, true);
    }

    /**
     * Reads the logs, splits their events into traces (and, with several workers, parts) and hands
     * them to the workers' queues in batches. With one worker a reader thread of its own runs it
     * ahead of the checker ({@link #readAll}). With several, the workers read in turn, each when its
     * own queue runs low ({@link #readIfLow}, one at a time): on two cores a reader thread beside two
     * checkers left a core idle whenever the checkers waited for lines the reader, sharing the cores,
     * had not read yet (on specs/RaftLog's million-line log the reader parked 1.3-1.5 s and each
     * checker 0.9 s of a 4 s run; with the workers reading, 0.4 s each), and a line is then mostly
     * checked on the core that read it.
     */
    static final class Dispatcher {
        /** Batches a worker's queue holds: what waits survives young collections and is copied by each. */
        private static final int QUEUED = 16;
        /** Batches a worker reads before it checks again. */
        private static final int TURN = 4;
        /** A worker reads when its queue holds fewer batches than this. */
        private static final int LOW = 2;
        /** How long a worker with an empty queue waits for the reading worker's turn before it looks at its queue again. */
        private static final long TURN_WAIT_MICROS = 500;

        final List<BlockingQueue<Batch>> queues = new ArrayList<>();
        /** Held by the worker whose turn it is to read (several workers; package-visible for the tests). */
        final ReentrantLock lock = new ReentrantLock();
        /** What stopped the reading (an exception from a log reader), or null; the run then fails with it. */
        private volatile Throwable failure;
        private final ObjectMapper mapper;
        private final List<Path> logs;
        private final Problems problems;
        private final int maxLine;
        private final Mapping mapping;
        private final boolean split;
        private final ValuesAhead ahead;
        /** The trace cut short at the first malformed line, or -1. */
        volatile int cut = -1;
        /** Whether every event has been handed over (and each queue has its end). */
        private volatile boolean done;

        private EventSource events;
        private boolean oneAfterAnother;
        // A trace is cut into parts only with several workers, and only while none of its lines has
        // refused or allowed lists (the allowed set is carried from line to line).
        private final boolean cutting;
        private int trace = -1;
        private int part;
        private int sent = -1;          // traces and parts sent so far: the round robin among equally loaded workers
        private long inTrace;
        private long first;
        private boolean lists;
        private final ArrayDeque<LogEvent> tail = new ArrayDeque<>(Verdict.Witness.RECENT);
        private List<LogEvent> before = List.of();
        private Path file;
        private BlockingQueue<Batch> q;
        private List<LogEvent> batch = new ArrayList<>(BATCH);
        private List<Value[]> read;
        private boolean sending = true;

        Dispatcher(ObjectMapper mapper, List<Path> logs, Problems problems, int maxLine, Mapping mapping,
                   boolean split, int workers, ValuesAhead ahead) {
            this.mapper = mapper;
            this.logs = logs;
            this.problems = problems;
            this.maxLine = maxLine;
            this.mapping = mapping;
            this.split = split;
            this.ahead = ahead;
            this.cutting = workers > 1;
            this.read = ahead != null ? new ArrayList<>(BATCH) : null;
            for (int w = 0; w < workers; w++) {
                queues.add(new ArrayBlockingQueue<>(QUEUED));
            }
        }

        boolean done() {
            return done;
        }

        void failed(Throwable ex) {
            if (failure == null) {
                failure = ex;
            }
        }

        /**
         * Reads a turn when {@code own} (a worker's queue) holds fewer than {@value #LOW} batches:
         * before it runs dry, if no other worker is reading; once it has, waiting for the one that is
         * until its turn ends or batches arrive in {@code own}. The reading worker may be waiting for
         * room in that very queue (a part's batches all go to the queue that was least loaded when the
         * part began): a worker that waited for the lock alone, its queue filling up behind it, left
         * the reader waiting for it for good (three workers on two cores hung a CI run that way).
         */
        void readIfLow(BlockingQueue<Batch> own) throws InterruptedException {
            if (done || own.size() >= LOW) {
                return;
            }
            if (own.isEmpty()) {
                while (!lock.tryLock(TURN_WAIT_MICROS, TimeUnit.MICROSECONDS)) {
                    if (done || !own.isEmpty()) {
                        return;
                    }
                }
            } else if (!lock.tryLock()) {
                return;
            }
            try {
                if (own.size() < LOW) {
                    readSome(TURN);
                }
            } finally {
                lock.unlock();
            }
        }

        /** Reads every event (the reader thread of one worker). */
        void readAll() throws InterruptedException {
            while (!done) {
                readSome(Integer.MAX_VALUE);
            }
        }

        /**
         * Reads until {@code batches} batches are handed over or the logs end (then the queues get
         * their ends). Waits while a worker's queue is full: the one reading has an empty queue of
         * its own, so the wait ends as the other checks.
         */
        void readSome(int batches) throws InterruptedException {
            if (done) {
                return;
            }
            boolean finished = false;
            try {
                if (events == null) {
                    List<EventSource> sources = new ArrayList<>();
                    for (Path p : logs) {
                        NativeLogReader r = NativeLogReader.open(p, mapper, problems, maxLine, mapping);
                        if (r != null) {
                            sources.add(r);
                        }
                    }
                    // several files without clocks are not one run's node logs: each holds runs of its own
                    RunSources opened = RunSources.of(sources, problems);
                    oneAfterAnother = opened.filesAreRuns();
                    events = opened.events();
                }
                int handed = 0;
                LogEvent e;
                while (handed < batches) {
                    e = events.next();
                    if (e == null) {
                        finished = true;
                        break;
                    }
                    handed += add(e);
                }
            } catch (InterruptedException | RuntimeException | Error ex) {
                finished = true;
                throw ex;
            } finally {
                if (finished) {
                    finish();
                }
            }
        }

        /** Takes one event; answers the batches handed over (0 or 1). */
        private int add(LogEvent e) throws InterruptedException {
            int handed = 0;
            boolean newFile = oneAfterAnother && !e.file().equals(file);
            file = e.file();
            if (sending && problems.any()) {
                sending = false; // the chain of states is broken: only report further bad lines
                cut = trace;
            }
            if (!sending) {
                return 0;
            }
            boolean newTrace = trace < 0 || newFile || (split && inTrace > 0 && "Init".equals(e.action()));
            if (newTrace || cutting && !lists && inTrace % PART == 0) {
                if (!batch.isEmpty()) {
                    handed += hand();
                }
                if (newTrace) {
                    trace++;
                    part = 0;
                    inTrace = 0;
                    lists = false;
                    tail.clear();
                } else {
                    part++;
                }
                first = inTrace;
                before = List.copyOf(tail);
                q = queues.get(leastLoaded(queues, ++sent));
            }
            batch.add(e);
            if (read != null) {
                read.add(e.mapped() == null ? ahead.read(e.state()) : null);
            }
            inTrace++;
            lists |= e.instanceLists();
            if (cutting) {
                if (tail.size() == Verdict.Witness.RECENT) {
                    tail.removeFirst();
                }
                tail.addLast(e);
            }
            if (batch.size() == BATCH) {
                handed += hand();
            }
            return handed;
        }

        private int hand() throws InterruptedException {
            q.put(new Batch(trace, part, first, before, batch, read));
            batch = new ArrayList<>(BATCH);
            read = ahead != null ? new ArrayList<>(BATCH) : null;
            return 1;
        }

        /** The last batch and the queues' ends; closes the logs. */
        private void finish() throws InterruptedException {
            try {
                if (sending && problems.any()) {
                    cut = trace; // a bad last line
                }
                if (!batch.isEmpty()) {
                    hand();
                }
            } finally {
                done = true;
                if (events != null) {
                    events.close();
                }
                for (BlockingQueue<Batch> each : queues) {
                    each.put(END);
                }
            }
        }
    }

    /**
     * The worker the next trace or part goes to: the one with the fewest batches waiting, the first
     * from {@code turn} (round robin) among equals. Round robin alone made the reader wait on a full
     * queue while the other worker ran dry (steps the cache skips make some traces far quicker to
     * check than others).
     */
    static int leastLoaded(List<? extends BlockingQueue<?>> queues, int turn) {
        int n = queues.size();
        int best = turn % n;
        for (int i = 1; i < n; i++) {
            int w = (turn + i) % n;
            if (queues.get(w).size() < queues.get(best).size()) {
                best = w;
            }
        }
        return best;
    }

    /**
     * Checks the parts of traces sent to one worker; a failed part's further events are skipped. With
     * {@code reads} (several workers) the worker reads the logs itself whenever its queue runs low.
     * The loop ({@link #run}) only hands each batch to {@link #check}: a thread runs the loop once, so
     * the optimizing compiler compiles it on the stack (OSR), and whatever the loop inlines is
     * compiled again for each worker's thread and once more as a plain method (two workers: 310 ms of
     * compiler time for a loop that inlined the checking; the batch's method is compiled once).
     */
    private static final class Worker {
        private final StepChecker checker;
        private final ObjectMapper mapper;
        private final BlockingQueue<Batch> queue;
        private final Dispatcher reads;
        private final Map<Integer, List<Part>> parts;
        private final Map<String, Long> taken;
        private final AllowedCalls allowed = new AllowedCalls();
        /** The last events checked, as read: a failure's report describes them (nothing is built per event). */
        private final ArrayDeque<LogEvent> recent = new ArrayDeque<>(Verdict.Witness.RECENT);
        private HostProtocol.Trace current;
        private int part;
        private Map<String, long[]> counts = new HashMap<>();

        /** The last log file a part started in, and its name: one string per file, not per run. */
        private Path file;
        private String fileName;

        Worker(StepChecker checker, ObjectMapper mapper, BlockingQueue<Batch> queue, Dispatcher reads,
               Map<Integer, List<Part>> parts, Map<String, Long> taken) {
            this.checker = checker;
            this.mapper = mapper;
            this.queue = queue;
            this.reads = reads;
            this.parts = parts;
            this.taken = taken;
        }

        /**
         * Checks batches until the end of the logs. Nothing ends the loop before that: the reading
         * worker may be waiting for room in this worker's queue, so a worker whose reading or
         * checking throws goes on taking its batches (the part fails with the error; a reading
         * error fails the whole run once every worker has finished).
         */
        void run() {
            try {
                while (true) {
                    if (reads != null) {
                        try {
                            reads.readIfLow(queue);
                        } catch (RuntimeException | Error ex) {
                            reads.failed(ex);
                        }
                    }
                    Batch b = reads == null || reads.done() ? queue.take() : queue.poll();
                    if (b == END) {
                        break;
                    }
                    if (b != null) {
                        try {
                            check(b);
                        } catch (RuntimeException | Error ex) {
                            broke(b, ex);
                        }
                    }
                }
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            finishPart();
        }

        /**
         * Keeps the outcome of the part just checked for {@link #joined}. A trace's first part always
         * counts (the counts go up to the first failing part), so its counts go to {@code taken} at
         * once: a log of 142,570 short runs kept as many maps until the end, copied by each young
         * collection.
         */
        private void finishPart() {
            if (current == null) {
                return;
            }
            Map<String, long[]> kept = counts;
            if (part == 0) {
                counts.forEach((action, n) -> taken.merge(action, n[0], Long::sum));
                counts.clear();   // the next part's
                kept = Map.of();
            } else {
                counts = new HashMap<>();
            }
            synchronized (parts) {
                parts.computeIfAbsent(current.index(), k -> new ArrayList<>()).add(new Part(part, current, kept));
            }
        }

        /** Fails the part of {@code b}, whose checking threw {@code ex}, at the batch's first line (unless it failed before). */
        private void broke(Batch b, Throwable ex) {
            LogEvent first = b.events().get(0);
            boolean same = current != null && current.index() == b.trace() && part == b.part();
            if (same && current.fail() != null) {
                return;
            }
            HostProtocol.Failure fail = HostProtocol.Failure.of(Verdict.Divergence.EVALUATION_ERROR,
                    "the checker stopped in the " + b.events().size() + " lines from this one: " + ex)
                    .at(first.file().toString(), first.line(), first.action());
            if (!same) {
                finishPart();
            }
            current = same
                    ? new HostProtocol.Trace(b.trace(), current.file(), current.line(), current.events(), fail, true)
                    : new HostProtocol.Trace(b.trace(), first.file().toString(), first.line(), 0, fail, true);
            part = b.part();
        }

        private void check(Batch b) {
            if (current == null || current.index() != b.trace() || part != b.part()) {
                finishPart();
                LogEvent first = b.events().get(0);
                if (!first.file().equals(file)) {
                    file = first.file();
                    fileName = file.toString();
                }
                current = new HostProtocol.Trace(b.trace(), fileName, first.line(), 0, null, true);
                part = b.part();
                checker.startTrace();
                allowed.reset();
                recent.clear();
                b.before().forEach(e -> remember(recent, e));
                if (!b.before().isEmpty() && !checker.resume(b.before().get(b.before().size() - 1).state(),
                        b.first() - 1)) {
                    // that line's state does not convert: the part before fails there, and this
                    // part's outcome is never reached when the trace's parts are joined
                    current = new HostProtocol.Trace(b.trace(), current.file(), current.line(), 0,
                            HostProtocol.Failure.of(Verdict.Divergence.BAD_STATE, "the state before this part"),
                            true);
                }
            }
            if (current.fail() != null) {
                return;
            }
            long conformed = current.events();
            HostProtocol.Failure fail = null;
            for (int at = 0; at < b.events().size(); at++) {
                LogEvent e = b.events().get(at);
                remember(recent, e);
                fail = step(checker, e, b.ahead() == null ? null : b.ahead().get(at));
                if (fail == null) {
                    counts.computeIfAbsent(e.action(), k -> new long[1])[0]++;
                    fail = refused(checker, mapper, allowed, e);
                }
                if (fail != null) {
                    fail = fail.withRecent(described(recent));
                    break;
                }
                conformed++;
            }
            current = new HostProtocol.Trace(current.index(), current.file(), current.line(), conformed, fail, true);
        }
    }

    private static void remember(ArrayDeque<LogEvent> recent, LogEvent e) {
        if (recent.size() == Verdict.Witness.RECENT) {
            recent.removeFirst();
        }
        recent.addLast(e);
    }

    /** The events of a failure's report, in log order. */
    private static List<Verdict.LoggedEvent> described(ArrayDeque<LogEvent> recent) {
        List<Verdict.LoggedEvent> out = new ArrayList<>(recent.size());
        for (LogEvent e : recent) {
            out.add(new Verdict.LoggedEvent(e.node(), e.action(), e.file(), e.line(),
                    e.clock() instanceof dev.lockstep.validator.log.Clock.Lamport l ? l.value() : -1));
        }
        return out;
    }

    private static HostProtocol.Failure step(StepChecker checker, LogEvent e, Value[] ahead) {
        HostProtocol.Failure f;
        try {
            f = checker.step(e.action(), e.params(), e.paramsText(), e.state(), ahead);
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
        if (!e.hasRaw() || e.mapped() != null || !e.instanceLists() && allowed.apply(null) == null) {
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

}
