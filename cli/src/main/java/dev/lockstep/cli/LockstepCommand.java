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

    /** Every subcommand: its class and how it is built from the context. Add new commands here. */
    private static final List<Sub> SUBCOMMANDS = List.of(
            new Sub(CheckCommand.class, CheckCommand::new),
            new Sub(TranslateCommand.class, TranslateCommand::new),
            new Sub(ParseCommand.class, ParseCommand::new),
            new Sub(GenerateCommand.class, GenerateCommand::new),
            new Sub(ValidateCommand.class, ValidateCommand::new),
            new Sub(LspCommand.class, LspCommand::new),
            new Sub(WorkerCommand.class, WorkerCommand::new));

    private record Sub(Class<?> type, Function<CliContext, Object> make) {
        /** The name the command line gives it ({@code @Command(name)}). */
        String name() {
            return type.getAnnotation(Command.class).name();
        }
    }

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

    /**
     * The subcommand {@code args} name, when their first argument other than {@code --debug} is one
     * of {@link #SUBCOMMANDS}' names; else null (no subcommand, the root's help or version, a name
     * picocli reports as unknown), and then every subcommand is set up. picocli builds each
     * subcommand's model by reflection over its options when it is added, about 0.1 CPU s for all
     * of them in a fresh JVM (JFR: a quarter of the CLI's main thread on a short validate), all
     * spent before the named one runs (docs/performance.md, validate, session 19).
     */
    static String subcommandNamed(String... args) {
        for (String a : args) {
            if (!a.equals("--debug")) {
                for (Sub sub : SUBCOMMANDS) {
                    if (a.equals(sub.name())) {
                        return a;
                    }
                }
                return null;
            }
        }
        return null;
    }

    private static int execute(CliContext ctx, ValidateGuess guess, String... args) {
        LockstepCommand root = new LockstepCommand();
        CommandLine cl = new CommandLine(root);
        String named = subcommandNamed(args);
        for (Sub sub : SUBCOMMANDS) {
            if (named != null && !named.equals(sub.name())) {
                continue;   // a line that names its subcommand gets that one only: see subcommandNamed
            }
            Object command = sub.make().apply(ctx);
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
