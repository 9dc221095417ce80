package dev.lockstep.bridge.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.bridge.Tla2Tools;
import dev.lockstep.bridge.process.ChildJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local workers of a distributed run: each its own {@code java.io.tmpdir}, inside the run's work directory. */
class DistributedWorkersTest {
    @TempDir
    Path work;

    private static Path tmpdir(ChildJvm jvm) {
        List<String> dirs = jvm.jvmOptions().stream().filter(o -> o.startsWith("-Djava.io.tmpdir="))
                .map(o -> o.substring("-Djava.io.tmpdir=".length())).toList();
        assertEquals(1, dirs.size(), jvm.jvmOptions().toString());
        return Path.of(dirs.get(0));
    }

    @Test
    void twoWorkersInOneWorkDirectoryDoNotShareATmpdir() throws Exception {
        Tla2Tools tools = Tla2Tools.fromClasspath();
        Path first = tmpdir(DistributedWorkers.worker(tools, "localhost", 20_001, work, null));
        Path second = tmpdir(DistributedWorkers.worker(tools, "localhost", 20_001, work, "256m"));
        assertNotEquals(first, second);
        for (Path p : List.of(first, second)) {
            assertTrue(Files.isDirectory(p), p.toString());
            assertEquals(work, p.getParent());
        }
    }
}
