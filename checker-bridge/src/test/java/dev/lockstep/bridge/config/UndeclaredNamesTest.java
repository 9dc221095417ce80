package dev.lockstep.bridge.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UndeclaredNamesTest {
    @TempDir
    Path dir;

    @Test
    void warnsOnlyAboutNamesNothingExplains() throws IOException {
        Files.writeString(dir.resolve("Nano.tla"), "---- MODULE Nano ----\nCONSTANT NoHash\nHashOf(x) == x\n====\n");
        Files.writeString(dir.resolve("Base.tla"), "---- MODULE Base ----\nCONSTANT Limit\nVARIABLE x\n====\n");
        Path spec = dir.resolve("MC.tla");
        Files.writeString(spec, """
                ---- MODULE MC ----
                EXTENDS Base
                CONSTANTS Server, N
                N1 == INSTANCE Nano
                MC_N == 3
                Init == x = 0
                ====
                """);
        TlcConfig c = TlcConfigReader.parse("""
                CONSTANTS
                  s1 = 1  s2 = 2
                  Server = {s1, s2}
                  v1 = v1
                  N <- MC_N
                  Limit = 4
                  NoHash = [Nano] NoHashVal
                  HashOf <- [Nano] Init
                  N1!NoHash = 0
                  Nodes = {n1}
                  Typo <- MC_N
                INIT Init
                """, dir.resolve("MC.cfg")).config();
        List<Diagnostic> ds = UndeclaredNames.check(c, spec, List.of());
        assertEquals(List.of("10:3", "11:3"), ds.stream().map(d -> d.range().start().display()).toList());
        assertEquals(List.of(Severity.WARNING, Severity.WARNING), ds.stream().map(Diagnostic::severity).toList());
        assertEquals(DiagnosticCode.LS503_CONSTANT_UNDECLARED, ds.get(0).code());
    }

    @Test
    void followsLibraryModulesAndLibraryFoldersAsTlcDoes(@TempDir Path lib) throws IOException {
        // Quorums.tla lives on --library and declares a constant; IOUtils (Lockstep's library) defines atoi
        Files.writeString(lib.resolve("Quorums.tla"), "---- MODULE Quorums ----\nCONSTANT QuorumSize\n====\n");
        Path spec = dir.resolve("Lib.tla");
        Files.writeString(spec, """
                ---- MODULE Lib ----
                EXTENDS Naturals, Quorums, IOUtils
                Q == INSTANCE Nested
                ====
                """);
        Files.writeString(dir.resolve("Nested.tla"), "---- MODULE Nested ----\nCONSTANT Depth\n====\n");
        TlcConfig c = TlcConfigReader.parse("""
                CONSTANTS
                  QuorumSize = 2
                  atoi <- Q
                  Depth = 3
                  Quorum = 2
                  Nat <- Q
                """, dir.resolve("Lib.cfg")).config();
        assertEquals(List.of("5:3"), UndeclaredNames.check(c, spec, List.of(lib)).stream()
                .map(d -> d.range().start().display()).toList());
        // without the library folder, QuorumSize is unexplained (and Quorums not found)
        assertEquals(List.of("2:3", "5:3"), UndeclaredNames.check(c, spec, List.of()).stream()
                .map(d -> d.range().start().display()).toList());
    }

    @Test
    void nothingWhenTheSpecDoesNotParse() throws IOException {
        Path spec = dir.resolve("Broken.tla");
        Files.writeString(spec, "---- MODULE Broken ----\nInit == \n====\n");
        TlcConfig c = TlcConfigReader.parse("CONSTANT Nodes = {n1}", null).config();
        assertEquals(List.of(), UndeclaredNames.check(c, spec, List.of()));
    }
}
