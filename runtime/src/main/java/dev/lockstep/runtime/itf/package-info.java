/**
 * The Informal Trace Format (ITF; Apalache's ADR-015, also used by Quint): JSON for TLA+ values and
 * traces. Takes runtime values or JSON; gives JSON or values, with a JSON pointer to the first
 * offending node when the input is not ITF. Counterexamples, simulated behaviours and the state part
 * of every native log line share this one encoding.
 *
 * <p>Plain JSON integers are used up to 2^53 - 1 in magnitude and {@code #bigint} beyond, so that
 * readers that parse numbers as doubles (JavaScript) never lose precision.
 */
package dev.lockstep.runtime.itf;
