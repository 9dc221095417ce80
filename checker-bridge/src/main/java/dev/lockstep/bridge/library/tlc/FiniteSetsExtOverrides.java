package dev.lockstep.bridge.library.tlc;

import tlc2.overrides.TLAPlusOperator;
import tlc2.value.impl.SetEnumValue;
import tlc2.value.impl.Value;

/** Java evaluation of FiniteSetsExt's fold, which the TLA+ definition computes over all subsets. */
public final class FiniteSetsExtOverrides {
    private FiniteSetsExtOverrides() {
    }

    @TLAPlusOperator(identifier = "FoldSet", module = "FiniteSetsExt", warn = false)
    public static Value foldSet(Value op, Value base, Value s) {
        SetEnumValue set = Values.finiteSet("FoldSet", s);
        Value acc = base;
        for (int i = set.size() - 1; i >= 0; i--) {
            acc = Values.apply(op, set.elems.elementAt(i), acc);
        }
        return acc;
    }
}
