package dev.lockstep.validator;

import java.util.List;

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

    /** The engines of issue 5. */
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
     * @param kind         a stable tag: unknownAction, noSuchInstance, actionFalse, initFalse, badState, ...
     * @param message      one sentence
     * @param instance     the action instance that was checked, e.g. {@code Inc(n = n1)}, or null
     * @param action       where that action is defined in the spec, or null
     * @param conjunct     the false conjunct of its definition, or null
     * @param stateBefore  the spec state before the line (variable -> TLA+ value), empty for the first line
     * @param stateAfter   the state the line logged
     * @param enabled      action instances enabled in the state before
     * @param explainedBy  action instances that do lead from the state before to the logged one
     * @param diff         variables whose logged value differs from what the action allows
     */
    record Witness(java.nio.file.Path file, long line, String logged, String kind, String message, String instance,
                   SpecLocation action, Conjunct conjunct, java.util.Map<String, String> stateBefore,
                   java.util.Map<String, String> stateAfter, List<String> enabled, List<String> explainedBy,
                   List<VariableDiff> diff) {
        public Witness {
            stateBefore = stateBefore == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(
                    new java.util.LinkedHashMap<>(stateBefore));
            stateAfter = stateAfter == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(
                    new java.util.LinkedHashMap<>(stateAfter));
            enabled = enabled == null ? List.of() : List.copyOf(enabled);
            explainedBy = explainedBy == null ? List.of() : List.copyOf(explainedBy);
            diff = diff == null ? List.of() : List.copyOf(diff);
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

    /** A variable's value as the action allows it and as logged. */
    record VariableDiff(String variable, String allowed, String logged) {
    }
}
