package dev.lockstep.runtime.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Bags module and TLC's Permutations, SortSeq and RandomElement, as generated code evaluates them. */
class TlaBagsTest {
    private static final Value A = Values.model("a");
    private static final Value B = Values.model("b");

    @Test
    void bagArithmeticCountsCopiesAndDropsElementsLeftWithNone() {
        Value ab = TlaBags.setToBag(SetValue.of(A, B));
        Value aab = TlaBags.plus(ab, TlaBags.setToBag(SetValue.of(A)));
        assertEquals(IntValue.of(2), TlaBags.copiesIn(A, aab));
        assertEquals(IntValue.of(3), TlaBags.bagCardinality(aab));
        Value b = TlaBags.minus(ab, TlaBags.setToBag(SetValue.of(A)));
        assertFalse(TlaBags.bagIn(A, b), "a has no copy left, so it is not in the bag");
        assertEquals(SetValue.of(B), TlaBags.bagToSet(b));
        assertEquals(IntValue.of(0), TlaBags.copiesIn(A, b));
        Value none = TlaBags.minus(b, TlaBags.setToBag(SetValue.of(B)));
        assertEquals(TlaBags.emptyBag(), none);
        assertEquals(SeqValue.of(), none, "EmptyBag is << >>, the function with an empty domain");
        assertTrue(TlaBags.isABag(aab));
        assertFalse(TlaBags.isABag(Values.fn(A, IntValue.of(0))));
    }

    @Test
    void bagUnionSubBagAndBagOfAllCountCopiesAsBagsTlaDefinesThem() {
        Value aab = TlaBags.plus(TlaBags.setToBag(SetValue.of(A, B)), TlaBags.setToBag(SetValue.of(A)));
        assertEquals(aab, TlaBags.bagUnion(SetValue.of(TlaBags.setToBag(SetValue.of(A, B)), TlaBags.setToBag(SetValue.of(A)))));
        assertEquals(TlaBags.emptyBag(), TlaBags.bagUnion(SetValue.EMPTY));
        SetValue subs = TlaBags.subBag(aab);
        // a: 0, 1 or 2 copies; b: 0 or 1 copy
        assertEquals(6, subs.size());
        assertTrue(subs.contains(TlaBags.emptyBag()));
        assertTrue(subs.forAll(sub -> TlaBags.subBagEq(sub, aab)));
        assertFalse(TlaBags.subBagEq(aab, TlaBags.setToBag(SetValue.of(A, B))), "two copies of a are not in <<a, b>>");
        Value all = TlaBags.bagOfAll(e -> IntValue.of(7), aab);
        assertEquals(Values.fn(IntValue.of(7), IntValue.of(3)), all, "every copy maps to 7: three copies of it");
    }

    @Test
    void sortSeqOrdersByTheOperatorAndRandomElementGivesAnElement() {
        SeqValue s = SeqValue.of(IntValue.of(3), IntValue.of(1), IntValue.of(2), IntValue.of(1));
        assertEquals(SeqValue.of(IntValue.of(1), IntValue.of(1), IntValue.of(2), IntValue.of(3)),
                Tla.sortSeq(s, (x, y) -> Tla.lt(x, y)));
        assertEquals(SeqValue.of(IntValue.of(3), IntValue.of(2), IntValue.of(1), IntValue.of(1)),
                Tla.sortSeq(s, (x, y) -> Tla.gt(x, y)));
        SetValue ab = SetValue.of(A, B);
        assertTrue(ab.contains(Tla.randomElement(ab)));
        assertThrows(TlaEvaluationException.class, () -> Tla.randomElement(SetValue.EMPTY));
    }

    @Test
    void permutationsAreEveryBijectionOfTheSet() {
        SetValue p = Tla.permutations(SetValue.of(IntValue.of(1), IntValue.of(2), IntValue.of(3)));
        assertEquals(6, p.elements().size());
        for (Value f : p.elements()) {
            Set<Value> images = new HashSet<>(f.asFunction().graph().values());
            assertEquals(3, images.size(), f::toString);
            assertEquals(Tla.domain(f), SetValue.copyOf(images));
        }
        assertEquals(1, Tla.permutations(SetValue.EMPTY).elements().size());
    }
}
