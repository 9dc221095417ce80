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
}
