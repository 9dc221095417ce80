package dev.lockstep.runtime.value;

import java.util.Objects;

/**
 * A model value declared in a TLC configuration ({@code CONSTANT p1 = p1} or a set of them).
 * A model value equals only itself (TLC's untyped model values).
 */
public record ModelValue(String name) implements Value {
    public ModelValue {
        Objects.requireNonNull(name, "name");
    }

    public static ModelValue of(String name) {
        return new ModelValue(name);
    }

    @Override
    public int kindRank() {
        return 3;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelValue m && m.name.equals(name);
    }

    @Override
    public int hashCode() {
        return ~name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
