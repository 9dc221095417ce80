package dev.lockstep.validator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.validator.log.LogProblem;
import dev.lockstep.validator.log.LogProblemJson;
import dev.lockstep.validator.log.Mapping;
import dev.lockstep.validator.log.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * The search engine for logs read through mapping rules (per-node local state, parts of variables,
 * messages; {@link dev.lockstep.validator.log.StepRules}): compiles the rules into a TLA+ module
 * ({@link MappedTraceSpec}) and lets {@link dev.lockstep.validator.host.MappedSearch} walk the log
 * line by line in a child JVM, keeping the spec states that explain it so far.
 */
final class MappedEngine {
    /** The most spec states one line may leave open before the search gives up (no verdict). */
    static final int MAX_STATES = 100_000;

    private final HostLaunch launch;
    private final ObjectMapper mapper;

    MappedEngine(HostLaunch launch, ObjectMapper mapper) {
        this.launch = launch;
        this.mapper = mapper;
    }

    /** Validates {@code r}'s logs through {@code mapping} (which has rules). */
    Verdict run(Validator.Request r, Mapping mapping, Problems problems, Map<String, Long> stats)
            throws IOException, SpecLoadException {
        SpecInfo info = new DirectEngine(launch, mapper).describe(r.spec(), r.config());
        String module = r.spec().getFileName().toString().replaceFirst("\\.tla$", "");
        String text;
        try {
            text = MappedTraceSpec.module(module, info, mapping.rules());
        } catch (MappedTraceSpec.Unfit e) {
            problems.report(LogProblem.inFile(DiagnosticCode.LS808_LOG_MAPPING, r.mapping(), e.getMessage()));
            return new Verdict.Unknown(Verdict.Engine.SEARCH, "the mapping does not fit the spec", 0);
        }
        Path dir = Files.createDirectories(launch.workDir().resolve("mapped"));
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(r.spec().toAbsolutePath().getParent(), "*.tla")) {
            for (Path p : ds) {
                Files.copy(p, dir.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path tla = dir.resolve(MappedTraceSpec.MODULE + ".tla");
        Path cfg = dir.resolve(MappedTraceSpec.MODULE + ".cfg");
        Files.writeString(tla, text, StandardCharsets.UTF_8);
        StringBuilder model = new StringBuilder(config(r.config()));
        List<String> mvs = MappedTraceSpec.modelValues(info);
        if (!mvs.isEmpty()) {
            model.append("\nCONSTANTS\n");
            mvs.forEach(mv -> model.append("    ").append(mv).append(" = ").append(mv).append('\n'));
        }
        Files.writeString(cfg, model, StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of(tla.toString(), cfg.toString(),
                r.mapping().toAbsolutePath().toString(), Integer.toString(r.maxLineLength()),
                Boolean.toString(r.keepGoing()), Integer.toString(MAX_STATES)));
        r.logs().forEach(l -> args.add(l.toAbsolutePath().toString()));
        try (HostProcess host = new HostProcess(launch.mappedChild(args).start())) {
            try {
                new DirectEngine(launch, mapper).awaitReady(host);
            } catch (SpecLoadException e) {
                throw new SpecLoadException(e.kind(), "the module generated from the mapping ("
                        + MappedTraceSpec.MODULE + ".tla) was rejected: " + e.getMessage(), e.details());
            }
            while (true) {
                String a = host.answer();
                if (a == null) {
                    throw new IOException("the mapped search stopped unexpectedly:\n" + host.stderrTail());
                }
                JsonNode m = mapper.readTree(a);
                if ("problem".equals(m.path("type").asText())) {
                    problems.report(LogProblemJson.fromJson(m));
                    continue;
                }
                return verdict(m, problems, stats);
            }
        }
    }

    private Verdict verdict(JsonNode m, Problems problems, Map<String, Long> stats) {
        long events = m.path("events").asLong();
        stats.put("ambiguousLines", m.path("ambiguousLines").asLong());
        stats.put("maxStatesPerLine", m.path("maxStates").asLong());
        stats.put("internalSteps", m.path("internalSteps").asLong());
        JsonNode first = m.path("ambiguous").path(0);
        if (first.has("line")) {
            stats.put("firstAmbiguousLine", first.path("line").asLong());
        }
        JsonNode f = m.get("failure");
        if (f != null && !f.isNull()) {
            return new Verdict.DoesNotConform(Verdict.Engine.SEARCH, events, witness(f));
        }
        if (m.hasNonNull("unknown")) {
            return new Verdict.Unknown(Verdict.Engine.SEARCH, m.get("unknown").asText(), events);
        }
        if (m.path("conforms").asBoolean()) {
            return new Verdict.Conforms(Verdict.Engine.SEARCH, events);
        }
        return new Verdict.Unknown(Verdict.Engine.SEARCH, problems.any()
                ? "the log is malformed; the events before the first bad line conform" : "no verdict", events);
    }

    private static Verdict.Witness witness(JsonNode f) {
        Map<String, String> before = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = f.path("stateBefore").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            before.put(e.getKey(), e.getValue().asText());
        }
        Verdict.Conjunct conjunct = null;
        if (f.hasNonNull("conjunct")) {
            List<Verdict.Operand> ops = new ArrayList<>();
            for (JsonNode o : f.path("values")) {
                ops.add(new Verdict.Operand(o.path("expr").asText(), o.path("value").asText()));
            }
            String where = f.path("conjunctLocation").asText(null);
            conjunct = new Verdict.Conjunct(f.get("conjunct").asText(), null, "false", ops,
                    "mapping".equals(where) ? "the mapping" : where);
        }
        String message = f.path("message").asText();
        int states = f.path("statesBefore").asInt();
        if (states > 1) {
            List<String> differ = new ArrayList<>();
            f.path("differIn").forEach(x -> differ.add(x.asText()));
            message += "; " + states + " spec states explain the lines before it (they differ in "
                    + String.join(", ", differ) + "); the first is shown";
        }
        String node = f.path("node").asText(null);
        if (node != null && !message.contains("node " + node)) {
            message = "node " + node + ": " + message;
        }
        return new Verdict.Witness(Path.of(f.path("file").asText()), f.path("line").asLong(), f.path("logged").asText(),
                f.path("kind").asText(), message, f.path("instance").asText(null), null, conjunct, before, Map.of(),
                List.of(), List.of(), List.of());
    }

    /**
     * The model for the generated module: the user's configuration without the sections that would
     * change which states are told apart (SYMMETRY, VIEW): the search follows the log's own nodes.
     */
    static String config(Path userCfg) throws IOException {
        StringBuilder sb = new StringBuilder();
        boolean drop = false;
        for (String line : Files.readAllLines(userCfg, StandardCharsets.UTF_8)) {
            Matcher m = SearchEngine.CFG_KEYWORD.matcher(line);
            if (m.find()) {
                drop = m.group(1).equals("SYMMETRY") || m.group(1).equals("VIEW");
            }
            if (!drop) {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }
}
