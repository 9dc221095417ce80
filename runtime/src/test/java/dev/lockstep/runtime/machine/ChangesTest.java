package dev.lockstep.runtime.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lockstep.runtime.value.Value;
import dev.lockstep.runtime.value.Values;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangesTest {
    private static Value i(long n) {
        return Values.integer(n);
    }

    @Test
    void setsGainAndLoseElements() {
        Value before = Values.set(i(1), i(2));
        Value after = Values.set(i(2), i(3));
        assertEquals(List.of(i(3)), Changes.added(before, after));
        assertEquals(List.of(i(1)), Changes.removed(before, after));
    }

    @Test
    void channelsTakeFromTheHeadAndAppendAtTheEnd() {
        Value before = Values.seq(i(1), i(2), i(3));
        Value after = Values.seq(i(2), i(3), i(4), i(5));
        assertEquals(List.of(i(1)), Changes.dequeued(before, after));
        assertEquals(List.of(i(4), i(5)), Changes.enqueued(before, after));
        assertEquals(List.of(), Changes.dequeued(before, before));
        assertEquals(List.of(), Changes.enqueued(before, before));
        Value emptied = Values.seq();
        assertEquals(List.of(i(1), i(2), i(3)), Changes.dequeued(before, emptied));
        // the least number of messages taken explains the change: taking a 7 and appending a 7 is no change
        Value same = Values.seq(i(7), i(7));
        assertEquals(List.of(), Changes.dequeued(same, same));
        assertEquals(List.of(i(7)), Changes.enqueued(same, Values.seq(i(7), i(7), i(7))));
        assertEquals(List.of(i(7)), Changes.dequeued(same, Values.seq(i(7), i(8))));
        assertEquals(List.of(i(8)), Changes.enqueued(same, Values.seq(i(7), i(8))));
    }

    @Test
    void storageIsWrittenAndDeletedByKey() {
        Value before = Values.fn(Values.str("a"), i(1), Values.str("b"), i(2));
        Value after = Values.fn(Values.str("a"), i(1), Values.str("b"), i(3), Values.str("c"), i(4));
        assertEquals(Map.of(Values.str("b"), i(3), Values.str("c"), i(4)), Changes.written(before, after));
        assertEquals(List.of(Values.str("a")), Changes.deleted(after, Values.fn(Values.str("b"), i(3),
                Values.str("c"), i(4))));
    }
}
