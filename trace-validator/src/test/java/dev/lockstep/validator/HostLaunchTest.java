package dev.lockstep.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The estimate of a log's length that picks the evaluator host's compilers, and their options; the host's C heap trimming. */
class HostLaunchTest {
    @TempDir
    Path dir;

    private static String lines(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("{\"action\":\"Step\",\"state\":{\"x\":").append(i % 10).append("}}\n");
        }
        return sb.toString();
    }

    @Test
    void aShortLogIsCountedExactly() throws Exception {
        Path log = Files.writeString(dir.resolve("short.ndjson"), lines(100));
        assertEquals(101, HostLaunch.estimatedLines(List.of(log)));   // the last newline's empty rest counts as one
        assertEquals(0, HostLaunch.estimatedLines(List.of(dir.resolve("missing.ndjson"))));
    }

    @Test
    void aLongLogIsEstimatedFromItsStartPlainOrGzipped() throws Exception {
        String text = lines(200_000);
        Path plain = Files.writeString(dir.resolve("long.ndjson"), text);
        Path gz = dir.resolve("long.ndjson.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        for (Path p : List.of(plain, gz)) {
            long estimate = HostLaunch.estimatedLines(List.of(p));
            assertTrue(estimate > 150_000 && estimate < 250_000, p + ": " + estimate);
        }
        long both = HostLaunch.estimatedLines(List.of(plain, plain));
        assertEquals(2 * HostLaunch.estimatedLines(List.of(plain)), both);
    }

    @Test
    void theHostsOldGenerationGrowsWithWhatItKeeps() throws Exception {
        // 200 MB kept, over three times the old generation the host starts with: with the adaptive
        // size policy off the old generation stayed at 64 MB and this ran out of heap after
        // back-to-back full collections (as a million-line log of 200,000 runs did)
        List<String> cmd = new java.util.ArrayList<>(List.of(dev.lockstep.bridge.process.ChildJvm.currentJava().toString()));
        cmd.addAll(HostLaunch.defaultOptions());
        cmd.addAll(List.of("-Xlog:gc:file=" + dir.resolve("gc.log"), "-cp", System.getProperty("java.class.path"),
                Retains.class.getName(), "200"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile())
                .start();
        boolean ended = p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS);   // a guard: it takes about a second
        p.destroyForcibly();
        long full = Files.readAllLines(dir.resolve("gc.log")).stream().filter(l -> l.contains("Pause Full")).count();
        assertTrue(ended && full < 20, "full collections: " + full + (ended ? "" : ", still running after 120 s"));
        String out = Files.readString(dir.resolve("out.txt"));
        assertEquals(0, p.exitValue(), out);
        assertTrue(Long.parseLong(out.strip()) > 1_000_000, out);
    }

    @Test
    void theCHeapIsTrimmedOnlyWhereTheSwitchIsAProductOptionOnLinux() {
        List<String> trim = List.of("-XX:TrimNativeHeapInterval=" + HostLaunch.TRIM_INTERVAL_MILLIS, "-Xlog:trimnative=off");
        for (String v : List.of("17.0.11", "17.0.15+6", "21.0.3", "22.0.1", "23", "25.0.1")) {
            assertEquals(trim, HostLaunch.nativeHeapTrim(Runtime.Version.parse(v), "Linux"), v);
        }
        for (String v : List.of("17", "17.0.10", "19.0.2", "20.0.1", "21.0.2", "22")) {
            assertEquals(List.of(), HostLaunch.nativeHeapTrim(Runtime.Version.parse(v), "Linux"), v);
        }
        assertEquals(List.of(), HostLaunch.nativeHeapTrim(Runtime.Version.parse("21.0.5"), "Mac OS X"));
        assertEquals(List.of(), HostLaunch.nativeHeapTrim(Runtime.Version.parse("21.0.5"), "Windows 11"));
    }

    @Test
    void upToTheSwitchTheHostRunsTheQuickCompilerOnlyAboveItTheOptimizingOneBounded() {
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1"),
                HostLaunch.compilerOptions(0, name -> true));
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1"),
                HostLaunch.compilerOptions(HostLaunch.QUICK_COMPILER_MAX_LINES, name -> true));
        assertEquals(List.of("-XX:FreqInlineSize=100", "-XX:InlineSmallCode=1000", "-XX:MaxNodeLimit=20000"),
                HostLaunch.compilerOptions(HostLaunch.QUICK_COMPILER_MAX_LINES + 1, name -> true));
        // a JVM without the optimizing compiler has none of its options: none is passed (an unknown
        // -XX option would stop the host from starting)
        assertEquals(List.of(), HostLaunch.compilerOptions(1_000_000, name -> false));
        assertEquals(List.of("-XX:FreqInlineSize=100"),
                HostLaunch.compilerOptions(1_000_000, name -> name.equals("FreqInlineSize")));
    }

    @Test
    void theBoundsAreOptionsOfTheJvmThatRunsTheTests() {
        // the JVM the tests run on is the one a host started from it runs (ChildJvm.currentJava)
        for (String o : HostLaunch.OPTIMIZING_COMPILER_BOUNDS) {
            assertTrue(HostLaunch.knowsVmOption(o.substring(4, o.indexOf('='))), o);
        }
        assertEquals(false, HostLaunch.knowsVmOption("NoSuchOptionAnywhere"));
    }
}
