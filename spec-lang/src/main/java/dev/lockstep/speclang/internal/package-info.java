/**
 * The ANTLR machinery, not API: the generated lexer and parser ({@code TLAPlusLexer.g4},
 * {@code TLAPlusParser.g4}), the token filter that applies the column rules of junction lists
 * ({@link dev.lockstep.speclang.internal.JunctionTokenSource}, over the {@code LayoutStack} of open lists and
 * brackets; with {@code PlusCalNames}, the words
 * the PlusCal translator reads as names), and the one visitor that turns parse
 * trees into the AST ({@link dev.lockstep.speclang.internal.AstBuilder} for modules and units over
 * {@link dev.lockstep.speclang.internal.ExprBuilder} for expressions,
 * {@link dev.lockstep.speclang.internal.PlusCalBuilder}), applying precedence on the way. Nothing
 * here leaks into the AST.
 */
package dev.lockstep.speclang.internal;
