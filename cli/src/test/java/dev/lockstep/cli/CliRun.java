package dev.lockstep.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** Runs the CLI in-process and captures what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(String... args) {
        return runWithEnv(Map.of(), args);
    }

    static CliRun runWithEnv(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Main(new PrintWriter(out, true), new PrintWriter(err, true), new ByteArrayInputStream(new byte[0]), env)
                .run(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The repository root (tests run in the cli module's folder). */
    static Path repoRoot() {
        Path here = Path.of("").toAbsolutePath();
        return here.getFileName().toString().equals("cli") ? here.getParent() : here;
    }
}
