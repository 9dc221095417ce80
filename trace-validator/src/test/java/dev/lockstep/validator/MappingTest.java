package dev.lockstep.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.validator.log.Mapping;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Existing logs read through a mapping file: event table, parameters, conversions, skipped lines. */
class MappingTest {
    private static final Path COUNTER = Fixtures.testSpec("Counter");
    private static final String MAPPING = String.join("\n",
            "event: evt",
            "skip:",
            "  - {field: level, equals: [DEBUG]}",
            "  - {pattern: heartbeat}",
            "events:",
            "  start: Init",
            "  increment: {action: Inc, params: {n: who}}",
            "  finish: {action: Finish, params: {n: who}}",
            "state:",
            "  count: {path: data.counters, convert: map}",
            "  log: data.history",
            "  done: {path: data.finished, convert: set}",
            "");

    @TempDir
    Path tmp;

    private static String line(String evt, String who, int n1, int n2, String history, String finished) {
        return "{\"level\":\"INFO\",\"evt\":\"" + evt + "\"" + (who == null ? "" : ",\"who\":\"" + who + "\"")
                + ",\"data\":{\"counters\":{\"n1\":" + n1 + ",\"n2\":" + n2 + "},\"history\":[" + history
                + "],\"finished\":[" + finished + "]}}";
    }

    private List<String> log() {
        List<String> l = new ArrayList<>();
        l.add(line("start", null, 0, 0, "", ""));
        l.add("{\"level\":\"DEBUG\",\"evt\":\"gc\"}");
        l.add(line("increment", "n1", 1, 0, "\"n1\"", ""));
        l.add("{\"level\":\"INFO\",\"msg\":\"heartbeat\"}");
        l.add(line("increment", "n2", 1, 1, "\"n1\",\"n2\"", ""));
        l.add(line("finish", "n2", 1, 1, "\"n1\",\"n2\"", "\"n2\""));
        return l;
    }

    private ValidationResult validate(List<String> lines, String name) throws Exception {
        Path map = Files.writeString(tmp.resolve("map.yaml"), MAPPING);
        Path f = Fixtures.write(tmp.resolve(name + ".log"), lines);
        return Fixtures.validator(tmp).validate(ValidationRequest.of(COUNTER, Fixtures.cfgOf(COUNTER), List.of(f))
                .withMapping(map));
    }

    @Test
    void mappedLogConformsAndFailsAtTheOriginalLine() throws Exception {
        ValidationResult ok = validate(log(), "ok");
        assertTrue(ok.problems().isEmpty(), ok.problems().toString());
        assertEquals(4, assertInstanceOf(Verdict.Conforms.class, ok.verdict(), () -> ok.verdict().toString()).events());

        List<String> bad = log();
        bad.add(line("increment", "n2", 1, 2, "\"n1\",\"n2\",\"n2\"", "\"n2\""));
        Verdict.DoesNotConform d = assertInstanceOf(Verdict.DoesNotConform.class, validate(bad, "bad").verdict());
        assertEquals(7, d.witness().line(), "line numbers are those of the original log");
        assertEquals("n \\notin done", d.witness().conjunct().text());
    }

    @Test
    void aLineWithoutTheMappedFieldsIsMalformed() throws Exception {
        List<String> bad = log();
        bad.add(3, "{\"level\":\"INFO\",\"who\":\"n1\"}");
        ValidationResult r = validate(bad, "nofield");
        assertEquals(DiagnosticCode.LS808_LOG_MAPPING, r.problems().get(0).diagnostic().code());
        assertEquals(4, r.problems().get(0).line());
    }

    @Test
    void aBrokenMappingFileIsRejected() throws Exception {
        Path m = Files.writeString(tmp.resolve("broken.yaml"), "events:\n  x: {params: {}}\n");
        Mapping.MappingException e = assertThrows(Mapping.MappingException.class, () -> Mapping.load(m));
        assertTrue(e.getMessage().contains("'event'"), e.getMessage());
        Path c = Files.writeString(tmp.resolve("conv.yaml"), "event: e\nstate:\n  x: {path: a, convert: float}\n");
        assertTrue(assertThrows(Mapping.MappingException.class, () -> Mapping.load(c)).getMessage().contains("float"));
    }

    private static final String TEXT_MAPPING = String.join("\n",
            "text: '^(?<ts>\\S+) (?<evt>[a-z]+)(?: who=(?<who>\\w+))? count=(?<count>\\{[^}]*\\}) log=(?<log>\\[[^]]*\\]) done=(?<done>\\[[^]]*\\])$'",
            "event: evt",
            "skip:",
            "  - {pattern: ' HEARTBEAT$'}",
            "events:",
            "  start: Init",
            "  increment: {action: Inc, params: {n: who}}",
            "  finish: {action: Finish, params: {n: who}}",
            "state:",
            "  count: {path: count, convert: map}",
            "  log: {path: log, convert: seq}",
            "  done: {path: done, convert: set}",
            "");

    private static List<String> textLog() {
        return new ArrayList<>(List.of(
                "2026-11-21T10:00:00Z start count={\"n1\":0,\"n2\":0} log=[] done=[]",
                "2026-11-21T10:00:01Z HEARTBEAT",
                "2026-11-21T10:00:02Z increment who=n1 count={\"n1\":1,\"n2\":0} log=[\"n1\"] done=[]",
                "2026-11-21T10:00:03Z finish who=n1 count={\"n1\":1,\"n2\":0} log=[\"n1\"] done=[\"n1\"]",
                "2026-11-21T10:00:04Z increment who=n2 count={\"n1\":1,\"n2\":1} log=[\"n1\",\"n2\"] done=[\"n1\"]"));
    }

    private ValidationResult validateText(List<String> lines, String mapping, String name) throws Exception {
        Path map = Files.writeString(tmp.resolve(name + ".yaml"), mapping);
        Path f = Fixtures.write(tmp.resolve(name + ".log"), lines);
        return Fixtures.validator(tmp).validate(ValidationRequest.of(COUNTER, Fixtures.cfgOf(COUNTER), List.of(f))
                .withMapping(map));
    }

    @Test
    void plainTextLogThroughNamedGroups() throws Exception {
        ValidationResult ok = validateText(textLog(), TEXT_MAPPING, "text-ok");
        assertTrue(ok.problems().isEmpty(), ok.problems().toString());
        assertEquals(4, assertInstanceOf(Verdict.Conforms.class, ok.verdict(), () -> ok.verdict().toString()).events());

        List<String> bad = textLog();
        bad.add("2026-11-21T10:00:05Z increment who=n1 count={\"n1\":2,\"n2\":1} log=[\"n1\",\"n2\",\"n1\"] done=[\"n1\"]");
        ValidationResult r = validateText(bad, TEXT_MAPPING, "text-bad");
        Verdict.DoesNotConform d = assertInstanceOf(Verdict.DoesNotConform.class, r.verdict(), () -> r.verdict().toString());
        assertEquals(6, d.witness().line(), "line numbers are those of the original log");
        assertEquals("n \\notin done", d.witness().conjunct().text());
    }

    @Test
    void unmatchedTextLinesAreMalformedUnlessSkipped() throws Exception {
        List<String> noisy = textLog();
        noisy.add(2, "java.lang.IllegalStateException: something else");
        ValidationResult r = validateText(noisy, TEXT_MAPPING, "text-noise");
        assertEquals(DiagnosticCode.LS808_LOG_MAPPING, r.problems().get(0).diagnostic().code());
        assertEquals(3, r.problems().get(0).line());
        assertTrue(r.problems().get(0).diagnostic().message().contains("does not match the 'text' pattern"),
                r.problems().get(0).diagnostic().message());

        ValidationResult skipped = validateText(noisy, TEXT_MAPPING + "unmatched: skip\n", "text-skip");
        assertTrue(skipped.problems().isEmpty(), skipped.problems().toString());
        assertEquals(4, assertInstanceOf(Verdict.Conforms.class, skipped.verdict()).events());
    }

    @Test
    void jsonMappingFileAndTextPatternErrors() throws Exception {
        Path json = Files.writeString(tmp.resolve("map.json"), "{\"event\": \"evt\", \"events\": {\"start\": \"Init\"},"
                + " \"state\": {\"count\": {\"path\": \"data.counters\", \"convert\": \"map\"}}}");
        assertTrue(!Mapping.load(json).isText());
        Path noGroups = Files.writeString(tmp.resolve("ng.yaml"), "text: '^(\\S+) (\\w+)$'\nevent: evt\n");
        assertTrue(assertThrows(Mapping.MappingException.class, () -> Mapping.load(noGroups)).getMessage()
                .contains("named groups"));
        Path badRegex = Files.writeString(tmp.resolve("br.yaml"), "text: '(?<evt>'\nevent: evt\n");
        assertTrue(assertThrows(Mapping.MappingException.class, () -> Mapping.load(badRegex)).getMessage()
                .contains("not a regular expression"));
    }
}
