package dev.lockstep.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.SourceRange;

/** Diagnostics in JSON: {@code code}, {@code severity}, {@code message}, and a 1-based {@code range}. */
final class DiagnosticJson {
    private DiagnosticJson() {
    }

    static ObjectNode encode(Diagnostic d) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("code", d.code().id());
        n.put("severity", d.severity().label());
        n.put("message", d.message());
        if (d.range() != null) {
            n.set("range", range(d.range()));
        }
        return n;
    }

    static ObjectNode range(SourceRange r) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        if (r.file() != null) {
            n.put("file", r.file().toString());
        }
        n.put("line", r.start().line() + 1);
        n.put("column", r.start().column() + 1);
        n.put("endLine", r.end().line() + 1);
        n.put("endColumn", r.end().column() + 1);
        return n;
    }
}
