/**
 * Child JVMs and scratch folders. TLC keeps dozens of public static fields ({@code TLCGlobals}), so
 * it cannot run twice in one process; Lockstep starts TLC, the PlusCal translator and TLC's
 * evaluator in child JVMs described by {@link dev.lockstep.bridge.process.ChildJvm} records and
 * owned by {@link dev.lockstep.bridge.process.RunningJvm} handles, which end the child when the
 * command ends (normal exit, failure or Ctrl-C). Every child starts through
 * {@link dev.lockstep.bridge.process.ParentWatch}, which halts it when Lockstep itself is killed
 * (SIGKILL runs no shutdown hook). The folders they work in are
 * {@link dev.lockstep.bridge.process.ScratchDir}s marked with their owner, so that a later run
 * removes those a killed run left behind.
 */
package dev.lockstep.bridge.process;
