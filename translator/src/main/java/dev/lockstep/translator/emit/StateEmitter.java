package dev.lockstep.translator.emit;

import dev.lockstep.translator.analysis.TlaType;
import java.util.StringJoiner;

/**
 * Writes {@code <T>State}: a record with one component per variable of the spec, typed from the
 * spec, with the codecs between its Java values and TLA+ values, and the nested records and enums
 * the variables' types need.
 */
final class StateEmitter {
    private final EmitContext cx;

    StateEmitter(EmitContext cx) {
        this.cx = cx;
    }

    /** The state class. Write it after the base class: the types that class needs are nested here. */
    String emit() {
        Code c = new Code(0);
        c.raw(cx.generatedHeader());
        c.imports("dev.lockstep.runtime.value.BoolValue", "dev.lockstep.runtime.value.Codec",
                "dev.lockstep.runtime.value.FunctionValue", "dev.lockstep.runtime.value.ModelValue",
                "dev.lockstep.runtime.value.SetValue", "dev.lockstep.runtime.value.Tla",
                "dev.lockstep.runtime.value.Value", "dev.lockstep.runtime.value.Values", "java.util.LinkedHashMap",
                "java.util.List", "java.util.Map", "java.util.Set");
        c.blank();
        c.raw(JavaText.javadoc("", "A state of " + cx.spec().moduleName() + ": one component per variable of the spec, "
                + "in declaration order,\ntyped from the spec (its type invariant, else the initial values). "
                + "Immutable; equality is TLA+\nequality of every variable. variables() gives the TLA+ "
                + "values, as the native log records them.", null));
        c.line("@SuppressWarnings(\"unused\")");
        StringJoiner comps = new StringJoiner(",\n        ");
        for (String v : cx.spec().variables()) {
            comps.add(cx.javaTypes().type(cx.types().get(v)) + " " + cx.naming().variable(v));
        }
        c.open("public record " + cx.stateType() + "(" + comps + ") {");
        StringJoiner names = new StringJoiner(", ");
        cx.spec().variables().forEach(v -> names.add(JavaText.literal(v)));
        c.line("/** The spec's variables, in declaration order. */");
        c.line("public static final List<String> VARIABLES = List.of(" + names + ");");
        for (String v : cx.spec().variables()) {
            TlaType t = cx.types().get(v);
            c.line("/** The codec of " + JavaText.commentSafe(v) + " (" + JavaText.commentSafe(cx.describe(t)) + "). */");
            c.line("public static final Codec<" + cx.javaTypes().boxed(t) + "> " + cx.codecFields().get(v) + " = "
                    + cx.javaTypes().codec(t) + ";");
        }
        c.blank();
        c.line("/** The variables by name, in declaration order, as TLA+ values (as the native log records them). */");
        c.open("public Map<String, Value> variables() {");
        c.line("Map<String, Value> m = new LinkedHashMap<>();");
        for (String v : cx.spec().variables()) {
            c.line("m.put(" + JavaText.literal(v) + ", " + cx.codecFields().get(v) + ".encode(" + cx.naming().variable(v) + "));");
        }
        c.line("return m;");
        c.close("}");
        c.blank();
        c.line("/** The state with these variable values (e.g. read from a log); every variable must be given. */");
        c.open("public static " + cx.stateType() + " of(Map<String, Value> variables) {");
        StringJoiner args = new StringJoiner(",\n                ");
        for (String v : cx.spec().variables()) {
            args.add(cx.codecFields().get(v) + ".decode(require(variables, " + JavaText.literal(v) + "))");
        }
        c.line("return new " + cx.stateType() + "(" + args + ");");
        c.close("}");
        c.blank();
        c.open("private static Value require(Map<String, Value> variables, String name) {");
        c.line("Value v = variables.get(name);");
        c.open("if (v == null) {");
        c.line("throw new IllegalArgumentException(\"no value for variable \" + name);");
        c.close("}");
        c.line("return v;");
        c.close("}");
        c.blank();
        c.line("@Override");
        c.open("public String toString() {");
        c.line("StringBuilder sb = new StringBuilder();");
        c.line("variables().forEach((k, v) -> sb.append(sb.length() == 0 ? \"\" : \" /\\\\ \").append(k).append(\" = \").append(v.toTla()));");
        c.line("return sb.toString();");
        c.close("}");
        for (JavaTypes.RecordType r : cx.javaTypes().recordTypes()) {
            recordClass(c, r);
        }
        for (JavaTypes.StringEnum e : cx.javaTypes().stringEnums()) {
            ValueEnums.write(c, e.name(), e.members(), false, "The strings " + String.join(", ", e.members().stream()
                    .map(m -> "\"" + m + "\"").toList()));
        }
        c.close("}");
        return c.toString();
    }

    /** A nested Java record for the records of a record set. */
    private void recordClass(Code c, JavaTypes.RecordType r) {
        String name = r.name();
        StringJoiner comps = new StringJoiner(", ");
        StringJoiner fields = new StringJoiner(", ");
        StringJoiner encoded = new StringJoiner(", ");
        StringJoiner check = new StringJoiner(" || ");
        StringJoiner decoded = new StringJoiner(",\n                    ");
        check.add("f.size() != " + r.fields().size());
        for (int i = 0; i < r.fields().size(); i++) {
            String field = r.fields().get(i);
            String comp = r.components().get(i);
            TlaType t = r.types().get(i);
            comps.add(cx.javaTypes().type(t) + " " + comp);
            fields.add(field + " : " + cx.describe(t));
            encoded.add(JavaText.literal(field)).add(cx.javaTypes().encode(t, comp));
            check.add("!f.inDomain(Values.str(" + JavaText.literal(field) + "))");
            decoded.add(cx.javaTypes().decode(t, "f.apply(Values.str(" + JavaText.literal(field) + "))"));
        }
        c.blank();
        c.line("/** " + JavaText.commentSafe("The records [" + fields + "] of the spec, as a Java record.") + " */");
        c.open("public record " + name + "(" + comps + ") {");
        c.line("/** Encodes and decodes these records. */");
        c.line("public static final Codec<" + name + "> CODEC = Codec.of(" + name + "::value, " + name + "::of);");
        c.blank();
        c.line("/** This record as a TLA+ value. */");
        c.open("public Value value() {");
        c.line("return Values.record(" + encoded + ");");
        c.close("}");
        c.blank();
        c.line("/** The record for the TLA+ value {@code v}; fails unless it is a record with exactly these fields. */");
        c.open("public static " + name + " of(Value v) {");
        c.line("FunctionValue f = v.asFunction();");
        c.open("if (" + check + ") {");
        c.line("throw new IllegalArgumentException(v.toTla() + \" is not a " + name + "\");");
        c.close("}");
        c.line("return new " + name + "(" + decoded + ");");
        c.close("}");
        c.close("}");
    }
}
