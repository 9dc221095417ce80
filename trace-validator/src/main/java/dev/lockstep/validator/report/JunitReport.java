package dev.lockstep.validator.report;

import dev.lockstep.validator.ValidationResult;
import dev.lockstep.validator.Verdict;
import dev.lockstep.validator.log.LogProblem;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders a validation result as JUnit XML, one test case per log file, so CI servers list each
 * node's log: the file holding the first non-conforming line fails, files with malformed lines are
 * errors, the others pass (or are skipped when the verdict is unknown). When the log holds several
 * runs, one test case per run instead, failing, skipped or passing with the run's own verdict.
 */
public final class JunitReport {
    private JunitReport() {
    }

    public static String render(ValidationResult r) {
        StringWriter sw = new StringWriter();
        PrintWriter w = new PrintWriter(sw);
        Verdict v = r.verdict();
        int failures = 0;
        int errors = 0;
        int skipped = 0;
        StringBuilder cases = new StringBuilder();
        int tests = r.files().size();
        if (r.traces().size() > 1) {
            tests = r.traces().size();
            for (ValidationResult.Trace t : r.traces()) {
                cases.append("  <testcase classname=\"lockstep.validate.").append(xml(stem(r.spec()))).append("\" name=\"")
                        .append(xml(t.file() + ":" + t.line() + " (trace " + t.index() + ")")).append("\">\n");
                if (t.verdict() instanceof Verdict.DoesNotConform d) {
                    failures++;
                    failure(cases, r, d);
                } else if (t.verdict() instanceof Verdict.Unknown u) {
                    skipped++;
                    cases.append("    <skipped message=\"").append(xml(u.reason())).append("\"/>\n");
                }
                cases.append("  </testcase>\n");
            }
        }
        for (Path f : r.traces().size() > 1 ? List.<Path>of() : r.files()) {
            List<LogProblem> bad = r.problems().stream().filter(p -> f.equals(p.file())).toList();
            cases.append("  <testcase classname=\"lockstep.validate.").append(xml(stem(r.spec()))).append("\" name=\"")
                    .append(xml(f.toString())).append("\">\n");
            if (v instanceof Verdict.DoesNotConform d && f.equals(d.witness().file())) {
                failures++;
                failure(cases, r, d);
            } else if (!bad.isEmpty()) {
                errors++;
                StringBuilder text = new StringBuilder();
                for (LogProblem p : bad) {
                    text.append(p.diagnostic().range().display()).append(": ").append(p.diagnostic().message())
                            .append(" [").append(p.diagnostic().code().id()).append("]\n");
                }
                cases.append("    <error message=\"").append(xml(bad.get(0).diagnostic().range().display() + ": "
                        + bad.get(0).diagnostic().message())).append("\" type=\"malformed-log\">")
                        .append(xml(text.toString())).append("</error>\n");
            } else if (v instanceof Verdict.Unknown u) {
                skipped++;
                cases.append("    <skipped message=\"").append(xml(u.reason())).append("\"/>\n");
            }
            cases.append("  </testcase>\n");
        }
        w.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        w.println("<testsuite name=\"lockstep validate " + xml(r.spec().getFileName().toString()) + "\" tests=\""
                + tests + "\" failures=\"" + failures + "\" errors=\"" + errors + "\" skipped=\"" + skipped + "\">");
        w.print(cases);
        w.println("</testsuite>");
        w.flush();
        return sw.toString();
    }

    /** A failure element: where and why, with the terminal report as its text. */
    private static void failure(StringBuilder cases, ValidationResult r, Verdict.DoesNotConform d) {
        Verdict.Witness wt = d.witness();
        cases.append("    <failure message=\"").append(xml(wt.file() + ":" + wt.line() + ": " + wt.message()))
                .append("\" type=\"does-not-conform\">");
        StringWriter detail = new StringWriter();
        HumanReport.render(new ValidationResult(r.spec(), r.files(), d, List.of()), new PrintWriter(detail),
                new PrintWriter(new StringWriter()));
        cases.append(xml(detail.toString())).append("</failure>\n");
    }

    private static String stem(Path p) {
        return p.getFileName().toString().replaceFirst("\\.tla$", "");
    }

    static String xml(String s) {
        return dev.lockstep.validator.report.XmlText.escape(s);
    }
}
