package dev.lockstep.speclang;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The test inputs: the golden corpus in test resources and the example specs under specs/. */
final class Corpus {
    static final Path ROOT = Path.of("src/test/resources/corpus");
    static final Path SPECS = Path.of("..", "specs");

    private Corpus() {
    }

    /** Every corpus file, sorted. */
    static List<Path> corpusFiles() {
        return tlaFiles(ROOT);
    }

    /** Every corpus file that must parse without errors. */
    static List<Path> positive() {
        return corpusFiles().stream().filter(p -> !isNegative(p)).toList();
    }

    static boolean isNegative(Path p) {
        return p.getParent().getFileName().toString().equals("neg");
    }

    /** Every .tla file under the repository's specs/ folder (empty when the folder is not there). */
    static List<Path> specFiles() {
        return Files.isDirectory(SPECS) ? tlaFiles(SPECS) : List.of();
    }

    static List<Path> tlaFiles(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".tla")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
