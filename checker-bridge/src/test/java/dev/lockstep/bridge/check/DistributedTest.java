package dev.lockstep.bridge.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.bridge.ExitCode;
import dev.lockstep.bridge.Resources;
import dev.lockstep.bridge.Tla2Tools;
import dev.lockstep.bridge.tlc.TlcCodes;
import dev.lockstep.bridge.tlc.TlcEvent;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLC's distributed mode on loopback: a TLCServer and two TLCWorker JVMs started by Lockstep. */
class DistributedTest {
    @TempDir
    Path dir;
    @TempDir
    Path work;

    /**
     * A port free now, below Linux's ephemeral range (32768-60999): a port the kernel handed out
     * for {@code new ServerSocket(0)} may be handed to another socket (an RMI export, an outgoing
     * connection) before TLC's server binds it, which failed this test now and then.
     */
    static int freePort() throws IOException {
        int start = 20_000 + new java.util.Random().nextInt(12_000);
        for (int i = 0; i < 12_000; i++) {
            int port = 20_000 + (start - 20_000 + i) % 12_000;
            try (ServerSocket s = new ServerSocket(port)) {
                return s.getLocalPort();
            } catch (IOException inUse) {
                // next one
            }
        }
        throw new IOException("no free port in 20000-31999");
    }

    @Test
    void aPortInUseIsAnErrorNamingThePort() throws Exception {
        Resources.copySpecs(dir, "Values.tla", "Values.cfg");
        try (ServerSocket taken = new ServerSocket(freePort())) {
            CheckRequest req = CheckRequest.of(dir.resolve("Values.tla"), Tla2Tools.fromClasspath()).withWork(work, false)
                    .withMode(new SearchMode.Distributed(taken.getLocalPort(), 1, "127.0.0.1"));
            CheckResult r = new TlcRunner().run(req, TlcRunner.SILENT);
            // TLC's server prints the exception and exits with 0
            assertEquals(0, r.tlcExitCode());
            assertEquals(Outcome.ERROR, r.outcome());
            assertEquals(ExitCode.SYSTEM_ERROR.code(), r.exitCode());
            assertTrue(r.diagnostics().stream().anyMatch(d -> d.isError() && d.message().equals(
                    "TLC's server cannot listen on port " + taken.getLocalPort() + ": another process uses it; choose another port")),
                    r.diagnostics().toString());
        }
        awaitNoDistributedTlc();
    }

    @Test
    void twoLocalWorkersFindTheSameStatesAsOneProcess() throws Exception {
        Resources.copySpecs(dir, "Unassigned.tla");
        ModelSpec model = new ModelSpec(null, "Init", "Next", null, List.of(), List.of(), Map.of("N", "30"), true);
        CheckRequest base = CheckRequest.of(dir.resolve("Unassigned.tla"), Tla2Tools.fromClasspath()).withWork(work, false)
                .withModel(model);
        CheckResult single = new TlcRunner().run(base, TlcRunner.SILENT);
        assertEquals(Outcome.SUCCESS, single.outcome(), single.diagnostics().toString());

        int port = freePort();
        List<Integer> registered = new ArrayList<>();
        List<Long> serverPid = new ArrayList<>();
        int[] ready = {0};
        CheckResult dist = new TlcRunner().run(base.withMode(new SearchMode.Distributed(port, 2, "127.0.0.1")),
                new TlcRunner.Listener() {
                    @Override
                    public void started(long pid) {
                        serverPid.add(pid);
                    }

                    @Override
                    public void serverReady(int p, int localWorkers) {
                        ready[0] = p;
                    }

                    @Override
                    public void event(TlcEvent e) {
                        if (e instanceof TlcEvent.Message m && m.code() == TlcCodes.DISTRIBUTED_WORKER_REGISTERED) {
                            registered.add(m.code());
                        }
                    }
                });
        assertEquals(Outcome.SUCCESS, dist.outcome(), dist.diagnostics().toString());
        assertEquals(port, ready[0]);
        assertFalse(registered.isEmpty(), "workers registered with the server");
        assertEquals(single.stats().distinctStates(), dist.stats().distinctStates());
        assertEquals(single.stats().depth(), dist.stats().depth());
        assertTrue(dist.tlcVersion().contains("TLC Server"), dist.tlcVersion());
        ProcessHandle server = ProcessHandle.of(serverPid.get(0)).orElse(null);
        if (server != null) {
            server.onExit().get(30, TimeUnit.SECONDS);
        }
        // no TLC server or worker outlives the run
        assertTrue(ProcessHandle.current().descendants()
                .noneMatch(h -> h.info().commandLine().orElse("").contains("tlc2.tool.distributed")),
                "no distributed TLC process left behind");
    }

    private static boolean anyDistributedTlcAlive() {
        return ProcessHandle.current().descendants()
                .anyMatch(h -> h.isAlive() && h.info().commandLine().orElse("").contains("tlc2.tool.distributed"));
    }

    private static void awaitNoDistributedTlc() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (anyDistributedTlcAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertFalse(anyDistributedTlcAlive(), "a distributed TLC process outlived the run");
    }

    @Test
    void violationFoundByWorkersLeavesNoProcessBehind() throws Exception {
        Resources.copySpecs(dir, "Values.tla", "Values.cfg");
        CheckRequest req = CheckRequest.of(dir.resolve("Values.tla"), Tla2Tools.fromClasspath()).withWork(work, false)
                .withMode(new SearchMode.Distributed(freePort(), 2, "127.0.0.1"));
        CheckResult r = new TlcRunner().run(req, TlcRunner.SILENT);
        assertEquals(Outcome.SAFETY_FAILURE, r.outcome(), r.diagnostics().toString());
        assertEquals("Inv", r.violation().orElseThrow().property());
        awaitNoDistributedTlc();
    }

    @Test
    void cancellingADistributedRunEndsServerAndWorkers() throws Exception {
        Resources.copySpecs(dir, "Forever.tla", "Forever.cfg");
        CheckRequest req = CheckRequest.of(dir.resolve("Forever.tla"), Tla2Tools.fromClasspath()).withWork(work, false)
                .withMode(new SearchMode.Distributed(freePort(), 2, "127.0.0.1"));
        java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CompletableFuture<Object> done = new java.util.concurrent.CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                done.complete(new TlcRunner().run(req, new TlcRunner.Listener() {
                    @Override
                    public void event(TlcEvent e) {
                        if (e instanceof TlcEvent.Message m && m.code() == TlcCodes.DISTRIBUTED_WORKER_REGISTERED) {
                            ready.countDown();
                        }
                    }
                }));
            } catch (InterruptedException e) {
                done.complete(e);
            }
        });
        t.start();
        assertTrue(ready.await(120, TimeUnit.SECONDS), "a worker joined");
        assertTrue(anyDistributedTlcAlive());
        t.interrupt();
        Object outcome = done.get(60, TimeUnit.SECONDS);
        assertTrue(outcome instanceof InterruptedException, String.valueOf(outcome));
        awaitNoDistributedTlc();
    }
}
