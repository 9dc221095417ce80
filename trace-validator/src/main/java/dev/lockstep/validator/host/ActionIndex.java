package dev.lockstep.validator.host;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.bridge.eval.ItfValues;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tlc2.tool.Action;
import tlc2.tool.impl.Tool;
import tlc2.value.impl.Value;

/**
 * The action instances TLC splits the next-state relation into, found by a log line's action name
 * and parameters: through an index keyed by the parameters' canonical TLA+ text (TLC prints
 * normalized values canonically), built on first use, and a cache keyed by the parameters' text in
 * the line (repeated parameter combinations skip converting values).
 */
final class ActionIndex {
    static final int MAX_LISTED = 20;
    private static final int CANDIDATE_CACHE = 100_000;

    private final ItfValues values;
    private final Map<String, List<ActionInstance>> byName = new LinkedHashMap<>();
    private final List<ActionInstance> all = new ArrayList<>();
    private final Map<String, Map<String, List<ActionInstance>>> paramIndex = new HashMap<>();
    /** Candidates by action, then by the parameters' text (the reader shares a repeated text's string: its hash is kept). */
    private final Map<String, Map<String, List<ActionInstance>>> candidateCache = new HashMap<>();
    private int cachedCandidates;

    ActionIndex(Tool tool, ItfValues values) {
        this.values = values;
        for (Action a : tool.getActions()) {
            ActionInstance ai = ActionInstance.of(a);
            all.add(ai);
            byName.computeIfAbsent(ai.name(), k -> new ArrayList<>()).add(ai);
        }
    }

    /** Every instance, in TLC's order. */
    List<ActionInstance> all() {
        return all;
    }

    /** The instances of {@code action}, or null when no instance has that name. */
    List<ActionInstance> named(String action) {
        return byName.get(action);
    }

    /** The actions' names, in TLC's order. */
    Set<String> names() {
        return byName.keySet();
    }

    /**
     * As {@link #candidates(String, List, JsonNode)}, remembered by {@code paramsText} (the
     * parameters' text in the line) when it is not null.
     */
    List<ActionInstance> candidates(String action, List<ActionInstance> named, JsonNode params, String paramsText) {
        if (paramsText == null) {
            return candidates(action, named, params);
        }
        Map<String, List<ActionInstance>> ofAction = candidateCache.computeIfAbsent(action, k -> new HashMap<>());
        List<ActionInstance> candidates = ofAction.get(paramsText);
        if (candidates == null) {
            candidates = candidates(action, named, params);
            if (cachedCandidates < CANDIDATE_CACHE) {
                ofAction.put(paramsText, candidates);
                cachedCandidates++;
            }
        }
        return candidates;
    }

    /**
     * The instances among {@code named} (those of {@code action}) whose bindings agree with the
     * logged parameters, falling back to comparing values one instance at a time.
     */
    List<ActionInstance> candidates(String action, List<ActionInstance> named, JsonNode params) {
        if (params == null || !params.isObject() || params.isEmpty()) {
            return named;
        }
        List<String> names = new ArrayList<>();
        params.fieldNames().forEachRemaining(names::add);
        Collections.sort(names);
        StringBuilder key = new StringBuilder();
        try {
            for (String n : names) {
                key.append(n).append('=').append(values.toValue(params.get(n))).append('\u0000');
            }
        } catch (ItfValues.BadValue e) {
            return List.of();
        }
        Map<String, List<ActionInstance>> index = paramIndex.computeIfAbsent(action + "\u0000" + names,
                k -> indexBy(named, names));
        List<ActionInstance> hit = index.get(key.toString());
        if (hit != null) {
            return hit;
        }
        List<ActionInstance> slow = new ArrayList<>();
        for (ActionInstance ai : named) {
            if (matches(ai, params) == null) {
                slow.add(ai);
            }
        }
        return slow;
    }

    private static Map<String, List<ActionInstance>> indexBy(List<ActionInstance> named, List<String> names) {
        Map<String, List<ActionInstance>> index = new HashMap<>();
        for (ActionInstance ai : named) {
            StringBuilder key = new StringBuilder();
            boolean complete = true;
            for (String n : names) {
                Value v = ai.bindings().get(n);
                if (v == null) {
                    complete = false;
                    break;
                }
                key.append(n).append('=').append(v).append('\u0000');
            }
            if (complete) {
                index.computeIfAbsent(key.toString(), k -> new ArrayList<>()).add(ai);
            }
        }
        return index;
    }

    /** Null when the action instance's bindings agree with the logged parameters, else why not. */
    String matches(ActionInstance ai, JsonNode params) {
        return matches(ai, params, false);
    }

    /** As {@link #matches(ActionInstance, JsonNode)}; {@code unbound}: a parameter {@code ai} does not bind agrees. */
    String matches(ActionInstance ai, JsonNode params, boolean unbound) {
        if (params == null || !params.isObject()) {
            return null;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            Value bound = ai.bindings().get(p.getKey());
            if (bound == null && unbound) {
                continue;
            } else if (bound == null) {
                return "parameter '" + p.getKey() + "' is not bound by " + ai.name();
            }
            Value logged;
            try {
                logged = values.toValue(p.getValue());
            } catch (ItfValues.BadValue e) {
                return "parameter '" + p.getKey() + "': " + e.getMessage();
            }
            try {
                if (!bound.equals(logged)) {
                    return p.getKey() + " = " + logged;
                }
            } catch (RuntimeException e) {
                return p.getKey() + " = " + logged + " cannot be compared with " + bound;
            }
        }
        return null;
    }

    /** The instances' labels, at most {@value #MAX_LISTED}. */
    static String labels(List<ActionInstance> ais) {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < ais.size() && i < MAX_LISTED; i++) {
            l.add(ais.get(i).label());
        }
        return String.join(", ", l) + (ais.size() > MAX_LISTED ? ", ..." : "");
    }
}
