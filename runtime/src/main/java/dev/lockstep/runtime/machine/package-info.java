/**
 * The contract between generated skeletons and the code that drives them: a
 * {@link dev.lockstep.runtime.machine.SpecMachine} (initial states, enabled
 * {@link dev.lockstep.runtime.machine.ActionCall action instances}, effects), the
 * {@link dev.lockstep.runtime.machine.Successors} collector that generated effects fill the way TLC
 * enumerates successors, and the {@link dev.lockstep.runtime.machine.StepRunner} that takes one
 * atomic step at a time, tells the machine it was taken ({@code SpecMachine.taken}: generated code
 * tells its environment what changed, with {@link dev.lockstep.runtime.machine.Changes}) and logs
 * it in the native log format.
 */
package dev.lockstep.runtime.machine;
