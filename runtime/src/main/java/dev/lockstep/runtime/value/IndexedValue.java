package dev.lockstep.runtime.value;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/**
 * A function on {@code 1..n} held as its list of values: a {@link SeqValue} or a {@link TupleValue}
 * (TLA+ does not tell them apart; the ITF encoding does). Equality, hash and text are those of every
 * function: by graph.
 */
public abstract sealed class IndexedValue implements FunctionValue permits SeqValue, TupleValue {
    private final List<Value> elements;

    IndexedValue(List<Value> elements) {
        this.elements = List.copyOf(elements);
    }

    /** The values, {@code f[1]} first. */
    public List<Value> elements() {
        return elements;
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
        return elements.get(index(arg));
    }

    @Override
    public boolean inDomain(Value arg) {
        return arg instanceof IntValue i && i.value().signum() > 0
                && i.value().compareTo(BigInteger.valueOf(elements.size())) <= 0;
    }

    /** The 0-based position of {@code arg} in {@link #elements}. */
    int index(Value arg) {
        if (!inDomain(arg)) {
            throw new TlaEvaluationException(arg.toTla() + " is not in the domain of " + toTla());
        }
        return ((IntValue) arg).intValue() - 1;
    }

    /** {@link #elements} with {@code f[arg]} replaced by {@code v}. */
    List<Value> replaced(Value arg, Value v) {
        List<Value> out = new ArrayList<>(elements);
        out.set(index(arg), v);
        return out;
    }

    @Override
    public final boolean equals(Object o) {
        return o instanceof Value v && compareTo(v) == 0;
    }

    @Override
    public final int hashCode() {
        return FunctionValue.graphHash(graph());
    }

    @Override
    public final String toString() {
        return toTla();
    }
}
