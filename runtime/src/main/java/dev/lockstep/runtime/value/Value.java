package dev.lockstep.runtime.value;

/**
 * An immutable TLA+ value. Equality is TLA+ equality: a record, a sequence, a tuple and a function
 * with the same graph are equal (in TLA+ all four are functions; Specifying Systems, 5.2 and 16.1.7).
 * Values are totally ordered by {@link #compareTo} in a canonical order that is consistent with
 * {@code equals}, so sets and functions print and encode deterministically.
 *
 * <p>The canonical order ranks kinds first (booleans, integers, strings, model values, sets,
 * functions), then compares within a kind: integers numerically, strings and model values by their
 * characters, sets and functions by size and then element by element in canonical order.
 */
public sealed interface Value extends Comparable<Value>
        permits BoolValue, IntValue, StrValue, ModelValue, SetValue, FunctionValue {

    /** The rank of this value's kind in the canonical order. */
    int kindRank();

    @Override
    default int compareTo(Value other) {
        return ValueOrder.compare(this, other);
    }

    /** This value as TLA+ source text, e.g. {@code {1, 2}} or {@code [a |-> <<1, "x">>]}. */
    default String toTla() {
        StringBuilder sb = new StringBuilder();
        TlaText.append(sb, this);
        return sb.toString();
    }

    /** This value as a boolean; fails with a clear message when it is not one. */
    default boolean asBool() {
        return Values.cast(this, BoolValue.class, "a boolean").value();
    }

    /** This value as an integer; fails with a clear message when it is not one. */
    default IntValue asInt() {
        return Values.cast(this, IntValue.class, "an integer");
    }

    /** This value as a set; fails with a clear message when it is not one. */
    default SetValue asSet() {
        return Values.cast(this, SetValue.class, "a set");
    }

    /** This value as a function (record, sequence, tuple or function). */
    default FunctionValue asFunction() {
        return Values.cast(this, FunctionValue.class, "a function");
    }

    /** This value as a string; fails with a clear message when it is not one. */
    default String asString() {
        return Values.cast(this, StrValue.class, "a string").value();
    }
}
