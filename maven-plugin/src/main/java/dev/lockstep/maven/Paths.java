package dev.lockstep.maven;

import dev.lockstep.bridge.Tla2Tools;
import java.io.File;
import java.nio.file.Path;
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
}
