package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --library} and {@code LOCKSTEP_LIBRARY}: the same search order for parse, check and validate. */
class LibraryOptionTest {
    @TempDir
    Path dir;
    @TempDir
    Path lib;

    private Path spec() throws Exception {
        // Hops comes from the user's library folder; SequencesExt and Functions from Lockstep's
        Files.writeString(lib.resolve("Hops.tla"), "---- MODULE Hops ----\nEXTENDS Naturals\nHop(n) == n + 1\n====\n");
        Path spec = dir.resolve("Walk.tla");
        Files.writeString(spec, """
                ---- MODULE Walk ----
                EXTENDS Naturals, Sequences, SequencesExt, Functions, Hops
                VARIABLE path
                Init == path = <<0>>
                Next == /\\ Len(path) < 3
                        /\\ path' = Append(path, Hop(Last(path)))
                Inv == Range(path) = ToSet(Reverse(path))
                ====
                """);
        Files.writeString(dir.resolve("Walk.cfg"), "INIT Init\nNEXT Next\nINVARIANT Inv\nCHECK_DEADLOCK FALSE\n");
        return spec;
    }

    @Test
    void parseResolvesLibraryModulesAndTheLibraryFolder() throws Exception {
        Path spec = spec();
        CliRun without = CliRun.run("parse", spec.toString());
        assertEquals(150, without.exitCode(), without.err());
        assertTrue(without.err().contains("module 'Hops'"), without.err());
        assertTrue(!without.err().contains("module 'SequencesExt'") && !without.err().contains("module 'Functions'"), without.err());
        CliRun with = CliRun.run("parse", "--library", lib.toString(), spec.toString());
        assertEquals(0, with.exitCode(), with.err());
        CliRun fromEnv = CliRun.runWithEnv(Map.of("LOCKSTEP_LIBRARY", lib.toString()), "parse", spec.toString());
        assertEquals(0, fromEnv.exitCode(), fromEnv.err());
    }

    @Test
    void checkFindsTheLibraryFolderThenLockstepsLibrary() throws Exception {
        CliRun r = CliRun.run("check", "--library", lib.toString(), spec().toString(), "--json");
        assertEquals(0, r.exitCode(), r.err() + r.out());
        assertTrue(r.out().contains("\"distinctStates\" : 3"), r.out());
    }

    @Test
    void generateReadsTheLibraryFolderForTheModulesTheSpecExtends() throws Exception {
        Files.writeString(lib.resolve("Steps.tla"), """
                ---- MODULE Steps ----
                EXTENDS Naturals
                VARIABLE n
                Tick == n' = n + 1
                ====
                """);
        Path spec = dir.resolve("Clock.tla");
        Files.writeString(spec, """
                ---- MODULE Clock ----
                EXTENDS Naturals, Steps
                Init == n = 0
                Next == Tick
                ====
                """);
        Path out = dir.resolve("gen");
        CliRun without = CliRun.run("generate", spec.toString(), "--package", "acme.clock", "--out", out.toString());
        assertTrue(without.exitCode() != 0, without.out() + without.err());
        CliRun with = CliRun.run("generate", spec.toString(), "--package", "acme.clock", "--out", out.toString(),
                "--library", lib.toString());
        assertEquals(0, with.exitCode(), with.out() + with.err());
        assertTrue(with.out().contains("Tick"), with.out());
    }

    @Test
    void aMissingLibraryFolderIsAUsageError() throws Exception {
        CliRun r = CliRun.run("check", "--library", dir.resolve("nope").toString(), spec().toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("nope: error: library folder"), r.err());
    }

    @Test
    void validateEvaluatesLibraryOperators() throws Exception {
        Path spec = spec();
        Path log = dir.resolve("walk.ndjson");
        Files.writeString(log, """
                {"action":"Init","state":{"path":[0]}}
                {"action":"Next","state":{"path":[0,1]}}
                {"action":"Next","state":{"path":[0,1,2]}}
                """);
        CliRun ok = CliRun.runWithEnv(Map.of("LOCKSTEP_LIBRARY", lib.toString()), "validate", spec.toString(),
                "--trace", log.toString());
        assertEquals(0, ok.exitCode(), ok.err() + ok.out());
        Files.writeString(log, """
                {"action":"Init","state":{"path":[0]}}
                {"action":"Next","state":{"path":[0,2]}}
                """);
        CliRun bad = CliRun.runWithEnv(Map.of("LOCKSTEP_LIBRARY", lib.toString()), "validate", spec.toString(),
                "--trace", log.toString());
        assertEquals(20, bad.exitCode(), bad.err() + bad.out());
    }
}
