package dev.lockstep.cli;

import dev.lockstep.bridge.ExitCode;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code --trace} arguments: a path, or a glob the shell did not expand ({@code 'logs/run-*.ndjson'},
 * {@code 'logs/**}{@code /*.ndjson'}), whose matches are taken in name order. A glob that matches
 * nothing is a usage error; a plain path is passed on as given (the reader reports a missing file).
 */
final class LogGlobs {
    private LogGlobs() {
    }

    static List<Path> expand(List<String> args) {
        List<Path> out = new ArrayList<>();
        for (String a : args) {
            if (!isGlob(a) || Files.exists(Path.of(a))) {
                out.add(Path.of(a));
                continue;
            }
            List<Path> hits = matches(a);
            if (hits.isEmpty()) {
                throw new UserError(ExitCode.USAGE, a + ": error: no log file matches this pattern");
            }
            out.addAll(hits);
        }
        return out;
    }

    private static boolean isGlob(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0 || s.indexOf('{') >= 0;
    }

    /** The files under the pattern's fixed leading folders that the whole pattern matches, sorted. */
    private static List<Path> matches(String pattern) {
        String normalized = pattern.replace('\\', '/');
        int cut = 0;
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '{') {
                break;
            }
            if (c == '/') {
                cut = i + 1;
            }
        }
        boolean relative = cut == 0;
        Path base = relative ? Path.of(".") : Path.of(normalized.substring(0, cut));
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + normalized);
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(base)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> m.matches(relative ? base.relativize(p) : p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UserError(ExitCode.USAGE, pattern + ": error: cannot list the files of this pattern: " + e.getMessage());
        }
    }
}
