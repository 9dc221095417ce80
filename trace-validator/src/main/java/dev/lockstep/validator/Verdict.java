package dev.lockstep.validator;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.bridge.value.Itf;
import dev.lockstep.bridge.value.TlaPrinter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outcome of validating a log against a spec, as data (style.md rule 8, after Elle's
 * valid? true / false / unknown). Every surface (terminal, JSON, JUnit XML, SARIF) renders one.
 */
public sealed interface Verdict permits Verdict.Conforms, Verdict.DoesNotConform, Verdict.Unknown {

    /** Which engine decided. */
    Engine engine();

    /**
     * Every event of the log is a step the spec allows.
     *
     * @param events how many events were checked
     */
    record Conforms(Engine engine, long events) implements Verdict {
    }

    /**
     * Some log line is a step no behaviour of the spec can take.
     *
     * @param events  how many events conformed before it
     * @param witness where and why
     */
    record DoesNotConform(Engine engine, long events, Witness witness) implements Verdict {
    }

    /**
     * No verdict: the input was malformed, or the search gave up.
     *
     * @param reason  one sentence
     * @param events  how many events conformed before the engine stopped
     */
    record Unknown(Engine engine, String reason, long events) implements Verdict {
    }

    /** The two trace-validation engines. */
    enum Engine {
        /** Every line carries every variable: each step is checked with TLC's evaluator. */
        DIRECT,
        /** Variables or events are missing: TLC searches a generated trace-checking spec. */
        SEARCH;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Why a log line does not conform.
     *
     * @param file         the log file
     * @param line         1-based line in it
     * @param logged       the line's event as logged (action and parameters)
     * @param kind         why, as one of a fixed set of kinds
     * @param message      one sentence
     * @param instance     the action instance that was checked, e.g. {@code Inc(n = n1)}, or null
     * @param action       where that action is defined in the spec, or null
     * @param conjunct     the false conjunct of its definition, or null
     * @param stateBefore  the spec state before the line (variable -> ITF value, design.md "ITF
     *                     values"), empty for the first line
     * @param stateAfter   the state the line logged (ITF values)
     * @param enabled      action instances enabled in the state before
     * @param explainedBy  action instances that do lead from the state before to the logged one
     * @param diff         variables whose logged value differs from what the action allows
     * @param modelValues  the model's model values: the ITF strings that stand for one (to show the
     *                     states as TLC prints them; not in --json)
     * @param recent       the last events of the run up to and including this line, in the order
     *                     they were checked (for the HTML report's space-time diagram; not in --json)
     */
    record Witness(java.nio.file.Path file, long line, String logged, Divergence kind, String message, String instance,
                   SpecLocation action, Conjunct conjunct, Map<String, JsonNode> stateBefore,
                   Map<String, JsonNode> stateAfter, List<String> enabled, List<String> explainedBy,
                   List<VariableDiff> diff, @JsonIgnore Set<String> modelValues, @JsonIgnore List<LoggedEvent> recent) {
        /** How many events before a divergence a witness keeps. */
        public static final int RECENT = 40;

        public Witness(java.nio.file.Path file, long line, String logged, Divergence kind, String message,
                       String instance, SpecLocation action, Conjunct conjunct, Map<String, JsonNode> stateBefore,
                       Map<String, JsonNode> stateAfter, List<String> enabled, List<String> explainedBy,
                       List<VariableDiff> diff, Set<String> modelValues) {
            this(file, line, logged, kind, message, instance, action, conjunct, stateBefore, stateAfter, enabled,
                    explainedBy, diff, modelValues, List.of());
        }

        /** This witness with the events before it. */
        public Witness withRecent(List<LoggedEvent> events) {
            return new Witness(file, line, logged, kind, message, instance, action, conjunct, stateBefore, stateAfter,
                    enabled, explainedBy, diff, modelValues, events);
        }

        public Witness {
            recent = recent == null ? List.of() : List.copyOf(recent);
            stateBefore = stateBefore == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(stateBefore));
            stateAfter = stateAfter == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(stateAfter));
            enabled = enabled == null ? List.of() : List.copyOf(enabled);
            explainedBy = explainedBy == null ? List.of() : List.copyOf(explainedBy);
            diff = diff == null ? List.of() : List.copyOf(diff);
            modelValues = modelValues == null ? Set.of() : Set.copyOf(modelValues);
        }

        /** The state before the line as TLC prints it (variable -> TLA+ text). */
        public Map<String, String> stateBeforeText() {
            return text(stateBefore, modelValues);
        }

        /** The logged state as TLC prints it (variable -> TLA+ text). */
        public Map<String, String> stateAfterText() {
            return text(stateAfter, modelValues);
        }

        /** A state's ITF values as TLA+ text, as TLC prints them ({@code modelValues}: the strings that are model values). */
        public static Map<String, String> text(Map<String, JsonNode> state, Set<String> modelValues) {
            Map<String, String> out = new LinkedHashMap<>();
            state.forEach((k, v) -> out.put(k, text(v, modelValues)));
            return out;
        }

        /** An ITF value as TLA+ text, as TLC prints it. */
        public static String text(JsonNode itf, Set<String> modelValues) {
            return TlaPrinter.print(Itf.decode(itf, modelValues));
        }
    }

    /**
     * Why a log line does not conform. Serialised (in {@code --json} and between Lockstep and its
     * evaluator host) as the stable camel-case tag, e.g. {@code actionFalse}.
     */
    enum Divergence {
        /** The line names an action the spec does not define. */
        UNKNOWN_ACTION("unknownAction"),
        /** No instance of the named action has the logged parameters (a value outside its domain). */
        NO_SUCH_INSTANCE("noSuchInstance"),
        /** The named action instance does not relate the state before to the logged state. */
        ACTION_FALSE("actionFalse"),
        /** The first line's state does not satisfy the initial predicate. */
        INIT_FALSE("initFalse"),
        /** An {@code Init} line after the first line of a trace. */
        INIT_AGAIN("initAgain"),
        /** The spec has no initial state. */
        NO_INITIAL_STATE("noInitialState"),
        /** A logged value TLC cannot take, or a name that is not a variable of the spec. */
        BAD_STATE("badState"),
        /** A line lacks a variable (the direct engine needs every one; the search engine takes over). */
        UNLOGGED_VARIABLE("unloggedVariable"),
        /** TLC's evaluator failed on the step (a logged value the spec's operators cannot take). */
        EVALUATION_ERROR("evaluationError"),
        /** The search found no behaviour of the spec that explains the line after those before it. */
        UNEXPLAINED("unexplained"),
        /** The line says the implementation refused an action instance the spec enables in its state. */
        REFUSED("refused"),
        /** The line's {@code allowed} set has an action instance the spec does not enable in its state. */
        NOT_ENABLED("allowedNotEnabled");

        private final String tag;

        Divergence(String tag) {
            this.tag = tag;
        }

        /** The stable tag, as JSON reports show it. */
        @com.fasterxml.jackson.annotation.JsonValue
        public String tag() {
            return tag;
        }
    }

    /** A range in a spec module; lines and columns 1-based as TLC reports them. */
    record SpecLocation(java.nio.file.Path file, String module, int line, int column, int endLine, int endColumn) {
    }

    /**
     * A false conjunct of an action definition.
     *
     * @param text     its source text
     * @param location where it is
     * @param result   "false", or the evaluation error
     * @param values   operand values, in source order
     * @param via      the operator call it was reached through, or null
     */
    record Conjunct(String text, SpecLocation location, String result, List<Operand> values, String via) {
        public Conjunct {
            values = values == null ? List.of() : List.copyOf(values);
        }
    }

    /** An operand of a conjunct and its value (or the error evaluating it). */
    record Operand(String expr, String value) {
    }

    /**
     * A log event as the space-time diagram shows it.
     *
     * @param node  the process that logged it, or null
     * @param clock its integer (Lamport) clock, or -1
     */
    record LoggedEvent(String node, String action, java.nio.file.Path file, long line, long clock) {
    }

    /** A variable's value as the action allows it and as logged. */
    record VariableDiff(String variable, String allowed, String logged) {
    }
}
