/**
 * TLA+ values as TLC prints them in counterexamples, parsed into a typed tree
 * ({@link dev.lockstep.bridge.value.TlcValue}) and encoded as ITF JSON
 * ({@link dev.lockstep.bridge.value.Itf}), the trace format Lockstep shares with Apalache and Quint.
 * The printed forms are those of TLC's {@code tlc2.value.impl} classes; the ITF rules are those of
 * the Informal Trace Format specification.
 */
package dev.lockstep.bridge.value;
