package dev.lockstep.bridge.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The child-JVM side shared by Lockstep's one-shot evaluators ({@link AliasHost}, {@link AssumeHost}):
 * runs one piece of work with TLC's console output held back ({@link TlcConsole}), and writes its answer, one JSON
 * object, to a file; when TLC throws (it cannot load the model, the evaluation fails), the answer
 * is {@code {"error":MESSAGE}}, with the last line TLC printed. TLC's output then goes to standard
 * error. The launching side is {@code bridge.check.ModelEvaluator}.
 */
final class ModelHost {
    /** The work: the answer, computed with TLC's evaluator. */
    interface Work {
        ObjectNode answer(ObjectMapper mapper) throws Exception;
    }

    private ModelHost() {
    }

    static void answer(Path answerFile, Work work) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode answer = TlcConsole.held(() -> work.answer(mapper), (e, output) -> {
            String log = output.strip();
            return mapper.createObjectNode().put("error", String.valueOf(e.getMessage())
                    + (log.isEmpty() ? "" : " (TLC: " + log.lines().reduce((a, b) -> b).orElse("") + ")"));
        });
        mapper.writeValue(answerFile.toFile(), answer);
    }
}
