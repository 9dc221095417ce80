package dev.lockstep.translator;

import static dev.lockstep.runtime.value.Values.integer;
import static dev.lockstep.runtime.value.Values.model;
import static dev.lockstep.runtime.value.Values.set;
import static dev.lockstep.runtime.value.Values.str;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lockstep.runtime.value.BoolValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModelConfigTest {
    @Test
    void readsConstantsModelValuesAndBehaviourNames() {
        ModelConfig c = ModelConfig.parse("""
                \\* a comment
                CONSTANTS
                    Server = {n1, n2}   (* model values *)
                    Nil = Nil
                    N = 3
                    Name = "x"
                    Flags = {TRUE, FALSE}
                    Max <- MaxDef
                SPECIFICATION Spec
                INVARIANT TypeOK
                """);
        assertEquals(set(model("n1"), model("n2")), c.constants().get("Server"));
        assertEquals(model("Nil"), c.constants().get("Nil"));
        assertEquals(integer(3), c.constants().get("N"));
        assertEquals(str("x"), c.constants().get("Name"));
        assertEquals(set(BoolValue.TRUE, BoolValue.FALSE), c.constants().get("Flags"));
        assertEquals("MaxDef", c.substituted().get("Max"));
        assertEquals(Set.of("n1", "n2", "Nil"), c.modelValues());
        assertEquals(Optional.of("Spec"), c.specification());
        assertEquals(List.of(), c.problems());
    }

    @Test
    void reportsWhatItCannotReadAndStopsThereAsTlcDoes() {
        ModelConfig c = ModelConfig.parse("CONSTANT N 3\nINIT Init\nNEXT Next\n");
        assertEquals("line 1: expected = or <- after N, found '3'", c.problems().get(0));
        assertEquals(Optional.empty(), c.init());
    }

    @Test
    void scopedEntriesAreNotTheRootModulesConstants() {
        ModelConfig c = ModelConfig.parse("CONSTANTS N = 2 NoHash = [Nano] NoHashVal Inst!N = 5 X <- [Mod] Op f(1) = 2\n");
        assertEquals(Map.of("N", integer(2)), c.constants());
        assertEquals(Map.of(), c.substituted());
        assertEquals(Set.of("NoHashVal"), c.modelValues());
        assertEquals(Map.of("Nano", Map.of("NoHash", new dev.lockstep.runtime.value.ModelValue("NoHashVal"))),
                c.scopedConstants());
        assertEquals(Map.of("Mod", Map.of("X", "Op")), c.scopedSubstituted());
    }

    @Test
    void scopedEntriesApplyToTheDefinitionsFromTheirModuleUnderEveryName() {
        ModelConfig c = ModelConfig.parse("CONSTANTS N = 2 NoHash = [Nano] NoHashVal X <- [Mod] Op\n");
        // NoHash from Nano through two named instances and by EXTENDS; X from Mod; a NoHash of the root
        ModelConfig in = c.inModules(Map.of("A!NoHash", "Nano", "B!NoHash", "Nano", "NoHash", "Nano", "X", "Mod",
                "Root!NoHash", "Root"));
        var v = new dev.lockstep.runtime.value.ModelValue("NoHashVal");
        assertEquals(Map.of("N", integer(2), "A!NoHash", v, "B!NoHash", v, "NoHash", v), in.constants());
        assertEquals(Map.of("X", "Op"), in.substituted());
    }
}
