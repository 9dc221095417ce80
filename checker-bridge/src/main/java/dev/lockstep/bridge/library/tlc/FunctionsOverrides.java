package dev.lockstep.bridge.library.tlc;

import tlc2.overrides.TLAPlusOperator;
import tlc2.value.impl.FcnRcdValue;
import tlc2.value.impl.Value;

/**
 * Java evaluation of the hot operators of Functions: {@code Range} and {@code FoldFunction}, which
 * the TLA+ definitions compute through a set comprehension and a recursive fold over subsets.
 */
public final class FunctionsOverrides {
    private FunctionsOverrides() {
    }

    @TLAPlusOperator(identifier = "Range", module = "Functions", warn = false)
    public static Value range(Value f) {
        return Values.setOf(Values.function("Range", f).values);
    }

    /** Folds the values in the order of the function's (normalised) domain. */
    @TLAPlusOperator(identifier = "FoldFunction", module = "Functions", warn = false)
    public static Value foldFunction(Value op, Value base, Value f) {
        FcnRcdValue fcn = Values.function("FoldFunction", f);
        Value acc = base;
        for (int i = fcn.values.length - 1; i >= 0; i--) {
            acc = Values.apply(op, fcn.values[i], acc);
        }
        return acc;
    }
}
