package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which command lines get an evaluator host started before they are parsed ({@link ValidateGuess}):
 * a {@code validate} line naming an existing spec and log, without options that change the host or
 * the engine. Whatever the guess, the command validates what its options say (ValidateCommandTest
 * runs every validate line through it).
 */
class ValidateGuessTest {
    private static final Path DIR = Path.of("src", "test", "resources", "validate").toAbsolutePath();
    private static final String SPEC = DIR.resolve("Counter.tla").toString();
    private static final String LOG = DIR.resolve("ok.ndjson").toString();

    private static CliContext ctx() {
        return new CliContext(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                new ByteArrayInputStream(new byte[0]), Map.of());
    }

    @Test
    void aValidateLineWithSpecAndLogGetsAHostStarted() throws Exception {
        for (List<String> line : List.of(List.of("validate", SPEC, "--trace", LOG),
                List.of("--debug", "validate", "--json", SPEC, "--trace", LOG, "--workers", "2"),
                List.of("validate", "--config", DIR.resolve("Counter.cfg").toString(), SPEC, "--trace", LOG))) {
            try (ValidateGuess g = ValidateGuess.start(ctx(), line.toArray(String[]::new))) {
                assertNotNull(g, line.toString());
                assertNotNull(g.get(), "started: " + line);
            }
        }
    }

    @Test
    void otherLinesGetNone() {
        String missing = DIR.resolve("no-such.ndjson").toString();
        for (List<String> line : List.<List<String>>of(List.of("check", SPEC), List.of(), List.of("--version"),
                List.of("validate", SPEC, "--trace", LOG, "--engine", "search"),
                List.of("validate", SPEC, "--trace", LOG, "--engine=search"),
                List.of("validate", SPEC, "--trace", LOG, "--mapping", DIR.resolve("ok.ndjson").toString()),
                List.of("validate", SPEC, "--trace", LOG, "--tla2tools", "tools.jar"),
                List.of("validate", SPEC, "--trace", LOG, "--library", DIR.toString()),
                List.of("validate", SPEC, "--trace", LOG, "--unlogged-action", "Tick"),
                List.of("validate", "--help", SPEC, "--trace", LOG),
                List.of("validate", SPEC, "--trace", missing),
                List.of("validate", "--trace", LOG))) {
            assertNull(ValidateGuess.start(ctx(), line.toArray(String[]::new)), line.toString());
        }
    }

    @Test
    void theVerdictIsTheSameWithAndWithoutTheGuess() {
        CliRun guessed = CliRun.run("validate", SPEC, "--trace", LOG, "--json");
        // the glob is not a file: no guess, the host starts after parsing
        CliRun unguessed = CliRun.run("validate", SPEC, "--trace", DIR.resolve("ok.nd*").toString(), "--json");
        assertEquals(0, guessed.exitCode(), guessed.err());
        assertEquals(0, unguessed.exitCode(), unguessed.err());
        assertEquals(withoutRunStats(guessed.out()), withoutRunStats(unguessed.out()));
    }

    /** The JSON report without what differs between two runs of one validation (heap sizes, timing). */
    private static String withoutRunStats(String json) {
        return json.replaceAll("\"host[A-Za-z]*Bytes\" : \\d+,?\\s*", "").replaceAll("\"[a-zA-Z]*Millis\" : \\d+,?\\s*", "");
    }
}
