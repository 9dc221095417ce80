package dev.lockstep.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The entry point. {@link #run} is what tests call; only {@link #main} calls {@code System.exit}.
 */
public final class Main {
    private final PrintWriter out;
    private final PrintWriter err;
    private final InputStream in;
    private final Map<String, String> env;

    public Main(PrintWriter out, PrintWriter err, InputStream in, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.in = in;
        this.env = env;
    }

    /** Runs one command line and returns its exit code. */
    public int run(String... args) {
        return LockstepCommand.execute(new CliContext(out, err, in, env), args);
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = new Main(out, err, System.in, System.getenv()).run(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
