package dev.lockstep.validator.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.validator.log.NativeLogReader;
import dev.lockstep.validator.log.Problems;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * How the workers share the reading: which worker the reading worker hands the next trace or part
 * to, and a worker waiting for its turn to read while the reader hands it batches.
 */
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

    /**
     * The reading worker hands a part's batches to the queue that was least loaded when the part
     * began, and waits when that queue is full. A worker whose queue ran empty while another was
     * reading used to wait for the lock alone; the reader then filled its queue and waited for room
     * that never came (a CI run hung so, three workers on two cores). Now it goes back to its queue
     * as soon as batches arrive, while the reader still holds its turn.
     */
    @Test
    void aWorkerWaitingForItsTurnToReadGoesBackToItsQueueWhenTheReaderHandsItBatches() throws Exception {
        TraceRunner.Dispatcher reading = new TraceRunner.Dispatcher(new ObjectMapper(), List.of(), new Problems(false),
                NativeLogReader.DEFAULT_MAX_LINE, null, true, 2, null);
        BlockingQueue<TraceRunner.Batch> own = reading.queues.get(1);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread waiting = new Thread(() -> {
            try {
                reading.readIfLow(own);
            } catch (Throwable e) {
                thrown.set(e);
            }
        }, "waiting-worker");
        reading.lock.lock();   // the other worker's turn to read
        try {
            waiting.setDaemon(true);
            waiting.start();
            while (!reading.lock.hasQueuedThread(waiting) && waiting.isAlive()) {
                Thread.onSpinWait();   // until it waits for the turn (or has returned)
            }
            own.put(new TraceRunner.Batch(0, 0, 0, List.of(), List.of(), null));
            waiting.join(60_000);
            assertFalse(waiting.isAlive(), "the worker still waits for the turn while the reader hands it batches");
        } finally {
            reading.lock.unlock();
        }
        assertNull(thrown.get());
        assertEquals(1, own.size(), "the batch is still there for the worker to check");
    }
}
