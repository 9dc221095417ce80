package dev.lockstep.cli;

import dev.lockstep.validator.HostGuess;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * For a {@code validate} command line, the direct engine's evaluator host started on a thread of
 * its own before picocli parses the line ({@link HostGuess}): the spec guessed as the first
 * existing {@code .tla} file among the arguments, the logs as every other existing file but a
 * {@code .cfg}. Only a performance hint: whatever the guess, {@link ValidateCommand} validates what
 * the parsed options say, and takes the host only when it is the one it would start. No guess is
 * made for options that change the host or the engine ({@link #UNGUESSED}), nor without a spec and
 * a log among the arguments.
 */
final class ValidateGuess implements AutoCloseable {
    /** Options whose values change the host's launch or the engine: the guess would not be taken. */
    static final Set<String> UNGUESSED = Set.of("--tla2tools", "--library", "--mapping", "--engine",
            "--unlogged-action", "-h", "--help", "-V", "--version");

    private final Thread thread;
    private volatile HostGuess guess;

    private ValidateGuess(CliContext ctx, Path spec, List<Path> logs) {
        thread = new Thread(() -> {
            try {
                guess = HostGuess.start(ValidateCommand.validator(ctx, new ToolsOption(), new LibraryOption()), spec, logs);
            } catch (Exception e) {
                // no guess: the command starts its host after parsing, as without one
            }
        }, "lockstep-host-guess");
        thread.setDaemon(true);
    }

    /** The guess for {@code args}, started; null when they are no {@code validate} line to guess for. */
    static ValidateGuess start(CliContext ctx, String[] args) {
        int at = 0;
        while (at < args.length && args[at].startsWith("-")) {
            at++;
        }
        if (at == args.length || !"validate".equals(args[at])) {
            return null;
        }
        Path spec = null;
        List<Path> logs = new ArrayList<>();
        for (int i = at + 1; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("-")) {
                int eq = a.indexOf('=');
                if (UNGUESSED.contains(eq < 0 ? a : a.substring(0, eq))) {
                    return null;
                }
                continue;
            }
            Path p;
            try {
                p = Path.of(a);
            } catch (InvalidPathException e) {
                continue;
            }
            if (!Files.isRegularFile(p)) {
                continue;
            }
            if (a.endsWith(".tla")) {
                spec = spec == null ? p : spec;
            } else if (!a.endsWith(".cfg")) {
                logs.add(p);
            }
        }
        if (spec == null || logs.isEmpty()) {
            return null;
        }
        ValidateGuess g = new ValidateGuess(ctx, spec, logs);
        g.thread.start();
        return g;
    }

    /** The started host's guess, or null when starting it failed. */
    HostGuess get() throws InterruptedException {
        thread.join();
        return guess;
    }

    /** Ends the guessed host and removes its work directory, unless a validation took them. */
    @Override
    public void close() {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (guess != null) {
            guess.close();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
