package dev.lockstep.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading what a TLA+ tools jar can do from the jar: the bundled TLC (2.18 from TLC's 1.7 branch)
 * has none of the newer features; a tools folder whose classes hold the constants current TLC uses
 * for them (compiled here, since no current tla2tools.jar can be downloaded) has them all.
 */
class TlcFeaturesTest {
    @TempDir
    Path dir;

    @Test
    void bundledTlcIs218WithoutTheNewerFeatures() {
        TlcFeatures f = TlcFeatures.of(Tla2Tools.fromClasspath());
        assertEquals(Optional.of("2.18"), f.version());
        assertTrue(f.banner().startsWith("Version 2.18 of "), f.banner());
        assertTrue(f.features().isEmpty(), f.features().toString());
    }

    @Test
    void newerToolsAreJudgedByWhatTheyContain() throws Exception {
        write("tlc2/TLCGlobals.java", "package tlc2; public class TLCGlobals {"
                + " public static String versionOfTLC = \"Version 2.19 of 08 August 2024\"; }");
        write("tlc2/tool/impl/ModelConfig.java", "package tlc2.tool.impl; public class ModelConfig {"
                + " public static final String[] KEYWORDS = {\"ALIAS\", \"POSTCONDITION\"}; static String k() { return KEYWORDS[0]; } }");
        write("tlc2/TLC.java", "package tlc2; public class TLC { static boolean dump(String a) { return a.equals(\"-dumpTrace\"); } }");
        write("tlc2/module/TLCGetSet.java", "package tlc2.module; public class TLCGetSet { static boolean c(String a) { return a.equals(\"config\"); } }");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new java.util.ArrayList<>(List.of("-d", dir.resolve("classes").toString()));
        try (var s = Files.walk(dir.resolve("src"))) {
            s.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
        }
        assertEquals(0, javac.run(null, null, null, args.toArray(new String[0])));
        TlcFeatures f = TlcFeatures.read(dir.resolve("classes"));
        assertEquals(Optional.of("2.19"), f.version());
        assertEquals(EnumSet.allOf(TlcFeatures.Feature.class), EnumSet.copyOf(f.features()));
    }

    @Test
    void aFolderWithoutTlcHasNoVersion() {
        TlcFeatures f = TlcFeatures.read(dir);
        assertEquals(Optional.empty(), f.version());
        assertTrue(f.features().isEmpty());
    }

    private void write(String rel, String text) throws Exception {
        Path p = dir.resolve("src").resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }
}
