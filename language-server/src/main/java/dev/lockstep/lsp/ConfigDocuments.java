package dev.lockstep.lsp;

import dev.lockstep.bridge.config.ConstantEntry;
import dev.lockstep.bridge.config.Named;
import dev.lockstep.bridge.config.SpecFiles;
import dev.lockstep.bridge.config.TlcConfig;
import dev.lockstep.bridge.config.TlcConfigReader;
import dev.lockstep.bridge.config.UndeclaredNames;
import dev.lockstep.lsp.OpenDocuments.Doc;
import dev.lockstep.speclang.SpecParser;
import dev.lockstep.speclang.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * TLC model configurations ({@code .cfg}) open in the editor, read as {@code lockstep check} reads
 * them: checker-bridge's {@link TlcConfigReader} for the syntax ({@code LS501} errors, {@code LS504}
 * warnings) and {@link UndeclaredNames} for entries that name nothing the spec declares
 * ({@code LS503} warnings), against the spec the configuration belongs to ({@link SpecFiles#specOf}:
 * {@code X.tla} beside {@code X.cfg}). The editor's unsaved text wins over the disk, for the
 * configuration and for the spec.
 */
final class ConfigDocuments {
    private ConfigDocuments() {
    }

    /** Whether {@code file} is a model configuration rather than a module. */
    static boolean isConfig(Path file) {
        return file.getFileName() != null && file.getFileName().toString().endsWith(".cfg");
    }

    /** The spec {@code cfg} belongs to, if it is open or on disk. */
    static Optional<Path> specOf(Doc cfg, OpenDocuments docs) {
        Path spec = SpecFiles.specOf(cfg.path());
        return docs.isOpen(docs.uriOf(spec)) || Files.isRegularFile(spec) ? Optional.of(spec) : Optional.empty();
    }

    /** What check reports for the configuration's current text, located in it. */
    static List<Diagnostic> diagnostics(Doc cfg, OpenDocuments docs, List<Path> libraryDirs) {
        TlcConfigReader.Parsed parsed = TlcConfigReader.parse(cfg.text(), cfg.path());
        List<Diagnostic> out = new ArrayList<>(parsed.diagnostics());
        Optional<Path> spec = specOf(cfg, docs);
        if (!parsed.hasErrors() && spec.isPresent()) {
            out.addAll(UndeclaredNames.check(parsed.config(), spec.get(), SpecParser.parse(docs.textOf(spec.get()), spec.get()), libraryDirs));
        }
        return out;
    }

    /**
     * The spec name written at 0-based {@code line}/{@code column} of the configuration: a
     * section's name (INIT, INVARIANT, ...), a constant's name, or the definition substituted for it.
     */
    static Optional<String> nameAt(Doc cfg, int line, int column) {
        TlcConfig c = TlcConfigReader.parse(cfg.text(), cfg.path()).config();
        List<Named> names = new ArrayList<>();
        for (Optional<Named> single : List.of(c.init(), c.next(), c.specification(), c.symmetry(), c.view(), c.alias(),
                c.postcondition(), c.type(), c.typeConstraint())) {
            single.ifPresent(names::add);
        }
        for (List<Named> list : List.of(c.invariants(), c.properties(), c.constraints(), c.actionConstraints())) {
            names.addAll(list);
        }
        for (ConstantEntry e : c.constants()) {
            if (e.module().isPresent()) {
                continue; // scoped to another module: not a name of the spec's top level
            }
            names.add(new Named(e.name(), e.range()));
            if (e instanceof ConstantEntry.Substitution s) {
                names.add(new Named(s.definition(), s.definitionRange()));
            }
        }
        return names.stream().filter(n -> SpecIndex.contains(n.range(), cfg.path(), line, column)).map(Named::name).findFirst();
    }
}
