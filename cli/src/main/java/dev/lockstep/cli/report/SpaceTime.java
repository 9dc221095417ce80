package dev.lockstep.cli.report;

import dev.lockstep.bridge.trace.Trace;
import dev.lockstep.bridge.trace.TraceState;
import dev.lockstep.bridge.value.TlaPrinter;
import dev.lockstep.bridge.value.TlcValue;
import dev.lockstep.validator.report.SpaceTimeSvg;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A space-time diagram of a behaviour: one lane per process or node, one row per step, a mark where
 * the step changed that lane's part of the state, and messages as arrows between lanes.
 *
 * <p>A spec with processes keeps per-process state in functions over the set of processes
 * (PlusCal's {@code pc}, {@code [n \in Nodes |-> ...]}). The lanes are the domain shared by most of
 * the variables that are such functions (2 to 16 keys, the same in every state); on a tie, the domain
 * of a control-state variable ({@code pc}, {@code phase}, ...), whose value labels a lane's marks. A
 * message is a record added to a set-valued variable (the network) that names a receiver
 * ({@code dst}, {@code to}, ...) or a sender ({@code src}, {@code from}, ...) among the lanes.
 */
final class SpaceTime {
    private static final List<String> FROM_FIELDS = List.of("src", "from", "sender", "source");
    private static final List<String> TO_FIELDS = List.of("dst", "to", "dest", "receiver", "target");
    private static final List<String> LABEL_NAMES = List.of("pc", "state", "status", "role", "phase", "mode");
    private static final int MAX_LANES = 16;

    /** The lanes' keys, the variables that are functions over them, and the one whose value labels a mark. */
    record Lanes(List<TlcValue> keys, List<String> variables, String labelVariable) {
    }

    private SpaceTime() {
    }

    /** The lanes of {@code t}, or null when its state has no functions over a set of processes. */
    static Lanes lanes(Trace t) {
        Map<Set<TlcValue>, List<String>> byDomain = new LinkedHashMap<>();
        Map<Set<TlcValue>, List<TlcValue>> keysOf = new HashMap<>();
        for (String name : t.variables()) {
            List<TlcValue> domain = commonDomain(t, name);
            if (domain != null) {
                Set<TlcValue> key = Set.copyOf(domain);
                keysOf.putIfAbsent(key, domain);
                byDomain.computeIfAbsent(key, k -> new ArrayList<>()).add(name);
            }
        }
        Set<TlcValue> best = null;
        for (Map.Entry<Set<TlcValue>, List<String>> g : byDomain.entrySet()) {
            if (best == null || score(g.getValue()) > score(byDomain.get(best))) {
                best = g.getKey();
            }
        }
        if (best == null) {
            return null;
        }
        List<String> vars = byDomain.get(best);
        String label = LABEL_NAMES.stream().filter(vars::contains).findFirst().orElse(vars.get(0));
        return new Lanes(keysOf.get(best), vars, label);
    }

    private static int score(List<String> vars) {
        return vars.size() * 2 + (vars.stream().anyMatch(LABEL_NAMES::contains) ? 1 : 0);
    }

    /** The keys of variable {@code name} when it is a function with the same 2..16 keys in every state. */
    private static List<TlcValue> commonDomain(Trace t, String name) {
        List<TlcValue> domain = null;
        for (TraceState s : t.states()) {
            if (!(s.values().get(name) instanceof TlcValue.Fun f) || f.entries().size() < 2 || f.entries().size() > MAX_LANES) {
                return null;
            }
            List<TlcValue> keys = f.entries().stream().map(TlcValue.Entry::key).toList();
            if (domain == null) {
                domain = keys;
            } else if (!Set.copyOf(domain).equals(Set.copyOf(keys))) {
                return null;
            }
        }
        return domain;
    }

    /** The diagram as inline SVG (drawn by {@link SpaceTimeSvg}), or an empty string when there are no lanes. */
    static String svg(Trace t) {
        Lanes lanes = t.states().isEmpty() ? null : lanes(t);
        if (lanes == null) {
            return "";
        }
        List<List<Integer>> active = new ArrayList<>();
        List<SpaceTimeSvg.Row> rows = new ArrayList<>();
        for (int s = 0; s < t.states().size(); s++) {
            TraceState st = t.states().get(s);
            TraceState prev = s == 0 ? null : t.states().get(s - 1);
            List<Integer> marked = new ArrayList<>();
            Map<Integer, String> notes = new HashMap<>();
            Map<Integer, String> details = new HashMap<>();
            for (int i = 0; i < lanes.keys().size(); i++) {
                TlcValue k = lanes.keys().get(i);
                boolean changed = prev != null && lanes.variables().stream()
                        .anyMatch(v -> !Objects.equals(lookup(prev, v, k), lookup(st, v, k)));
                if (changed) {
                    marked.add(i);
                    details.put(i, lanes.variables().stream().map(v -> v + "[" + TlaPrinter.print(k) + "] = " + print(lookup(st, v, k)))
                            .collect(Collectors.joining("\n")));
                }
                if (changed || prev == null) {
                    notes.put(i, print(lookup(st, lanes.labelVariable(), k)));
                }
            }
            active.add(marked);
            boolean loop = t.isLasso() && !t.stuttering() && t.loopIndex() == s;
            rows.add(new SpaceTimeSvg.Row((s + 1) + ": " + (st.action() == null ? "(step)" : st.action()) + (loop ? " \u21BA" : ""),
                    marked, false, false, notes, details));
        }
        List<String> names = lanes.keys().stream().map(TlaPrinter::print).toList();
        return SpaceTimeSvg.render(names, rows, messages(t, lanes.keys(), active));
    }

    private static TlcValue lookup(TraceState s, String variable, TlcValue key) {
        if (s.values().get(variable) instanceof TlcValue.Fun f) {
            return f.entries().stream().filter(e -> e.key().equals(key)).map(TlcValue.Entry::value).findFirst().orElse(null);
        }
        return null;
    }

    private static String print(TlcValue v) {
        return v == null ? "" : TlaPrinter.print(v);
    }

    /**
     * The messages: records added to a set-valued variable that name a receiver or a sender among
     * the lanes. A message without a sender comes from the one lane active in its step, if there is
     * exactly one, else from outside the lanes; it is received in the step that removes it, if any.
     */
    private static List<SpaceTimeSvg.Arrow> messages(Trace t, List<TlcValue> keys, List<List<Integer>> active) {
        List<SpaceTimeSvg.Arrow> out = new ArrayList<>();
        for (String name : t.variables()) {
            List<Set<TlcValue>> sets = new ArrayList<>();
            for (TraceState s : t.states()) {
                if (!(s.values().get(name) instanceof TlcValue.SetOf set)) {
                    break;
                }
                sets.add(new LinkedHashSet<>(set.elements()));
            }
            if (sets.size() != t.states().size()) {
                continue;
            }
            for (int i = 1; i < sets.size(); i++) {
                for (TlcValue m : sets.get(i)) {
                    if (sets.get(i - 1).contains(m) || !(m instanceof TlcValue.Record rec)) {
                        continue;
                    }
                    String toField = TO_FIELDS.stream().filter(rec.fields()::containsKey).findFirst().orElse(null);
                    String fromField = FROM_FIELDS.stream().filter(rec.fields()::containsKey).findFirst().orElse(null);
                    if (toField == null && fromField == null) {
                        continue;
                    }
                    int to = toField == null ? SpaceTimeSvg.OTHERS : keys.indexOf(rec.fields().get(toField));
                    int from = fromField == null ? SpaceTimeSvg.OTHERS : keys.indexOf(rec.fields().get(fromField));
                    if (fromField == null) {
                        List<Integer> movers = active.get(i);
                        from = movers.size() == 1 && movers.get(0) != to ? movers.get(0) : SpaceTimeSvg.OTHERS;
                    }
                    if (from == to) {
                        continue;
                    }
                    int received = -1;
                    for (int j = i + 1; j < sets.size() && received < 0; j++) {
                        received = sets.get(j).contains(m) ? -1 : j;
                    }
                    String label = rec.fields().get("type") instanceof TlcValue.Str type ? type.value() : name;
                    String fromName = from < 0 ? "others" : TlaPrinter.print(keys.get(from));
                    String toName = to < 0 ? "others" : TlaPrinter.print(keys.get(to));
                    out.add(new SpaceTimeSvg.Arrow(from, to, i, received, label, label + " (" + name + "): " + fromName + " -> " + toName
                            + ", sent in step " + (i + 1) + (received < 0 ? ", still in flight" : ", received in step " + (received + 1))));
                }
            }
        }
        return out;
    }
}
