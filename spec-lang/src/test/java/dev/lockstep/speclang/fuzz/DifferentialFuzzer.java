package dev.lockstep.speclang.fuzz;

import java.nio.file.Path;
import java.util.Map;

/**
 * The differential fuzzer's entry point (run by {@code bench/fuzz-parse/run.sh}).
 *
 * <pre>
 *   DifferentialFuzzer --record DIR...   judge every .tla file of each DIR with the reference tools
 *                                        and write DIR/verdicts.txt
 * </pre>
 */
public final class DifferentialFuzzer {
    private DifferentialFuzzer() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--record")) {
            for (int i = 1; i < args.length; i++) {
                Map<String, ReferenceTools.Verdict> v = RecordedVerdicts.record(Path.of(args[i]));
                System.out.println(args[i] + ": " + v.size() + " verdicts recorded");
            }
            return;
        }
        System.err.println("usage: DifferentialFuzzer --record DIR...");
        System.exit(2);
    }
}
