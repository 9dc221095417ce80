package dev.lockstep.bridge.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

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
        ObjectMapper mapper = new ObjectMapper();
        ByteArrayOutputStream loadLog = new ByteArrayOutputStream();
        System.setOut(new PrintStream(loadLog, true, StandardCharsets.UTF_8));
        ObjectNode answer = mapper.createObjectNode();
        try {
            Optional<Assumptions.Falsified> f = Assumptions.firstFalse(
                    TlcModel.load(Path.of(args[0]).toAbsolutePath(), Path.of(args[1]).toAbsolutePath()));
            f.ifPresent(v -> answer.set("falsified", mapper.valueToTree(v)));
        } catch (RuntimeException | Error e) {
            String log = loadLog.toString(StandardCharsets.UTF_8).strip();
            answer.put("error", String.valueOf(e.getMessage())
                    + (log.isEmpty() ? "" : " (TLC: " + log.lines().reduce((a, b) -> b).orElse("") + ")"));
        } finally {
            System.err.print(loadLog.toString(StandardCharsets.UTF_8));
            System.setOut(System.err);
        }
        mapper.writeValue(Path.of(args[2]).toFile(), answer);
    }
}
