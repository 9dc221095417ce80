package dev.lockstep.maven;

import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.translator.GeneratedFile;
import dev.lockstep.translator.GenerateRequest;
import dev.lockstep.translator.GenerateResult;
import dev.lockstep.translator.Generation;
import dev.lockstep.translator.OutputDirectory;
import dev.lockstep.translator.Translator;
import dev.lockstep.translator.emit.JavaNames;
import dev.lockstep.validator.report.JunitXml;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * {@code lockstep:generate}: projects a spec into Java skeletons ({@code lockstep generate}) and adds
 * the generated classes as a source root. Generated classes go to {@link #outputDirectory} and are
 * rewritten; the classes you own go to {@link #userSourceDirectory} and are created once, never
 * overwritten. With {@link #check} nothing is written and the build fails when the generated classes
 * are missing or were generated from another version of the spec ({@code lockstep generate --check}):
 * point {@code outputDirectory} at a committed folder and the build catches a spec that changed
 * without the code being regenerated.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends LockstepMojo {

    /** The spec (.tla); a PlusCal algorithm is translated first. */
    @Parameter(property = "lockstep.spec", required = true)
    File spec;

    /** The model configuration for constant values; default: SPEC.cfg beside the spec, if any. */
    @Parameter(property = "lockstep.config")
    File config;

    /** The Java package of the generated classes. */
    @Parameter(property = "lockstep.package", required = true)
    String packageName;

    /** Where the generated (rewritten) classes go; added as a compile source root. */
    @Parameter(defaultValue = "${project.build.directory}/generated-sources/lockstep", required = true)
    File outputDirectory;

    /** Where the classes you own are created once (never overwritten). */
    @Parameter(defaultValue = "${project.build.sourceDirectory}", required = true)
    File userSourceDirectory;

    /** Write nothing; fail when the generated classes are missing or stale. */
    @Parameter(property = "lockstep.generate.check", defaultValue = "false")
    boolean check;

    /**
     * With {@link #check}: what counts as drift. {@code exact} (default, as {@code lockstep generate
     * --check}): any difference from what this version of Lockstep generates, hand edits included.
     * {@code spec}: only generated files that are missing or carry another spec's checksum, so code
     * committed from an older Lockstep version still passes until the spec changes.
     */
    @Parameter(property = "lockstep.generate.drift", defaultValue = "exact")
    String drift = "exact";

    @Parameter(defaultValue = "${project}", readonly = true)
    MavenProject project;

    @Override
    String goal() {
        return "generate";
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        if (!JavaNames.isValidPackage(packageName)) {
            throw new MojoExecutionException("lockstep:generate: '" + packageName + "' is not a valid Java package name");
        }
        Path specPath = Paths.resolve(basedir, spec);
        Path out = Paths.resolve(basedir, outputDirectory);
        try {
            Generation g = generation(specPath);
            String classname = "lockstep.generate." + specPath.getFileName().toString().replaceFirst("\\.tla$", "");
            if (!drift.equals("exact") && !drift.equals("spec")) {
                throw new MojoExecutionException("lockstep:generate: <drift> is 'exact' or 'spec', not '" + drift + "'");
            }
            if (check) {
                List<OutputDirectory.Stale> stale = new OutputDirectory(out).check(g);
                if (drift.equals("spec")) {
                    stale = stale.stream().filter(st -> !sameSpec(st.path(), g.specSha256())).toList();
                }
                if (!stale.isEmpty()) {
                    StringBuilder details = new StringBuilder();
                    stale.forEach(s -> details.append(s.path()).append(": ").append(s.reason()).append('\n'));
                    String hint = "regenerate with: mvn generate-sources -Dlockstep.generate.check=false"
                            + " (or: lockstep generate " + specPath + " --package " + packageName + " --out " + out + ")";
                    Path report = writeReport("lockstep generate", List.of(new JunitXml.TestCase(
                            classname, out.toString(), 0, JunitXml.Status.FAILURE,
                            stale.size() + " generated files are stale", "stale", details + hint, null)));
                    throw new MojoFailureException("lockstep:generate: the generated code in " + out + " has drifted from "
                            + specPath.getFileName() + ":\n  " + details.toString().strip().replace("\n", "\n  ")
                            + "\n" + hint + "\nfull report: " + report);
                }
                getLog().info("lockstep:generate: " + out + " is up to date with " + specPath.getFileName());
            } else {
                write(g, out);
            }
            writeReport("lockstep generate", List.of(JunitXml.TestCase.passed(classname, out.toString(), 0,
                    g.actions().size() + " actions: " + String.join(", ", g.actions()))));
            if (project != null) {
                project.addCompileSourceRoot(out.toString());
            }
        } catch (IOException e) {
            throw new MojoExecutionException("lockstep:generate: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("lockstep:generate: interrupted", e);
        }
    }

    /** Whether {@code file} exists and was generated from the spec with checksum {@code sha}. */
    private static boolean sameSpec(Path file, String sha) {
        return OutputDirectory.specSha256(file).filter(sha::equals).isPresent();
    }

    private void write(Generation g, Path out) throws IOException {
        Path userDir = Paths.resolve(basedir, userSourceDirectory);
        List<GeneratedFile> generated = g.files().stream().filter(f -> f.ownership() == GeneratedFile.Ownership.GENERATED).toList();
        List<GeneratedFile> user = g.files().stream().filter(f -> f.ownership() == GeneratedFile.Ownership.USER).toList();
        List<OutputDirectory.Entry> entries = new ArrayList<>();
        entries.addAll(new OutputDirectory(out).write(only(g, generated)));
        entries.addAll(new OutputDirectory(userDir).write(only(g, user)));
        long written = entries.stream().filter(e -> e.outcome() == OutputDirectory.Outcome.WRITTEN).count();
        for (OutputDirectory.Entry e : entries) {
            if (e.outcome() == OutputDirectory.Outcome.CREATED) {
                getLog().info("lockstep:generate: created " + e.path() + " (yours from now on)");
            }
        }
        getLog().info("lockstep:generate: " + generated.size() + " generated classes in " + out + " (" + written
                + " rewritten); " + g.actions().size() + " actions"
                + (g.untranslated().isEmpty() ? "" : "; left for you to implement: " + String.join(", ", g.untranslated()))
                + "; " + g.typing().summary());
    }

    private static Generation only(Generation g, List<GeneratedFile> files) {
        return new Generation(files, g.specSha256(), g.actions(), g.untranslated(), g.diagnostics(), g.typing());
    }

    /** Runs the generate stage ({@link Translator#generate(GenerateRequest)}); its errors fail the build. */
    private Generation generation(Path specPath) throws IOException, InterruptedException, MojoFailureException,
            MojoExecutionException {
        GenerateRequest req = GenerateRequest.of(specPath, packageName, Paths.tools(tla2tools))
                .withConfig(config == null ? null : Paths.resolve(basedir, config));
        GenerateResult result = Translator.generate(req);
        List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
        for (Diagnostic d : result.diagnostics()) {
            if (!d.isError()) {
                getLog().warn(render(d));
            }
        }
        if (!result.succeeded()) {
            throw new MojoFailureException("lockstep:generate: " + specPath.getFileName() + " has errors:\n  "
                    + String.join("\n  ", errors.stream().map(GenerateMojo::render).toList()));
        }
        return result.generation();
    }

    private static String render(Diagnostic d) {
        return dev.lockstep.speclang.diag.DiagnosticFormatter.headline(d);
    }
}
