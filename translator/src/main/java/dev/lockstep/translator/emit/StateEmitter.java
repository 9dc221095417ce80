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
                "java.util.List", "java.util.Map");
        if (cx.spec().variables().stream().anyMatch(v -> cx.javaTypes().usesOptional(cx.types().get(v)))) {
            c.imports("java.util.Optional");
        }
        c.imports("java.util.Set");
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
        c.line("variables().forEach((k, v) -> sb.append(sb.length() == 0 ? \"\" : \" /\\\\ \")\n"
                + "                .append(k).append(\" = \").append(v.toTla()));");
        c.line("return sb.toString();");
        c.close("}");
        new RecordTypesEmitter(cx.javaTypes(), cx::describe).write(c);
        for (JavaTypes.StringEnum e : cx.javaTypes().stringEnums()) {
            ValueEnums.write(c, e.name(), e.members(), false, "The strings " + String.join(", ", e.members().stream()
                    .map(m -> "\"" + m + "\"").toList()));
        }
        c.close("}");
        return c.toString();
    }
}
