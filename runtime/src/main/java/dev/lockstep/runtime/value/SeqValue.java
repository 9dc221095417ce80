package dev.lockstep.runtime.value;

import java.util.ArrayList;
import java.util.List;

/** A sequence {@code <<e1, ..., en>>} built by the Sequences module; ITF JSON array. */
public final class SeqValue extends IndexedValue {
    public static final SeqValue EMPTY = new SeqValue(List.of());

    public SeqValue(List<Value> elements) {
        super(elements);
    }

    public static SeqValue of(Value... elements) {
        return new SeqValue(List.of(elements));
    }

    /** {@code Len(s)}. */
    public int len() {
        return elements().size();
    }

    /** {@code Append(s, v)}. */
    public SeqValue append(Value v) {
        List<Value> out = new ArrayList<>(elements());
        out.add(v);
        return new SeqValue(out);
    }

    /** {@code Head(s)}. */
    public Value head() {
        if (elements().isEmpty()) {
            throw new TlaEvaluationException("Head of the empty sequence");
        }
        return elements().get(0);
    }

    /** {@code Tail(s)}. */
    public SeqValue tail() {
        if (elements().isEmpty()) {
            throw new TlaEvaluationException("Tail of the empty sequence");
        }
        return new SeqValue(elements().subList(1, elements().size()));
    }

    /** {@code s \o t}. */
    public SeqValue concat(SeqValue t) {
        List<Value> out = new ArrayList<>(elements());
        out.addAll(t.elements());
        return new SeqValue(out);
    }

    /** {@code SubSeq(s, m, n)}: elements m..n (1-based, inclusive); empty when m > n. */
    public SeqValue subSeq(int m, int n) {
        if (m > n) {
            return EMPTY;
        }
        if (m < 1 || n > elements().size()) {
            throw new TlaEvaluationException("SubSeq(" + toTla() + ", " + m + ", " + n + ") is out of range");
        }
        return new SeqValue(elements().subList(m - 1, n));
    }

    /** {@code Range(s)}, the set of elements. */
    public SetValue range() {
        return SetValue.copyOf(elements());
    }

    @Override
    public SeqValue except(Value arg, Value v) {
        return new SeqValue(replaced(arg, v));
    }
}
