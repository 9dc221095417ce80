package dev.lockstep.maven;

import dev.lockstep.bridge.check.CheckResult;
import dev.lockstep.bridge.trace.Trace;
import dev.lockstep.bridge.trace.TraceState;
import dev.lockstep.bridge.value.TlaPrinter;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticFormatter;
import java.util.Locale;

/** Renders a {@link CheckResult} as text for the build log and the JUnit report. */
final class CheckReport {
    private CheckReport() {
    }

    /** One line: the verdict, and what was violated. */
    static String verdict(CheckResult r) {
        StringBuilder sb = new StringBuilder(r.outcome().label());
        r.violation().ifPresent(v -> {
            sb.append(": ").append(v.kind().label());
            if (v.property() != null) {
                sb.append(' ').append(v.property());
            }
        });
        if (r.violation().isEmpty()) {
            r.diagnostics().stream().filter(Diagnostic::isError).findFirst()
                    .ifPresent(d -> sb.append(": ").append(d.message()));
        }
        return sb.toString();
    }

    /** The verdict, TLC's explanation, diagnostics, statistics and the counterexample. */
    static String details(CheckResult r) {
        StringBuilder sb = new StringBuilder(verdict(r)).append(" (exit code ").append(r.exitCode()).append(")\n");
        r.violation().ifPresent(v -> {
            if (v.message() != null && !v.message().isBlank()) {
                sb.append(v.message().strip()).append('\n');
            }
            if (v.location() != null) {
                sb.append("at ").append(v.location().display()).append('\n');
            }
        });
        for (Diagnostic d : r.diagnostics()) {
            sb.append(DiagnosticFormatter.headline(d)).append('\n');
        }
        sb.append(r.stats().summary()).append('\n');
        r.trace().ifPresent(t -> trace(t, sb));
        return sb.toString();
    }

    private static void trace(Trace t, StringBuilder sb) {
        sb.append("behaviour (").append(t.states().size()).append(" states):\n");
        for (int i = 0; i < t.states().size(); i++) {
            TraceState s = t.states().get(i);
            sb.append(String.format(Locale.ROOT, "%3d: %s%s%n", s.number(), s.actionName().orElse("(step)"),
                    t.isLasso() && i == t.loopIndex() ? "   <- the behaviour loops back here" : ""));
            s.values().forEach((k, v) -> sb.append("       ").append(k).append(" = ").append(TlaPrinter.print(v)).append('\n'));
        }
        if (t.stuttering()) {
            sb.append("     then stutters forever\n");
        }
    }
}
