/**
 * The {@code lockstep} command line: one picocli command per stage ({@code check}, {@code translate},
 * {@code parse}, {@code generate}, {@code validate}, {@code lsp}, {@code worker}), each an adapter.
 *
 * <p>Takes the user's arguments and environment ({@link dev.lockstep.cli.CliContext}: out, err, in,
 * env, so that tests run the CLI in-process through {@link dev.lockstep.cli.Main#run}); gives text
 * or JSON on stdout, messages on stderr, and an {@link dev.lockstep.bridge.ExitCode}. A command parses
 * its options into the stage's request ({@code CheckRequest}, {@code ValidationRequest}, ...), calls
 * the stage's library entry point in checker-bridge, translator or trace-validator, and renders the
 * result: {@link dev.lockstep.cli.CheckRenderer} and {@link dev.lockstep.cli.CheckJson} for check,
 * {@link dev.lockstep.cli.DiagnosticPrinter} for diagnostics ({@code path:line:col: error: message
 * [LSxxx]} with the source line and a caret, as compilers print them). No pipeline lives here.
 *
 * <p>Errors the user can fix are {@link dev.lockstep.cli.UserError}s: one message and the documented
 * exit code, a stack trace only with {@code --debug}. Only {@link dev.lockstep.cli.Main#main} calls
 * {@code System.exit}, as in google-java-format's {@code Main}.
 */
package dev.lockstep.cli;
