package dev.lockstep.bridge.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.bridge.config.ConstantEntry.Assignment;
import dev.lockstep.bridge.config.ConstantEntry.Substitution;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TlcConfigReaderTest {
    private static final Path CFG = Path.of("MC.cfg");

    private static TlcConfig ok(String text) {
        TlcConfigReader.Parsed p = TlcConfigReader.parse(text, CFG);
        assertFalse(p.hasErrors(), () -> p.diagnostics().toString());
        return p.config();
    }

    private static Diagnostic error(String text) {
        TlcConfigReader.Parsed p = TlcConfigReader.parse(text, CFG);
        assertTrue(p.hasErrors(), text);
        return p.diagnostics().get(p.diagnostics().size() - 1);
    }

    @Test
    void readsEverySectionWithPositions() {
        TlcConfig c = ok("""
                \\* a Toolbox model
                CONSTANTS
                    N <- MC_N
                    Server = {s1, s2}
                    NoHash = [Nano] NoHashVal
                    X <- [Mod] Op
                    Inst!Limit = 3
                    f(1, a) = "one"
                (* comments (* nest *) here *)
                SPECIFICATION Spec
                INVARIANTS TypeOK Safe INVARIANT Extra
                PROPERTY Live
                CONSTRAINT Bound ACTION_CONSTRAINT Step
                SYMMETRY Perms VIEW View ALIAS Alias POSTCONDITION Post
                CHECK_DEADLOCK FALSE
                """);
        assertEquals(List.of("N", "Server", "NoHash", "X", "Inst!Limit", "f"), c.constants().stream().map(ConstantEntry::name).toList());
        Substitution n = (Substitution) c.constants().get(0);
        assertEquals("MC_N", n.definition());
        assertEquals("3:5", n.range().start().display());
        assertEquals(Optional.of("MC_N"), c.substitutionOf("N"));
        Assignment server = (Assignment) c.constants().get(1);
        assertEquals("{s1, s2}", server.value().asWritten());
        assertEquals("4:14", server.value().range().start().display());
        assertEquals(Optional.of("Nano"), c.constants().get(2).module());
        assertEquals(Optional.of("Mod"), c.constants().get(3).module());
        assertEquals("Op", ((Substitution) c.constants().get(3)).definition());
        Assignment f = (Assignment) c.constants().get(5);
        assertEquals(List.of("1", "a"), f.arguments().stream().map(ConfigValue::asWritten).toList());
        assertEquals("\"one\"", f.value().asWritten());
        assertEquals("Spec", c.specification().orElseThrow().name());
        assertEquals(List.of("TypeOK", "Safe", "Extra"), c.invariants().stream().map(Named::name).toList());
        assertEquals("11:12", c.invariants().get(0).range().start().display());
        assertEquals(List.of("Live"), c.properties().stream().map(Named::name).toList());
        assertEquals(List.of("Bound"), c.constraints().stream().map(Named::name).toList());
        assertEquals(List.of("Step"), c.actionConstraints().stream().map(Named::name).toList());
        assertEquals("Perms", c.symmetry().orElseThrow().name());
        assertEquals("View", c.view().orElseThrow().name());
        assertEquals("Alias", c.alias().orElseThrow().name());
        assertEquals("Post", c.postcondition().orElseThrow().name());
        assertFalse(c.checksDeadlock());
        assertEquals(Set.of("s1", "s2", "NoHashVal", "a"), c.modelValues());
        assertTrue(c.valueOf("NoHash").isEmpty(), "a scoped assignment is not the root module's");
    }

    @Test
    void valuesAreReadAsTlcReadsThem() {
        TlcConfig c = ok("CONSTANT A = 007 B = \"x\\\"y\" C = TRUE D = {} E = {{a}, 1} F = v1 v1 = v1\nINIT Init NEXT Next");
        assertEquals(new ConfigValue.Int(7, c.valueOf("A").orElseThrow().range()), c.valueOf("A").orElseThrow());
        assertEquals("x\\\"y", ((ConfigValue.Str) c.valueOf("B").orElseThrow()).text(), "TLC keeps escapes as written");
        assertEquals("TRUE", c.valueOf("C").orElseThrow().asWritten());
        assertEquals("{}", c.valueOf("D").orElseThrow().asWritten());
        assertEquals("{{a}, 1}", c.valueOf("E").orElseThrow().asWritten());
        assertEquals(Set.of("a", "v1"), c.modelValues());
        assertTrue(c.checksDeadlock());
    }

    @Test
    void errorsAreLocatedLikeTlcsOnlyWhereTlcHasThem() {
        assertEquals("1:12", error("CONSTANT N == 3").range().start().display());
        assertEquals(DiagnosticCode.LS501_CONFIG, error("CONSTANT N == 3").code());
        assertTrue(error("INIT Init\nINIT Other").message().contains("appears twice"));
        assertEquals("2:1", error("INIT Init\nINIT Other").range().start().display());
        assertTrue(error("CHECK_DEADLOCK no").message().contains("TRUE or FALSE"));
        assertTrue(error("Init == x").message().contains("expected a keyword"));
        assertTrue(error("CONSTANT N = 2147483648").message().contains("2147483647"));
        assertTrue(error("CONSTANT S = {a, b").message().contains("expected }"));
        Diagnostic neg = error("CONSTANT\n  N = -1\n");
        assertTrue(neg.message().contains("no negative integers"), neg.message());
        assertEquals("2:7", neg.range().start().display());
        assertEquals("1:5", error("INIT").range().start().display());
        assertTrue(error("CONSTANT N = [M]").message().contains("expected a value"));
    }

    @Test
    void whereTlcStopsReadingItIsAWarning() {
        TlcConfigReader.Parsed p = TlcConfigReader.parse("INIT Init NEXT Next\n; INVARIANT Broken", CFG);
        assertFalse(p.hasErrors());
        assertTrue(p.config().invariants().isEmpty(), "TLC never sees the invariant");
        assertEquals(DiagnosticCode.LS504_CONFIG_MISREAD, p.diagnostics().get(0).code());
        assertEquals("2:1", p.diagnostics().get(0).range().start().display());
        TlcConfigReader.Parsed open = TlcConfigReader.parse("INIT Init (* unclosed\nNEXT Next", CFG);
        assertFalse(open.hasErrors());
        assertTrue(open.config().next().isEmpty());
        assertTrue(open.diagnostics().get(0).message().contains("comment is not closed"));
    }

    @Test
    void emptyAndCommentOnlyConfigsAreEmpty() {
        assertEquals(TlcConfig.empty(), ok(""));
        assertEquals(TlcConfig.empty(), ok("\\* nothing\n(* at (* all *) *)\n"));
    }

    @Test
    void unreadableFileIsADiagnostic() {
        TlcConfigReader.Parsed p = TlcConfigReader.read(Path.of("/no/such/dir/X.cfg"));
        assertTrue(p.hasErrors());
        assertEquals(DiagnosticCode.LS002_FILE_UNREADABLE, p.diagnostics().get(0).code());
    }
}
