package dev.lockstep.cli;

import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.SourceRange;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders diagnostics for a terminal, in the form compilers use:
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
    private final Map<Path, List<String>> lines = new HashMap<>();

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
        SourceRange r = d.range();
        String head = r == null ? "lockstep" : r.display();
        err.println(head + ": " + d.severity().label() + ": " + d.message() + " [" + d.code().id() + "]");
        if (r != null && r.file() != null) {
            sourceLine(r.file(), r.start().line()).ifPresent(text -> {
                err.println("  " + text);
                err.println("  " + caret(text, r));
            });
        }
        for (Diagnostic.Related rel : d.related()) {
            String where = rel.range() == null ? "lockstep" : rel.range().display();
            err.println(where + ": note: " + rel.message());
        }
    }

    private static String caret(String text, SourceRange r) {
        int start = Math.min(r.start().column(), text.length());
        int end = r.end().line() == r.start().line() ? Math.min(r.end().column(), text.length()) : text.length();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < start; i++) {
            sb.append(text.charAt(i) == '\t' ? '\t' : ' ');
        }
        sb.append('^');
        for (int i = start + 1; i < end; i++) {
            sb.append('~');
        }
        return sb.toString();
    }

    private java.util.Optional<String> sourceLine(Path file, int line) {
        List<String> ls = lines.computeIfAbsent(file, f -> {
            try {
                return Files.readAllLines(f, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        });
        return line < ls.size() ? java.util.Optional.of(ls.get(line)) : java.util.Optional.empty();
    }
}
