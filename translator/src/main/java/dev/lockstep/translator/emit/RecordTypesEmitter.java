package dev.lockstep.translator.emit;

import dev.lockstep.translator.analysis.TlaType;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * Writes the records nested in {@code <T>State}: one Java record per record set the variables'
 * types use, and for each union of record sets told apart by a tag field (a protocol's messages) a
 * sealed interface with one record per variant, so that code can pattern-match
 * ({@code case Prepared p -> ... p.rm()}). Each record encodes itself to exactly the TLA+ record it
 * stands for (the tag included) and decodes only such a record.
 */
final class RecordTypesEmitter {
    private final JavaTypes javaTypes;
    private final Function<TlaType, String> describe;

    /**
     * @param describe what a type is, in words, for Javadoc
     */
    RecordTypesEmitter(JavaTypes javaTypes, Function<TlaType, String> describe) {
        this.javaTypes = javaTypes;
        this.describe = describe;
    }

    /** Every record and sealed interface the types used so far need, in the order they were first needed. */
    void write(Code c) {
        for (JavaTypes.RecordType r : javaTypes.recordTypes()) {
            record(c, r);
        }
        for (JavaTypes.SealedType s : javaTypes.sealedTypes()) {
            sealedInterface(c, s);
            s.variants().forEach(r -> record(c, r));
        }
    }

    private void sealedInterface(Code c, JavaTypes.SealedType s) {
        String name = s.name();
        String tag = "Values.str(" + JavaText.literal(s.tag()) + ")";
        StringJoiner permits = new StringJoiner(", ");
        s.variants().forEach(v -> permits.add(v.name()));
        c.blank();
        c.line("/** " + JavaText.commentSafe("The records of " + name + ", one Java record per value of their field "
                + s.tag() + ".") + " */");
        c.open("public sealed interface " + name + " permits " + permits + " {");
        c.line("/** Encodes and decodes these records. */");
        c.line("Codec<" + name + "> CODEC = Codec.of(" + name + "::value, " + name + "::of);");
        c.blank();
        c.line("/** This record as a TLA+ value. */");
        c.line("Value value();");
        c.blank();
        c.line("/** The record for the TLA+ value {@code v}, by its field " + JavaText.commentSafe(s.tag())
                + "; fails unless it is one of them. */");
        c.open("static " + name + " of(Value v) {");
        c.line("FunctionValue f = v.asFunction();");
        c.line("Value tag = f.inDomain(" + tag + ") ? f.apply(" + tag + ") : null;");
        for (JavaTypes.RecordType r : s.variants()) {
            c.open("if (Values.str(" + JavaText.literal(r.tagValue()) + ").equals(tag)) {");
            c.line("return " + r.name() + ".of(v);");
            c.close("}");
        }
        c.line("throw new IllegalArgumentException(v.toTla() + \" is not a " + name + "\");");
        c.close("}");
        c.close("}");
    }

    /** A nested Java record for the records of a record set, or for one variant of a sealed interface. */
    private void record(Code c, JavaTypes.RecordType r) {
        String name = r.name();
        StringJoiner comps = new StringJoiner(", ");
        StringJoiner fields = new StringJoiner(", ");
        List<String> encoded = new ArrayList<>();
        List<String> check = new ArrayList<>();
        StringJoiner decoded = new StringJoiner(",\n                    ");
        check.add("f.size() != " + r.fields().size());
        for (int i = 0; i < r.fields().size(); i++) {
            String field = JavaText.literal(r.fields().get(i));
            TlaType t = r.types().get(i);
            check.add("!f.inDomain(Values.str(" + field + "))");
            if (i == r.tag()) {
                String value = "Values.str(" + JavaText.literal(r.tagValue()) + ")";
                fields.add(r.fields().get(i) + " : \"" + r.tagValue() + "\"");
                encoded.add(field + ", " + value);
                check.add("!f.apply(Values.str(" + field + ")).equals(" + value + ")");
                continue;
            }
            String comp = r.components().get(i);
            comps.add(javaTypes.type(t) + " " + comp);
            fields.add(r.fields().get(i) + " : " + describe.apply(t));
            encoded.add(field + ", " + javaTypes.encode(t, comp));
            decoded.add(javaTypes.decode(t, "f.apply(Values.str(" + field + "))"));
        }
        c.blank();
        c.line("/** " + JavaText.commentSafe("The records [" + fields + "] of the spec, as a Java record.") + " */");
        c.open("public record " + name + "(" + comps + ")" + (r.sealedType() == null ? "" : " implements "
                + r.sealedType()) + " {");
        c.line("/** Encodes and decodes these records. */");
        c.line("public static final Codec<" + name + "> CODEC = Codec.of(" + name + "::value, " + name + "::of);");
        c.blank();
        c.line("/** This record as a TLA+ value. */");
        if (r.sealedType() != null) {
            c.line("@Override");
        }
        c.open("public Value value() {");
        c.line("return Values.record(" + wrapped(encoded, ", ", ",\n                    ") + ");");
        c.close("}");
        c.blank();
        c.line("/** The record for the TLA+ value {@code v}; fails unless it is a record with exactly these fields"
                + (r.sealedType() == null ? "" : JavaText.commentSafe(" and " + r.fields().get(r.tag()) + " \""
                + r.tagValue() + "\"")) + ". */");
        c.open("public static " + name + " of(Value v) {");
        c.line("FunctionValue f = v.asFunction();");
        c.open("if (" + wrapped(check, " || ", "\n                    || ") + ") {");
        c.line("throw new IllegalArgumentException(v.toTla() + \" is not a " + name + "\");");
        c.close("}");
        c.line("return new " + name + "(" + decoded + ");");
        c.close("}");
        c.close("}");
    }

    /** {@code parts} joined by {@code separator}, or by {@code lineBreak} when they are too long for one line. */
    private static String wrapped(List<String> parts, String separator, String lineBreak) {
        String joined = String.join(separator, parts);
        return joined.length() <= 80 ? joined : String.join(lineBreak, parts);
    }
}
