package dev.lockstep.translator;

import static dev.lockstep.runtime.value.Values.integer;
import static dev.lockstep.runtime.value.Values.model;
import static dev.lockstep.runtime.value.Values.set;
import static dev.lockstep.runtime.value.Values.str;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lockstep.runtime.value.BoolValue;
import java.util.List;
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
    void reportsWhatItCannotRead() {
        ModelConfig c = ModelConfig.parse("CONSTANT N 3\nINIT Init\nNEXT Next\n");
        assertEquals("line 1: expected = or <- after N", c.problems().get(0));
        assertEquals(Optional.of("Init"), c.init());
    }
}
