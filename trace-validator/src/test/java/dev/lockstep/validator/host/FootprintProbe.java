package dev.lockstep.validator.host;

import dev.lockstep.bridge.eval.ItfValues;
import dev.lockstep.bridge.eval.TlcModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tla2sany.semantic.OpDeclNode;
import tlc2.tool.TLCState;
import tlc2.tool.impl.FastTool;

/**
 * A child JVM for {@link ActionFootprintTest} (TLC loads a spec once per process): loads
 * {@code SPEC.tla CONFIG.cfg} and writes to {@code OUT} one line per name a log line may give as
 * its action, {@code Name: v1 v2} with the variables its footprint uses ({@link ActionFootprint#byName}).
 */
public final class FootprintProbe {
    private FootprintProbe() {
    }

    public static void main(String[] args) throws Exception {
        FastTool tool = TlcModel.load(Path.of(args[0]).toAbsolutePath(), Path.of(args[1]).toAbsolutePath());
        ItfValues values = new ItfValues(Set.of());
        ActionIndex index = new ActionIndex(tool, values);
        Map<String, ActionFootprint> byName = ActionFootprint.byName(index,
                new QuantifiedCalls(index.all(), tool, values), tool);
        OpDeclNode[] vars = TLCState.Empty.getVars();
        List<String> out = new ArrayList<>();
        new TreeMap<>(byName).forEach((name, f) -> out.add(name + ": " + String.join(" ", f.usedNames(vars))));
        Files.write(Path.of(args[2]), out, StandardCharsets.UTF_8);
    }
}
