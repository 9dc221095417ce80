/**
 * The translator: a spec (spec-lang's AST of a TLA+ module, or of a PlusCal algorithm's TLA+
 * translation) in, Java skeletons out. {@link dev.lockstep.translator.Translator} gives a
 * {@link dev.lockstep.translator.Generation} (files, checksum, diagnostics) without touching the
 * disk; {@link dev.lockstep.translator.OutputDirectory} writes it, keeping generated classes
 * (rewritten every run, with a header saying so) apart from the classes the user owns (created
 * once, never overwritten), and checks a directory for staleness against the spec's SHA-256.
 *
 * <p>The next-state relation is split into actions as TLC splits it (disjunctions, {@code \E} over
 * constant sets, the spec's action operators; Specifying Systems, 14.2.6), so the action names and
 * parameters in the generated code's log are those TLC and {@code lockstep validate} use. See
 * docs/java-mapping.md for the construct-by-construct mapping.
 */
package dev.lockstep.translator;
