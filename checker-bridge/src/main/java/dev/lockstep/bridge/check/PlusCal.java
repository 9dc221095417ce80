package dev.lockstep.bridge.check;

import dev.lockstep.bridge.Tla2Tools;
import dev.lockstep.bridge.process.ChildJvm;
import dev.lockstep.bridge.process.RunningJvm;
import dev.lockstep.speclang.SpecParser;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.SourceRange;
import dev.lockstep.speclang.print.AsciiCopy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PlusCal translation through the TLA+ tools' own translator ({@code pcal.trans}), always on a
 * copy in a scratch folder. Whether a module's translation is stale is decided by translating the
 * copy and comparing the {@code BEGIN TRANSLATION} ... {@code END TRANSLATION} blocks, so the
 * answer is exact whatever translator version wrote the file.
 */
public final class PlusCal {
    private static final Pattern ERROR_AT = Pattern.compile("line (\\d+), column (\\d+)");

    private PlusCal() {
    }

    /** The translation state of a module. */
    public enum Status { NO_ALGORITHM, UP_TO_DATE, UNTRANSLATED, STALE }

    /**
     * What translating a module gave.
     *
     * @param status      how the module's own translation compares with a fresh one
     * @param translated  the module text with a fresh translation, when translation succeeded
     * @param diagnostics translator errors, located in the user's file
     */
    public record Translation(Status status, Optional<String> translated, List<Diagnostic> diagnostics) {
        public boolean failed() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    /**
     * Translates {@code original} (the user's file, never written) in {@code scratch} and compares
     * the result with the file's current translation.
     */
    public static Translation translate(Path original, Tla2Tools tools, Path scratch) throws IOException, InterruptedException {
        String text = Files.readString(original, StandardCharsets.UTF_8);
        if (!SpecParser.hasAlgorithm(text)) {
            return new Translation(Status.NO_ALGORITHM, Optional.empty(), List.of());
        }
        Files.createDirectories(scratch);
        Path copy = scratch.resolve(original.getFileName());
        // the translator predates TLA+'s Unicode symbols: it reads the ASCII copy, and its
        // translation goes back into the user's text
        AsciiCopy ascii = AsciiCopy.of(text);
        Files.writeString(copy, ascii.text(), StandardCharsets.UTF_8);
        ChildJvm jvm = ChildJvm.of(List.of(tools.classpath()), "pcal.trans", scratch)
                .withJvmOptions(List.of("-Djava.io.tmpdir=" + scratch))
                .withArguments(List.of("-nocfg", copy.getFileName().toString()));
        String out;
        int exit;
        try (RunningJvm run = jvm.start()) {
            out = new String(run.stdout().readAllBytes(), StandardCharsets.UTF_8);
            exit = run.waitFor();
        }
        if (exit != 0) {
            return new Translation(Status.UNTRANSLATED, Optional.empty(), List.of(error(original, out, ascii)));
        }
        String translated = Files.readString(copy, StandardCharsets.UTF_8);
        if (ascii.changed()) {
            translated = spliceTranslation(text, ascii.text(), translated);
        }
        Optional<String> before = block(text);
        Status status = before.isEmpty() ? Status.UNTRANSLATED
                : before.equals(block(translated)) ? Status.UP_TO_DATE : Status.STALE;
        return new Translation(status, Optional.of(translated), List.of());
    }

    /**
     * The user's {@code original} text with the translation block of {@code translatedCopy} (the
     * translator's output on {@code copy}, the ASCII copy of {@code original}): the copy has the
     * original's lines, so the block starts on the same line in both; what follows the original's
     * old block (or the insertion point) is kept.
     */
    static String spliceTranslation(String original, String copy, String translatedCopy) {
        List<String> orig = List.of(original.split("\n", -1));
        List<String> before = List.of(copy.split("\n", -1));
        List<String> after = List.of(translatedCopy.split("\n", -1));
        int begin = indexOf(after, "\\* BEGIN TRANSLATION", 0);
        int end = indexOf(after, "\\* END TRANSLATION", Math.max(begin, 0));
        if (begin < 0 || end < 0) {
            return translatedCopy;
        }
        int oldBegin = indexOf(before, "\\* BEGIN TRANSLATION", 0);
        int oldEnd = oldBegin < 0 ? -1 : indexOf(before, "\\* END TRANSLATION", oldBegin);
        int resume = oldBegin >= 0 && oldEnd >= 0 ? oldEnd + 1 : begin;
        List<String> out = new ArrayList<>(orig.subList(0, Math.min(begin, orig.size())));
        out.addAll(after.subList(begin, end + 1));
        if (resume < orig.size()) {
            out.addAll(orig.subList(resume, orig.size()));
        }
        return String.join("\n", out);
    }

    private static int indexOf(List<String> lines, String marker, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                return i;
            }
        }
        return -1;
    }

    private static Diagnostic error(Path original, String out, AsciiCopy ascii) {
        List<String> lines = new ArrayList<>();
        for (String l : out.split("\n")) {
            String s = l.strip();
            if (!s.isEmpty() && !s.startsWith("pcal.trans Version") && !s.startsWith("Unrecoverable error")) {
                lines.add(s.replaceFirst("^--\\s*", ""));
            }
        }
        String msg = String.join(" ", lines);
        Matcher m = ERROR_AT.matcher(msg);
        SourceRange r = null;
        if (m.find()) {
            int line = Integer.parseInt(m.group(1)) - 1;
            r = SourceRange.at(original, line, ascii.originalColumn(line, Math.max(0, Integer.parseInt(m.group(2)) - 1)));
            msg = msg.replaceFirst("\\s*(?:before |at )?line \\d+, column \\d+\\.?", "").strip();
        }
        return Diagnostic.error(DiagnosticCode.LS301_PLUSCAL_TRANSLATION, r,
                "PlusCal: " + (msg.isEmpty() ? "the translator failed" : msg));
    }

    /** The translation block without its BEGIN line (whose checksums vary by translator version). */
    static Optional<String> block(String text) {
        int b = text.indexOf("\\* BEGIN TRANSLATION");
        int e = text.indexOf("\\* END TRANSLATION");
        if (b < 0 || e < b) {
            return Optional.empty();
        }
        int afterBegin = text.indexOf('\n', b);
        String body = afterBegin < 0 || afterBegin > e ? "" : text.substring(afterBegin + 1, e);
        return Optional.of(body.replaceAll("[ \\t]+\\n", "\n").strip());
    }
}
