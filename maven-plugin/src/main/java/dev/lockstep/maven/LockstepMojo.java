package dev.lockstep.maven;

import java.io.File;
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

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("lockstep:" + goal() + " skipped");
            return;
        }
        run();
    }
}
