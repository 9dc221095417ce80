package dev.lockstep.validator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.validator.log.LogProblem;
import dev.lockstep.validator.log.LogProblemJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The direct engine: every line carries every variable, so each step is determined and checked on
 * its own by the evaluator host (TLC's evaluator in a child JVM). The host reads the logs itself
 * (one thread parses and merges, another evaluates), so each line is parsed once and nothing
 * crosses a pipe per event; it answers with the malformed lines and the verdict.
 */
final class DirectEngine {
    /** The verdict, and whether the log lacks variables (so the search engine should take it). */
    record Outcome(Verdict verdict, boolean partialLog) {
    }

    private final HostLaunch launch;
    private final ObjectMapper mapper;

    DirectEngine(HostLaunch launch, ObjectMapper mapper) {
        this.launch = launch;
        this.mapper = mapper;
    }

    Outcome run(Path spec, Path config, List<Path> logs, boolean keepGoing, int maxLine, Path mapping,
                List<LogProblem> problems, Map<String, Long> stats)
            throws SpecLoadException, IOException, InterruptedException {
        try (HostProcess host = new HostProcess(launch.child(spec, config).start())) {
            awaitReady(host);
            ObjectNode req = mapper.createObjectNode().put("op", "validate").put("keepGoing", keepGoing)
                    .put("maxLine", maxLine).put("mapping", mapping == null ? null : mapping.toAbsolutePath().toString());
            com.fasterxml.jackson.databind.node.ArrayNode paths = req.putArray("logs");
            logs.forEach(l -> paths.add(l.toAbsolutePath().toString()));
            host.send(mapper.writeValueAsString(req));
            while (true) {
                String a = host.answer();
                if (a == null) {
                    throw new IOException("the evaluator host stopped unexpectedly:\n" + host.stderrTail());
                }
                JsonNode m = mapper.readTree(a);
                switch (m.path("type").asText()) {
                    case "problem" -> problems.add(LogProblemJson.fromJson(m));
                    case "truncated" -> { }
                    case "error" -> throw new IOException("the evaluator host could not read the mapping: "
                            + m.path("message").asText());
                    case "verdict" -> {
                        m.path("stats").fields().forEachRemaining(e -> stats.put(e.getKey(), e.getValue().asLong()));
                        return outcome(m, !problems.isEmpty());
                    }
                    default -> throw new IOException("unexpected answer from the evaluator host: " + a);
                }
            }
        }
    }

    /**
     * What the host says of a state: the action instances enabled in it, and why a next step from
     * it does not conform (null when it does, or when there is no next step).
     */
    record StateContext(List<String> enabled, Verdict.Witness nextStep) {
    }

    /**
     * The context of the full state on the first line of {@code stateLog} (native log lines; a
     * second line is checked as a step from it), or null when the host cannot tell.
     */
    StateContext context(Path spec, Path config, Path stateLog) throws SpecLoadException, IOException {
        try (HostProcess host = new HostProcess(launch.child(spec, config).start())) {
            awaitReady(host);
            host.send(mapper.writeValueAsString(mapper.createObjectNode().put("op", "context")
                    .put("log", stateLog.toAbsolutePath().toString())));
            String a = host.answer();
            JsonNode m = a == null ? null : mapper.readTree(a);
            if (m == null || !"context".equals(m.path("type").asText())) {
                return null;
            }
            JsonNode fail = m.get("fail");
            return new StateContext(list(m.get("enabled")), fail == null || fail.isNull() ? null : witness(fail));
        }
    }

    /** Loads the spec in a host only to describe it (for the search engine). */
    SpecInfo describe(Path spec, Path config) throws SpecLoadException, IOException {
        try (HostProcess host = new HostProcess(launch.child(spec, config).start())) {
            return SpecInfo.of(awaitReady(host));
        }
    }

    private static Outcome outcome(JsonNode m, boolean malformed) {
        long events = m.path("events").asLong();
        JsonNode fail = m.get("fail");
        if (fail != null && !fail.isNull()) {
            if ("unloggedVariable".equals(fail.path("kind").asText())) {
                return new Outcome(new Verdict.Unknown(Verdict.Engine.DIRECT, fail.path("message").asText(), events), true);
            }
            return new Outcome(new Verdict.DoesNotConform(Verdict.Engine.DIRECT, events, witness(fail)), false);
        }
        if (malformed) {
            return new Outcome(new Verdict.Unknown(Verdict.Engine.DIRECT,
                    "the log is malformed; the events before the first bad line conform", events), false);
        }
        if (events == 0) {
            return new Outcome(new Verdict.Unknown(Verdict.Engine.DIRECT, "the log holds no event", 0), false);
        }
        return new Outcome(new Verdict.Conforms(Verdict.Engine.DIRECT, events), false);
    }

    JsonNode awaitReady(HostProcess host) throws IOException, SpecLoadException {
        String first = host.answer();
        if (first == null) {
            throw new SpecLoadException(SpecLoadException.Kind.SPEC,
                    "TLC could not load the spec", host.stderrTail());
        }
        JsonNode m = mapper.readTree(first);
        if ("error".equals(m.path("type").asText())) {
            SpecLoadException.Kind kind = "config".equals(m.path("kind").asText())
                    ? SpecLoadException.Kind.CONFIG : SpecLoadException.Kind.SPEC;
            throw new SpecLoadException(kind, TlcOutput.summary(m.path("message").asText(), m.path("output").asText()),
                    m.path("output").asText());
        }
        return m;
    }

    private static Verdict.Witness witness(JsonNode f) {
        Path file = f.hasNonNull("file") ? Path.of(f.get("file").asText()) : null;
        return new Verdict.Witness(file, f.path("line").asLong(), f.path("logged").asText(null),
                f.path("kind").asText(), f.path("message").asText(), f.path("instance").asText(null),
                specLocation(f.get("location")), conjunct(f.get("conjunct")), strings(f.get("stateBefore")),
                strings(f.get("stateAfter")), list(f.get("enabled")), list(f.get("explainedBy")), diff(f.get("diff")));
    }

    static Verdict.SpecLocation specLocation(JsonNode l) {
        if (l == null || !l.has("line")) {
            return null;
        }
        return new Verdict.SpecLocation(l.hasNonNull("file") ? Path.of(l.get("file").asText()) : null,
                l.path("module").asText(null), l.path("line").asInt(), l.path("column").asInt(),
                l.path("endLine").asInt(), l.path("endColumn").asInt());
    }

    private static Verdict.Conjunct conjunct(JsonNode c) {
        if (c == null || c.isNull()) {
            return null;
        }
        List<Verdict.Operand> ops = new ArrayList<>();
        for (JsonNode v : c.path("values")) {
            ops.add(new Verdict.Operand(v.path("expr").asText(),
                    v.has("value") ? v.get("value").asText() : "<error: " + v.path("error").asText() + ">"));
        }
        return new Verdict.Conjunct(c.path("text").asText(), specLocation(c.get("location")),
                c.path("result").asText(), ops, c.path("via").asText(null));
    }

    private static Map<String, String> strings(JsonNode o) {
        Map<String, String> m = new LinkedHashMap<>();
        if (o != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                m.put(e.getKey(), e.getValue().asText());
            }
        }
        return m;
    }

    private static List<String> list(JsonNode a) {
        List<String> l = new ArrayList<>();
        if (a != null) {
            a.forEach(x -> l.add(x.asText()));
        }
        return l;
    }

    private static List<Verdict.VariableDiff> diff(JsonNode a) {
        List<Verdict.VariableDiff> l = new ArrayList<>();
        if (a != null) {
            a.forEach(x -> l.add(new Verdict.VariableDiff(x.path("variable").asText(), x.path("allowed").asText(),
                    x.path("logged").asText())));
        }
        return l;
    }
}
