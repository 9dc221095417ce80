package dev.lockstep.bridge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test resources: recorded TLC output and fixture specs. */
public final class Resources {
    private Resources() {
    }

    /** The text of a classpath resource. */
    public static String text(String name) {
        try (InputStream in = Resources.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies fixture spec files {@code names} (from resources/specs) into {@code dir}. */
    public static void copySpecs(Path dir, String... names) {
        try {
            for (String n : names) {
                Files.writeString(dir.resolve(n), text("specs/" + n), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
