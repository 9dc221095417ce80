package dev.lockstep.runtime.value;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The canonical total order on values (see {@link Value}); consistent with TLA+ equality. */
final class ValueOrder {
    private ValueOrder() {
    }

    static int compare(Value a, Value b) {
        if (a == b) {
            return 0;
        }
        int byKind = Integer.compare(a.kindRank(), b.kindRank());
        if (byKind != 0) {
            return byKind;
        }
        if (a instanceof BoolValue x) {
            return Boolean.compare(x.value(), ((BoolValue) b).value());
        }
        if (a instanceof IntValue x) {
            return x.value().compareTo(((IntValue) b).value());
        }
        if (a instanceof StrValue x) {
            return x.value().compareTo(((StrValue) b).value());
        }
        if (a instanceof ModelValue x) {
            return x.name().compareTo(((ModelValue) b).name());
        }
        if (a instanceof SetValue x) {
            return compareSets(x, (SetValue) b);
        }
        return compareFunctions((FunctionValue) a, (FunctionValue) b);
    }

    private static int compareSets(SetValue a, SetValue b) {
        int bySize = Integer.compare(a.size(), b.size());
        return bySize != 0 ? bySize : compareLists(a.elements(), b.elements());
    }

    private static int compareFunctions(FunctionValue a, FunctionValue b) {
        int bySize = Integer.compare(a.size(), b.size());
        if (bySize != 0) {
            return bySize;
        }
        List<Value> as = sequenceElements(a);
        List<Value> bs = sequenceElements(b);
        if (as != null && bs != null) {
            return compareLists(as, bs);
        }
        if (a instanceof RecordValue ra && b instanceof RecordValue rb) {
            return compareEntries(ra.fields().entrySet().iterator(), rb.fields().entrySet().iterator(), true);
        }
        return compareEntries(a.graph().entrySet().iterator(), b.graph().entrySet().iterator(), false);
    }

    private static List<Value> sequenceElements(FunctionValue f) {
        if (f instanceof SeqValue s) {
            return s.elements();
        }
        if (f instanceof TupleValue t) {
            return t.elements();
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static <K> int compareEntries(Iterator<? extends Map.Entry<K, Value>> ia,
            Iterator<? extends Map.Entry<K, Value>> ib, boolean stringKeys) {
        while (ia.hasNext() && ib.hasNext()) {
            Map.Entry<K, Value> ea = ia.next();
            Map.Entry<K, Value> eb = ib.next();
            int byKey = stringKeys
                    ? ((String) ea.getKey()).compareTo((String) eb.getKey())
                    : ((Value) ea.getKey()).compareTo((Value) eb.getKey());
            if (byKey != 0) {
                return byKey;
            }
            int byValue = ea.getValue().compareTo(eb.getValue());
            if (byValue != 0) {
                return byValue;
            }
        }
        return Boolean.compare(ia.hasNext(), ib.hasNext());
    }

    private static int compareLists(List<Value> a, List<Value> b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
