package dev.lockstep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.bridge.check.CheckRequest;
import dev.lockstep.bridge.check.CheckResult;
import dev.lockstep.bridge.trace.ItfTraces;
import java.io.PrintWriter;

/**
 * The {@code --json} rendering of a check: one document with {@code result}, the statistics,
 * {@code violation}, the ITF {@code trace}, {@code diagnostics} and the exit code. docs/check-json.md
 * documents the fields.
 */
final class CheckJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final PrintWriter out;

    CheckJson(PrintWriter out) {
        this.out = out;
    }

    void write(CheckRequest req, CheckResult r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("result", r.outcome().label());
        root.put("exitCode", r.exitCode());
        root.put("spec", req.spec().toString());
        if (r.stats().distinctStates() >= 0) {
            root.put("distinctStates", r.stats().distinctStates());
        } else {
            root.putNull("distinctStates");
        }
        root.put("totalStates", r.stats().totalStates());
        root.put("depth", r.stats().depth());
        root.put("durationMs", r.stats().durationMs());
        r.violation().ifPresentOrElse(v -> {
            ObjectNode vn = root.putObject("violation");
            vn.put("kind", v.kind().label());
            if (v.property() != null) {
                vn.put("property", v.property());
            } else {
                vn.putNull("property");
            }
            vn.put("message", v.message());
            if (v.location() != null) {
                vn.set("location", DiagnosticJson.range(v.location()));
            }
        }, () -> root.putNull("violation"));
        r.trace().ifPresentOrElse(t -> root.set("trace", ItfTraces.encode(t)), () -> root.putNull("trace"));
        ArrayNode diags = root.putArray("diagnostics");
        r.diagnostics().forEach(d -> diags.add(DiagnosticJson.encode(d)));
        ArrayNode output = root.putArray("output");
        r.output().forEach(output::add);
        ObjectNode tlc = root.putObject("tlc");
        tlc.put("version", r.tlcVersion());
        tlc.put("exitCode", r.tlcExitCode());
        r.workDir().ifPresent(w -> root.put("workDir", w.toString()));
        try {
            out.println(MAPPER.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a JSON tree", e);
        }
        out.flush();
    }
}
