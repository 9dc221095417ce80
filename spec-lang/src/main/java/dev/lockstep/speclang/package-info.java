/**
 * spec-lang's front door: {@link dev.lockstep.speclang.SpecParser} reads a TLA+ file (any text
 * before the first {@code ---- MODULE} header and after the last {@code ====} is ignored) and
 * returns a {@link dev.lockstep.speclang.ParseResult}: the modules as a typed AST
 * ({@link dev.lockstep.speclang.ast}), the PlusCal algorithm found in a comment (P- or C-syntax,
 * with the PlusCal translator's labelling rules checked), and diagnostics
 * ({@link dev.lockstep.speclang.diag}) with stable codes: LS1xx lexical and syntax errors, LS3xx
 * PlusCal. Parsing never throws on bad input and recovers after errors, so an editor gets a tree
 * and several diagnostics for a broken file.
 *
 * <pre>{@code
 * ParseResult r = SpecParser.parse(Path.of("Raft.tla"));
 * if (r.hasErrors()) { ... r.diagnostics() ... }
 * Module m = r.module().orElseThrow();
 * }</pre>
 *
 * <p>What is valid follows SANY (the TLA+ tools' parser, the semantic reference): the grammar of
 * TLA+ 2 (Specifying Systems, chapter 15, plus the TLAPS proof language), SANY's operator
 * precedence ranges with conflicts reported as errors (LS103), and the layout rules of aligned
 * {@code /\} and {@code \/} lists. The grammar is ANTLR 4 (built by the Maven plugin); ANTLR's
 * classes stay in {@code internal}.
 */
package dev.lockstep.speclang;
