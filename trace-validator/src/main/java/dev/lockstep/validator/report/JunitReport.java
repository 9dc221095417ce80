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
 * errors, the others pass (or are skipped when the verdict is unknown).
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
        for (Path f : r.files()) {
            List<LogProblem> bad = r.problems().stream().filter(p -> f.equals(p.file())).toList();
            cases.append("  <testcase classname=\"lockstep.validate.").append(xml(stem(r.spec()))).append("\" name=\"")
                    .append(xml(f.toString())).append("\">\n");
            if (v instanceof Verdict.DoesNotConform d && f.equals(d.witness().file())) {
                failures++;
                Verdict.Witness wt = d.witness();
                cases.append("    <failure message=\"").append(xml(f + ":" + wt.line() + ": " + wt.message()))
                        .append("\" type=\"does-not-conform\">");
                StringWriter detail = new StringWriter();
                HumanReport.render(new ValidationResult(r.spec(), r.files(), v, List.of()), new PrintWriter(detail),
                        new PrintWriter(new StringWriter()));
                cases.append(xml(detail.toString())).append("</failure>\n");
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
                + r.files().size() + "\" failures=\"" + failures + "\" errors=\"" + errors + "\" skipped=\"" + skipped + "\">");
        w.print(cases);
        w.println("</testsuite>");
        w.flush();
        return sw.toString();
    }

    private static String stem(Path p) {
        return p.getFileName().toString().replaceFirst("\\.tla$", "");
    }

    static String xml(String s) {
        return dev.lockstep.validator.report.XmlText.escape(s);
    }
}
