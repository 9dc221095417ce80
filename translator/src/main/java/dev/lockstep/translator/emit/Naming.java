package dev.lockstep.translator.emit;

import dev.lockstep.speclang.ast.Operator;
import java.util.HashMap;
import java.util.Map;

/**
 * The Java names of a spec's variables (state record components), constants (constants record
 * components) and methods of the base class, fixed once per generation so every emitter agrees on
 * them. Variables and constants are all named when the generation starts; methods are named the
 * first time an emitter asks for them, by {@link MethodKey}.
 */
final class Naming {
    private final Map<String, String> variables = new HashMap<>();
    private final Map<String, String> constants = new HashMap<>();
    private final Map<MethodKey, String> methods = new HashMap<>();
    final JavaNames stateComponents = new JavaNames();
    final JavaNames constantComponents = new JavaNames();
    final JavaNames classMembers = new JavaNames();

    Naming() {
        for (String r : new String[] {"toString", "hashCode", "equals", "getClass", "notify", "notifyAll", "wait",
                "clone", "finalize", "variables", "VARIABLES", "of"}) {
            stateComponents.reserve(r);
            constantComponents.reserve(r);
            classMembers.reserve(r);
        }
        for (String r : new String[] {"m", "sb", "require"}) {
            stateComponents.reserve(r); // locals and helpers of the generated state record
        }
        for (String r : new String[] {"specName", "init", "enabled", "step", "initialStates", "SPEC_NAME",
                "SPEC_SHA256", "main"}) {
            classMembers.reserve(r);
        }
    }

    /**
     * Reserves the names of the spec's generated types in every scope: a member named like a type
     * would obscure it (JLS 6.4.2), as a variable {@code ElevatorState} in spec {@code Elevator} would.
     */
    void reserveTypes(Iterable<String> typeNames) {
        for (String t : typeNames) {
            stateComponents.reserve(t);
            constantComponents.reserve(t);
            classMembers.reserve(t);
        }
    }

    String variable(String tla) {
        return variables.computeIfAbsent(tla, stateComponents::fresh);
    }

    String constant(String tla) {
        return constants.computeIfAbsent(tla, constantComponents::fresh);
    }

    /** The method of the spec's operator {@code name} ({@code infixAmp} for {@code x & y == ...}). */
    String definition(String name) {
        String hint = name;
        for (Operator o : Operator.values()) {
            if (o.symbol().equals(name)) {
                hint = "infix" + JavaNames.typeName(o.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return method(new MethodKey.Definition(name), hint);
    }

    /** The effect method of {@code action}, named after its name in logs. */
    String action(ActionModel action) {
        return method(action.key(), action.logName());
    }

    /** The guard, enabled or successors method of {@code action}. */
    String derived(ActionModel action, MethodKey.Role role) {
        return method(new MethodKey.Derived(action.key(), role), action(action) + role.suffix);
    }

    /** The method for {@code key}, named after {@code hint} (escaped, made unique) the first time. */
    String method(MethodKey key, String hint) {
        return methods.computeIfAbsent(key, k -> classMembers.fresh(hint));
    }
}
