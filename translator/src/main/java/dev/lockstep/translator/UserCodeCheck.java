package dev.lockstep.translator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * After a regeneration, compiles the generated classes together with the user's own (kept) classes
 * to tell the user which of theirs no longer compile, e.g. because an action gained a parameter or
 * an operator became translatable. Classes go to a temporary directory that is deleted afterwards.
 */
public final class UserCodeCheck {
    /** A compile error in a user-owned file (1-based line and column). */
    public record Problem(Path file, int line, int column, String message) {
    }

    private UserCodeCheck() {
    }

    /**
     * Compiles the written files against {@code classPath} (which must hold the runtime module);
     * empty when this JVM has no Java compiler.
     */
    public static Optional<List<Problem>> compile(List<OutputDirectory.Entry> entries, String classPath) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            return Optional.empty();
        }
        Set<Path> userFiles = entries.stream().filter(e -> e.ownership() == GeneratedFile.Ownership.USER)
                .map(e -> e.path().toAbsolutePath().normalize()).collect(Collectors.toSet());
        List<Path> sources = entries.stream().map(OutputDirectory.Entry::path).toList();
        Path classes = null;
        try {
            classes = Files.createTempDirectory("lockstep-usercheck-");
            DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
            try (StandardJavaFileManager fm = javac.getStandardFileManager(diags, null, StandardCharsets.UTF_8)) {
                javac.getTask(new StringWriter(), fm, diags,
                        List.of("-classpath", classPath, "-d", classes.toString(), "-proc:none", "-nowarn"), null,
                        fm.getJavaFileObjectsFromPaths(sources)).call();
            }
            List<Problem> out = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diags.getDiagnostics()) {
                if (d.getKind() != Diagnostic.Kind.ERROR || d.getSource() == null) {
                    continue;
                }
                Path file = Path.of(d.getSource().toUri()).toAbsolutePath().normalize();
                if (userFiles.contains(file)) {
                    out.add(new Problem(file, (int) d.getLineNumber(), (int) d.getColumnNumber(),
                            d.getMessage(null)));
                }
            }
            return Optional.of(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (classes != null) {
                deleteTree(classes);
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // best effort: a temporary directory
        }
    }
}
