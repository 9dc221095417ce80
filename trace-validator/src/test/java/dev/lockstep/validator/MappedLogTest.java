package dev.lockstep.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.speclang.diag.DiagnosticCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Per-node logs read through mapping rules (specs/RaftLog, test resources mapped/raft.yaml): each
 * line is one node's event with that node's local state, so a line constrains parts of variables
 * and the message sent or received, and leaves the rest free.
 */
class MappedLogTest {
    private static final Path RAFT = Fixtures.librarySpec("RaftLog");
    private static final Path DIR = Path.of("src", "test", "resources", "mapped").toAbsolutePath();
    private static final Path EXAMPLE = Path.of("..", "examples", "raft").toAbsolutePath().normalize();
    private static final Path MAPPING = EXAMPLE.resolve("raft.yaml");
    private static final Path CFG = EXAMPLE.resolve("RaftLog.cfg");

    @TempDir
    Path tmp;

    private static List<String> okLog() throws Exception {
        return Files.readAllLines(DIR.resolve("raft-ok.ndjson"), StandardCharsets.UTF_8);
    }

    private ValidationResult validate(List<String> lines, Path mapping, Path cfg) throws Exception {
        Path f = Fixtures.write(tmp.resolve("raft.ndjson"), lines);
        return Fixtures.validator(tmp).validate(ValidationRequest.of(RAFT, cfg, List.of(f)).withMapping(mapping));
    }

    private ValidationResult validate(List<String> lines) throws Exception {
        return validate(lines, MAPPING, CFG);
    }

    /** The log with line {@code n} (1-based) changed. */
    private static List<String> with(List<String> log, int n, UnaryOperator<String> change) {
        List<String> out = new ArrayList<>(log);
        out.set(n - 1, change.apply(out.get(n - 1)));
        return out;
    }

    @Test
    void aPerNodeLogConforms() throws Exception {
        ValidationResult r = validate(okLog());
        Verdict.Conforms c = assertInstanceOf(Verdict.Conforms.class, r.verdict(), r.verdict().toString());
        assertEquals(13, c.events(), "15 lines, two of them Tick events the mapping skips");
        assertEquals(0L, r.stats().get("ambiguousLines"));
        assertEquals(1L, r.stats().get("maxStatesPerLine"));
    }

    @Test
    void aWrongLocalValueNamesTheNodeTheLineAndTheConstraint() throws Exception {
        // line 13: s2 takes a heartbeat with leader commit 1 but logs that its commit index stayed 0
        ValidationResult r = validate(with(okLog(), 13, l -> l.replace("\"commit\":1,\"logLength\"", "\"commit\":0,\"logLength\"")));
        Verdict.DoesNotConform d = assertInstanceOf(Verdict.DoesNotConform.class, r.verdict(), r.verdict().toString());
        Verdict.Witness w = d.witness();
        assertEquals(13, w.line());
        assertEquals(11, d.events());
        assertTrue(w.message().startsWith("node s2: after HandleAppendEntriesRequest(s = s2)"), w.message());
        assertEquals("commitIndex[s2]' = commit", w.conjunct().text());
        assertEquals(List.of(new Verdict.Operand("commitIndex[s2]'", "1"), new Verdict.Operand("commit", "0")),
                w.conjunct().values());
        assertEquals("(s1 :> 1 @@ s2 :> 0 @@ s3 :> 0)", w.stateBeforeText().get("commitIndex"));
    }

    @Test
    void whatALineDoesNotLogStaysFree() throws Exception {
        // no line logs the commit index or the log length: the wrong commit of line 13 is not logged either
        List<String> log = new ArrayList<>();
        for (String l : with(okLog(), 13, x -> x.replace("\"commit\":1,\"logLength\"", "\"commit\":0,\"logLength\""))) {
            log.add(l.replaceAll(",\"commit\":\\d+,\"logLength\":\\d+", ""));
        }
        assertTrue(log.get(12).contains("\"msg\""), log.get(12));
        ValidationResult r = validate(log);
        assertInstanceOf(Verdict.Conforms.class, r.verdict(), r.verdict().toString());
    }

    @Test
    void anActionTheStateDoesNotEnableIsExplainedByTheSpecsFalseConjunct() throws Exception {
        // s1 claims leadership right after starting its election, before any vote came back
        List<String> log = new ArrayList<>(okLog().subList(0, 2));
        log.add(okLog().get(5));
        ValidationResult r = validate(log);
        Verdict.DoesNotConform d = assertInstanceOf(Verdict.DoesNotConform.class, r.verdict(), r.verdict().toString());
        assertEquals(3, d.witness().line());
        assertEquals(Verdict.Divergence.ACTION_FALSE, d.witness().kind());
        assertTrue(d.witness().message().contains("BecomeLeader(s = s1) is not enabled"), d.witness().message());
        assertEquals("votesGranted[s] \\in Quorum", d.witness().conjunct().text());
    }

    @Test
    void aSentMessageMustMatchTheLoggedOne() throws Exception {
        // line 3: the vote request s1 logs carries term 2, but s1 is in term 1
        ValidationResult r = validate(with(okLog(), 3, l -> l.replace("\"to\":\"2\",\"term\":1", "\"to\":\"2\",\"term\":2")));
        Verdict.DoesNotConform d = assertInstanceOf(Verdict.DoesNotConform.class, r.verdict(), r.verdict().toString());
        assertEquals(3, d.witness().line());
        assertTrue(d.witness().message().contains("no message the step sends matches the logged one"), d.witness().message());
    }

    @Test
    void aLineSeveralStatesExplainIsReported() throws Exception {
        // with two client values, the ClientRequest line (7) leaves the value open: two states from there on
        Path cfg = Files.writeString(tmp.resolve("TwoValues.cfg"), Files.readString(CFG)
                .replace("Value = {v1}", "Value = {v1, v2}"));
        ValidationResult r = validate(okLog(), MAPPING, cfg);
        assertInstanceOf(Verdict.Conforms.class, r.verdict(), r.verdict().toString());
        assertEquals(7L, r.stats().get("firstAmbiguousLine"));
        assertEquals(2L, r.stats().get("maxStatesPerLine"));
        assertEquals(8L, r.stats().get("ambiguousLines"), "lines 7 to 14 less the skipped Tick");
        assertEquals(8, r.ambiguous().size());
        ValidationResult.Ambiguity first = r.ambiguous().get(0);
        assertEquals(7, first.line());
        assertEquals("ClientRequest", first.event());
        assertEquals(2, first.states());
        assertEquals(List.of("log"), first.differIn());
        java.io.StringWriter out = new java.io.StringWriter();
        dev.lockstep.validator.report.HumanReport.render(r, new java.io.PrintWriter(out), new java.io.PrintWriter(
                new java.io.StringWriter()));
        assertTrue(out.toString().contains("8 lines were explained in several ways:\n    " + first.file()
                + ":7: ClientRequest: 2 spec states, differing in log\n"), out.toString());
        assertEquals(8, dev.lockstep.validator.report.JsonReport.render(r, new com.fasterxml.jackson.databind.ObjectMapper())
                .get("ambiguous").size());
    }

    @Test
    void aFailureAfterAmbiguousLinesShowsEveryStateReachedAtTheLastConformingLine() throws Exception {
        // two client values leave the value open from line 7; line 13's wrong commit index fails in both states
        Path cfg = Files.writeString(tmp.resolve("TwoValues.cfg"), Files.readString(CFG)
                .replace("Value = {v1}", "Value = {v1, v2}"));
        ValidationResult r = validate(with(okLog(), 13, l -> l.replace("\"commit\":1,\"logLength\"", "\"commit\":0,\"logLength\"")),
                MAPPING, cfg);
        Verdict.DoesNotConform d = assertInstanceOf(Verdict.DoesNotConform.class, r.verdict(), r.verdict().toString());
        String m = d.witness().message();
        assertEquals(13, d.witness().line());
        assertTrue(m.contains("; 2 spec states explain the lines before it (they differ in log"), m);
        int one = m.indexOf("(1) log = ");
        int two = m.indexOf("; (2) log = ");
        assertTrue(one > 0 && two > one, m);
        assertTrue(m.substring(one, two).contains("value |-> v1") && m.substring(two).contains("value |-> v2"), m);
    }

    @Test
    void aMappingThatDoesNotFitTheSpecIsInputError() throws Exception {
        Path map = Files.writeString(tmp.resolve("map.yaml"), Files.readString(MAPPING)
                .replace("{action: BecomeLeader, params: {s: node}}", "{action: BecomeLeader, params: {server: node}}"));
        ValidationResult r = validate(okLog(), map, CFG);
        assertInstanceOf(Verdict.Unknown.class, r.verdict());
        assertEquals(DiagnosticCode.LS808_LOG_MAPPING, r.problems().get(0).diagnostic().code());
        assertTrue(r.problems().get(0).diagnostic().message().contains("'BecomeLeader' has no parameter 'server' (it has s)"),
                r.problems().get(0).diagnostic().message());
    }

    @Test
    void aLineWithoutAFieldAParameterNeedsIsMalformed() throws Exception {
        ValidationResult r = validate(with(okLog(), 3, l -> l.replace("\"to\":\"2\",", "")));
        assertEquals(DiagnosticCode.LS808_LOG_MAPPING, r.problems().get(0).diagnostic().code());
        assertEquals(3, r.problems().get(0).diagnostic().range().start().line() + 1);
        assertTrue(r.problems().get(0).diagnostic().message().contains("needs field 'msg.to'"),
                r.problems().get(0).diagnostic().message());
    }
}
