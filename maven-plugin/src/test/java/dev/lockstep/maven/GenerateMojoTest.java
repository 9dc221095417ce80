package dev.lockstep.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.model.Build;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code lockstep:generate} on a copy of specs/ReplicatedKV: write, check, drift, regenerate. */
class GenerateMojoTest {

    static GenerateMojo mojo(Path project, boolean check) {
        GenerateMojo m = new GenerateMojo();
        m.basedir = project.toFile();
        m.spec = Path.of("spec/ReplicatedKV.tla").toFile(); // relative: resolved against basedir
        m.packageName = "com.example.kv";
        m.outputDirectory = project.resolve("src/generated/java").toFile();
        m.userSourceDirectory = project.resolve("src/main/java").toFile();
        m.reportsDirectory = project.resolve("target/lockstep-reports").toFile();
        m.check = check;
        MavenProject p = new MavenProject();
        p.setBuild(new Build());
        m.project = p;
        return m;
    }

    static List<Path> javaFiles(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void generatesChecksDetectsDriftAndKeepsUserClasses(@TempDir Path project) throws Exception {
        Path spec = Files.createDirectories(project.resolve("spec")).resolve("ReplicatedKV.tla");
        Files.copy(CheckMojoTest.SPECS.resolve("ReplicatedKV/ReplicatedKV.tla"), spec);
        Files.copy(CheckMojoTest.SPECS.resolve("ReplicatedKV/ReplicatedKV.cfg"), project.resolve("spec/ReplicatedKV.cfg"));

        // nothing generated yet: check fails
        MojoFailureException missing = assertThrows(MojoFailureException.class, () -> mojo(project, true).execute());
        assertTrue(missing.getMessage().contains("missing"), missing.getMessage());

        GenerateMojo gen = mojo(project, false);
        gen.execute();
        Path out = project.resolve("src/generated/java");
        List<Path> generated = javaFiles(out);
        List<Path> user = javaFiles(project.resolve("src/main/java"));
        assertTrue(!generated.isEmpty() && !user.isEmpty(), generated + " / " + user);
        for (Path f : generated) {
            assertTrue(Files.readString(f).contains("// spec-sha256: "), f.toString());
        }
        assertEquals(List.of(out.toString()), gen.project.getCompileSourceRoots());

        // up to date: check passes and writes a passing report
        GenerateMojo upToDate = mojo(project, true);
        upToDate.execute();
        assertEquals(List.of(out.toString()), upToDate.project.getCompileSourceRoots());
        Reports.Suite ok = Reports.read(project.resolve("target/lockstep-reports/TEST-lockstep-generate-default.xml"));
        assertEquals(0, ok.count("failures"));

        // the user edits their class; the spec changes: check reports the drift
        Path userClass = user.get(0);
        Files.writeString(userClass, Files.readString(userClass) + "\n// my change\n", StandardCharsets.UTF_8);
        Files.writeString(spec, Files.readString(spec).replace("MaxLog    bound", "MaxLog    the bound"), StandardCharsets.UTF_8);
        MojoFailureException drift = assertThrows(MojoFailureException.class, () -> mojo(project, true).execute());
        assertTrue(drift.getMessage().contains("has drifted from ReplicatedKV.tla"), drift.getMessage());
        assertTrue(drift.getMessage().contains("generated from another version of the spec"), drift.getMessage());
        assertTrue(drift.getMessage().contains("-Dlockstep.generate.check=false"), drift.getMessage());
        Reports.Suite stale = Reports.read(project.resolve("target/lockstep-reports/TEST-lockstep-generate-default.xml"));
        assertEquals(1, stale.count("failures"));

        // regenerating fixes the drift and leaves the user's class alone
        mojo(project, false).execute();
        mojo(project, true).execute();
        assertTrue(Files.readString(userClass).endsWith("// my change\n"));
    }

    @Test
    void driftSpecIgnoresHandEditsButNotSpecChanges(@TempDir Path project) throws Exception {
        Path spec = Files.createDirectories(project.resolve("spec")).resolve("ReplicatedKV.tla");
        Files.copy(CheckMojoTest.SPECS.resolve("ReplicatedKV/ReplicatedKV.tla"), spec);
        Files.copy(CheckMojoTest.SPECS.resolve("ReplicatedKV/ReplicatedKV.cfg"), project.resolve("spec/ReplicatedKV.cfg"));
        mojo(project, false).execute();
        Path generated = javaFiles(project.resolve("src/generated/java")).get(0);
        Files.writeString(generated, Files.readString(generated) + "// edited\n", StandardCharsets.UTF_8);

        MojoFailureException exact = assertThrows(MojoFailureException.class, () -> mojo(project, true).execute());
        assertTrue(exact.getMessage().contains("differs from what the spec generates"), exact.getMessage());
        GenerateMojo specOnly = mojo(project, true);
        specOnly.drift = "spec";
        specOnly.execute();

        Files.writeString(spec, Files.readString(spec).replace("Put(k, v) ==", "Put(k, v) ==\n    /\\ k \\in Key"),
                StandardCharsets.UTF_8);
        GenerateMojo afterChange = mojo(project, true);
        afterChange.drift = "spec";
        MojoFailureException e = assertThrows(MojoFailureException.class, afterChange::execute);
        assertTrue(e.getMessage().contains("generated from another version of the spec"), e.getMessage());
    }

    @Test
    void aSpecWithErrorsFailsWithItsDiagnostics(@TempDir Path project) throws Exception {
        Path spec = Files.createDirectories(project.resolve("spec")).resolve("ReplicatedKV.tla");
        Files.writeString(spec, "---- MODULE ReplicatedKV ----\nVARIABLE x\nInit == x = \nNext == x' = x\n====\n");
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo(project, false).execute());
        assertTrue(e.getMessage().contains("ReplicatedKV.tla has errors"), e.getMessage());
        assertTrue(e.getMessage().matches("(?s).*ReplicatedKV\\.tla:\\d+:\\d+: error: .*\\[LS\\d+].*"), e.getMessage());
    }
}
