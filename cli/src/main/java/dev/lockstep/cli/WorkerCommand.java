package dev.lockstep.cli;

import dev.lockstep.bridge.ExitCode;
import dev.lockstep.bridge.check.DistributedWorkers;
import dev.lockstep.bridge.process.ChildJvm;
import dev.lockstep.bridge.process.RunningJvm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lockstep worker HOST}: joins a distributed check ({@code lockstep check --distributed})
 * as one of TLC's own workers ({@code tlc2.tool.distributed.TLCWorker}), until the server finishes.
 */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = "Join a distributed check (lockstep check --distributed) running on HOST as a TLC worker.")
final class WorkerCommand implements Callable<Integer> {
    private final CliContext ctx;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "HOST", description = "Where the TLC server runs.")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "10997", description = "The server's port (default: 10997).")
    int port;

    @Option(names = "--max-heap", paramLabel = "SIZE", description = "The worker's maximum heap, e.g. 4g.")
    String maxHeap;

    @Mixin
    ToolsOption tools = new ToolsOption();

    WorkerCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 1 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 1 and 65535");
        }
        if (maxHeap != null && !maxHeap.matches("\\d+[kKmMgG]?")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-heap takes a size such as 512m or 4g");
        }
        Path tmp = dev.lockstep.bridge.process.ScratchDir.create(null, "worker");
        ChildJvm jvm = DistributedWorkers.worker(tools.resolve(ctx), host, port, tmp, maxHeap);
        ctx.err().println("lockstep: joining the TLC server at " + host + ":" + port);
        ctx.err().flush();
        int exit;
        boolean sawError = false;
        try (RunningJvm w = jvm.start();
             BufferedReader r = new BufferedReader(new InputStreamReader(w.stdout(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                ctx.err().println("worker: " + line);
                ctx.err().flush();
                sawError |= line.contains("Exception") || line.startsWith("Error");
            }
            exit = w.waitFor();
        } finally {
            dev.lockstep.bridge.process.ScratchDir.deleteTree(tmp);
        }
        if (exit != 0 || sawError && exit != 0) {
            throw new UserError(ExitCode.SYSTEM_ERROR, "the TLC worker failed (exit code " + exit
                    + "); is 'lockstep check --distributed' running on " + host + " with --port " + port + "?");
        }
        return ExitCode.SUCCESS.code();
    }
}
