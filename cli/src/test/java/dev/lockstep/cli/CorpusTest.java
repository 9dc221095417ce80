package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The field corpus ({@code specs/corpus/<Name>/}, see its README): every model is checked through
 * {@code lockstep check} and must give the verdict, exit code and state counts recorded in its
 * {@code expected.json} from a real run (raw TLC 2.18, or Lockstep where TLC 2.18 cannot run it).
 */
class CorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyCorpusModelChecksAsRecorded() throws IOException {
        Path corpus = CliRun.repoRoot().resolve("specs/corpus");
        List<DynamicTest> tests = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(corpus, Files::isDirectory)) {
            List<Path> dirs = new ArrayList<>();
            ds.forEach(dirs::add);
            dirs.sort(null);
            for (Path dir : dirs) {
                String name = dir.getFileName().toString();
                assertTrue(Files.isRegularFile(dir.resolve("expected.json")), name + ": no expected.json (specs/corpus/record.sh)");
                tests.add(DynamicTest.dynamicTest(name, () -> check(dir, name)));
            }
        }
        assertTrue(tests.size() >= 15, "the corpus has at least 15 models, found " + tests.size());
        return tests.stream();
    }

    private static void check(Path dir, String name) throws IOException {
        JsonNode expected = JSON.readTree(dir.resolve("expected.json").toFile());
        List<String> args = new ArrayList<>(List.of("check", dir.resolve(name + ".tla").toString(),
                "--config", dir.resolve(name + ".cfg").toString(), "--json"));
        expected.path("args").forEach(a -> args.add(a.asText()));
        CliRun r = CliRun.run(args.toArray(String[]::new));
        RecordedRun.assertMatches(expected, r, name + " (recorded with " + expected.path("recordedWith").asText("?") + ")");
    }
}
