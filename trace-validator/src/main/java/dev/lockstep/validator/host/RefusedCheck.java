package dev.lockstep.validator.host;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.validator.Verdict.Divergence;
import dev.lockstep.validator.host.HostProtocol.Failure;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tlc2.tool.TLCState;

/**
 * Checks what a conforming line says the implementation would not or would do next (design.md,
 * "Refused steps") against what TLC's evaluator enables in the line's state: an implementation that
 * does less (or more) than the spec allows is caught too.
 */
final class RefusedCheck {
    private final ActionIndex index;
    private final StepContext context;
    private final Explainer explainer;

    RefusedCheck(ActionIndex index, StepContext context, Explainer explainer) {
        this.index = index;
        this.context = context;
        this.explainer = explainer;
    }

    /**
     * Checks a line's {@code refused} field (the action instances the implementation refused in
     * {@code current}, the state the line logs): each one the spec really enables there is missing
     * behaviour and fails the trace. An instance the spec does not enable there is no divergence
     * (the implementation does not take it either). Null when nothing the spec enables was refused.
     */
    Failure refused(JsonNode refused, TLCState current) {
        if (refused == null || !refused.isArray()) {
            return null;
        }
        for (JsonNode r : refused) {
            String action = r.path("action").asText(null);
            List<ActionInstance> named = action == null ? null : index.named(action);
            if (named == null) {
                continue;
            }
            for (ActionInstance ai : index.candidates(action, named, r.get("params"))) {
                if (context.enabled(ai, current)) {
                    return refusal(ai, current);
                }
            }
        }
        return null;
    }

    /**
     * Checks the set of action instances the implementation would take from {@code current} (a
     * native line's {@code allowed}) against TLC's enabled set there: an instance TLC enables that
     * the set leaves out fails as {@code refused}; one in the set that TLC does not enable fails as
     * {@code allowedNotEnabled}. An entry's parameters select the instances whose bindings agree
     * where they bind them. When an entry names no action of TLC's split (or selects none), what TLC
     * enables cannot be mapped onto the set, so only the entries that do map are checked. Null when
     * the set is what the spec enables.
     */
    Failure allowed(Collection<JsonNode> calls, TLCState current) {
        if (calls == null) {
            return null;
        }
        Set<ActionInstance> covered = new HashSet<>();
        Map<JsonNode, List<ActionInstance>> mapped = new LinkedHashMap<>();
        boolean complete = true;
        for (JsonNode c : calls) {
            String action = c.path("action").asText(null);
            List<ActionInstance> named = action == null ? null : index.named(action);
            List<ActionInstance> hit = named == null ? List.of() : index.candidates(action, named, c.get("params"));
            if (hit.isEmpty() && named != null) {
                hit = new ArrayList<>();
                for (ActionInstance ai : named) {
                    if (index.matches(ai, c.get("params"), true) == null) {
                        hit.add(ai);
                    }
                }
            }
            if (hit.isEmpty()) {
                complete = false;
                continue;
            }
            covered.addAll(hit);
            mapped.put(c, hit);
        }
        for (ActionInstance ai : complete ? index.all() : List.<ActionInstance>of()) {
            if (!covered.contains(ai) && context.enabled(ai, current)) {
                return refusal(ai, current);
            }
        }
        for (Map.Entry<JsonNode, List<ActionInstance>> e : mapped.entrySet()) {
            if (e.getValue().stream().noneMatch(ai -> context.enabled(ai, current))) {
                ActionInstance ai = e.getValue().get(0);
                String label = e.getValue().size() == 1 ? ai.label() : ai.name() + " " + e.getKey().path("params");
                return context.inContext(Failure.of(Divergence.NOT_ENABLED, "the implementation allows " + label
                        + " here, which the spec does not enable").blaming(ai.label(),
                        explainer.location(ai.action().pred), null), current, current, null);
            }
        }
        return null;
    }

    private Failure refusal(ActionInstance ai, TLCState current) {
        return context.inContext(Failure.of(Divergence.REFUSED, "the spec enables " + ai.label()
                + " here, the implementation refused it").blaming(ai.label(),
                explainer.location(ai.action().pred), null), current, current, null);
    }
}
