package dev.lockstep.validator;

import java.nio.file.Path;

/**
 * Verdicts computed on the scratch copy of a spec ({@link dev.lockstep.bridge.check.SpecCopy})
 * name the user's files: a location in the copy's folder is moved to the spec's own folder.
 */
final class SpecLocations {
    private SpecLocations() {
    }

    static Verdict relocate(Verdict v, Path scratch, Path user) {
        if (!(v instanceof Verdict.DoesNotConform d)) {
            return v;
        }
        Verdict.Witness w = d.witness();
        Verdict.Conjunct c = w.conjunct() == null ? null : new Verdict.Conjunct(w.conjunct().text(),
                relocate(w.conjunct().location(), scratch, user), w.conjunct().result(), w.conjunct().values(),
                w.conjunct().via());
        return new Verdict.DoesNotConform(d.engine(), d.events(), new Verdict.Witness(w.file(), w.line(), w.logged(),
                w.kind(), w.message(), w.instance(), relocate(w.action(), scratch, user), c, w.stateBefore(),
                w.stateAfter(), w.enabled(), w.explainedBy(), w.diff()));
    }

    private static Verdict.SpecLocation relocate(Verdict.SpecLocation l, Path scratch, Path user) {
        if (l == null || l.file() == null) {
            return l;
        }
        Path abs = l.file().toAbsolutePath().normalize();
        Path from = scratch.toAbsolutePath().normalize();
        if (!abs.startsWith(from)) {
            return l;
        }
        return new Verdict.SpecLocation(user.resolve(from.relativize(abs).toString()), l.module(), l.line(), l.column(),
                l.endLine(), l.endColumn());
    }
}
