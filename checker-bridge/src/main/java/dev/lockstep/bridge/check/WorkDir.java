package dev.lockstep.bridge.check;

import dev.lockstep.bridge.process.ScratchDir;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The scratch folder of one run: {@code model/} (copies of the spec's modules, translated PlusCal,
 * the effective config), {@code states/} (TLC's metadir) and {@code tmp/} (TLC's
 * {@code java.io.tmpdir}, where it extracts the standard modules). Nothing is ever written beside
 * the user's spec. Closing deletes the folder unless it is kept; so does Lockstep's exit, and a
 * later run when Lockstep was killed ({@link ScratchDir}).
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

    /**
     * Creates a fresh work directory {@code lockstep-NAME-*} under {@code parent} (the system temp
     * folder when null), a {@link ScratchDir} owned by this process; a kept one is disowned at once,
     * so that no later run removes it.
     */
    public static WorkDir create(Path parent, String name, boolean keep) throws IOException {
        Path root = ScratchDir.create(parent, name);
        if (keep) {
            ScratchDir.disown(root);
        }
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
        ScratchDir.deleteQuietly(root);
    }
}
