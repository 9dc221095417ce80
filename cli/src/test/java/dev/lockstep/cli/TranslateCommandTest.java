package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranslateCommandTest {
    private static final String ALGORITHM = """
            ---- MODULE Inc ----
            EXTENDS Naturals, TLC
            (* --algorithm inc
            variables x = 0;
            process p \\in 1..2
            begin
              a: x := x + 1;
            end process;
            end algorithm; *)
            ====
            """;

    @TempDir
    Path dir;

    @Test
    void writesTranslationInPlaceThenReportsUpToDate() throws IOException {
        Path spec = Files.writeString(dir.resolve("Inc.tla"), ALGORITHM);
        CliRun check = CliRun.run("translate", spec.toString(), "--check");
        assertEquals(150, check.exitCode());
        assertTrue(check.err().contains("missing"), check.err());
        assertEquals(ALGORITHM, Files.readString(spec), "--check never writes");

        CliRun r = CliRun.run("translate", spec.toString());
        assertEquals(0, r.exitCode(), r.err());
        String translated = Files.readString(spec);
        assertTrue(translated.contains("\\* BEGIN TRANSLATION"), translated);
        assertTrue(translated.contains("Spec == "), translated);
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count(), "no .old backup, no cfg, no temp file left beside the spec");
        }
        CliRun again = CliRun.run("translate", spec.toString());
        assertEquals(0, again.exitCode());
        assertTrue(again.out().contains("up to date"), again.out());
        assertEquals(0, CliRun.run("translate", spec.toString(), "--check").exitCode());

        // edit the algorithm: the translation is now stale, and check still works on a scratch copy
        Files.writeString(spec, translated.replace("x := x + 1", "x := x + 2"));
        CliRun stale = CliRun.run("translate", spec.toString(), "--check");
        assertEquals(150, stale.exitCode());
        assertTrue(stale.err().contains("out of date"), stale.err());
        CliRun checked = CliRun.run("check", spec.toString(), "--init", "Init", "--next", "Next", "--no-deadlock");
        assertEquals(0, checked.exitCode(), checked.err());
        assertTrue(checked.err().contains("translation is out of date"), checked.err());
    }

    @Test
    void translatorErrorsAreLocated() throws IOException {
        Path spec = Files.writeString(dir.resolve("Bad.tla"), ALGORITHM.replace("a: x := x + 1;", "a: x := x + 1\n  b: skip;"));
        CliRun r = CliRun.run("translate", spec.toString());
        assertEquals(150, r.exitCode());
        assertTrue(r.err().contains(spec + ":8:"), r.err());
        assertTrue(r.err().contains("[LS301]"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void moduleWithoutAlgorithmIsAnError() throws IOException {
        Path spec = Files.writeString(dir.resolve("Plain.tla"), "---- MODULE Plain ----\n====\n");
        CliRun r = CliRun.run("translate", spec.toString());
        assertEquals(150, r.exitCode());
        assertTrue(r.err().contains("no PlusCal algorithm"), r.err());
    }
}
