package dev.lockstep.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code lockstep:validate} (TLC's evaluator in a child JVM) on logs of Counter.tla. */
class ValidateMojoTest {
    static final Path COUNTER = Path.of("src/test/resources/counter/Counter.tla").toAbsolutePath();

    static final String INIT = "{\"action\":\"Init\",\"state\":{\"x\":0}}\n";

    static ValidateMojo mojo(Path target) {
        ValidateMojo m = new ValidateMojo();
        m.spec = COUNTER.toFile();
        m.tracesDirectory = target.resolve("lockstep-traces").toFile();
        m.reportsDirectory = target.resolve("lockstep-reports").toFile();
        return m;
    }

    @Test
    void eachLogIsOneBehaviourAndTheDivergingOneFails(@TempDir Path target) throws Exception {
        Path traces = Files.createDirectories(target.resolve("lockstep-traces/nested"));
        Files.writeString(target.resolve("lockstep-traces/good.ndjson"), INIT
                + "{\"action\":\"Incr\",\"state\":{\"x\":1}}\n{\"action\":\"Reset\",\"state\":{\"x\":0}}\n");
        // a second behaviour starting from Init again: fine on its own, not as a continuation of good.ndjson
        Files.writeString(traces.resolve("also-good.ndjson"), INIT + "{\"action\":\"Incr\",\"state\":{\"x\":1}}\n");
        Files.writeString(target.resolve("lockstep-traces/bad.ndjson"), INIT
                + "{\"action\":\"Incr\",\"state\":{\"x\":1}}\n{\"action\":\"Incr\",\"state\":{\"x\":3}}\n");
        Files.writeString(target.resolve("lockstep-traces/notes.txt"), "not a log");

        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo(target).execute());
        assertTrue(e.getMessage().startsWith("lockstep:validate: 1 of 3 logs do not conform to Counter.tla:\n  bad.ndjson:3: "),
                e.getMessage());
        Reports.Suite suite = Reports.read(target.resolve("lockstep-reports/TEST-lockstep-validate-default.xml"));
        assertEquals(3, suite.count("tests"));
        assertEquals(1, suite.count("failures"));
        assertEquals("passed", suite.named("good.ndjson").status());
        assertTrue(suite.named("good.ndjson").output().contains("conforms (3 events"), suite.named("good.ndjson").output());
        assertEquals("passed", suite.named("nested/also-good.ndjson").status());
        Reports.Case bad = suite.named("bad.ndjson");
        assertEquals("failure", bad.status());
        assertTrue(bad.details().contains("x' = x + 1"), bad.details());
        assertTrue(bad.details().contains("x: allowed 2"), bad.details());
        Path html = target.resolve("lockstep-reports/lockstep-validate-default-bad.ndjson.html");
        assertTrue(e.getMessage().contains(html.toString()), e.getMessage());
        assertTrue(Files.readString(html).contains("data-verdict=\"does not conform\""));
        assertTrue(Files.notExists(target.resolve("lockstep-reports/lockstep-validate-default-good.ndjson.html")));
    }

    @Test
    void malformedLogIsAnError(@TempDir Path target) throws Exception {
        Files.createDirectories(target.resolve("lockstep-traces"));
        Files.writeString(target.resolve("lockstep-traces/broken.ndjson"), INIT + "{\"action\": \n");
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo(target).execute());
        assertTrue(e.getMessage().contains("broken.ndjson:2"), e.getMessage());
        Reports.Suite suite = Reports.read(target.resolve("lockstep-reports/TEST-lockstep-validate-default.xml"));
        assertEquals(1, suite.count("errors"));
    }

    @Test
    void noLogsFailsUnlessToldOtherwise(@TempDir Path target) throws Exception {
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo(target).execute());
        assertTrue(e.getMessage().contains("no logs matching"), e.getMessage());
        ValidateMojo lenient = mojo(target);
        lenient.failIfNoTraces = false;
        lenient.execute();
    }
}
