package dev.lockstep.bridge.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.bridge.value.TlcValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatePrintParserTest {

    private static TraceState state(String body) {
        return assertInstanceOf(StatePrintParser.State.class, StatePrintParser.parse(body).orElseThrow()).state();
    }

    @Test
    void initialState() {
        TraceState s = state("1: <Initial predicate>\n/\\ s = <<>>\n/\\ x = 0");
        assertEquals(1, s.number());
        assertEquals("Init", s.action());
        assertNull(s.location());
        assertEquals(List.of("s", "x"), List.copyOf(s.values().keySet()));
        assertEquals(TlcValue.Int.of(0), s.values().get("x"));
    }

    @Test
    void actionWithLocation() {
        TraceState s = state("2: <Inc line 5, col 8 to line 5, col 66 of module Counter>\n/\\ s = <<[a |-> 0, b |-> {0}]>>\n/\\ x = 1");
        assertEquals("Inc", s.action());
        assertEquals(new TraceState.ActionLocation("Counter", 5, 8, 5, 66), s.location());
        assertEquals(TlcValue.Int.of(1), s.values().get("x"));
    }

    @Test
    void singleVariableWithoutConjunction() {
        TraceState s = state("3: <Next line 5, col 9 to line 5, col 27 of module Deadlock>\nx = 2");
        assertEquals(TlcValue.Int.of(2), s.values().get("x"));
    }

    @Test
    void depthFirstStateHasNoAction() {
        TraceState s = state("2:\nx = 1");
        assertNull(s.action());
        assertEquals(TlcValue.Int.of(1), s.values().get("x"));
    }

    @Test
    void multiLineValues() {
        TraceState s = state("4: <A line 1, col 1 to line 1, col 2 of module M>\n/\\ f = ( r1 :> 1 @@\n  r2 :> 2 )\n/\\ y = TRUE");
        assertInstanceOf(TlcValue.Fun.class, s.values().get("f"));
        assertEquals(new TlcValue.Bool(true), s.values().get("y"));
    }

    @Test
    void lassoMarkers() {
        var back = assertInstanceOf(StatePrintParser.BackToState.class,
                StatePrintParser.parse("2: Back to state: <Reset line 6, col 10 to line 6, col 24 of module Live>").orElseThrow());
        assertEquals(2, back.number());
        assertEquals("Reset", back.action());
        assertEquals(new TraceState.ActionLocation("Live", 6, 10, 6, 24), back.location());
        var st = assertInstanceOf(StatePrintParser.Stuttering.class, StatePrintParser.parse("3: Stuttering").orElseThrow());
        assertEquals(3, st.number());
    }

    @Test
    void garbageIsIgnored() {
        assertTrue(StatePrintParser.parse("not a state").isEmpty());
    }
}
