package dev.lockstep.validator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.validator.log.EventSource;
import dev.lockstep.validator.log.LogEvent;
import dev.lockstep.validator.log.Problems;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The direct engine: every line carries every variable, so each step is determined and checked on
 * its own by the evaluator host (TLC's evaluator in a child JVM). Events stream through: the parent
 * reads and checks the log's shape, the child evaluates, and the two run in parallel; the child
 * answers only on the first failure, so memory stays flat in the log's length.
 */
final class DirectEngine {
    private static final long LOAD_TIMEOUT_MINUTES = 10;

    /** The verdict, and whether the log lacks variables (so the search engine should take it). */
    record Outcome(Verdict verdict, boolean partialLog) {
    }

    private final HostLaunch launch;
    private final ObjectMapper mapper;

    DirectEngine(HostLaunch launch, ObjectMapper mapper) {
        this.launch = launch;
        this.mapper = mapper;
    }

    Outcome run(Path spec, Path config, EventSource events, Problems problems)
            throws SpecLoadException, IOException, InterruptedException {
        try (HostProcess host = HostProcess.start(launch, spec, config)) {
            JsonNode ready = awaitReady(host);
            List<Path> files = new ArrayList<>();
            Map<Path, Integer> fileIndex = new HashMap<>();
            long seq = 0;
            JsonNode fail = null;
            boolean sending = true;
            LogEvent e;
            StringBuilder sb = new StringBuilder(512);
            while ((e = events.next()) != null) {
                if (problems.any()) {
                    sending = false; // keep reading only to report every malformed line
                }
                if (!sending) {
                    continue;
                }
                int fi = fileIndex.computeIfAbsent(e.file(), f -> {
                    files.add(f);
                    return files.size() - 1;
                });
                seq++;
                sb.setLength(0);
                sb.append("{\"seq\":").append(seq).append(",\"at\":[").append(fi).append(',').append(e.line())
                        .append("],\"event\":").append(e.raw() != null ? e.raw() : encode(e)).append('}');
                host.send(sb.toString());
                if ((seq & 1023) == 0) {
                    String a = host.pollAnswer();
                    if (a != null) {
                        fail = failureOrDeath(a, host);
                        break;
                    }
                }
            }
            if (problems.any()) {
                while (events.next() != null) {
                    // drain: report every malformed line
                }
            }
            host.send("{\"op\":\"end\"}");
            host.flush();
            long conformed = seq;
            while (true) {
                String a = fail != null ? null : host.answer(LOAD_TIMEOUT_MINUTES, TimeUnit.MINUTES);
                if (fail != null) {
                    break;
                }
                if (a == null || a.equals(HostProcess.EOF)) {
                    throw new IOException("the evaluator host stopped unexpectedly:\n" + host.stderrTail());
                }
                JsonNode m = mapper.readTree(a);
                if ("done".equals(m.path("type").asText())) {
                    conformed = m.path("steps").asLong();
                    break;
                }
                fail = failureOrDeath(a, host);
            }
            if (fail != null) {
                long before = fail.path("seq").asLong() - 1;
                if ("unloggedVariable".equals(fail.path("kind").asText())) {
                    return new Outcome(new Verdict.Unknown(Verdict.Engine.DIRECT, fail.path("message").asText(), before), true);
                }
                return new Outcome(new Verdict.DoesNotConform(Verdict.Engine.DIRECT, before, witness(fail, files)), false);
            }
            if (problems.any()) {
                return new Outcome(new Verdict.Unknown(Verdict.Engine.DIRECT,
                        "the log is malformed; events before the first bad line conform", conformed), false);
            }
            if (ready.path("variables").isEmpty() && seq == 0) {
                return new Outcome(new Verdict.Unknown(Verdict.Engine.DIRECT, "the log holds no event", 0), false);
            }
            return new Outcome(new Verdict.Conforms(Verdict.Engine.DIRECT, conformed), false);
        }
    }

    private JsonNode failureOrDeath(String answer, HostProcess host) throws IOException {
        if (answer.equals(HostProcess.EOF)) {
            throw new IOException("the evaluator host stopped unexpectedly:\n" + host.stderrTail());
        }
        JsonNode m = mapper.readTree(answer);
        if (!"fail".equals(m.path("type").asText())) {
            throw new IOException("unexpected answer from the evaluator host: " + answer);
        }
        return m;
    }

    private JsonNode awaitReady(HostProcess host) throws InterruptedException, IOException, SpecLoadException {
        String first = host.answer(LOAD_TIMEOUT_MINUTES, TimeUnit.MINUTES);
        if (first == null || first.equals(HostProcess.EOF)) {
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

    private String encode(LogEvent e) throws IOException {
        ObjectNode o = mapper.createObjectNode();
        o.put("action", e.action());
        if (e.params() != null) {
            o.set("params", e.params());
        }
        o.set("state", e.state());
        return mapper.writeValueAsString(o);
    }

    private static Verdict.Witness witness(JsonNode f, List<Path> files) {
        JsonNode at = f.path("at");
        int fi = at.path(0).asInt();
        Path file = fi < files.size() ? files.get(fi) : null;
        return new Verdict.Witness(file, at.path(1).asLong(), f.path("logged").asText(null),
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
