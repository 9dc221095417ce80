/**
 * The Lockstep language server ({@code lockstep lsp}): TLA+ and PlusCal over the Language Server
 * Protocol (lsp4j, JSON-RPC on stdio).
 *
 * <p>Takes the editor's open documents and gives back diagnostics, document symbols, definitions
 * and references across {@code EXTENDS} and {@code INSTANCE} (into modules of the same folder and
 * into the standard modules shipped with the TLA+ tools), hovers, completions and code lenses that
 * run Lockstep's commands. Its analysis is {@link dev.lockstep.lsp.SpecAnalyzer}: SANY, the
 * semantic reference of the TLA+ tools (<i>Specifying Systems</i>, ch. 12 and the SANY
 * documentation), run in-process over a snapshot of the open documents, turned into plain data
 * ({@link dev.lockstep.lsp.SpecIndex}) so that no SANY object outlives one analysis or crosses a
 * thread. SANY keeps global state, so analyses run one at a time on one thread; edits are
 * debounced and only the latest version of a document is analysed.
 *
 * <p>Problems are {@link dev.lockstep.speclang.diag.Diagnostic}s (codes LS401 for SANY's syntax
 * errors, LS402 for its semantic errors, LS0xx for files), converted to LSP diagnostics only at
 * the protocol edge.
 */
package dev.lockstep.lsp;
