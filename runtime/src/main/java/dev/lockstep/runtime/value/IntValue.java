package dev.lockstep.runtime.value;

import java.math.BigInteger;
import java.util.Objects;

/**
 * An integer of any size. TLA+ integers are mathematical integers; TLC limits them to 32 bits, but
 * logs and traces may carry larger ones (ITF's {@code #bigint}).
 */
public record IntValue(BigInteger value) implements Value {
    public IntValue {
        Objects.requireNonNull(value, "value");
    }

    public static IntValue of(long n) {
        return new IntValue(BigInteger.valueOf(n));
    }

    @Override
    public int kindRank() {
        return 1;
    }

    /** The value as a {@code long}; fails when it does not fit. */
    public long longValue() {
        return value.longValueExact();
    }

    /** The value as an {@code int}; fails when it does not fit. */
    public int intValue() {
        return value.intValueExact();
    }

    public IntValue plus(IntValue o) {
        return new IntValue(value.add(o.value));
    }

    public IntValue minus(IntValue o) {
        return new IntValue(value.subtract(o.value));
    }

    public IntValue times(IntValue o) {
        return new IntValue(value.multiply(o.value));
    }

    public IntValue negate() {
        return new IntValue(value.negate());
    }

    /** TLA+ {@code \div}: division rounding towards negative infinity (divisor must be positive). */
    public IntValue div(IntValue o) {
        requirePositive(o, "\\div");
        BigInteger[] qr = value.divideAndRemainder(o.value);
        BigInteger q = qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
        return new IntValue(q);
    }

    /** TLA+ {@code %}: the remainder in {@code 0 .. o-1} (divisor must be positive). */
    public IntValue mod(IntValue o) {
        requirePositive(o, "%");
        return new IntValue(value.mod(o.value));
    }

    /** TLA+ {@code ^} with a non-negative exponent. */
    public IntValue pow(IntValue o) {
        if (o.value.signum() < 0) {
            throw new ArithmeticException("negative exponent in " + this + " ^ " + o);
        }
        return new IntValue(value.pow(o.value.intValueExact()));
    }

    public boolean lessThan(IntValue o) {
        return value.compareTo(o.value) < 0;
    }

    public boolean lessOrEqual(IntValue o) {
        return value.compareTo(o.value) <= 0;
    }

    private static void requirePositive(IntValue o, String op) {
        if (o.value.signum() <= 0) {
            throw new ArithmeticException("the divisor of " + op + " must be positive, was " + o);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntValue i && i.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
