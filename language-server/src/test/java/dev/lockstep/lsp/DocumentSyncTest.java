package dev.lockstep.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.junit.jupiter.api.Test;

/** Applying content changes: full text, and ranged changes from clients that send them anyway. */
class DocumentSyncTest {
    private static TextDocumentContentChangeEvent ranged(int l1, int c1, int l2, int c2, String text) {
        return new TextDocumentContentChangeEvent(new Range(new Position(l1, c1), new Position(l2, c2)), text);
    }

    @Test
    void fullAndRangedChanges() {
        String text = "---- MODULE M ----\nVARIABLE x\nInit == x = 0\n====\n";
        assertEquals("new", OpenDocuments.apply(text, new TextDocumentContentChangeEvent("new")));
        assertEquals("---- MODULE M ----\nVARIABLE x\nInit == x = 42\n====\n",
                OpenDocuments.apply(text, ranged(2, 12, 2, 13, "42")));
        assertEquals("---- MODULE M ----\nVARIABLES x, y\nInit == x = 0\n====\n",
                OpenDocuments.apply(text, ranged(1, 8, 1, 8, "S")).replace("VARIABLES x", "VARIABLES x, y"));
        // across lines: delete the VARIABLE line
        assertEquals("---- MODULE M ----\nInit == x = 0\n====\n", OpenDocuments.apply(text, ranged(1, 0, 2, 0, "")));
        // positions past the end are clamped, an inverted range changes nothing
        assertEquals(text + "\\* end", OpenDocuments.apply(text, ranged(99, 0, 99, 5, "\\* end")));
        assertEquals(text, OpenDocuments.apply(text, ranged(2, 5, 1, 0, "zzz")));
        // a character past the end of its line is the line's end, not the next line
        assertEquals("---- MODULE M ----\nVARIABLE x, y\nInit == x = 0\n====\n", OpenDocuments.apply(text, ranged(1, 500, 1, 500, ", y")));
    }
}
