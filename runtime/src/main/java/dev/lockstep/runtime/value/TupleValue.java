package dev.lockstep.runtime.value;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/** A tuple {@code <<a, b>>} used as a fixed-size product, e.g. a message pair; ITF {@code #tup}. */
public record TupleValue(List<Value> elements) implements FunctionValue {
    public TupleValue {
        elements = List.copyOf(elements);
    }

    public static TupleValue of(Value... elements) {
        return new TupleValue(List.of(elements));
    }

    /** The i-th component, 1-based as in TLA+. */
    public Value get(int i) {
        return apply(IntValue.of(i));
    }

    @Override
    public SortedMap<Value, Value> graph() {
        return FunctionValue.indexGraph(elements);
    }

    @Override
    public int size() {
        return elements.size();
    }

    @Override
    public Value apply(Value arg) {
        if (!inDomain(arg)) {
            throw new TlaEvaluationException(arg.toTla() + " is not in the domain of " + toTla());
        }
        return elements.get(((IntValue) arg).intValue() - 1);
    }

    @Override
    public boolean inDomain(Value arg) {
        return arg instanceof IntValue i && i.value().signum() > 0
                && i.value().compareTo(java.math.BigInteger.valueOf(elements.size())) <= 0;
    }

    @Override
    public TupleValue except(Value arg, Value v) {
        apply(arg);
        List<Value> out = new ArrayList<>(elements);
        out.set(((IntValue) arg).intValue() - 1, v);
        return new TupleValue(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Value v && compareTo(v) == 0;
    }

    @Override
    public int hashCode() {
        return FunctionValue.graphHash(graph());
    }

    @Override
    public String toString() {
        return toTla();
    }
}
