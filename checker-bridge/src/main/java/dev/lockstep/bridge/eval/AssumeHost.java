package dev.lockstep.bridge.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;

/**
 * The child-JVM side of {@link dev.lockstep.bridge.check.AssumptionCheck}: loads the spec and model
 * with TLC's {@code FastTool} ({@link TlcModel#load}) and evaluates its assumptions
 * ({@link Assumptions#firstFalse}). TLC keeps global state, so this never runs in Lockstep's own JVM.
 *
 * <p>Arguments: {@code SPEC.tla CONFIG.cfg ANSWER.json}. The answer is one JSON object:
 * {@code {}} when every assumption holds, {@code {"falsified":{"text":..,"problem":..,"file":..,
 * "line":..,"column":..}}}, or {@code {"error":MESSAGE}} when TLC cannot load the model (check
 * reports that; generate and validate report it their own way). TLC's console output goes to
 * standard error.
 */
public final class AssumeHost {
    private AssumeHost() {
    }

    public static void main(String[] args) throws Exception {
        ModelHost.answer(Path.of(args[2]), mapper -> {
            ObjectNode answer = mapper.createObjectNode();
            Assumptions.firstFalse(TlcModel.load(Path.of(args[0]).toAbsolutePath(), Path.of(args[1]).toAbsolutePath()))
                    .ifPresent(v -> answer.set("falsified", mapper.valueToTree(v)));
            return answer;
        });
    }
}
