package dev.lockstep.runtime.value;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A finite set. Elements are kept distinct and in canonical order, which is the order of iteration,
 * of printing and of ITF encoding.
 */
public record SetValue(List<Value> elements) implements Value, Iterable<Value> {
    public static final SetValue EMPTY = new SetValue(List.of());

    /** Builds the set of the given elements: duplicates (by TLA+ equality) are dropped. */
    public SetValue {
        elements = normalise(elements);
    }

    private static List<Value> normalise(List<Value> in) {
        boolean sorted = true;
        for (int i = 1; i < in.size() && sorted; i++) {
            sorted = in.get(i - 1).compareTo(in.get(i)) < 0;
        }
        if (sorted) {
            return List.copyOf(in);
        }
        return List.copyOf(new TreeSet<>(in));
    }

    public static SetValue of(Value... elements) {
        return new SetValue(List.of(elements));
    }

    public static SetValue copyOf(Collection<? extends Value> elements) {
        return new SetValue(new ArrayList<>(elements));
    }

    @Override
    public int kindRank() {
        return 4;
    }

    public int size() {
        return elements.size();
    }

    public boolean isEmpty() {
        return elements.isEmpty();
    }

    /** {@code v \in S}. */
    public boolean contains(Value v) {
        return Collections.binarySearch(elements, v) >= 0;
    }

    /** {@code S \cup T}. */
    public SetValue union(SetValue o) {
        List<Value> all = new ArrayList<>(elements);
        all.addAll(o.elements);
        return new SetValue(all);
    }

    /** {@code S \cap T}. */
    public SetValue intersect(SetValue o) {
        return filter(o::contains);
    }

    /** {@code S \ T}. */
    public SetValue minus(SetValue o) {
        return filter(v -> !o.contains(v));
    }

    /** {@code S \subseteq T}. */
    public boolean isSubsetOf(SetValue o) {
        for (Value v : elements) {
            if (!o.contains(v)) {
                return false;
            }
        }
        return true;
    }

    /** {@code S \cup {v}}. */
    public SetValue with(Value v) {
        if (contains(v)) {
            return this;
        }
        List<Value> all = new ArrayList<>(elements);
        all.add(v);
        return new SetValue(all);
    }

    /** {@code S \ {v}}. */
    public SetValue without(Value v) {
        return filter(x -> !x.equals(v));
    }

    /** {@code {x \in S : p(x)}}. */
    public SetValue filter(Predicate<Value> p) {
        List<Value> out = new ArrayList<>();
        for (Value v : elements) {
            if (p.test(v)) {
                out.add(v);
            }
        }
        return new SetValue(out);
    }

    /** {@code {f(x) : x \in S}}. */
    public SetValue map(Function<Value, Value> f) {
        List<Value> out = new ArrayList<>(elements.size());
        for (Value v : elements) {
            out.add(f.apply(v));
        }
        return new SetValue(out);
    }

    /** {@code \E x \in S : p(x)}. */
    public boolean exists(Predicate<Value> p) {
        for (Value v : elements) {
            if (p.test(v)) {
                return true;
            }
        }
        return false;
    }

    /** {@code \A x \in S : p(x)}. */
    public boolean forAll(Predicate<Value> p) {
        for (Value v : elements) {
            if (!p.test(v)) {
                return false;
            }
        }
        return true;
    }

    /** {@code SUBSET S}; fails for sets of more than 20 elements. */
    public SetValue powerset() {
        int n = elements.size();
        if (n > 20) {
            throw new TlaEvaluationException("SUBSET of a set with " + n + " elements is too large to enumerate");
        }
        List<Value> subsets = new ArrayList<>(1 << n);
        for (int mask = 0; mask < (1 << n); mask++) {
            List<Value> sub = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) != 0) {
                    sub.add(elements.get(i));
                }
            }
            subsets.add(new SetValue(sub));
        }
        return new SetValue(subsets);
    }

    /** {@code UNION S} for a set of sets. */
    public SetValue bigUnion() {
        List<Value> all = new ArrayList<>();
        for (Value v : elements) {
            all.addAll(v.asSet().elements);
        }
        return new SetValue(all);
    }

    /** {@code CHOOSE x \in S : TRUE}, made deterministic: the least element in canonical order. */
    public Value chooseFirst() {
        if (elements.isEmpty()) {
            throw new TlaEvaluationException("CHOOSE from the empty set");
        }
        return elements.get(0);
    }

    @Override
    public Iterator<Value> iterator() {
        return elements.iterator();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SetValue s && s.elements.equals(elements);
    }

    @Override
    public int hashCode() {
        int h = 0x5e7;
        for (Value v : elements) {
            h += v.hashCode();
        }
        return h;
    }

    @Override
    public String toString() {
        return toTla();
    }
}
