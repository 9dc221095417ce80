package dev.lockstep.cli;

import dev.lockstep.bridge.check.TlcRunner;
import dev.lockstep.bridge.tlc.TlcCodes;
import dev.lockstep.bridge.tlc.TlcEvent;
import dev.lockstep.speclang.diag.Diagnostic;
import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live progress line on an interactive stderr: distinct states, queue, states per minute and
 * elapsed time, redrawn every second from TLC's latest progress report (message 2200).
 */
final class ProgressLine implements TlcRunner.Listener, AutoCloseable {
    private static final Pattern PROGRESS = Pattern.compile(
            "(\\d[\\d,.']*) states generated(?: \\((\\d[\\d,.']*) s/min\\))?, (\\d[\\d,.']*) distinct states found(?: \\(.*?\\))?,"
                    + " (-?\\d[\\d,.']*) states left on queue");

    private final PrintWriter err;
    private final long start = System.nanoTime();
    private final ScheduledExecutorService ticker;
    private volatile String stats = "starting TLC";
    private volatile boolean drawn;

    ProgressLine(PrintWriter err) {
        this.err = err;
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lockstep-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(this::draw, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public void warning(Diagnostic d) {
        clear();
        new DiagnosticPrinter(err).print(d);
        err.flush();
    }

    @Override
    public void serverReady(int port, int localWorkers) {
        clear();
        CheckRenderer.announceServer(err, port, localWorkers);
    }

    @Override
    public void event(TlcEvent e) {
        if (e instanceof TlcEvent.Message m) {
            if (m.code() == TlcCodes.PROGRESS_STATS) {
                Matcher pm = PROGRESS.matcher(m.body());
                if (pm.find()) {
                    // TLC 2.18 prints plain digits, newer TLCs group them (12,345)
                    stats = String.format("%,d distinct, %,d queued%s", count(pm.group(3)), count(pm.group(4)),
                            pm.group(2) == null ? "" : ", " + pm.group(2) + " states/min");
                }
            } else if (m.code() == TlcCodes.SANY_END) {
                stats = "exploring";
            }
        }
    }

    private static long count(String printed) {
        return Long.parseLong(printed.replaceAll("[^\\d-]", ""));
    }

    synchronized void draw() {
        long secs = (System.nanoTime() - start) / 1_000_000_000L;
        err.print(String.format("\r\033[K[tlc] %s, %02d:%02d", stats, secs / 60, secs % 60));
        err.flush();
        drawn = true;
    }

    private synchronized void clear() {
        if (drawn) {
            err.print("\r\033[K");
            err.flush();
            drawn = false;
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        clear();
    }
}
