package dev.lockstep.speclang.fuzz;

import java.util.Optional;

/**
 * What the fuzzer compares: the reference tools' verdict against spec-lang's. They disagree when
 * one accepts and the other rejects; when both reject and SANY names a line of the root file for
 * its first error, spec-lang's first error must be on that line; when both accept, both warn or
 * neither does.
 */
record Disagreement(String kind, String detail) {

    static Optional<Disagreement> between(ReferenceTools.Verdict ref, SpecLangJudge.Verdict mine) {
        if (ref.accepted() != mine.accepted()) {
            return Optional.of(new Disagreement(ref.accepted() ? "spec-lang rejects" : "spec-lang accepts",
                    "reference: " + describe(ref) + "\nspec-lang:\n" + mine.diagnostics()));
        }
        // the translator reports where it noticed a problem, often a statement later, and in
        // terms of expanded macros: its lines are not compared
        if (!ref.accepted() && ref.rejectedBy() != ReferenceTools.Tool.PCAL && ref.errorLine() > 0
                && ref.errorLine() != mine.errorLine()) {
            return Optional.of(new Disagreement("first error line",
                    "reference: " + describe(ref) + "\nspec-lang (line " + mine.errorLine() + "):\n" + mine.diagnostics()));
        }
        if (ref.accepted() && ref.warnings() != mine.warnings()) {
            return Optional.of(new Disagreement(ref.warnings() ? "spec-lang does not warn" : "spec-lang warns",
                    "reference: " + describe(ref) + "\nspec-lang:\n" + mine.diagnostics()));
        }
        return Optional.empty();
    }

    private static String describe(ReferenceTools.Verdict v) {
        return (v.accepted() ? "accepted" : "rejected by " + v.rejectedBy() + " at line " + v.errorLine())
                + (v.warnings() ? ", with warnings" : "") + "\n" + v.output().strip();
    }
}
