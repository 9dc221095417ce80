package dev.lockstep.bridge.check;

import dev.lockstep.bridge.Tla2Tools;
import dev.lockstep.bridge.TlcFeatures;
import dev.lockstep.bridge.config.TlcConfigReader;
import dev.lockstep.bridge.trace.TraceState;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.SourceRange;
import dev.lockstep.speclang.print.AsciiCopy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The spec as TLC reads it, materialized in a work directory: every module beside the spec copied
 * into {@code model/}, an untranslated or stale PlusCal algorithm translated there, and each module
 * that uses TLA+'s Unicode symbols handed over as its {@link AsciiCopy} (the TLA+ tools of TLC 2.18
 * predate them; the copy is harmless for a newer TLC). The one place that prepares a spec for TLC;
 * it also maps every location TLC or SANY reports in a copy back into the user's file.
 */
public final class ModelCopy implements Positions {
    private final Path specDir;
    private final Path modelDir;
    private final Map<String, AsciiCopy> converted;
    private final List<Diagnostic> warnings;
    private final List<Diagnostic> errors;

    private ModelCopy(Path specDir, Path modelDir, Map<String, AsciiCopy> converted, List<Diagnostic> warnings,
                      List<Diagnostic> errors) {
        this.specDir = specDir;
        this.modelDir = modelDir;
        this.converted = converted;
        this.warnings = List.copyOf(warnings);
        this.errors = List.copyOf(errors);
    }

    /**
     * Copies the modules beside {@code spec} (absolute) into {@code modelDir}, translating PlusCal
     * (in {@code scratch}) and converting Unicode. Translator errors come back in {@link #errors()}.
     */
    public static ModelCopy materialize(Path spec, Tla2Tools tools, Path modelDir, Path scratch)
            throws IOException, InterruptedException {
        Path specDir = spec.getParent();
        Map<String, AsciiCopy> converted = new HashMap<>();
        List<Diagnostic> warnings = new ArrayList<>();
        List<Diagnostic> errors = new ArrayList<>();
        Files.createDirectories(modelDir);
        PlusCal.Translation tr = PlusCal.translate(spec, tools, scratch);
        if (tr.failed()) {
            errors.addAll(tr.diagnostics());
        } else if (tr.status() == PlusCal.Status.UNTRANSLATED || tr.status() == PlusCal.Status.STALE) {
            warnings.add(Diagnostic.warning(DiagnosticCode.LS302_PLUSCAL_STALE_TRANSLATION, SourceRange.at(spec, 0, 0),
                    (tr.status() == PlusCal.Status.STALE ? "the PlusCal translation is out of date" : "the PlusCal algorithm has no translation")
                            + "; checking a translated scratch copy (run 'lockstep translate " + spec.getFileName() + "' to update the file)"));
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(specDir, "*.tla")) {
            for (Path p : ds) {
                if (!Files.isRegularFile(p)) {
                    continue;
                }
                String text = p.getFileName().equals(spec.getFileName()) && tr.translated().isPresent()
                        && tr.status() != PlusCal.Status.UP_TO_DATE
                        ? tr.translated().get() : Files.readString(p, StandardCharsets.UTF_8);
                AsciiCopy ascii = AsciiCopy.of(text);
                if (ascii.changed()) {
                    converted.put(moduleName(p), ascii);
                }
                Files.writeString(modelDir.resolve(p.getFileName()), ascii.text(), StandardCharsets.UTF_8);
            }
        }
        return new ModelCopy(specDir, modelDir, converted, warnings, errors);
    }

    /**
     * The model configuration {@code config} as the TLC of {@code tools} reads it, written beside the
     * copies: on a TLC without {@code ALIAS} (the bundled 2.18) the alias is blanked out, as check
     * does ({@link AliasEvaluation#withoutAlias}; every line keeps its number and column, so what TLC
     * reports about the copy is where it is in {@code config}). A configuration that does not parse
     * is copied as it is, for TLC to report. For runs that show no aliased trace (validate).
     */
    public Path config(Path config, Tla2Tools tools) throws IOException {
        String text = Files.readString(config, StandardCharsets.UTF_8);
        TlcConfigReader.Parsed parsed = TlcConfigReader.parse(text, config);
        if (!parsed.hasErrors() && parsed.config().alias().isPresent()
                && !TlcFeatures.of(tools).has(TlcFeatures.Feature.ALIAS)) {
            text = AliasEvaluation.withoutAlias(text, parsed.config().alias().get().range());
        }
        Path out = modelDir.resolve(config.getFileName().toString().replaceFirst("\\.cfg$", "") + ".lockstep.cfg");
        Files.writeString(out, text, StandardCharsets.UTF_8);
        return out;
    }

    /** Whether a module in {@code specDir} uses TLA+'s Unicode symbols (so tools of TLC 2.18 need a copy). */
    public static boolean usesUnicode(Path specDir) throws IOException {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(specDir, "*.tla")) {
            for (Path p : ds) {
                if (Files.isRegularFile(p) && AsciiCopy.hasSymbols(Files.readString(p, StandardCharsets.UTF_8))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Warnings about the copy (a stale PlusCal translation), to show before TLC runs. */
    public List<Diagnostic> warnings() {
        return warnings;
    }

    /** Errors that stop the run (the PlusCal translator rejected the algorithm). */
    public List<Diagnostic> errors() {
        return errors;
    }

    /** The folder of copies TLC reads. */
    public Path modelDir() {
        return modelDir;
    }

    /** Whether module {@code name} was handed to TLC as an ASCII copy. */
    public boolean converted(String module) {
        return converted.containsKey(module);
    }

    /** The user's file of module {@code name}, or null when it is not beside the spec. */
    public Path fileOfModule(String module) {
        Path f = specDir.resolve(module + ".tla");
        return Files.exists(f) ? f : null;
    }

    /**
     * The errors in SANY's report ({@code lines}, as SANY printed them while TLC or another child
     * loaded this copy), located in the user's files and columns.
     */
    public List<Diagnostic> sanyErrors(List<String> lines) {
        return SanyOutput.diagnostics(lines, this::fileOfModule, this::original, this).stream()
                .filter(Diagnostic::isError).toList();
    }

    /** The user's path of a file in the copy folder; other paths are returned as they are. */
    public Path original(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path model = modelDir.toAbsolutePath().normalize();
        return abs.startsWith(model) ? specDir.resolve(model.relativize(abs).toString()) : p;
    }

    /**
     * A range TLC or SANY reports in module {@code module} (1-based lines and columns, end column
     * inclusive, as TLC prints them) as a range in the user's {@code file}.
     */
    @Override
    public SourceRange range(Path file, String module, int line, int column, int endLine, int endColumn) {
        AsciiCopy c = module == null ? null : converted.get(module);
        int l0 = Math.max(0, line - 1);
        int c0 = Math.max(0, column - 1);
        int l1 = Math.max(0, endLine - 1);
        if (c == null) {
            return AS_WRITTEN.range(file, module, line, column, endLine, endColumn);
        }
        return SourceRange.of(file, l0, c.originalColumn(l0, c0), l1, c.originalEndColumn(l1, Math.max(0, endColumn)));
    }

    /** A 1-based point TLC or SANY reports in a copy of {@code module}, in the user's {@code file}. */
    @Override
    public SourceRange at(Path file, String module, int line, int column) {
        AsciiCopy c = module == null ? null : converted.get(module);
        int l0 = Math.max(0, line - 1);
        int c0 = Math.max(0, column - 1);
        return SourceRange.at(file, l0, c == null ? c0 : c.originalColumn(l0, c0));
    }

    /** An action's location as TLC printed it for a copy, in the user's columns (still 1-based). */
    @Override
    public TraceState.ActionLocation location(TraceState.ActionLocation l) {
        AsciiCopy c = l == null ? null : converted.get(l.module());
        if (c == null) {
            return l;
        }
        int start = c.originalColumn(l.line() - 1, l.column() - 1) + 1;
        int end = c.originalEndColumn(l.endLine() - 1, l.endColumn());
        return new TraceState.ActionLocation(l.module(), l.line(), start, l.endLine(), end);
    }

    static String moduleName(Path file) {
        return file.getFileName().toString().replaceFirst("\\.tla$", "");
    }
}
