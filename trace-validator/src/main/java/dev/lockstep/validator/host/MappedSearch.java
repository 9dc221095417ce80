package dev.lockstep.validator.host;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.bridge.eval.ItfValues;
import dev.lockstep.validator.log.EventSource;
import dev.lockstep.validator.log.LogMerger;
import dev.lockstep.validator.log.Mapping;
import dev.lockstep.validator.log.NativeLogReader;
import dev.lockstep.validator.log.Problems;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tla2sany.semantic.OpDefNode;
import tlc2.tool.impl.Tool;
import tlc2.value.impl.ModelValue;

/**
 * The search for logs read through mapping rules, in a child JVM: it loads the module
 * {@code MappedTraceSpec} wrote (the spec plus one operator per rule, constraint and message, over
 * a line {@code e} and its {@code node}), reads and merges the logs itself, line by line, and keeps
 * only the <em>frontier</em>: the spec states that explain every line so far. A line's successors
 * are the states its rule's action reaches from a frontier state (TLC's {@code getNextStates} with
 * {@code e} and {@code node} bound) that satisfy the constraints and messages of the fields the
 * line has; what it does not log stays free. Memory therefore holds the frontier and one line,
 * whatever the log's length; the search explores only what the log leaves open.
 *
 * <p>When no state explains a line and the mapping names internal actions, the frontier is closed
 * under them (states reachable by internal steps) and the line is tried again.
 *
 * <p>It runs in the evaluator host that described the spec ({@link EvaluatorHost}, asked by a
 * {@link HostProtocol.Mapped} request): one JVM start fewer than a JVM of its own. It answers
 * {@code ready} or {@code error} for the generated module, as {@link EvaluatorHost} does for the
 * spec, then a {@code problem} per malformed line and one {@link HostProtocol.MappedResult}.
 */
public final class MappedSearch {
    private MappedSearch() {
    }

    static void search(Writer out, ObjectMapper mapper, HostProtocol.Mapped req) throws Exception {
        Mapping mapping;
        try {
            mapping = Mapping.load(Path.of(req.mapping()));
        } catch (Mapping.MappingException e) {
            HostProtocol.send(out, mapper, new HostProtocol.LoadError(HostProtocol.LoadErrorKind.MAPPING,
                    e.getMessage(), ""));
            return;
        }
        Path module = Path.of(req.module()).toAbsolutePath();
        Tool tool = EvaluatorHost.loadSearch(out, mapper, module, Path.of(req.config()).toAbsolutePath());
        if (tool == null) {
            return;
        }
        Set<String> modelValues = new HashSet<>();
        if (ModelValue.mvs != null) {
            for (ModelValue mv : ModelValue.mvs) {
                modelValues.add(mv.val.toString());
            }
        }
        Map<String, OpDefNode> defs = new HashMap<>();
        for (OpDefNode d : tool.getRootModule().getOpDefs()) {
            if (d.getName().toString().startsWith("Lockstep")) {
                defs.put(d.getName().toString(), d);
            }
        }
        Problems problems = new Problems(req.keepGoing());
        // the logs are read, parsed and mapped ahead of the search, in a thread of their own
        // (ReadAhead); their problems reach `problems` in the order of the lines. The old
        // generation is kept near the live data (OldGenerationBound): memory flat in the log's length
        Problems read = new Problems(req.keepGoing());
        List<EventSource> sources = new ArrayList<>();
        for (String log : req.logs()) {
            NativeLogReader r = NativeLogReader.open(Path.of(log), mapper, read, req.maxLine(), mapping);
            if (r != null) {
                sources.add(r);
            }
        }
        // one search per worker over the shared tool, as the direct engine's checkers share it
        List<FrontierSearch> searches = new ArrayList<>();
        for (int w = 0; w < req.workers(); w++) {
            searches.add(new FrontierSearch(tool, new ItfValues(modelValues), defs, mapping.rules(),
                    new SpecSource(module.getParent()), req.maxStates()));
        }
        HostProtocol.MappedResult result;
        try (EventSource events = OldGenerationBound.of(new ReadAhead(new LogMerger(sources, read), read, problems))) {
            result = searches.size() == 1 ? searches.get(0).run(events, problems)
                    : MappedRuns.run(searches, events, mapping.rules(), problems);
        }
        HostProtocol.sendProblems(out, mapper, problems.all());
        HostProtocol.send(out, mapper, result);
    }
}
