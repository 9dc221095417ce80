package dev.lockstep.validator.report;

import dev.lockstep.validator.ValidationResult;
import dev.lockstep.validator.Verdict;
import dev.lockstep.validator.log.LogProblem;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The {@code validate --report FILE.html} rendering: one self-contained page (no scripts, no
 * network) with the verdict, and for a log that does not conform the divergence: the log line and
 * event, the action instance and its definition, the false conjunct with its operands' values, the
 * spec state before the line next to the values the action allows and those logged (differences
 * highlighted), the action instances that were enabled instead, and a space-time diagram of the
 * events before the divergence when the log has several nodes; when the log holds several runs, a
 * table of their verdicts (the divergence shown is the first run's that does not conform). Every
 * text is escaped.
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    public static String render(ValidationResult r) {
        Verdict v = r.verdict();
        StringBuilder b = new StringBuilder(8192);
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Lockstep validate: ")
                .append(XmlText.html(r.spec().getFileName().toString())).append("</title><style>").append(STYLE)
                .append("</style></head><body>\n<h1>").append(XmlText.html(r.spec().getFileName().toString())).append("</h1>\n");
        String cls;
        String text;
        if (v instanceof Verdict.Conforms c) {
            cls = "good";
            text = "The log conforms: all " + c.events() + " events are steps the spec allows.";
        } else if (v instanceof Verdict.DoesNotConform d) {
            cls = "bad";
            text = "The log does not conform at " + d.witness().file() + ":" + d.witness().line() + ": " + d.witness().message();
        } else {
            cls = "error";
            text = "No verdict: " + ((Verdict.Unknown) v).reason();
        }
        b.append("<p id=\"verdict\" class=\"verdict ").append(cls).append("\" data-verdict=\"")
                .append(v instanceof Verdict.Conforms ? "conforms" : v instanceof Verdict.DoesNotConform ? "does not conform" : "unknown")
                .append("\">").append(XmlText.html(text)).append("</p>\n<table id=\"summary\"><tr><th>engine</th><td>")
                .append(XmlText.html(v.engine().label())).append("</td></tr><tr><th>spec</th><td><code>").append(XmlText.html(r.spec().toString()))
                .append("</code></td></tr>");
        for (var f : r.files()) {
            b.append("<tr><th>log</th><td><code>").append(XmlText.html(f.toString())).append("</code></td></tr>");
        }
        b.append("</table>\n");
        if (r.traces().size() > 1) {
            b.append("<h2>Traces</h2><table id=\"traces\"><tr><th>trace</th><th>first line</th><th>verdict</th>"
                    + "<th>events</th></tr>");
            for (ValidationResult.Trace t : r.traces()) {
                Verdict tv = t.verdict();
                String what = tv instanceof Verdict.Conforms ? "conforms"
                        : tv instanceof Verdict.DoesNotConform d ? "does not conform at line " + d.witness().line()
                        + ": " + d.witness().message() : "unknown: " + ((Verdict.Unknown) tv).reason();
                long events = tv instanceof Verdict.Conforms c ? c.events()
                        : tv instanceof Verdict.DoesNotConform d ? d.events() : ((Verdict.Unknown) tv).events();
                b.append("<tr class=\"").append(tv instanceof Verdict.Conforms ? "good" : tv instanceof Verdict.DoesNotConform
                        ? "bad" : "error").append("\"><td>").append(t.index()).append("</td><td><code>")
                        .append(XmlText.html(t.file() + ":" + t.line())).append("</code></td><td>").append(XmlText.html(what))
                        .append("</td><td>").append(events).append("</td></tr>");
            }
            b.append("</table>\n");
        }
        if (!r.problems().isEmpty()) {
            b.append("<h2>Malformed input</h2><ul id=\"problems\">");
            for (LogProblem p : r.problems()) {
                b.append("<li><code>").append(XmlText.html(p.file() + ":" + p.line())).append("</code> ")
                        .append(XmlText.html(p.diagnostic().message())).append(" <span class=\"code\">[").append(p.diagnostic().code().id())
                        .append("]</span>");
                if (p.excerpt() != null && !p.excerpt().isEmpty()) {
                    b.append("<pre>").append(XmlText.html(p.excerpt())).append("</pre>");
                }
                b.append("</li>");
            }
            b.append("</ul>\n");
        }
        if (v instanceof Verdict.DoesNotConform d) {
            divergence(b, d.witness());
            String svg = LogSpaceTime.svg(d.witness());
            if (!svg.isEmpty()) {
                b.append("<h2>Space-time diagram</h2>\n<p>The events before the divergence, one lane per node; ")
                        .append("the diverging line in red.</p>\n<div id=\"spacetime\">").append(svg).append("</div>\n");
            }
        }
        return b.append("<footer>Generated by Lockstep.</footer></body></html>\n").toString();
    }

    private static void divergence(StringBuilder b, Verdict.Witness w) {
        b.append("<h2>Divergence</h2>\n<table id=\"divergence\"><tr><th>log line</th><td><code>").append(XmlText.html(w.file() + ":" + w.line()))
                .append("</code></td></tr><tr><th>logged</th><td><code>").append(XmlText.html(w.logged())).append("</code></td></tr>");
        if (w.instance() != null) {
            b.append("<tr><th>action</th><td><code>").append(XmlText.html(w.instance())).append("</code>");
            if (w.action() != null) {
                b.append(" defined at <code>").append(XmlText.html(loc(w.action()))).append("</code>");
            }
            b.append("</td></tr>");
        }
        if (w.conjunct() != null) {
            Verdict.Conjunct c = w.conjunct();
            b.append("<tr><th>false conjunct</th><td id=\"conjunct\"><code>").append(XmlText.html(c.text())).append("</code> is <strong>")
                    .append(XmlText.html(c.result())).append("</strong>");
            if (c.location() != null) {
                b.append(" at <code>").append(XmlText.html(loc(c.location()))).append("</code>");
            }
            if (c.via() != null) {
                b.append(" (via <code>").append(XmlText.html(c.via())).append("</code>)");
            }
            if (!c.values().isEmpty()) {
                b.append("<ul>");
                for (Verdict.Operand o : c.values()) {
                    b.append("<li><code>").append(XmlText.html(o.expr())).append(" = ").append(XmlText.html(o.value())).append("</code></li>");
                }
                b.append("</ul>");
            }
            b.append("</td></tr>");
        }
        if (!w.enabled().isEmpty()) {
            b.append("<tr><th>enabled instead</th><td>").append(XmlText.html(String.join(", ", w.enabled()))).append("</td></tr>");
        }
        if (!w.explainedBy().isEmpty()) {
            b.append("<tr><th>would be explained by</th><td>").append(XmlText.html(String.join(", ", w.explainedBy()))).append("</td></tr>");
        }
        b.append("</table>\n");
        Map<String, String> allowed = new java.util.LinkedHashMap<>();
        w.diff().forEach(d -> allowed.put(d.variable(), d.allowed()));
        Set<String> vars = new LinkedHashSet<>(w.stateBefore().keySet());
        vars.addAll(w.stateAfter().keySet());
        Map<String, String> before = w.stateBeforeText();
        Map<String, String> after = w.stateAfterText();
        if (!vars.isEmpty()) {
            b.append("<h2>States</h2>\n<table id=\"states\"><thead><tr><th>variable</th><th>before the line</th>")
                    .append("<th>allowed by the action</th><th>logged</th></tr></thead><tbody>");
            for (String var : vars) {
                boolean differs = allowed.containsKey(var);
                b.append("<tr").append(differs ? " class=\"differs\"" : "").append("><th>").append(XmlText.html(var)).append("</th><td><code>")
                        .append(XmlText.html(before.getOrDefault(var, ""))).append("</code></td><td><code>")
                        .append(XmlText.html(differs ? allowed.get(var) : "")).append("</code></td><td><code>")
                        .append(XmlText.html(after.getOrDefault(var, ""))).append("</code></td></tr>");
            }
            b.append("</tbody></table>\n");
        }
    }

    private static String loc(Verdict.SpecLocation l) {
        return (l.file() != null ? l.file().toString() : l.module()) + ":" + l.line() + ":" + l.column();
    }

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:2em;color:#222} h1{font-size:1.4em} h2{font-size:1.15em;margin-top:1.6em}
            .verdict{font-weight:bold;padding:.5em .8em;border-radius:4px;display:inline-block}
            .good{background:#e6f4ea;color:#1e6b34} .bad{background:#fce8e6;color:#a50e0e} .error{background:#fef7e0;color:#8a5a00}
            table{border-collapse:collapse;margin:.5em 0} th,td{border:1px solid #ddd;padding:.3em .6em;text-align:left;vertical-align:top}
            th{background:#f5f5f5} tr.differs td{background:#fff3b0} code,pre{font-family:ui-monospace,monospace;font-size:.9em}
            .code{color:#777} footer{margin-top:3em;color:#999;font-size:.8em}
            """;
}
