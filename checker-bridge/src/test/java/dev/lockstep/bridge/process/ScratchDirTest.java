package dev.lockstep.bridge.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scratch folders carry their owner; a later run removes those whose owner has ended, and only those. */
class ScratchDirTest {
    @TempDir
    Path parent;

    /** A pid that named a process which has ended (and was reaped by us). */
    private static long endedPid() throws Exception {
        Process p = new ProcessBuilder(ChildJvm.currentJava().toString(), "-version").start();
        p.getErrorStream().transferTo(java.io.OutputStream.nullOutputStream());
        p.waitFor();
        return p.pid();
    }

    private Path marked(String name, String mark) throws Exception {
        Path d = Files.createDirectories(parent.resolve(name));
        Files.writeString(d.resolve(ScratchDir.OWNER_FILE), mark, StandardCharsets.UTF_8);
        Files.writeString(d.resolve("data.txt"), "x", StandardCharsets.UTF_8);
        return d;
    }

    @Test
    void aNewFolderIsMarkedWithThisProcessAndIsNotStale() throws Exception {
        Path d = ScratchDir.create(parent, "Spec");
        assertTrue(d.getFileName().toString().startsWith("lockstep-Spec-"), d.toString());
        String mark = Files.readString(d.resolve(ScratchDir.OWNER_FILE)).trim();
        assertEquals(Long.toString(ProcessHandle.current().pid()), mark.split(" ")[0]);
        assertFalse(ScratchDir.ownerGone(d));
        assertEquals(List.of(), ScratchDir.removeStale(parent));
        assertTrue(Files.isDirectory(d));
    }

    @Test
    void creatingAFolderRemovesTheFoldersOfEndedOwnersAndNothingElse() throws Exception {
        long dead = endedPid();
        Path stale = marked("lockstep-Dead-1", dead + "\n");
        Path reused = marked("lockstep-Reused-1", ProcessHandle.current().pid() + " 1970-01-01T00:00:00Z\n");
        Path live = marked("lockstep-Live-1", ScratchDir.ownerMark(ProcessHandle.current()));
        Path kept = Files.createDirectories(parent.resolve("lockstep-Kept-1"));
        Path foreign = marked("other-Dead-1", dead + "\n");
        Path garbled = marked("lockstep-Garbled-1", "not a pid\n");

        Path fresh = ScratchDir.create(parent, "Next");

        assertFalse(Files.exists(stale), "owner ended");
        assertFalse(Files.exists(reused), "pid reused by a process started at another time");
        assertTrue(Files.exists(live.resolve("data.txt")));
        assertTrue(Files.exists(kept));
        assertTrue(Files.exists(foreign.resolve("data.txt")), "not a lockstep- folder");
        assertTrue(Files.exists(garbled.resolve("data.txt")), "unreadable mark: left alone");
        assertTrue(Files.isDirectory(fresh));
    }

    @Test
    void aDisownedFolderIsNeverRemoved() throws Exception {
        Path d = marked("lockstep-Mine-1", endedPid() + "\n");
        ScratchDir.disown(d);
        assertEquals(List.of(), ScratchDir.removeStale(parent));
        assertTrue(Files.exists(d.resolve("data.txt")));
    }
}
