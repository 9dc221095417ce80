package dev.lockstep.maven;

import dev.lockstep.validator.report.JunitXml;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every Lockstep goal shares: which TLA+ tools to run, where the JUnit XML reports go, the
 * project folder relative paths are resolved against, the execution id that names the report, and
 * {@code lockstep.skip}.
 */
abstract class LockstepMojo extends AbstractMojo {

    /** Another tla2tools.jar instead of the bundled TLA+ tools. */
    @Parameter(property = "lockstep.tla2tools")
    File tla2tools;

    /** Where the JUnit XML report goes. */
    @Parameter(defaultValue = "${project.build.directory}/lockstep-reports", required = true)
    File reportsDirectory;

    /** The project's base directory, against which relative paths are resolved. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    File basedir;

    /** Names the report file, so several executions do not overwrite each other's. */
    @Parameter(defaultValue = "${mojoExecution.executionId}", readonly = true)
    String executionId = "default";

    /** Skips the goal. */
    @Parameter(property = "lockstep.skip", defaultValue = "false")
    boolean skip;

    /** The goal's name, as in {@code lockstep:check}. */
    abstract String goal();

    /** Runs the goal (not called when skipped). */
    abstract void run() throws MojoExecutionException, MojoFailureException;

    /**
     * Writes the goal's JUnit XML report ({@link JunitXml#render}) as
     * {@code reportsDirectory/TEST-lockstep-GOAL-EXECUTION.xml} and returns the file.
     */
    Path writeReport(String suite, List<JunitXml.TestCase> cases) throws IOException {
        Path dir = reportsDirectory.toPath();
        Files.createDirectories(dir);
        String stem = ("lockstep-" + goal() + "-" + executionId).replaceAll("[^A-Za-z0-9._-]+", "_");
        Path file = dir.resolve("TEST-" + stem + ".xml");
        Files.writeString(file, JunitXml.render(suite, cases), StandardCharsets.UTF_8);
        return file;
    }

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("lockstep:" + goal() + " skipped");
            return;
        }
        run();
    }
}
