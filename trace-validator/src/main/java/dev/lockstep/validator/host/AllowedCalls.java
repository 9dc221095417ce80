package dev.lockstep.validator.host;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The set of action instances the implementation would take, carried from line to line of one run
 * (the native field {@code allowed}: the whole set as an array, or its change since the previous
 * line as {@code {"add": [...], "drop": [...]}}; a line without it keeps the set). Entries are
 * compared as JSON values. One per worker, reset at each run's start.
 */
final class AllowedCalls {
    private Set<JsonNode> set;

    void reset() {
        set = null;
    }

    /**
     * Applies a line's field (null when the line has none); the set for the line's state, or null
     * while no line of the run has given the whole set.
     *
     * @throws IllegalArgumentException when the field has neither shape
     */
    Collection<JsonNode> apply(JsonNode field) {
        if (field == null || field.isNull()) {
            return set;
        }
        if (field.isArray()) {
            set = new LinkedHashSet<>();
            field.forEach(set::add);
            return set;
        }
        JsonNode add = field.get("add");
        JsonNode drop = field.get("drop");
        if (!field.isObject() || add != null && !add.isArray() || drop != null && !drop.isArray()) {
            throw new IllegalArgumentException("\"allowed\" must be an array of {\"action\": name, \"params\": {...}}"
                    + " or an object {\"add\": [...], \"drop\": [...]}");
        }
        if (set != null) {
            if (drop != null) {
                drop.forEach(set::remove);
            }
            if (add != null) {
                add.forEach(set::add);
            }
        }
        return set;
    }
}
