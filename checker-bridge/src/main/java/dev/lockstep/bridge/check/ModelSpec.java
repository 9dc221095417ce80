package dev.lockstep.bridge.check;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to check: a TLC configuration file, plus additions from the command line. The effective
 * configuration is the base file ({@link #configFile}, else {@code Spec.cfg} beside the spec unless
 * {@code init}, {@code next} or {@code specification} is given here) followed by these additions.
 *
 * @param configFile      an explicit {@code .cfg}, or {@code null}
 * @param init            INIT operator, or {@code null}
 * @param next            NEXT operator, or {@code null}
 * @param specification   SPECIFICATION operator, or {@code null}
 * @param invariants      extra INVARIANTs
 * @param properties      extra PROPERTYs
 * @param constants       extra CONSTANT assignments, name to TLA+ value text, in order
 * @param noDeadlock      do not check for deadlock
 */
public record ModelSpec(Path configFile, String init, String next, String specification, List<String> invariants,
                        List<String> properties, Map<String, String> constants, boolean noDeadlock) {
    public ModelSpec {
        invariants = List.copyOf(invariants);
        properties = List.copyOf(properties);
        constants = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(constants));
    }

    /** Only a config file ({@code null}: the spec's own {@code Spec.cfg}). */
    public static ModelSpec fromFiles(Path configFile) {
        return new ModelSpec(configFile, null, null, null, List.of(), List.of(), Map.of(), false);
    }

    /** Whether anything beyond a config file was given. */
    public boolean hasAdditions() {
        return init != null || next != null || specification != null || !invariants.isEmpty()
                || !properties.isEmpty() || !constants.isEmpty();
    }

    /** Whether the behaviour spec is given here, so the spec's own Spec.cfg is not used implicitly. */
    boolean replacesBehaviour() {
        return init != null || next != null || specification != null;
    }

    /** The lines the additions contribute to a {@code .cfg}. */
    List<String> additionLines() {
        List<String> lines = new java.util.ArrayList<>();
        constants.forEach((k, v) -> lines.add("CONSTANT " + k + " = " + v));
        if (specification != null) {
            lines.add("SPECIFICATION " + specification);
        }
        if (init != null) {
            lines.add("INIT " + init);
        }
        if (next != null) {
            lines.add("NEXT " + next);
        }
        invariants.forEach(i -> lines.add("INVARIANT " + i));
        properties.forEach(p -> lines.add("PROPERTY " + p));
        return lines;
    }
}
