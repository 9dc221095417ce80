package dev.lockstep.validator.host;

import dev.lockstep.bridge.eval.ItfValues;
import dev.lockstep.bridge.eval.TlcModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import tlc2.tool.Action;
import tlc2.tool.EvalControl;
import tlc2.tool.StateVec;
import tlc2.tool.TLCState;
import tlc2.tool.impl.FastTool;
import tlc2.value.IValue;
import tlc2.value.impl.BoolValue;

/**
 * A child JVM for {@link GuidedExistsTest} (TLC loads a spec once per process): loads
 * {@code SPEC.tla CONFIG.cfg}, walks {@code STEPS} random steps of TLC's successor function from an
 * initial state (seed {@code SEED}), and at each state compares, for every action that is a
 * {@link GuidedExists}, its verdict with TLC's own evaluation of the action's predicate on pairs
 * (state, successor) of every action and on pairs (state, an earlier state of the walk). Writes to
 * {@code OUT} the counts {@code guided N true T false F fallback B error E disagree D}, then one
 * line per disagreement.
 */
public final class GuidedExistsProbe {
    private GuidedExistsProbe() {
    }

    public static void main(String[] args) throws Exception {
        FastTool tool = TlcModel.load(Path.of(args[0]).toAbsolutePath(), Path.of(args[1]).toAbsolutePath());
        long seed = Long.parseLong(args[2]);
        int steps = Integer.parseInt(args[3]);
        ActionIndex index = new ActionIndex(tool, new ItfValues(Set.of()));
        List<GuidedExists> guided = new ArrayList<>();
        for (ActionInstance ai : index.all()) {
            GuidedExists g = GuidedExists.of(ai.action());
            if (g != null) {
                guided.add(g);
            }
        }
        Random random = new Random(seed);
        List<TLCState> walk = new ArrayList<>();
        TLCState s = tool.getInitStates().elementAt(0);
        long agreeTrue = 0;
        long agreeFalse = 0;
        long fallback = 0;
        long error = 0;
        List<String> disagree = new ArrayList<>();
        for (int step = 0; step < steps; step++) {
            List<TLCState> next = new ArrayList<>();
            for (Action a : tool.getActions()) {
                StateVec sv = tool.getNextStates(a, s);
                for (int i = 0; i < sv.size(); i++) {
                    next.add(sv.elementAt(i));
                }
            }
            List<TLCState> pairs = new ArrayList<>(next);
            for (int i = 0; i < 3 && !walk.isEmpty(); i++) {
                pairs.add(walk.get(random.nextInt(walk.size())));
            }
            for (GuidedExists g : guided) {
                for (TLCState t : pairs) {
                    String tlc;
                    try {
                        IValue v = tool.eval(g.action().pred, g.action().con, s, t, EvalControl.Clear);
                        tlc = v instanceof BoolValue b ? Boolean.toString(b.val) : "error";
                    } catch (RuntimeException e) {
                        tlc = "error";
                    }
                    String mine;
                    try {
                        Boolean r = g.holds(tool, s, t);
                        mine = r == null ? "fallback" : r.toString();
                    } catch (RuntimeException e) {
                        mine = "error";
                    }
                    if (mine.equals("fallback")) {
                        fallback++;
                    } else if (tlc.equals("error")) {
                        error++;   // TLC's order met an error: only those may differ
                    } else if (!mine.equals(tlc)) {
                        disagree.add("step " + step + ": TLC " + tlc + ", guided " + mine + "\n" + s + "\n->\n" + t);
                    } else if (tlc.equals("true")) {
                        agreeTrue++;
                    } else {
                        agreeFalse++;
                    }
                }
            }
            walk.add(s);
            if (next.isEmpty()) {
                s = tool.getInitStates().elementAt(0);
            } else {
                s = next.get(random.nextInt(next.size()));
            }
        }
        List<String> out = new ArrayList<>();
        out.add("guided " + guided.size() + " true " + agreeTrue + " false " + agreeFalse + " fallback " + fallback
                + " error " + error + " disagree " + disagree.size());
        out.addAll(disagree);
        Files.write(Path.of(args[4]), out, StandardCharsets.UTF_8);
    }
}
