package dev.lockstep.translator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.speclang.ParseResult;
import dev.lockstep.speclang.SpecParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** For every spec in specs/: generate, then compile the output with javac (warnings are errors). */
class SpecsCompileTest {
    static final Path SPECS = Path.of("..", "specs");

    static Stream<String> specs() throws IOException {
        try (Stream<Path> dirs = Files.list(SPECS)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    static Generation generate(String name, String pkg) throws IOException {
        Path tla = SPECS.resolve(name).resolve(name + ".tla");
        Path cfg = SPECS.resolve(name).resolve(name + ".cfg");
        ParseResult parsed = SpecParser.parse(tla);
        String cfgText = Files.exists(cfg) ? Files.readString(cfg) : "";
        Optional<ModelConfig> config = Files.exists(cfg) ? Optional.of(ModelConfig.parse(cfgText)) : Optional.empty();
        return Translator.generate(parsed, pkg, config, cfgText);
    }

    @ParameterizedTest
    @MethodSource("specs")
    void generatedCodeCompiles(String name, @TempDir Path dir) throws IOException {
        Generation g = generate(name, "gen." + name.toLowerCase());
        assertFalse(g.files().isEmpty(), () -> "no files: " + g.diagnostics());
        assertTrue(g.diagnostics().stream().noneMatch(d -> d.isError()), () -> g.diagnostics().toString());
        new OutputDirectory(dir.resolve("src")).write(g);
        JavaCompilation.Result r = JavaCompilation.compile(dir.resolve("src"), dir.resolve("classes"));
        assertTrue(r.ok(), () -> r.messages());
    }
}
