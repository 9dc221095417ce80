/**
 * Child JVMs. TLC keeps dozens of public static fields ({@code TLCGlobals}), so it cannot run twice
 * in one process; Lockstep starts TLC, the PlusCal translator and TLC's evaluator in child JVMs
 * described by {@link dev.lockstep.bridge.process.ChildJvm} records and owned by
 * {@link dev.lockstep.bridge.process.RunningJvm} handles, which guarantee that no child outlives
 * the command that started it (normal exit, failure or Ctrl-C).
 */
package dev.lockstep.bridge.process;
