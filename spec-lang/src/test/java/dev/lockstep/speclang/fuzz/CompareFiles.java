package dev.lockstep.speclang.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Judges every {@code .tla} file of each folder with the reference tools and with spec-lang and
 * prints both verdicts, for trying a shape before it goes into the differential corpus:
 * {@code bench/fuzz-parse/run.sh --compare DIR...}. Writes nothing into the folders.
 */
final class CompareFiles {
    private CompareFiles() {
    }

    public static void main(String[] args) throws IOException {
        int disagreements = 0;
        for (String arg : args) {
            Path dir = Path.of(arg);
            for (Path f : RecordedVerdicts.tlaFiles(dir)) {
                String text = Files.readString(f);
                ReferenceTools.Verdict ref = ReferenceTools.judge(new ReferenceTools.Case(dir.toAbsolutePath().toString(),
                        f.getFileName().toString(), text.contains("--algorithm") || text.contains("--fair algorithm")));
                SpecLangJudge.Verdict mine = SpecLangJudge.judge(f);
                Optional<Disagreement> d = Disagreement.between(ref, mine);
                disagreements += d.isPresent() ? 1 : 0;
                System.out.println("==== " + f + ": " + d.map(Disagreement::kind).orElse("agree") + "\nreference: "
                        + RecordedVerdicts.format(f.getFileName().toString(), ref) + "\n"
                        + (ref.accepted() ? "" : ref.output().strip().lines().filter(l -> !l.startsWith("Parsing file")
                                && !l.startsWith("Semantic processing")).reduce("", (a, b) -> a + b + "\n"))
                        + "spec-lang: " + (mine.accepted() ? "accepted" : "first error at line " + mine.errorLine()) + "\n"
                        + mine.diagnostics());
            }
        }
        System.out.println(disagreements + " disagreements");
    }
}
