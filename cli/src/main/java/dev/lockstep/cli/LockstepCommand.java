package dev.lockstep.cli;

import dev.lockstep.bridge.ExitCode;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The root {@code lockstep} command. Subcommands parse their options and delegate to the modules;
 * exit codes come from {@link ExitCode}.
 */
@Command(name = "lockstep",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Keeps a TLA+/PlusCal spec and its Java implementation in lockstep.",
        footer = {"", "Exit codes: 0 ok, 2 usage, 3 generated code stale, 10 assumption, 11 deadlock, 12 safety,",
                "13 liveness, 14 assert, 20 log does not conform, 21 malformed log, 150 spec error,",
                "151 config error, 153 system error. See README.md, section Exit codes."})
public final class LockstepCommand implements Runnable {

    /** Every subcommand, built from the context. Add new commands here. */
    private static final List<Function<CliContext, Object>> SUBCOMMANDS = List.of(
            CheckCommand::new,
            TranslateCommand::new,
            ParseCommand::new,
            GenerateCommand::new,
            ValidateCommand::new,
            LspCommand::new,
            WorkerCommand::new);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Set wherever {@code --debug} appears: an inherited option writes the root command's field. */
    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show stack traces and internal details on failure.")
    boolean debug;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }

    /** Parses {@code args}, runs the chosen command and returns its exit code. */
    static int execute(CliContext ctx, String... args) {
        // a validate line's evaluator host starts while picocli sets up and parses (about 0.15 s)
        try (ValidateGuess guess = ValidateGuess.start(ctx, args)) {
            return execute(ctx, guess, args);
        }
    }

    private static int execute(CliContext ctx, ValidateGuess guess, String... args) {
        LockstepCommand root = new LockstepCommand();
        CommandLine cl = new CommandLine(root);
        for (Function<CliContext, Object> sub : SUBCOMMANDS) {
            Object command = sub.apply(ctx);
            if (command instanceof ValidateCommand v) {
                v.guessed(guess);
            }
            cl.addSubcommand(command);
        }
        cl.setOut(ctx.out());
        cl.setErr(ctx.err());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, a) -> {
            ctx.err().println("lockstep: error: " + ex.getMessage());
            CommandLine c = ex.getCommandLine();
            ctx.err().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            ctx.err().flush();
            return ExitCode.USAGE.code();
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof UserError ue) {
                ctx.err().println(ue.render());
                if (root.debug) {
                    ex.printStackTrace(ctx.err());
                }
                ctx.err().flush();
                return ue.exitCode().code();
            }
            ctx.err().println("lockstep: error: internal error: " + ex);
            if (root.debug) {
                ex.printStackTrace(ctx.err());
            } else {
                ctx.err().println("(run again with --debug for the stack trace; please report it)");
            }
            ctx.err().flush();
            return ExitCode.SYSTEM_ERROR.code();
        });
        int code = cl.execute(args);
        ctx.out().flush();
        ctx.err().flush();
        return code;
    }
}
