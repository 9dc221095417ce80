package dev.lockstep.cli;

import dev.lockstep.bridge.ExitCode;
import dev.lockstep.bridge.check.CheckRequest;
import dev.lockstep.bridge.check.CheckResult;
import dev.lockstep.bridge.check.SearchMode;
import dev.lockstep.bridge.check.TlcRunner;
import dev.lockstep.cli.report.CheckHtmlReport;
import dev.lockstep.cli.report.StateGraph;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Writes {@code check --report FILE.html}. For models of at most {@value #MAX_GRAPH_STATES} distinct
 * states, a second, quiet TLC run dumps the state graph ({@code -dump dot,actionlabels}) into a
 * scratch folder; Graphviz renders it to SVG when {@code dot} is on the PATH (or where
 * {@value #DOT_ENV} says; an empty {@value #DOT_ENV} leaves the graph as DOT text).
 */
final class CheckReportWriter {
    static final int MAX_GRAPH_STATES = 300;
    /** The environment variable that names Graphviz's {@code dot} (default: {@code dot} on the PATH; empty: none). */
    static final String DOT_ENV = "LOCKSTEP_DOT";

    private final CliContext ctx;

    CheckReportWriter(CliContext ctx) {
        this.ctx = ctx;
    }

    void write(Path file, CheckRequest req, CheckResult result) throws InterruptedException {
        Optional<CheckHtmlReport.GraphPart> graph = Optional.empty();
        try {
            graph = stateGraph(req, result);
        } catch (IOException e) {
            ctx.err().println("lockstep: warning: no state graph in the report: " + e.getMessage());
        }
        String html = CheckHtmlReport.render(req.spec(), CheckRenderer.verdict(result), result, graph);
        ReportFile.write(file, html);
        ctx.err().println("lockstep: report written to " + file);
        ctx.err().flush();
    }

    private Optional<CheckHtmlReport.GraphPart> stateGraph(CheckRequest req, CheckResult result)
            throws IOException, InterruptedException {
        boolean exhaustive = req.mode() instanceof SearchMode.BreadthFirst;
        long states = result.stats().distinctStates();
        if (!exhaustive || states < 1 || states > MAX_GRAPH_STATES || result.exitCode() >= ExitCode.SPEC_ERROR.code()) {
            return Optional.empty();
        }
        Path scratch = dev.lockstep.bridge.process.ScratchDir.create(null, "report");
        try {
            Path dot = scratch.resolve("states.dot");
            List<String> extra = new ArrayList<>(req.extraTlcArgs());
            extra.addAll(List.of("-dump", "dot,actionlabels", dot.toString()));
            CheckRequest dump = new CheckRequest(req.spec(), req.model(), req.mode(), 1, req.maxHeap(), req.tools(),
                    req.workRoot(), false, extra);
            new TlcRunner().run(dump, TlcRunner.SILENT);
            if (!Files.isRegularFile(dot)) {
                return Optional.empty();
            }
            StateGraph g = StateGraph.read(dot);
            List<Long> path = result.trace().map(t -> CheckHtmlReport.path(g, t)).orElse(List.of());
            String text = g.toDot(path);
            return Optional.of(new CheckHtmlReport.GraphPart(g, text, graphviz(dotCommand(), text), result.outcome().isViolation()));
        } finally {
            dev.lockstep.bridge.process.ScratchDir.deleteTree(scratch);
        }
    }

    /** Graphviz's {@code dot} as {@value #DOT_ENV} names it, or empty when the user turned it off. */
    private Optional<String> dotCommand() {
        String named = ctx.env().get(DOT_ENV);
        return named == null ? Optional.of("dot") : named.isBlank() ? Optional.empty() : Optional.of(named);
    }

    /** SVG from Graphviz's {@code dot}, when it is installed. */
    static Optional<String> graphviz(Optional<String> command, String dot) throws InterruptedException {
        if (command.isEmpty()) {
            return Optional.empty();
        }
        Process p;
        try {
            p = new ProcessBuilder(command.get(), "-Tsvg").redirectErrorStream(false).start();
        } catch (IOException notInstalled) {
            return Optional.empty();
        }
        try {
            try (OutputStream in = p.getOutputStream()) {
                in.write(dot.getBytes(StandardCharsets.UTF_8));
            }
            byte[] svg = p.getInputStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return Optional.empty();
            }
            return Optional.of(new String(svg, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        } finally {
            p.destroyForcibly();
        }
    }
}
