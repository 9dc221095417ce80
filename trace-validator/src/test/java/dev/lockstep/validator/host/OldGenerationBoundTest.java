package dev.lockstep.validator.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lockstep.validator.log.EventSource;
import dev.lockstep.validator.log.LogEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When the mapped search collects the old generation: above its bound, looked at every 256 events. */
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

    @Test
    void collectsWhenTheOldGenerationOutgrowsTwiceItsLiveData() {
        long[] used = {0};
        List<Long> collectedAt = new ArrayList<>();
        long[] read = {0};
        // the old generation fills by 1 MB per 1,000 events; a collection leaves 20 MB live
        OldGenerationBound events = new OldGenerationBound(lines(200_000), () -> used[0], () -> {
            collectedAt.add(read[0]);
            used[0] = 20 * MB;
        });
        LogEvent e;
        while ((e = events.next()) != null) {
            read[0] = e.line();
            used[0] += MB / 1000;
        }
        assertNull(events.next());
        // first above 32 MB, at the next look (every 256 events); then above 2 x 20 MB
        assertEquals(List.of(32_255L, 52_479L, 72_703L, 92_927L, 113_151L, 133_375L, 153_599L, 173_823L, 194_047L),
                collectedAt);
        assertEquals(collectedAt.size(), events.collections());
    }

    @Test
    void aSmallOldGenerationIsNeverCollected() {
        long[] used = {31 * MB};
        int[] collections = {0};
        OldGenerationBound events = new OldGenerationBound(lines(100_000), () -> used[0], () -> collections[0]++);
        while (events.next() != null) {
            // read to the end
        }
        assertEquals(0, collections[0]);
    }
}
