package dev.lockstep.lsp;

import dev.lockstep.speclang.diag.SourceRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one analysis of a spec found, as plain immutable data: the definitions that names resolve
 * to, every resolved use of a name, and the outline of each module. Built by
 * {@link SpecAnalyzer} from SANY's semantic tree; safe to share between threads.
 *
 * @param root        the module the analysis started from
 * @param definitions every definition a use resolves to, or that the outline shows, by id
 * @param occurrences every resolved use of a name, in source order per file
 * @param outlines    the outline of each module file, by file
 * @param inScope     names visible at the top level of the root module (for completion)
 */
public record SpecIndex(Path root, Map<Integer, Definition> definitions, List<Occurrence> occurrences,
                        Map<Path, List<Symbol>> outlines, List<Definition> inScope) {

    /** What a definition is. */
    public enum Kind { MODULE, CONSTANT, VARIABLE, OPERATOR, FUNCTION, THEOREM, ASSUMPTION, INSTANCE, PARAMETER, BOUND }

    /**
     * A definition.
     *
     * @param id        identity within this index
     * @param name      as written ({@code Inc}, {@code I!Op}, {@code N})
     * @param kind      what it is
     * @param module    the module it is defined in
     * @param range     the whole definition
     * @param nameRange just its name
     * @param signature what a hover shows first ({@code Inc(p)}, {@code CONSTANT N})
     * @param comment   the comment just before it, without comment markers; empty if none
     */
    public record Definition(int id, String name, Kind kind, String module, SourceRange range, SourceRange nameRange,
                             String signature, String comment) {
    }

    /** A use of {@code definition} at {@code range}. */
    public record Occurrence(SourceRange range, int definition) {
    }

    /** An entry of a module's outline (document symbols), with nested entries. */
    public record Symbol(String name, Kind kind, String detail, SourceRange range, SourceRange nameRange, List<Symbol> children) {
        public Symbol {
            children = List.copyOf(children);
        }
    }

    public SpecIndex {
        definitions = Map.copyOf(definitions);
        occurrences = List.copyOf(occurrences);
        outlines = Map.copyOf(outlines);
        inScope = List.copyOf(inScope);
    }

    /** The use or definition name at a 0-based position of {@code file}, if any. */
    public Optional<Definition> definitionAt(Path file, int line, int column) {
        for (Occurrence o : occurrences) {
            if (contains(o.range(), file, line, column)) {
                return Optional.ofNullable(definitions.get(o.definition()));
            }
        }
        for (Definition d : definitions.values()) {
            if (contains(d.nameRange(), file, line, column)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** Every use of {@code d}, plus its own name when {@code includeDeclaration}. */
    public List<SourceRange> references(Definition d, boolean includeDeclaration) {
        List<SourceRange> out = new ArrayList<>();
        if (includeDeclaration) {
            out.add(d.nameRange());
        }
        for (Occurrence o : occurrences) {
            if (o.definition() == d.id()) {
                out.add(o.range());
            }
        }
        return out;
    }

    static boolean contains(SourceRange r, Path file, int line, int column) {
        if (r == null || r.file() == null || !r.file().equals(file)) {
            return false;
        }
        var s = r.start();
        var e = r.end();
        boolean afterStart = line > s.line() || (line == s.line() && column >= s.column());
        boolean beforeEnd = line < e.line() || (line == e.line() && column <= e.column());
        return afterStart && beforeEnd;
    }
}
