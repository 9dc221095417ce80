package dev.lockstep.translator;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.runtime.value.Value;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles generated sources with the javac API against the runtime module, as users' builds do. */
final class JavaCompilation {
    private JavaCompilation() {
    }

    /** The result: whether javac succeeded, its messages, and where the classes are. */
    record Result(boolean ok, String messages, Path classes) {
        ClassLoader loader() throws IOException {
            return new URLClassLoader(new URL[] {classes.toUri().toURL()}, JavaCompilation.class.getClassLoader());
        }
    }

    /** The class path generated code needs: the runtime module and Jackson. */
    static String runtimeClassPath() {
        List<String> parts = new ArrayList<>();
        for (Class<?> c : new Class<?>[] {Value.class, ObjectMapper.class, JsonGenerator.class, JsonProperty.class}) {
            try {
                parts.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.join(java.io.File.pathSeparator, parts);
    }

    /** Compiles every {@code .java} file under {@code sourceRoot} into {@code classes}. */
    static Result compile(Path sourceRoot, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<Path> sources;
        try (var walk = Files.walk(sourceRoot)) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        Files.createDirectories(classes);
        DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diags, null, StandardCharsets.UTF_8)) {
            StringWriter out = new StringWriter();
            boolean ok = javac.getTask(out, fm, diags,
                    List.of("-classpath", runtimeClassPath(), "-d", classes.toString(), "-Xlint:all", "-Werror",
                            "-proc:none", "--release", "17"),
                    null, fm.getJavaFileObjectsFromPaths(sources)).call();
            StringBuilder sb = new StringBuilder(out.toString());
            diags.getDiagnostics().forEach(d -> sb.append(d).append('\n'));
            return new Result(ok, sb.toString(), classes);
        }
    }
}
