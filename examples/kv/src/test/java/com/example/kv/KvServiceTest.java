package com.example.kv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lockstep.junit.LockstepTrace;
import dev.lockstep.runtime.choice.RandomChoice;
import dev.lockstep.runtime.machine.StepRunner;
import dev.lockstep.runtime.trace.TraceWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Drives the service through scenarios. Besides the assertions below, {@code @LockstepTrace}
 * validates every step each test logged against the spec after the test, so a step the spec does
 * not allow fails the test with the line, the action and the false conjunct.
 */
@LockstepTrace(spec = "src/main/tla/ReplicatedKV.tla")
class KvServiceTest {

    @Test
    void aWriteIsVisibleOnceCommitted(TraceWriter log) {
        KvService kv = KvService.withModelConstants(log);
        kv.put("k1", "v1");
        assertNull(kv.read("k1"), "not committed yet");
        kv.sendAppends();
        kv.deliverAppends();
        assertEquals("v1", kv.readAt("f1", "k1"));
        assertNull(kv.read("k1"), "the followers hold it, the leader does not know yet");
        kv.deliverAcks();
        kv.commit();
        assertEquals("v1", kv.read("k1"));
    }

    @Test
    void theLastWriteWins(TraceWriter log) {
        KvService kv = KvService.withModelConstants(log);
        kv.put("k1", "v1");
        kv.put("k1", "v2");
        kv.sync();
        assertEquals(2, kv.committed());
        assertEquals("v2", kv.read("k1"));
        assertEquals("v2", kv.readAt("f1", "k1"));
        assertEquals("v2", kv.readAt("f2", "k1"));
    }

    @Test
    void aResentAppendIsDropped(TraceWriter log) {
        KvService kv = KvService.withModelConstants(log);
        kv.put("k1", "v1");
        assertEquals(2, kv.sendAppends());
        assertEquals(2, kv.deliverAppends());
        // no ack has arrived: the leader sends the entry again, and the followers drop the copies
        assertEquals(2, kv.sendAppends());
        assertEquals(2, kv.deliverAppends());
        assertEquals("v1", kv.readAt("f2", "k1"));
        kv.sync();
        assertEquals("v1", kv.read("k1"));
    }

    @Test
    void theLogIsBounded(TraceWriter log) {
        KvService kv = KvService.withModelConstants(log);
        kv.put("k1", "v1");
        kv.put("k1", "v1");
        assertThrows(IllegalStateException.class, () -> kv.put("k1", "v2"));
    }

    /** Random schedules of the generated machine (as ReplicatedKVMain runs it) also conform. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void randomSchedules(long seed, TraceWriter log) {
        StepRunner<ReplicatedKVState> runner = new StepRunner<>(new ReplicatedKV(ReplicatedKVConstants.fromConfig()),
                new RandomChoice(seed), log);
        runner.start();
        runner.run(40);
    }
}
