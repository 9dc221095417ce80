/**
 * Choice oracles: the one place where a generated skeleton resolves the spec's nondeterminism
 * ({@code either}/{@code or}, {@code with}, {@code \E}, which enabled action runs next). Following
 * Stateright's actors, generated code never picks on its own; it asks a
 * {@link dev.lockstep.runtime.choice.Choice} with a reason, so the same code can run under a seeded
 * random scheduler, replay a recorded behaviour, or enumerate all successors of a state.
 */
package dev.lockstep.runtime.choice;
