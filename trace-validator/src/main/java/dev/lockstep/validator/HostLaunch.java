package dev.lockstep.validator;

import dev.lockstep.bridge.Tla2Tools;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How to start the evaluator host: the java executable, the classpath (the TLA+ tools first, so a
 * user's {@code --tla2tools} jar wins, then Lockstep's own classes and Jackson), JVM options, and the
 * work directory TLC may write into (its temp files; never the spec folder).
 */
public record HostLaunch(String javaExecutable, String classpath, List<String> jvmArgs, Path workDir) {
    public HostLaunch {
        jvmArgs = List.copyOf(jvmArgs);
    }

    /** The classpath for {@code tools} plus wherever Lockstep's and Jackson's classes come from. */
    public static HostLaunch forTools(Tla2Tools tools, Path workDir) {
        Set<String> cp = new LinkedHashSet<>();
        cp.add(tools.classpath().toString());
        for (Class<?> c : List.of(dev.lockstep.validator.host.EvaluatorHost.class,
                com.fasterxml.jackson.databind.ObjectMapper.class,
                com.fasterxml.jackson.core.JsonFactory.class,
                com.fasterxml.jackson.annotation.JsonAutoDetect.class)) {
            cp.add(codeSource(c));
        }
        return new HostLaunch(currentJava(), String.join(java.io.File.pathSeparator, cp),
                List.of("-Xss32m", "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=4"), workDir);
    }

    /** The java that runs Lockstep itself. */
    public static String currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String codeSource(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("cannot locate the classes of " + c.getName(), e);
        }
    }
}
