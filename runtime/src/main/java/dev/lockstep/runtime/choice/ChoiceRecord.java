package dev.lockstep.runtime.choice;

import java.util.Objects;

/**
 * One resolved choice: why it was made (a PlusCal label, an operator or action name, a bound
 * variable), which option was taken (0-based) and how many there were.
 */
public record ChoiceRecord(String reason, int index, int count) {
    public ChoiceRecord {
        Objects.requireNonNull(reason, "reason");
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("choice " + index + " of " + count + " for " + reason);
        }
    }
}
