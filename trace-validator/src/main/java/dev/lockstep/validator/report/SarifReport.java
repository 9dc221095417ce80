package dev.lockstep.validator.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.validator.ValidationResult;
import dev.lockstep.validator.Verdict;
import dev.lockstep.validator.log.LogProblem;
import java.nio.file.Path;

/**
 * Renders a validation result as SARIF 2.1.0: a non-conforming step is a result located at the log
 * line, with related locations at the action's definition and at the false conjunct in the spec
 * (one per run that does not conform, when the log holds several); each malformed line is a
 * result with its LS8xx rule; each action of the spec no line takes is a note (coverage).
 */
public final class SarifReport {
    /** The rule id of a non-conforming step. */
    public static final String NONCONFORMING = "LS-nonconforming-step";
    /** The rule id of a spec action no line of the log set takes (coverage; a note). */
    public static final String NEVER_TAKEN = "LS-action-never-taken";

    private SarifReport() {
    }

    public static ObjectNode render(ValidationResult r, ObjectMapper mapper, String version) {
        ObjectNode root = mapper.createObjectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "lockstep");
        driver.put("version", version);
        driver.put("informationUri", "https://github.com/lockstep-dev/lockstep");
        ArrayNode rules = driver.putArray("rules");
        rules.addObject().put("id", NONCONFORMING).putObject("shortDescription")
                .put("text", "A log line is a step the spec does not allow");
        rules.addObject().put("id", NEVER_TAKEN).putObject("shortDescription")
                .put("text", "No line of the logs takes this action of the spec");
        ArrayNode results = run.putArray("results");
        for (ValidationResult.Trace t : r.runs()) {
            if (!(t.verdict() instanceof Verdict.DoesNotConform d)) {
                continue;
            }
            Verdict.Witness w = d.witness();
            ObjectNode res = results.addObject();
            res.put("ruleId", NONCONFORMING);
            res.put("level", "error");
            StringBuilder msg = new StringBuilder(w.message());
            if (w.conjunct() != null) {
                msg.append(". False conjunct: ").append(w.conjunct().text());
                for (Verdict.Operand o : w.conjunct().values()) {
                    msg.append("; ").append(o.expr()).append(" = ").append(o.value());
                }
            }
            res.putObject("message").put("text", msg.toString());
            location(res.putArray("locations").addObject(), w.file(), (int) w.line(), 1, null);
            ArrayNode related = res.putArray("relatedLocations");
            int id = 0;
            if (w.action() != null && w.action().file() != null) {
                ObjectNode rl = related.addObject().put("id", id++);
                location(rl, w.action().file(), w.action().line(), w.action().column(), "definition of " + w.instance());
            }
            if (w.conjunct() != null && w.conjunct().location() != null && w.conjunct().location().file() != null) {
                Verdict.SpecLocation l = w.conjunct().location();
                ObjectNode rl = related.addObject().put("id", id);
                location(rl, l.file(), l.line(), l.column(), "false conjunct: " + w.conjunct().text());
                ((ObjectNode) rl.get("physicalLocation").get("region")).put("endLine", l.endLine()).put("endColumn", l.endColumn() + 1);
            }
        }
        for (String action : r.neverTaken()) {
            ObjectNode res = results.addObject();
            res.put("ruleId", NEVER_TAKEN);
            res.put("level", "note");
            res.putObject("message").put("text", "no line of the logs takes the spec's action " + action);
            location(res.putArray("locations").addObject(), r.spec(), 1, 1, null);
        }
        for (LogProblem p : r.problems()) {
            Diagnostic d = p.diagnostic();
            ObjectNode res = results.addObject();
            res.put("ruleId", d.code().id());
            res.put("level", "error");
            res.putObject("message").put("text", d.message());
            location(res.putArray("locations").addObject(), p.file(), (int) p.line(),
                    d.range() == null ? 1 : d.range().start().column() + 1, null);
        }
        return root;
    }

    private static void location(ObjectNode loc, Path file, int line, int column, String message) {
        ObjectNode phys = loc.putObject("physicalLocation");
        phys.putObject("artifactLocation").put("uri", file == null ? "" : file.toUri().toString());
        phys.putObject("region").put("startLine", Math.max(1, line)).put("startColumn", Math.max(1, column));
        if (message != null) {
            loc.putObject("message").put("text", message);
        }
    }
}
