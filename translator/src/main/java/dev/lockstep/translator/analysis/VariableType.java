package dev.lockstep.translator.analysis;

/**
 * The Java type of a state variable, from the spec's type invariant or its initial value: the most
 * precise runtime value class that every value of the variable belongs to.
 */
public enum VariableType {
    INTEGER("IntValue", "%s.asInt()"),
    BOOLEAN("BoolValue", "BoolValue.of(%s.asBool())"),
    SET("SetValue", "%s.asSet()"),
    /** Functions, records, sequences and tuples. */
    FUNCTION("FunctionValue", "%s.asFunction()"),
    ANY("Value", "%s");

    private final String javaType;
    private final String conversion;

    VariableType(String javaType, String conversion) {
        this.javaType = javaType;
        this.conversion = conversion;
    }

    /** The runtime class, e.g. {@code IntValue}. */
    public String javaType() {
        return javaType;
    }

    /** A Java expression converting the {@code Value} expression {@code v} to this type. */
    public String convert(String v) {
        return String.format(conversion, v);
    }
}
