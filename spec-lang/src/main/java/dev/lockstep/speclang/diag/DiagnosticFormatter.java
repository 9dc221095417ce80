package dev.lockstep.speclang.diag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Diagnostics as text, in the form compilers use (and editors and CI logs link):
 * <pre>
 * Spec.tla:12:7: error: unknown name 'Foo' [LS201]
 *   Next == Foo /\ x' = x + 1
 *           ^~~
 * Spec.tla:3:1: note: a related location
 * </pre>
 * Positions print 1-based; a diagnostic without a location starts with {@code lockstep:}. Every
 * surface that prints a diagnostic as text (the CLI, the Maven plugin, validate's human report)
 * writes it through here. An instance reads each source file once, for the source lines it shows;
 * it is meant for one run (not thread-safe).
 */
public final class DiagnosticFormatter {
    private final Map<Path, List<String>> lines = new HashMap<>();

    /** The first line: {@code path:line:col: severity: message [LSxxx]}. */
    public static String headline(Diagnostic d) {
        return where(d.range()) + ": " + d.severity().label() + ": " + d.message() + " [" + d.code().id() + "]";
    }

    /** One line per related location: {@code path:line:col: note: message}. */
    public static List<String> notes(Diagnostic d) {
        List<String> out = new ArrayList<>();
        for (Diagnostic.Related rel : d.related()) {
            out.add(where(rel.range()) + ": note: " + rel.message());
        }
        return out;
    }

    /**
     * The marker under {@code text} (the source line {@code r} starts on): spaces (tabs kept, so
     * the marker lines up) to the start, {@code ^}, then {@code ~} to the end of the range on
     * that line.
     */
    public static String caret(String text, SourceRange r) {
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

    /**
     * The whole diagnostic: the headline, then (when its file can be read) the source line and the
     * caret under the range, each indented by two spaces, then the notes.
     */
    public List<String> format(Diagnostic d) {
        List<String> out = new ArrayList<>();
        out.add(headline(d));
        SourceRange r = d.range();
        if (r != null && r.file() != null) {
            sourceLine(r.file(), r.start().line()).ifPresent(text -> {
                out.add("  " + text);
                out.add("  " + caret(text, r));
            });
        }
        out.addAll(notes(d));
        return out;
    }

    private static String where(SourceRange r) {
        return r == null ? "lockstep" : r.display();
    }

    private Optional<String> sourceLine(Path file, int line) {
        List<String> ls = lines.computeIfAbsent(file, f -> {
            try {
                return Files.readAllLines(f, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        });
        return line < ls.size() ? Optional.of(ls.get(line)) : Optional.empty();
    }
}
