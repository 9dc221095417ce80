package dev.lockstep.cli;

import dev.lockstep.bridge.ExitCode;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.SourceRange;
import dev.lockstep.translator.GenerateRequest;
import dev.lockstep.translator.GenerateResult;
import dev.lockstep.translator.Generation;
import dev.lockstep.translator.OutputDirectory;
import dev.lockstep.translator.Translator;
import dev.lockstep.translator.UserCodeCheck;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lockstep generate SPEC.tla --package P --out DIR [--config CFG] [--check]}: projects the
 * spec into Java skeletons (see {@link Translator}). Generated classes are rewritten; the classes
 * the user owns are created once, and after a regeneration the command says which of them no
 * longer compile. {@code --check} writes nothing and exits 3 when the generated code is stale.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate Java skeletons (state, guards, effects, step runner wiring) from a spec.")
final class GenerateCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Parameters(index = "0", paramLabel = "SPEC", description = "The spec (.tla); PlusCal is translated first.")
    Path specFile;

    @Option(names = "--package", required = true, paramLabel = "PKG", description = "Java package, e.g. com.acme.bank.")
    String javaPackage;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Source root to write into.")
    Path out;

    @Option(names = "--config", paramLabel = "CFG",
            description = "Model configuration for constant values (default: SPEC.cfg beside the spec, if any).")
    Path config;

    @Option(names = "--check", description = "Write nothing; exit 3 if the generated code is missing or stale (for CI).")
    boolean check;

    @Mixin
    ToolsOption tools = new ToolsOption();
    @Mixin
    LibraryOption library = new LibraryOption();

    GenerateCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!dev.lockstep.translator.emit.JavaNames.isValidPackage(javaPackage)) {
            throw new UserError(ExitCode.USAGE, "'" + javaPackage + "' is not a valid Java package name");
        }
        DiagnosticPrinter printer = new DiagnosticPrinter(ctx.err());
        GenerateResult result = Translator.generate(GenerateRequest.of(specFile, javaPackage, tools.resolve(ctx))
                .withConfig(config).withLibrary(library.resolve(ctx).userDirs()));
        printer.printAll(result.diagnostics());
        if (!result.succeeded()) {
            return result.exitCode().code();
        }
        Generation g = result.generation();
        OutputDirectory dir = new OutputDirectory(out);
        if (check) {
            List<OutputDirectory.Stale> stale;
            try {
                stale = dir.check(g);
            } catch (IOException e) {
                throw new UserError(ExitCode.SYSTEM_ERROR, out + ": error: cannot read the generated code: " + e, e);
            }
            if (stale.isEmpty()) {
                ctx.out().println(out + ": generated code is up to date with " + specFile);
                return ExitCode.SUCCESS.code();
            }
            for (OutputDirectory.Stale s : stale) {
                ctx.err().println(s.path() + ": error: " + s.reason());
            }
            ctx.err().println("run 'lockstep generate " + specFile + " --package " + javaPackage + " --out " + out
                    + "' to regenerate");
            return ExitCode.GENERATED_STALE.code();
        }
        List<OutputDirectory.Entry> entries;
        try {
            entries = dir.write(g);
        } catch (IOException e) {
            throw new UserError(ExitCode.SYSTEM_ERROR, out + ": error: cannot write the generated code: " + e, e);
        }
        for (OutputDirectory.Entry e : entries) {
            ctx.out().printf("%-9s %s%n", e.outcome().name().toLowerCase(), e.path());
        }
        ctx.out().println(g.actions().size() + " actions (" + String.join(", ", g.actions()) + "); "
                + (g.untranslated().isEmpty() ? "everything translated"
                : g.untranslated().size() + " left for you to implement: " + String.join(", ", g.untranslated())));
        ctx.out().println(g.typing().summary());
        boolean keptUserFiles = entries.stream().anyMatch(e -> e.outcome() == OutputDirectory.Outcome.KEPT);
        if (keptUserFiles) {
            reportBrokenUserCode(entries, printer);
        }
        return ExitCode.SUCCESS.code();
    }

    private void reportBrokenUserCode(List<OutputDirectory.Entry> entries, DiagnosticPrinter printer) {
        Optional<List<UserCodeCheck.Problem>> problems = UserCodeCheck.compile(entries, System.getProperty("java.class.path"));
        if (problems.isEmpty()) {
            ctx.err().println("note: no Java compiler in this runtime; cannot tell whether your classes still compile");
            return;
        }
        List<Diagnostic> diags = new ArrayList<>();
        for (UserCodeCheck.Problem p : problems.get()) {
            diags.add(Diagnostic.warning(DiagnosticCode.LS703_USER_CODE_BROKEN,
                    SourceRange.at(p.file(), Math.max(0, p.line() - 1), Math.max(0, p.column() - 1)),
                    "your class no longer compiles against the regenerated code: " + p.message()));
        }
        printer.printAll(diags);
    }
}
