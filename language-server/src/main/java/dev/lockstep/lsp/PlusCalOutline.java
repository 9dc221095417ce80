package dev.lockstep.lsp;

import dev.lockstep.lsp.SpecIndex.Kind;
import dev.lockstep.lsp.SpecIndex.Symbol;
import dev.lockstep.speclang.ast.Algorithm;
import dev.lockstep.speclang.ast.Name;
import dev.lockstep.speclang.ast.Stmt;
import dev.lockstep.speclang.diag.SourceRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The outline of a PlusCal algorithm (the PlusCal manual, sections 2 and 3): its labels, then its
 * macros, procedures and processes in source order, each with its labels. SANY does not read
 * PlusCal; the outline comes from the algorithm as spec-lang parsed it.
 */
final class PlusCalOutline {
    private PlusCalOutline() {
    }

    /** The algorithm of the latest parse of the open document {@code uri}, if it has one. */
    static Optional<Algorithm> algorithm(AnalysisScheduler scheduler, String uri) {
        Analyses.ParseState p = scheduler.parsed(uri);
        return p == null || p.parsed().tree() == null ? Optional.empty() : p.parsed().tree().algorithm();
    }

    /** The outline of {@code a}. */
    static Symbol of(Algorithm a) {
        List<Symbol> children = new ArrayList<>(labels(a.body()));
        List<Symbol> units = new ArrayList<>();
        a.macros().forEach(m -> units.add(unit(m.name(), Kind.OPERATOR, m.range(), m.body())));
        a.procedures().forEach(p -> units.add(unit(p.name(), Kind.OPERATOR, p.range(), p.body())));
        a.processes().forEach(p -> units.add(unit(p.name(), Kind.INSTANCE, p.range(), p.body())));
        units.sort(Comparator.comparing((Symbol s) -> s.nameRange().start().line())
                .thenComparing(s -> s.nameRange().start().column()));
        children.addAll(units);
        return new Symbol(a.name().text(), Kind.MODULE, "PlusCal algorithm", a.range(), a.name().range(), children);
    }

    private static Symbol unit(Name name, Kind kind, SourceRange range, List<Stmt> body) {
        return new Symbol(name.text(), kind, "", range, name.range(), labels(body));
    }

    /** The labels in {@code body}, nested ones included, in source order. */
    private static List<Symbol> labels(List<Stmt> body) {
        List<Symbol> out = new ArrayList<>();
        body.forEach(s -> Stmt.walk(s, x -> {
            if (x instanceof Stmt.Labeled l) {
                out.add(new Symbol(l.label().text(), Kind.BOUND, "label", l.label().range(), l.label().range(), List.of()));
            }
        }));
        return out;
    }
}
