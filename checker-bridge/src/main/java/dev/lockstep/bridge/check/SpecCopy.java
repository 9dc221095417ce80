package dev.lockstep.bridge.check;

import dev.lockstep.bridge.Tla2Tools;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.SourceRange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The copy of a spec that the TLA+ tools are given, the same for {@code check} and
 * {@code validate}: the modules of the spec's folder copied into a scratch folder, and, when the
 * root module's PlusCal algorithm has no translation or a stale one, a fresh translation written
 * into the copy (with a warning; the user's file is never touched).
 *
 * @param spec        the root module in the scratch folder
 * @param diagnostics the warning about the translation, or the translator's errors
 */
public record SpecCopy(Path spec, List<Diagnostic> diagnostics) {
    public SpecCopy {
        diagnostics = List.copyOf(diagnostics);
    }

    /** Whether the spec cannot be used (the translator reported errors). */
    public boolean failed() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /**
     * Copies the modules of {@code spec}'s folder into {@code model} and translates PlusCal in
     * {@code scratch} (a folder of its own) when the file's translation is missing or stale.
     */
    public static SpecCopy prepare(Path spec, Tla2Tools tools, Path model, Path scratch)
            throws IOException, InterruptedException {
        Path abs = spec.toAbsolutePath().normalize();
        Files.createDirectories(model);
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(abs.getParent(), "*.tla")) {
            for (Path p : ds) {
                if (Files.isRegularFile(p)) {
                    Files.copy(p, model.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Path copy = model.resolve(abs.getFileName());
        PlusCal.Translation tr = PlusCal.translate(abs, tools, scratch);
        if (tr.failed()) {
            return new SpecCopy(copy, tr.diagnostics());
        }
        if (tr.status() == PlusCal.Status.UNTRANSLATED || tr.status() == PlusCal.Status.STALE) {
            Files.writeString(copy, tr.translated().orElseThrow(), StandardCharsets.UTF_8);
            return new SpecCopy(copy, List.of(Diagnostic.warning(DiagnosticCode.LS302_PLUSCAL_STALE_TRANSLATION,
                    SourceRange.at(abs, 0, 0), (tr.status() == PlusCal.Status.STALE
                            ? "the PlusCal translation is out of date" : "the PlusCal algorithm has no translation")
                            + "; using a translated scratch copy (run 'lockstep translate " + abs.getFileName()
                            + "' to update the file)")));
        }
        return new SpecCopy(copy, List.of());
    }
}
