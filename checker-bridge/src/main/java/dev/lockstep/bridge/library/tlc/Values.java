package dev.lockstep.bridge.library.tlc;

import tlc2.output.EC;
import tlc2.tool.EvalControl;
import tlc2.tool.EvalException;
import tlc2.value.impl.Applicable;
import tlc2.value.impl.Enumerable;
import tlc2.value.impl.FcnRcdValue;
import tlc2.value.impl.IntValue;
import tlc2.value.impl.SetEnumValue;
import tlc2.value.impl.StringValue;
import tlc2.value.impl.TupleValue;
import tlc2.value.impl.Value;
import tlc2.value.impl.ValueVec;

/** Conversions and checks the overrides share; errors are TLC's own evaluation errors. */
final class Values {
    private Values() {
    }

    /** {@code v} as an enumerated, normalised set, or an evaluation error naming {@code op}. */
    static SetEnumValue finiteSet(String op, Value v) {
        if (!(v instanceof Enumerable) || !v.isFinite()) {
            throw fail(op + ": expected a finite set, got " + describe(v));
        }
        Value s = v.toSetEnum();
        if (!(s instanceof SetEnumValue e)) {
            throw fail(op + ": expected a finite set, got " + describe(v));
        }
        e.normalize();
        return e;
    }

    /** {@code v} as an explicit function (records and tuples included). */
    static FcnRcdValue function(String op, Value v) {
        Value f = v.toFcnRcd();
        if (!(f instanceof FcnRcdValue r)) {
            throw fail(op + ": expected a function, got " + describe(v));
        }
        return r;
    }

    /** {@code v} as a tuple (a sequence). */
    static TupleValue tuple(String op, Value v) {
        Value t = v.toTuple();
        if (!(t instanceof TupleValue r)) {
            throw fail(op + ": expected a sequence, got " + describe(v));
        }
        return r;
    }

    static String string(String op, Value v) {
        if (!(v instanceof StringValue s)) {
            throw fail(op + ": expected a string, got " + describe(v));
        }
        return s.getVal().toString();
    }

    static int integer(String op, Value v) {
        if (!(v instanceof IntValue i)) {
            throw fail(op + ": expected an integer, got " + describe(v));
        }
        return i.val;
    }

    /** Applies a binary operator argument (a LAMBDA or a defined operator). */
    static Value apply(Value op, Value a, Value b) {
        if (!(op instanceof Applicable f)) {
            throw fail("expected an operator, got " + describe(op));
        }
        return f.apply(new Value[] {a, b}, EvalControl.Clear);
    }

    /** The set of {@code elems}, an array of a TLC value that stays as it is (normalising sorts a copy). */
    static SetEnumValue setOf(Value[] elems) {
        ValueVec v = new ValueVec(elems.length);
        for (Value e : elems) {
            v.addElement(e);
        }
        return set(v);
    }

    static SetEnumValue set(ValueVec elems) {
        SetEnumValue s = new SetEnumValue(elems, false);
        s.normalize();
        return s;
    }

    static EvalException fail(String message) {
        return new EvalException(EC.GENERAL, message);
    }

    private static String describe(Value v) {
        String s = v.toString();
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
