package dev.lockstep.maven;

import dev.lockstep.bridge.ExitCode;
import dev.lockstep.bridge.Tla2Tools;
import dev.lockstep.bridge.check.CheckRequest;
import dev.lockstep.bridge.check.CheckResult;
import dev.lockstep.bridge.check.ModelSpec;
import dev.lockstep.bridge.check.SearchMode;
import dev.lockstep.bridge.check.TlcRunner;
import dev.lockstep.validator.report.JunitXml;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code lockstep:check}: model-checks each configured {@link Model} with TLC (in a child JVM, through
 * checker-bridge's {@link TlcRunner}) and fails the build when a verdict differs from the expected
 * one, with a short summary and the path of the JUnit report.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends LockstepMojo {

    /** The models to check. */
    @Parameter(required = true)
    List<Model> models = new ArrayList<>();

    /** TLC worker threads per model; 0 means TLC's {@code auto}. */
    @Parameter(property = "lockstep.workers", defaultValue = "1")
    int workers = 1;

    /** TLC's maximum heap, e.g. {@code 2g}; default: Java's. */
    @Parameter(property = "lockstep.maxHeap")
    String maxHeap;

    /** Where TLC's scratch files go (deleted after each run). */
    @Parameter(defaultValue = "${project.build.directory}/lockstep-work", required = true)
    File workDirectory;

    @Override
    String goal() {
        return "check";
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        if (models == null || models.isEmpty()) {
            throw new MojoExecutionException("lockstep:check: no <models> configured");
        }
        Tla2Tools tools = Paths.tools(tla2tools);
        List<JunitXml.TestCase> cases = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        try {
            Files.createDirectories(workDirectory.toPath());
            for (Model m : models) {
                if (m.spec == null) {
                    throw new MojoExecutionException("lockstep:check: a <model> has no <spec>");
                }
                Path spec = Paths.resolve(basedir, m.spec);
                Path config = m.config == null ? null : Paths.resolve(basedir, m.config);
                ModelSpec model = new ModelSpec(config, null, null, null, List.of(), List.of(), Map.of(), m.noDeadlock);
                CheckRequest req = new CheckRequest(spec, model, new SearchMode.BreadthFirst(), workers, maxHeap, tools,
                        workDirectory.toPath(), false, List.of());
                getLog().info("lockstep:check " + m.displayName() + " ...");
                CheckResult r = new TlcRunner().run(req, TlcRunner.SILENT);
                String classname = "lockstep.check." + spec.getFileName().toString().replaceFirst("\\.tla$", "");
                double seconds = r.stats().durationMs() / 1000.0;
                boolean asExpected = r.outcome().label().equals(m.expect) && r.exitCode() != ExitCode.SYSTEM_ERROR.code();
                String line = m.displayName() + ": " + CheckReport.verdict(r) + " (" + r.stats().summary() + ")";
                if (asExpected) {
                    getLog().info("  " + line + (r.outcome().isViolation() ? ", as expected" : ""));
                    cases.add(JunitXml.TestCase.passed(classname, m.displayName(), seconds, line));
                } else {
                    String message = CheckReport.verdict(r) + (m.expect.equals("success") ? "" : ", expected " + m.expect);
                    getLog().error("  " + m.displayName() + ": " + message);
                    for (String l : CheckReport.details(r).split("\n")) {
                        getLog().error("    " + l);
                    }
                    failed.add(m.displayName() + ": " + message);
                    boolean ran = r.outcome() != dev.lockstep.bridge.check.Outcome.ERROR;
                    cases.add(new JunitXml.TestCase(classname, m.displayName(), seconds,
                            ran ? JunitXml.Status.FAILURE : JunitXml.Status.ERROR, message,
                            r.outcome().label().replace(' ', '-'), CheckReport.details(r), line));
                }
            }
            Path report = writeReport("lockstep check", cases);
            if (!failed.isEmpty()) {
                throw new MojoFailureException("lockstep:check: " + failed.size() + " of " + cases.size()
                        + " models failed:\n  " + String.join("\n  ", failed) + "\nfull report: " + report);
            }
            getLog().info("lockstep:check: " + cases.size() + " models as expected; report: " + report);
        } catch (IOException e) {
            throw new MojoExecutionException("lockstep:check: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("lockstep:check: interrupted", e);
        }
    }
}
