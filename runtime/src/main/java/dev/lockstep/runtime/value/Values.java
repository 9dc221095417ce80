package dev.lockstep.runtime.value;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** Short factories for values, for generated code and tests. */
public final class Values {
    private Values() {
    }

    public static IntValue integer(long n) {
        return IntValue.of(n);
    }

    public static IntValue integer(BigInteger n) {
        return new IntValue(n);
    }

    public static BoolValue bool(boolean b) {
        return BoolValue.of(b);
    }

    public static StrValue str(String s) {
        return new StrValue(s);
    }

    public static ModelValue model(String name) {
        return new ModelValue(name);
    }

    public static SetValue set(Value... elements) {
        return SetValue.of(elements);
    }

    public static SeqValue seq(Value... elements) {
        return SeqValue.of(elements);
    }

    public static TupleValue tuple(Value... elements) {
        return TupleValue.of(elements);
    }

    /** {@code [k1 |-> v1, k2 |-> v2, ...]} from alternating field names and values. */
    public static RecordValue record(Object... fieldsAndValues) {
        if (fieldsAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("record needs field/value pairs");
        }
        TreeMap<String, Value> fields = new TreeMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            fields.put((String) fieldsAndValues[i], (Value) fieldsAndValues[i + 1]);
        }
        return new RecordValue(fields);
    }

    /** {@code (k1 :> v1 @@ k2 :> v2 ...)} from alternating arguments and results. */
    public static FnValue fn(Value... argsAndResults) {
        if (argsAndResults.length % 2 != 0) {
            throw new IllegalArgumentException("fn needs argument/result pairs");
        }
        TreeMap<Value, Value> g = new TreeMap<>();
        for (int i = 0; i < argsAndResults.length; i += 2) {
            g.put(argsAndResults[i], argsAndResults[i + 1]);
        }
        return new FnValue(g);
    }

    /** {@code lo..hi}. */
    public static SetValue range(long lo, long hi) {
        List<Value> out = new ArrayList<>();
        for (long i = lo; i <= hi; i++) {
            out.add(IntValue.of(i));
        }
        return new SetValue(out);
    }

    /** {@code lo..hi} for integers of any size (at most a million elements). */
    public static SetValue range(IntValue lo, IntValue hi) {
        BigInteger size = hi.value().subtract(lo.value());
        if (size.compareTo(BigInteger.valueOf(1_000_000)) > 0) {
            throw new TlaEvaluationException(lo + ".." + hi + " is too large to enumerate");
        }
        List<Value> out = new ArrayList<>();
        for (BigInteger i = lo.value(); i.compareTo(hi.value()) <= 0; i = i.add(BigInteger.ONE)) {
            out.add(new IntValue(i));
        }
        return new SetValue(out);
    }

    static <T extends Value> T cast(Value v, Class<T> type, String what) {
        if (type.isInstance(v)) {
            return type.cast(v);
        }
        throw new TlaEvaluationException(v.toTla() + " is not " + what);
    }
}
