package dev.lockstep.validator;

import dev.lockstep.bridge.check.ModelCopy;
import dev.lockstep.speclang.diag.SourceRange;

/**
 * Verdicts computed on the {@link ModelCopy} of a spec name the user's files: a location in the
 * copy is moved to the user's file and columns (a Unicode module was read as its ASCII copy).
 */
final class SpecLocations {
    private SpecLocations() {
    }

    static Verdict relocate(Verdict v, ModelCopy copy) {
        if (!(v instanceof Verdict.DoesNotConform d)) {
            return v;
        }
        Verdict.Witness w = d.witness();
        Verdict.Conjunct c = w.conjunct() == null ? null : new Verdict.Conjunct(w.conjunct().text(),
                relocate(w.conjunct().location(), copy), w.conjunct().result(), w.conjunct().values(),
                w.conjunct().via());
        return new Verdict.DoesNotConform(d.engine(), d.events(), new Verdict.Witness(w.file(), w.line(), w.logged(),
                w.kind(), w.message(), w.instance(), relocate(w.action(), copy), c, w.stateBefore(),
                w.stateAfter(), w.enabled(), w.explainedBy(), w.diff(), w.modelValues(), w.recent()));
    }

    private static Verdict.SpecLocation relocate(Verdict.SpecLocation l, ModelCopy copy) {
        if (l == null || l.file() == null) {
            return l;
        }
        SourceRange r = copy.range(copy.original(l.file()), l.module(), l.line(), l.column(), l.endLine(),
                l.endColumn());
        return new Verdict.SpecLocation(r.file(), l.module(), r.start().line() + 1, r.start().column() + 1,
                r.end().line() + 1, r.end().column());
    }
}
