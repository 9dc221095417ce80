package dev.lockstep.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.bridge.process.ChildJvm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a host maps a class archive, when it writes one, and that the JVM takes the options. */
class ClassArchiveTest {
    private static final String MAIN = HostLaunch.MAIN;

    @TempDir
    Path dir;

    private Path jar(String name) throws Exception {
        Path source = Path.of(com.fasterxml.jackson.core.JsonFactory.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        Path jar = dir.resolve(name);
        Files.copy(source, jar);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000_000_000L));
        return jar;
    }

    /** Runs {@code java OPTIONS -cp JAR -version}; its exit code, and its standard error in {@code err}. */
    private static int runJava(ClassArchive a, Path jar, StringBuilder err) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(ChildJvm.currentJava().toString()));
        cmd.addAll(a.options());
        cmd.addAll(List.of("-cp", jar.toString(), "-version"));
        Process p = new ProcessBuilder(cmd).start();
        p.getInputStream().readAllBytes();
        err.append(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        return p.waitFor();
    }

    @Test
    void classFoldersAndMissingFoldersGetNoArchive() throws Exception {
        Path jar = jar("lockstep.jar");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        assertNull(ClassArchive.of(dir, ChildJvm.currentJava(), List.of(classes, jar), MAIN));
        assertNull(ClassArchive.of(dir.resolve("missing"), ChildJvm.currentJava(), List.of(jar), MAIN));
        assertNull(ClassArchive.of(dir, ChildJvm.currentJava(), List.of(), MAIN));
    }

    @Test
    void theFirstRunWritesTheArchiveAndLaterRunsMapIt() throws Exception {
        Path jar = jar("lockstep.jar");
        ClassArchive first = ClassArchive.of(dir, ChildJvm.currentJava(), List.of(jar), MAIN);
        assertNotNull(first);
        assertNotNull(first.pending());
        assertTrue(first.options().contains("-XX:ArchiveClassesAtExit=" + first.pending()), first.options().toString());
        StringBuilder err = new StringBuilder();
        assertEquals(0, runJava(first, jar, err));
        assertTrue(Files.size(first.pending()) > 0);
        first.keep(0);
        assertFalse(Files.exists(first.pending()));
        assertTrue(Files.isRegularFile(first.file()));

        ClassArchive later = ClassArchive.of(dir, ChildJvm.currentJava(), List.of(jar), MAIN);
        assertEquals(first.file(), later.file());
        assertNull(later.pending());
        assertTrue(later.options().contains("-XX:SharedArchiveFile=" + first.file()), later.options().toString());
        err.setLength(0);
        assertEquals(0, runJava(later, jar, err));
        assertFalse(err.toString().contains("warning"), err.toString());
        later.keep(0);
        assertTrue(Files.isRegularFile(first.file()));
    }

    @Test
    void aChildThatDidNotExitNormallyLeavesNoArchive() throws Exception {
        Path jar = jar("lockstep.jar");
        ClassArchive a = ClassArchive.of(dir, ChildJvm.currentJava(), List.of(jar), MAIN);
        Files.writeString(a.pending(), "partly written");
        a.keep(143);
        assertFalse(Files.exists(a.pending()));
        assertFalse(Files.exists(a.file()));
    }

    @Test
    void aRebuiltJarOrAnotherClasspathGetsANewArchive() throws Exception {
        Path jar = jar("lockstep.jar");
        ClassArchive a = ClassArchive.of(dir, ChildJvm.currentJava(), List.of(jar), MAIN);
        Files.writeString(a.pending(), "archive");
        a.keep(0);
        Files.setLastModifiedTime(a.file(), FileTime.fromMillis(1_000_000_000_000L + 1_000));
        assertNull(ClassArchive.of(dir, ChildJvm.currentJava(), List.of(jar), MAIN).pending());

        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000_000_000L + 2_000));
        ClassArchive stale = ClassArchive.of(dir, ChildJvm.currentJava(), List.of(jar), MAIN);
        assertEquals(a.file(), stale.file());
        assertNotNull(stale.pending());

        Path tools = jar("tla2tools.jar");
        ClassArchive other = ClassArchive.of(dir, ChildJvm.currentJava(), List.of(tools, jar), MAIN);
        assertNotEquals(a.file(), other.file());
        assertNotEquals(a.file(), ClassArchive.of(dir, ChildJvm.currentJava(), List.of(jar), HostLaunch.SEARCH_MAIN).file());
    }
}
