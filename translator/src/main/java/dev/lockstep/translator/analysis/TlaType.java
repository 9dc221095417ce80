package dev.lockstep.translator.analysis;

import java.util.List;

/**
 * The type of a state variable or action parameter as the spec gives it: from a type invariant
 * ({@code x \in Nat}, {@code [S -> T]}, {@code SUBSET S}, {@code Seq(S)}, record sets, sets of
 * strings or of model values), else from its initial value. The emitter maps each kind to a Java
 * type (see {@code docs/java-mapping.md}); {@link Any} keeps the runtime's general {@code Value}.
 */
public sealed interface TlaType {
    /** An integer ({@code Nat}, {@code Int}, {@code a..b}, a number). */
    record Int() implements TlaType {
    }

    /** {@code BOOLEAN}. */
    record Bool() implements TlaType {
    }

    /** A string ({@code STRING}, or a string initial value). */
    record Str() implements TlaType {
    }

    /** One of the model values a CONSTANT is set to in the configuration ({@code Proc = {p1, p2}}). */
    record ModelValues(String constant) implements TlaType {
    }

    /** One of a fixed set of strings ({@code {"idle", "busy"}}); {@code hint} names the enum. */
    record Strings(List<String> members, String hint) implements TlaType {
        public Strings {
            members = List.copyOf(members);
        }
    }

    /**
     * A record of a record set {@code [f1 : S1, f2 : S2]}: fields in the order written, each with
     * the type of its set's elements; {@code hint} names the Java record (the definition naming
     * the set, or the variable).
     */
    record RecordOf(List<String> fields, List<TlaType> types, String hint) implements TlaType {
        public RecordOf {
            fields = List.copyOf(fields);
            types = List.copyOf(types);
        }
    }

    /**
     * A union of record sets told apart by a tag field whose set differs in each
     * ({@code [type : {"Prepared"}, rm : RM] \cup [type : {"Commit", "Abort"}]}): one {@link RecordOf}
     * per tag value, each with {@code tag} of type {@link Strings} of that one value and with that value
     * as its hint. The emitter makes it a sealed interface named after {@code hint} with one record per
     * variant (the messages of a protocol).
     */
    record Tagged(String tag, List<RecordOf> variants, String hint) implements TlaType {
        public Tagged {
            variants = List.copyOf(variants);
        }

        /** The tag value of variant {@code r}. */
        public static String tagValue(String tag, RecordOf r) {
            return ((Strings) r.types().get(r.fields().indexOf(tag))).members().get(0);
        }
    }

    /**
     * A value of {@code present}'s type, or the model value {@code absent} that is none of them
     * ({@code Server \cup {Nil}}, {@code {None} \cup Value}): the emitter's {@code Optional}.
     */
    record OptionalOf(TlaType present, String absent) implements TlaType {
    }

    /** A model value of several constants ({@code Client \cup {Free}}). */
    record AnyModelValue() implements TlaType {
    }

    /** A set whose elements have a known type ({@code SUBSET S}, {@code x \subseteq S}). */
    record SetOf(TlaType element) implements TlaType {
    }

    /** A sequence ({@code Seq(S)}). */
    record SeqOf(TlaType element) implements TlaType {
    }

    /** A function with known argument and result types ({@code [S -> T]}). */
    record FunctionOf(TlaType argument, TlaType result) implements TlaType {
    }

    /** A record ({@code [f : S, ...]}), a tuple, or a function of unknown types. */
    record AnyFunction() implements TlaType {
    }

    /** A set of unknown elements. */
    record AnySet() implements TlaType {
    }

    /** Anything: the runtime's {@code Value}. */
    record Any() implements TlaType {
    }

    TlaType INT = new Int();
    TlaType BOOL = new Bool();
    TlaType STR = new Str();
    TlaType ANY = new Any();
    TlaType ANY_SET = new AnySet();
    TlaType ANY_FUNCTION = new AnyFunction();
    TlaType ANY_MODEL_VALUE = new AnyModelValue();

    /** Whether values of this type are single values (no collection): usable as action parameters. */
    default boolean scalar() {
        return this instanceof Int || this instanceof Bool || this instanceof Str || this instanceof ModelValues
                || this instanceof Strings || this instanceof AnyModelValue;
    }
}
