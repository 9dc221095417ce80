package dev.lockstep.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mapping rules over a network that is a function of FIFO channels (test resources
 * mapped/channels: Relay.tla, relay.yaml), with a {@code before:} constraint (a node's counter
 * before its step) and a {@code require:} predicate of the mapping's own.
 */
class MappedChannelsTest {
    private static final Path DIR = Path.of("src", "test", "resources", "mapped", "channels").toAbsolutePath();
    private static final Path SPEC = DIR.resolve("Relay.tla");
    private static final Path MAPPING = DIR.resolve("relay.yaml");

    @TempDir
    Path tmp;

    private static List<String> okLog() throws Exception {
        return Files.readAllLines(DIR.resolve("relay-ok.ndjson"), StandardCharsets.UTF_8);
    }

    private ValidationResult validate(List<String> lines) throws Exception {
        return validate(lines, 1);
    }

    private ValidationResult validate(List<String> lines, int workers) throws Exception {
        Path f = Fixtures.write(tmp.resolve("relay.ndjson"), lines);
        return Fixtures.validator(tmp).validate(ValidationRequest.of(SPEC, DIR.resolve("Relay.cfg"), List.of(f))
                .withMapping(MAPPING).withWorkers(workers));
    }

    private static List<String> with(List<String> log, int n, UnaryOperator<String> change) {
        List<String> out = new ArrayList<>(log);
        out.set(n - 1, change.apply(out.get(n - 1)));
        return out;
    }

    private static Verdict.Witness failsAt(ValidationResult r, int line) {
        Verdict.DoesNotConform d = assertInstanceOf(Verdict.DoesNotConform.class, r.verdict(),
                () -> r.verdict() + " " + r.problems() + " " + r.diagnostics());
        assertEquals(line, d.witness().line(), d.witness().message());
        return d.witness();
    }

    @Test
    void sendsAndTakesOverChannelsConform() throws Exception {
        ValidationResult r = validate(okLog());
        Verdict.Conforms c = assertInstanceOf(Verdict.Conforms.class, r.verdict(),
                () -> r.verdict() + " " + r.problems() + " " + r.diagnostics());
        assertEquals(6, c.events());
        assertEquals(1L, r.stats().get("maxStatesPerLine"));
    }

    @Test
    void aTakenMessageMustBeTheHeadOfItsChannel() throws Exception {
        // line 4: b takes a's note 1, but note 0 is first in the channel from a to b
        Verdict.Witness w = failsAt(validate(with(okLog(), 4, l -> l.replace("\"seq\":0", "\"seq\":1"))), 4);
        assertTrue(w.message().startsWith("node b: after Take("), w.message());
        assertTrue(w.message().contains("no message the step receives matches the logged one"), w.message());
    }

    @Test
    void aSentMessageMustBeAppendedToItsChannel() throws Exception {
        // line 2: a logs note 0 again, but its second note is numbered 1
        Verdict.Witness w = failsAt(validate(with(okLog(), 2, l -> l.replace("\"seq\":1", "\"seq\":0"))), 2);
        assertTrue(w.message().contains("no message the step sends matches the logged one"), w.message());
    }

    @Test
    void aBeforeConstraintIsTheStateBeforeTheStep() throws Exception {
        // line 5: a logs that it had sent 1 note before taking b's; it had sent 2
        Verdict.Witness w = failsAt(validate(with(okLog(), 5, l -> l.replace("\"sentBefore\":2", "\"sentBefore\":1"))), 5);
        assertEquals("sent[a] = sentBefore", w.conjunct().text(), "not primed: the state before the step");
        assertEquals(List.of(new Verdict.Operand("sent[a]", "2"), new Verdict.Operand("sentBefore", "1")),
                w.conjunct().values());
        assertEquals("(a :> 0 @@ b :> 1)", w.stateBeforeText().get("taken"), "b took a note on line 4");
    }

    @Test
    void aRequirementOfTheMappingMustHold() throws Exception {
        // a third note from a: the spec allows it (Limit = 3), the mapping's requirement does not
        List<String> log = new ArrayList<>(okLog().subList(0, 2));
        log.add("{\"event\":\"Send\",\"node\":\"a\",\"to\":\"b\",\"seq\":2,\"sentBefore\":2,\"sent\":3,\"taken\":0}");
        Verdict.Witness w = failsAt(validate(log), 3);
        assertTrue(w.message().contains("the mapping's requirement sent[node]' <= 2 is false"), w.message());
        assertEquals("the mapping", w.conjunct().via());
    }

    @Test
    void eachRunGetsItsOwnVerdict() throws Exception {
        // three runs named by the mapping's run field: the second takes a note nobody sent
        List<String> log = new ArrayList<>();
        okLog().forEach(l -> log.add(l.replace("{", "{\"run\":\"r1\",")));
        log.add("{\"run\":\"r2\",\"event\":\"Take\",\"node\":\"b\",\"from\":\"a\",\"seq\":0,\"sentBefore\":0,"
                + "\"sent\":0,\"taken\":1}");
        log.add("{\"run\":\"r2\",\"event\":\"Send\",\"node\":\"a\",\"to\":\"b\",\"seq\":0,\"sentBefore\":0,"
                + "\"sent\":1,\"taken\":0}");
        okLog().subList(0, 2).forEach(l -> log.add(l.replace("{", "{\"run\":\"r3\",")));
        ValidationResult r = validate(log);
        assertEquals(3, r.traces().size(), () -> r.verdict() + " " + r.traces());
        assertEquals(6, assertInstanceOf(Verdict.Conforms.class, r.traces().get(0).verdict()).events());
        assertEquals(7, r.traces().get(1).line());
        Verdict.DoesNotConform two = assertInstanceOf(Verdict.DoesNotConform.class, r.traces().get(1).verdict());
        assertEquals(7, two.witness().line(), "the run's first line: from the initial states, nothing is in flight");
        assertEquals(9, r.traces().get(2).line());
        assertEquals(2, assertInstanceOf(Verdict.Conforms.class, r.traces().get(2).verdict()).events());
        assertEquals(two, r.verdict(), "the command's verdict is the first run that does not conform");
        java.io.StringWriter out = new java.io.StringWriter();
        dev.lockstep.validator.report.HumanReport.render(r, new java.io.PrintWriter(out), new java.io.PrintWriter(
                new java.io.StringWriter()));
        assertTrue(out.toString().contains("3 traces against Relay.tla: 2 conform, 1 do not conform, 0 unknown"),
                out.toString());

        // searched in parallel (--workers): the same runs, verdicts and counts as one after another
        for (int workers : new int[] {2, 3}) {
            ValidationResult p = validate(log, workers);
            assertEquals(r.traces(), p.traces(), "workers " + workers);
            assertEquals(r.verdict(), p.verdict(), "workers " + workers);
            assertEquals(r.stats(), p.stats(), "workers " + workers);
            assertEquals(r.ambiguous(), p.ambiguous(), "workers " + workers);
        }
    }
}
