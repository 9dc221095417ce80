package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every model in specs/manifest.json, checked through {@code lockstep check}: the verdict, the exit
 * code and the state counts recorded there (from real TLC runs) must match.
 */
class ManifestTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyManifestEntryMatches() throws IOException {
        Path root = CliRun.repoRoot();
        JsonNode manifest = JSON.readTree(root.resolve("specs/manifest.json").toFile());
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode m : manifest.get("models")) {
            tests.add(DynamicTest.dynamicTest(m.get("name").asText(), () -> check(root, m)));
        }
        assertTrue(tests.size() >= 10, "the spec library has at least 10 models");
        return tests.stream();
    }

    private static void check(Path root, JsonNode m) throws IOException {
        List<String> args = new ArrayList<>(List.of("check", root.resolve(m.get("spec").asText()).toString(),
                "--config", root.resolve(m.get("config").asText()).toString(), "--json"));
        m.path("args").forEach(a -> args.add(a.asText()));
        CliRun r = CliRun.run(args.toArray(String[]::new));
        RecordedRun.assertMatches(m.get("expected"), r, m.get("name").asText());
    }
}
