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

    /**
     * The statistics in one line, as every text surface prints them:
     * {@code 1,234 distinct states, 5,678 states generated, depth 9, 2.5 s}.
     */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        if (distinctStates >= 0) {
            sb.append(String.format("%,d distinct state%s, ", distinctStates, distinctStates == 1 ? "" : "s"));
        }
        return sb.append(String.format("%,d states generated, depth %d, %s", totalStates, depth, duration(durationMs))).toString();
    }

    private static String duration(long ms) {
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms < 60_000) {
            return String.format("%.1f s", ms / 1000.0);
        }
        return String.format("%d min %02d s", ms / 60_000, (ms / 1000) % 60);
    }
}
