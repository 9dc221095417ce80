package dev.lockstep.translator.emit;

import dev.lockstep.translator.analysis.TlaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Maps the spec's {@link TlaType}s to Java: {@code long} for integers, {@code boolean},
 * {@code String}, an enum for the model values of a constant ({@code <T>Constants.<C>Value}) or for
 * a fixed set of strings (nested in {@code <T>State}), {@code ModelValue} for a model value of
 * several constants, immutable {@code Set}/{@code List}/{@code Map} for sets, sequences and
 * functions of known types, and the runtime's {@code SetValue}/{@code FunctionValue}/{@code Value}
 * otherwise. Each Java type comes with Java source that encodes it to a TLA+ {@code Value} (for
 * evaluation and the log) and decodes it back (the runtime's {@code Codec}).
 */
final class JavaTypes {
    /** A nested enum of {@code <T>State} for a fixed set of strings. */
    record StringEnum(String name, List<String> members) {
    }

    /**
     * A nested record of {@code <T>State} for the records of a record set, or for one variant of a
     * {@link SealedType}.
     *
     * @param name       the Java record's name
     * @param fields     the TLA+ field names
     * @param components the Java component names (escaped)
     * @param types      the fields' types
     * @param tag        the index of the tag field, which has no component (its value is the variant), or -1
     * @param sealedType the sealed interface the record implements, or null
     */
    record RecordType(String name, List<String> fields, List<String> components, List<TlaType> types, int tag,
                      String sealedType) {
        /** The tag value of a variant. */
        String tagValue() {
            return ((TlaType.Strings) types.get(tag)).members().get(0);
        }
    }

    /**
     * A nested sealed interface of {@code <T>State} for a union of record sets told apart by field
     * {@code tag}, permitting one record per variant.
     */
    record SealedType(String name, String tag, List<RecordType> variants) {
    }

    private final String stateType;
    private final String constantsType;
    private final Map<String, String> modelValueEnums;
    private final Map<List<String>, StringEnum> stringEnums = new LinkedHashMap<>();
    private final Map<List<Object>, RecordType> recordTypes = new LinkedHashMap<>();
    private final Map<TlaType.Tagged, SealedType> sealedTypes = new LinkedHashMap<>();
    private final JavaNames typeNames = new JavaNames();

    /**
     * @param modelValueEnums the enum of each constant the configuration sets to model values
     */
    JavaTypes(String stateType, String constantsType, Map<String, String> modelValueEnums) {
        this.stateType = stateType;
        this.constantsType = constantsType;
        this.modelValueEnums = Map.copyOf(modelValueEnums);
        for (String r : new String[] {stateType, constantsType, "Value", "Values", "Codec", "Set", "List", "Map",
                "String", "Long", "Boolean", "Object", "Tla", "BoolValue", "IntValue", "SetValue", "FunctionValue",
                "ModelValue", "StrValue", "LinkedHashMap", "Override", "IllegalArgumentException"}) {
            typeNames.reserve(r);
        }
    }

    /** The nested string enums of the state class, in the order they were first needed. */
    List<StringEnum> stringEnums() {
        return new ArrayList<>(stringEnums.values());
    }

    /** The nested records of the state class, in the order they were first needed. */
    List<RecordType> recordTypes() {
        return new ArrayList<>(recordTypes.values());
    }

    /** The nested sealed interfaces of the state class, in the order they were first needed. */
    List<SealedType> sealedTypes() {
        return new ArrayList<>(sealedTypes.values());
    }

    /**
     * Whether a variable of type {@code t} stays (wholly or in part) an untyped TLA+ value in Java:
     * {@code Value}, {@code SetValue} or {@code FunctionValue} appear in its Java type.
     */
    boolean untyped(TlaType t) {
        return anyPart(normal(t), x -> x instanceof TlaType.Any || x instanceof TlaType.AnySet
                || x instanceof TlaType.AnyFunction);
    }

    /** Whether {@code Optional} appears in the Java type of {@code t}. */
    boolean usesOptional(TlaType t) {
        return anyPart(normal(t), x -> x instanceof TlaType.OptionalOf);
    }

    /** Whether {@code t} or a type it is made of satisfies {@code p}. */
    private static boolean anyPart(TlaType t, Predicate<TlaType> p) {
        if (p.test(t)) {
            return true;
        }
        if (t instanceof TlaType.RecordOf r) {
            return r.types().stream().anyMatch(x -> anyPart(x, p));
        }
        if (t instanceof TlaType.Tagged g) {
            return g.variants().stream().anyMatch(x -> anyPart(x, p));
        }
        if (t instanceof TlaType.OptionalOf o) {
            return anyPart(o.present(), p);
        }
        if (t instanceof TlaType.SetOf x) {
            return anyPart(x.element(), p);
        }
        if (t instanceof TlaType.SeqOf x) {
            return anyPart(x.element(), p);
        }
        return t instanceof TlaType.FunctionOf f && (anyPart(f.argument(), p) || anyPart(f.result(), p));
    }

    /** {@code t} with what this generation cannot express replaced by the runtime's types. */
    TlaType normal(TlaType t) {
        if (t instanceof TlaType.RecordOf r) {
            List<TlaType> types = new ArrayList<>();
            r.types().forEach(x -> types.add(normal(x)));
            return new TlaType.RecordOf(r.fields(), types, r.hint());
        }
        if (t instanceof TlaType.Tagged g) {
            List<TlaType.RecordOf> variants = new ArrayList<>();
            g.variants().forEach(r -> variants.add((TlaType.RecordOf) normal(r)));
            return new TlaType.Tagged(g.tag(), variants, g.hint());
        }
        if (t instanceof TlaType.OptionalOf o) {
            TlaType p = normal(o.present());
            return p instanceof TlaType.Any || p instanceof TlaType.AnyModelValue ? p : new TlaType.OptionalOf(p, o.absent());
        }
        if (t instanceof TlaType.ModelValues m && !modelValueEnums.containsKey(m.constant())) {
            return TlaType.ANY_MODEL_VALUE;
        }
        if (t instanceof TlaType.SetOf s) {
            TlaType e = normal(s.element());
            return e instanceof TlaType.Any ? TlaType.ANY_SET : new TlaType.SetOf(e);
        }
        if (t instanceof TlaType.SeqOf s) {
            TlaType e = normal(s.element());
            return e instanceof TlaType.Any ? TlaType.ANY_FUNCTION : new TlaType.SeqOf(e);
        }
        if (t instanceof TlaType.FunctionOf f) {
            TlaType k = normal(f.argument());
            return k instanceof TlaType.Any ? TlaType.ANY_FUNCTION : new TlaType.FunctionOf(k, normal(f.result()));
        }
        return t;
    }

    /** The Java type ({@code long}, {@code Map<ProcValue, Long>}, ...). */
    String type(TlaType t) {
        t = normal(t);
        if (t instanceof TlaType.Int) {
            return "long";
        }
        if (t instanceof TlaType.Bool) {
            return "boolean";
        }
        return boxed(t);
    }

    /** The Java type as a type argument ({@code Long} for {@code long}). */
    String boxed(TlaType t) {
        t = normal(t);
        if (t instanceof TlaType.Int) {
            return "Long";
        }
        if (t instanceof TlaType.Bool) {
            return "Boolean";
        }
        if (t instanceof TlaType.Str) {
            return "String";
        }
        if (t instanceof TlaType.ModelValues m) {
            return constantsType + "." + modelValueEnums.get(m.constant());
        }
        if (t instanceof TlaType.Strings s) {
            return stateType + "." + stringEnum(s).name();
        }
        if (t instanceof TlaType.RecordOf r) {
            return stateType + "." + recordType(r).name();
        }
        if (t instanceof TlaType.Tagged g) {
            return stateType + "." + sealedType(g).name();
        }
        if (t instanceof TlaType.OptionalOf o) {
            return "Optional<" + boxed(o.present()) + ">";
        }
        if (t instanceof TlaType.AnyModelValue) {
            return "ModelValue";
        }
        if (t instanceof TlaType.SetOf s) {
            return "Set<" + boxed(s.element()) + ">";
        }
        if (t instanceof TlaType.SeqOf s) {
            return "List<" + boxed(s.element()) + ">";
        }
        if (t instanceof TlaType.FunctionOf f) {
            return "Map<" + boxed(f.argument()) + ", " + boxed(f.result()) + ">";
        }
        if (t instanceof TlaType.AnySet) {
            return "SetValue";
        }
        if (t instanceof TlaType.AnyFunction) {
            return "FunctionValue";
        }
        return "Value";
    }

    /** A Java expression of type {@code Codec<boxed(t)>}. */
    String codec(TlaType t) {
        t = normal(t);
        if (t instanceof TlaType.Int) {
            return "Codec.LONG";
        }
        if (t instanceof TlaType.Bool) {
            return "Codec.BOOLEAN";
        }
        if (t instanceof TlaType.Str) {
            return "Codec.STRING";
        }
        if (t instanceof TlaType.ModelValues || t instanceof TlaType.Strings || t instanceof TlaType.RecordOf
                || t instanceof TlaType.Tagged) {
            return boxed(t) + ".CODEC";
        }
        if (t instanceof TlaType.OptionalOf o) {
            return "Codec.optional(" + codec(o.present()) + ", Values.model(" + JavaText.literal(o.absent()) + "))";
        }
        if (t instanceof TlaType.AnyModelValue) {
            return "Codec.MODEL_VALUE";
        }
        if (t instanceof TlaType.SetOf s) {
            return "Codec.setOf(" + codec(s.element()) + ")";
        }
        if (t instanceof TlaType.SeqOf s) {
            return "Codec.seqOf(" + codec(s.element()) + ")";
        }
        if (t instanceof TlaType.FunctionOf f) {
            return "Codec.mapOf(" + codec(f.argument()) + ", " + codec(f.result()) + ")";
        }
        if (t instanceof TlaType.AnySet) {
            return "Codec.SET_VALUE";
        }
        if (t instanceof TlaType.AnyFunction) {
            return "Codec.FUNCTION_VALUE";
        }
        return "Codec.VALUE";
    }

    /** Whether Java values of {@code t} are TLA+ values already (no conversion). */
    boolean isValue(TlaType t) {
        t = normal(t);
        return t instanceof TlaType.Any || t instanceof TlaType.AnySet || t instanceof TlaType.AnyFunction
                || t instanceof TlaType.AnyModelValue;
    }

    /** Java source for the TLA+ value of the Java expression {@code x} of type {@code t}. */
    String encode(TlaType t, String x) {
        t = normal(t);
        if (isValue(t)) {
            return x;
        }
        if (t instanceof TlaType.Int) {
            return "Tla.integer(" + x + ")";
        }
        if (t instanceof TlaType.Bool) {
            return "BoolValue.of(" + x + ")";
        }
        if (t instanceof TlaType.Str) {
            return "Values.str(" + x + ")";
        }
        if (t instanceof TlaType.ModelValues || t instanceof TlaType.Strings || t instanceof TlaType.RecordOf
                || t instanceof TlaType.Tagged) {
            return x + ".value()";
        }
        return codec(t) + ".encode(" + x + ")";
    }

    /** Java source for the Java value of type {@code t} of the {@code Value} expression {@code v}. */
    String decode(TlaType t, String v) {
        t = normal(t);
        if (t instanceof TlaType.Int) {
            return "Codec.toLong(" + v + ")";
        }
        if (t instanceof TlaType.Bool) {
            return v + ".asBool()";
        }
        if (t instanceof TlaType.Str) {
            return v + ".asString()";
        }
        if (t instanceof TlaType.ModelValues || t instanceof TlaType.Strings || t instanceof TlaType.RecordOf
                || t instanceof TlaType.Tagged) {
            return boxed(t) + ".of(" + v + ")";
        }
        if (t instanceof TlaType.AnySet) {
            return v + ".asSet()";
        }
        if (t instanceof TlaType.AnyFunction) {
            return v + ".asFunction()";
        }
        if (t instanceof TlaType.Any) {
            return v;
        }
        return codec(t) + ".decode(" + v + ")";
    }

    private RecordType recordType(TlaType.RecordOf r) {
        List<Object> key = List.of(r.fields(), r.types());
        RecordType known = recordTypes.get(key);
        if (known != null) {
            return known;
        }
        RecordType t = newRecordType(r, typeNames.fresh(nestedTypeName(r.hint(), "Record")), -1, null);
        recordTypes.put(key, t);
        r.types().forEach(this::boxed); // names the enums and records of the fields now
        return t;
    }

    private static RecordType newRecordType(TlaType.RecordOf r, String name, int tag, String sealedType) {
        JavaNames names = new JavaNames();
        for (String reserved : new String[] {"value", "of", "CODEC", "hashCode", "toString", "equals", "getClass",
                "f", "v"}) {
            names.reserve(reserved);
        }
        List<String> components = new ArrayList<>();
        for (int i = 0; i < r.fields().size(); i++) {
            components.add(i == tag ? "" : names.fresh(r.fields().get(i)));
        }
        return new RecordType(name, r.fields(), components, r.types(), tag, sealedType);
    }

    /**
     * The sealed interface of a tagged union, named after the set ({@code Message}), with one record
     * per variant named after its tag value ({@code Prepared}, or {@code Message1a} for {@code "1a"}).
     */
    private SealedType sealedType(TlaType.Tagged g) {
        SealedType known = sealedTypes.get(g);
        if (known != null) {
            return known;
        }
        String name = typeNames.fresh(JavaNames.typeName(g.hint()));
        List<RecordType> variants = new ArrayList<>();
        for (TlaType.RecordOf r : g.variants()) {
            String tagValue = TlaType.Tagged.tagValue(g.tag(), r);
            String variant = !tagValue.isEmpty() && Character.isLetter(tagValue.charAt(0)) ? JavaNames.typeName(tagValue)
                    : JavaNames.typeName(g.hint() + "_" + tagValue);
            variants.add(newRecordType(r, typeNames.fresh(variant), r.fields().indexOf(g.tag()), name));
        }
        SealedType t = new SealedType(name, g.tag(), variants);
        sealedTypes.put(g, t);
        for (RecordType v : variants) {
            for (int i = 0; i < v.types().size(); i++) {
                if (i != v.tag()) {
                    boxed(v.types().get(i)); // names the enums and records of the fields now
                }
            }
        }
        return t;
    }

    private StringEnum stringEnum(TlaType.Strings s) {
        return stringEnums.computeIfAbsent(s.members(), m -> new StringEnum(typeNames.fresh(nestedTypeName(s.hint(),
                "Value")), m));
    }

    /**
     * The type named after a variable or field {@code hint}: {@code tmState} gives {@code TmState}.
     * A hint that starts upper-case ({@code ElevatorState}) would give the component's own name, which
     * obscures the type (JLS 6.4.2), so it takes {@code suffix}.
     */
    private static String nestedTypeName(String hint, String suffix) {
        String t = JavaNames.typeName(hint);
        return !hint.isEmpty() && Character.isUpperCase(hint.charAt(0)) ? t + suffix : t;
    }
}
