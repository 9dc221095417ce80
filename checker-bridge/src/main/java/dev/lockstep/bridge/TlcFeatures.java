package dev.lockstep.bridge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;

/**
 * What a TLA+ tools jar can do, read from the jar itself: TLC's version ({@code TLCGlobals.versionOfTLC})
 * and the features newer than the bundled TLC (TLC 2.18 from TLC's 1.7 branch) that Lockstep passes
 * through when the user's jar has them. Each feature is detected by the constant TLC needs for it
 * (a config keyword in {@code ModelConfig}, an option in {@code TLC}, a {@code TLCGet} key), so a
 * jar of any version is judged by what it contains rather than by its number.
 *
 * @param version  TLC's version, e.g. {@code "2.18"}, when the jar says
 * @param banner   the whole version string ({@code "Version 2.18 of 20 March 2023"}), or empty
 * @param features the newer features the jar has
 */
public record TlcFeatures(Optional<String> version, String banner, Set<Feature> features) {

    /** Features of current TLC (the 1.8.0 series) that the bundled TLC lacks. */
    public enum Feature {
        /** The {@code ALIAS} config keyword (Lockstep evaluates the alias itself when TLC cannot). */
        ALIAS("ALIAS in the model configuration"),
        /** The {@code POSTCONDITION} config keyword. */
        POSTCONDITION("POSTCONDITION in the model configuration"),
        /** {@code TLCGet("config")}: the model's configuration as a record. */
        TLCGET_CONFIG("TLCGet(\"config\")"),
        /** The {@code -dumpTrace FORMAT FILE} option. */
        DUMP_TRACE("the -dumpTrace option (--dump-trace)");

        private final String description;

        Feature(String description) {
            this.description = description;
        }

        /** How the feature is named in messages. */
        public String description() {
            return description;
        }
    }

    private static final Pattern VERSION = Pattern.compile("Version (\\d+\\.\\d+)( of [A-Za-z0-9 ]+)?");

    public TlcFeatures {
        features = features.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(features));
    }

    public boolean has(Feature f) {
        return features.contains(f);
    }

    /** Reads the features of {@code tools} from its jar (or class folder). */
    public static TlcFeatures of(Tla2Tools tools) {
        return read(tools.classpath());
    }

    /** Reads the features of the TLA+ tools at {@code classpath} (a jar or a class folder). */
    public static TlcFeatures read(Path classpath) {
        String globals = classText(classpath, "tlc2/TLCGlobals.class");
        String modelConfig = classText(classpath, "tlc2/tool/impl/ModelConfig.class");
        String tlc = classText(classpath, "tlc2/TLC.class");
        String tlcModule = classText(classpath, "tlc2/module/TLC.class") + classText(classpath, "tlc2/module/TLCGetSet.class");
        Matcher m = VERSION.matcher(globals);
        Optional<String> version = Optional.empty();
        String banner = "";
        if (m.find()) {
            version = Optional.of(m.group(1));
            banner = m.group(0).strip();
        }
        Set<Feature> fs = EnumSet.noneOf(Feature.class);
        if (hasConstant(modelConfig, "ALIAS")) {
            fs.add(Feature.ALIAS);
        }
        if (hasConstant(modelConfig, "POSTCONDITION")) {
            fs.add(Feature.POSTCONDITION);
        }
        if (hasConstant(tlc, "-dumpTrace") || hasConstant(tlc, "dumpTrace")) {
            fs.add(Feature.DUMP_TRACE);
        }
        if (hasConstant(tlcModule, "config")) {
            fs.add(Feature.TLCGET_CONFIG);
        }
        return new TlcFeatures(version, banner, fs);
    }

    /**
     * Whether a class file's constant pool holds the UTF-8 constant {@code s}: tag 1, a two-byte
     * length, then the bytes (all constants tested here are ASCII).
     */
    static boolean hasConstant(String classText, String s) {
        String entry = "\u0001" + (char) (s.length() >> 8) + (char) (s.length() & 0xff) + s;
        return classText.contains(entry);
    }

    /** A class file's bytes as ISO-8859-1 text (one char per byte), or "" when it is absent. */
    private static String classText(Path classpath, String entry) {
        try {
            if (Files.isDirectory(classpath)) {
                Path f = classpath.resolve(entry);
                return Files.isRegularFile(f) ? new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1) : "";
            }
            try (JarFile jar = new JarFile(classpath.toFile())) {
                ZipEntry e = jar.getEntry(entry);
                if (e == null) {
                    return "";
                }
                try (InputStream in = jar.getInputStream(e)) {
                    return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                }
            }
        } catch (IOException e) {
            return "";
        }
    }
}
