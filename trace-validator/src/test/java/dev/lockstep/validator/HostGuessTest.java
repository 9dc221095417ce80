package dev.lockstep.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host started on a guess of the request ({@link HostGuess}) is taken by the validation only when
 * it is the host that validation would start; the verdict is the same either way, and whatever the
 * validation does not take, closing the guess ends and removes.
 */
class HostGuessTest {
    @TempDir
    Path tmp;

    private Path counterLog() throws Exception {
        return Fixtures.write(tmp.resolve("counter.ndjson"), List.of(
                "{\"action\":\"Init\",\"state\":{\"count\":{\"#map\":[[\"n1\",0],[\"n2\",0]]},\"log\":[],\"done\":{\"#set\":[]}}}",
                "{\"action\":\"Inc\",\"params\":{\"n\":\"n1\"},\"state\":{\"count\":{\"#map\":[[\"n1\",1],[\"n2\",0]]},\"log\":[\"n1\"],\"done\":{\"#set\":[]}}}",
                "{\"action\":\"Finish\",\"params\":{\"n\":\"n1\"},\"state\":{\"count\":{\"#map\":[[\"n1\",1],[\"n2\",0]]},\"log\":[\"n1\"],\"done\":{\"#set\":[\"n1\"]}}}"));
    }

    @Test
    void theValidationTakesTheGuessedHostWhenItWouldStartTheSameOne() throws Exception {
        Path work = Files.createDirectories(tmp.resolve("work"));
        Path spec = Fixtures.testSpec("Counter");
        Path log = counterLog();
        Validator v = Fixtures.validator(work);
        ValidationResult without = v.validate(ValidationRequest.of(spec, null, List.of(log)));
        assertInstanceOf(Verdict.Conforms.class, without.verdict(), without.verdict().toString());

        try (HostGuess g = HostGuess.start(v, spec, List.of(log))) {
            assertTrue(g.holdsHost());
            assertEquals(1, workDirs(work), "the guess's work directory");
            ValidationResult with = v.withHostGuess(g).validate(ValidationRequest.of(spec, null, List.of(log)));
            assertEquals(without.verdict(), with.verdict());
            assertEquals(without.traces(), with.traces());
            assertFalse(g.holdsHost(), "taken by the validation");
            assertEquals(0, workDirs(work), "adopted, and removed by the validation");
        }
        Fixtures.assertNoChildLeft();
    }

    @Test
    void aHostForAnotherLaunchOrEngineIsLeftToTheGuessAndEndedWithIt() throws Exception {
        Path work = Files.createDirectories(tmp.resolve("work"));
        Path other = Files.createDirectories(tmp.resolve("other"));
        Path spec = Fixtures.testSpec("Counter");
        Path log = counterLog();
        // guessed for validations under another folder: its launch (work directory) is not this one's
        try (HostGuess g = HostGuess.start(Fixtures.validator(other), spec, List.of(log))) {
            ValidationResult r = Fixtures.validator(work).withHostGuess(g)
                    .validate(ValidationRequest.of(spec, null, List.of(log)));
            assertInstanceOf(Verdict.Conforms.class, r.verdict(), r.verdict().toString());
            assertTrue(g.holdsHost(), "not taken");
            assertEquals(1, workDirs(other), "nor its work directory");
        }
        assertEquals(0, workDirs(other), "removed on close");
        Fixtures.assertNoChildLeft();

        // the search engine starts no evaluator host ahead: the guessed one is not taken
        Validator v = Fixtures.validator(work);
        try (HostGuess g = HostGuess.start(v, spec, List.of(log))) {
            ValidationResult r = v.withHostGuess(g).validate(new ValidationRequest(spec, null, List.of(log),
                    Verdict.Engine.SEARCH, false, dev.lockstep.validator.log.NativeLogReader.DEFAULT_MAX_LINE, List.of(),
                    null, Validator.SearchOrder.DFS, 1));
            assertInstanceOf(Verdict.Conforms.class, r.verdict(), r.verdict().toString());
            assertTrue(g.holdsHost());
            assertNull(g.take(v.launchIn(work.resolve("elsewhere"), spec), List.of(log)), "another work directory");
        }
        assertEquals(0, workDirs(work));
        Fixtures.assertNoChildLeft();
    }

    private static long workDirs(Path parent) throws Exception {
        try (Stream<Path> s = Files.list(parent)) {
            return s.filter(p -> p.getFileName().toString().startsWith("lockstep-validate-")).count();
        }
    }
}
