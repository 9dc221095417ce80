package dev.lockstep.validator.report;

import java.util.List;
import java.util.Locale;

/**
 * One JUnit XML test suite (the format Surefire writes and CI servers read): a test case per model,
 * log or run, each passed, failed (the spec or log is wrong), in error (it could not be checked) or
 * skipped. The only JUnit XML writer: {@code validate --junit} ({@link JunitReport}) and the Maven
 * plugin's goals build their test cases and render them here; the caller writes the text.
 */
public final class JunitXml {
    /** How a test case ended. */
    public enum Status { PASSED, FAILURE, ERROR, SKIPPED }

    /**
     * One test case.
     *
     * @param classname  e.g. {@code lockstep.check.TwoPhaseCommit}
     * @param name       the model or log
     * @param seconds    how long it took
     * @param status     how it ended
     * @param message    one line (failures, errors, skips)
     * @param type       a stable tag such as {@code safety-failure} or {@code does-not-conform}
     * @param details    the full report (failures and errors)
     * @param output       a summary shown as the case's standard output (state counts, events), or null
     */
    public record TestCase(String classname, String name, double seconds, Status status, String message, String type,
                    String details, String output) {
        public static TestCase passed(String classname, String name, double seconds, String output) {
            return new TestCase(classname, name, seconds, Status.PASSED, null, null, null, output);
        }
    }

    private JunitXml() {
    }

    public static String render(String suite, List<TestCase> cases) {
        long failures = cases.stream().filter(c -> c.status() == Status.FAILURE).count();
        long errors = cases.stream().filter(c -> c.status() == Status.ERROR).count();
        long skipped = cases.stream().filter(c -> c.status() == Status.SKIPPED).count();
        double time = cases.stream().mapToDouble(TestCase::seconds).sum();
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<testsuite name=\"").append(xml(suite)).append("\" tests=\"").append(cases.size())
                .append("\" failures=\"").append(failures).append("\" errors=\"").append(errors)
                .append("\" skipped=\"").append(skipped).append("\" time=\"").append(seconds(time)).append("\">\n");
        for (TestCase c : cases) {
            sb.append("  <testcase classname=\"").append(xml(c.classname())).append("\" name=\"").append(xml(c.name()))
                    .append("\" time=\"").append(seconds(c.seconds())).append('"');
            String out = c.output() == null ? "" : "    <system-out>" + xml(c.output()) + "</system-out>\n";
            switch (c.status()) {
                case PASSED -> sb.append(out.isEmpty() ? "/>\n" : ">\n" + out + "  </testcase>\n");
                case SKIPPED -> sb.append(">\n    <skipped message=\"").append(xml(c.message())).append("\"/>\n")
                        .append(out).append("  </testcase>\n");
                case FAILURE, ERROR -> {
                    String tag = c.status() == Status.FAILURE ? "failure" : "error";
                    sb.append(">\n    <").append(tag).append(" message=\"").append(xml(c.message())).append("\" type=\"")
                            .append(xml(c.type())).append("\">").append(xml(c.details() == null ? "" : c.details()))
                            .append("</").append(tag).append(">\n").append(out).append("  </testcase>\n");
                }
                default -> throw new IllegalStateException(c.status().toString());
            }
        }
        return sb.append("</testsuite>\n").toString();
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.3f", s);
    }

    static String xml(String s) {
        return XmlText.escape(s);
    }
}
