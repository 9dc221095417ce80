package dev.lockstep.bridge.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lockstep's scratch folders ({@code lockstep-NAME-*} under the system temp folder or a folder the
 * user names), each marked with its owner: the pid and start time of the Lockstep process that
 * created it, in a file {@value #OWNER_FILE}. The owner deletes its folder when it ends; a folder
 * outlives it only when the owner was killed (SIGKILL runs no shutdown hook). Creating a folder
 * therefore first removes, from the same parent, the folders whose owner is gone. Only folders
 * named {@code lockstep-*} that carry a readable owner mark are ever removed: a kept work folder
 * has its mark taken away ({@link #disown}), and nothing else in the parent is touched.
 */
public final class ScratchDir {
    /** The owner mark's file name, in the folder's root. */
    public static final String OWNER_FILE = ".lockstep-owner";
    private static final String PREFIX = "lockstep-";

    private ScratchDir() {
    }

    /**
     * Creates a fresh folder {@code lockstep-NAME-*} under {@code parent} (the system temp folder
     * when null), owned by this process, after removing the stale ones there.
     */
    public static Path create(Path parent, String name) throws IOException {
        Path base = parent == null ? Path.of(System.getProperty("java.io.tmpdir")) : Files.createDirectories(parent);
        removeStale(base);
        Path dir = Files.createTempDirectory(base, PREFIX + name.replaceAll("[^A-Za-z0-9_.-]", "_") + "-");
        Files.writeString(dir.resolve(OWNER_FILE), ownerMark(ProcessHandle.current()), StandardCharsets.UTF_8);
        return dir;
    }

    /** Takes the owner mark away: the folder is the user's now and no later run removes it. */
    public static void disown(Path dir) throws IOException {
        Files.deleteIfExists(dir.resolve(OWNER_FILE));
    }

    /** Removes the folders under {@code parent} whose owner is gone; returns the ones removed. */
    public static List<Path> removeStale(Path parent) {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(parent)) {
            return removed;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(parent, PREFIX + "*")) {
            for (Path d : dirs) {
                if (Files.isDirectory(d) && ownerGone(d)) {
                    deleteQuietly(d);
                    if (!Files.exists(d)) {
                        removed.add(d);
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // another run may be sweeping the same folder; what is left goes next time
        }
        return removed;
    }

    /**
     * Whether {@code dir} carries an owner mark whose process has ended: no process has that pid,
     * it is a zombie ({@link Liveness}), or the process that has it started at another time (the
     * pid was reused).
     */
    public static boolean ownerGone(Path dir) {
        String mark;
        try {
            mark = Files.readString(dir.resolve(OWNER_FILE), StandardCharsets.UTF_8).trim();
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
        String[] parts = mark.split(" ");
        long pid;
        try {
            pid = Long.parseLong(parts[0]);
        } catch (NumberFormatException e) {
            return false;
        }
        Optional<ProcessHandle> owner = ProcessHandle.of(pid);
        if (owner.isEmpty() || Liveness.ended(owner.get())) {
            return true;
        }
        Optional<Instant> started = owner.get().info().startInstant();
        return parts.length > 1 && started.isPresent() && !parts[1].equals(started.get().toString());
    }

    /** {@code PID START}: the process's pid and start instant (the instant is left out where unknown). */
    static String ownerMark(ProcessHandle p) {
        return p.pid() + p.info().startInstant().map(i -> " " + i).orElse("") + "\n";
    }

    /** Deletes {@code dir} and everything below it; a missing folder is fine. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.deleteIfExists(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** {@link #deleteTree}, best effort: a temp folder left behind is not worth failing a run for. */
    public static void deleteQuietly(Path dir) {
        try {
            deleteTree(dir);
        } catch (IOException | UncheckedIOException e) {
            // best effort
        }
    }
}
