// Created by `lockstep generate` from ReplicatedKV.tla. This file is yours:
// lockstep creates it once and never overwrites it.
package com.example.kv;

import dev.lockstep.runtime.choice.RandomChoice;
import dev.lockstep.runtime.machine.StepRunner;
import dev.lockstep.runtime.trace.NativeLogCodec;
import dev.lockstep.runtime.trace.NdjsonTraceSink;
import dev.lockstep.runtime.trace.TraceWriter;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The wiring: runs ReplicatedKV under a seeded random scheduler and writes every step
 * to a native log that `lockstep validate ReplicatedKV.tla --trace FILE` checks.
 * Usage: ReplicatedKVMain [steps] [seed] [log file]
 */
public final class ReplicatedKVMain {
    private ReplicatedKVMain() {
    }

    public static void main(String[] args) throws IOException {
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1L;
        Path log = Path.of(args.length > 2 ? args[2] : "ReplicatedKV.ndjson");
        ReplicatedKVConstants constants = ReplicatedKVConstants.fromConfig();
        ReplicatedKV spec = new ReplicatedKV(constants);
        try (TraceWriter writer = TraceWriter.to(NdjsonTraceSink.create(log, NativeLogCodec.plain())).build()) {
            StepRunner<ReplicatedKVState> runner = new StepRunner<>(spec, new RandomChoice(seed), writer);
            runner.start();
            int taken = runner.run(steps);
            System.out.println(taken + " steps of " + spec.specName() + " logged to " + log);
        }
    }
}
