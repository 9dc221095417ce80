package dev.lockstep.translator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.bridge.value.TlaPrinter;
import dev.lockstep.bridge.value.TlcValue;
import dev.lockstep.runtime.value.Values;
import dev.lockstep.speclang.ParseResult;
import dev.lockstep.speclang.SpecParser;
import dev.lockstep.speclang.print.SpecPrinter;
import dev.lockstep.speclang.print.TlaStrings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * TLA+ string literals have two writers (docs/architecture.md, "Deliberate repeats"): spec-lang's
 * {@code TlaStrings}, which the spec printer and checker-bridge's {@code TlaPrinter} use, and
 * runtime's {@code TlaText}, which cannot depend on spec-lang. This test, which sees all three
 * modules, holds them to the same literal, and checks that spec-lang's parser reads it back.
 */
class TlaStringLiteralTest {
    private static final String[] STRINGS = {"", "plain", "say \"hi\"", "back\\slash", "two\nlines", "tab\there",
        "cr\rlf\r\n", "form\ffeed", "\\\"", "ünï ☃"};

    @Test
    void everyWriterWritesTheSameLiteral() {
        for (String s : STRINGS) {
            String literal = TlaStrings.quote(s);
            assertEquals(literal, Values.str(s).toTla(), s);
            assertEquals(literal, TlaPrinter.print(new TlcValue.Str(s)), s);
        }
        assertEquals("\"\\\"a\\\\b\\nc\\td\\re\\ff\"", TlaStrings.quote("\"a\\b\nc\td\re\ff"));
    }

    @Test
    void theParserReadsTheLiteralBack() {
        for (String s : STRINGS) {
            String literal = TlaStrings.quote(s);
            ParseResult r = SpecParser.parse("---- MODULE M ----\nX == " + literal + "\n====\n", Path.of("M.tla"));
            assertFalse(r.hasErrors(), () -> literal + ": " + r.diagnostics());
            String printed = SpecPrinter.print(r.module().orElseThrow());
            assertTrue(printed.contains("X == " + literal), printed);
        }
    }
}
