package dev.lockstep.bridge.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
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
}
