/**
 * A JUnit 5 extension that closes the loop between tests and the spec: {@link
 * dev.lockstep.junit.LockstepTrace @LockstepTrace} on a test class collects the native-log events
 * (design.md, "Native log") that the code under test writes through runtime's
 * {@link dev.lockstep.runtime.trace.TraceWriter} during each test, validates them with the trace
 * validator's direct engine (TLC's evaluator, in a child JVM) after the test, and fails the test with
 * the divergence report: the first step no behaviour of the spec can take, the false conjunct and
 * the state before it.
 *
 * <p>Takes: the spec and configuration named by the annotation, and the events of one test. Gives:
 * a passed test, or a failed one whose message is the report {@code lockstep validate} prints. Why
 * per test: a unit test drives one behaviour, so its log is one behaviour of the spec (Lamport,
 * Specifying Systems, ch. 2: a behaviour is a sequence of states). Every recording lives in the
 * test's own {@link org.junit.jupiter.api.extension.ExtensionContext.Store}, so tests can run in
 * parallel; with the configuration parameter {@code lockstep.traces.dir} each test's log is also
 * written there as NDJSON, for {@code lockstep validate} or the Maven plugin's {@code validate} goal.
 */
package dev.lockstep.junit;
