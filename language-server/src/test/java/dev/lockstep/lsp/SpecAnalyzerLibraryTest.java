package dev.lockstep.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.bridge.Tla2Tools;
import dev.lockstep.speclang.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The language server finds modules as the CLI does: the spec's folder, --library folders, Lockstep's library. */
class SpecAnalyzerLibraryTest {
    @TempDir
    Path work;
    @TempDir
    Path dir;
    @TempDir
    Path lib;

    private static final String SPEC = """
            ---- MODULE Uses ----
            EXTENDS Naturals, Sequences, SequencesExt, TLAPS, Hops
            VARIABLE s
            Init == s = Reverse(<<1, 2>>)
            Next == s' = Cons(Hop(0), s)
            THEOREM Init => Len(s) = 2 BY SMT
            ====
            """;

    @Test
    void sanyAndSpecLangSeeTheLibraryFolderAndLockstepsLibrary() throws Exception {
        Files.writeString(lib.resolve("Hops.tla"), "---- MODULE Hops ----\nEXTENDS Naturals\nHop(n) == n + 1\n====\n");
        Path spec = dir.resolve("Uses.tla");
        Files.writeString(spec, SPEC);
        Path std = StandardModules.extract(Tla2Tools.fromClasspath(), work.resolve("std"));
        assertTrue(Files.isRegularFile(std.resolve("SequencesExt.tla")), "Lockstep's library beside the standard modules");

        SpecAnalyzer with = new SpecAnalyzer(work, std, List.of(lib));
        SpecAnalyzer.Analysis a = with.analyze(spec, SPEC, Map.of());
        assertEquals(List.of(), a.diagnosticsOf(spec));
        assertTrue(a.index().isPresent());
        SpecAnalyzer.Resolution r = with.resolve(with.parse(spec, SPEC), Map.of());
        assertEquals(List.of(), r.diagnostics());

        SpecAnalyzer without = new SpecAnalyzer(work, std);
        List<Diagnostic> missing = without.analyze(spec, SPEC, Map.of()).diagnosticsOf(spec);
        assertTrue(missing.stream().anyMatch(d -> d.message().contains("Hops")), missing.toString());
        List<Diagnostic> unresolved = without.resolve(without.parse(spec, SPEC), Map.of()).diagnostics();
        // only the module no folder has (and its operator) are unknown; Reverse, Cons and SMT resolve
        assertEquals(List.of("cannot find module 'Hops'", "unknown name 'Hop'"),
                unresolved.stream().filter(Diagnostic::isError).map(Diagnostic::message).toList());
    }
}
