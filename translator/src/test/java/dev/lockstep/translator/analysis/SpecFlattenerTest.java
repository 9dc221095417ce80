package dev.lockstep.translator.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.speclang.SpecParser;
import dev.lockstep.speclang.ast.Module;
import dev.lockstep.speclang.ast.Unit;
import dev.lockstep.speclang.print.SpecPrinter;
import dev.lockstep.speclang.resolve.ModuleLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecFlattenerTest {
    @TempDir
    Path dir;

    private Module flatten(String root, String... others) throws Exception {
        for (String o : others) {
            String name = o.replaceAll("(?s).*MODULE (\\w+).*", "$1");
            Files.writeString(dir.resolve(name + ".tla"), o);
        }
        Path file = dir.resolve(root.replaceAll("(?s).*MODULE (\\w+).*", "$1") + ".tla");
        Files.writeString(file, root);
        return new SpecFlattener(ModuleLoader.inDirectory(dir)).flatten(SpecParser.parse(file).module().orElseThrow());
    }

    private static Map<String, String> definitions(Module m) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Unit u : m.units()) {
            if (u instanceof Unit.OperatorDef d) {
                out.put(d.name().text(), SpecPrinter.print(d.body()).strip());
            }
        }
        return out;
    }

    @Test
    void extendsChainBringsDeclarationsAndDefinitionsOnceInOrder() throws Exception {
        Module m = flatten("---- MODULE MC ----\nEXTENDS Spec, Naturals\nMC_N == 3\n====\n",
                "---- MODULE Spec ----\nEXTENDS Base, Sequences\nVARIABLE x\nInit == x = Zero\n====\n",
                "---- MODULE Base ----\nEXTENDS Naturals\nCONSTANT N\nZero == 0\n====\n");
        assertEquals(List.of("Zero", "Init", "MC_N"), List.copyOf(definitions(m).keySet()));
        assertTrue(m.units().stream().anyMatch(u -> u instanceof Unit.Variables));
        assertTrue(m.units().stream().anyMatch(u -> u instanceof Unit.Constants));
        assertEquals(Set.of("Naturals", "Sequences"), Set.copyOf(m.extendsList().stream().map(n -> n.text()).toList()));
    }

    @Test
    void topLevelInstanceSubstitutesParametersAndDropsItsDeclarations() throws Exception {
        Module m = flatten("---- MODULE Top ----\nCONSTANT Items\nVARIABLE buf\nINSTANCE Buf WITH Msg <- Items, Cap <- 2\n"
                        + "Init == BufInit\n====\n",
                "---- MODULE Buf ----\nCONSTANTS Msg, Cap\nVARIABLE buf\nBufInit == buf = <<>>\n"
                        + "Put(m) == m \\in Msg /\\ Cap > 0\n====\n");
        Map<String, String> defs = definitions(m);
        assertEquals("(m \\in Items) /\\ (2 > 0)", defs.get("Put"));
        assertEquals("BufInit", defs.get("Init"));
        long constants = m.units().stream().filter(u -> u instanceof Unit.Constants).count();
        assertEquals(1, constants, "only Top's CONSTANT Items");
    }

    @Test
    void originsNameTheModuleEachDefinitionComesFromUnderEveryName() throws Exception {
        Path root = dir.resolve("Ledger.tla");
        Files.writeString(dir.resolve("Hashes.tla"), "---- MODULE Hashes ----\nCONSTANT Hash\nNoHash == CHOOSE h : h \\notin Hash\n====\n");
        Files.writeString(dir.resolve("Base.tla"), "---- MODULE Base ----\nEXTENDS Hashes\nZero == 0\n====\n");
        Files.writeString(root, "---- MODULE Ledger ----\nEXTENDS Base\nCONSTANT Hash\nH == INSTANCE Hashes\nShort == 2\n====\n");
        SpecFlattener f = new SpecFlattener(ModuleLoader.inDirectory(dir));
        f.flatten(SpecParser.parse(root).module().orElseThrow());
        assertEquals(Map.of("NoHash", "Hashes", "Zero", "Base", "H!NoHash", "Hashes", "Short", "Ledger"), f.origins());
    }

    @Test
    void libraryDefinitionsComeOnlyFromLockstepsLibraryNotFromAUsersModuleOfTheSameName() throws Exception {
        Path root = dir.resolve("Export.tla");
        Files.writeString(root, "---- MODULE Export ----\nEXTENDS Json, IOUtils\nLine(v) == ToJson(v)\n====\n");
        SpecFlattener f = new SpecFlattener(ModuleLoader.searchPath(dir, List.of()));
        f.flatten(SpecParser.parse(root).module().orElseThrow());
        assertEquals("Json.ToJson", f.libraryDefinitions().get("ToJson"));
        assertEquals("IOUtils.zeroPadN", f.libraryDefinitions().get("zeroPadN"));
        assertFalse(f.libraryDefinitions().containsKey("Line"));
        // the user's own Json wins over the library's, and is translated as TLA+
        Files.writeString(dir.resolve("Json.tla"), "---- MODULE Json ----\nToJson(v) == \"json\"\n====\n");
        SpecFlattener mine = new SpecFlattener(ModuleLoader.searchPath(dir, List.of()));
        mine.flatten(SpecParser.parse(root).module().orElseThrow());
        assertFalse(mine.libraryDefinitions().containsKey("ToJson"));
        assertEquals("IOUtils.zeroPadN", mine.libraryDefinitions().get("zeroPadN"));
    }

    @Test
    void namedInstancesAreQualifiedAndReferencesRewritten() throws Exception {
        Module m = flatten("---- MODULE Pair ----\nVARIABLES a, b\nA == INSTANCE Cell WITH c <- a\n"
                        + "B == INSTANCE Cell WITH c <- b\nInit == A!Init /\\ B!Init\nNext == A!Set(1) /\\ UNCHANGED b\n====\n",
                "---- MODULE Cell ----\nVARIABLE c\nInit == c = 0\nOk(v) == v > 0\nSet(v) == Ok(v) /\\ c' = v\n====\n");
        Map<String, String> defs = definitions(m);
        assertEquals("a = 0", defs.get("A!Init"));
        assertEquals("b = 0", defs.get("B!Init"));
        assertEquals("A!Ok(v) /\\ ((a') = v)", defs.get("A!Set"));
        assertEquals("A!Init /\\ B!Init", defs.get("Init"));
        assertTrue(defs.get("Next").startsWith("A!Set(1)"), defs.get("Next"));
        assertFalse(defs.containsKey("Set"));
    }

    @Test
    void configOverridesTurnSubstitutionsIntoDefinitionsAndValuedDefinitionsIntoConstants() throws Exception {
        Module m = flatten("---- MODULE Cfg ----\nCONSTANTS N, P\nNIL == CHOOSE x : x \\notin P\nMC_N == 3\n====\n");
        Module o = ConfigOverrides.apply(m, Set.of("NIL", "P"), Map.of("N", "MC_N"));
        Map<String, String> defs = definitions(o);
        assertEquals("MC_N", defs.get("N"));
        assertFalse(defs.containsKey("NIL"));
        SpecModel spec = new SpecModel(o, new SourceText(""), Map.of());
        assertEquals(Set.of("P", "NIL"), Set.copyOf(spec.constants()));
    }

    @Test
    void aSubstitutedStandardOperatorIsDefinedAsItsSubstitute() throws Exception {
        Module m = flatten("---- MODULE Small ----\nEXTENDS Naturals\nVARIABLE x\nSmallNat == 0..4\n"
                + "Init == x \\in Nat\n====\n");
        Map<String, String> defs = definitions(ConfigOverrides.apply(m, Set.of(), Map.of("Nat", "SmallNat")));
        assertEquals("SmallNat", defs.get("Nat"));
        assertEquals("x \\in Nat", defs.get("Init"));
    }
}
