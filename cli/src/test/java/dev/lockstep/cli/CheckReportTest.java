package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
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
        CliRun r = CliRun.runWithEnv(Map.of(CheckReportWriter.DOT_ENV, ""), "check", dir.resolve("Counter.tla").toString(),
                "--report", report.toString());
        assertEquals(0, r.exitCode(), r.err());
        String html = Files.readString(report);
        assertTrue(html.contains("data-result=\"success\""), html);
        assertTrue(html.contains("<th>distinct states</th><td>12</td>"), html);
        // 12 states; 10 with two successors and 2 with one: 22 steps (stuttering left out)
        assertTrue(html.contains("12 states, 22 steps"), html);
        assertFalse(html.contains("id=\"trace\""));
        assertTrue(r.err().contains("report written to"), r.err());
    }

    /** Checks the Nodes model (an invariant violated in two steps) with {@code env}; returns the report. */
    private String violationReport(Map<String, String> env) throws IOException {
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
        CliRun r = CliRun.runWithEnv(env, "check", dir.resolve("Nodes.tla").toString(), "--report", report.toString());
        assertEquals(12, r.exitCode(), r.err());
        return Files.readString(report);
    }

    /** The state graph's part of the report. */
    private static String stateGraph(String html) {
        int start = html.indexOf("<div id=\"stategraph\">");
        assertTrue(start >= 0, "the report has a state graph");
        return html.substring(start, html.indexOf("</div>\n", start));
    }

    @Test
    void violationReportShowsStepsChangesLanesAndEscapesSpecText() throws IOException {
        String html = violationReport(Map.of(CheckReportWriter.DOT_ENV, ""));
        assertTrue(html.contains("data-result=\"safety failure\""));
        assertEquals(3, count(html, "<tr class=\"step"), "Init and two Go steps");
        assertEquals(2, count(html, "class=\"changed\""), "st changes in steps 2 and 3, note never");
        assertFalse(html.contains("<script>"), "spec strings are escaped");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("id=\"spacetime\""), "per-node variable st gives lanes a and b");
        assertEquals(2, count(html, "class=\"event\""), "one event per Go step");
    }

    @Test
    void withoutGraphvizTheStateGraphIsDotTextWithTheCounterexampleInRed() throws IOException {
        String graph = stateGraph(violationReport(Map.of(CheckReportWriter.DOT_ENV, "")));
        assertTrue(graph.contains("<pre class=\"dot\">digraph"), graph);
        assertFalse(graph.contains("<svg"), graph);
        // Init, Go(a), Go(b): the two steps of the counterexample and its three states are red
        assertEquals(5, count(graph, ", color=red"), graph);
        assertEquals(2, count(graph, "[label=&quot;Go&quot;, color=red"), graph);
    }

    @Test
    void withGraphvizTheStateGraphIsSvgWithTheCounterexampleInRed() throws Exception {
        assumeTrue(graphvizInstalled(), "Graphviz's dot is not installed");
        String graph = stateGraph(violationReport(Map.of(CheckReportWriter.DOT_ENV, "dot")));
        assertTrue(graph.contains("<svg"), graph);
        assertFalse(graph.contains("<pre class=\"dot\">"), graph);
        assertTrue(graph.contains("stroke=\"red\""), "the counterexample is highlighted in the graph");
    }

    /**
     * The SVG path on any machine: a stand-in for Graphviz that wraps the DOT text it is given in an
     * SVG document (after an XML prolog, as {@code dot -Tsvg} writes one). The report must hand
     * {@code dot -Tsvg} the graph with the counterexample highlighted and embed what it prints, from
     * {@code <svg} on, in place of the DOT text.
     */
    @Test
    void theStateGraphIsWhatDotPrintsForTheHighlightedGraph() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "needs a POSIX shell script");
        Path fakeDot = dir.resolve("fake-dot");
        Files.writeString(fakeDot, """
                #!/bin/sh
                [ "$1" = "-Tsvg" ] || exit 2
                printf '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><desc>'
                cat
                printf '</desc></svg>\n'
                """);
        Files.setPosixFilePermissions(fakeDot, PosixFilePermissions.fromString("rwx------"));
        String graph = stateGraph(violationReport(Map.of(CheckReportWriter.DOT_ENV, fakeDot.toString())));
        assertFalse(graph.contains("<pre class=\"dot\">"), graph);
        assertFalse(graph.contains("<?xml"), "the prolog is dropped inside HTML: " + graph);
        assertTrue(graph.contains("<svg xmlns=\"http://www.w3.org/2000/svg\"><desc>digraph"), graph);
        // what dot was given: the same highlighting as the DOT text of the report without Graphviz
        assertEquals(5, count(graph, ", color=red"), graph);
        assertEquals(2, count(graph, "[label=\"Go\", color=red"), graph);
    }

    @Test
    void aMissingDotExecutableFallsBackToDotText() throws IOException {
        String graph = stateGraph(violationReport(Map.of(CheckReportWriter.DOT_ENV, dir.resolve("no-such-dot").toString())));
        assertTrue(graph.contains("<pre class=\"dot\">digraph"), graph);
    }

    private static boolean graphvizInstalled() throws InterruptedException {
        try {
            Process p = new ProcessBuilder("dot", "-V").redirectErrorStream(true).start();
            p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
