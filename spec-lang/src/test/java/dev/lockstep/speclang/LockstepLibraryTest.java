package dev.lockstep.speclang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.resolve.LockstepLibrary;
import dev.lockstep.speclang.resolve.ModuleLoader;
import dev.lockstep.speclang.resolve.ResolvedSpec;
import dev.lockstep.speclang.resolve.Resolver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lockstep's module library: every module parses and resolves, and the search order holds. */
class LockstepLibraryTest {

    @Test
    void theListNamesExactlyTheShippedModules() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/dev/lockstep/speclang/library"))) {
            List<String> shipped = files.map(p -> p.getFileName().toString().replaceFirst("\\.tla$", "")).sorted().toList();
            assertEquals(shipped, LockstepLibrary.MODULES.stream().sorted().toList());
        }
    }

    @Test
    void everyModuleParsesAndResolves() {
        for (String m : LockstepLibrary.MODULES) {
            ParseResult p = SpecParser.parse(LockstepLibrary.source(m).orElseThrow(), LockstepLibrary.virtualPath(m));
            assertFalse(p.hasErrors(), m + ": " + p.diagnostics());
            ResolvedSpec r = Resolver.resolve(p, ModuleLoader.library());
            assertFalse(r.hasErrors(), m + ": " + r.allDiagnostics());
        }
    }

    @Test
    void aSpecExtendingLibraryModulesResolves(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("M.tla");
        Files.writeString(spec, """
                ---- MODULE M ----
                EXTENDS Naturals, Sequences, SequencesExt, FiniteSetsExt, Functions, TLAPS
                VARIABLE q
                Init == q = SetToSeq({1, 2})
                Next == q' = Reverse(q) /\\ Max(Range(q)) = 2
                THEOREM Init => Len(q) = 2 BY SMT
                ====
                """);
        ResolvedSpec r = Resolver.resolve(SpecParser.parse(spec));
        assertFalse(r.hasErrors(), r.allDiagnostics().toString());
    }

    @Test
    void aModuleBesideTheSpecWinsOverTheLibraryFolderWhichWinsOverLockstep(@TempDir Path dir) throws Exception {
        Path lib = Files.createDirectory(dir.resolve("lib"));
        Path specDir = Files.createDirectory(dir.resolve("spec"));
        Files.writeString(lib.resolve("Functions.tla"), "---- MODULE Functions ----\nFromLib == 1\n====\n");
        Files.writeString(lib.resolve("Folds.tla"), "---- MODULE Folds ----\nFromLib == 1\n====\n");
        Files.writeString(specDir.resolve("Folds.tla"), "---- MODULE Folds ----\nBeside == 1\n====\n");
        Path spec = specDir.resolve("M.tla");
        Files.writeString(spec, """
                ---- MODULE M ----
                EXTENDS Functions, Folds, Bitwise
                A == FromLib
                C == Beside
                B == 1 & 3
                ====
                """);
        ResolvedSpec r = Resolver.resolve(SpecParser.parse(spec), List.of(lib));
        assertFalse(r.hasErrors(), r.allDiagnostics().toString());
        // without the library folder (and without the Folds beside the spec, which Lockstep's Functions
        // would then see instead of Lockstep's Folds, as TLC would), Functions is Lockstep's: FromLib is
        // unknown, Range is not
        Files.delete(specDir.resolve("Folds.tla"));
        Files.writeString(spec, """
                ---- MODULE M ----
                EXTENDS Functions
                A == FromLib
                B == Range(<<1>>)
                ====
                """);
        ResolvedSpec own = Resolver.resolve(SpecParser.parse(spec));
        assertTrue(own.allDiagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.LS201_UNKNOWN_NAME
                && d.message().contains("FromLib")), own.allDiagnostics().toString());
        assertEquals(1, own.allDiagnostics().stream().filter(d -> d.isError()).count(), own.allDiagnostics().toString());
    }
}
