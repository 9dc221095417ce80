package dev.lockstep.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.lockstep.bridge.ExitCode;
import dev.lockstep.validator.HostGuess;
import dev.lockstep.validator.ValidationRequest;
import dev.lockstep.validator.ValidationResult;
import dev.lockstep.validator.Validator;
import dev.lockstep.validator.Verdict;
import dev.lockstep.validator.log.NativeLogReader;
import dev.lockstep.validator.report.HumanReport;
import dev.lockstep.validator.report.JsonReport;
import dev.lockstep.validator.report.JunitReport;
import dev.lockstep.validator.report.SarifReport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lockstep validate SPEC.tla --trace FILE...}: checks logs of the running system against the
 * spec. Parses options, delegates to {@link Validator}, renders the verdict; exit 0 when the
 * log conforms, 20 when it does not, 21 for malformed log input, 150/151 for spec/config errors.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check logs of the running system against the spec: \"conforms\", or the first",
                "log line no behaviour of the spec can explain, and why."},
        footer = {"", "Exit codes: 0 conforms, 20 does not conform, 21 malformed log input,",
                "10 an ASSUME of the model is false, 150 spec error, 151 config error, 153 no verdict (internal or TLC failure,",
                "unusable --tla2tools jar, a report that cannot be written), 2 usage error."})
public final class ValidateCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Parameters(index = "0", paramLabel = "SPEC.tla", description = "The spec's root module.")
    Path spec;

    @Option(names = "--trace", required = true, arity = "1..*", paramLabel = "FILE",
            description = {"Log files (native NDJSON, plain or gzip) or quoted globs ('logs/*.ndjson'); several",
                    "with clocks are one run's node logs, merged by their clocks; without clocks, each",
                    "file holds runs of its own. A new Init line starts a new run; each run gets a verdict."})
    List<String> traces;

    @Option(names = "--workers", paramLabel = "N|auto", converter = Workers.Converter.class,
            description = {"How many runs of the logs are checked at once (the direct engine also cuts runs longer than",
                    "1,024 lines into parts checked at once; auto: one per core). Default: one checker per core",
                    "for the direct engine (threads of one evaluator host), one search at a time for the searches."})
    Workers workers;

    @Option(names = "--config", paramLabel = "CFG", description = "Model configuration (default: SPEC.cfg next to the spec).")
    Path config;

    @Option(names = "--mapping", paramLabel = "MAP",
            description = "Read existing logs (JSON lines, or plain text through a regex) with this mapping file (JSON or YAML; see docs/validation.md).")
    Path mapping;

    @Option(names = "--engine", paramLabel = "ENGINE",
            description = "direct or search (default: direct when every line carries every variable).")
    Verdict.Engine engine;

    @Option(names = "--search-order", paramLabel = "ORDER",
            description = "dfs or bfs: how the search engine searches its trace spec (default: dfs, depth-first with TLC's evaluator, cursor-advancing steps first; bfs runs TLC's breadth-first model checker).")
    Validator.SearchOrder searchOrder = Validator.SearchOrder.DFS;

    @Option(names = "--json", description = "Print the result as JSON on stdout.")
    boolean json;

    @Option(names = "--junit", paramLabel = "FILE", description = "Also write JUnit XML (one test case per log file).")
    Path junit;

    @Option(names = "--sarif", paramLabel = "FILE", description = "Also write SARIF 2.1.0.")
    Path sarif;

    @Option(names = "--report", paramLabel = "FILE.html", description = "Also write an HTML report of the verdict and divergence.")
    Path report;

    @Option(names = "--keep-going", description = "Report every malformed log line, not just the first.")
    boolean keepGoing;

    @Option(names = "--max-line-length", paramLabel = "CHARS", description = "Longest log line read (default: ${DEFAULT-VALUE}).")
    int maxLineLength = NativeLogReader.DEFAULT_MAX_LINE;

    @Option(names = "--unlogged-action", paramLabel = "ACTION",
            description = "An action that may happen between log lines without a line of its own (search engine; repeatable).")
    List<String> unlogged;

    @Mixin
    ToolsOption tla2tools = new ToolsOption();
    @Mixin
    LibraryOption library = new LibraryOption();

    /** The host started before the command line was parsed, or null ({@link ValidateGuess}). */
    private ValidateGuess guess;

    public ValidateCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    /** The validator for these options (also what {@link ValidateGuess} starts a host for). */
    static Validator validator(CliContext ctx, ToolsOption tools, LibraryOption library) {
        return Validator.forTools(tools.resolve(ctx)).withLibrary(library.resolve(ctx));
    }

    /** Offers the validation the host {@code g} started on a guess of this command line (may be null). */
    void guessed(ValidateGuess g) {
        this.guess = g;
    }

    @Override
    public Integer call() throws Exception {
        Path specPath = spec.toAbsolutePath().normalize();
        if (maxLineLength < 1) {
            throw new UserError(ExitCode.USAGE, "--max-line-length must be positive");
        }
        int workerCount = workers == null ? ValidationRequest.DEFAULT_WORKERS
                : workers.orAuto(Runtime.getRuntime().availableProcessors());
        List<Path> logs = LogGlobs.expand(traces);
        // each validation makes (and removes) its own work directory, with the library's modules
        Validator validator = validator(ctx, tla2tools, library);
        if ("off".equals(ctx.env().get("LOCKSTEP_STEP_CACHE"))) {
            validator = validator.withoutStepCache();   // benchmarks: what the step cache gains
        }
        HostGuess started = guess == null ? null : guess.get();
        if (started != null) {
            validator = validator.withHostGuess(started);
        }
        if ("1".equals(ctx.env().get("LOCKSTEP_KEEP_WORK"))) {
            validator = validator.keepingWork(dir -> ctx.err().println("lockstep: work directory kept: " + dir));
        }
        ValidationResult result = validator.validate(new ValidationRequest(specPath,
                config == null ? null : config.toAbsolutePath().normalize(), logs, engine, keepGoing, maxLineLength,
                unlogged == null ? List.of() : unlogged, mapping, searchOrder, workerCount));
        if (!result.diagnostics().isEmpty()) {
            new DiagnosticPrinter(ctx.err()).printAll(result.diagnostics());
            return result.exitCode().code();
        }
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        if (json) {
            // written as it is rendered: the report of a log of many runs is megabytes (142,570 runs:
            // 21 MB), never built as one string first
            mapper.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .writeValue(ctx.out(), JsonReport.render(result, mapper));
            ctx.out().println();
            ctx.out().flush();
        } else {
            HumanReport.render(result, spec, ctx.out(), ctx.err());
        }
        if (junit != null) {
            ReportFile.write(junit, JunitReport.render(result));
        }
        if (sarif != null) {
            String version = Main.class.getPackage().getImplementationVersion();
            ReportFile.write(sarif, mapper.writeValueAsString(SarifReport.render(result, mapper, version == null ? "0.1.0-SNAPSHOT" : version)));
        }
        if (report != null) {
            ReportFile.write(report, dev.lockstep.validator.report.HtmlReport.render(result));
        }
        return result.exitCode().code();
    }
}
