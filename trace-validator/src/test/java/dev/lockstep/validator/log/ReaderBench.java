package dev.lockstep.validator.log;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The native log reader alone (bench/validate/reader.sh): reads each log whole, by turns with the
 * scanner's fast path and with Jackson's path only, and prints the reading thread's CPU seconds and
 * wall seconds per pass, and a digest of every event (line, action, params, node, clock, raw line,
 * the state's names and spans) so the two paths are seen to give the same events.
 *
 * <p>{@code ReaderBench ROUNDS LOG...}; {@code -Dpaths=scan} (or {@code jackson}) reads one way only
 * (for a profile).
 */
public final class ReaderBench {
    private ReaderBench() {
    }

    public static void main(String[] args) {
        int rounds = Integer.parseInt(args[0]);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ObjectMapper mapper = new ObjectMapper();
        for (int a = 1; a < args.length; a++) {
            Path log = Path.of(args[a]);
            long[] digests = new long[2];
            for (int r = 1; r <= rounds; r++) {
                for (int mode = 0; mode < 2; mode++) {
                    boolean scan = mode == 1;
                    if (!System.getProperty("paths", "jackson,scan").contains(scan ? "scan" : "jackson")) {
                        continue;
                    }
                    long cpu0 = threads.getCurrentThreadCpuTime();
                    long wall0 = System.nanoTime();
                    Problems problems = new Problems(false);
                    long events = 0;
                    long digest = 0;
                    try (NativeLogReader reader = NativeLogReader.open(log, mapper, problems,
                            NativeLogReader.DEFAULT_MAX_LINE, null, scan ? new NativeLineScanner() : null)) {
                        LogEvent e;
                        while ((e = reader.next()) != null) {
                            events++;
                            digest = digest * 31 + digest(e);
                        }
                    }
                    double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
                    double wall = (System.nanoTime() - wall0) / 1e9;
                    digests[mode] = digest;
                    System.out.printf("%s round %d %-7s events %d problems %d cpu %.2f s (%.2f us/line) wall %.2f s"
                                    + " digest %016x load %s%n", log.getFileName(), r, scan ? "scan" : "jackson", events,
                            problems.all().size(), cpu, cpu * 1e6 / Math.max(1, events), wall, digest,
                            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                }
                if (digests[0] != 0 && digests[1] != 0) {
                    System.out.println(digests[0] == digests[1] ? "  same events both ways" : "  EVENTS DIFFER");
                }
            }
        }
    }

    private static long digest(LogEvent e) {
        RawState s = e.state();
        long h = e.line();
        h = h * 31 + e.action().hashCode();
        h = h * 31 + (e.params() == null ? 0 : e.params().hashCode());
        h = h * 31 + (e.paramsText() == null ? 0 : e.paramsText().hashCode());
        h = h * 31 + (e.node() == null ? 0 : e.node().hashCode());
        h = h * 31 + (e.clock() == null ? 0 : e.clock().hashCode());
        // the line's text is LineReader's either way: its length stands for it (cheap beside the reading;
        // a scanned line's text is made from its bytes only when asked, so the bytes' length is read)
        h = h * 31 + (!e.hasRaw() ? -1 : s.ascii() != null ? s.ascii().length : e.raw().length());
        h = h * 31 + (e.instanceLists() ? 1 : 0);
        for (String n : s.names()) {
            h = h * 31 + n.hashCode();
        }
        h = h * 31 + Arrays.hashCode(s.starts());
        h = h * 31 + Arrays.hashCode(s.ends());
        return h;
    }
}
