package dev.lockstep.runtime.value;

/** {@code TRUE} or {@code FALSE}. Use {@link #TRUE} and {@link #FALSE} or {@link #of}. */
public record BoolValue(boolean value) implements Value {
    public static final BoolValue TRUE = new BoolValue(true);
    public static final BoolValue FALSE = new BoolValue(false);

    public static BoolValue of(boolean b) {
        return b ? TRUE : FALSE;
    }

    @Override
    public int kindRank() {
        return 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BoolValue b && b.value == value;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(value);
    }

    @Override
    public String toString() {
        return toTla();
    }
}
