package dev.lockstep.validator.report;

import dev.lockstep.validator.ValidationResult;
import dev.lockstep.validator.Verdict;
import dev.lockstep.validator.log.LogProblem;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a validation result as JUnit XML, one test case per log file, so CI servers list each
 * node's log: the file holding the first non-conforming line fails, files with malformed lines are
 * errors, the others pass (or are skipped when the verdict is unknown). When the log holds several
 * runs, one test case per run instead, failing, skipped or passing with the run's own verdict.
 * Coverage adds one case per action of the spec ({@code coverage: Name}), skipped when no line of
 * the log set takes it.
 * Written by {@link JunitXml}, the one JUnit XML writer.
 */
public final class JunitReport {
    private JunitReport() {
    }

    public static String render(ValidationResult r) {
        String classname = "lockstep.validate." + stem(r.spec());
        List<JunitXml.TestCase> cases = new ArrayList<>();
        if (r.traces().size() > 1) {
            for (ValidationResult.Trace t : r.traces()) {
                String name = t.file() + ":" + t.line() + " (trace " + t.index() + ")";
                if (t.verdict() instanceof Verdict.DoesNotConform d) {
                    cases.add(failure(classname, name, r, d));
                } else if (t.verdict() instanceof Verdict.Unknown u) {
                    cases.add(skipped(classname, name, u));
                } else {
                    cases.add(JunitXml.TestCase.passed(classname, name, 0, null));
                }
            }
        } else {
            Verdict v = r.verdict();
            for (Path f : r.files()) {
                List<LogProblem> bad = r.problems().stream().filter(p -> f.equals(p.file())).toList();
                if (v instanceof Verdict.DoesNotConform d && f.equals(d.witness().file())) {
                    cases.add(failure(classname, f.toString(), r, d));
                } else if (!bad.isEmpty()) {
                    StringBuilder text = new StringBuilder();
                    for (LogProblem p : bad) {
                        text.append(p.diagnostic().range().display()).append(": ").append(p.diagnostic().message())
                                .append(" [").append(p.diagnostic().code().id()).append("]\n");
                    }
                    cases.add(new JunitXml.TestCase(classname, f.toString(), 0, JunitXml.Status.ERROR,
                            bad.get(0).diagnostic().range().display() + ": " + bad.get(0).diagnostic().message(),
                            "malformed-log", text.toString(), null));
                } else if (v instanceof Verdict.Unknown u) {
                    cases.add(skipped(classname, f.toString(), u));
                } else {
                    cases.add(JunitXml.TestCase.passed(classname, f.toString(), 0, null));
                }
            }
        }
        // coverage: one case per action of the spec, skipped when no run of the log set takes it
        r.coverage().forEach((action, lines) -> cases.add(lines > 0
                ? JunitXml.TestCase.passed(classname, "coverage: " + action, 0, null)
                : new JunitXml.TestCase(classname, "coverage: " + action, 0, JunitXml.Status.SKIPPED,
                        "no log line takes " + action, null, null, null)));
        return JunitXml.render("lockstep validate " + r.spec().getFileName(), cases);
    }

    /** A failing case: where and why, with the terminal report as its text. */
    private static JunitXml.TestCase failure(String classname, String name, ValidationResult r,
                                             Verdict.DoesNotConform d) {
        Verdict.Witness wt = d.witness();
        StringWriter detail = new StringWriter();
        HumanReport.render(new ValidationResult(r.spec(), r.files(), d, List.of()), new PrintWriter(detail),
                new PrintWriter(new StringWriter()));
        return new JunitXml.TestCase(classname, name, 0, JunitXml.Status.FAILURE,
                wt.file() + ":" + wt.line() + ": " + wt.message(), "does-not-conform", detail.toString(), null);
    }

    private static JunitXml.TestCase skipped(String classname, String name, Verdict.Unknown u) {
        return new JunitXml.TestCase(classname, name, 0, JunitXml.Status.SKIPPED, u.reason(), null, null, null);
    }

    private static String stem(Path p) {
        return p.getFileName().toString().replaceFirst("\\.tla$", "");
    }
}
