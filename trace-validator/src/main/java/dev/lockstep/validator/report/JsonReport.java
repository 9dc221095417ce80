package dev.lockstep.validator.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.validator.ValidationResult;
import dev.lockstep.validator.Verdict;
import dev.lockstep.validator.log.LogProblem;

/**
 * Renders a validation result as one JSON object, for tools:
 * {@code {"verdict":"conforms"|"does-not-conform"|"unknown","engine":..,"events":..,"spec":..,
 * "logs":[..],"witness":{..},"problems":[..]}}; when the log holds several runs, also
 * {@code "traces":[{"index":..,"file":..,"line":..,"verdict":..,"events":..,"witness"|"reason":..}]}; when
 * lines were explained in several ways, {@code "ambiguous":[{"file":..,"line":..,"event":..,"states":..,
 * "differIn":[..]}]} (the first ten; {@code stats.ambiguousLines} counts them all); when the engine
 * counts the actions taken, {@code "coverage":{"taken":{action: lines},"neverTaken":[..]}}.
 */
public final class JsonReport {
    private JsonReport() {
    }

    public static ObjectNode render(ValidationResult r, ObjectMapper mapper) {
        ObjectNode o = mapper.createObjectNode();
        Verdict v = r.verdict();
        o.put("verdict", verdictName(v));
        o.put("engine", v.engine().label());
        o.put("spec", r.spec().toString());
        ArrayNode logs = o.putArray("logs");
        r.files().forEach(f -> logs.add(f.toString()));
        verdict(v, o, mapper);
        if (!r.traces().isEmpty()) {
            ArrayNode ts = o.putArray("traces");
            for (ValidationResult.Trace t : r.traces()) {
                ObjectNode tj = ts.addObject().put("index", t.index()).put("file", String.valueOf(t.file()))
                        .put("line", t.line()).put("verdict", verdictName(t.verdict()));
                verdict(t.verdict(), tj, mapper);
            }
        }
        if (!r.ambiguous().isEmpty()) {
            ArrayNode as = o.putArray("ambiguous");
            for (ValidationResult.Ambiguity a : r.ambiguous()) {
                ArrayNode differ = as.addObject().put("file", a.file().toString()).put("line", a.line())
                        .put("event", a.event()).put("states", a.states()).putArray("differIn");
                a.differIn().forEach(differ::add);
            }
        }
        if (!r.coverage().isEmpty()) {
            ObjectNode cov = o.putObject("coverage");
            ObjectNode taken = cov.putObject("taken");
            r.coverage().forEach(taken::put);
            ArrayNode never = cov.putArray("neverTaken");
            r.neverTaken().forEach(never::add);
        }
        if (!r.stats().isEmpty()) {
            ObjectNode st = o.putObject("stats");
            new java.util.TreeMap<>(r.stats()).forEach(st::put);   // by name: the same report on every run
        }
        ArrayNode ps = o.putArray("problems");
        for (LogProblem p : r.problems()) {
            Diagnostic d = p.diagnostic();
            ObjectNode j = ps.addObject();
            j.put("code", d.code().id());
            j.put("file", String.valueOf(p.file()));
            j.put("line", p.line());
            j.put("column", d.range() == null ? 0 : d.range().start().column() + 1);
            j.put("message", d.message());
            if (p.excerpt() != null) {
                j.put("excerpt", p.excerpt());
            }
            ArrayNode rel = j.putArray("related");
            for (Diagnostic.Related x : d.related()) {
                rel.addObject().put("file", x.range() == null ? null : String.valueOf(x.range().file()))
                        .put("line", x.range() == null ? 0 : x.range().start().line() + 1)
                        .put("message", x.message());
            }
        }
        return o;
    }

    /** The verdict's events and its reason or witness. */
    private static void verdict(Verdict v, ObjectNode o, ObjectMapper mapper) {
        if (v instanceof Verdict.Conforms c) {
            o.put("events", c.events());
        } else if (v instanceof Verdict.Unknown u) {
            o.put("events", u.events());
            o.put("reason", u.reason());
        } else if (v instanceof Verdict.DoesNotConform d) {
            o.put("events", d.events());
            o.set("witness", mapper.valueToTree(d.witness()));
        }
    }

    static String verdictName(Verdict v) {
        if (v instanceof Verdict.Conforms) {
            return "conforms";
        }
        if (v instanceof Verdict.DoesNotConform) {
            return "does-not-conform";
        }
        return "unknown";
    }
}
