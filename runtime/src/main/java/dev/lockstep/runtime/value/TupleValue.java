package dev.lockstep.runtime.value;

import java.util.List;

/** A tuple {@code <<a, b>>} used as a fixed-size product, e.g. a message pair; ITF {@code #tup}. */
public final class TupleValue extends IndexedValue {
    public TupleValue(List<Value> elements) {
        super(elements);
    }

    public static TupleValue of(Value... elements) {
        return new TupleValue(List.of(elements));
    }

    /** The i-th component, 1-based as in TLA+. */
    public Value get(int i) {
        return apply(IntValue.of(i));
    }

    @Override
    public TupleValue except(Value arg, Value v) {
        return new TupleValue(replaced(arg, v));
    }
}
