package dev.lockstep.speclang.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fuzzer's {@code --list} file and summary name every case left unjudged, with why. */
class FuzzListingTest {

    @Test
    void unjudgedCasesAreListedWithWhy() {
        DifferentialFuzzer.Unjudged u = new DifferentialFuzzer.Unjudged(17, "modules-mutant",
                "the reference child timed out after 120 s");
        DifferentialFuzzer.Result r = new DifferentialFuzzer.Result(22, 40, 39, List.of(u), 1.0, List.of(),
                Map.of("modules-mutant", 40L), 1, new DifferentialFuzzer.Profile());
        List<String> lines = r.listing().lines().toList();
        assertEquals("# unjudged case 17: modules-mutant: the reference child timed out after 120 s", lines.get(1));
        assertEquals(2, lines.size());
        assertTrue(r.summary().contains("0 disagreements, 1 unjudged, 1 reference restarts"), r.summary());
    }
}
