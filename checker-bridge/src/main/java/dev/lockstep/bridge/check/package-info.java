/**
 * Model checking with TLC. {@link dev.lockstep.bridge.check.TlcRunner} takes a
 * {@link dev.lockstep.bridge.check.CheckRequest} (spec, model, search mode, workers, heap, which
 * TLA+ tools), runs {@code tlc2.TLC -tool} in a child JVM inside a scratch
 * {@link dev.lockstep.bridge.check.WorkDir}, and folds TLC's message stream into a
 * {@link dev.lockstep.bridge.check.CheckResult}: the verdict and exit code (TLC's own,
 * {@code EC.ExitStatus}), state counts, the violation, the counterexample as a typed trace, and
 * diagnostics located in the user's files (SANY's parse and semantic errors, config errors, TLC's
 * evaluation errors). PlusCal algorithms without an up-to-date translation are translated into the
 * scratch copy by {@link dev.lockstep.bridge.check.PlusCal}.
 */
package dev.lockstep.bridge.check;
