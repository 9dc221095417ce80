package dev.lockstep.cli;

import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticFormatter;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints diagnostics on the terminal's error stream, as {@link DiagnosticFormatter} writes them:
 * <pre>
 * Spec.tla:12:7: error: unknown name 'Foo' [LS201]
 *   Next == Foo /\ x' = x + 1
 *           ^~~
 * </pre>
 * Source lines are read from the file once per file; a diagnostic without a location prints as
 * {@code lockstep: error: message}.
 */
public final class DiagnosticPrinter {
    private final PrintWriter err;
    private final DiagnosticFormatter formatter = new DiagnosticFormatter();

    public DiagnosticPrinter(PrintWriter err) {
        this.err = err;
    }

    /** Prints each diagnostic; returns how many were errors. */
    public int printAll(List<Diagnostic> diagnostics) {
        int errors = 0;
        for (Diagnostic d : diagnostics) {
            print(d);
            if (d.isError()) {
                errors++;
            }
        }
        err.flush();
        return errors;
    }

    public void print(Diagnostic d) {
        formatter.format(d).forEach(err::println);
    }
}
