package dev.lockstep.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Validates, after each test of the annotated class, the trace events the code under test wrote
 * against a TLA+ spec, and fails the test with the divergence report when they do not conform.
 *
 * <p>Each test gets its own in-memory trace: declare a {@link dev.lockstep.runtime.trace.TraceWriter}
 * parameter (on the test method or an {@code @BeforeEach} method) and hand it to the code under
 * test, or a {@link dev.lockstep.runtime.trace.TraceSink} parameter to build writers of your own
 * (one per node, with Lamport clocks). Tests may run in parallel: nothing is shared between them.
 *
 * <pre>{@code
 * @LockstepTrace(spec = "src/main/tla/ReplicatedKV.tla")
 * class KvTest {
 *     @Test
 *     void putIsReplicated(TraceWriter log) {
 *         var kv = new KvService(log);
 *         kv.put("k1", "v1");
 *         kv.replicate();
 *     }
 * }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(LockstepExtension.class)
public @interface LockstepTrace {
    /** The spec's root module, relative to the working directory (the project's base directory under Maven). */
    String spec();

    /** The model configuration; empty means {@code SPEC.cfg} beside the spec. */
    String config() default "";
}
