package dev.lockstep.translator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.speclang.SpecParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated Java of a few small specs, compared with reviewed files in
 * {@code src/test/resources/golden/<Spec>/expected/} (so any change to the output shows in a diff),
 * and compiled with javac. Run with {@code -Dlockstep.updateGolden=true} to rewrite the expected
 * files after an intended change, then review the diff.
 */
class GoldenTest {
    static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    static Stream<String> specs() throws IOException {
        try (Stream<Path> dirs = Files.list(GOLDEN)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("specs")
    void generatedJavaMatchesTheReviewedFiles(String name, @TempDir Path dir) throws IOException {
        Path specDir = GOLDEN.resolve(name);
        String cfgText = Files.readString(specDir.resolve(name + ".cfg"));
        Generation g = Translator.generate(SpecParser.parse(specDir.resolve(name + ".tla")),
                "golden." + name.toLowerCase(), Optional.of(ModelConfig.parse(cfgText)), cfgText);
        Path expected = specDir.resolve("expected");
        boolean update = Boolean.getBoolean("lockstep.updateGolden");
        for (GeneratedFile f : g.files()) {
            Path file = expected.resolve(Path.of(f.relativePath()).getFileName() + ".txt");
            if (update) {
                Files.createDirectories(expected);
                Files.writeString(file, f.content());
            }
            assertTrue(Files.exists(file), () -> "no expected file " + file + " (run with -Dlockstep.updateGolden=true)");
            assertEquals(Files.readString(file), f.content(), () -> "generated " + f.relativePath() + " differs from " + file);
        }
        new OutputDirectory(dir.resolve("src")).write(g);
        JavaCompilation.Result r = JavaCompilation.compile(dir.resolve("src"), dir.resolve("classes"));
        assertTrue(r.ok(), r::messages);
    }
}
