package dev.lockstep.runtime.value;

import java.util.Objects;

/** A TLA+ string such as {@code "abc"}. Never equal to a {@link ModelValue} of the same name. */
public record StrValue(String value) implements Value {
    public StrValue {
        Objects.requireNonNull(value, "value");
    }

    public static StrValue of(String s) {
        return new StrValue(s);
    }

    @Override
    public int kindRank() {
        return 2;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StrValue s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return toTla();
    }
}
