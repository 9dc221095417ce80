package dev.lockstep.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code lockstep:check} for real (TLC in a child JVM) on example specs of specs/, whose state
 * counts are pinned in specs/manifest.json.
 */
class CheckMojoTest {
    static final Path SPECS = Path.of("..", "specs").toAbsolutePath().normalize();

    static Model model(String name, String expect) {
        return new Model(SPECS.resolve(name).resolve(name + ".tla").toFile(), null, expect);
    }

    static CheckMojo mojo(Path target, List<Model> models) {
        CheckMojo m = new CheckMojo();
        m.models = models;
        m.reportsDirectory = target.resolve("lockstep-reports").toFile();
        m.workDirectory = target.resolve("lockstep-work").toFile();
        m.basedir = new File(".");
        return m;
    }

    @Test
    void aViolatedInvariantFailsTheBuildAndIsReportedAsAFailedTestCase(@TempDir Path target) throws Exception {
        CheckMojo m = mojo(target, List.of(model("TwoPhaseCommit", null), model("MessageQueueNoDedup", null)));
        MojoFailureException e = assertThrows(MojoFailureException.class, m::execute);
        Path report = target.resolve("lockstep-reports/TEST-lockstep-check-default.xml");
        assertTrue(e.getMessage().startsWith("lockstep:check: 1 of 2 models failed:\n  MessageQueueNoDedup: safety failure"),
                e.getMessage());
        assertTrue(e.getMessage().contains("ExactlyOnceEffect"), e.getMessage());
        assertTrue(e.getMessage().endsWith("full report: " + report), e.getMessage());

        Reports.Suite suite = Reports.read(report);
        assertEquals(2, suite.count("tests"));
        assertEquals(1, suite.count("failures"));
        assertEquals(0, suite.count("errors"));
        Reports.Case ok = suite.named("TwoPhaseCommit");
        assertEquals("passed", ok.status());
        assertTrue(ok.output().contains("success") && ok.output().contains("288 distinct states, 791 states generated, depth 11"),
                ok.output());
        Reports.Case bad = suite.named("MessageQueueNoDedup");
        assertEquals("failure", bad.status());
        assertTrue(bad.message().contains("safety failure: invariant ExactlyOnceEffect"), bad.message());
        // the counterexample is in the report: TLC's 6-state behaviour (depth 6 in the manifest)
        assertTrue(bad.details().contains("behaviour (6 states):"), bad.details());
        assertTrue(bad.output().contains("29 distinct states, 45 states generated"), bad.output());
    }

    @Test
    void anExpectedViolationPasses(@TempDir Path target) throws Exception {
        CheckMojo m = mojo(target, List.of(model("LockOrderDeadlock", "deadlock failure")));
        m.execute();
        Reports.Suite suite = Reports.read(target.resolve("lockstep-reports/TEST-lockstep-check-default.xml"));
        assertEquals(1, suite.count("tests"));
        assertEquals(0, suite.count("failures"));
        Reports.Case c = suite.named("LockOrderDeadlock");
        assertEquals("passed", c.status());
        assertNull(c.message());
        assertTrue(c.output().contains("10 distinct states, 14 states generated, depth 4"), c.output());
    }

    @Test
    void aMissingSpecIsAnErrorCase(@TempDir Path target) throws Exception {
        Model missing = new Model(target.resolve("Nope.tla").toFile(), null, null);
        CheckMojo m = mojo(target, List.of(missing));
        m.executionId = "nightly";
        MojoFailureException e = assertThrows(MojoFailureException.class, m::execute);
        assertTrue(e.getMessage().contains("Nope: error"), e.getMessage());
        Reports.Suite suite = Reports.read(target.resolve("lockstep-reports/TEST-lockstep-check-nightly.xml"));
        assertEquals(1, suite.count("errors"));
        assertTrue(suite.named("Nope").details().contains("no such spec file"), suite.named("Nope").details());
    }
}
