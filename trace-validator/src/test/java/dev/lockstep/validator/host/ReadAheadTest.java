package dev.lockstep.validator.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.validator.log.EventSource;
import dev.lockstep.validator.log.LogEvent;
import dev.lockstep.validator.log.LogProblem;
import dev.lockstep.validator.log.Problems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Reading a log ahead of its search changes neither the events nor when their problems are seen. */
class ReadAheadTest {
    private static final Path LOG = Path.of("node-1.ndjson");

    /** Lines 1..n; every line in {@code bad} is reported as a problem and skipped, as a reader that keeps going does. */
    private static class Lines implements EventSource {
        private final int n;
        private final List<Integer> bad;
        private final Problems problems;
        private final AtomicBoolean closed = new AtomicBoolean();
        private int line;

        Lines(int n, List<Integer> bad, Problems problems) {
            this.n = n;
            this.bad = bad;
            this.problems = problems;
        }

        @Override
        public Path file() {
            return LOG;
        }

        @Override
        public LogEvent next() {
            while (++line <= n) {
                if (!bad.contains(line)) {
                    return new LogEvent(LOG, line, "Step", null, null, null, null, "", null, false);
                }
                problems.report(LogProblem.at(DiagnosticCode.LS801_LOG_BAD_JSON, LOG, line, 0, "not valid JSON", "{"));
                if (problems.stop()) {
                    return null;
                }
            }
            return null;
        }

        @Override
        public void close() {
            closed.set(true);
        }
    }

    @Test
    void problemsArriveWithTheEventReadAfterThem() {
        Problems read = new Problems(true);
        Problems seen = new Problems(true);
        List<Long> lines = new ArrayList<>();
        try (ReadAhead events = new ReadAhead(new Lines(1000, List.of(3, 500, 1000), read), read, seen)) {
            LogEvent e;
            while ((e = events.next()) != null) {
                long line = e.line();
                // exactly the problems of the lines before this one: none of a line read ahead
                assertEquals(List.of(3L, 500L).stream().filter(b -> b < line).toList(),
                        seen.all().stream().map(LogProblem::line).toList(), "at line " + line);
                lines.add(line);
            }
        }
        assertEquals(997, lines.size());
        assertEquals(List.of(3L, 500L, 1000L), seen.all().stream().map(LogProblem::line).toList());
    }

    @Test
    void aSearchThatStopsAtTheFirstProblemSeesTheSameLinesAsWithoutReadingAhead() {
        Problems read = new Problems(false);
        Problems seen = new Problems(false);
        long last = 0;
        try (ReadAhead events = new ReadAhead(new Lines(1000, List.of(700), read), read, seen)) {
            LogEvent e;
            while ((e = events.next()) != null) {
                if (seen.stop()) {
                    break;
                }
                last = e.line();
                if (last < 699) {
                    assertTrue(seen.all().isEmpty(), "a problem of a later line was seen at line " + last);
                }
            }
        }
        assertEquals(699, last);
        assertEquals(1, seen.all().size());
        assertEquals(700, seen.all().get(0).line());
    }

    @Test
    void closingEarlyStopsTheReaderAndClosesTheSource() {
        Problems read = new Problems(false);
        Lines source = new Lines(1_000_000, List.of(), read);
        ReadAhead events = new ReadAhead(source, read, new Problems(false));
        assertEquals(1, events.next().line());
        events.close();
        assertTrue(source.closed.get());
        assertTrue(source.line < 1_000_000, "the reader went on to line " + source.line);
    }

    @Test
    void aFailureWhileReadingReachesTheConsumerInItsPlace() {
        Problems read = new Problems(false);
        EventSource failing = new Lines(10, List.of(), read) {
            private int calls;

            @Override
            public LogEvent next() {
                if (++calls == 5) {
                    throw new IllegalStateException("disk gone");
                }
                return super.next();
            }
        };
        try (ReadAhead events = new ReadAhead(failing, read, new Problems(false))) {
            for (int i = 1; i <= 4; i++) {
                assertEquals(i, events.next().line());
            }
            IllegalStateException ex = assertThrows(IllegalStateException.class, events::next);
            assertEquals("disk gone", ex.getMessage());
            assertNull(events.next());
        }
    }
}
