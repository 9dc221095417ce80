package dev.lockstep.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.bridge.trace.Trace;
import dev.lockstep.bridge.trace.TraceState;
import dev.lockstep.bridge.value.TlcValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Which lanes, marks and messages the space-time diagram of a behaviour shows. */
class SpaceTimeTest {
    private static TlcValue mv(String name) {
        return new TlcValue.ModelValue(name);
    }

    private static TlcValue str(String s) {
        return new TlcValue.Str(s);
    }

    /** A function over model values: {@code fun("a", x, "b", y)}. */
    private static TlcValue fun(Object... keysAndValues) {
        List<TlcValue.Entry> es = new ArrayList<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            es.add(new TlcValue.Entry(mv((String) keysAndValues[i]), (TlcValue) keysAndValues[i + 1]));
        }
        return new TlcValue.Fun(es);
    }

    private static TlcValue rec(String... fieldsAndValues) {
        Map<String, TlcValue> fs = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            String v = fieldsAndValues[i + 1];
            fs.put(fieldsAndValues[i], v.startsWith("'") ? str(v.substring(1)) : mv(v));
        }
        return new TlcValue.Record(fs);
    }

    private static TlcValue set(TlcValue... xs) {
        return new TlcValue.SetOf(List.of(xs));
    }

    private static TraceState state(int n, String action, Object... varsAndValues) {
        Map<String, TlcValue> vs = new LinkedHashMap<>();
        for (int i = 0; i < varsAndValues.length; i += 2) {
            vs.put((String) varsAndValues[i], (TlcValue) varsAndValues[i + 1]);
        }
        return new TraceState(n, action, null, vs);
    }

    private static int count(String s, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void theLanesAreTheDomainOfMostFunctionsLabelledByTheControlState() {
        // Two clients take two locks: owner is a function over the locks, phase and held over the clients.
        Trace t = new Trace(List.of(
                state(1, "Init", "owner", fun("l1", str("none"), "l2", str("none")), "phase", fun("c1", str("idle"), "c2", str("idle")),
                        "held", fun("c1", set(), "c2", set())),
                state(2, "Take", "owner", fun("l1", str("c1"), "l2", str("none")), "phase", fun("c1", str("one"), "c2", str("idle")),
                        "held", fun("c1", set(mv("l1")), "c2", set()))), -1, null, false);
        SpaceTime.Lanes lanes = SpaceTime.lanes(t);
        assertEquals(List.of(mv("c1"), mv("c2")), lanes.keys());
        assertEquals(List.of("phase", "held"), lanes.variables());
        assertEquals("phase", lanes.labelVariable());
        String svg = SpaceTime.svg(t);
        assertTrue(svg.contains(">c1</text>") && svg.contains(">c2</text>"), svg);
        assertFalse(svg.contains(">l1</text>"), "locks are not lanes: " + svg);
        // Init notes every lane's phase; step 2 marks c1 only, with its new phase and its state as a tooltip.
        assertEquals(1, count(svg, "<circle class=\"event\""), svg);
        assertTrue(svg.contains("data-lane=\"c1\""), svg);
        assertTrue(svg.contains("<title>phase[c1] = &quot;one&quot;\nheld[c1] = {l1}</title>"), svg);
        assertEquals(3, count(svg, "class=\"note\""), svg);
        assertNull(SpaceTime.lanes(new Trace(List.of(state(1, "Init", "x", TlcValue.Int.of(1))), -1, null, false)));
        assertEquals("", SpaceTime.svg(new Trace(List.of(state(1, "Init", "f", fun("a", str("x")))), -1, null, false)),
                "one key is not a set of processes");
    }

    @Test
    void messagesGoFromTheSenderToTheReceiverOrFromOthers() {
        // The leader is not a lane: its Append goes from "others" to f1, which consumes it and answers with an Ack.
        Trace t = new Trace(List.of(
                state(1, "Init", "log", fun("f1", str("-"), "f2", str("-")), "net", set()),
                state(2, "SendAppend", "log", fun("f1", str("-"), "f2", str("-")), "net", set(rec("type", "'Append", "dst", "f1"))),
                state(3, "ReceiveAppend", "log", fun("f1", str("x"), "f2", str("-")), "net", set(rec("type", "'Ack", "src", "f1")))),
                -1, null, false);
        String svg = SpaceTime.svg(t);
        assertTrue(svg.contains("<text class=\"lane others\""), svg);
        assertEquals(2, count(svg, "<g class=\"msg"), svg);
        assertTrue(svg.contains("<g class=\"msg\" data-from=\"others\" data-to=\"f1\"><title>Append (net): others -&gt; f1, sent in step 2,"
                + " received in step 3</title>"), svg);
        assertTrue(svg.contains("<g class=\"msg in-flight\" data-from=\"f1\" data-to=\"others\"><title>Ack (net): f1 -&gt; others,"
                + " sent in step 3, still in flight</title>"), svg);
    }

    @Test
    void theStateALassoReturnsToIsMarked() {
        Trace t = new Trace(List.of(
                state(1, "Init", "pc", fun("p", str("a"), "q", str("a"))),
                state(2, "Step", "pc", fun("p", str("b"), "q", str("a"))),
                state(3, "Back", "pc", fun("p", str("a"), "q", str("a")))), 1, "Back", false);
        String svg = SpaceTime.svg(t);
        assertTrue(svg.contains(">2: Step \u21BA</text>"), svg);
        assertEquals(1, count(svg, "\u21BA"), svg);
    }
}
