package dev.lockstep.translator;

import dev.lockstep.bridge.ExitCode;
import dev.lockstep.bridge.check.AssumptionCheck;
import dev.lockstep.bridge.check.PlusCal;
import dev.lockstep.bridge.config.SpecFiles;
import dev.lockstep.bridge.config.TlcConfigReader;
import dev.lockstep.bridge.library.ModuleLibrary;
import dev.lockstep.bridge.process.ScratchDir;
import dev.lockstep.speclang.ParseResult;
import dev.lockstep.speclang.SpecParser;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.SourceRange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The steps of {@link Translator#generate(GenerateRequest)}, in order; each failure ends the run with its exit code. */
final class GeneratePipeline {
    private final GenerateRequest req;
    private final Path spec;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private GeneratePipeline(GenerateRequest req) {
        this.req = req;
        this.spec = req.spec();
    }

    static GenerateResult run(GenerateRequest req) throws InterruptedException {
        return new GeneratePipeline(req).run();
    }

    private GenerateResult run() throws InterruptedException {
        if (!Files.isRegularFile(spec)) {
            return fail(ExitCode.SPEC_ERROR, DiagnosticCode.LS001_FILE_NOT_FOUND, spec + ": no such spec file");
        }
        Path cfg = req.config().orElseGet(() -> {
            Path sibling = SpecFiles.defaultConfig(spec);
            return Files.isRegularFile(sibling) ? sibling : null;
        });
        String cfgText = "";
        Optional<ModelConfig> model = Optional.empty();
        String specText;
        try {
            if (cfg != null) {
                if (!Files.isRegularFile(cfg)) {
                    return fail(ExitCode.CONFIG_ERROR, DiagnosticCode.LS001_FILE_NOT_FOUND,
                            cfg + ": no such configuration file");
                }
                cfgText = Files.readString(cfg, StandardCharsets.UTF_8);
                TlcConfigReader.Parsed read = TlcConfigReader.parse(cfgText, cfg);
                diagnostics.addAll(read.diagnostics());
                if (read.hasErrors()) {
                    return done(ExitCode.CONFIG_ERROR, null);
                }
                model = Optional.of(ModelConfig.from(read.config()));
            }
            specText = Files.readString(spec, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return fail(ExitCode.SPEC_ERROR, DiagnosticCode.LS002_FILE_UNREADABLE, "cannot read " + e.getMessage());
        }
        Optional<ParseResult> parsed = parse(specText);
        if (parsed.isEmpty()) {
            return done(ExitCode.SPEC_ERROR, null);
        }
        Generation g = Translator.generate(parsed.get(), req.javaPackage(), model, cfgText, req.libraryDirs());
        diagnostics.addAll(g.diagnostics());
        if (g.diagnostics().stream().anyMatch(Diagnostic::isError)) {
            return done(ExitCode.SPEC_ERROR, g);
        }
        if (cfg != null) {
            // a model TLC refuses (a false ASSUME, exit 10) has no behaviour to project: refused as check refuses it
            try {
                Optional<Diagnostic> assumption = AssumptionCheck.firstFalse(req.tools(),
                        new ModuleLibrary(req.libraryDirs()), spec, cfg);
                if (assumption.isPresent()) {
                    diagnostics.add(assumption.get());
                    return done(ExitCode.VIOLATION_ASSUMPTION, null);
                }
            } catch (IOException e) {
                return fail(ExitCode.SYSTEM_ERROR, DiagnosticCode.LS601_TLC_ERROR,
                        "cannot evaluate the model's assumptions: " + e.getMessage());
            }
        }
        return done(ExitCode.SUCCESS, g);
    }

    /** The spec parsed, from a fresh PlusCal translation when the module's own is missing or stale; empty on errors. */
    private Optional<ParseResult> parse(String specText) throws InterruptedException {
        ParseResult parsed = SpecParser.parse(specText, spec);
        if (parsed.hasErrors() || !SpecParser.hasAlgorithm(specText)) {
            return ok(parsed);
        }
        PlusCal.Translation tr;
        Path scratch = null;
        try {
            scratch = ScratchDir.create(null, "generate");
            tr = PlusCal.translate(spec.toAbsolutePath(), req.tools(), scratch);
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(DiagnosticCode.LS301_PLUSCAL_TRANSLATION, SourceRange.at(spec, 0, 0),
                    "cannot run the PlusCal translator: " + e.getMessage()));
            return Optional.empty();
        } finally {
            if (scratch != null) {
                ScratchDir.deleteQuietly(scratch);
            }
        }
        if (tr.failed()) {
            diagnostics.addAll(tr.diagnostics());
            return Optional.empty();
        }
        if (tr.status() != PlusCal.Status.UNTRANSLATED && tr.status() != PlusCal.Status.STALE) {
            return Optional.of(parsed);
        }
        diagnostics.add(Diagnostic.warning(DiagnosticCode.LS302_PLUSCAL_STALE_TRANSLATION,
                parsed.algorithm().map(a -> a.range()).orElse(SourceRange.at(spec, 0, 0)),
                "the PlusCal translation in the file is " + (tr.status() == PlusCal.Status.STALE ? "out of date" : "missing")
                        + "; generating from a fresh translation (run 'lockstep translate " + spec + "' to keep it)"));
        return ok(SpecParser.parse(tr.translated().orElseThrow(), spec));
    }

    private Optional<ParseResult> ok(ParseResult parsed) {
        if (parsed.hasErrors()) {
            diagnostics.addAll(parsed.diagnostics());
            return Optional.empty();
        }
        return Optional.of(parsed);
    }

    private GenerateResult fail(ExitCode exit, DiagnosticCode code, String message) {
        diagnostics.add(Diagnostic.error(code, null, message));
        return done(exit, null);
    }

    /** The result: {@code g}'s files (none without one) with every diagnostic of the run. */
    private GenerateResult done(ExitCode exit, Generation g) {
        return new GenerateResult(g == null
                ? new Generation(List.of(), "", List.of(), List.of(), diagnostics, Generation.Typing.NONE)
                : new Generation(g.files(), g.specSha256(), g.actions(), g.untranslated(), diagnostics, g.typing()), exit);
    }
}
