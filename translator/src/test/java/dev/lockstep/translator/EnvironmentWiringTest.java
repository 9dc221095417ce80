package dev.lockstep.translator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.runtime.choice.RandomChoice;
import dev.lockstep.runtime.machine.SpecMachine;
import dev.lockstep.runtime.machine.StepRunner;
import dev.lockstep.runtime.trace.MemoryTraceSink;
import dev.lockstep.runtime.trace.TraceEvent;
import dev.lockstep.runtime.trace.TraceWriter;
import dev.lockstep.runtime.value.FnValue;
import dev.lockstep.runtime.value.FunctionValue;
import dev.lockstep.runtime.value.SeqValue;
import dev.lockstep.runtime.value.SetValue;
import dev.lockstep.runtime.value.Value;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The environment interfaces are wired: the generated code of a spec with networks, channels and
 * storage runs under a seeded random scheduler with a recording environment, and after every step
 * the notifications it got ({@code send}, {@code receive}, {@code lose}, {@code enqueue},
 * {@code dequeue}, {@code write}, {@code delete}), applied to the previous logged value of each
 * such variable, give exactly the logged value after the step; losses are reported only by the
 * actions the Javadoc names as lossy.
 */
class EnvironmentWiringTest {
    /** One notification: the part (accessor name), the method and its arguments, at a log line. */
    record Call(int line, String part, String method, List<Value> args) {
    }

    @ParameterizedTest
    @CsvSource({"MessageQueue, LoseDelivery LoseAck", "LeaseService, ''", "ReplicatedKV, DropStaleAppend"})
    void everyStepTellsTheEnvironmentExactlyWhatChanged(String name, String lossy, @TempDir Path dir) throws Exception {
        String pkg = "env." + name.toLowerCase();
        Generation g = SpecsCompileTest.generate(name, pkg);
        new OutputDirectory(dir.resolve("src")).write(g);
        JavaCompilation.Result compiled = JavaCompilation.compile(dir.resolve("src"), dir.resolve("classes"));
        assertTrue(compiled.ok(), compiled::messages);
        ClassLoader loader = compiled.loader();
        Object constants = loader.loadClass(pkg + "." + name + "Constants").getMethod("fromConfig").invoke(null);
        Class<?> envType = loader.loadClass(pkg + "." + name + "Environment");

        MemoryTraceSink sink = new MemoryTraceSink();
        List<Call> calls = new ArrayList<>();
        Map<String, Object> parts = new HashMap<>();
        Object environment = Proxy.newProxyInstance(loader, new Class<?>[] {envType}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.getName().equals("hashCode") ? 0 : method.getName().equals("equals") ? proxy == args[0]
                        : "recording environment";
            }
            return parts.computeIfAbsent(method.getName(), part -> Proxy.newProxyInstance(loader,
                    new Class<?>[] {method.getReturnType()}, (p, m, a) -> {
                        if (m.getDeclaringClass() == Object.class) {
                            return m.getName().equals("hashCode") ? 1 : m.getName().equals("equals") ? p == a[0] : part;
                        }
                        List<Value> values = new ArrayList<>();
                        for (Object x : a) {
                            values.add(x instanceof Long l ? dev.lockstep.runtime.value.Values.integer(l) : (Value) x);
                        }
                        calls.add(new Call(sink.events().size() + 1, part, m.getName(), values));
                        return null;
                    }));
        });
        @SuppressWarnings("unchecked")
        SpecMachine<Object> machine = (SpecMachine<Object>) loader.loadClass(pkg + "." + name)
                .getConstructor(constants.getClass(), envType).newInstance(constants, environment);
        try (TraceWriter log = TraceWriter.to(sink).build()) {
            StepRunner<Object> runner = new StepRunner<>(machine, new RandomChoice(name.hashCode()), log);
            runner.start();
            runner.run(300);
        }
        List<TraceEvent> events = sink.events();
        assertTrue(events.size() > 10, "steps taken: " + events.size());
        assertFalse(calls.isEmpty(), "the environment was told nothing");

        Set<String> lossyActions = Set.of(lossy.isBlank() ? new String[0] : lossy.split(" "));
        Set<String> methods = new TreeSet<>();
        for (int line = 2; line <= events.size(); line++) {
            TraceEvent before = events.get(line - 2);
            TraceEvent after = events.get(line - 1);
            Map<String, Value> shadow = new HashMap<>(before.state());
            for (Call c : calls) {
                if (c.line() == line) {
                    methods.add(c.method());
                    shadow.put(c.part(), apply(shadow.get(c.part()), c));
                    if (c.method().equals("lose")) {
                        assertTrue(lossyActions.contains(after.action()), () -> after.action() + " lost a message");
                    }
                }
            }
            for (String part : parts.keySet()) {
                assertEquals(after.state().get(part), shadow.get(part),
                        "line " + line + " (" + after.action() + "): the notifications do not give " + part);
            }
        }
        assertTrue(methods.size() >= 2, "notifications seen: " + methods);
    }

    private static Value apply(Value v, Call c) {
        switch (c.method()) {
            case "send": {
                List<Value> xs = new ArrayList<>(v.asSet().elements());
                xs.add(c.args().get(0));
                return SetValue.copyOf(xs);
            }
            case "receive":
            case "lose": {
                assertTrue(v.asSet().contains(c.args().get(0)), () -> c + ": not in flight");
                List<Value> xs = new ArrayList<>(v.asSet().elements());
                xs.remove(c.args().get(0));
                return SetValue.copyOf(xs);
            }
            case "enqueue":
                return ((SeqValue) seq(v)).append(c.args().get(0));
            case "dequeue": {
                SeqValue s = seq(v);
                assertEquals(s.head(), c.args().get(0), c + ": not at the head");
                return s.tail();
            }
            case "write": {
                TreeMap<Value, Value> graph = new TreeMap<>(v.asFunction().graph());
                graph.put(c.args().get(0), c.args().get(1));
                return new FnValue(graph);
            }
            case "delete": {
                TreeMap<Value, Value> graph = new TreeMap<>(v.asFunction().graph());
                graph.remove(c.args().get(0));
                return new FnValue(graph);
            }
            default:
                throw new AssertionError("unexpected notification " + c);
        }
    }

    private static SeqValue seq(Value v) {
        FunctionValue f = v.asFunction();
        Value[] xs = new Value[f.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = f.apply(dev.lockstep.runtime.value.Values.integer(i + 1));
        }
        return SeqValue.of(xs);
    }
}
