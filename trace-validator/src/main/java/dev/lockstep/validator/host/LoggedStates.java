package dev.lockstep.validator.host;

import dev.lockstep.bridge.eval.ItfValues;
import dev.lockstep.validator.log.RawState;
import java.util.ArrayList;
import java.util.List;
import tla2sany.semantic.OpDeclNode;
import tlc2.tool.TLCState;
import tlc2.value.impl.Value;
import util.UniqueString;

/**
 * Turns the logged full states of consecutive lines into TLC states. A value whose text is the same
 * as on the previous line is not parsed again: the previous line's value is reused (logs repeat
 * most variables from line to line, so this keeps the cost per line low). A changed value of an
 * ASCII line is read from the line's bytes, with no string copied out of the line first.
 */
final class LoggedStates {
    private final ItfValues values;
    private final UniqueString[] varNames;
    private final String[] varText;
    private final int[] lastIndex;
    private final Value[] lastValue;
    private RawState lastState;
    /** Where each variable is in the line {@link #skip} takes. */
    private final int[] skipAt;

    LoggedStates(ItfValues values) {
        this.values = values;
        OpDeclNode[] vars = TLCState.Empty.getVars();
        this.varNames = new UniqueString[vars.length];
        this.varText = new String[vars.length];
        this.lastIndex = new int[vars.length];
        this.lastValue = new Value[vars.length];
        this.skipAt = new int[vars.length];
        for (int i = 0; i < vars.length; i++) {
            varNames[i] = vars[i].getName();
            varText[i] = varNames[i].toString().intern();   // as the log reader's names (NativeLineScanner)
            lastIndex[i] = -1;
        }
    }

    /** The spec's variables, in declaration order. */
    UniqueString[] variables() {
        return varNames;
    }

    List<String> variableNames() {
        List<String> out = new ArrayList<>();
        for (String v : varText) {
            out.add(v);
        }
        return out;
    }

    /**
     * The TLC state the line logs. Throws {@link Unlogged} when a variable is missing, and
     * {@link ItfValues.BadValue} when a name is no variable or a value does not convert.
     */
    TLCState make(RawState state) throws ItfValues.BadValue {
        return make(state, null);
    }

    /**
     * As above, taking a changed value from {@code ahead} (the line's values read ahead on the
     * reader's thread, in the line's order; null entries and a null array are read here).
     */
    TLCState make(RawState state, Value[] ahead) throws ItfValues.BadValue {
        if (state.size() != varNames.length || lastState == null) {
            for (String k : state.names()) {
                if (!isVariable(k)) {
                    throw new ItfValues.BadValue("'" + k + "' is not a variable of the spec (variables: "
                            + String.join(", ", variableNames()) + ")");
                }
            }
        }
        TLCState s = TLCState.Empty.createEmpty();
        for (int i = 0; i < varNames.length; i++) {
            int at = state.indexOf(varText[i], lastIndex[i]);
            if (at < 0) {
                throw new Unlogged("variable '" + varNames[i] + "' is not logged; the direct engine needs every"
                        + " variable on every line (the search engine handles partial logs)");
            }
            Value v;
            if (lastState != null && lastIndex[i] >= 0 && lastValue[i] != null
                    && state.sameText(at, lastState, lastIndex[i])) {
                v = lastValue[i];
            } else {
                v = ahead != null && ahead[at] != null ? ahead[at] : parse(state, at);
                lastValue[i] = v;
            }
            lastIndex[i] = at;
            s.bind(varNames[i], v);
        }
        lastState = state;
        return s;
    }

    /**
     * Takes {@code state} as the last line without building its TLC state (the step cache found
     * its step): each value it changes is taken from {@code ahead} (the line's values read ahead,
     * in the line's order; may be null), else marked unknown, so that a later line's state reads
     * only what it needs and never a value the reader already converted. After a run of such lines
     * the next state built reads nothing a skipped line changed and the reader converted (the
     * checker used to read those again: every value changed since the last state it built).
     */
    void skip(RawState state, Value[] ahead) {
        if (lastState == null || state.size() != varNames.length) {
            return;   // the next state built compares with the last one built, as always
        }
        int[] at = skipAt;
        for (int i = 0; i < varNames.length; i++) {
            at[i] = state.indexOf(varText[i], lastIndex[i]);
            if (at[i] < 0) {
                return;
            }
        }
        for (int i = 0; i < varNames.length; i++) {
            if (lastIndex[i] < 0 || !state.sameText(at[i], lastState, lastIndex[i])) {
                lastValue[i] = ahead != null ? ahead[at[i]] : null;
            }
            lastIndex[i] = at[i];
        }
        lastState = state;
    }

    /** Value {@code at} of {@code state}, read from the line's bytes when they are ASCII. */
    private Value parse(RawState state, int at) throws ItfValues.BadValue {
        return state.ascii() != null
                ? values.parse(state.ascii(), state.starts()[at], state.ends()[at])
                : values.parse(state.valueText(at));
    }

    private boolean isVariable(String k) {
        for (String v : varText) {
            if (v.equals(k)) {
                return true;
            }
        }
        return false;
    }

    /** A variable the line does not log. */
    static final class Unlogged extends ItfValues.BadValue {
        private static final long serialVersionUID = 1L;

        Unlogged(String message) {
            super(message);
        }
    }
}
