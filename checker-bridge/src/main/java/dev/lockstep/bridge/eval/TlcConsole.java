package dev.lockstep.bridge.eval;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * TLC's console in a child JVM that answers over its own channel: TLC and SANY print to
 * {@code System.out}, so while a host loads a model or evaluates with TLC, their output is held
 * back, handed to the failure handler when the work throws, and afterwards copied to standard
 * error, which {@code System.out} then stays. The one place that does this for every host (the
 * one-shot evaluators' {@link ModelHost}, trace-validator's evaluator host).
 */
public final class TlcConsole {
    /** Work done with TLC. */
    public interface Work<T> {
        T run() throws Exception;
    }

    /** What a host answers when the work threw, given what TLC printed meanwhile. */
    public interface Failure<T> {
        T handle(Throwable thrown, String tlcOutput) throws IOException;
    }

    private TlcConsole() {
    }

    /** Runs {@code work} with TLC's output held back; when it throws, the answer is {@code failure}'s. */
    public static <T> T held(Work<T> work, Failure<T> failure) throws IOException {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setOut(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            return work.run();
        } catch (Exception | Error e) {
            return failure.handle(e, log.toString(StandardCharsets.UTF_8));
        } finally {
            System.err.print(log.toString(StandardCharsets.UTF_8));
            System.setOut(System.err);
        }
    }
}
