/**
 * The bridge to the TLA+ tools: where they are ({@link dev.lockstep.bridge.Tla2Tools}), how they
 * run (child JVMs, {@code dev.lockstep.bridge.process}), what TLC says ({@code tlc}), the values
 * and traces it reports ({@code value}, {@code trace}) and model checking as a typed call
 * ({@code check}). TLC is the semantic reference of Lockstep: nothing here re-implements it.
 */
package dev.lockstep.bridge;
