package dev.lockstep.bridge.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.bridge.Tla2Tools;
import dev.lockstep.bridge.eval.AliasHost;
import dev.lockstep.bridge.trace.Trace;
import dev.lockstep.bridge.trace.TraceState;
import dev.lockstep.bridge.value.Itf;
import dev.lockstep.bridge.value.TlcValue;
import dev.lockstep.bridge.value.TlcValueParser;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.SourceRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ALIAS} on a TLC that lacks it (the bundled TLC 2.18): the alias is taken out of the
 * configuration TLC reads, and after the run Lockstep evaluates it on each state of the
 * counterexample with TLC's own evaluator in a child JVM ({@link AliasHost}), then shows the
 * aliased behaviour, as current TLC does: each state's variables are replaced by the alias record's
 * fields. When the alias cannot be evaluated the trace stays as TLC printed it, with a warning.
 */
final class AliasEvaluation {
    private static final String KEYWORD = "ALIAS";

    private AliasEvaluation() {
    }

    /**
     * The config text TLC reads instead of {@code config}: the alias's name (at {@code name}, a
     * range in {@code config} as the config reader gives it) and the {@code ALIAS} keyword before
     * it replaced by spaces, so every line keeps its number.
     */
    static String withoutAlias(String config, SourceRange name) {
        StringBuilder sb = new StringBuilder(config);
        int offset = offset(config, name.start().line(), name.start().column());
        int end = offset;
        while (end < sb.length() && (Character.isLetterOrDigit(sb.charAt(end)) || sb.charAt(end) == '_')) {
            end++;
        }
        int keyword = config.lastIndexOf(KEYWORD, offset);
        for (int i = keyword < 0 ? offset : keyword; i < end; i++) {
            if (sb.charAt(i) != '\n' && sb.charAt(i) != '\r' && (i >= offset || i < keyword + KEYWORD.length())) {
                sb.setCharAt(i, ' ');
            }
        }
        return sb.toString();
    }

    private static int offset(String text, int line, int column) {
        int at = 0;
        for (int l = 0; l < line && at >= 0; l++) {
            at = text.indexOf('\n', at) + 1;
        }
        return Math.max(0, at) + column;
    }

    /**
     * {@code r} with its trace aliased: evaluates {@code alias} on every state, loading {@code specCopy}
     * (the module TLC checked) under {@code configForTlc} in a child JVM working in {@code scratch}.
     */
    static CheckResult apply(CheckResult r, String alias, SourceRange aliasAt, Tla2Tools tools, List<String> libraryOptions,
                             Path specCopy, Path configForTlc, Path scratch) throws InterruptedException {
        if (r.trace().isEmpty()) {
            return r;
        }
        Trace t = r.trace().get();
        ObjectMapper mapper = new ObjectMapper();
        try {
            Files.createDirectories(scratch);
            ObjectNode req = mapper.createObjectNode().put("alias", alias);
            ArrayNode states = req.putArray("states");
            for (TraceState s : t.states()) {
                ObjectNode o = states.addObject();
                for (Map.Entry<String, TlcValue> e : s.values().entrySet()) {
                    if (e.getValue() instanceof TlcValue.Symbolic sym) {
                        return warn(r, aliasAt, "the value of " + e.getKey() + " (" + sym.text() + ") cannot be handed to TLC's evaluator");
                    }
                    o.set(e.getKey(), Itf.encode(e.getValue()));
                }
            }
            Path request = scratch.resolve("alias-request.json");
            Path answerFile = scratch.resolve("alias-answer.json");
            mapper.writeValue(request.toFile(), req);
            // the modules TLC found (the user's library folders, Lockstep's library and its Java
            // overrides) are found by the evaluator too
            JsonNode answer = ModelEvaluator.run(AliasHost.class, tools, libraryOptions, scratch,
                    List.of(specCopy.toString(), configForTlc.toString(), request.toString(), answerFile.toString()), answerFile);
            if (answer.has("error")) {
                return warn(r, aliasAt, answer.get("error").asText());
            }
            List<TraceState> aliased = new ArrayList<>();
            JsonNode rows = answer.path("states");
            for (int i = 0; i < t.states().size(); i++) {
                TraceState s = t.states().get(i);
                Map<String, TlcValue> values = new LinkedHashMap<>();
                for (JsonNode field : rows.path(i)) {
                    values.put(field.get(0).asText(), TlcValueParser.parse(field.get(1).asText()));
                }
                aliased.add(new TraceState(s.number(), s.action(), s.location(), values));
            }
            Trace at = new Trace(aliased, t.loopIndex(), t.loopAction(), t.stuttering());
            return new CheckResult(r.outcome(), r.exitCode(), r.stats(), r.violation(), Optional.of(at), r.diagnostics(),
                    r.output(), r.tlcVersion(), r.tlcExitCode(), r.config(), r.workDir());
        } catch (IOException | RuntimeException e) {
            return warn(r, aliasAt, String.valueOf(e.getMessage()));
        }
    }

    private static CheckResult warn(CheckResult r, SourceRange at, String why) {
        List<Diagnostic> d = new ArrayList<>(r.diagnostics());
        d.add(Diagnostic.warning(DiagnosticCode.LS612_ALIAS_NOT_EVALUATED, at,
                "the ALIAS could not be evaluated, so the counterexample is shown without it: " + why));
        return new CheckResult(r.outcome(), r.exitCode(), r.stats(), r.violation(), r.trace(), d, r.output(),
                r.tlcVersion(), r.tlcExitCode(), r.config(), r.workDir());
    }
}
