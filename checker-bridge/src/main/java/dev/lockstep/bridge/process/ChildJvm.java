package dev.lockstep.bridge.process;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A recipe for a child JVM: which Java, classpath, main class, JVM options and arguments. TLC keeps
 * global static state, so every TLC, PlusCal-translator or evaluator run happens in a child JVM
 * started from one of these. {@link #start()} returns a {@link RunningJvm} that must be closed; it
 * kills the child (and its descendants) when closed or when Lockstep itself exits, Ctrl-C included,
 * and the child halts by itself when Lockstep is killed ({@link ParentWatch}).
 *
 * @param javaExecutable the {@code java} binary
 * @param classpath      classpath entries
 * @param mainClass      fully qualified main class
 * @param jvmOptions     options before the main class ({@code -Xmx2g}, {@code -Dk=v})
 * @param arguments      arguments after the main class
 * @param workingDir     the child's working directory
 * @param environment    extra environment variables
 * @param mergeStderr    whether the child's stderr is merged into its stdout
 */
public record ChildJvm(Path javaExecutable, List<Path> classpath, String mainClass, List<String> jvmOptions,
                       List<String> arguments, Path workingDir, Map<String, String> environment,
                       boolean mergeStderr) {

    public ChildJvm {
        Objects.requireNonNull(javaExecutable, "javaExecutable");
        Objects.requireNonNull(mainClass, "mainClass");
        Objects.requireNonNull(workingDir, "workingDir");
        classpath = List.copyOf(classpath);
        jvmOptions = List.copyOf(jvmOptions);
        arguments = List.copyOf(arguments);
        environment = Map.copyOf(environment);
    }

    /** A child running {@code mainClass} with the same {@code java} as this JVM. */
    public static ChildJvm of(List<Path> classpath, String mainClass, Path workingDir) {
        return new ChildJvm(currentJava(), classpath, mainClass, List.of(), List.of(), workingDir, Map.of(), true);
    }

    /**
     * A child's classpath: {@code first} (the TLA+ tools, so a user's jar wins), then wherever each
     * of {@code classes} was loaded from (Lockstep's jar or class folders, Jackson), without repeats.
     */
    public static List<Path> classpath(List<Path> first, List<Class<?>> classes) {
        java.util.Set<Path> cp = new java.util.LinkedHashSet<>(first);
        for (Class<?> c : classes) {
            try {
                cp.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()));
            } catch (java.net.URISyntaxException | NullPointerException e) {
                throw new IllegalStateException("cannot locate the classes of " + c.getName(), e);
            }
        }
        return new ArrayList<>(cp);
    }

    /**
     * The JVM option that gives one child a {@code java.io.tmpdir} of its own: a fresh folder under
     * {@code parent} (a run's work directory, removed with it). SANY extracts the standard modules
     * into {@code java.io.tmpdir} (and TLC marks them deleteOnExit), so two children sharing one
     * could read a module the other is still writing, or lose it when the other exits.
     */
    public static String ownTmpdir(Path parent) throws IOException {
        return "-Djava.io.tmpdir=" + Files.createTempDirectory(Files.createDirectories(parent), "jvm-tmp-");
    }

    /** The {@code java} executable of the running JVM. */
    public static Path currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    public ChildJvm withJvmOptions(List<String> options) {
        return new ChildJvm(javaExecutable, classpath, mainClass, options, arguments, workingDir, environment, mergeStderr);
    }

    public ChildJvm withArguments(List<String> args) {
        return new ChildJvm(javaExecutable, classpath, mainClass, jvmOptions, args, workingDir, environment, mergeStderr);
    }

    public ChildJvm withMergedStderr(boolean merge) {
        return new ChildJvm(javaExecutable, classpath, mainClass, jvmOptions, arguments, workingDir, environment, merge);
    }

    /** The full command line, as it would be typed. */
    public List<String> command() {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaExecutable.toString());
        cmd.addAll(jvmOptions);
        if (!classpath.isEmpty()) {
            cmd.add("-cp");
            cmd.add(String.join(java.io.File.pathSeparator, classpath.stream().map(Path::toString).toList()));
        }
        cmd.add(mainClass);
        cmd.addAll(arguments);
        return cmd;
    }

    /**
     * The command line that runs this child through {@link ParentWatch}: the same JVM options, the
     * classpath followed by {@code launcherDir} (which holds ParentWatch's class file, so the child's
     * own classes always win), then {@code ParentWatch PARENT_PID MAIN ARGS...}.
     */
    public List<String> watchedCommand(Path launcherDir, long parentPid) {
        List<Path> cp = new ArrayList<>(classpath);
        cp.add(launcherDir);
        List<String> args = new ArrayList<>();
        args.add(Long.toString(parentPid));
        args.add(mainClass);
        args.addAll(arguments);
        return new ChildJvm(javaExecutable, cp, ParentWatch.class.getName(), jvmOptions, args, workingDir, environment,
                mergeStderr).command();
    }

    /**
     * Starts the child through {@link ParentWatch}, so that it halts when this JVM dies, even by
     * SIGKILL. ParentWatch's class file goes to a {@link ScratchDir} of its own, removed when the
     * child is closed (or by a later run, should this JVM be killed). The caller must close the
     * result (try-with-resources).
     */
    public RunningJvm start() throws IOException {
        Path launcherDir = ScratchDir.create(null, "launch");
        try {
            String classFile = ParentWatch.class.getName().replace('.', '/') + ".class";
            Path target = launcherDir.resolve(classFile);
            Files.createDirectories(target.getParent());
            try (InputStream in = ParentWatch.class.getClassLoader().getResourceAsStream(classFile)) {
                if (in == null) {
                    throw new IOException("cannot find " + classFile + " on Lockstep's classpath");
                }
                Files.copy(in, target);
            }
            List<String> cmd = watchedCommand(launcherDir, ProcessHandle.current().pid());
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(workingDir.toFile());
            pb.redirectErrorStream(mergeStderr);
            pb.environment().putAll(new LinkedHashMap<>(environment));
            return new RunningJvm(pb.start(), cmd, launcherDir);
        } catch (IOException | RuntimeException e) {
            ScratchDir.deleteQuietly(launcherDir);
            throw e;
        }
    }
}
