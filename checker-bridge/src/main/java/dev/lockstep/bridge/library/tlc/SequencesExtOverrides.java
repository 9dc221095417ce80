package dev.lockstep.bridge.library.tlc;

import tlc2.overrides.TLAPlusOperator;
import tlc2.value.impl.SetEnumValue;
import tlc2.value.impl.TupleValue;
import tlc2.value.impl.Value;
import tlc2.value.impl.ValueVec;

/**
 * Java evaluation of SequencesExt's hot operators. Each returns a value its TLA+ definition allows:
 * {@code SetToSeq} chooses the set's elements in TLC's normalised order, one of the sequences the
 * definition's CHOOSE may pick.
 */
public final class SequencesExtOverrides {
    private SequencesExtOverrides() {
    }

    @TLAPlusOperator(identifier = "SetToSeq", module = "SequencesExt", warn = false)
    public static Value setToSeq(Value s) {
        SetEnumValue set = Values.finiteSet("SetToSeq", s);
        Value[] elems = new Value[set.size()];
        ValueVec v = set.elems;
        for (int i = 0; i < elems.length; i++) {
            elems[i] = v.elementAt(i);
        }
        return new TupleValue(elems);
    }

    @TLAPlusOperator(identifier = "ToSet", module = "SequencesExt", warn = false)
    public static Value toSet(Value s) {
        return Values.setOf(Values.tuple("ToSet", s).elems);
    }

    @TLAPlusOperator(identifier = "FoldLeft", module = "SequencesExt", warn = false)
    public static Value foldLeft(Value op, Value base, Value s) {
        Value acc = base;
        for (Value e : Values.tuple("FoldLeft", s).elems) {
            acc = Values.apply(op, acc, e);
        }
        return acc;
    }

    @TLAPlusOperator(identifier = "FoldRight", module = "SequencesExt", warn = false)
    public static Value foldRight(Value op, Value s, Value base) {
        Value[] elems = Values.tuple("FoldRight", s).elems;
        Value acc = base;
        for (int i = elems.length - 1; i >= 0; i--) {
            acc = Values.apply(op, elems[i], acc);
        }
        return acc;
    }
}
