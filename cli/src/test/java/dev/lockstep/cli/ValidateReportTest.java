package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate --report}: the HTML rendering of a real verdict. */
class ValidateReportTest {
    @TempDir
    Path dir;

    private Path spec() throws IOException {
        Files.writeString(dir.resolve("Counter.tla"), """
                ---- MODULE Counter ----
                EXTENDS Naturals
                VARIABLES x, tag
                Init == x = 0 /\\ tag = "<b>start</b>"
                Inc == x < 5 /\\ x' = x + 1 /\\ UNCHANGED tag
                Next == Inc
                ====
                """);
        Files.writeString(dir.resolve("Counter.cfg"), "INIT Init\nNEXT Next\n");
        return dir.resolve("Counter.tla");
    }

    @Test
    void divergenceReport() throws IOException {
        Path spec = spec();
        Path log = Files.writeString(dir.resolve("run.ndjson"), """
                {"action":"Init","state":{"x":0,"tag":"<b>start</b>"}}
                {"action":"Inc","state":{"x":1,"tag":"<b>start</b>"}}
                {"action":"Inc","state":{"x":3,"tag":"<b>start</b>"}}
                """);
        Path report = dir.resolve("v.html");
        CliRun r = CliRun.run("validate", spec.toString(), "--trace", log.toString(), "--report", report.toString());
        assertEquals(20, r.exitCode(), r.err() + r.out());
        String html = Files.readString(report);
        assertTrue(html.contains("data-verdict=\"does not conform\""), html);
        assertTrue(html.contains("run.ndjson:3"), html);
        assertTrue(html.contains("<tr class=\"differs\"><th>x</th>"), html);
        assertFalse(html.contains("<b>start</b>"), "logged strings are escaped");
        assertTrue(html.contains("&lt;b&gt;start&lt;/b&gt;"));
    }

    @Test
    void conformingReport() throws IOException {
        Path spec = spec();
        Path log = Files.writeString(dir.resolve("ok.ndjson"), """
                {"action":"Init","state":{"x":0,"tag":"<b>start</b>"}}
                {"action":"Inc","state":{"x":1,"tag":"<b>start</b>"}}
                """);
        Path report = dir.resolve("ok.html");
        CliRun r = CliRun.run("validate", spec.toString(), "--trace", log.toString(), "--report", report.toString());
        assertEquals(0, r.exitCode(), r.err() + r.out());
        assertTrue(Files.readString(report).contains("data-verdict=\"conforms\""));
    }

    @Test
    void divergenceInAMultiNodeLogGetsASpaceTimeDiagram() throws IOException {
        Files.writeString(dir.resolve("Nodes.tla"), """
                ---- MODULE Nodes ----
                CONSTANT Node
                VARIABLE st
                Init == st = [n \\in Node |-> "idle"]
                Go(n) == st[n] = "idle" /\\ st' = [st EXCEPT ![n] = "busy"]
                Stop(n) == st[n] = "busy" /\\ st' = [st EXCEPT ![n] = "idle"]
                Next == \\E n \\in Node : Go(n) \\/ Stop(n)
                ====
                """);
        Files.writeString(dir.resolve("Nodes.cfg"), "CONSTANT Node = {a, b}\nINIT Init\nNEXT Next\n");
        Path log = Files.writeString(dir.resolve("nodes.ndjson"), """
                {"action":"Init","clock":0,"state":{"st":{"#map":[["a","idle"],["b","idle"]]}}}
                {"action":"Go","node":"a","clock":1,"params":{"n":"a"},"state":{"st":{"#map":[["a","busy"],["b","idle"]]}}}
                {"action":"Go","node":"b","clock":2,"params":{"n":"b"},"state":{"st":{"#map":[["a","busy"],["b","busy"]]}}}
                {"action":"Go","node":"a","clock":3,"params":{"n":"a"},"state":{"st":{"#map":[["a","busy"],["b","busy"]]}}}
                """);
        Path report = dir.resolve("nodes.html");
        // the log given relative to the working directory, as users type it
        Path relativeLog = Path.of("").toAbsolutePath().relativize(log);
        CliRun r = CliRun.run("validate", dir.resolve("Nodes.tla").toString(), "--trace", relativeLog.toString(), "--report",
                report.toString());
        assertEquals(20, r.exitCode(), r.err() + r.out());
        String html = Files.readString(report);
        assertTrue(html.contains("id=\"spacetime\""), html);
        assertTrue(html.contains(">a</text>") && html.contains(">b</text>"), "lanes for nodes a and b");
        assertEquals(1, html.split("event diverged", -1).length - 1, "exactly the diverging line is marked");
        assertTrue(html.contains("nodes.ndjson:4 Go"), html);
    }
}
