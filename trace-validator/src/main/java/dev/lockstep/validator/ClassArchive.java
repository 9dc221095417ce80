package dev.lockstep.validator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * A class-data sharing archive for a child JVM (the JDK's dynamic AppCDS archive): the classes a
 * host loaded, already parsed and verified, mapped by the next host instead of read from the jar.
 * Starting the evaluator host and loading a spec is mostly class loading (about 1,800 of
 * Lockstep's, TLC's and Jackson's classes); with the archive the mapped engine's host spends about
 * 0.7 CPU s less per command (docs/performance.md, validate).
 *
 * <p>Only when every classpath entry is a jar (Lockstep's own jar, as {@code lockstep validate}
 * runs; not the class folders of a build, which CDS does not archive) and the archives' folder
 * (the launcher names the jar's: {@link HostLaunch#CLASS_ARCHIVES}) is writable. An archive is
 * named after the main class and a digest of the Java runtime and the classpath, so another JDK or
 * a user's {@code --tla2tools} jar gets an archive of its own.
 * While no archive newer than every jar exists, the child writes one at its exit into a file of its
 * own ({@link #pending()}), which {@link #keep} then moves into place: concurrent runs never see a
 * partly written archive. The JVM itself checks the jars' sizes and times against the archive and
 * ignores a stale one; its warnings go to the child's standard error, never into the protocol.
 *
 * @param file    the archive a child maps
 * @param pending where this child writes the archive at its exit, or null when {@code file} is used
 */
record ClassArchive(Path file, Path pending) {

    /**
     * The archive in folder {@code dir} for a child running {@code main} on {@code classpath}, or
     * null when there is none to use.
     */
    static ClassArchive of(Path dir, Path javaExecutable, List<Path> classpath, String main) {
        if (classpath.isEmpty()) {
            return null;
        }
        long newestJar = 0;
        for (Path p : classpath) {
            if (!p.getFileName().toString().endsWith(".jar") || !Files.isRegularFile(p)) {
                return null;
            }
            try {
                newestJar = Math.max(newestJar, Files.getLastModifiedTime(p).toMillis());
            } catch (IOException e) {
                return null;
            }
        }
        if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
            return null;
        }
        String name = "lockstep-" + main.substring(main.lastIndexOf('.') + 1) + "-" + digest(javaExecutable, classpath);
        Path file = dir.resolve(name + ".jsa");
        try {
            if (Files.isRegularFile(file) && Files.getLastModifiedTime(file).toMillis() >= newestJar) {
                return new ClassArchive(file, null);
            }
        } catch (IOException e) {
            // unreadable: written anew below
        }
        return new ClassArchive(file, dir.resolve(name + "." + UUID.randomUUID() + ".tmp"));
    }

    /**
     * The child's JVM options: map the archive, or write it at exit. The JVM's own log goes to
     * standard error (by default its warnings, such as a stale archive's, go to standard output,
     * which is the host's protocol).
     */
    List<String> options() {
        List<String> o = new ArrayList<>(List.of("-Xshare:auto", "-Xlog:disable", "-Xlog:all=error:stderr"));
        o.add(pending == null ? "-XX:SharedArchiveFile=" + file : "-XX:ArchiveClassesAtExit=" + pending);
        return o;
    }

    /**
     * After the child exited with {@code exitCode}: the archive it wrote replaces {@link #file}
     * when it exited normally, else it is removed. Nothing to do when the child mapped the archive.
     */
    void keep(int exitCode) {
        if (pending == null) {
            return;
        }
        try {
            if (exitCode == 0 && Files.isRegularFile(pending) && Files.size(pending) > 0) {
                Files.move(pending, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            // another run's archive, or none: the next run writes one
        } finally {
            try {
                Files.deleteIfExists(pending);
            } catch (IOException e) {
                // left behind: harmless, named after no archive
            }
        }
    }

    private static String digest(Path javaExecutable, List<Path> classpath) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((javaExecutable.toAbsolutePath() + "\n" + Runtime.version() + "\n").getBytes(StandardCharsets.UTF_8));
            for (Path p : classpath) {
                md.update((p.toAbsolutePath() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
