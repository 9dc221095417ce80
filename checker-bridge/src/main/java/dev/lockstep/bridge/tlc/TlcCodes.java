package dev.lockstep.bridge.tlc;

/**
 * The TLC message codes Lockstep interprets, as defined in TLC 2.18's {@code tlc2.output.EC}.
 * Any other code is kept in the event stream and shown to the user when it is an error.
 */
public final class TlcCodes {
    private TlcCodes() {
    }

    /** An unexpected exception; may nest the real cause (a config error, 5xxx). */
    public static final int GENERAL = 1000;
    /** Java heap exhausted. */
    public static final int SYSTEM_OUT_OF_MEMORY = 1001;
    /** Heap exhausted while computing the initial states. */
    public static final int SYSTEM_OUT_OF_MEMORY_TOO_MANY_INIT = 1002;
    /** Heap exhausted during liveness checking. */
    public static final int SYSTEM_OUT_OF_MEMORY_LIVENESS = 1003;
    /** Stack overflow, usually unbounded recursion in the spec. */
    public static final int SYSTEM_STACK_OVERFLOW = 1005;
    /** "The error occurred when TLC was evaluating the nested expressions at ...". */
    public static final int NESTED_EXPRESSION = 2103;
    /** An ASSUME is false. */
    public static final int ASSUMPTION_FALSE = 2104;
    /** An ASSUME could not be evaluated. */
    public static final int ASSUMPTION_EVALUATION_ERROR = 2105;
    /** An invariant is false in an initial state. */
    public static final int INVARIANT_VIOLATED_INITIAL = 2107;
    /** A property is false in an initial state. */
    public static final int PROPERTY_VIOLATED_INITIAL = 2108;
    /** An invariant is false in a reachable state. */
    public static final int INVARIANT_VIOLATED_BEHAVIOR = 2110;
    /** An action property is violated by a step. */
    public static final int ACTION_PROPERTY_VIOLATED_BEHAVIOR = 2112;
    /** A reachable state has no successor. */
    public static final int DEADLOCK_REACHED = 2114;
    /** A temporal property is violated. */
    public static final int TEMPORAL_PROPERTY_VIOLATED = 2116;
    /** "The behavior up to this point is:" (starts a trace). */
    public static final int BEHAVIOR_UP_TO_THIS_POINT = 2121;
    /** "N: Back to state: ..." closes a liveness lasso. */
    public static final int BACK_TO_STATE = 2122;
    /** An {@code Assert} (or PlusCal {@code assert}) failed. */
    public static final int VALUE_ASSERT_FAILED = 2132;
    /** Model checking started. */
    public static final int STARTING = 2185;
    /** Model checking finished. */
    public static final int FINISHED = 2186;
    /** Search mode line (breadth-first, seed, workers, heap). */
    public static final int MODE = 2187;
    /** No error has been found. */
    public static final int SUCCESS = 2193;
    /** "The depth of the complete state graph search is D." */
    public static final int SEARCH_DEPTH = 2194;
    /** Final statistics: generated, distinct, left on queue. */
    public static final int STATS = 2199;
    /** Periodic progress statistics (breadth-first). */
    public static final int PROGRESS_STATS = 2200;
    /** Final statistics of depth-first iterative deepening. */
    public static final int STATS_DFID = 2204;
    /** Progress of depth-first iterative deepening. */
    public static final int PROGRESS_STATS_DFID = 2206;
    /** Progress of simulation. */
    public static final int PROGRESS_SIMU = 2209;
    /** Final statistics of simulation. */
    public static final int STATS_SIMU = 2210;
    /** A state of a trace without action ("N:"), printed by depth-first search. */
    public static final int STATE_PRINT1 = 2216;
    /** A state of a trace with its action ("N: &lt;Action line ...&gt;"). */
    public static final int STATE_PRINT2 = 2217;
    /** "N: Stuttering" closes a liveness counterexample. */
    public static final int STATE_PRINT3 = 2218;
    /** SANY finished. */
    public static final int SANY_END = 2219;
    /** SANY started. */
    public static final int SANY_START = 2220;
    /** "The following behavior constitutes a counter-example:" (liveness). */
    public static final int COUNTER_EXAMPLE = 2264;
    /** A number too big for TLC's 32-bit integers. */
    public static final int NUMBER_TOO_BIG = 2265;
    /** TLC's version banner. */
    public static final int VERSION = 2262;
    /** "Parsing or semantic analysis failed." */
    public static final int PARSING_FAILED = 3002;

    /** Distributed mode: "TLC server at HOST is ready". */
    public static final int DISTRIBUTED_SERVER_READY = 7000;
    /** Distributed mode: a worker registered. */
    public static final int DISTRIBUTED_WORKER_REGISTERED = 7001;
    /** Distributed mode: a worker's statistics. */
    public static final int DISTRIBUTED_WORKER_STATS = 7003;

    /** Codes 2222-2243 and 2280-2281: the configuration names something wrongly. */
    public static boolean isConfigError(int code) {
        return (code >= 2222 && code <= 2243) || code == 2280 || code == 2281 || (code >= 5000 && code < 6000);
    }

    /** Codes for which TLC prints a state of a trace. */
    public static boolean isStatePrint(int code) {
        return code == STATE_PRINT1 || code == STATE_PRINT2 || code == STATE_PRINT3 || code == BACK_TO_STATE;
    }
}
