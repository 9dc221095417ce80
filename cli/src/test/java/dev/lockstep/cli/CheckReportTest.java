package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckReportTest {
    @TempDir
    Path dir;

    private static int count(String html, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void successReportHasStatsAndTheWholeStateGraph() throws IOException {
        Files.writeString(dir.resolve("Counter.tla"), """
                ---- MODULE Counter ----
                EXTENDS Naturals
                VARIABLES x, y
                Init == x = 0 /\\ y = "a"
                Inc == x < 5 /\\ x' = x + 1 /\\ UNCHANGED y
                Flip == (y' = IF y = "a" THEN "b" ELSE "a") /\\ UNCHANGED x
                Next == Inc \\/ Flip
                ====
                """);
        Files.writeString(dir.resolve("Counter.cfg"), "INIT Init\nNEXT Next\n");
        Path report = dir.resolve("out/report.html");
        CliRun r = CliRun.run("check", dir.resolve("Counter.tla").toString(), "--report", report.toString());
        assertEquals(0, r.exitCode(), r.err());
        String html = Files.readString(report);
        assertTrue(html.contains("data-result=\"success\""), html);
        assertTrue(html.contains("<th>distinct states</th><td>12</td>"), html);
        // 12 states; 10 with two successors and 2 with one: 22 steps (stuttering left out)
        assertTrue(html.contains("12 states, 22 steps"), html);
        assertFalse(html.contains("id=\"trace\""));
        assertTrue(r.err().contains("report written to"), r.err());
    }

    @Test
    void violationReportShowsStepsChangesLanesAndEscapesSpecText() throws IOException {
        Files.writeString(dir.resolve("Nodes.tla"), """
                ---- MODULE Nodes ----
                CONSTANT Node
                VARIABLES st, note
                Init == st = [n \\in Node |-> "idle"] /\\ note = "<script>alert(1)</script>"
                Go(n) == st[n] = "idle" /\\ st' = [st EXCEPT ![n] = "busy"] /\\ UNCHANGED note
                Next == \\E n \\in Node : Go(n)
                Safe == \\A n \\in Node : st[n] = "idle" \\/ \\A m \\in Node : st[m] = "busy" \\/ TRUE
                NotAllBusy == \\E n \\in Node : st[n] = "idle"
                ====
                """);
        Files.writeString(dir.resolve("Nodes.cfg"), "CONSTANT Node = {a, b}\nINIT Init\nNEXT Next\nINVARIANT NotAllBusy\n");
        Path report = dir.resolve("r.html");
        CliRun r = CliRun.run("check", dir.resolve("Nodes.tla").toString(), "--report", report.toString());
        assertEquals(12, r.exitCode(), r.err());
        String html = Files.readString(report);
        assertTrue(html.contains("data-result=\"safety failure\""));
        assertEquals(3, count(html, "<tr class=\"step"), "Init and two Go steps");
        assertEquals(2, count(html, "class=\"changed\""), "st changes in steps 2 and 3, note never");
        assertFalse(html.contains("<script>"), "spec strings are escaped");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("id=\"spacetime\""), "per-node variable st gives lanes a and b");
        assertEquals(2, count(html, "class=\"event\""), "one event per Go step");
        assertTrue(html.contains("id=\"stategraph\""));
        assertTrue(html.contains("color=red"), "the counterexample is highlighted in the graph");
    }
}
