package dev.lockstep.maven;

import dev.lockstep.bridge.Tla2Tools;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;

/** Path and tool helpers shared by the goals. */
final class Paths {
    private Paths() {
    }

    /** {@code file} against the project's base directory when relative. */
    static Path resolve(File basedir, File file) {
        Path p = file.toPath();
        if (!p.isAbsolute() && basedir != null) {
            p = basedir.toPath().resolve(p);
        }
        return p.toAbsolutePath().normalize();
    }

    static Tla2Tools tools(File tla2tools) throws MojoExecutionException {
        try {
            return Tla2Tools.locate(tla2tools == null ? null : tla2tools.toPath(), System.getenv());
        } catch (Tla2Tools.UnusableJarException e) {
            throw new MojoExecutionException("lockstep: " + e.getMessage(), e);
        }
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a scratch directory left behind in target/ is harmless
        }
    }
}
