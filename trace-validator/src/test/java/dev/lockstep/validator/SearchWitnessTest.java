package dev.lockstep.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search witness's state arrives intact, whichever way it travelled: from the depth-first
 * search's host as ITF values, from TLC's breadth-first run as the text TLC prints (read once, then
 * ITF), and from the direct engine's host as ITF; strings, records, functions over model values,
 * sequences of records and model values alike. The state before the failing line is then handed,
 * as those ITF values, to an evaluator host that lists what the spec enables there: a model value
 * that arrived as a string would disable {@code Claim(n2)} ({@code owner[n2] = Nil} false).
 */
class SearchWitnessTest {
    private static final Path REGISTRY = Fixtures.testSpec("Registry");
    private static final String INIT = "{\"action\":\"Init\",\"state\":{\"label\":\"idle\","
            + "\"owner\":{\"#map\":[[\"n1\",\"Nil\"],[\"n2\",\"Nil\"]]},\"queue\":[],"
            + "\"last\":{\"who\":\"Nil\",\"what\":\"none\"},\"steps\":0}}";
    private static final String CLAIM = "{\"action\":\"Claim\",\"params\":{\"n\":\"n1\"},\"state\":{\"label\":\"busy\","
            + "\"owner\":{\"#map\":[[\"n1\",\"n1\"],[\"n2\",\"Nil\"]]},\"queue\":[{\"who\":\"n1\",\"tag\":\"claim\"}],"
            + "\"last\":{\"who\":\"n1\",\"what\":\"claim\"},\"steps\":1}}";
    /** n1 claims again: owner[n1] is n1 by now, so no behaviour explains line 3. */
    private static final String AGAIN = "{\"action\":\"Claim\",\"params\":{\"n\":\"n1\"},\"state\":{\"label\":\"busy\","
            + "\"owner\":{\"#map\":[[\"n1\",\"n1\"],[\"n2\",\"Nil\"]]},\"queue\":[{\"who\":\"n1\",\"tag\":\"claim\"},"
            + "{\"who\":\"n1\",\"tag\":\"claim\"}],\"last\":{\"who\":\"n1\",\"what\":\"claim\"},\"steps\":2}}";

    @TempDir
    Path tmp;

    @Test
    void witnessStatesArriveIntactInBothSearchOrders() throws Exception {
        List<String> full = List.of(INIT, CLAIM, AGAIN);
        List<String> partial = full.stream().map(l -> l.replaceAll(",\"steps\":\\d+", "")).toList();
        Path fullLog = Fixtures.write(tmp.resolve("full.ndjson"), full);
        Path partialLog = Fixtures.write(tmp.resolve("partial.ndjson"), partial);
        ValidationRequest direct = ValidationRequest.of(REGISTRY, Fixtures.cfgOf(REGISTRY), List.of(fullLog))
                .withEngine(Verdict.Engine.DIRECT);
        Verdict.Witness oracle = witness(direct, Verdict.Engine.DIRECT);
        assertEquals(Set.of("label", "owner", "queue", "last", "steps"), oracle.stateBefore().keySet());

        for (Validator.SearchOrder order : Validator.SearchOrder.values()) {
            ValidationRequest search = ValidationRequest.of(REGISTRY, Fixtures.cfgOf(REGISTRY), List.of(partialLog))
                    .withEngine(Verdict.Engine.SEARCH).withSearchOrder(order);
            Verdict.Witness w = witness(search, Verdict.Engine.SEARCH);
            // the same values as the direct engine's host sent, the unlogged variable included
            assertEquals(oracle.stateBefore(), w.stateBefore(), order.name());
            assertEquals(Set.of("n1", "n2", "Nil"), w.modelValues(), order.name());
            Map<String, String> text = w.stateBeforeText();
            assertEquals(oracle.stateBeforeText(), text, order.name());
            assertTrue(text.get("owner").contains("n1 :> n1") && text.get("owner").contains("n2 :> Nil"),
                    order + ": model values are shown as TLC prints them: " + text);
            assertTrue(text.get("label").contains("\"busy\""), order + ": a string stays a string: " + text);
            // the state reached an evaluator host intact: what it enables there is what the direct engine saw
            assertFalse(w.enabled().isEmpty(), order.name());
            assertEquals(oracle.enabled(), w.enabled(), order.name());
        }
    }

    private Verdict.Witness witness(ValidationRequest r, Verdict.Engine engine) throws Exception {
        ValidationResult res = Fixtures.validator(tmp).validate(r);
        Verdict.DoesNotConform d = assertInstanceOf(Verdict.DoesNotConform.class, res.verdict(),
                () -> res.verdict() + " " + res.problems() + " " + res.diagnostics());
        assertEquals(engine, d.engine());
        assertEquals(3, d.witness().line());
        return d.witness();
    }
}
