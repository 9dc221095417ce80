import dev.lockstep.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The closed loop over a set of specs, in one JVM: for each spec folder {@code <Name>/} holding
 * {@code <Name>.tla} (and usually {@code <Name>.cfg}), {@code lockstep generate} (the CLI,
 * in-process) -> javac (in-process, one compilation per spec) -> the generated {@code <Name>Main}
 * for STEPS random steps (loaded in this JVM) -> {@code lockstep validate} of its log. Prints one
 * line per spec (the stage it reached, and the reason when it stopped early) and the counts.
 *
 * <p>Usage: {@code java -cp lockstep.jar ClosedLoop.java [--steps N] [--seed S] [--schedule
 * coverage|random] [--work DIR] [--expect FILE] [--mutate N [--mutate-seed S] [--mutate-runs R]
 * [--mutate-min PERCENT]] DIR...}. The schedule is the generated Main's (its default: coverage).
 * With {@code --mutate N}, each spec that closes the loop also gets the mutation check ({@link
 * Mutation}): up to N mutants per operator, picked with the mutate seed, each run with R seeds; the exit code is 1 when fewer than PERCENT are caught. Each DIR is a spec folder or a folder of spec folders. With
 * {@code --expect}, the file lists the specs expected not to close the loop ({@code Name: reason}
 * per line, {@code #} comments); the exit code is 1 when a spec outside the list fails or a listed
 * spec now closes the loop (so the list stays true), else 0.
 */
public final class ClosedLoop {
    enum Stage { GENERATE, COMPILE, RUN, VALIDATE, CONFORMS }

    record Outcome(String name, Stage reached, String reason, int steps) {
        boolean closed() {
            return reached == Stage.CONFORMS;
        }
    }

    public static void main(String[] args) throws Exception {
        int steps = 200;
        long seed = 1;
        String schedule = "coverage";
        Path work = null;
        Path expect = null;
        int mutate = 0;
        int mutateRuns = Mutation.RUNS;
        long mutateSeed = 1;
        double mutateMin = 0;
        List<Path> roots = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--steps" -> steps = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--schedule" -> schedule = args[++i];
                case "--work" -> work = Path.of(args[++i]);
                case "--expect" -> expect = Path.of(args[++i]);
                case "--mutate" -> mutate = Integer.parseInt(args[++i]);
                case "--mutate-seed" -> mutateSeed = Long.parseLong(args[++i]);
                case "--mutate-runs" -> mutateRuns = Integer.parseInt(args[++i]);
                case "--mutate-min" -> mutateMin = Double.parseDouble(args[++i]);
                default -> roots.add(Path.of(args[i]));
            }
        }
        if (roots.isEmpty()) {
            System.err.println("usage: ClosedLoop [--steps N] [--seed S] [--schedule coverage|random] [--work DIR]"
                    + " [--expect FILE] [--mutate N"
                    + " [--mutate-seed S] [--mutate-runs R] [--mutate-min PERCENT]] DIR...");
            System.exit(2);
        }
        boolean keep = work != null;
        Path base = keep ? Files.createDirectories(work) : Files.createTempDirectory("lockstep-loop-");
        List<Outcome> outcomes = new ArrayList<>();
        int[] untyped = new int[3]; // untyped variables, all variables, specs with an untyped variable
        List<Mutation.Summary> mutations = new ArrayList<>();
        try {
            for (Path spec : specs(roots)) {
                ClosedLoop loop = new ClosedLoop(base, new Run(steps, seed, schedule));
                long started = System.nanoTime();
                Outcome o = loop.loop(spec);
                outcomes.add(o);
                String typing = loop.untyped < 0 ? "" : loop.untyped + "/" + loop.variables + " untyped";
                if (loop.untyped >= 0) {
                    untyped[0] += loop.untyped;
                    untyped[1] += loop.variables;
                    untyped[2] += loop.untyped > 0 ? 1 : 0;
                }
                System.out.printf("%-28s %-9s %-12s %s (%.0f s)%n", o.name(), o.closed() ? "conforms"
                        : o.reached().name().toLowerCase(), typing, o.closed() ? o.steps() + " steps" : o.reason(),
                        (System.nanoTime() - started) / 1e9);
                System.out.flush();
                if (mutate > 0 && loop.built != null) {
                    mutations.add(Mutation.check(loop.built, mutate, mutateSeed, new Run(steps, seed, schedule), mutateRuns));
                }
            }
        } finally {
            if (!keep) {
                dev.lockstep.bridge.process.ScratchDir.deleteTree(base);   // the one recursive delete
            }
        }
        long generated = outcomes.stream().filter(o -> o.reached().compareTo(Stage.GENERATE) > 0).count();
        long compiled = outcomes.stream().filter(o -> o.reached().compareTo(Stage.COMPILE) > 0).count();
        long ran = outcomes.stream().filter(o -> o.reached().compareTo(Stage.RUN) > 0).count();
        long conforms = outcomes.stream().filter(Outcome::closed).count();
        System.out.printf("%d specs: generate %d, compile %d, run %d, conforms %d%n", outcomes.size(), generated, compiled,
                ran, conforms);
        System.out.printf("untyped state variables (Value in their Java type): %d of %d, in %d of %d generated specs%n",
                untyped[0], untyped[1], untyped[2], generated);
        if (mutate > 0 && Mutation.printTotals(mutations) < mutateMin) {
            System.out.println("FAILED: fewer than " + mutateMin + "% of the mutants were caught");
            System.exit(1);
        }
        if (expect != null) {
            System.exit(compare(outcomes, expect) ? 0 : 1);
        }
    }

    /** How the generated Main runs: its arguments. */
    record Run(int steps, long seed, String schedule) {
        Run withSeed(long s) {
            return new Run(steps, s, schedule);
        }

        String[] args(Path log) {
            return new String[] {String.valueOf(steps), String.valueOf(seed), log.toString(), schedule};
        }
    }

    private final Path base;
    private final Run run;
    /** From generate's "state: N of M variables untyped" line; -1 until generate succeeded. */
    private int untyped = -1;
    private int variables = -1;

    private Built built;

    private ClosedLoop(Path base, Run run) {
        this.base = base;
        this.run = run;
    }

    /** Spec folders under {@code roots}: a folder {@code X} holding {@code X.tla}. */
    static List<Path> specs(List<Path> roots) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path root : roots) {
            if (isSpecFolder(root)) {
                out.add(root);
                continue;
            }
            try (Stream<Path> s = Files.list(root)) {
                s.filter(ClosedLoop::isSpecFolder).sorted(Comparator.comparing(p -> p.getFileName().toString()))
                        .forEach(out::add);
            }
        }
        return out;
    }

    static boolean isSpecFolder(Path p) {
        return Files.isDirectory(p) && Files.isRegularFile(p.resolve(p.getFileName() + ".tla"));
    }

    Outcome loop(Path folder) throws IOException {
        String name = folder.getFileName().toString();
        Path tla = folder.resolve(name + ".tla");
        Path dir = base.resolve(name);
        Path src = dir.resolve("src");
        Path classes = dir.resolve("classes");
        Path log = dir.resolve(name + ".ndjson");
        Files.createDirectories(classes);
        String pkg = "loop." + name.toLowerCase().replaceAll("[^a-z0-9]", "_");

        Cli gen = cli("generate", tla.toString(), "--package", pkg, "--out", src.toString());
        if (gen.exit() != 0) {
            return new Outcome(name, Stage.GENERATE, "exit " + gen.exit() + ": " + firstError(gen.err()), 0);
        }
        Optional<String> holes = leftForUser(gen.out());
        Matcher typing = Pattern.compile("(?m)^state: (\\d+) of (\\d+) variables untyped").matcher(gen.out());
        if (typing.find()) {
            untyped = Integer.parseInt(typing.group(1));
            variables = Integer.parseInt(typing.group(2));
        }
        Optional<String> javacError = compile(src, classes);
        if (javacError.isPresent()) {
            return new Outcome(name, Stage.COMPILE, javacError.get(), 0);
        }
        String main = findMain(src, name);
        if (main == null) {
            return new Outcome(name, Stage.RUN, "no *Main.java among the generated files", 0);
        }
        Optional<String> failed = runMain(List.of(classes), pkg + "." + main, log, run);
        if (failed.isPresent()) {
            return new Outcome(name, Stage.RUN, failed.get() + (failed.get().startsWith("exit") ? ""
                    : holes.map(h -> " (left for the user: " + h + ")").orElse("")), 0);
        }
        int taken = Files.isRegularFile(log) ? steps(log) : -1;
        if (taken <= 0) {
            return new Outcome(name, Stage.RUN, taken < 0 ? "no log written" : "no step taken from the initial state", 0);
        }
        Cli val = cli("validate", tla.toString(), "--trace", log.toString());
        if (val.exit() != 0) {
            return new Outcome(name, Stage.VALIDATE, "exit " + val.exit() + ": " + firstError(val.out() + val.err()),
                    taken);
        }
        built = new Built(folder, tla, dir, src, classes, pkg, main, log);
        return new Outcome(name, Stage.CONFORMS, "", taken);
    }

    /** The steps a native log records: its lines other than {@code Init} (each Init starts a behaviour). */
    static int steps(Path log) throws IOException {
        try (Stream<String> lines = Files.lines(log)) {
            return (int) lines.filter(l -> !l.startsWith("{\"action\":\"Init\"")).count();
        }
    }

    /** What the loop built for a spec that closed it: the mutation check starts from there. */
    record Built(Path folder, Path tla, Path dir, Path src, Path classes, String pkg, String main, Path log) {
    }

    /**
     * Runs {@code mainClass}'s {@code run(steps, seed, log, schedule)} loaded from {@code classpath} (first
     * wins) in this JVM, with its output kept from the console; the failure, if any: an exception,
     * a run that does not end within a minute, or a non-zero exit code other than a deadlock (exit
     * 11 with Main's "deadlock after" line). A deadlock is the end of the run, not a verdict: the
     * log's last line carries an empty {@code allowed} set, which {@code lockstep validate} compares
     * with what TLC enables in that state, so the log conforms only where TLC agrees that the spec
     * enables nothing there (a stuck implementation, exit 11 too, stays a failure).
     */
    static Optional<String> runMain(List<Path> classpath, String mainClass, Path log, Run run)
            throws IOException {
        java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();
        Object[] result = new Object[1];
        List<URL> urls = new ArrayList<>();
        for (Path p : classpath) {
            urls.add(p.toUri().toURL());
        }
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClosedLoop.class.getClassLoader())) {
            System.setOut(new PrintStream(OutputStream.nullOutputStream()));   // Main's "N steps logged to ..."
            System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
            Thread t = new Thread(() -> {
                try {
                    result[0] = loader.loadClass(mainClass).getMethod("run", String[].class).invoke(null,
                            (Object) run.args(log));
                } catch (InvocationTargetException e) {
                    result[0] = e.getCause();
                } catch (ReflectiveOperationException | LinkageError e) {
                    result[0] = e;
                }
            }, "closed-loop-main");
            t.setDaemon(true);
            t.start();
            t.join(60_000);
            if (t.isAlive()) {
                return Optional.of("the run did not end within 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        if (result[0] instanceof Throwable c) {
            return Optional.of(c.getClass().getSimpleName() + ": " + oneLine(c.getMessage()));
        }
        String err = errors.toString(StandardCharsets.UTF_8);
        boolean deadlock = result[0] instanceof Integer code && code == 11 && err.contains("deadlock after");
        if (result[0] instanceof Integer code && code != 0 && !deadlock) {
            return Optional.of("exit " + code + ": " + firstError(err));
        }
        return Optional.empty();
    }

    record Cli(int exit, String out, String err) {
    }

    static Cli cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            exit = new Main(o, e, new ByteArrayInputStream(new byte[0]), System.getenv()).run(args);
        }
        return new Cli(exit, out.toString(), err.toString());
    }

    /** The first line that reads as an error, else the first non-blank line. */
    static String firstError(String text) {
        String first = "";
        for (String line : text.split("\n")) {
            if (line.contains("error") || line.contains("does not conform")) {
                return oneLine(line);
            }
            if (first.isEmpty() && !line.isBlank()) {
                first = line;
            }
        }
        return oneLine(first);
    }

    private static Optional<String> leftForUser(String generateOut) {
        int i = generateOut.indexOf("left for you to implement: ");
        return i < 0 ? Optional.empty()
                : Optional.of(generateOut.substring(i + "left for you to implement: ".length()).lines().findFirst()
                        .orElse("").strip());
    }

    private static Optional<String> compile(Path src, Path classes) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(src)) {
            files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        return compile(files, classes, System.getProperty("java.class.path"));
    }

    /** Compiles {@code files} into {@code classes} against {@code classpath}; the first error, if any. */
    static Optional<String> compile(List<Path> files, Path classes, String classpath) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diags, null, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-nowarn", "-d", classes.toString(), "-cp", classpath);
            boolean ok = javac.getTask(null, fm, diags, options, null, fm.getJavaFileObjectsFromPaths(files)).call();
            if (ok) {
                return Optional.empty();
            }
        }
        for (Diagnostic<? extends JavaFileObject> d : diags.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                String file = d.getSource() == null ? "?" : Path.of(d.getSource().toUri()).getFileName().toString();
                return Optional.of(file + ":" + d.getLineNumber() + ": " + oneLine(d.getMessage(null)));
            }
        }
        return Optional.of("javac failed without an error message");
    }

    private static String findMain(Path src, String name) throws IOException {
        try (Stream<Path> s = Files.walk(src)) {
            return s.map(p -> p.getFileName().toString()).filter(f -> f.endsWith("Main.java"))
                    .map(f -> f.substring(0, f.length() - ".java".length())).findFirst().orElse(null);
        }
    }

    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String line = s.strip().replaceAll("\\s*\n\\s*", " | ");
        return line.length() > 220 ? line.substring(0, 217) + "..." : line;
    }

    /** Compares with the expected failures; prints each difference; true when there is none. */
    private static boolean compare(List<Outcome> outcomes, Path expectFile) throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(expectFile)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int colon = l.indexOf(':');
            expected.put(colon < 0 ? l : l.substring(0, colon).strip(), colon < 0 ? "" : l.substring(colon + 1).strip());
        }
        boolean ok = true;
        for (Outcome o : outcomes) {
            boolean listed = expected.containsKey(o.name());
            if (!o.closed() && !listed) {
                System.out.println("UNEXPECTED: " + o.name() + " does not close the loop (" + o.reached().name().toLowerCase()
                        + ": " + o.reason() + ")");
                ok = false;
            } else if (o.closed() && listed) {
                System.out.println("UNEXPECTED: " + o.name() + " now closes the loop; remove it from " + expectFile);
                ok = false;
            }
        }
        return ok;
    }
}
