package dev.lockstep.validator.log;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.Severity;
import dev.lockstep.speclang.diag.SourceRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Carries {@link LogProblem}s from the evaluator host to Lockstep as JSON (0-based positions). */
public final class LogProblemJson {
    private LogProblemJson() {
    }

    public static ObjectNode toJson(LogProblem p) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        Diagnostic d = p.diagnostic();
        o.put("code", d.code().name());
        o.put("message", d.message());
        range(o, d.range());
        if (p.excerpt() != null) {
            o.put("excerpt", p.excerpt());
        }
        com.fasterxml.jackson.databind.node.ArrayNode rel = d.related().isEmpty() ? null : o.putArray("related");
        for (Diagnostic.Related r : d.related()) {
            ObjectNode ro = rel.addObject();
            ro.put("message", r.message());
            range(ro, r.range());
        }
        return o;
    }

    public static LogProblem fromJson(JsonNode o) {
        List<Diagnostic.Related> related = new ArrayList<>();
        for (JsonNode r : o.path("related")) {
            related.add(new Diagnostic.Related(range(r), r.path("message").asText()));
        }
        Diagnostic d = new Diagnostic(DiagnosticCode.valueOf(o.path("code").asText()), Severity.ERROR, range(o),
                o.path("message").asText(), related);
        return new LogProblem(d, o.hasNonNull("excerpt") ? o.get("excerpt").asText() : null);
    }

    private static void range(ObjectNode o, SourceRange r) {
        if (r == null) {
            return;
        }
        if (r.file() != null) {
            o.put("file", r.file().toString());
        }
        o.put("line", r.start().line());
        o.put("column", r.start().column());
    }

    private static SourceRange range(JsonNode o) {
        if (!o.has("line")) {
            return null;
        }
        return SourceRange.at(o.hasNonNull("file") ? Path.of(o.get("file").asText()) : null,
                o.path("line").asInt(), o.path("column").asInt());
    }
}
