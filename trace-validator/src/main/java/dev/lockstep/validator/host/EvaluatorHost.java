package dev.lockstep.validator.host;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.validator.log.EventSource;
import dev.lockstep.validator.log.LogEvent;
import dev.lockstep.validator.log.LogMerger;
import dev.lockstep.validator.log.LogProblem;
import dev.lockstep.validator.log.LogProblemJson;
import dev.lockstep.validator.log.Mapping;
import dev.lockstep.validator.log.NativeLogReader;
import dev.lockstep.validator.log.Problems;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Supplier;
import tlc2.tool.ConfigFileException;
import tlc2.tool.impl.FastTool;
import tlc2.value.impl.ModelValue;
import util.SimpleFilenameToStream;

/**
 * The child-JVM side of the direct engine. Loads the spec and model once with TLC's
 * {@code FastTool}, then validates the logs it is asked to: one thread reads, parses and merges the
 * log files (the same readers Lockstep uses, so malformed input is reported identically), another
 * checks each step with TLC's evaluator; a bounded queue between them keeps memory flat in the
 * log's length. TLC's own console output goes to stderr so it never mixes with the protocol.
 *
 * <p>Protocol, one JSON object per line. After loading the host writes
 * {@code {"type":"ready","variables":[...],"actions":[...]}} or
 * {@code {"type":"error","kind":"spec"|"config","message":...,"output":...}} and exits. It then reads
 * one request {@code {"op":"validate","logs":[PATH...],"keepGoing":B,"maxLine":N,"mapping":PATH|null}}
 * and answers with
 * {@code {"type":"problem",...}} for each malformed line (see {@link LogProblemJson}), then one
 * {@code {"type":"verdict","events":N,"fail":F}} where F is null when every event conformed, else
 * the explanation of the first step that does not ({@code at}: file and line). Instead of
 * {@code validate}, the request {@code {"op":"context","log":PATH}} asks which action instances are
 * enabled in the (full) state on the first line of PATH and, when a second line follows, why its
 * step from that state does not conform (the search engine's explanation).
 *
 * <p>Arguments: {@code SPEC.tla CONFIG.cfg}.
 */
public final class EvaluatorHost {
    private static final int BATCH = 64;
    private static final int MAX_PROBLEMS = 1000;

    private EvaluatorHost() {
    }

    public static void main(String[] args) throws Exception {
        Writer out = protocolOut();
        ObjectMapper mapper = new ObjectMapper();
        StepChecker checker = loadOrReport(out, mapper,
                () -> load(Path.of(args[0]).toAbsolutePath(), Path.of(args[1]).toAbsolutePath()));
        if (checker == null) {
            return;
        }
        // One full collection now moves what loading the spec left alive (TLC's module tree, the
        // model's values: a few MB) into the old generation. Without it that data is tenured after
        // 15 young collections, i.e. in long logs but not in short ones, and the resident size
        // then differs by its size; with it, the young generation holds only per-event garbage.
        System.gc();
        ObjectNode ready = mapper.createObjectNode().put("type", "ready");
        checker.variableNames().forEach(ready.putArray("variables")::add);
        checker.actionNames().forEach(ready.putArray("actions")::add);
        ready.setAll(checker.describe());
        ready.putArray("modelValues");
        if (ModelValue.mvs != null) {
            for (ModelValue mv : ModelValue.mvs) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) ready.get("modelValues")).add(mv.val.toString());
            }
        }
        send(out, mapper, ready);

        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line = in.readLine();
        if (line == null) {
            return;
        }
        JsonNode req = mapper.readTree(line);
        if ("context".equals(req.path("op").asText())) {
            context(checker, mapper, out, Path.of(req.path("log").asText()));
            return;
        }
        List<Path> logs = new ArrayList<>();
        req.path("logs").forEach(p -> logs.add(Path.of(p.asText())));
        Problems problems = new Problems(req.path("keepGoing").asBoolean(false));
        int maxLine = req.path("maxLine").asInt(NativeLogReader.DEFAULT_MAX_LINE);
        Mapping mapping = null;
        if (req.hasNonNull("mapping")) {
            try {
                mapping = Mapping.load(Path.of(req.get("mapping").asText()));
            } catch (Mapping.MappingException e) {
                send(out, mapper, error(mapper, "mapping", e.getMessage(), new ByteArrayOutputStream()));
                return;
            }
        }
        validate(checker, mapper, out, logs, problems, maxLine, mapping);
        out.flush();
    }

    private static final List<LogEvent> END = List.of();

    /**
     * Answers {@code {"type":"context","enabled":[...],"fail":...}}: the actions enabled in the full
     * state on the log's first line and, when a second line follows, why that line's step from the
     * first line's state does not conform ({@code fail}, absent when it does).
     */
    private static void context(StepChecker checker, ObjectMapper mapper, Writer out, Path log) throws IOException {
        ObjectNode answer = mapper.createObjectNode().put("type", "context");
        NativeLogReader r = NativeLogReader.open(log, mapper, new Problems(false), NativeLogReader.DEFAULT_MAX_LINE, null);
        LogEvent e = r == null ? null : r.next();
        LogEvent next = e == null ? null : r.next();
        if (r != null) {
            r.close();
        }
        answer.set("enabled", e == null ? mapper.createArrayNode() : checker.enabledIn(e.state()));
        if (next != null && checker.startAt(e.state())) {
            ObjectNode fail = checker.step(next.action(), next.params(), next.state());
            if (fail != null) {
                answer.set("fail", fail);
            }
        }
        send(out, mapper, answer);
    }

    private static void validate(StepChecker checker, ObjectMapper mapper, Writer out, List<Path> logs,
                                 Problems problems, int maxLine, Mapping mapping) throws Exception {
        BlockingQueue<List<LogEvent>> queue = new ArrayBlockingQueue<>(16);
        boolean[] stop = new boolean[1];
        Thread reader = new Thread(() -> {
            List<EventSource> sources = new ArrayList<>();
            for (Path p : logs) {
                NativeLogReader r = NativeLogReader.open(p, mapper, problems, maxLine, mapping);
                if (r != null) {
                    sources.add(r);
                }
            }
            try (LogMerger events = new LogMerger(sources, problems)) {
                List<LogEvent> batch = new ArrayList<>(BATCH);
                LogEvent e;
                boolean sending = true;
                while ((e = events.next()) != null) {
                    if (sending && problems.any()) {
                        sending = false; // the chain of states is broken: only report further bad lines
                    }
                    if (!sending) {
                        continue;
                    }
                    batch.add(e);
                    if (batch.size() == BATCH) {
                        queue.put(batch);
                        batch = new ArrayList<>(BATCH);
                        synchronized (stop) {
                            if (stop[0]) {
                                return;
                            }
                        }
                    }
                }
                if (!batch.isEmpty()) {
                    queue.put(batch);
                }
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            } finally {
                try {
                    queue.put(END);
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "lockstep-log-reader");
        reader.setDaemon(true);
        reader.start();

        long conformed = 0;
        ObjectNode fail = null;
        List<Path> files = new ArrayList<>();
        outer:
        while (true) {
            List<LogEvent> batch = queue.take();
            if (batch == END) {
                break;
            }
            for (LogEvent e : batch) {
                ObjectNode f;
                try {
                    f = checker.step(e.action(), e.params(), e.paramsText(), e.state());
                } catch (RuntimeException | StackOverflowError ex) {
                    f = mapper.createObjectNode().put("type", "fail").put("kind", "evaluationError")
                            .put("message", "TLC could not evaluate this step: " + ex);
                }
                if (f != null) {
                    fail = f;
                    fail.put("file", e.file().toString());
                    fail.put("line", e.line());
                    fail.put("logged", e.action() + (e.params() != null ? " " + e.params() : ""));
                    synchronized (stop) {
                        stop[0] = true;
                    }
                    queue.clear();
                    break outer;
                }
                conformed++;
            }
        }
        if (fail == null) {
            reader.join();
        } else {
            queue.clear();
            reader.join(5000);
        }
        int n = 0;
        for (LogProblem p : problems.all()) {
            if (n++ == MAX_PROBLEMS) {
                send(out, mapper, mapper.createObjectNode().put("type", "truncated")
                        .put("more", problems.all().size() - MAX_PROBLEMS));
                break;
            }
            ObjectNode m = LogProblemJson.toJson(p);
            m.put("type", "problem");
            send(out, mapper, m);
        }
        ObjectNode verdict = mapper.createObjectNode().put("type", "verdict").put("events", conformed);
        verdict.set("fail", fail);
        verdict.set("stats", memoryStats(mapper));
        send(out, mapper, verdict);
    }

    /**
     * The host's heap: the peak of the old generation (what survived young collections: if the
     * engine kept something per event, this grows with the log) and the heap in use after a full
     * collection at the end.
     */
    private static ObjectNode memoryStats(ObjectMapper mapper) {
        long oldPeak = 0;
        for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            String n = pool.getName();
            if (pool.getType() == java.lang.management.MemoryType.HEAP && (n.contains("Old") || n.contains("Tenured"))) {
                oldPeak += pool.getPeakUsage().getUsed();
            }
        }
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return mapper.createObjectNode().put("hostOldGenPeakBytes", oldPeak)
                .put("hostHeapAfterGcBytes", rt.totalMemory() - rt.freeMemory());
    }

    private static StepChecker load(Path spec, Path cfg) {
        FastTool tool = tool(spec, cfg);
        Set<String> modelValues = new HashSet<>();
        if (ModelValue.mvs != null) {
            for (ModelValue mv : ModelValue.mvs) {
                modelValues.add(mv.val.toString());
            }
        }
        return new StepChecker(tool, modelValues, new SpecSource(spec.getParent()));
    }

    /** TLC's tool for {@code spec} under {@code cfg} (both absolute); throws as TLC does on bad input. */
    static FastTool tool(Path spec, Path cfg) {
        String module = spec.getFileName().toString().replaceFirst("\\.tla$", "");
        String cfgName = cfg.toString().replaceFirst("\\.cfg$", "");
        return new FastTool(spec.getParent().toString(), module, cfgName, modules(spec.getParent()));
    }

    /**
     * Where SANY looks for modules: the spec's folder, then the folders the launcher named in
     * {@code -DTLA-Library} (the user's libraries and Lockstep's library, see
     * {@link dev.lockstep.validator.HostLaunch#withLibrary}); TLC ignores that property when given
     * folders explicitly, so they are read here.
     */
    static SimpleFilenameToStream modules(Path specDir) {
        java.util.List<String> dirs = new java.util.ArrayList<>(java.util.List.of(specDir.toString()));
        String more = System.getProperty("TLA-Library");
        if (more != null) {
            for (String d : more.split(java.io.File.pathSeparator)) {
                if (!d.isBlank()) {
                    dirs.add(d);
                }
            }
        }
        return new SimpleFilenameToStream(dirs.toArray(String[]::new));
    }

    /** The protocol's channel: this process's real standard output, whatever {@code System.out} becomes. */
    static Writer protocolOut() {
        PrintStream stdout = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        return new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), 1 << 16);
    }

    /**
     * Loads a spec with TLC's console output captured. A failure is sent as one error message
     * ({@code config} or {@code spec}, with that output) and gives {@code null}. Afterwards
     * {@code System.out} is standard error, so TLC's prints never mix with the protocol.
     */
    static <T> T loadOrReport(Writer out, ObjectMapper mapper, Supplier<T> loader) throws IOException {
        ByteArrayOutputStream loadLog = new ByteArrayOutputStream();
        System.setOut(new PrintStream(loadLog, true, StandardCharsets.UTF_8));
        try {
            return loader.get();
        } catch (ConfigFileException e) {
            send(out, mapper, error(mapper, "config", e.getMessage(), loadLog));
            return null;
        } catch (RuntimeException | Error e) {
            String m = String.valueOf(e.getMessage());
            boolean config = m.contains("configuration file") || m.contains("not assigned a value") || m.contains(".cfg");
            send(out, mapper, error(mapper, config ? "config" : "spec", m, loadLog));
            return null;
        } finally {
            System.err.print(loadLog.toString(StandardCharsets.UTF_8));
            System.setOut(System.err);
        }
    }

    static ObjectNode error(ObjectMapper mapper, String kind, String message, ByteArrayOutputStream log) {
        return mapper.createObjectNode().put("type", "error").put("kind", kind).put("message", message)
                .put("output", log.toString(StandardCharsets.UTF_8));
    }

    static void send(Writer out, ObjectMapper mapper, ObjectNode msg) throws IOException {
        out.write(mapper.writeValueAsString(msg));
        out.write('\n');
        out.flush();
    }
}
