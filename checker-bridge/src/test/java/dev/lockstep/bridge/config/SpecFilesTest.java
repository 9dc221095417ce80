package dev.lockstep.bridge.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SpecFilesTest {
    @Test
    void specAndConfigPairBothWays() {
        Path dir = Path.of("/models/raft");
        assertEquals(dir.resolve("MC.cfg"), SpecFiles.defaultConfig(dir.resolve("MC.tla")));
        assertEquals(dir.resolve("MC.tla"), SpecFiles.specOf(dir.resolve("MC.cfg")));
        assertEquals(dir.resolve("Raft.tla"), SpecFiles.specOf(SpecFiles.defaultConfig(dir.resolve("Raft"))));
    }
}
