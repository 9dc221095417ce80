package dev.lockstep.validator;

import dev.lockstep.validator.log.NativeLogReader;
import java.nio.file.Path;
import java.util.List;

/**
 * What to validate: the request every surface (CLI, Maven plugin, JUnit extension) builds from its
 * options and hands to {@link Validator#validate(ValidationRequest)}.
 *
 * @param spec          the root module
 * @param config        its model configuration
 * @param logs          log files (one per node when several)
 * @param engine        the engine to use, or null to choose automatically
 * @param keepGoing     report every malformed line instead of stopping at the first
 * @param maxLineLength the longest log line read
 * @param unlogged      actions that may happen between logged lines without a line of their own
 *                      (search engine only)
 * @param mapping       a mapping file for existing (non-native) logs, or null
 * @param searchOrder   how the generated trace spec is searched (search engine only; default depth-first)
 * @param workers       how many traces (runs) of the log, or parts of long ones (direct engine), are checked at once;
 *                      {@link #DEFAULT_WORKERS} for each engine's default ({@link #directWorkers}, {@link #searchWorkers})
 */
public record ValidationRequest(Path spec, Path config, List<Path> logs, Verdict.Engine engine, boolean keepGoing,
                                int maxLineLength, List<String> unlogged, Path mapping,
                                Validator.SearchOrder searchOrder, int workers) {
    public ValidationRequest {
        logs = List.copyOf(logs);
        unlogged = List.copyOf(unlogged);
        searchOrder = searchOrder == null ? Validator.SearchOrder.DFS : searchOrder;
        workers = Math.max(DEFAULT_WORKERS, workers);
    }

    /** {@code workers} when the user gave none: each engine then takes its own default. */
    public static final int DEFAULT_WORKERS = 0;

    /**
     * The direct engine's checkers: as many as asked, by default one per core. They are threads of
     * the one evaluator host, each with memory of a fixed size (the state before the step and the
     * step cache's table of 4 MiB), fed by one reader thread; a checker with nothing to check waits.
     */
    public int directWorkers() {
        return workers > DEFAULT_WORKERS ? workers : Runtime.getRuntime().availableProcessors();
    }

    /**
     * The searches run at once (the search engine's child JVMs, the mapped search's frontier
     * searches): as many as asked, by default one, as each holds a search's states.
     */
    public int searchWorkers() {
        return workers > DEFAULT_WORKERS ? workers : 1;
    }

    public ValidationRequest(Path spec, Path config, List<Path> logs, Verdict.Engine engine, boolean keepGoing,
                             int maxLineLength, List<String> unlogged, Path mapping, Validator.SearchOrder searchOrder) {
        this(spec, config, logs, engine, keepGoing, maxLineLength, unlogged, mapping, searchOrder, 1);
    }

    public static ValidationRequest of(Path spec, Path config, List<Path> logs) {
        return new ValidationRequest(spec, config, logs, null, false, NativeLogReader.DEFAULT_MAX_LINE, List.of(), null,
                Validator.SearchOrder.DFS, 1);
    }

    public ValidationRequest withEngine(Verdict.Engine e) {
        return new ValidationRequest(spec, config, logs, e, keepGoing, maxLineLength, unlogged, mapping, searchOrder, workers);
    }

    public ValidationRequest withKeepGoing(boolean k) {
        return new ValidationRequest(spec, config, logs, engine, k, maxLineLength, unlogged, mapping, searchOrder, workers);
    }

    public ValidationRequest withUnlogged(List<String> actions) {
        return new ValidationRequest(spec, config, logs, engine, keepGoing, maxLineLength, actions, mapping, searchOrder,
                workers);
    }

    public ValidationRequest withMapping(Path m) {
        return new ValidationRequest(spec, config, logs, engine, keepGoing, maxLineLength, unlogged, m, searchOrder, workers);
    }

    public ValidationRequest withSearchOrder(Validator.SearchOrder o) {
        return new ValidationRequest(spec, config, logs, engine, keepGoing, maxLineLength, unlogged, mapping, o, workers);
    }

    /** How many traces (runs) of the log are checked at once; {@link #DEFAULT_WORKERS} for each engine's default. */
    public ValidationRequest withWorkers(int n) {
        return new ValidationRequest(spec, config, logs, engine, keepGoing, maxLineLength, unlogged, mapping, searchOrder, n);
    }
}
