package dev.lockstep.bridge.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.bridge.Resources;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class TlcStreamParserTest {

    private static List<TlcEvent> parse(String text) throws IOException {
        return TlcStreamParser.parseAll(new StringReader(text));
    }

    private static List<TlcEvent.Message> messages(List<TlcEvent> events, int code) {
        return events.stream().filter(e -> e instanceof TlcEvent.Message m && m.code() == code)
                .map(e -> (TlcEvent.Message) e).toList();
    }

    @Test
    void recordedViolationHasStatesAndPrintOutput() throws IOException {
        List<TlcEvent> events = parse(Resources.text("tlc-output/Values.out"));
        assertEquals(2, messages(events, TlcCodes.STATE_PRINT2).size());
        TlcEvent.Message inv = messages(events, TlcCodes.INVARIANT_VIOLATED_BEHAVIOR).get(0);
        assertEquals("Invariant Inv is violated.", inv.body());
        assertEquals(1, inv.messageClass());
        assertTrue(events.contains(new TlcEvent.Output("<<\"hello\", -1234567890>>")));
        TlcEvent.Message first = messages(events, TlcCodes.STATE_PRINT2).get(0);
        assertTrue(first.body().startsWith("1: <Initial predicate>\n/\\ e = (1 :> 2 @@ 3 :> 6)"), first.body());
        assertFalse(first.body().endsWith("\n"));
    }

    @Test
    void configErrorIsNestedInsideGeneralMessage() throws IOException {
        List<TlcEvent> events = parse(Resources.text("tlc-output/BadCfg.out"));
        TlcEvent.Message general = messages(events, TlcCodes.GENERAL).get(0);
        assertEquals(1, general.nested().size());
        TlcEvent.Message cfg = general.nested().get(0);
        assertEquals(5006, cfg.code());
        assertTrue(cfg.body().contains("configuration file at line 3"), cfg.body());
        assertTrue(general.body().endsWith("The exception was a tlc2.tool.ConfigFileException\n:"), general.body());
    }

    @Test
    void printOutputBeforeFrameOnSameLineIsKept() throws IOException {
        List<TlcEvent> events = parse("hello world@!@!@STARTMSG 2185:0 @!@!@\nStarting...\n@!@!@ENDMSG 2185 @!@!@\n");
        assertEquals(new TlcEvent.Output("hello world"), events.get(0));
        TlcEvent.Message m = (TlcEvent.Message) events.get(1);
        assertEquals(2185, m.code());
        assertEquals("Starting...", m.body());
        assertTrue(m.complete());
    }

    @Test
    void unknownCodesAndUnframedLinesAreKept() throws IOException {
        List<TlcEvent> events = parse("Parsing file /x/A.tla\n@!@!@STARTMSG 9999:3 @!@!@\nnew in TLC 3\nsecond line\n@!@!@ENDMSG 9999 @!@!@\n");
        assertEquals(new TlcEvent.Output("Parsing file /x/A.tla"), events.get(0));
        TlcEvent.Message m = (TlcEvent.Message) events.get(1);
        assertEquals(9999, m.code());
        assertEquals(3, m.messageClass());
        assertEquals("new in TLC 3\nsecond line", m.body());
    }

    @Test
    void streamEndingMidMessageYieldsIncompleteMessage() throws IOException {
        List<TlcEvent> events = parse("@!@!@STARTMSG 2217:4 @!@!@\n1: <Initial predicate>\nx = 0\n");
        TlcEvent.Message m = (TlcEvent.Message) events.get(0);
        assertFalse(m.complete());
        assertEquals("1: <Initial predicate>\nx = 0", m.body());
    }

    @Test
    void textAfterEndFrameOnSameLineIsKept() throws IOException {
        List<TlcEvent> events = parse("@!@!@STARTMSG 2185:0 @!@!@\nx\n@!@!@ENDMSG 2185 @!@!@ trailing\n");
        assertEquals(new TlcEvent.Output(" trailing"), events.get(1));
    }

    @Test
    void everyRecordedOutputParsesWithoutLosingFrames() throws IOException {
        for (String f : List.of("Deadlock", "Live", "Stutter", "Assume", "Assert", "Syntax", "Semantic", "Unassigned",
                "EvalErr", "Values", "UnknownInv", "UnknownConst", "BadCfg", "Sim", "Dfid")) {
            String text = Resources.text("tlc-output/" + f + ".out");
            long starts = text.lines().filter(l -> l.contains("@!@!@STARTMSG")).count();
            List<TlcEvent> events = parse(text);
            long parsed = events.stream().filter(e -> e instanceof TlcEvent.Message).mapToLong(e -> 1 + ((TlcEvent.Message) e).nested().size()).sum();
            assertEquals(starts, parsed, f);
            assertTrue(events.stream().allMatch(e -> !(e instanceof TlcEvent.Message m) || m.complete()), f);
        }
    }
}
