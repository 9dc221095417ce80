package dev.lockstep.runtime.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Bags module and TLC's Permutations, as generated code evaluates them. */
class TlaBagsTest {
    private static final Value A = Values.model("a");
    private static final Value B = Values.model("b");

    @Test
    void bagArithmeticCountsCopiesAndDropsElementsLeftWithNone() {
        Value ab = Tla.setToBag(SetValue.of(A, B));
        Value aab = Tla.bagPlus(ab, Tla.setToBag(SetValue.of(A)));
        assertEquals(IntValue.of(2), Tla.copiesIn(A, aab));
        assertEquals(IntValue.of(3), Tla.bagCardinality(aab));
        Value b = Tla.bagMinus(ab, Tla.setToBag(SetValue.of(A)));
        assertFalse(Tla.bagIn(A, b), "a has no copy left, so it is not in the bag");
        assertEquals(SetValue.of(B), Tla.bagToSet(b));
        assertEquals(IntValue.of(0), Tla.copiesIn(A, b));
        Value none = Tla.bagMinus(b, Tla.setToBag(SetValue.of(B)));
        assertEquals(Tla.emptyBag(), none);
        assertEquals(SeqValue.of(), none, "EmptyBag is << >>, the function with an empty domain");
        assertTrue(Tla.isABag(aab));
        assertFalse(Tla.isABag(Values.fn(A, IntValue.of(0))));
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
