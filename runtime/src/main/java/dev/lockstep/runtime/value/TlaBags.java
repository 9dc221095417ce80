package dev.lockstep.runtime.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The operators of the standard module Bags, as generated code calls them. A bag is a function from
 * its elements to their (positive) number of copies, as in Bags.tla; the operators Bags.tla defines
 * over infinite sets ({@code SubBag}, {@code BagOfAll}, {@code BagUnion}) give what TLC's Java
 * implementation of the module gives. Stateless.
 */
public final class TlaBags {
    private TlaBags() {
    }

    /** {@code EmptyBag}. */
    public static FnValue emptyBag() {
        return new FnValue(new TreeMap<>());
    }

    /** {@code SetToBag(S)}: one copy of each element. */
    public static FnValue setToBag(Value set) {
        return Tla.function(set, e -> IntValue.of(1));
    }

    /** {@code BagToSet(B)}: the elements with at least one copy. */
    public static SetValue bagToSet(Value bag) {
        return Tla.domain(bag);
    }

    /** {@code BagIn(e, B)}. */
    public static boolean bagIn(Value e, Value bag) {
        return bag.asFunction().graph().containsKey(e);
    }

    /** {@code CopiesIn(e, B)}. */
    public static IntValue copiesIn(Value e, Value bag) {
        Value n = bag.asFunction().graph().get(e);
        return n == null ? IntValue.of(0) : (IntValue) n;
    }

    /** {@code B1 (+) B2}: the copies of both. */
    public static FnValue plus(Value a, Value b) {
        TreeMap<Value, Value> out = new TreeMap<>(a.asFunction().graph());
        b.asFunction().graph().forEach((e, n) -> out.merge(e, n, Tla::plus));
        return new FnValue(out);
    }

    /** {@code B1 (-) B2}: the copies of B1 less those of B2; elements left with none are gone. */
    public static FnValue minus(Value a, Value b) {
        TreeMap<Value, Value> out = new TreeMap<>();
        a.asFunction().graph().forEach((e, n) -> {
            IntValue left = Tla.minus(n, copiesIn(e, b));
            if (Tla.gt(left, IntValue.of(0))) {
                out.put(e, left);
            }
        });
        return new FnValue(out);
    }

    /** {@code BagUnion(S)}: the copies of every bag of the set {@code S}. */
    public static FnValue bagUnion(Value bags) {
        FnValue out = emptyBag();
        for (Value b : bags.asSet()) {
            out = plus(out, b);
        }
        return out;
    }

    /** {@code B1 \sqsubseteq B2}: B1 has no more copies of any element than B2. */
    public static boolean subBagEq(Value a, Value b) {
        return a.asFunction().graph().entrySet().stream().allMatch(e -> Tla.le(e.getValue(), copiesIn(e.getKey(), b)));
    }

    /** {@code SubBag(B)}: every bag {@code C} with {@code C \sqsubseteq B}, the empty bag included. */
    public static SetValue subBag(Value bag) {
        List<TreeMap<Value, Value>> out = new ArrayList<>();
        out.add(new TreeMap<>());
        for (Map.Entry<Value, Value> e : bag.asFunction().graph().entrySet()) {
            int copies = e.getValue().asInt().intValue();
            List<TreeMap<Value, Value>> more = new ArrayList<>();
            for (TreeMap<Value, Value> sub : out) {
                for (int n = 1; n <= copies; n++) {
                    TreeMap<Value, Value> with = new TreeMap<>(sub);
                    with.put(e.getKey(), IntValue.of(n));
                    more.add(with);
                }
            }
            out.addAll(more);
        }
        return SetValue.copyOf(out.stream().map(FnValue::new).toList());
    }

    /** {@code BagOfAll(F, B)}: the bag of {@code F(e)}, with the copies of every {@code e} that gives it. */
    public static FnValue bagOfAll(UnaryOperator<Value> f, Value bag) {
        TreeMap<Value, Value> out = new TreeMap<>();
        bag.asFunction().graph().forEach((e, n) -> out.merge(f.apply(e), n, Tla::plus));
        return new FnValue(out);
    }

    /** {@code BagCardinality(B)}: the number of copies of all elements. */
    public static IntValue bagCardinality(Value bag) {
        IntValue total = IntValue.of(0);
        for (Value n : bag.asFunction().graph().values()) {
            total = Tla.plus(total, n);
        }
        return total;
    }

    /** {@code IsABag(B)}: a function whose values are positive integers. */
    public static boolean isABag(Value v) {
        return v instanceof FunctionValue f && f.graph().values().stream()
                .allMatch(n -> n instanceof IntValue && Tla.gt(n, IntValue.of(0)));
    }
}
