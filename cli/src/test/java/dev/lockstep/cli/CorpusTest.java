package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.bridge.config.TlcConfig;
import dev.lockstep.bridge.config.TlcConfigReader;
import dev.lockstep.speclang.ParseResult;
import dev.lockstep.speclang.SpecParser;
import dev.lockstep.speclang.ast.Module;
import dev.lockstep.speclang.ast.Name;
import dev.lockstep.speclang.ast.Unit;
import dev.lockstep.speclang.resolve.LockstepLibrary;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
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
        assertTrue(tests.size() >= 40, "the corpus has at least 40 models, found " + tests.size());
        return tests.stream();
    }

    /** One corpus model: its folder, its modules as spec-lang parses them, and its config as TLC reads it. */
    private record Model(String name, List<Module> modules, String text, TlcConfig config) {
        Set<String> used() {
            Set<String> names = new TreeSet<>();
            for (Module m : modules) {
                m.extendsList().forEach(n -> names.add(n.text()));
                for (Unit u : m.units()) {
                    if (u instanceof Unit.Instance i) {
                        names.add(i.module().text());
                    } else if (u instanceof Unit.ModuleDef d) {
                        names.add(d.instance().module().text());
                    }
                }
            }
            return names;
        }
    }

    private static List<Model> models() throws IOException {
        List<Model> models = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(CliRun.repoRoot().resolve("specs/corpus"), Files::isDirectory)) {
            for (Path dir : ds) {
                String name = dir.getFileName().toString();
                List<Module> modules = new ArrayList<>();
                StringBuilder text = new StringBuilder();
                try (DirectoryStream<Path> tla = Files.newDirectoryStream(dir, "*.tla")) {
                    for (Path f : tla) {
                        ParseResult parsed = SpecParser.parse(f);
                        parsed.module().ifPresent(modules::add);
                        text.append(parsed.text());
                    }
                }
                models.add(new Model(name, modules, text.toString(),
                        TlcConfigReader.read(dir.resolve(name + ".cfg")).config()));
            }
        }
        return models;
    }

    /**
     * The corpus has the shapes real specs are written in: MC modules extending a spec, model values, scoped
     * assignments and substitutions, ALIAS, Unicode, a spec extending each module of Lockstep's library,
     * and specs with proofs.
     */
    @Test
    void theCorpusHasEveryShapeTheFieldWrites() throws IOException {
        List<Model> models = models();
        assertTrue(models.size() >= 40, "at least 40 models, found " + models.size());
        Set<String> usedModules = new TreeSet<>();
        models.forEach(m -> usedModules.addAll(m.used()));
        Set<String> unused = new TreeSet<>(LockstepLibrary.MODULES);
        unused.removeAll(usedModules);
        assertEquals(Set.of(), unused, "library modules no corpus model extends or instantiates");

        assertShape(models, "an MC module extending a spec of its folder, with <-", m -> m.modules().stream()
                .anyMatch(mod -> mod.name().text().startsWith("MC") && mod.extendsList().stream().map(Name::text)
                        .anyMatch(e -> m.modules().stream().anyMatch(o -> o.name().text().equals(e))))
                && !m.config().substitutions().isEmpty());
        assertShape(models, "model values", m -> !m.config().modelValues().isEmpty());
        assertShape(models, "a scoped assignment [M]", m -> m.config().assignments().stream().anyMatch(a -> a.module().isPresent()));
        assertShape(models, "a scoped substitution <- [M]", m -> m.config().substitutions().stream().anyMatch(a -> a.module().isPresent()));
        assertShape(models, "ALIAS", m -> m.config().alias().isPresent());
        assertShape(models, "Unicode symbols", m -> m.text().contains("\u225c") && m.text().contains("\u2227"));
        assertShape(models, "proofs over TLAPS", m -> m.used().contains("TLAPS") && m.text().contains("PROOF")
                || m.used().contains("TLAPS") && m.text().contains(" BY "));
    }

    private static void assertShape(List<Model> models, String shape, Predicate<Model> has) {
        assertTrue(models.stream().anyMatch(has), "no corpus model with " + shape);
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
