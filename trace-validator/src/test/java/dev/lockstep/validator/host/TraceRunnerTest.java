package dev.lockstep.validator.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.Test;

/** Which worker the reading worker hands the next trace or part to: the workers' queues as they fill. */
class TraceRunnerTest {
    private static BlockingQueue<Integer> holding(int n) {
        BlockingQueue<Integer> q = new ArrayBlockingQueue<>(16);
        for (int i = 0; i < n; i++) {
            q.add(i);
        }
        return q;
    }

    @Test
    void theNextTraceGoesToTheWorkerWithTheFewestBatchesWaitingInTurnAmongEquals() {
        List<BlockingQueue<Integer>> queues = List.of(holding(3), holding(1), holding(1));
        assertEquals(1, TraceRunner.leastLoaded(queues, 0));
        assertEquals(1, TraceRunner.leastLoaded(queues, 1));
        assertEquals(2, TraceRunner.leastLoaded(queues, 2), "from the turn on, the first of the equals");
        assertEquals(1, TraceRunner.leastLoaded(queues, 3));
        List<BlockingQueue<Integer>> even = List.of(holding(2), holding(2));
        assertEquals(0, TraceRunner.leastLoaded(even, 4));
        assertEquals(1, TraceRunner.leastLoaded(even, 5), "round robin when all are equal");
    }
}
