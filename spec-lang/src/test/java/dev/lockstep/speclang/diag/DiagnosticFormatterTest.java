package dev.lockstep.speclang.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one text form of a diagnostic: headline, source line with caret, notes. */
class DiagnosticFormatterTest {
    @TempDir
    Path dir;

    private static SourceRange range(Path file, int line, int col, int endLine, int endCol) {
        return new SourceRange(file, new SourcePosition(line, col), new SourcePosition(endLine, endCol));
    }

    @Test
    void headlineIsOneBasedPathLineColumnSeverityMessageAndCode() {
        Path f = Path.of("Spec.tla");
        Diagnostic d = Diagnostic.error(DiagnosticCode.LS201_UNKNOWN_NAME, range(f, 11, 6, 11, 9), "unknown name 'Foo'");
        assertEquals("Spec.tla:12:7: error: unknown name 'Foo' [LS201]", DiagnosticFormatter.headline(d));
        Diagnostic w = Diagnostic.warning(DiagnosticCode.LS302_PLUSCAL_STALE_TRANSLATION, null, "stale");
        assertEquals("lockstep: warning: stale [LS302]", DiagnosticFormatter.headline(w));
    }

    @Test
    void formatShowsTheSourceLineWithACaretUnderTheRangeAndTheNotes() throws Exception {
        Path f = Files.writeString(dir.resolve("Spec.tla"), "---- MODULE Spec ----\n\tNext == Foo /\\ x' = x + 1\n====\n");
        Diagnostic d = new Diagnostic(DiagnosticCode.LS201_UNKNOWN_NAME, Severity.ERROR, range(f, 1, 9, 1, 12), "unknown name 'Foo'",
                List.of(new Diagnostic.Related(range(f, 0, 0, 0, 4), "in this module")));
        assertEquals(List.of(
                f + ":2:10: error: unknown name 'Foo' [LS201]",
                "  \tNext == Foo /\\ x' = x + 1",
                "  \t        ^~~",
                f + ":1:1: note: in this module"), new DiagnosticFormatter().format(d));
    }

    @Test
    void aRangeOverSeveralLinesIsMarkedToTheEndOfItsFirstLine() {
        assertEquals("        ^~~~~", DiagnosticFormatter.caret("Init == x = 0", range(null, 0, 8, 3, 0)));
    }

    @Test
    void anUnreadableFileGivesTheHeadlineAlone() {
        Path missing = dir.resolve("Missing.tla");
        Diagnostic d = Diagnostic.error(DiagnosticCode.LS201_UNKNOWN_NAME, range(missing, 4, 0, 4, 1), "unknown name 'y'");
        assertEquals(List.of(missing + ":5:1: error: unknown name 'y' [LS201]"), new DiagnosticFormatter().format(d));
    }
}
