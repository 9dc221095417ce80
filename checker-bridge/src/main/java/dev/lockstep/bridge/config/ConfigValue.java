package dev.lockstep.bridge.config;

import dev.lockstep.speclang.diag.SourceRange;
import java.util.List;
import java.util.Set;

/**
 * A value a TLC configuration assigns to a constant: an integer, a string, a Boolean, a model
 * value, or a set of these (Specifying Systems, section 14.7.1). Every other token in a value's
 * place is a model value named by that token, as TLC reads it.
 */
public sealed interface ConfigValue {

    /** Where the value is written. */
    SourceRange range();

    /** An integer; TLC reads only non-negative literals that fit in 32 bits. */
    record Int(int value, SourceRange range) implements ConfigValue {
    }

    /**
     * A string literal. {@code text} is what stands between the quotes, escapes untouched: TLC does
     * not unescape configuration strings.
     */
    record Str(String text, SourceRange range) implements ConfigValue {
    }

    /** {@code TRUE} or {@code FALSE}. */
    record Bool(boolean value, SourceRange range) implements ConfigValue {
    }

    /** A model value: a value equal only to itself. */
    record ModelValue(String name, SourceRange range) implements ConfigValue {
    }

    /** A set of values, {@code {a, b}}. */
    record SetOf(List<ConfigValue> elements, SourceRange range) implements ConfigValue {
        public SetOf {
            elements = List.copyOf(elements);
        }
    }

    /** The model values in this value, nested sets included, into {@code out}. */
    default void collectModelValues(Set<String> out) {
        if (this instanceof ModelValue m) {
            out.add(m.name());
        } else if (this instanceof SetOf s) {
            s.elements().forEach(e -> e.collectModelValues(out));
        }
    }

    /** The value as the configuration writes it ({@code {a, 1, "x"}}). */
    default String asWritten() {
        if (this instanceof Int i) {
            return Integer.toString(i.value());
        }
        if (this instanceof Str s) {
            return "\"" + s.text() + "\"";
        }
        if (this instanceof Bool b) {
            return b.value() ? "TRUE" : "FALSE";
        }
        if (this instanceof ModelValue m) {
            return m.name();
        }
        StringBuilder sb = new StringBuilder("{");
        List<ConfigValue> es = ((SetOf) this).elements();
        for (int i = 0; i < es.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(es.get(i).asWritten());
        }
        return sb.append('}').toString();
    }
}
