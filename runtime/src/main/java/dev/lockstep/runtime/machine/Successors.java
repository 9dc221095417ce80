package dev.lockstep.runtime.machine;

import dev.lockstep.runtime.choice.Choice;
import dev.lockstep.runtime.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the successor states of one action instance, each with the trail of nondeterministic
 * choices ({@code \E}, {@code x' \in S}, a disjunct) that leads to it. Generated code enumerates
 * successors the way TLC does (Specifying Systems, 14.2.6: conjuncts left to right, a disjunction
 * or an existential tried for each alternative) and calls {@link #push}, {@link #pop} and
 * {@link #emit}; {@link #pick} then resolves the choices one by one through a {@link Choice}, so
 * only alternatives that lead to a successor are ever offered. Not thread-safe: one per evaluation.
 *
 * @param <S> the generated state type
 */
public final class Successors<S> {
    /** One step of a choice trail: why, and which alternative was taken. */
    public record Step(String reason, Value option) {
    }

    /** A successor state and the choices that lead to it. */
    public record Successor<S>(List<Step> trail, S state) {
        public Successor {
            trail = List.copyOf(trail);
        }
    }

    private final List<Step> trail = new ArrayList<>();
    private final List<Successor<S>> found = new ArrayList<>();

    /** Enters alternative {@code option} of the choice named {@code reason}. */
    public void push(String reason, Value option) {
        trail.add(new Step(reason, option));
    }

    /** Leaves the alternative entered last. */
    public void pop() {
        trail.remove(trail.size() - 1);
    }

    /** Records a successor reached by the current trail. */
    public void emit(S state) {
        found.add(new Successor<>(trail, state));
    }

    /** Every successor found so far, in the order found. */
    public List<Successor<S>> found() {
        return List.copyOf(found);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /**
     * Picks one successor by asking {@code choice} about each choice on the way, in the order the
     * spec makes them; alternatives without a successor are not offered. Null when there is none.
     */
    public S pick(Choice choice) {
        List<Successor<S>> candidates = found;
        int depth = 0;
        while (!candidates.isEmpty()) {
            Map<Value, List<Successor<S>>> byOption = new LinkedHashMap<>();
            List<Successor<S>> ended = new ArrayList<>();
            String reason = null;
            for (Successor<S> c : candidates) {
                if (c.trail().size() <= depth) {
                    ended.add(c);
                } else {
                    Step st = c.trail().get(depth);
                    reason = reason == null ? st.reason() : reason;
                    byOption.computeIfAbsent(st.option(), k -> new ArrayList<>()).add(c);
                }
            }
            if (byOption.isEmpty()) {
                return ended.get(0).state();
            }
            List<Value> options = new ArrayList<>(byOption.keySet());
            Value chosen = choice.choose(reason, options);
            candidates = byOption.get(chosen);
            depth++;
        }
        return null;
    }
}
