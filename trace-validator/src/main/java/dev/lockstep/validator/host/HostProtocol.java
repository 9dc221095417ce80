package dev.lockstep.validator.host;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.Severity;
import dev.lockstep.speclang.diag.SourceRange;
import dev.lockstep.validator.Verdict;
import dev.lockstep.validator.log.LogProblem;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What Lockstep and its child JVMs ({@link EvaluatorHost}, {@link TraceSearch}) say to each other:
 * one JSON object per line, each a record below, serialised by Jackson with a {@code type} (answers)
 * or {@code op} (requests) tag. Both ends are compiled from these types, so a new answer or a new
 * {@link Verdict.Divergence} cannot be misread on the other side. States travel as ITF values
 * (design.md, "ITF values"), never as printed TLA+ to be parsed again.
 *
 * <p>A host first answers {@link Ready} or {@link LoadError}. The evaluator host then reads one
 * {@link Request}: for {@link Validate} it answers a {@link Problem} per malformed line (at most
 * {@value #MAX_PROBLEMS}, then {@link Truncated}), one {@link Done} and its heap's {@link Memory};
 * for {@link Context} one {@link StateContext}; for {@link Mapped} (the search of a log read through
 * mapping rules, {@link MappedSearch}, in the same JVM) a {@link Ready} or {@link LoadError} for the
 * generated module, a {@link Problem} per malformed line and one {@link MappedResult}. The trace
 * search answers one {@link SearchResult}.
 */
public final class HostProtocol {
    /** The most malformed lines a host reports. */
    public static final int MAX_PROBLEMS = 1000;

    private HostProtocol() {
    }

    /** A request to the evaluator host. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "op")
    @JsonSubTypes({@JsonSubTypes.Type(value = Validate.class, name = "validate"),
            @JsonSubTypes.Type(value = Context.class, name = "context"),
            @JsonSubTypes.Type(value = Mapped.class, name = "mapped"),
            @JsonSubTypes.Type(value = Load.class, name = "load")})
    public sealed interface Request permits Validate, Context, Mapped, Load {
    }

    /**
     * Load the spec {@code spec} under {@code config} (absolute paths): the first request to a host
     * started before they were known (while the caller still copies the spec and reads its
     * configuration); the host then answers as one started with them ({@link Ready} or
     * {@link LoadError}).
     */
    public record Load(String spec, String config) implements Request {
        /**
         * The load request on {@code line}, read with Jackson's streaming parser: the host reads it
         * first, and Jackson's data binding takes about 85 ms to set up in a fresh JVM, which the host
         * spends on another thread while it loads the spec ({@link EvaluatorHost}).
         *
         * @throws IOException when the line is not a load request
         */
        public static Load read(String line) throws IOException {
            String op = null;
            String spec = null;
            String config = null;
            try (JsonParser p = new JsonFactory().createParser(line)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    throw new IOException("not a request: " + line);
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken value = p.nextToken();
                    String text = value == JsonToken.VALUE_STRING ? p.getText() : null;
                    p.skipChildren();   // an object or array value: to its end
                    switch (field) {
                        case "op" -> op = text;
                        case "spec" -> spec = text;
                        case "config" -> config = text;
                        default -> { }
                    }
                }
            }
            if (!"load".equals(op) || spec == null || config == null) {
                throw new IOException("not a load request: " + line);
            }
            return new Load(spec, config);
        }
    }

    /**
     * Validate the logs (absolute paths, merged by clock when several; a new {@code Init} line
     * starts a new trace).
     *
     * @param mapping the mapping file (absolute) for non-native logs, or null
     * @param workers how many traces, or parts of long ones, are checked at once (at least 1)
     * @param stepCache whether steps found to conform are remembered, so a repeated one is not
     *                  evaluated again (the host's {@code StepCache}; the spec may rule it out)
     */
    public record Validate(List<String> logs, boolean keepGoing, int maxLine, String mapping, int workers,
                           boolean stepCache) implements Request {
        public Validate {
            logs = List.copyOf(logs);
            workers = Math.max(1, workers);
        }
    }

    /**
     * Which action instances are enabled in the full state on the first line of {@code log} and,
     * when a second line follows, why its step from that state does not conform.
     */
    public record Context(String log) implements Request {
    }

    /**
     * Search {@code logs} (absolute paths) through the mapping rules of {@code mapping} against the
     * module {@code module} generated from them ({@code config} its model), keeping at most
     * {@code maxStates} spec states per line, {@code workers} runs of the logs at once. The host
     * that described the spec runs the search itself: one JVM start fewer.
     */
    public record Mapped(String module, String config, String mapping, int maxLine, boolean keepGoing, int maxStates,
                         List<String> logs, int workers) implements Request {
        public Mapped {
            logs = List.copyOf(logs);
            workers = Math.max(1, workers);
        }
    }

    /** An answer from a host. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(value = Ready.class, name = "ready"),
            @JsonSubTypes.Type(value = LoadError.class, name = "error"),
            @JsonSubTypes.Type(value = Problem.class, name = "problem"),
            @JsonSubTypes.Type(value = Truncated.class, name = "truncated"),
            @JsonSubTypes.Type(value = Done.class, name = "verdict"),
            @JsonSubTypes.Type(value = Memory.class, name = "memory"),
            @JsonSubTypes.Type(value = StateContext.class, name = "context"),
            @JsonSubTypes.Type(value = SearchResult.class, name = "result"),
            @JsonSubTypes.Type(value = MappedResult.class, name = "mapped")})
    public sealed interface Answer permits Ready, LoadError, Problem, Truncated, Done, Memory, StateContext,
            SearchResult, MappedResult {
    }

    /**
     * The spec is loaded: its variables, action names, TLC's split action instances with their
     * bound parameters (TLA+ text), the action-level operators with their formal parameters, the
     * declared constants and the configuration's model values.
     */
    public record Ready(List<String> variables, List<String> actions, List<Instance> instances,
                        Map<String, List<String>> operators, List<String> constants, List<String> modelValues)
            implements Answer {
        public Ready {
            variables = List.copyOf(variables);
            actions = List.copyOf(actions);
            instances = List.copyOf(instances);
            operators = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(operators));
            constants = List.copyOf(constants);
            modelValues = List.copyOf(modelValues);
        }

        /** Ready, with nothing to describe (the trace search). */
        public static Ready bare() {
            return new Ready(List.of(), List.of(), List.of(), Map.of(), List.of(), List.of());
        }
    }

    /** One split action: its operator's name and its parameters as TLA+ text. */
    public record Instance(String name, Map<String, String> params) {
    }

    /** What could not be loaded. */
    public enum LoadErrorKind { SPEC, CONFIG, MAPPING, ASSUMPTION }

    /** Loading failed; {@code output} is TLC's console output meanwhile. */
    public record LoadError(LoadErrorKind kind, String message, String output) implements Answer {
    }

    /** A malformed log line (positions 0-based, as in {@link SourceRange}). */
    public record Problem(DiagnosticCode code, String message, String file, int line, int column, String excerpt,
                          List<Related> related) implements Answer {
        public Problem {
            related = related == null ? List.of() : List.copyOf(related);
        }

        public static Problem of(LogProblem p) {
            Diagnostic d = p.diagnostic();
            List<Related> rel = new ArrayList<>();
            for (Diagnostic.Related r : d.related()) {
                rel.add(new Related(r.message(), file(r.range()), line(r.range()), column(r.range())));
            }
            return new Problem(d.code(), d.message(), file(d.range()), line(d.range()), column(d.range()),
                    p.excerpt(), rel);
        }

        public LogProblem toLogProblem() {
            List<Diagnostic.Related> rel = new ArrayList<>();
            for (Related r : related) {
                rel.add(new Diagnostic.Related(range(r.file(), r.line(), r.column()), r.message()));
            }
            return new LogProblem(new Diagnostic(code, Severity.ERROR, range(file, line, column), message, rel),
                    excerpt);
        }

        private static String file(SourceRange r) {
            return r == null || r.file() == null ? null : r.file().toString();
        }

        private static int line(SourceRange r) {
            return r == null ? -1 : r.start().line();
        }

        private static int column(SourceRange r) {
            return r == null ? 0 : r.start().column();
        }

        private static SourceRange range(String file, int line, int column) {
            return line < 0 ? null : SourceRange.at(file == null ? null : Path.of(file), line, column);
        }
    }

    /** A second location of a {@link Problem}. */
    public record Related(String message, String file, int line, int column) {
    }

    /** {@code more} malformed lines were not sent. */
    public record Truncated(long more) implements Answer {
    }

    /**
     * The verdict of a validation.
     *
     * @param events how many events conformed, in all traces
     * @param fail   the first step that does not conform (of the first trace that has one), or null
     * @param stats  the host's counts (step cache, actions taken), for benchmarks and coverage
     * @param traces each trace's outcome, in log order
     */
    public record Done(long events, Failure fail, Map<String, Long> stats, List<Trace> traces) implements Answer {
        public Done {
            stats = stats == null ? Map.of() : Map.copyOf(stats);
            traces = traces == null ? List.of() : List.copyOf(traces);
        }
    }

    /**
     * The evaluator host's heap at the end of a validation, for benchmarks: sent after {@link Done},
     * because measuring it takes a full collection (35-60 ms), which then runs while the other side
     * reads the verdict instead of before it is sent.
     *
     * @param stats {@code hostOldGenPeakBytes}, {@code hostHeapAfterGcBytes}
     */
    public record Memory(Map<String, Long> stats) implements Answer {
        public Memory {
            stats = stats == null ? Map.of() : Map.copyOf(stats);
        }
    }

    /**
     * One trace (one run) of the log.
     *
     * @param index    0-based, in log order
     * @param file     the file of its first line
     * @param line     its first line
     * @param events   how many of its events conformed
     * @param fail     its first step that does not conform, or null
     * @param complete false when a malformed line cut it short
     */
    public record Trace(int index, String file, long line, long events, Failure fail, boolean complete) {
        Trace incomplete() {
            return new Trace(index, file, line, events, fail, false);
        }
    }

    /** The answer to {@link Context}: enabled instances, and why the next step fails (or null). */
    public record StateContext(List<String> enabled, Failure fail) implements Answer {
        public StateContext {
            enabled = List.copyOf(enabled);
        }
    }

    /**
     * The depth-first trace search's outcome.
     *
     * @param conforms   a behaviour explains the whole log
     * @param distinct   distinct states searched
     * @param maxCursor  the most lines any state explained
     * @param state      the first state found at {@code maxCursor} (variable -> ITF value, in TLC's
     *                   order), or null
     * @param evalError  TLC's message when it could not evaluate a successor, or null
     * @param evalCursor the cursor of the state whose successors failed (-1: the initial predicate)
     */
    public record SearchResult(boolean conforms, long distinct, long maxCursor, Map<String, JsonNode> state,
                               String evalError, long evalCursor) implements Answer {
    }

    /**
     * The outcome of the line-by-line search of a log read through mapping rules ({@link MappedSearch}).
     *
     * @param conforms  every line is explained
     * @param events    lines explained
     * @param fail      the first line no spec state explains, or null
     * @param unknown   why the search gave up without a verdict, or null
     * @param stats     ambiguousLines, maxStatesPerLine, internalSteps, firstAmbiguousLine
     * @param ambiguous the first lines several spec states explain
     * @param traces    each run's outcome, in log order, when the log holds several (else empty);
     *                  {@code fail} is then the first run's failure
     */
    public record MappedResult(boolean conforms, long events, Failure fail, String unknown, Map<String, Long> stats,
                               List<Ambiguity> ambiguous, List<Trace> traces) implements Answer {
        public MappedResult {
            stats = stats == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stats));
            ambiguous = ambiguous == null ? List.of() : List.copyOf(ambiguous);
            traces = traces == null ? List.of() : List.copyOf(traces);
        }
    }

    /** A line several spec states explain: how many, and the variables in which they differ. */
    public record Ambiguity(String file, long line, String event, int states, List<String> differIn) {
    }

    /**
     * Why a step does not conform, as the evaluator host found it.
     *
     * @param kind        why
     * @param message     one sentence
     * @param instance    the action instance checked, e.g. {@code Inc(n = n1)}, or null
     * @param location    where that action is defined, or null
     * @param conjunct    its false conjunct, or null
     * @param stateBefore the state before (variable -> ITF value); empty on the first line
     * @param stateAfter  the logged state
     * @param enabled     instances enabled in the state before
     * @param explainedBy instances that do lead to the logged state
     * @param diff        variables whose logged value differs from the closest allowed one
     * @param file        the log file (absolute), or null before it is known
     * @param line        1-based line in it
     * @param logged      the event as logged (action and parameters)
     * @param recent      the run's last events up to this one
     */
    public record Failure(Verdict.Divergence kind, String message, String instance, Verdict.SpecLocation location,
                          Verdict.Conjunct conjunct, Map<String, JsonNode> stateBefore,
                          Map<String, JsonNode> stateAfter, List<String> enabled, List<String> explainedBy,
                          List<ValueDiff> diff, String file, long line, String logged, List<Verdict.LoggedEvent> recent) {
        public Failure {
            stateBefore = stateBefore == null ? Map.of() : java.util.Collections.unmodifiableMap(
                    new java.util.LinkedHashMap<>(stateBefore));
            stateAfter = stateAfter == null ? Map.of() : java.util.Collections.unmodifiableMap(
                    new java.util.LinkedHashMap<>(stateAfter));
            enabled = enabled == null ? List.of() : List.copyOf(enabled);
            explainedBy = explainedBy == null ? List.of() : List.copyOf(explainedBy);
            diff = diff == null ? List.of() : List.copyOf(diff);
            recent = recent == null ? List.of() : List.copyOf(recent);
        }

        /** A failure without the run's last events. */
        public Failure(Verdict.Divergence kind, String message, String instance, Verdict.SpecLocation location,
                       Verdict.Conjunct conjunct, Map<String, JsonNode> stateBefore, Map<String, JsonNode> stateAfter,
                       List<String> enabled, List<String> explainedBy, List<ValueDiff> diff, String file, long line,
                       String logged) {
            this(kind, message, instance, location, conjunct, stateBefore, stateAfter, enabled, explainedBy, diff, file,
                    line, logged, null);
        }

        /** Just a kind and a message. */
        public static Failure of(Verdict.Divergence kind, String message) {
            return new Failure(kind, message, null, null, null, null, null, null, null, null, null, 0, null, null);
        }

        public Failure withMessage(String m) {
            return new Failure(kind, m, instance, location, conjunct, stateBefore, stateAfter, enabled, explainedBy,
                    diff, file, line, logged, recent);
        }

        /** This failure with the run's last events. */
        public Failure withRecent(List<Verdict.LoggedEvent> events) {
            return new Failure(kind, message, instance, location, conjunct, stateBefore, stateAfter, enabled,
                    explainedBy, diff, file, line, logged, events);
        }

        /** This failure with the checked instance, where it is defined and its false conjunct. */
        public Failure blaming(String inst, Verdict.SpecLocation loc, Verdict.Conjunct c) {
            return new Failure(kind, message, inst, loc, c, stateBefore, stateAfter, enabled, explainedBy, diff,
                    file, line, logged, recent);
        }

        /** This failure with the states around the step and what the spec allows there. */
        public Failure inContext(Map<String, JsonNode> before, Map<String, JsonNode> after, List<String> en,
                                 List<String> by, List<ValueDiff> d) {
            return new Failure(kind, message, instance, location, conjunct, before, after, en, by, d, file, line,
                    logged, recent);
        }

        /** This failure at a log line. */
        public Failure at(String f, long l, String event) {
            return new Failure(kind, message, instance, location, conjunct, stateBefore, stateAfter, enabled,
                    explainedBy, diff, f, l, event, recent);
        }
    }

    /** A variable's value as the action allows it and as logged (ITF values). */
    public record ValueDiff(String variable, JsonNode allowed, JsonNode logged) {
    }

    /** Writes one message as a line and flushes. */
    public static void send(Writer out, ObjectMapper mapper, Object message) throws IOException {
        out.write(mapper.writeValueAsString(message));
        out.write('\n');
        out.flush();
    }

    /** Sends a {@link Problem} per malformed line, at most {@value #MAX_PROBLEMS}, then {@link Truncated}. */
    public static void sendProblems(Writer out, ObjectMapper mapper, List<dev.lockstep.validator.log.LogProblem> problems)
            throws IOException {
        int n = 0;
        for (dev.lockstep.validator.log.LogProblem p : problems) {
            if (n++ == MAX_PROBLEMS) {
                send(out, mapper, new Truncated(problems.size() - MAX_PROBLEMS));
                break;
            }
            send(out, mapper, Problem.of(p));
        }
    }

    /** Reads one answer line. */
    public static Answer answer(ObjectMapper mapper, String line) throws IOException {
        return mapper.readValue(line, Answer.class);
    }
}
