/**
 * The child-JVM side of the direct engine and of the search engine's depth-first search: the only
 * code that touches TLC's classes.
 *
 * <p>{@link dev.lockstep.validator.host.EvaluatorHost} loads the spec and model once with TLC's
 * {@code FastTool} (TLC keeps global static state, so this runs in its own JVM) and checks each
 * step by evaluating the named action instance on (state before, state after), as TLC does for
 * action constraints; on failure it descends the action's definition to the false conjunct and
 * enumerates successors ({@code Tool.getNextStates}) for the actions enabled instead. Values are
 * converted between ITF JSON and TLC's {@code tlc2.value.impl} classes.
 *
 * <p>{@link dev.lockstep.validator.host.TraceSearch} loads the search engine's generated trace spec
 * the same way and searches it depth-first (explicit stack, TLC's fingerprints under the VIEW,
 * cursor-advancing successors first) for a behaviour that explains the whole log.
 */
package dev.lockstep.validator.host;
