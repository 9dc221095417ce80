/**
 * The typed syntax tree, after Apalache's small IR: sealed interfaces of records, few node kinds.
 * {@link dev.lockstep.speclang.ast.Module} holds {@link dev.lockstep.speclang.ast.Unit}s
 * (declarations, definitions, instances, assumptions, theorems with their
 * {@link dev.lockstep.speclang.ast.Proof}s); expressions are {@link dev.lockstep.speclang.ast.Expr},
 * where every operator with fixed syntax is an {@link dev.lockstep.speclang.ast.Operator} applied in
 * an {@code OpApp}, binders share one node, and names of user definitions stay
 * {@code NameExpr}s until the resolver links them. A PlusCal algorithm is an
 * {@link dev.lockstep.speclang.ast.Algorithm} of {@link dev.lockstep.speclang.ast.Stmt}s.
 *
 * <p>Every node carries its 0-based {@code SourceRange}. Trees are immutable values: records
 * compare structurally (ranges included); {@link dev.lockstep.speclang.ast.AstDump#dump} gives a
 * range-free form for comparing trees from different texts.
 */
package dev.lockstep.speclang.ast;
