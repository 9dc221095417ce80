package dev.lockstep.translator.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** Writes the nested enums of the generated classes: model values of the configuration, strings of the spec. */
final class ValueEnums {
    private ValueEnums() {
    }

    /** The enum constants of {@code members}, in order: upper-case Java names ({@code "init"} is {@code INIT}). */
    static List<String> constantNames(List<String> members) {
        JavaNames names = new JavaNames();
        for (String r : new String[] {"name", "value", "of", "values", "valueOf", "ordinal", "CODEC", "tla"}) {
            names.reserve(r);
        }
        List<String> out = new ArrayList<>();
        for (String m : members) {
            out.add(names.fresh(JavaNames.upperSnake(m)));
        }
        return out;
    }

    /** An enum for a set of model values of the configuration, or of strings of the spec. */
    static void write(Code c, String name, List<String> members, boolean modelValues, String what) {
        c.blank();
        c.line("/** " + JavaText.commentSafe(what) + ", as an enum. */");
        c.open("public enum " + name + " {");
        List<String> constants = constantNames(members);
        StringJoiner items = new StringJoiner(",\n        ", "", ";");
        for (int i = 0; i < members.size(); i++) {
            items.add(constants.get(i) + "(" + JavaText.literal(members.get(i)) + ")");
        }
        c.line(items.toString());
        c.blank();
        c.line("/** Encodes and decodes these values. */");
        c.line("public static final Codec<" + name + "> CODEC = Codec.of(" + name + "::value, " + name + "::of);");
        c.blank();
        c.line("private final String tla;");
        c.blank();
        c.open(name + "(String tla) {");
        c.line("this.tla = tla;");
        c.close("}");
        c.blank();
        c.line("/** This " + (modelValues ? "model value" : "string") + " as a TLA+ value. */");
        c.open("public Value value() {");
        c.line("return " + (modelValues ? "Values.model(tla)" : "Values.str(tla)") + ";");
        c.close("}");
        c.blank();
        c.line("/** The constant for the TLA+ value {@code v}; fails for any other value. */");
        c.open("public static " + name + " of(Value v) {");
        c.open("for (" + name + " x : values()) {");
        c.open("if (x.value().equals(v)) {");
        c.line("return x;");
        c.close("}");
        c.close("}");
        c.line("throw new IllegalArgumentException(v.toTla() + \" is not a " + name + "\");");
        c.close("}");
        c.close("}");
    }
}
