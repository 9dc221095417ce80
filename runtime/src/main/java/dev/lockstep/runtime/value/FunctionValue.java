package dev.lockstep.runtime.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A TLA+ function. Records, sequences and tuples are functions too (with a domain of strings, or
 * {@code 1..n}); all four kinds compare equal when their graphs are equal. The kind is kept only so
 * that a value is encoded and printed the way it was built ({@code [a |-> 1]}, {@code <<1>>}).
 */
public sealed interface FunctionValue extends Value permits FnValue, RecordValue, IndexedValue {

    /** The graph of the function: argument to result, in canonical order of arguments. */
    SortedMap<Value, Value> graph();

    /** The number of arguments in the domain. */
    int size();

    /** {@code f[arg]}; fails when {@code arg} is not in the domain. */
    Value apply(Value arg);

    /** Whether {@code arg \in DOMAIN f}. */
    boolean inDomain(Value arg);

    /** {@code [f EXCEPT ![arg] = v]}; fails when {@code arg} is not in the domain. */
    FunctionValue except(Value arg, Value v);

    @Override
    default int kindRank() {
        return 5;
    }

    /** {@code DOMAIN f}. */
    default SetValue domain() {
        return SetValue.copyOf(graph().keySet());
    }

    /** {@code f[a][b]...}: applies the function to each argument in turn. */
    default Value apply(Value first, Value... more) {
        Value v = apply(first);
        for (Value a : more) {
            v = v.asFunction().apply(a);
        }
        return v;
    }

    /** {@code [f EXCEPT ![a][b]... = v]}. */
    default FunctionValue exceptPath(List<Value> path, Value v) {
        if (path.isEmpty()) {
            throw new IllegalArgumentException("empty EXCEPT path");
        }
        Value head = path.get(0);
        if (path.size() == 1) {
            return except(head, v);
        }
        return except(head, apply(head).asFunction().exceptPath(path.subList(1, path.size()), v));
    }

    /** This function as a sequence, when its domain is {@code 1..n}. */
    default SeqValue asSequence() {
        if (this instanceof SeqValue s) {
            return s;
        }
        if (this instanceof TupleValue t) {
            return new SeqValue(t.elements());
        }
        List<Value> out = new ArrayList<>();
        int i = 1;
        for (Map.Entry<Value, Value> e : graph().entrySet()) {
            if (!e.getKey().equals(IntValue.of(i))) {
                throw new TlaEvaluationException(toTla() + " is not a sequence");
            }
            out.add(e.getValue());
            i++;
        }
        return new SeqValue(out);
    }

    /** Builds the graph of a sequence-like function: {@code 1 -> e1, 2 -> e2, ...}. */
    static SortedMap<Value, Value> indexGraph(List<Value> elements) {
        SortedMap<Value, Value> g = new TreeMap<>();
        for (int i = 0; i < elements.size(); i++) {
            g.put(IntValue.of(i + 1), elements.get(i));
        }
        return g;
    }

    /** The hash of a function graph, the same for every kind of function. */
    static int graphHash(SortedMap<Value, Value> graph) {
        int h = 0xf0;
        for (Map.Entry<Value, Value> e : graph.entrySet()) {
            h += (31 * e.getKey().hashCode()) ^ e.getValue().hashCode();
        }
        return h;
    }
}
