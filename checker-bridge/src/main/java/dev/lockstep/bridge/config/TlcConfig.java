package dev.lockstep.bridge.config;

import dev.lockstep.bridge.config.ConstantEntry.Assignment;
import dev.lockstep.bridge.config.ConstantEntry.Substitution;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A TLC model configuration as TLC reads it (Specifying Systems, section 14.7.1, and TLC's
 * {@code ModelConfig}). Sections that may appear once are optional; list sections keep every name
 * in the order written, all their occurrences together ({@code INVARIANT A} and later
 * {@code INVARIANTS B C} give {@code [A, B, C]}). Made by {@link TlcConfigReader}.
 *
 * @param constants         CONSTANT(S) entries in order
 * @param init              INIT
 * @param next              NEXT
 * @param specification     SPECIFICATION
 * @param invariants        INVARIANT(S)
 * @param properties        PROPERTY / PROPERTIES
 * @param constraints       CONSTRAINT(S)
 * @param actionConstraints ACTION_CONSTRAINT(S)
 * @param symmetry          SYMMETRY
 * @param view              VIEW
 * @param alias             ALIAS (TLC 1.8; Lockstep evaluates it itself on the bundled TLC)
 * @param postcondition     POSTCONDITION (TLC 1.8)
 * @param type              TYPE (read by TLC 2.18, without effect)
 * @param typeConstraint    TYPE_CONSTRAINT (read by TLC 2.18, without effect)
 * @param checkDeadlock     CHECK_DEADLOCK TRUE/FALSE, if written
 */
public record TlcConfig(List<ConstantEntry> constants, Optional<Named> init, Optional<Named> next,
                        Optional<Named> specification, List<Named> invariants, List<Named> properties,
                        List<Named> constraints, List<Named> actionConstraints, Optional<Named> symmetry,
                        Optional<Named> view, Optional<Named> alias, Optional<Named> postcondition,
                        Optional<Named> type, Optional<Named> typeConstraint, Optional<Boolean> checkDeadlock) {

    public TlcConfig {
        constants = List.copyOf(constants);
        invariants = List.copyOf(invariants);
        properties = List.copyOf(properties);
        constraints = List.copyOf(constraints);
        actionConstraints = List.copyOf(actionConstraints);
    }

    /** A configuration with nothing in it. */
    public static TlcConfig empty() {
        return new TlcConfig(List.of(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(),
                List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The {@code name = value} entries, scoped ones included. */
    public List<Assignment> assignments() {
        return constants.stream().filter(Assignment.class::isInstance).map(Assignment.class::cast).toList();
    }

    /** The {@code name <- definition} entries, scoped ones included. */
    public List<Substitution> substitutions() {
        return constants.stream().filter(Substitution.class::isInstance).map(Substitution.class::cast).toList();
    }

    /** The value assigned to a root-module constant {@code name} (not scoped, no arguments). */
    public Optional<ConfigValue> valueOf(String name) {
        ConfigValue found = null;
        for (Assignment a : assignments()) {
            if (a.name().equals(name) && a.module().isEmpty() && a.arguments().isEmpty()) {
                found = a.value(); // TLC: the last assignment wins
            }
        }
        return Optional.ofNullable(found);
    }

    /** The definition substituted for a root-module constant {@code name}. */
    public Optional<String> substitutionOf(String name) {
        String found = null;
        for (Substitution s : substitutions()) {
            if (s.name().equals(name) && s.module().isEmpty()) {
                found = s.definition();
            }
        }
        return Optional.ofNullable(found);
    }

    /** Every model value the configuration's assignments mention, in order of appearance. */
    public Set<String> modelValues() {
        Set<String> out = new LinkedHashSet<>();
        for (Assignment a : assignments()) {
            a.arguments().forEach(v -> v.collectModelValues(out));
            a.value().collectModelValues(out);
        }
        return out;
    }

    /** Whether TLC checks for deadlock (it does unless {@code CHECK_DEADLOCK FALSE}). */
    public boolean checksDeadlock() {
        return checkDeadlock.orElse(true);
    }
}
