package dev.lockstep.bridge.check;

/**
 * How TLC explores the state space.
 */
public sealed interface SearchMode {
    /** Breadth-first model checking, TLC's default: shortest counterexamples. */
    record BreadthFirst() implements SearchMode {
    }

    /** Depth-first iterative deepening up to {@code depth} ({@code -dfid}). */
    record DepthFirst(int depth) implements SearchMode {
    }

    /**
     * Random simulation ({@code -simulate}): {@code traces} behaviours of at most {@code depth}
     * steps, from {@code seed} when given.
     */
    record Simulation(int depth, Long traces, Long seed) implements SearchMode {
    }
}
