package dev.lockstep.validator.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lockstep.validator.log.EventSource;
import dev.lockstep.validator.log.LogEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When the mapped search collects the old generation: above its bound (the live data plus 8 MB or half of
 * it), looked at every 256 events.
 */
class OldGenerationBoundTest {
    private static final long MB = 1 << 20;

    private static EventSource lines(long n) {
        return new EventSource() {
            private long line;

            @Override
            public Path file() {
                return Path.of("log.ndjson");
            }

            @Override
            public LogEvent next() {
                return ++line > n ? null : new LogEvent(file(), line, "Step", null, null, null, null, "", null, false);
            }

            @Override
            public void close() {
            }
        };
    }

    /**
     * Reads {@code n} events while the old generation fills by 1 MB per 1,000 events from 12 MB (the
     * loaded spec), a collection leaving {@code live} MB (of the collections so far); the events
     * read before each collection.
     */
    private static List<Long> collections(long n, java.util.function.IntToLongFunction live) {
        long[] used = {12 * MB};
        List<Long> collectedAt = new ArrayList<>();
        long[] read = {0};
        OldGenerationBound events = new OldGenerationBound(lines(n), () -> used[0], () -> {
            collectedAt.add(read[0]);
            used[0] = live.applyAsLong(collectedAt.size()) * MB;
        });
        LogEvent e;
        while ((e = events.next()) != null) {
            read[0] = e.line();
            used[0] += MB / 1000;
        }
        assertNull(events.next());
        assertEquals(collectedAt.size(), events.collections());
        return collectedAt;
    }

    @Test
    void collectsWhenTheOldGenerationOutgrowsItsLiveDataBy8Mb() {
        List<Long> at = collections(200_000, c -> 12);
        // the first look (event 256) sets the bound 8 MB above the loaded spec; each collection is at
        // the first look after 8 MB more (8,005 events), every 8,192 events: 24 in 200,000
        assertEquals(List.of(8_447L, 16_639L, 24_831L, 33_023L), at.subList(0, 4));
        assertEquals(24, at.size());
        for (int i = 1; i < at.size(); i++) {
            assertEquals(8_192L, at.get(i) - at.get(i - 1));
        }
    }

    @Test
    void aGrowingStateGetsHalfItsLiveDataAsRoom() {
        // live data 16, 20, 24, ... MB after the collections: the headroom 8 MB, then half of it
        assertEquals(List.of(8_447L, 16_639L, 26_879L, 38_911L, 52_991L, 69_119L, 87_295L, 107_519L, 129_535L,
                153_599L, 179_711L), collections(200_000, c -> 12 + 4L * c));
    }

    @Test
    void anOldGenerationThatDoesNotGrowIsNeverCollected() {
        long[] used = {31 * MB};
        int[] collections = {0};
        OldGenerationBound events = new OldGenerationBound(lines(100_000), () -> used[0], () -> collections[0]++);
        while (events.next() != null) {
            // read to the end
        }
        assertEquals(0, collections[0]);
    }
}
