package dev.lockstep.validator.host;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * requested length. Runs in a child JVM (TLC's static state): test and benchmark input.
 *
 * <p>Arguments: SPEC.tla CONFIG.cfg SEED STEPS OUT.ndjson [gzip]
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
        FastTool tool = new FastTool(spec.getParent().toString(), spec.getFileName().toString().replaceFirst("\\.tla$", ""),
                cfg.toString().replaceFirst("\\.cfg$", ""), EvaluatorHost.modules(spec.getParent()));
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
            Action[] actions = tool.getActions();
            while (written < steps) {
                List<Action> by = new ArrayList<>();
                List<TLCState> to = new ArrayList<>();
                for (Action a : actions) {
                    StateVec next = tool.getNextStates(a, s);
                    for (int i = 0; i < next.size(); i++) {
                        by.add(a);
                        to.add(next.elementAt(i));
                    }
                }
                if (to.isEmpty()) {
                    break;
                }
                int k = random.nextInt(to.size());
                s = to.get(k);
                w.write(line(mapper, by.get(k).getName().toString(), params(by.get(k)), s, vars));
                written++;
            }
        }
        realOut.println(written);
        realOut.flush();
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
            params.forEach((k, v) -> p.set(k, ItfEncoder.encode(v)));
        }
        ObjectNode st = o.putObject("state");
        for (UniqueString v : vars) {
            st.set(v.toString(), ItfEncoder.encode(s.lookup(v)));
        }
        return mapper.writeValueAsString(o) + "\n";
    }
}
