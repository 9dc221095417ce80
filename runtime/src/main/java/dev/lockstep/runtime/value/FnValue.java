package dev.lockstep.runtime.value;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/** A function written {@code [x \in S |-> e]} or {@code (a :> 1 @@ b :> 2)}; ITF {@code #map}. */
public record FnValue(SortedMap<Value, Value> graph) implements FunctionValue {
    public static final FnValue EMPTY = new FnValue(new TreeMap<>());

    public FnValue {
        graph = Collections.unmodifiableSortedMap(new TreeMap<>(graph));
    }

    public static FnValue copyOf(Map<? extends Value, ? extends Value> graph) {
        return new FnValue(new TreeMap<>(graph));
    }

    /** {@code [x \in domain |-> f(x)]}. */
    public static FnValue tabulate(SetValue domain, Function<Value, Value> f) {
        TreeMap<Value, Value> g = new TreeMap<>();
        for (Value x : domain) {
            g.put(x, f.apply(x));
        }
        return new FnValue(g);
    }

    @Override
    public int size() {
        return graph.size();
    }

    @Override
    public Value apply(Value arg) {
        Value v = graph.get(arg);
        if (v == null) {
            throw new TlaEvaluationException(arg.toTla() + " is not in the domain of " + toTla());
        }
        return v;
    }

    @Override
    public boolean inDomain(Value arg) {
        return graph.containsKey(arg);
    }

    @Override
    public FnValue except(Value arg, Value v) {
        apply(arg);
        TreeMap<Value, Value> g = new TreeMap<>(graph);
        g.put(arg, v);
        return new FnValue(g);
    }

    /** {@code f @@ (arg :> v)} extended by one argument, or updated when already in the domain. */
    public FnValue put(Value arg, Value v) {
        TreeMap<Value, Value> g = new TreeMap<>(graph);
        g.put(arg, v);
        return new FnValue(g);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Value v && compareTo(v) == 0;
    }

    @Override
    public int hashCode() {
        return FunctionValue.graphHash(graph);
    }

    @Override
    public String toString() {
        return toTla();
    }
}
