package dev.lockstep.runtime.machine;

import dev.lockstep.runtime.value.FunctionValue;
import dev.lockstep.runtime.value.IntValue;
import dev.lockstep.runtime.value.SetValue;
import dev.lockstep.runtime.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a step changed in a variable that models the outside world, so that generated code can
 * tell the environment: elements added to or removed from a set (messages sent, received, lost),
 * messages taken from the head of a sequence and appended at its end (a FIFO channel), entries of
 * a function written or removed (storage).
 */
public final class Changes {
    private Changes() {
    }

    /** The elements of set {@code after} not in set {@code before}, in canonical order. */
    public static List<Value> added(Value before, Value after) {
        return after.asSet().minus(before.asSet()).elements();
    }

    /** The elements of set {@code before} not in set {@code after}, in canonical order. */
    public static List<Value> removed(Value before, Value after) {
        return before.asSet().minus(after.asSet()).elements();
    }

    /**
     * The messages taken from the head of sequence {@code before}: its first {@code k} elements,
     * for the least {@code k} such that the rest of {@code before} is a prefix of {@code after}.
     */
    public static List<Value> dequeued(Value before, Value after) {
        List<Value> b = elements(before);
        List<Value> a = elements(after);
        for (int k = 0; k <= b.size(); k++) {
            List<Value> rest = b.subList(k, b.size());
            if (rest.size() <= a.size() && a.subList(0, rest.size()).equals(rest)) {
                return new ArrayList<>(b.subList(0, k));
            }
        }
        return b;
    }

    /** The messages appended at the end of sequence {@code before} to give {@code after} (see {@link #dequeued}). */
    public static List<Value> enqueued(Value before, Value after) {
        int kept = elements(before).size() - dequeued(before, after).size();
        List<Value> a = elements(after);
        return new ArrayList<>(a.subList(kept, a.size()));
    }

    /** The entries of function {@code after} that are new or differ from {@code before}'s. */
    public static Map<Value, Value> written(Value before, Value after) {
        FunctionValue b = before.asFunction();
        Map<Value, Value> out = new LinkedHashMap<>();
        after.asFunction().graph().forEach((k, v) -> {
            if (!b.inDomain(k) || !b.apply(k).equals(v)) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** The arguments of function {@code before} that are not in {@code after}'s domain. */
    public static List<Value> deleted(Value before, Value after) {
        FunctionValue a = after.asFunction();
        List<Value> out = new ArrayList<>();
        before.asFunction().graph().keySet().forEach(k -> {
            if (!a.inDomain(k)) {
                out.add(k);
            }
        });
        return out;
    }

    /** The domain of function {@code f} (for per-channel changes of a function of sequences). */
    public static SetValue keys(Value f) {
        return f.asFunction().domain();
    }

    private static List<Value> elements(Value seq) {
        FunctionValue f = seq.asFunction();
        List<Value> out = new ArrayList<>(f.size());
        for (int i = 1; i <= f.size(); i++) {
            out.add(f.apply(IntValue.of(i)));
        }
        return out;
    }
}
