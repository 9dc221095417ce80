package dev.lockstep.cli;

import dev.lockstep.bridge.ExitCode;
import dev.lockstep.bridge.check.AssumptionCheck;
import dev.lockstep.bridge.library.ModuleLibrary;
import dev.lockstep.bridge.config.TlcConfigReader;
import dev.lockstep.bridge.config.SpecFiles;
import dev.lockstep.bridge.check.PlusCal;
import dev.lockstep.speclang.ParseResult;
import dev.lockstep.speclang.SpecParser;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.SourceRange;
import dev.lockstep.translator.Generation;
import dev.lockstep.translator.ModelConfig;
import dev.lockstep.translator.OutputDirectory;
import dev.lockstep.translator.Translator;
import dev.lockstep.translator.UserCodeCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * longer compile. {@code --check} writes nothing and exits 3 when the generated code is stale. A
 * model whose ASSUME is false is refused with exit 10, as check refuses it ({@link AssumptionCheck}).
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
        if (!Files.isRegularFile(specFile)) {
            throw new UserError(ExitCode.SPEC_ERROR, specFile + ": error: no such spec file");
        }
        DiagnosticPrinter printer = new DiagnosticPrinter(ctx.err());
        String specText = Files.readString(specFile, StandardCharsets.UTF_8);
        Path cfg = config != null ? config : siblingConfig(specFile);
        String cfgText = "";
        Optional<ModelConfig> model = Optional.empty();
        if (cfg != null) {
            if (!Files.isRegularFile(cfg)) {
                throw new UserError(ExitCode.CONFIG_ERROR, cfg + ": error: no such configuration file");
            }
            cfgText = Files.readString(cfg, StandardCharsets.UTF_8);
            TlcConfigReader.Parsed read = TlcConfigReader.parse(cfgText, cfg);
            printer.printAll(read.diagnostics());
            if (read.hasErrors()) {
                return ExitCode.CONFIG_ERROR.code();
            }
            model = Optional.of(ModelConfig.from(read.config()));
        }
        ParseResult parsed = parse(specText, printer);
        if (parsed == null) {
            return ExitCode.SPEC_ERROR.code();
        }
        ModuleLibrary modules = library.resolve(ctx);
        Generation g = Translator.generate(parsed, javaPackage, model, cfgText, modules.userDirs());
        printer.printAll(g.diagnostics());
        if (g.diagnostics().stream().anyMatch(Diagnostic::isError)) {
            return ExitCode.SPEC_ERROR.code();
        }
        if (cfg != null) {
            // a model TLC refuses (a false ASSUME) has no behaviour to project: refused as check refuses it
            Optional<Diagnostic> assumption = AssumptionCheck.firstFalse(tools.resolve(ctx), modules, specFile, cfg);
            if (assumption.isPresent()) {
                printer.print(assumption.get());
                return ExitCode.VIOLATION_ASSUMPTION.code();
            }
        }
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

    /** Parses the spec, translating its PlusCal algorithm first when the module's translation is missing or stale. */
    private ParseResult parse(String specText, DiagnosticPrinter printer) throws IOException, InterruptedException {
        ParseResult parsed = SpecParser.parse(specText, specFile);
        if (parsed.hasErrors()) {
            printer.printAll(parsed.diagnostics());
            return null;
        }
        if (!PlusCal.hasAlgorithm(specText)) {
            return parsed;
        }
        Path scratch = dev.lockstep.bridge.process.ScratchDir.create(null, "generate");
        PlusCal.Translation tr;
        try {
            tr = PlusCal.translate(specFile.toAbsolutePath(), tools.resolve(ctx), scratch);
        } finally {
            dev.lockstep.bridge.process.ScratchDir.deleteTree(scratch);
        }
        if (tr.failed()) {
            printer.printAll(tr.diagnostics());
            return null;
        }
        if (tr.status() == PlusCal.Status.UNTRANSLATED || tr.status() == PlusCal.Status.STALE) {
            ctx.err().println(specFile + ": warning: the PlusCal translation in the file is "
                    + (tr.status() == PlusCal.Status.STALE ? "out of date" : "missing")
                    + "; generating from a fresh translation (run 'lockstep translate " + specFile + "' to keep it)");
            ParseResult fresh = SpecParser.parse(tr.translated().orElseThrow(), specFile);
            if (fresh.hasErrors()) {
                printer.printAll(fresh.diagnostics());
                return null;
            }
            return fresh;
        }
        return parsed;
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

    private static Path siblingConfig(Path spec) {
        Path cfg = SpecFiles.defaultConfig(spec);
        return Files.isRegularFile(cfg) ? cfg : null;
    }
}
