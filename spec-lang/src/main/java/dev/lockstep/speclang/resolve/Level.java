package dev.lockstep.speclang.resolve;

import java.util.Locale;

/**
 * The level of a TLA+ expression (Specifying Systems, section 17.2, p. 322; SANY's
 * {@code LevelNode}): constant (mentions no variable), state (a variable, no prime), action (a
 * prime or an action operator: a relation between two states) or temporal (a formula over
 * behaviours: {@code []}, {@code <>}, fairness). The order is the levels' order: an expression's
 * level is at least the levels of its parts, hence {@link #join}.
 */
public enum Level {
    CONSTANT, STATE, ACTION, TEMPORAL;

    /** The higher of the two levels (the least upper bound in the order constant < state < action < temporal). */
    public Level join(Level other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** Whether this level is strictly higher than {@code other}. */
    public boolean isAbove(Level other) {
        return compareTo(other) > 0;
    }

    /** The level as the book names it: {@code constant}, {@code state}, {@code action}, {@code temporal}. */
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }
}
