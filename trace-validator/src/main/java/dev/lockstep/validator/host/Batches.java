package dev.lockstep.validator.host;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Items handed from one thread to another in batches through a bounded queue (one lock hand-over
 * per batch, not per item; memory bounded by the queue's capacity), then an end. The reading side
 * ({@link #take}) belongs to one thread.
 */
final class Batches<T> {
    private final List<T> end = new ArrayList<>();
    private final BlockingQueue<List<T>> queue;
    private List<T> current = List.of();
    private int at;
    private boolean ended;

    Batches(int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
    }

    /** Hands over {@code batch}, waiting while the queue is full. */
    void put(List<T> batch) throws InterruptedException {
        queue.put(batch);
    }

    /** Hands over the end: {@link #take} answers null once the batches before it are read. */
    void end() throws InterruptedException {
        queue.put(end);
    }

    /** The next item, waiting for its batch; null at the end (or when this thread is interrupted). */
    T take() {
        while (at == current.size()) {
            if (ended) {
                return null;
            }
            try {
                current = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                ended = true;
                return null;
            }
            at = 0;
            ended = current == end;
        }
        return current.get(at++);
    }

    /** Drops the batches not read yet, making room for a writer that is waiting. */
    void clear() {
        queue.clear();
    }
}
