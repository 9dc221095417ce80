package dev.lockstep.cli.report;

import dev.lockstep.bridge.trace.Trace;
import dev.lockstep.bridge.trace.TraceState;
import dev.lockstep.bridge.value.TlcValue;
import dev.lockstep.validator.report.SpaceTimeSvg;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A space-time diagram of a behaviour: one lane per process or node, one row per step, a mark where
 * the step changed that lane's part of the state. Lanes are the keys of the variables that are
 * functions of model values or of PlusCal process ids (such as {@code rmState} or {@code pc}).
 */
final class SpaceTime {
    private SpaceTime() {
    }

    /** The lanes, or an empty list when the state has no per-node variables. */
    static List<String> lanes(Trace t) {
        Set<String> lanes = new LinkedHashSet<>();
        if (t.states().isEmpty()) {
            return List.of();
        }
        for (TlcValue v : t.states().get(0).values().values()) {
            if (v instanceof TlcValue.Fun f && !f.entries().isEmpty()
                    && f.entries().stream().allMatch(e -> e.key() instanceof TlcValue.ModelValue || e.key() instanceof TlcValue.Int
                    || e.key() instanceof TlcValue.Str)) {
                f.entries().forEach(e -> lanes.add(key(e.key())));
            }
        }
        return lanes.size() > 1 && lanes.size() <= 16 ? new ArrayList<>(lanes) : List.of();
    }

    private static String key(TlcValue k) {
        return dev.lockstep.bridge.value.TlaPrinter.print(k);
    }

    /** Lanes whose part of the state differs between two states. */
    static Set<String> changed(TraceState before, TraceState after) {
        Set<String> out = new LinkedHashSet<>();
        for (Map.Entry<String, TlcValue> e : after.values().entrySet()) {
            TlcValue old = before.values().get(e.getKey());
            if (old instanceof TlcValue.Fun a && e.getValue() instanceof TlcValue.Fun b) {
                for (TlcValue.Entry be : b.entries()) {
                    TlcValue av = a.entries().stream().filter(x -> x.key().equals(be.key())).map(TlcValue.Entry::value)
                            .findFirst().orElse(null);
                    if (!Objects.equals(av, be.value())) {
                        out.add(key(be.key()));
                    }
                }
            }
        }
        return out;
    }

    /** The diagram as inline SVG (drawn by {@link SpaceTimeSvg}), or an empty string when there are no lanes. */
    static String svg(Trace t) {
        List<String> lanes = lanes(t);
        if (lanes.isEmpty()) {
            return "";
        }
        List<SpaceTimeSvg.Row> rows = new ArrayList<>();
        for (int s = 0; s < t.states().size(); s++) {
            TraceState st = t.states().get(s);
            List<Integer> marked = new ArrayList<>();
            if (s > 0) {
                Set<String> changed = changed(t.states().get(s - 1), st);
                for (int i = 0; i < lanes.size(); i++) {
                    if (changed.contains(lanes.get(i))) {
                        marked.add(i);
                    }
                }
            }
            rows.add(new SpaceTimeSvg.Row((s + 1) + ": " + (st.action() == null ? "(step)" : st.action()), marked, false, false));
        }
        return SpaceTimeSvg.render(lanes, rows);
    }
}
