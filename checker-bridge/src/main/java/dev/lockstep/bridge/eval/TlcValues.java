package dev.lockstep.bridge.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.bridge.value.Itf;
import dev.lockstep.bridge.value.TlcValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tlc2.value.IValue;
import tlc2.value.impl.BoolValue;
import tlc2.value.impl.Enumerable;
import tlc2.value.impl.FcnRcdValue;
import tlc2.value.impl.IntValue;
import tlc2.value.impl.ModelValue;
import tlc2.value.impl.RecordValue;
import tlc2.value.impl.StringValue;
import tlc2.value.impl.TupleValue;
import tlc2.value.impl.Value;
import tlc2.value.impl.ValueEnumeration;

/**
 * TLC's own values (in a child JVM that runs TLC's evaluator) as Lockstep's {@link TlcValue} tree,
 * the tree check builds from TLC's printed states, so that both reach ITF through the one encoder
 * ({@link Itf}); the inverse of {@link ItfValues}. Model values become their names, functions
 * {@code #map}, any finite set {@code #set}, tuples arrays, records objects.
 */
public final class TlcValues {
    private TlcValues() {
    }

    /** The value as a tree; fails for a value that cannot be enumerated (an infinite set, a lazy function). */
    public static TlcValue of(IValue iv) {
        Value v = (Value) iv;
        if (v instanceof BoolValue b) {
            return new TlcValue.Bool(b.val);
        }
        if (v instanceof IntValue i) {
            return TlcValue.Int.of(i.val);
        }
        if (v instanceof StringValue s) {
            return new TlcValue.Str(s.getVal().toString());
        }
        if (v instanceof ModelValue m) {
            return new TlcValue.ModelValue(m.val.toString());
        }
        if (v instanceof TupleValue t) {
            List<TlcValue> elems = new ArrayList<>();
            for (Value e : t.elems) {
                elems.add(of(e));
            }
            return new TlcValue.Seq(elems);
        }
        if (v instanceof RecordValue r) {
            Map<String, TlcValue> fields = new LinkedHashMap<>();
            for (int i = 0; i < r.names.length; i++) {
                fields.put(r.names[i].toString(), of(r.values[i]));
            }
            return new TlcValue.Record(fields);
        }
        if (v instanceof FcnRcdValue f) {
            return function(f);
        }
        if (v instanceof Enumerable e) {
            List<TlcValue> elems = new ArrayList<>();
            ValueEnumeration en = e.elements();
            Value x;
            while ((x = en.nextElement()) != null) {
                elems.add(of(x));
            }
            return new TlcValue.SetOf(elems);
        }
        Value f = v.toFcnRcd();
        if (f instanceof FcnRcdValue fr) {
            return function(fr);
        }
        throw new IllegalArgumentException("no ITF encoding for " + v.getKindString() + " " + v);
    }

    /** The value in ITF. */
    public static JsonNode itf(IValue v) {
        return Itf.encode(of(v));
    }

    /**
     * {@link #itf}, or {@code {"#unserializable": TEXT}} with TLC's text for a value ITF cannot hold
     * (an infinite set, a lazily evaluated function TLC cannot enumerate).
     */
    public static JsonNode itfOrText(IValue v) {
        TlcValue t;
        try {
            t = of(v);
        } catch (RuntimeException e) {
            t = new TlcValue.Symbolic(String.valueOf(v));
        }
        return Itf.encode(t);
    }

    private static TlcValue function(FcnRcdValue f) {
        List<TlcValue.Entry> entries = new ArrayList<>();
        Value[] dom = f.getDomainAsValues();
        for (int i = 0; i < dom.length; i++) {
            entries.add(new TlcValue.Entry(of(dom[i]), of(f.values[i])));
        }
        return new TlcValue.Fun(entries);
    }
}
