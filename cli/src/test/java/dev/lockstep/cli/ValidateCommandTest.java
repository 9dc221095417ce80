package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lockstep validate}: every exit code it documents and every report surface. */
class ValidateCommandTest {
    private static final Path DIR = Path.of("src", "test", "resources", "validate").toAbsolutePath();
    private static final String SPEC = DIR.resolve("Counter.tla").toString();

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Main(new PrintWriter(out), new PrintWriter(err), new ByteArrayInputStream(new byte[0]), Map.of())
                .run(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static String log(String name) {
        return DIR.resolve(name).toString();
    }

    @Test
    void conformingLogExitsZero() {
        Run r = run("validate", SPEC, "--trace", log("ok.ndjson"));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("conforms to Counter.tla (4 events, direct engine)"), r.out());
    }

    @Test
    void nonConformingLogExitsTwentyAndExplains() throws Exception {
        Path junit = tmp.resolve("reports/junit.xml");
        Path sarif = tmp.resolve("reports/out.sarif");
        Run r = run("validate", SPEC, "--trace", log("bad.ndjson"), "--junit", junit.toString(), "--sarif", sarif.toString());
        assertEquals(20, r.code(), r.err());
        assertTrue(r.out().contains("bad.ndjson:4: error: this step does not conform"), r.out());
        assertTrue(r.out().contains("false:     n \\notin done"), r.out());
        assertTrue(r.out().contains("done = {n1}"), r.out());
        assertTrue(r.out().contains("enabled there: Reopen(n = n1), Inc(n = n2), Finish(n = n2)"), r.out());

        String xml = Files.readString(junit);
        // one case for the log file, one per action of Counter.tla (coverage; Reopen is never taken)
        assertTrue(xml.contains("tests=\"4\" failures=\"1\" errors=\"0\" skipped=\"1\""), xml);
        assertTrue(xml.contains("name=\"coverage: Reopen\"") && xml.contains("no log line takes Reopen"), xml);
        assertTrue(xml.contains("<failure message=\"" + log("bad.ndjson") + ":4: "), xml);

        JsonNode s = new ObjectMapper().readTree(sarif.toFile());
        JsonNode res = s.get("runs").get(0).get("results").get(0);
        assertEquals("LS-nonconforming-step", res.get("ruleId").asText());
        assertEquals(4, res.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt());
        JsonNode related = res.get("relatedLocations");
        assertEquals(2, related.size());
        assertEquals(12, related.get(1).get("physicalLocation").get("region").get("startLine").asInt(), "the false conjunct's line");
        assertTrue(related.get(0).get("physicalLocation").get("artifactLocation").get("uri").asText().endsWith("Counter.tla"));
    }

    @Test
    void specLocationsAreShownAsTheSpecWasNamed() {
        String relative = Path.of("").toAbsolutePath().relativize(DIR.resolve("Counter.tla")).toString();
        Run rel = run("validate", relative, "--trace", log("bad.ndjson"));
        assertEquals(20, rel.code(), rel.err());
        assertTrue(rel.out().contains("defined at " + relative + ":"), rel.out());
        assertTrue(rel.out().contains("(" + relative + ":12:"), rel.out());
        Run abs = run("validate", SPEC, "--trace", log("bad.ndjson"));
        assertTrue(abs.out().contains("(" + SPEC + ":12:"), abs.out());
    }

    @Test
    void jsonOutput() throws Exception {
        Run r = run("validate", SPEC, "--trace", log("bad.ndjson"), "--json");
        assertEquals(20, r.code());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("does-not-conform", j.get("verdict").asText());
        assertEquals(3, j.get("events").asInt());
        assertEquals(4, j.get("witness").get("line").asInt());
        assertEquals("actionFalse", j.get("witness").get("kind").asText());
        assertEquals("n \\notin done", j.get("witness").get("conjunct").get("text").asText());
    }

    @Test
    void malformedLogExitsTwentyOne() {
        Run r = run("validate", SPEC, "--trace", log("malformed.ndjson"));
        assertEquals(21, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("malformed.ndjson:2:"), r.err());
        assertTrue(r.err().contains("[LS803]"), r.err());
    }

    @Test
    void missingLogExitsTwentyOne() {
        Run r = run("validate", SPEC, "--trace", tmp.resolve("none.ndjson").toString());
        assertEquals(21, r.code());
        assertTrue(r.err().contains("[LS807]"), r.err());
    }

    @Test
    void specErrorExits150() {
        Run r = run("validate", log("Broken.tla"), "--trace", log("ok.ndjson"));
        assertEquals(150, r.code(), r.err());
        assertTrue(r.err().contains("Broken.tla:3:9: error:"), r.err()); // SANY's position of the error
        assertTrue(r.err().contains("[LS401]"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        // SANY's report is read once (SanyOutput): validate says what check says
        String diagnostic = r.err().lines().filter(l -> l.contains("[LS401]")).findFirst().orElseThrow();
        Run check = run("check", log("Broken.tla"));
        assertEquals(150, check.code(), check.err());
        assertTrue(check.err().contains(diagnostic), diagnostic + "\n" + check.err());
    }

    @Test
    void configErrorsExit151() {
        Run missing = run("validate", SPEC, "--trace", log("ok.ndjson"), "--config", tmp.resolve("x.cfg").toString());
        assertEquals(151, missing.code());
        Run unassigned = run("validate", SPEC, "--trace", log("ok.ndjson"), "--config", log("NoMax.cfg"));
        assertEquals(151, unassigned.code(), unassigned.err());
        assertTrue(unassigned.err().contains("Max"), unassigned.err());
    }

    @Test
    void unusableMappingExitsTwentyOne() throws Exception {
        Path map = Files.writeString(tmp.resolve("map.yaml"), "events: {}\n");
        Run r = run("validate", SPEC, "--trace", log("ok.ndjson"), "--mapping", map.toString());
        assertEquals(21, r.code(), r.err());
        assertTrue(r.err().contains("map.yaml:1:1: error: missing 'event' [LS808]"), r.err());
    }

    @Test
    void searchEngineInEitherOrder() {
        for (String order : List.of("dfs", "bfs")) {
            Run ok = run("validate", SPEC, "--trace", log("ok.ndjson"), "--engine", "search", "--search-order", order);
            assertEquals(0, ok.code(), order + ": " + ok.out() + ok.err());
            assertTrue(ok.out().contains("conforms to Counter.tla (4 events, search engine)"), ok.out());
            Run bad = run("validate", SPEC, "--trace", log("bad.ndjson"), "--engine", "search", "--search-order", order);
            assertEquals(20, bad.code(), order + ": " + bad.out() + bad.err());
            assertTrue(bad.out().contains("bad.ndjson:4: error:"), bad.out());
        }
        assertEquals(2, run("validate", SPEC, "--trace", log("ok.ndjson"), "--search-order", "sideways").code());
    }

    @Test
    void unusableTla2ToolsIsSystemError() throws Exception {
        Run r = run("validate", SPEC, "--trace", log("ok.ndjson"), "--tla2tools", tmp.resolve("nope.jar").toString());
        assertEquals(153, r.code(), r.err());
        assertTrue(r.err().contains("nope.jar: error: tla2tools jar (from --tla2tools) does not exist"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("validate", SPEC).code());
        assertEquals(2, run("validate", SPEC, "--trace", log("ok.ndjson"), "--engine", "warp").code());
    }

    @Test
    void manyRunsGetOneVerdictEachInEveryReport() throws Exception {
        // two runs in one file (a new Init line), a third in a file of its own: files without
        // clocks given by a glob are runs, not node logs
        Path runs = tmp.resolve("runs");
        Files.createDirectories(runs);
        List<String> ok = Files.readAllLines(DIR.resolve("ok.ndjson"));
        List<String> bad = Files.readAllLines(DIR.resolve("bad.ndjson"));
        List<String> first = new java.util.ArrayList<>(ok);
        first.addAll(bad);
        Files.write(runs.resolve("a.ndjson"), first);
        Files.write(runs.resolve("b.ndjson"), ok);
        Path junit = tmp.resolve("junit.xml");
        Path sarif = tmp.resolve("out.sarif");
        Run r = run("validate", SPEC, "--trace", runs + "/*.ndjson", "--workers", "2", "--junit", junit.toString(),
                "--sarif", sarif.toString());
        assertEquals(20, r.code(), r.err());
        assertTrue(r.out().contains("a.ndjson:1: trace 1 conforms (4 events)"), r.out());
        assertTrue(r.out().contains("a.ndjson:5: trace 2 does not conform:"), r.out());
        assertTrue(r.out().contains("a.ndjson:8: error: this step does not conform"), r.out());
        assertTrue(r.out().contains("b.ndjson:1: trace 3 conforms (4 events)"), r.out());
        assertTrue(r.out().contains("3 traces against Counter.tla: 2 conform, 1 do not conform, 0 unknown"), r.out());

        String xml = Files.readString(junit);
        // one case per trace, then one per action of the spec (coverage)
        assertTrue(xml.contains("tests=\"6\" failures=\"1\" errors=\"0\" skipped=\"1\""), xml);
        assertTrue(xml.contains("a.ndjson:5 (trace 2)"), xml);
        JsonNode s = new ObjectMapper().readTree(sarif.toFile());
        JsonNode results = s.get("runs").get(0).get("results");
        // one result per nonconforming run, then a coverage note per action no run takes
        assertEquals(2, results.size(), results.toString());
        assertEquals("LS-nonconforming-step", results.get(0).get("ruleId").asText());
        assertEquals("LS-action-never-taken", results.get(1).get("ruleId").asText());

        Run j = run("validate", SPEC, "--trace", runs + "/*.ndjson", "--json", "--workers", "auto");
        JsonNode json = new ObjectMapper().readTree(j.out());
        assertEquals("does-not-conform", json.get("verdict").asText());
        assertEquals(3, json.get("traces").size());
        assertEquals("conforms", json.get("traces").get(0).get("verdict").asText());
        assertEquals("does-not-conform", json.get("traces").get(1).get("verdict").asText());
        assertEquals(8, json.get("traces").get(1).get("witness").get("line").asInt());
        assertEquals(2, run("validate", SPEC, "--trace", log("ok.ndjson"), "--workers", "0").code());
        assertEquals(2, run("validate", SPEC, "--trace", runs + "/*.nomatch").code());

        // the search engine splits the same runs and gives the same verdicts, in every report
        Run e = run("validate", SPEC, "--trace", runs + "/*.ndjson", "--engine", "search", "--workers", "2",
                "--junit", junit.toString(), "--sarif", sarif.toString());
        assertEquals(20, e.code(), e.err());
        assertTrue(e.out().contains("a.ndjson:1: trace 1 conforms (4 events)"), e.out());
        assertTrue(e.out().contains("a.ndjson:5: trace 2 does not conform:"), e.out());
        assertTrue(e.out().contains("b.ndjson:1: trace 3 conforms (4 events)"), e.out());
        assertTrue(e.out().contains("3 traces against Counter.tla: 2 conform, 1 do not conform, 0 unknown"), e.out());
        String searchXml = Files.readString(junit);
        assertEquals(3, searchXml.split("<testcase ", -1).length - 1, searchXml);
        assertTrue(searchXml.contains("a.ndjson:5 (trace 2)"), searchXml);
        JsonNode searchResults = new ObjectMapper().readTree(sarif.toFile()).get("runs").get(0).get("results");
        assertEquals(1, searchResults.size(), searchResults.toString());
        assertEquals("LS-nonconforming-step", searchResults.get(0).get("ruleId").asText());
        JsonNode searchJson = new ObjectMapper().readTree(run("validate", SPEC, "--trace", runs + "/*.ndjson",
                "--engine", "search", "--json").out());
        assertEquals(3, searchJson.get("traces").size());
        assertEquals("does-not-conform", searchJson.get("traces").get(1).get("verdict").asText());
        assertEquals(8, searchJson.get("traces").get(1).get("witness").get("line").asInt());
    }
}
