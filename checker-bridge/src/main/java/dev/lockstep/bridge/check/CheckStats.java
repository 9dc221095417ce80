package dev.lockstep.bridge.check;

/**
 * Statistics of a run, as TLC reports them.
 *
 * @param distinctStates distinct states found, or {@code -1} when TLC does not count them (simulation)
 * @param totalStates    states generated
 * @param depth          TLC's reported search depth; after a liveness violation, when TLC prints
 *                       none, the level of its last progress report; else the length of the
 *                       reported behaviour; {@code 0} when none of these exists
 * @param queue          states left on the queue at the end, or {@code -1}
 * @param durationMs     wall time of the TLC run, measured by Lockstep
 */
public record CheckStats(long distinctStates, long totalStates, int depth, long queue, long durationMs) {
}
