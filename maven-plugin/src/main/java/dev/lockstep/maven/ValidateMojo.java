package dev.lockstep.maven;

import dev.lockstep.bridge.Tla2Tools;
import dev.lockstep.bridge.library.ModuleLibrary;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.DiagnosticFormatter;
import dev.lockstep.validator.ValidationResult;
import dev.lockstep.validator.ValidationRequest;
import dev.lockstep.validator.Validator;
import dev.lockstep.validator.Verdict;
import dev.lockstep.validator.log.LogProblem;
import dev.lockstep.validator.report.HtmlReport;
import dev.lockstep.validator.report.HumanReport;
import dev.lockstep.validator.report.JunitXml;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code lockstep:validate}: validates the native logs the tests wrote against the spec
 * ({@code lockstep validate}). Each log is one behaviour (one test, one run) and is validated on its
 * own, unless {@link #merge} says the logs are the nodes of one run, merged by their clocks. The
 * build fails when a log does not conform, naming the first line no behaviour of the spec explains;
 * each log that fails also gets an HTML page with the divergence next to the JUnit XML report.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ValidateMojo extends LockstepMojo {

    /** The spec's root module. */
    @Parameter(property = "lockstep.spec", required = true)
    File spec;

    /** Its model configuration; default: SPEC.cfg beside the spec. */
    @Parameter(property = "lockstep.config")
    File config;

    /** Where the logs are. */
    @Parameter(property = "lockstep.traces", defaultValue = "${project.build.directory}/lockstep-traces", required = true)
    File tracesDirectory;

    /** Glob patterns, relative to {@link #tracesDirectory}; default {@code **}{@code /*.ndjson} and {@code **}{@code /*.ndjson.gz}. */
    @Parameter
    List<String> includes = new ArrayList<>();

    /** Validate all logs as the nodes of one run (merged by their clocks) instead of one behaviour each. */
    @Parameter(defaultValue = "false")
    boolean merge;

    /** Fail when no log matches (a test setup that silently stopped writing logs). */
    @Parameter(property = "lockstep.validate.failIfNoTraces", defaultValue = "true")
    boolean failIfNoTraces = true;

    @Override
    String goal() {
        return "validate";
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        Path specPath = Paths.resolve(basedir, spec);
        Path cfg = config != null ? Paths.resolve(basedir, config) : null;
        Path dir = Paths.resolve(basedir, tracesDirectory);
        try {
            List<Path> logs = logs(dir);
            if (logs.isEmpty()) {
                String msg = "lockstep:validate: no logs matching " + patterns() + " in " + dir;
                if (failIfNoTraces) {
                    throw new MojoFailureException(msg);
                }
                getLog().warn(msg);
                return;
            }
            Tla2Tools tools = Paths.tools(tla2tools);
            List<List<Path>> runs = merge ? List.of(logs) : logs.stream().map(List::of).toList();
            String classname = "lockstep.validate." + specPath.getFileName().toString().replaceFirst("\\.tla$", "");
            List<JunitXml.TestCase> cases = new ArrayList<>();
            List<String> failed = new ArrayList<>();
            for (List<Path> run : runs) {
                long start = System.nanoTime();
                ValidationResult r = validate(tools, specPath, cfg, run);
                double seconds = (System.nanoTime() - start) / 1e9;
                String name = run.size() == 1 ? dir.relativize(run.get(0)).toString() : run.size() + " merged logs";
                JunitXml.TestCase c = testCase(classname, name, seconds, r);
                cases.add(c);
                if (c.status() == JunitXml.Status.PASSED) {
                    getLog().info("  " + name + ": " + summary(r));
                } else {
                    Path html = reportsDirectory.toPath().resolve("lockstep-validate-" + executionId + "-"
                            + name.replaceAll("[^A-Za-z0-9._-]+", "_") + ".html");
                    Files.createDirectories(html.getParent());
                    Files.writeString(html, HtmlReport.render(r), java.nio.charset.StandardCharsets.UTF_8);
                    getLog().error("  " + name + ": " + c.message() + " (report: " + html + ")");
                    failed.add(c.message() + "\n    " + html);
                }
            }
            Path report = writeReport("lockstep validate " + specPath.getFileName(), cases);
            if (!failed.isEmpty()) {
                throw new MojoFailureException("lockstep:validate: " + failed.size() + " of " + cases.size()
                        + " logs do not conform to " + specPath.getFileName() + ":\n  " + String.join("\n  ", failed)
                        + "\nfull report: " + report);
            }
            getLog().info("lockstep:validate: " + cases.size() + " logs conform to " + specPath.getFileName() + "; report: " + report);
        } catch (IOException e) {
            throw new MojoExecutionException("lockstep:validate: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("lockstep:validate: interrupted", e);
        }
    }

    /** Validates one run; a missing or rejected spec or configuration stops the goal. */
    private ValidationResult validate(Tla2Tools tools, Path specPath, Path cfg, List<Path> run)
            throws IOException, InterruptedException, MojoExecutionException, MojoFailureException {
        ValidationResult r = Validator.forTools(tools).withLibrary(ModuleLibrary.DEFAULT)
                .validate(ValidationRequest.of(specPath, cfg, run));
        if (!r.diagnostics().isEmpty()) {
            String msg = "lockstep:validate: " + DiagnosticFormatter.headline(r.diagnostics().get(0));
            boolean missing = r.diagnostics().get(0).code() == DiagnosticCode.LS001_FILE_NOT_FOUND
                    || r.diagnostics().get(0).message().contains("does not exist");
            if (missing) {
                throw new MojoExecutionException(msg);
            }
            throw new MojoFailureException(msg);
        }
        return r;
    }

    private static JunitXml.TestCase testCase(String classname, String name, double seconds, ValidationResult r) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        HumanReport.render(r, new PrintWriter(out), new PrintWriter(err));
        String details = err.toString() + out;
        if (r.verdict() instanceof Verdict.DoesNotConform d) {
            Verdict.Witness w = d.witness();
            return new JunitXml.TestCase(classname, name, seconds, JunitXml.Status.FAILURE,
                    w.file().getFileName() + ":" + w.line() + ": " + w.message(), "does-not-conform", details, null);
        }
        if (!r.problems().isEmpty()) {
            LogProblem p = r.problems().get(0);
            return new JunitXml.TestCase(classname, name, seconds, JunitXml.Status.ERROR,
                    (p.diagnostic().range() == null ? name : p.diagnostic().range().display()) + ": " + p.diagnostic().message(),
                    "malformed-log", details, null);
        }
        if (r.verdict() instanceof Verdict.Unknown u) {
            return new JunitXml.TestCase(classname, name, seconds, JunitXml.Status.ERROR, "unknown: " + u.reason(),
                    "unknown", details, null);
        }
        return JunitXml.TestCase.passed(classname, name, seconds, summary(r));
    }

    private static String summary(ValidationResult r) {
        return r.verdict() instanceof Verdict.Conforms c
                ? "conforms (" + c.events() + " events, " + c.engine().label() + " engine)" : r.verdict().toString();
    }

    private List<String> patterns() {
        return includes == null || includes.isEmpty() ? List.of("**/*.ndjson", "**/*.ndjson.gz") : includes;
    }

    /** The logs below {@code dir} matching the patterns, sorted; {@code **}{@code /} also matches the top level. */
    List<Path> logs(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<PathMatcher> matchers = new ArrayList<>();
        for (String p : patterns()) {
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + p));
            if (p.startsWith("**/")) {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + p.substring(3)));
            }
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(f -> matchers.stream().anyMatch(m -> m.matches(dir.relativize(f))))
                    .sorted().toList();
        }
    }
}
