package dev.lockstep.validator.report;

import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticFormatter;
import dev.lockstep.validator.ValidationResult;
import dev.lockstep.validator.Verdict;
import dev.lockstep.validator.log.LogProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders a validation result for a terminal: verdict on stdout, malformed input on stderr. */
public final class HumanReport {
    private HumanReport() {
    }

    public static void render(ValidationResult r, PrintWriter out, PrintWriter err) {
        render(r, r.spec(), out, err);
    }

    /** As {@link #render(ValidationResult, PrintWriter, PrintWriter)}, naming spec files relative to {@code shownSpec}, the spec as the user named it. */
    public static void render(ValidationResult r, Path shownSpec, PrintWriter out, PrintWriter err) {
        for (LogProblem p : r.problems()) {
            printProblem(p, err);
        }
        String spec = r.spec().getFileName().toString();
        String logs = r.files().stream().map(Path::toString).collect(Collectors.joining(", "));
        if (r.traces().size() > 1) {
            renderTraces(r, spec, shownSpec, out);
            printCoverage(r, out);
            out.flush();
            err.flush();
            return;
        }
        Verdict v = r.verdict();
        if (v instanceof Verdict.Conforms c) {
            out.println(logs + ": conforms to " + spec + " (" + c.events() + " events, " + c.engine().label() + " engine)");
        } else if (v instanceof Verdict.Unknown u) {
            out.println(logs + ": unknown: " + u.reason() + " (" + u.engine().label() + " engine, "
                    + u.events() + " events checked)");
        } else if (v instanceof Verdict.DoesNotConform d) {
            printWitness(d, spec, shownSpec, out);
        }
        printAmbiguous(r, out);
        printCoverage(r, out);
        out.flush();
        err.flush();
    }

    /** {@code coverage: 3 of 4 actions taken (Acquire 40, ...); never taken: Terminating}, when counted. */
    private static void printCoverage(ValidationResult r, PrintWriter out) {
        java.util.SortedMap<String, Long> cov = r.coverage();
        if (cov.isEmpty()) {
            return;
        }
        List<String> never = r.neverTaken();
        String counts = cov.entrySet().stream().filter(e -> e.getValue() > 0).map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        out.println("coverage: " + (cov.size() - never.size()) + " of " + cov.size() + " actions taken"
                + (counts.isEmpty() ? "" : " (" + counts + ")")
                + (never.isEmpty() ? "" : "; never taken: " + String.join(", ", never)));
    }

    /** One line per run, the explanation of each that does not conform, then a count. */
    private static void renderTraces(ValidationResult r, String spec, Path shownSpec, PrintWriter out) {
        int conform = 0;
        int failed = 0;
        for (ValidationResult.Trace t : r.traces()) {
            String where = t.file() + ":" + t.line() + ": trace " + t.index();
            if (t.verdict() instanceof Verdict.Conforms c) {
                conform++;
                out.println(where + " conforms (" + c.events() + " events)");
            } else if (t.verdict() instanceof Verdict.Unknown u) {
                out.println(where + " unknown: " + u.reason() + " (" + u.events() + " events checked)");
            } else {
                failed++;
                out.println(where + " does not conform:");
                printWitness((Verdict.DoesNotConform) t.verdict(), spec, shownSpec, out);
            }
        }
        int n = r.traces().size();
        out.println(r.files().stream().map(Path::toString).collect(Collectors.joining(", ")) + ": " + n
                + " traces against " + spec + ": " + conform + " conform, " + failed + " do not conform, "
                + (n - conform - failed) + " unknown (" + r.verdict().engine().label() + " engine)");
    }

    /** The lines several spec states explain (a value the log does not show was left open). */
    private static void printAmbiguous(ValidationResult r, PrintWriter out) {
        if (r.ambiguous().isEmpty()) {
            return;
        }
        long count = r.stats().getOrDefault("ambiguousLines", (long) r.ambiguous().size());
        out.println("  " + count + (count == 1 ? " line was" : " lines were") + " explained in several ways"
                + (count > r.ambiguous().size() ? " (the first " + r.ambiguous().size() + "):" : ":"));
        for (ValidationResult.Ambiguity a : r.ambiguous()) {
            out.println("    " + a.file() + ":" + a.line() + ": " + a.event() + ": " + a.states() + " spec states"
                    + (a.differIn().isEmpty() ? "" : ", differing in " + String.join(", ", a.differIn())));
        }
    }

    static void printProblem(LogProblem p, PrintWriter err) {
        Diagnostic d = p.diagnostic();
        err.println(DiagnosticFormatter.headline(d));
        if (p.excerpt() != null && !p.excerpt().isEmpty()) {
            err.println("  " + p.excerpt());
        }
        DiagnosticFormatter.notes(d).forEach(err::println);
    }

    private static void printWitness(Verdict.DoesNotConform d, String spec, Path specPath, PrintWriter out) {
        Verdict.Witness w = d.witness();
        out.println(w.file() + ":" + w.line() + ": error: this step does not conform to " + spec + " ("
                + d.engine().label() + " engine, after " + d.events() + " conforming events)");
        out.println("  " + w.message());
        if (w.logged() != null) {
            out.println("  logged:    " + w.logged());
        }
        if (w.instance() != null) {
            out.println("  checked:   " + w.instance() + (w.action() == null ? "" : ", defined at " + where(w.action(), specPath)));
        }
        Verdict.Conjunct c = w.conjunct();
        if (c != null) {
            out.println("  false:     " + c.text() + (c.location() == null ? "" : "   (" + where(c.location(), specPath) + ")")
                    + ("false".equals(c.result()) ? "" : " -- " + c.result()));
            if (c.via() != null) {
                out.println("             reached through " + c.via());
            }
            for (Verdict.Operand o : c.values()) {
                out.println("             " + o.expr() + " = " + o.value());
            }
        }
        if (!w.stateBefore().isEmpty()) {
            out.println("  state before this line:");
            printState(w.stateBeforeText(), out);
        }
        if (!w.diff().isEmpty()) {
            out.println("  the action allows, but the log has:");
            for (Verdict.VariableDiff v : w.diff()) {
                out.println("    " + v.variable() + ": allowed " + v.allowed());
                out.println("    " + " ".repeat(v.variable().length()) + "  logged  " + v.logged());
            }
        } else if (!w.stateAfter().isEmpty() && w.stateBefore().isEmpty()) {
            out.println("  logged state:");
            printState(w.stateAfterText(), out);
        }
        if ((!w.stateBefore().isEmpty() && d.engine() == Verdict.Engine.DIRECT) || !w.enabled().isEmpty()) {
            out.println("  enabled there: " + (w.enabled().isEmpty() ? "(no action: deadlock)" : String.join(", ", w.enabled())));
        }
        if (!w.explainedBy().isEmpty()) {
            out.println("  the logged step is explained by: " + String.join(", ", w.explainedBy()));
        }
    }

    private static void printState(Map<String, String> s, PrintWriter out) {
        s.forEach((k, v) -> out.println("    " + k + " = " + v));
    }

    /**
     * {@code file:line:col}; a file in the spec's folder is shown the way the user named the spec
     * ({@code specs/X/X.tla}, not the absolute path TLC reports).
     */
    static String where(Verdict.SpecLocation l, Path spec) {
        if (l.file() == null) {
            return l.module() + ":" + l.line() + ":" + l.column();
        }
        Path folder = spec.toAbsolutePath().normalize().getParent();
        Path f = l.file();
        if (f.isAbsolute() && folder != null && f.normalize().startsWith(folder)) {
            Path given = spec.getParent();
            Path rel = folder.relativize(f.normalize());
            f = given == null ? rel : given.resolve(rel);
        }
        return f + ":" + l.line() + ":" + l.column();
    }
}
