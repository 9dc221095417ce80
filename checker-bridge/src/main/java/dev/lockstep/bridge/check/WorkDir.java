package dev.lockstep.bridge.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The scratch folder of one run: {@code model/} (copies of the spec's modules, translated PlusCal,
 * the effective config), {@code states/} (TLC's metadir) and {@code tmp/} (TLC's
 * {@code java.io.tmpdir}, where it extracts the standard modules). Nothing is ever written beside
 * the user's spec. Closing deletes the folder unless it is kept; so does Lockstep's exit.
 */
public final class WorkDir implements AutoCloseable {
    private final Path root;
    private final boolean keep;
    private final Thread cleanup;

    private WorkDir(Path root, boolean keep) {
        this.root = root;
        this.keep = keep;
        this.cleanup = new Thread(this::deleteQuietly, "lockstep-workdir-cleanup");
        if (!keep) {
            Runtime.getRuntime().addShutdownHook(cleanup);
        }
    }

    /** Creates a fresh work directory under {@code parent} (the system temp folder when null). */
    public static WorkDir create(Path parent, String name, boolean keep) throws IOException {
        String prefix = "lockstep-" + name.replaceAll("[^A-Za-z0-9_.-]", "_") + "-";
        Path root = parent == null ? Files.createTempDirectory(prefix)
                : Files.createTempDirectory(Files.createDirectories(parent), prefix);
        WorkDir w = new WorkDir(root, keep);
        Files.createDirectories(w.model());
        Files.createDirectories(w.states());
        Files.createDirectories(w.tmp());
        return w;
    }

    public Path root() {
        return root;
    }

    public Path model() {
        return root.resolve("model");
    }

    public Path states() {
        return root.resolve("states");
    }

    public Path tmp() {
        return root.resolve("tmp");
    }

    public boolean kept() {
        return keep;
    }

    @Override
    public void close() {
        if (keep) {
            return;
        }
        deleteQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }

    private void deleteQuietly() {
        try {
            deleteTree(root);
        } catch (UncheckedIOException | IOException e) {
            // best effort: a temp folder left behind is not worth failing the run for
        }
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
}
