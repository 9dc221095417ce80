/**
 * Diagnostics as data: a stable {@link dev.lockstep.speclang.diag.DiagnosticCode}, a
 * {@link dev.lockstep.speclang.diag.Severity}, a 0-based {@link dev.lockstep.speclang.diag.SourceRange}
 * and a message. Every Lockstep stage reports problems in user input this way and keeps going;
 * exceptions are reserved for bugs. Printing (with the source line and a caret) is the job of each
 * surface: the CLI's terminal renderer, the language server's LSP diagnostics.
 */
package dev.lockstep.speclang.diag;
