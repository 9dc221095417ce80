package dev.lockstep.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.lockstep.runtime.trace.TraceSink;
import dev.lockstep.runtime.trace.TraceWriter;
import dev.lockstep.runtime.value.Value;
import dev.lockstep.runtime.value.Values;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.opentest4j.AssertionFailedError;

/**
 * Runs small test classes (the fixtures below, tagged so no build runs them directly) through
 * JUnit's engine with {@link EngineTestKit} and checks their real outcomes: each fixture test
 * writes a trace of {@code Counter.tla} that the real validator (TLC's evaluator in a child JVM)
 * accepts or rejects.
 */
class LockstepExtensionTest {
    static final String COUNTER = "src/test/resources/counter/Counter.tla";

    static Map<String, Value> x(long v) {
        return Map.of("x", Values.integer(v));
    }

    @Tag("lockstep-fixture")
    @LockstepTrace(spec = COUNTER)
    static class Conforming {
        @Test
        void incrementsAndResets(TraceWriter log) {
            log.init(x(0));
            log.step("Incr", Map.of(), x(1));
            log.step("Incr", Map.of(), x(2));
            log.step("Reset", Map.of(), x(0));
        }

        @Test
        void writesNothing() {
        }
    }

    @Tag("lockstep-fixture")
    @LockstepTrace(spec = COUNTER)
    static class Diverging {
        @Test
        void skipsAValue(TraceWriter log) {
            log.init(x(0));
            log.step("Incr", Map.of(), x(1));
            log.step("Incr", Map.of(), x(3));
        }
    }

    @Tag("lockstep-fixture")
    @LockstepTrace(spec = COUNTER)
    static class SharedWithBeforeEach {
        TraceWriter fromSetUp;

        @BeforeEach
        void start(TraceWriter log) {
            fromSetUp = log;
            log.init(x(0));
        }

        @Test
        void sameWriterInSetUpAndTest(TraceWriter log, TraceSink sink) {
            assertSame(fromSetUp, log);
            // a second writer on the same sink, as a second node of the system would have
            TraceWriter.to(sink).build().step("Incr", Map.of(), x(1));
            log.step("Incr", Map.of(), x(3)); // x' = x + 1 is false here: the test must fail
        }
    }

    /** Twelve tests, each writing its own behaviour; those with an odd number diverge at their own step. */
    @Tag("lockstep-fixture")
    @LockstepTrace(spec = COUNTER)
    static class Parallel {
        static void behaviour(TraceWriter log, int n) {
            log.init(x(0));
            // n resets in a row would not be allowed by Reset's guard x > 0, so climb and fall
            for (int i = 0; i < n; i++) {
                log.step("Incr", Map.of(), x(1));
                log.step("Reset", Map.of(), x(0));
            }
            if (n % 2 == 1) {
                log.step("Reset", Map.of(), x(0)); // Reset needs x > 0: line 2 + 2n fails
            }
        }

        @Test void t0(TraceWriter l) { behaviour(l, 0); }
        @Test void t1(TraceWriter l) { behaviour(l, 1); }
        @Test void t2(TraceWriter l) { behaviour(l, 2); }
        @Test void t3(TraceWriter l) { behaviour(l, 3); }
        @Test void t4(TraceWriter l) { behaviour(l, 4); }
        @Test void t5(TraceWriter l) { behaviour(l, 5); }
    }

    @Tag("lockstep-fixture")
    @LockstepTrace(spec = COUNTER)
    static class Repeated {
        @RepeatedTest(2)
        void climbs(TraceWriter log, RepetitionInfo info) {
            log.init(x(0));
            for (int i = 1; i <= info.getCurrentRepetition(); i++) {
                log.step("Incr", Map.of(), x(i));
            }
        }
    }

    @Tag("lockstep-fixture")
    @LockstepTrace(spec = "src/test/resources/counter/Missing.tla")
    static class MissingSpec {
        @Test
        void writes(TraceWriter log) {
            log.init(x(0));
        }
    }

    private static Events run(Class<?> fixture, Map<String, String> config) {
        return EngineTestKit.engine("junit-jupiter").configurationParameters(config)
                .selectors(selectClass(fixture)).execute().testEvents();
    }

    @Test
    void conformingTraceAndEmptyTracePass() {
        Events events = run(Conforming.class, Map.of());
        events.assertStatistics(s -> s.started(2).succeeded(2).failed(0));
    }

    @Test
    void divergingTraceFailsWithTheReport() {
        Events events = run(Diverging.class, Map.of());
        events.assertStatistics(s -> s.started(1).failed(1));
        events.assertThatEvents().haveExactly(1, event(test("skipsAValue"), finishedWithFailure(
                instanceOf(AssertionFailedError.class),
                message(m -> m.startsWith("the trace of this test does not conform to Counter.tla at event 3 of 3")
                        && m.contains("Incr")
                        && m.contains("x' = x + 1")
                        && m.contains("x = 1")))));
    }

    @Test
    void setUpAndTestShareOneRecordingAndSinkTakesOtherWriters() {
        Events events = run(SharedWithBeforeEach.class, Map.of());
        events.assertStatistics(s -> s.started(1).failed(1));
        events.assertThatEvents().haveExactly(1, event(test("sameWriterInSetUpAndTest"), finishedWithFailure(
                message(m -> m.contains("at event 3 of 3")))));
    }

    @Test
    void parallelTestsEachValidateTheirOwnTrace() {
        Events events = run(Parallel.class, Map.of(
                "junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.mode.default", "concurrent",
                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                "junit.jupiter.execution.parallel.config.fixed.parallelism", "3"));
        events.assertStatistics(s -> s.started(6).succeeded(3).failed(3));
        for (int n : List.of(0, 2, 4)) {
            events.assertThatEvents().haveExactly(1, event(test("t" + n), finishedSuccessfully()));
        }
        for (int n : List.of(1, 3, 5)) {
            int line = 2 + 2 * n;
            events.assertThatEvents().haveExactly(1, event(test("t" + n), finishedWithFailure(
                    message(m -> m.contains("at event " + line + " of " + line)))));
        }
    }

    @Test
    void tracesDirKeepsEachTestsLog(@TempDir Path dir) throws Exception {
        run(Diverging.class, Map.of(LockstepExtension.TRACES_DIR, dir.toString()))
                .assertStatistics(s -> s.failed(1));
        Path log = dir.resolve(Diverging.class.getName().replace('$', '_') + ".skipsAValue.ndjson");
        List<String> lines = Files.readAllLines(log);
        assertEquals(3, lines.size(), lines::toString);
        assertTrue(lines.get(0).contains("\"action\":\"Init\""), lines.get(0));
        assertTrue(lines.get(2).contains("\"action\":\"Incr\"") && lines.get(2).contains("\"x\":3"), lines.get(2));
    }

    @Test
    void aTestThatLogsNothingLeavesNoLog(@TempDir Path dir) throws Exception {
        String stem = Conforming.class.getName().replace('$', '_');
        Files.writeString(dir.resolve(stem + ".writesNothing.ndjson"), "left over from an earlier run\n");
        run(Conforming.class, Map.of(LockstepExtension.TRACES_DIR, dir.toString()))
                .assertStatistics(s -> s.started(2).succeeded(2));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(stem + ".incrementsAndResets.ndjson"),
                    files.map(f -> f.getFileName().toString()).toList());
        }
    }

    @Test
    void repeatedTestsKeepOneLogPerRepetition(@TempDir Path dir) throws Exception {
        run(Repeated.class, Map.of(LockstepExtension.TRACES_DIR, dir.toString()))
                .assertStatistics(s -> s.started(2).succeeded(2));
        String stem = Repeated.class.getName().replace('$', '_') + ".climbs-";
        assertEquals(2, Files.readAllLines(dir.resolve(stem + "1.ndjson")).size());
        assertEquals(3, Files.readAllLines(dir.resolve(stem + "2.ndjson")).size());
    }

    @Test
    void missingSpecIsAConfigurationError() {
        Events events = run(MissingSpec.class, Map.of());
        events.assertThatEvents().haveExactly(1, event(test("writes"), finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class),
                message(m -> m.contains("Missing.tla:1:1: error: spec file does not exist [LS001]")))));
    }
}
