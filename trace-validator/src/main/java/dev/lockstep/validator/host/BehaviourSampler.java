package dev.lockstep.validator.host;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.bridge.eval.TlcModel;
import dev.lockstep.bridge.eval.TlcValues;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tla2sany.semantic.FormalParamNode;
import tla2sany.semantic.OpDefNode;
import tlc2.tool.Action;
import tlc2.tool.StateVec;
import tlc2.tool.TLCState;
import tlc2.tool.impl.FastTool;
import tlc2.value.impl.Value;
import util.UniqueString;

/**
 * Writes random behaviours of a spec as native logs, the way TLC's simulator produces them: a
 * random initial state from {@code Tool.getInitStates()}, then repeatedly a random successor from
 * {@code Tool.getNextStates(action, state)} over all of TLC's actions, until a deadlock or the
 * requested length. An action TLC could not split because a quantifier's set depends on the
 * state ({@link QuantifiedCall}) is taken one element at a time, and its lines name the called
 * operator with its parameters. Runs in a child JVM (TLC's static state): test and benchmark input.
 *
 * <p>With a run length, the log holds many runs (design.md, "Many runs per log"): after that many
 * steps, or at a deadlock, a new run starts from a random initial state with an {@code Init} line.
 *
 * <p>Arguments: SPEC.tla CONFIG.cfg SEED STEPS OUT.ndjson [RUNLENGTH]
 */
public final class BehaviourSampler {
    private BehaviourSampler() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream realOut = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        Path spec = Path.of(args[0]).toAbsolutePath();
        Path cfg = Path.of(args[1]).toAbsolutePath();
        Random random = new Random(Long.parseLong(args[2]));
        long steps = Long.parseLong(args[3]);
        Path out = Path.of(args[4]);
        long runLength = args.length > 5 ? Long.parseLong(args[5]) : Long.MAX_VALUE;
        FastTool tool = TlcModel.load(spec, cfg);
        ObjectMapper mapper = new ObjectMapper();
        UniqueString[] vars = new UniqueString[TLCState.Empty.getVars().length];
        for (int i = 0; i < vars.length; i++) {
            vars[i] = TLCState.Empty.getVars()[i].getName();
        }
        long written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            StateVec inits = tool.getInitStates();
            TLCState s = inits.elementAt(random.nextInt(inits.size()));
            w.write(line(mapper, "Init", Map.of(), s, vars));
            written++;
            long inRun = 0;
            Action[] actions = tool.getActions();
            QuantifiedCall[] calls = new QuantifiedCall[actions.length];
            for (int j = 0; j < actions.length; j++) {
                calls[j] = QuantifiedCall.of(ActionInstance.of(actions[j]), tool);
            }
            while (written < steps) {
                List<String> by = new ArrayList<>();
                List<Map<String, Value>> with = new ArrayList<>();
                List<TLCState> to = new ArrayList<>();
                for (int j = 0; j < actions.length; j++) {
                    if (calls[j] == null) {
                        add(tool.getNextStates(actions[j], s), actions[j].getName().toString(), params(actions[j]),
                                by, with, to);
                        continue;
                    }
                    // a quantifier over a state-dependent set: one action per element, so the line
                    // names the called operator with its parameters, as an implementation logs it
                    String[] formals = calls[j].formals();
                    for (QuantifiedCall.Bound b : calls[j].bindings(tool, s)) {
                        Map<String, Value> p = new LinkedHashMap<>();
                        for (int i = 0; i < formals.length; i++) {
                            p.put(formals[i], b.params()[i]);
                        }
                        add(tool.getNextStates(b.action(), s), calls[j].op().getName().toString(), p, by, with, to);
                    }
                }
                if (to.isEmpty() || inRun == runLength) {
                    if (runLength == Long.MAX_VALUE) {
                        break;
                    }
                    s = inits.elementAt(random.nextInt(inits.size()));
                    w.write(line(mapper, "Init", Map.of(), s, vars));
                    written++;
                    inRun = 0;
                    continue;
                }
                inRun++;
                int k = random.nextInt(to.size());
                s = to.get(k);
                w.write(line(mapper, by.get(k), with.get(k), s, vars));
                written++;
            }
        }
        realOut.println(written);
        realOut.flush();
    }

    private static void add(StateVec next, String action, Map<String, Value> params, List<String> by,
                            List<Map<String, Value>> with, List<TLCState> to) {
        for (int i = 0; i < next.size(); i++) {
            by.add(action);
            with.add(params);
            to.add(next.elementAt(i));
        }
    }

    private static Map<String, Value> params(Action a) {
        Map<String, Value> p = new LinkedHashMap<>();
        OpDefNode def = a.getOpDef();
        if (def != null && def.getParams() != null) {
            for (FormalParamNode f : def.getParams()) {
                Object v = a.con.lookup(f);
                if (v instanceof Value val) {
                    p.put(f.getName().toString(), val);
                }
            }
        }
        return p;
    }

    private static String line(ObjectMapper mapper, String action, Map<String, Value> params, TLCState s,
                               UniqueString[] vars) throws Exception {
        ObjectNode o = mapper.createObjectNode();
        o.put("action", action);
        if (!params.isEmpty()) {
            ObjectNode p = o.putObject("params");
            params.forEach((k, v) -> p.set(k, TlcValues.itf(v)));
        }
        ObjectNode st = o.putObject("state");
        for (UniqueString v : vars) {
            st.set(v.toString(), TlcValues.itf(s.lookup(v)));
        }
        return mapper.writeValueAsString(o) + "\n";
    }
}
