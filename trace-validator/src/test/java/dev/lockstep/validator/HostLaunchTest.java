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

/** The estimate of a log's length that picks the evaluator host's compilers; the host's C heap trimming. */
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
}
