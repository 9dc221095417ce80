import dev.lockstep.runtime.choice.RandomChoice;
import dev.lockstep.runtime.machine.SpecMachine;
import dev.lockstep.runtime.machine.StepRunner;
import dev.lockstep.runtime.trace.NativeLogCodec;
import dev.lockstep.runtime.trace.NdjsonTraceSink;
import dev.lockstep.runtime.trace.TraceEvent;
import dev.lockstep.runtime.trace.TraceSink;
import dev.lockstep.runtime.trace.TraceWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Steps per second of generated code (one spec, seeded random scheduler), without logging
 * (baseline: a sink that drops events) and with the native log written to a file. Prints both
 * and the ratio. Usage: GenerateBench CLASSES PACKAGE TYPE STEPS
 */
public final class GenerateBench {
    public static void main(String[] args) throws Exception {
        ClassLoader loader = new URLClassLoader(new URL[] {Path.of(args[0]).toUri().toURL()},
                GenerateBench.class.getClassLoader());
        String pkg = args[1];
        String type = args[2];
        int steps = Integer.parseInt(args[3]);
        Object constants = loader.loadClass(pkg + "." + type + "Constants").getMethod("fromConfig").invoke(null);
        @SuppressWarnings("unchecked")
        SpecMachine<Object> m = (SpecMachine<Object>) loader.loadClass(pkg + "." + type)
                .getConstructor(constants.getClass()).newInstance(constants);
        Path log = Files.createTempFile("bench-", ".ndjson");
        TraceSink drop = new TraceSink() {
            @Override
            public void accept(TraceEvent event) {
            }
        };
        for (int warm = 0; warm < 3; warm++) {
            run(m, TraceWriter.to(drop).build(), steps / 4);
            run(m, TraceWriter.to(NdjsonTraceSink.create(log, NativeLogCodec.plain())).build(), steps / 4);
        }
        double base = run(m, TraceWriter.to(drop).build(), steps);
        double logged = run(m, TraceWriter.to(NdjsonTraceSink.create(log, NativeLogCodec.plain())).lamportClock().build(), steps);
        System.out.printf("%s: %d steps per run (restarting from Init when no action is enabled)%n", type, steps);
        System.out.printf("baseline (events dropped):       %,10.0f steps/s%n", base);
        System.out.printf("native log to a file (NDJSON):   %,10.0f steps/s   (%d bytes)%n", logged, Files.size(log));
        System.out.printf("ratio logged/baseline:           %10.2f%n", logged / base);
        Files.deleteIfExists(log);
    }

    private static double run(SpecMachine<Object> m, TraceWriter w, int steps) {
        long t0 = System.nanoTime();
        int done = 0;
        try (w) {
            StepRunner<Object> r = new StepRunner<>(m, new RandomChoice(1), w);
            r.start();
            while (done < steps) {
                if (r.step()) {
                    done++;
                } else {
                    r.start();
                }
            }
        }
        return done / ((System.nanoTime() - t0) / 1e9);
    }
}
