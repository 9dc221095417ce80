package dev.lockstep.bridge.check;

import dev.lockstep.bridge.library.ModuleLibrary;
import dev.lockstep.bridge.Tla2Tools;
import dev.lockstep.bridge.process.ChildJvm;
import dev.lockstep.bridge.process.RunningJvm;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * TLC workers ({@code tlc2.tool.distributed.TLCWorker}) started on this machine for a distributed
 * run. Their output is drained so they never block; closing ends them all.
 */
public final class DistributedWorkers implements AutoCloseable {
    private final List<RunningJvm> workers = new ArrayList<>();

    /**
     * The child JVM of one worker joining the server at {@code host:port}, working in
     * {@code workDir} with a temp folder of its own there ({@link ChildJvm#ownTmpdir}): the local
     * workers of {@code check --distributed} and {@code lockstep worker} on another machine start
     * the same worker.
     */
    public static ChildJvm worker(Tla2Tools tools, String host, int port, Path workDir, String maxHeap) throws IOException {
        List<String> opts = new ArrayList<>(List.of("-XX:+UseParallelGC",
                "-Dtlc2.tool.distributed.TLCServer.port=" + port, ChildJvm.ownTmpdir(workDir)));
        if (maxHeap != null) {
            opts.add("-Xmx" + maxHeap);
        }
        return ChildJvm.of(ModuleLibrary.classpath(tools.classpath()), "tlc2.tool.distributed.TLCWorker", workDir)
                .withJvmOptions(opts).withArguments(List.of(host));
    }

    DistributedWorkers() {
    }

    void start(int count, Tla2Tools tools, int port, Path workDir, String maxHeap) throws IOException {
        for (int i = 0; i < count; i++) {
            RunningJvm w = worker(tools, "localhost", port, workDir, maxHeap).start();
            workers.add(w);
            drain(w.stdout(), "lockstep-worker-out-" + w.pid());
        }
    }

    List<Long> pids() {
        return workers.stream().map(RunningJvm::pid).toList();
    }

    private static void drain(InputStream in, String name) {
        Thread t = new Thread(() -> {
            try (in) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException closed) {
                // the worker ended
            }
        }, name);
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() {
        workers.forEach(RunningJvm::close);
    }
}
