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

    /**
     * Breadth-first search on TLC's distributed mode: {@code tlc2.tool.distributed.TLCServer} serves
     * the model over RMI on {@code port}; workers ({@code tlc2.tool.distributed.TLCWorker}) join from
     * any host. Lockstep starts {@code localWorkers} of them on this machine once the server is ready.
     *
     * @param port         the server's RMI port (TLC's default is 10997)
     * @param localWorkers workers to start on this machine (0: wait for remote ones)
     * @param hostname     the name workers use to reach this server ({@code java.rmi.server.hostname}),
     *                     or {@code null} for Java's default
     */
    record Distributed(int port, int localWorkers, String hostname) implements SearchMode {
        /** TLC's default server port. */
        public static final int DEFAULT_PORT = 10997;

        public Distributed {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            if (localWorkers < 0) {
                throw new IllegalArgumentException("localWorkers must be >= 0");
            }
        }
    }
}
