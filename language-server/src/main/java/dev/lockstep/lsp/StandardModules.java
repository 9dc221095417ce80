package dev.lockstep.lsp;

import dev.lockstep.bridge.Tla2Tools;
import dev.lockstep.speclang.resolve.LockstepLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The standard modules shipped in the TLA+ tools ({@code Naturals}, {@code Sequences}, {@code TLC},
 * ...), copied once into a folder of the server's work directory. SANY finds them there (so it
 * never extracts them into the system temp directory), and go-to-definition can open them.
 * Lockstep's own library ({@link LockstepLibrary}) is written into the same folder, after the
 * standard modules of the tools: SANY finds it after the spec's folder and the user's libraries.
 */
final class StandardModules {
    private static final String PREFIX = "tla2sany/StandardModules/";

    private StandardModules() {
    }

    /** Copies the standard modules of {@code tools} into {@code dir} (created) and returns it. */
    static Path extract(Tla2Tools tools, Path dir) throws IOException {
        LockstepLibrary.copyTo(dir);
        Path cp = tools.classpath();
        if (Files.isDirectory(cp)) {
            Path src = cp.resolve(PREFIX);
            try (Stream<Path> files = Files.list(src)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    if (f.getFileName().toString().endsWith(".tla")) {
                        Files.copy(f, dir.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return dir;
        }
        try (JarFile jar = new JarFile(cp.toFile())) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                String name = e.getName();
                if (name.startsWith(PREFIX) && name.endsWith(".tla") && name.indexOf('/', PREFIX.length()) < 0) {
                    try (InputStream in = jar.getInputStream(e)) {
                        Files.copy(in, dir.resolve(name.substring(PREFIX.length())), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        return dir;
    }
}
