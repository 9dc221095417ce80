/**
 * Behaviours reported by TLC (counterexamples, simulated runs) as typed
 * {@link dev.lockstep.bridge.trace.Trace}s: states with the action that produced them, its source
 * location, and the loop point of a liveness lasso ("Back to state" or final stuttering, in the
 * sense of Specifying Systems, section 8.3).
 */
package dev.lockstep.bridge.trace;
